#include "core/commands/command.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>

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
        } else if constexpr (std::is_same_v<C, SingletonChange<PortfolioSettings>>) {
          replace_singleton(ws.portfolio, c, forward);
        } else if constexpr (std::is_same_v<C, SingletonChange<ScoringSettings>>) {
          replace_singleton(ws.scoring, c, forward);
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

// Removals first (back to front, so earlier indices stay valid). Then the
// kept elements that are already in order (the longest run whose target
// positions increase) stay where they are; every other kept element moves,
// and every new one is inserted, right after its predecessor in the target
// order, taken in target order. So moving one element of a long list is one
// change, and replaying the changes gives exactly `after`.
template <class T>
void diff_collection(const std::vector<T>& before, const std::vector<T>& after,
                     std::vector<Change>& out) {
  std::unordered_map<ObjectId, std::size_t> target;
  for (std::size_t j = 0; j < after.size(); ++j)
    target.emplace(after[j].id.value, j);
  std::vector<T> current = before;
  for (std::size_t i = current.size(); i-- > 0;) {
    if (target.count(current[i].id.value)) continue;
    out.push_back(ElementChange<T>{current[i], std::nullopt, i, 0});
    current.erase(current.begin() + static_cast<std::ptrdiff_t>(i));
  }

  // Longest increasing subsequence of target positions (patience sorting).
  std::vector<std::size_t> positions;
  for (const T& item : current)
    positions.push_back(target.at(item.id.value));
  std::vector<std::size_t> tails, tail_at, previous(positions.size(), SIZE_MAX);
  for (std::size_t i = 0; i < positions.size(); ++i) {
    auto slot = std::lower_bound(tails.begin(), tails.end(), positions[i]);
    std::size_t length = static_cast<std::size_t>(slot - tails.begin());
    if (length > 0) previous[i] = tail_at[length - 1];
    if (slot == tails.end()) {
      tails.push_back(positions[i]);
      tail_at.push_back(i);
    } else {
      *slot = positions[i];
      tail_at[length] = i;
    }
  }
  std::vector<bool> placed(after.size(), false);
  for (std::size_t i = tail_at.empty() ? SIZE_MAX : tail_at.back(); i != SIZE_MAX; i = previous[i])
    placed[positions[i]] = true;

  auto index_of = [&](ObjectId id) {
    for (std::size_t k = 0; k < current.size(); ++k)
      if (current[k].id.value == id) return k;
    return current.size();
  };
  for (std::size_t j = 0; j < after.size(); ++j) {
    std::size_t from = index_of(after[j].id.value);
    if (placed[j]) {
      if (!(current[from] == after[j])) {
        out.push_back(ElementChange<T>{current[from], after[j], from, from});
        current[from] = after[j];
      }
      continue;
    }
    bool is_new = from == current.size();
    std::optional<T> old;
    if (!is_new) {
      old = current[from];
      current.erase(current.begin() + static_cast<std::ptrdiff_t>(from));
    }
    std::size_t to = j == 0 ? 0 : index_of(after[j - 1].id.value) + 1;
    current.insert(current.begin() + static_cast<std::ptrdiff_t>(to), after[j]);
    out.push_back(ElementChange<T>{old, after[j], is_new ? 0 : from, to});
    placed[j] = true;
  }
}

} // namespace

// Both work on a copy, so a command that does not match leaves `ws` as it was.
void apply_changes(Workspace& ws, const Command& command) {
  Workspace next = ws;
  for (const Change& change : command.changes)
    apply_one(next, change, true);
  ws = std::move(next);
}

void revert_changes(Workspace& ws, const Command& command) {
  Workspace previous = ws;
  for (auto it = command.changes.rbegin(); it != command.changes.rend(); ++it)
    apply_one(previous, *it, false);
  ws = std::move(previous);
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
  if (!(before.portfolio == after.portfolio))
    command.changes.push_back(
        SingletonChange<PortfolioSettings>{before.portfolio, after.portfolio});
  if (!(before.scoring == after.scoring))
    command.changes.push_back(SingletonChange<ScoringSettings>{before.scoring, after.scoring});
  for_each_collection_type([&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    diff_collection(collection<T>(before), collection<T>(after), command.changes);
  });
  return command;
}

} // namespace rumbo
