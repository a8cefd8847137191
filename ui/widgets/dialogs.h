#pragma once

// Pieces of the screens' modal dialogs: where a dialog opens, a preview of
// long text, and the "are you sure?" step before a change that destroys.

#include "ui/session.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::ui {

// The next modal: `width_em` wide (at most the screen), centred, as tall as
// its content. A dialog whose height settles after it appears (an
// auto-resizing body) stays centred every frame with `keep_centred`.
void next_dialog_geometry(float width_em, bool keep_centred = false);

// ImGui's multi-line fields do not wrap: when a line of the field just drawn
// is longer than the field, the whole text is shown wrapped under it, to
// read as it will appear.
void wrapped_preview(const std::string& text);

// A change that needs a yes first. The command is built when the user
// confirms, from the workspace as it is then.
struct Confirmation {
  bool open = false; // open on the next frame, at the screen's level
  std::string title, message, button;
  std::function<std::optional<Command>(const Workspace&)> command;
  std::vector<std::string> items; // listed under the message ("the actions that name it")
  std::string more;               // "y {0} más" when the list is cut (a catalogue key)
  std::string note;               // muted, last: what the change does, that it can be undone
};

// The confirmation modal, drawn every frame at the screen's level; applies
// the command (one undo step) on yes. `popup_id` is unique to the screen.
void confirmation_dialog(Session& session, Confirmation& confirm, const char* popup_id,
                         float width_em);

// The catalogue keys of deleting one object that actions may name (an actor
// that leads them, a partner they work with): placeholders {0} take the
// object's name (question) or a count (used, more).
struct RemovalWords {
  const char *title, *question, *yes;      // asked when nothing names the object
  const char *used_one, *used, *more;      // who names it
  const char *consequence, *anyway, *undo; // what deleting anyway does
};

// The question before deleting `id`: a plain yes when nothing refers to it;
// otherwise the titles of the actions that do, what deleting anyway does, and
// a "delete anyway" that removes the references with it (one undo step).
Confirmation removal_confirmation(const Workspace& ws, ObjectId id, const std::string& name,
                                  const std::string& subject, const RemovalWords& words);

} // namespace rumbo::ui
