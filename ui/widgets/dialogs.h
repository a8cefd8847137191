#pragma once

// Pieces of the screens' modal dialogs: where a dialog opens, a preview of
// long text, and the "are you sure?" step before a change that destroys.

#include "ui/session.h"

#include <functional>
#include <optional>
#include <string>

namespace rumbo::ui {

// The next modal: `width_em` wide (at most the screen), centred, as tall as
// its content.
void next_dialog_geometry(float width_em);

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
};

// The confirmation modal, drawn every frame at the screen's level; applies
// the command (one undo step) on yes. `popup_id` is unique to the screen.
void confirmation_dialog(Session& session, Confirmation& confirm, const char* popup_id,
                         float width_em);

} // namespace rumbo::ui
