#include "core/commands/command.h"

#include <map>
#include <stdexcept>
#include <type_traits>

namespace rumbo {

namespace {

template <class T> std::vector<T>& items_of(Workspace& ws) { return collection<T>(ws); }

template <class T>
void apply_element(std::vector<T>& items, const std::optional<T>& from, std::size_t from_index,
                   const std::optional<T>& to, std::size_t to_index) {
  if (from) {
    if (from_index >= items.size() || !(items[from_index] == *from))
      throw std::logic_error("command does not match the workspace");
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(from_index));
  }
  if (to) {
    if (to_index > items.size()) throw std::logic_error("command inserts beyond the end");
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(to_index), *to);
  }
}

template <class T>
void replace_singleton(T& current, const SingletonChange<T>& change, bool forward) {
  if (!(current == (forward ? change.before : change.after)))
    throw std::logic_error("command does not match the workspace");
  current = forward ? change.after : change.before;
}

void apply_one(Workspace& ws, const Change& change, bool forward) {
  std::visit(
      [&](const auto& c) {
        using C = std::remove_cvref_t<decltype(c)>;
        if constexpr (std::is_same_v<C, CounterChange>) {
          if (ws.next_id != (forward ? c.before : c.after))
            throw std::logic_error("id counter mismatch");
          ws.next_id = forward ? c.after : c.before;
        } else if constexpr (std::is_same_v<C, SingletonChange<Profile>>) {
          replace_singleton(ws.profile, c, forward);
        } else if constexpr (std::is_same_v<C, SingletonChange<Vision>>) {
          replace_singleton(ws.vision, c, forward);
        } else if constexpr (std::is_same_v<C, SingletonChange<CriteriaComparison>>) {
          replace_singleton(ws.comparison, c, forward);
        } else {
          using T = typename decltype(c.before)::value_type;
          auto& items = items_of<T>(ws);
          if (forward)
            apply_element(items, c.before, c.before_index, c.after, c.after_index);
          else
            apply_element(items, c.after, c.after_index, c.before, c.before_index);
        }
      },
      change);
}

// Removals first (back to front, so earlier indices stay valid), then walk the
// target order front to back inserting new elements and moving or replacing
// kept ones into place.
template <class T>
void diff_collection(const std::vector<T>& before, const std::vector<T>& after,
                     std::vector<Change>& out) {
  std::map<ObjectId, std::size_t> in_after;
  for (std::size_t j = 0; j < after.size(); ++j)
    in_after[after[j].id.value] = j;
  std::vector<T> current = before;
  for (std::size_t i = current.size(); i-- > 0;) {
    if (in_after.count(current[i].id.value)) continue;
    out.push_back(ElementChange<T>{current[i], std::nullopt, i, 0});
    current.erase(current.begin() + static_cast<std::ptrdiff_t>(i));
  }
  for (std::size_t j = 0; j < after.size(); ++j) {
    std::size_t k = j;
    while (k < current.size() && current[k].id.value != after[j].id.value)
      ++k;
    if (k == current.size()) {
      out.push_back(ElementChange<T>{std::nullopt, after[j], 0, j});
      current.insert(current.begin() + static_cast<std::ptrdiff_t>(j), after[j]);
    } else if (k != j || !(current[k] == after[j])) {
      out.push_back(ElementChange<T>{current[k], after[j], k, j});
      current.erase(current.begin() + static_cast<std::ptrdiff_t>(k));
      current.insert(current.begin() + static_cast<std::ptrdiff_t>(j), after[j]);
    }
  }
}

} // namespace

void apply_changes(Workspace& ws, const Command& command) {
  for (const Change& change : command.changes)
    apply_one(ws, change, true);
}

void revert_changes(Workspace& ws, const Command& command) {
  for (auto it = command.changes.rbegin(); it != command.changes.rend(); ++it)
    apply_one(ws, *it, false);
}

Command diff(CommandKind kind, std::string subject, const Workspace& before,
             const Workspace& after) {
  Command command;
  command.kind = kind;
  command.subject = std::move(subject);
  if (before.next_id != after.next_id)
    command.changes.push_back(CounterChange{before.next_id, after.next_id});
  if (!(before.profile == after.profile))
    command.changes.push_back(SingletonChange<Profile>{before.profile, after.profile});
  if (!(before.vision == after.vision))
    command.changes.push_back(SingletonChange<Vision>{before.vision, after.vision});
  if (!(before.comparison == after.comparison))
    command.changes.push_back(
        SingletonChange<CriteriaComparison>{before.comparison, after.comparison});
  for_each_collection_type([&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    diff_collection(collection<T>(before), collection<T>(after), command.changes);
  });
  return command;
}

} // namespace rumbo
