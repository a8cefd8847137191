#pragma once

#include "core/model/workspace.h"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace rumbo {

// One element of one collection, before and after. Only `before`: it was
// removed from before_index. Only `after`: it was inserted at after_index.
// Both: it was changed and/or moved from before_index to after_index.
template <class T> struct ElementChange {
  std::optional<T> before;
  std::optional<T> after;
  std::size_t before_index = 0;
  std::size_t after_index = 0;
  bool operator==(const ElementChange&) const = default;
};

// A part of the workspace that is one object (the profile, the vision...).
template <class T> struct SingletonChange {
  T before;
  T after;
  bool operator==(const SingletonChange&) const = default;
};

struct CounterChange {
  ObjectId before = 0;
  ObjectId after = 0;
  bool operator==(const CounterChange&) const = default;
};

using Change =
    std::variant<ElementChange<ContextItem>, ElementChange<TowsOption>, ElementChange<Indicator>,
                 ElementChange<PeerCity>, ElementChange<Objective>, ElementChange<Kpi>,
                 ElementChange<Axis>, ElementChange<Mechanism>, ElementChange<Actor>,
                 ElementChange<Partner>, ElementChange<Action>, ElementChange<Criterion>,
                 ElementChange<EvaluationCycle>, SingletonChange<Profile>, SingletonChange<Vision>,
                 SingletonChange<CriteriaComparison>, SingletonChange<PortfolioSettings>,
                 SingletonChange<ScoringSettings>, CounterChange>;

enum class CommandKind { add, edit, remove, move, import };

// A change to a workspace that can be applied, reverted and applied again.
// Commands are built from the state they apply to (see edits.h) and go
// through History::apply, the one way a workspace changes.
struct Command {
  CommandKind kind = CommandKind::edit;
  std::string subject;         // what it changed, for the undo menu: Editar «subject»
  std::string merge_key;       // consecutive commands with the same non-empty key merge
  std::vector<Change> changes; // applied in order, reverted in reverse order
  bool empty() const { return changes.empty(); }
  bool operator==(const Command&) const = default;
};

// Forward and backward. Both check that the workspace is in the state the
// command was built for and throw std::logic_error otherwise: a command
// applied to the wrong state is a programming error, not a user's.
void apply_changes(Workspace& ws, const Command& command);
void revert_changes(Workspace& ws, const Command& command);

// The command that turns `before` into `after`: element changes in an order
// that replays exactly (removals, then inserts and moves front to back).
Command diff(CommandKind kind, std::string subject, const Workspace& before,
             const Workspace& after);

} // namespace rumbo
