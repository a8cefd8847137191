#pragma once

// Builders of the commands screens use. Each one reads the current workspace
// and returns a Command; nothing changes until History::apply runs it.

#include "core/commands/command.h"
#include "core/model/references.h"
#include "core/validation/validate.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace rumbo {

// Any change at all: `mutate` works on a copy, and the command is the
// difference. The other builders are this with a purpose.
template <class Mutate>
Command transaction(const Workspace& ws, CommandKind kind, std::string subject, Mutate&& mutate) {
  Workspace after = ws;
  mutate(after);
  return diff(kind, std::move(subject), ws, after);
}

// Takes the next free id (inside a transaction's copy).
inline ObjectId allocate_id(Workspace& ws) { return ws.next_id++; }

// Adds `object` with a fresh id, at `position` or at the end.
template <class T>
Command add_object(const Workspace& ws, T object, std::string subject,
                   std::optional<std::size_t> position = std::nullopt) {
  return transaction(ws, CommandKind::add, std::move(subject), [&](Workspace& after) {
    object.id.value = allocate_id(after);
    auto& items = collection<T>(after);
    std::size_t at = std::min(position.value_or(items.size()), items.size());
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), object);
  });
}

// The id given to the first object an add or import command inserts, or 0.
ObjectId added_id(const Command& command);

// Changes one field of one object. Consecutive edits of the same field of the
// same object merge into one undo step (a slider drag is one step).
template <class T, class Change>
Command edit_object(const Workspace& ws, ObjectId id, std::string_view field, std::string subject,
                    Change&& change) {
  Command command = transaction(ws, CommandKind::edit, std::move(subject), [&](Workspace& after) {
    if (T* object = find_by_id(collection<T>(after), id)) change(*object);
  });
  command.merge_key =
      std::string(collection_key<T>()) + "/" + std::to_string(id) + "/" + std::string(field);
  return command;
}

// Edits a part of the workspace that is one object: profile, vision, comparison.
template <class Change>
Command edit_workspace(const Workspace& ws, std::string_view field, std::string subject,
                       Change&& change) {
  Command command = transaction(ws, CommandKind::edit, std::move(subject), change);
  command.merge_key = "workspace/" + std::string(field);
  return command;
}

// Edits one of the scoring settings (workspace.scoring.<field>): the method,
// its parameters, the index's choices. Drags of one setting merge into one step.
template <class Change>
Command edit_scoring(const Workspace& ws, std::string_view field, std::string subject,
                     Change&& change) {
  return edit_workspace(ws, "scoring." + std::string(field), std::move(subject),
                        [&](Workspace& after) { change(after.scoring); });
}

// Moves an object to `new_index` within its collection.
template <class T>
Command move_object(const Workspace& ws, ObjectId id, std::size_t new_index, std::string subject) {
  return transaction(ws, CommandKind::move, std::move(subject), [&](Workspace& after) {
    auto& items = collection<T>(after);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].id.value != id) continue;
      T object = std::move(items[i]);
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      std::size_t at = std::min(new_index, items.size());
      items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), std::move(object));
      return;
    }
  });
}

enum class Cascade {
  refuse_if_referenced, // the default: nothing happens and the referrers are listed
  cascade,              // the user agreed: referrers lose the reference or go too
};

struct RemoveOutcome {
  std::optional<Command> command; // empty when refused
  std::vector<RefSite> referrers; // who refers to the objects (outside the set removed)
  std::set<ObjectId> removed;     // with cascade: every object the command deletes
};

RemoveOutcome remove_objects(const Workspace& ws, const std::set<ObjectId>& ids, Cascade cascade,
                             std::string subject);

struct ImportOutcome {
  std::optional<Command> command; // empty when refused
  std::vector<Finding> problems;  // why it was refused: the errors the result would have
};

// Adds every object of `part` (a workspace fragment: imported indicators and
// peers, actions from a catalogue...) with fresh ids. References inside
// `part` follow the renumbering; references to ids outside it are kept, so
// an imported action can name an axis of `ws`. Refused when the ids of
// `part` repeat or the result would not validate (a reference to nothing).
ImportOutcome import_objects(const Workspace& ws, const Workspace& part, std::string subject);

} // namespace rumbo
