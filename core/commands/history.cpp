#include "core/commands/history.h"

#include <type_traits>

namespace rumbo {

namespace {

// Joins `next` into `previous` when both change the same things (the same
// elements or singletons, in the same order): the start state of `previous`
// and the end state of `next`.
bool merge_into(Command& previous, const Command& next) {
  if (previous.changes.size() != next.changes.size()) return false;
  for (std::size_t i = 0; i < next.changes.size(); ++i)
    if (previous.changes[i].index() != next.changes[i].index()) return false;
  for (std::size_t i = 0; i < next.changes.size(); ++i) {
    bool same = std::visit(
        [&](auto& first) {
          using C = std::remove_cvref_t<decltype(first)>;
          const C& second = std::get<C>(next.changes[i]);
          if constexpr (requires { first.before_index; }) {
            if (!first.before || !first.after || !second.before || !second.after) return false;
            if (first.after->id != second.before->id || first.after_index != second.before_index)
              return false;
          }
          return true;
        },
        previous.changes[i]);
    if (!same) return false;
  }
  for (std::size_t i = 0; i < next.changes.size(); ++i)
    std::visit(
        [&](auto& first) {
          using C = std::remove_cvref_t<decltype(first)>;
          const C& second = std::get<C>(next.changes[i]);
          first.after = second.after;
          if constexpr (requires { first.after_index; }) first.after_index = second.after_index;
        },
        previous.changes[i]);
  return true;
}

bool changes_nothing(const Command& command) {
  for (const Change& change : command.changes) {
    bool same = std::visit(
        [](const auto& c) {
          if constexpr (requires { c.before_index; })
            return c.before == c.after && c.before_index == c.after_index;
          else
            return c.before == c.after;
        },
        change);
    if (!same) return false;
  }
  return true;
}

} // namespace

void History::apply(Workspace& ws, Command command) {
  if (command.empty()) return;
  apply_changes(ws, command);
  undone_.clear();
  bool merged = !sealed_ && !done_.empty() && !command.merge_key.empty() &&
                done_.back().merge_key == command.merge_key && merge_into(done_.back(), command);
  if (!merged) {
    done_.push_back(std::move(command));
  } else if (changes_nothing(done_.back())) {
    done_.pop_back(); // typed and then restored: nothing left to undo
  }
  sealed_ = false;
}

bool History::undo(Workspace& ws) {
  if (done_.empty()) return false;
  revert_changes(ws, done_.back());
  undone_.push_back(std::move(done_.back()));
  done_.pop_back();
  sealed_ = true;
  return true;
}

bool History::redo(Workspace& ws) {
  if (undone_.empty()) return false;
  apply_changes(ws, undone_.back());
  done_.push_back(std::move(undone_.back()));
  undone_.pop_back();
  sealed_ = true;
  return true;
}

} // namespace rumbo
