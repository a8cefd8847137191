#pragma once

#include "core/commands/command.h"

#include <vector>

namespace rumbo {

// Undo and redo without limit. apply() is the one way a workspace changes.
class History {
public:
  // Applies `command` and records it; an empty command is ignored. A command
  // with the same merge key as the previous one joins it (one undo step)
  // unless seal() was called in between.
  void apply(Workspace& ws, Command command);

  bool can_undo() const { return !done_.empty(); }
  bool can_redo() const { return !undone_.empty(); }
  const Command* next_undo() const { return done_.empty() ? nullptr : &done_.back(); }
  const Command* next_redo() const { return undone_.empty() ? nullptr : &undone_.back(); }

  bool undo(Workspace& ws);
  bool redo(Workspace& ws);

  // Ends the current merge: the next edit starts a new undo step (a slider
  // was released, a text field lost focus).
  void seal() { sealed_ = true; }

  std::size_t undo_depth() const { return done_.size(); }
  std::size_t redo_depth() const { return undone_.size(); }

private:
  std::vector<Command> done_;
  std::vector<Command> undone_;
  bool sealed_ = true;
};

} // namespace rumbo
