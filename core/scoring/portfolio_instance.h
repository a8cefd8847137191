#pragma once

// The portfolio problem as the solver works on it (core/scoring/portfolio.cpp):
// the input checked, the instance with its budgets and relations, what a
// partial portfolio spends, and the presolve that settles the forced actions.

#include "core/scoring/portfolio.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::scoring::detail {

std::string number_text(double x);
std::string at(const std::string& name, std::size_t i);
PortfolioIssue make_issue(std::string key, std::string path, std::vector<MessageArg> args = {},
                          std::vector<std::size_t> actions = {});

// Spending may pass a limit by one part in a billion: sums of decimal costs
// are not exact in binary, and a portfolio that fits on paper must fit here.
inline double allowance(double limit) { return limit + 1e-9 * std::max(1.0, limit); }

std::optional<PortfolioIssue> check_count(std::size_t count, std::size_t limit, const char* path);
std::optional<PortfolioIssue> validate(const PortfolioProblem& problem,
                                       const PortfolioOptions& options);

// The problem with its budgets for one run (the frontier scales them) and the
// relations the solver walks: what each action needs, transitively, and the
// groups it belongs to.
struct Instance {
  const PortfolioProblem& problem;
  std::vector<double> budget;
  double staff_limit = std::numeric_limits<double>::infinity();
  std::vector<std::vector<std::size_t>> closure;   // the action and all it needs
  std::vector<std::vector<std::size_t>> needed_by; // the actions that need it directly
  std::vector<std::vector<std::size_t>> groups_of;
  std::size_t axes = 0;

  Instance(const PortfolioProblem& p, std::vector<double> scaled_budget);

  std::size_t size() const { return problem.actions.size(); }
  std::size_t years() const { return budget.size(); }
  std::size_t minimum(std::size_t axis) const {
    return axis < problem.axis_minimum.size() ? problem.axis_minimum[axis] : 0;
  }
};

// What a partial portfolio has spent, so that adding actions can be checked
// in time proportional to what is added.
struct Spending {
  std::vector<double> year;
  double staff = 0;
  std::vector<std::size_t> axis;
  std::vector<unsigned char> group_taken;

  explicit Spending(const Instance& instance)
      : year(instance.years(), 0), axis(instance.axes, 0),
        group_taken(instance.problem.exclusive_groups.size(), 0) {}

  void add(const Instance& instance, std::size_t j) {
    const PortfolioAction& action = instance.problem.actions[j];
    for (std::size_t y = 0; y < year.size(); ++y)
      year[y] += action.cost[y];
    staff += action.staff;
    ++axis[action.axis];
    for (std::size_t g : instance.groups_of[j])
      group_taken[g] = 1;
  }
};

// Each action is in the portfolio, out of it, or open to the search.
enum class Fix : signed char { out = -1, open = 0, in = 1 };

// Reusable buffers for `collect`: the actions being added, and a stamp per
// group so that two of them in one group are caught without clearing.
struct Scratch {
  std::vector<std::size_t> add;
  std::vector<std::size_t> group_stamp;
  std::size_t epoch = 0;
  explicit Scratch(const Instance& instance)
      : group_stamp(instance.problem.exclusive_groups.size(), 0) {}
};

// Gathers in `scratch.add` the actions `j` brings into `chosen` (itself and
// what it needs); false when one of them is out, two share a group, or one
// meets a group already taken.
inline bool collect(const Instance& instance, const std::vector<Fix>& state,
                    const std::vector<unsigned char>& chosen, const Spending& spent, std::size_t j,
                    Scratch& scratch) {
  scratch.add.clear();
  ++scratch.epoch;
  for (std::size_t k : instance.closure[j]) {
    if (state[k] == Fix::out) return false;
    if (chosen[k]) continue;
    scratch.add.push_back(k);
    for (std::size_t g : instance.groups_of[k]) {
      if (spent.group_taken[g] || scratch.group_stamp[g] == scratch.epoch) return false;
      scratch.group_stamp[g] = scratch.epoch;
    }
  }
  return true;
}

inline double extra_cost(const Instance& instance, const std::vector<std::size_t>& add,
                         std::size_t year) {
  double extra = 0;
  for (std::size_t k : add)
    extra += instance.problem.actions[k].cost[year];
  return extra;
}

inline double extra_staff(const Instance& instance, const std::vector<std::size_t>& add) {
  double extra = 0;
  for (std::size_t k : add)
    extra += instance.problem.actions[k].staff;
  return extra;
}

inline bool fits(const Instance& instance, const Spending& spent,
                 const std::vector<std::size_t>& add) {
  for (std::size_t y = 0; y < instance.years(); ++y) {
    const double extra = extra_cost(instance, add, y);
    if (extra > 0 && spent.year[y] + extra > allowance(instance.budget[y])) return false;
  }
  const double extra = extra_staff(instance, add);
  return !(extra > 0 && spent.staff + extra > allowance(instance.staff_limit));
}

bool meets_constraints(const Instance& instance, const std::vector<unsigned char>& chosen);

// Must-include actions with everything they need go in; an action goes out
// when it is excluded, or it (with what it needs) meets an action that is
// out, takes a group already taken, or no longer fits the budgets. Repeated
// until nothing changes. Contradictions among the forced actions, and axes
// that cannot reach their minimum even with every open action, are reported
// with the constraint that causes them.
struct Reduction {
  std::vector<Fix> state;
  std::vector<unsigned char> in;
  std::optional<PortfolioIssue> issue;
};

// Sends out every open action that is excluded or that, with what it needs,
// meets an action that is out, takes a group already taken or no longer fits
// beside the actions that are in, until nothing changes.
void settle(const Instance& instance, Reduction& r, const Spending& spent);

Reduction presolve(const Instance& instance);

} // namespace rumbo::scoring::detail
