#include "core/scoring/portfolio.h"

#include "core/scoring/dual_simplex.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <utility>

namespace rumbo::scoring {
namespace {

using detail::Clock;
using detail::DualSimplex;
using detail::infinity;
using detail::none;

std::string number_text(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", x);
  return text;
}

std::string at(const std::string& name, std::size_t i) {
  return name + "[" + std::to_string(i) + "]";
}

PortfolioIssue make_issue(std::string key, std::string path, std::vector<std::string> args = {},
                          std::vector<std::size_t> actions = {}) {
  return {std::move(key), std::move(path), std::move(args), std::move(actions)};
}

// Spending may pass a limit by one part in a billion: sums of decimal costs
// are not exact in binary, and a portfolio that fits on paper must fit here.
double allowance(double limit) { return limit + 1e-9 * std::max(1.0, limit); }

// ---------------------------------------------------------------- validation

std::optional<PortfolioIssue> check_amount(double x, const std::string& path) {
  if (!std::isfinite(x)) return make_issue("portfolio.not_finite", path, {number_text(x)});
  if (x < 0) return make_issue("portfolio.negative", path, {number_text(x)});
  if (x > portfolio_limits::magnitude)
    return make_issue("portfolio.too_large", path,
                      {number_text(x), number_text(portfolio_limits::magnitude)});
  return std::nullopt;
}

std::optional<PortfolioIssue> check_count(std::size_t count, std::size_t limit, const char* path) {
  if (count > limit)
    return make_issue("portfolio.too_many", path, {std::to_string(count), std::to_string(limit)});
  return std::nullopt;
}

std::optional<PortfolioIssue> check_index(std::size_t index, std::size_t size,
                                          const std::string& path) {
  if (index >= size)
    return make_issue("portfolio.index_out_of_range", path,
                      {std::to_string(index), std::to_string(size)});
  return std::nullopt;
}

// Depth-first over "needs" edges without recursion (a long chain must not
// exhaust wasm's small stack); reaching an action still on the path closes a cycle.
std::optional<PortfolioIssue> dependency_cycle(const PortfolioProblem& problem) {
  const std::size_t n = problem.actions.size();
  std::vector<std::vector<std::size_t>> edges(n);
  for (std::size_t k = 0; k < problem.dependencies.size(); ++k)
    edges[problem.dependencies[k].action].push_back(k);
  std::vector<unsigned char> colour(n, 0);               // 0 unseen, 1 on the path, 2 done
  std::vector<std::pair<std::size_t, std::size_t>> path; // action, next edge
  for (std::size_t root = 0; root < n; ++root) {
    if (colour[root] != 0) continue;
    colour[root] = 1;
    path.push_back({root, 0});
    while (!path.empty()) {
      const std::size_t a = path.back().first;
      if (path.back().second == edges[a].size()) {
        colour[a] = 2;
        path.pop_back();
        continue;
      }
      const std::size_t k = edges[a][path.back().second++];
      const std::size_t b = problem.dependencies[k].prerequisite;
      if (colour[b] == 0) {
        colour[b] = 1;
        path.push_back({b, 0});
      } else if (colour[b] == 1) {
        std::size_t from = 0;
        while (path[from].first != b)
          ++from;
        std::string names;
        std::vector<std::size_t> actions;
        for (std::size_t i = from; i < path.size(); ++i) {
          names += problem.actions[path[i].first].name + " → ";
          actions.push_back(path[i].first);
        }
        names += problem.actions[b].name;
        return make_issue("portfolio.dependency_cycle", at("dependencies", k), {names}, actions);
      }
    }
  }
  return std::nullopt;
}

std::optional<PortfolioIssue> validate(const PortfolioProblem& problem,
                                       const PortfolioOptions& options) {
  using namespace portfolio_limits;
  const std::size_t n = problem.actions.size();
  if (auto found = check_count(n, actions, "actions")) return found;
  if (auto found = check_count(problem.budget.size(), years, "budget")) return found;
  if (auto found = check_count(problem.dependencies.size(), dependencies, "dependencies"))
    return found;
  if (auto found = check_count(problem.exclusive_groups.size(), groups, "exclusive_groups"))
    return found;
  if (auto found = check_count(problem.axis_minimum.size(), axes, "axis_minimum")) return found;
  for (std::size_t y = 0; y < problem.budget.size(); ++y)
    if (auto found = check_amount(problem.budget[y], at("budget", y))) return found;
  if (problem.staff_capacity)
    if (auto found = check_amount(*problem.staff_capacity, "staff_capacity")) return found;
  for (std::size_t j = 0; j < n; ++j) {
    const PortfolioAction& action = problem.actions[j];
    const std::string path = at("actions", j);
    if (auto found = check_amount(action.value, path + ".value")) return found;
    if (action.cost.size() != problem.budget.size())
      return make_issue("portfolio.cost_years", path + ".cost",
                        {std::to_string(action.cost.size()), std::to_string(problem.budget.size())},
                        {j});
    for (std::size_t y = 0; y < action.cost.size(); ++y)
      if (auto found = check_amount(action.cost[y], at(path + ".cost", y))) return found;
    if (auto found = check_amount(action.staff, path + ".staff")) return found;
    if (auto found = check_index(action.axis, axes, path + ".axis")) return found;
  }
  for (std::size_t k = 0; k < problem.dependencies.size(); ++k) {
    const std::string path = at("dependencies", k);
    if (auto found = check_index(problem.dependencies[k].action, n, path + ".action")) return found;
    if (auto found = check_index(problem.dependencies[k].prerequisite, n, path + ".prerequisite"))
      return found;
  }
  std::vector<std::size_t> seen_in(n, none);
  for (std::size_t g = 0; g < problem.exclusive_groups.size(); ++g) {
    const auto& group = problem.exclusive_groups[g];
    for (std::size_t i = 0; i < group.size(); ++i) {
      const std::string path = at(at("exclusive_groups", g), i);
      if (auto found = check_index(group[i], n, path)) return found;
      if (seen_in[group[i]] == g)
        return make_issue("portfolio.repeated_in_group", path, {problem.actions[group[i]].name},
                          {group[i]});
      seen_in[group[i]] = g;
    }
  }
  if (std::isnan(options.time_limit_ms) || options.time_limit_ms < 0)
    return make_issue("portfolio.bad_option", "options.time_limit_ms",
                      {number_text(options.time_limit_ms)});
  if (options.start && options.start->size() != n)
    return make_issue("portfolio.bad_option", "options.start",
                      {std::to_string(options.start->size())});
  return dependency_cycle(problem);
}

// ---------------------------------------------------------------- instance

// The problem with its budgets for one run (the frontier scales them) and the
// relations the solver walks: what each action needs, transitively, and the
// groups it belongs to.
struct Instance {
  const PortfolioProblem& problem;
  std::vector<double> budget;
  double staff_limit = infinity;
  std::vector<std::vector<std::size_t>> closure;   // the action and all it needs
  std::vector<std::vector<std::size_t>> needed_by; // the actions that need it directly
  std::vector<std::vector<std::size_t>> groups_of;
  std::size_t axes = 0;

  Instance(const PortfolioProblem& p, std::vector<double> scaled_budget)
      : problem(p), budget(std::move(scaled_budget)) {
    const std::size_t n = p.actions.size();
    if (p.staff_capacity) staff_limit = *p.staff_capacity;
    std::vector<std::vector<std::size_t>> needs(n);
    needed_by.resize(n);
    for (const PortfolioDependency& dependency : p.dependencies) {
      needs[dependency.action].push_back(dependency.prerequisite);
      needed_by[dependency.prerequisite].push_back(dependency.action);
    }
    closure.resize(n);
    std::vector<std::size_t> stamp(n, none), pending;
    for (std::size_t j = 0; j < n; ++j) {
      pending.assign(1, j);
      stamp[j] = j;
      while (!pending.empty()) {
        const std::size_t a = pending.back();
        pending.pop_back();
        closure[j].push_back(a);
        for (std::size_t b : needs[a])
          if (stamp[b] != j) {
            stamp[b] = j;
            pending.push_back(b);
          }
      }
    }
    groups_of.resize(n);
    for (std::size_t g = 0; g < p.exclusive_groups.size(); ++g)
      for (std::size_t j : p.exclusive_groups[g])
        groups_of[j].push_back(g);
    axes = p.axis_minimum.size();
    for (const PortfolioAction& action : p.actions)
      axes = std::max(axes, action.axis + 1);
  }

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
bool collect(const Instance& instance, const std::vector<Fix>& state,
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

double extra_cost(const Instance& instance, const std::vector<std::size_t>& add, std::size_t year) {
  double extra = 0;
  for (std::size_t k : add)
    extra += instance.problem.actions[k].cost[year];
  return extra;
}

double extra_staff(const Instance& instance, const std::vector<std::size_t>& add) {
  double extra = 0;
  for (std::size_t k : add)
    extra += instance.problem.actions[k].staff;
  return extra;
}

bool fits(const Instance& instance, const Spending& spent, const std::vector<std::size_t>& add) {
  for (std::size_t y = 0; y < instance.years(); ++y) {
    const double extra = extra_cost(instance, add, y);
    if (extra > 0 && spent.year[y] + extra > allowance(instance.budget[y])) return false;
  }
  const double extra = extra_staff(instance, add);
  return !(extra > 0 && spent.staff + extra > allowance(instance.staff_limit));
}

bool meets_constraints(const Instance& instance, const std::vector<unsigned char>& chosen) {
  const PortfolioProblem& p = instance.problem;
  Spending spent(instance);
  for (std::size_t j = 0; j < instance.size(); ++j) {
    const ActionDecision decision = p.actions[j].decision;
    if ((decision == ActionDecision::include && !chosen[j]) ||
        (decision == ActionDecision::exclude && chosen[j]))
      return false;
    if (!chosen[j]) continue;
    for (std::size_t g : instance.groups_of[j])
      if (spent.group_taken[g]) return false;
    spent.add(instance, j);
  }
  for (const PortfolioDependency& dependency : p.dependencies)
    if (chosen[dependency.action] && !chosen[dependency.prerequisite]) return false;
  for (std::size_t y = 0; y < instance.years(); ++y)
    if (spent.year[y] > allowance(instance.budget[y])) return false;
  if (spent.staff > allowance(instance.staff_limit)) return false;
  for (std::size_t t = 0; t < instance.axes; ++t)
    if (spent.axis[t] < instance.minimum(t)) return false;
  return true;
}

// ---------------------------------------------------------------- presolve

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
void settle(const Instance& instance, Reduction& r, const Spending& spent) {
  Scratch scratch(instance);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t j = 0; j < instance.size(); ++j) {
      if (r.state[j] != Fix::open) continue;
      if (instance.problem.actions[j].decision == ActionDecision::exclude ||
          !collect(instance, r.state, r.in, spent, j, scratch) ||
          !fits(instance, spent, scratch.add)) {
        r.state[j] = Fix::out;
        changed = true;
      }
    }
  }
}

Reduction presolve(const Instance& instance) {
  const PortfolioProblem& p = instance.problem;
  const std::size_t n = instance.size();
  Reduction r{std::vector<Fix>(n, Fix::open), std::vector<unsigned char>(n, 0), std::nullopt};
  for (std::size_t j = 0; j < n; ++j) {
    if (p.actions[j].decision != ActionDecision::include) continue;
    for (std::size_t k : instance.closure[j]) {
      if (p.actions[k].decision == ActionDecision::exclude) {
        r.issue = make_issue("portfolio.infeasible.needs_excluded", at("actions", j),
                             {p.actions[j].name, p.actions[k].name}, {j, k});
        return r;
      }
      r.state[k] = Fix::in;
      r.in[k] = 1;
    }
  }
  for (std::size_t g = 0; g < p.exclusive_groups.size(); ++g) {
    std::vector<std::size_t> forced;
    for (std::size_t j : p.exclusive_groups[g])
      if (r.in[j]) forced.push_back(j);
    if (forced.size() > 1) {
      r.issue = make_issue("portfolio.infeasible.group_conflict", at("exclusive_groups", g),
                           {p.actions[forced[0]].name, p.actions[forced[1]].name}, forced);
      return r;
    }
  }
  Spending spent(instance);
  for (std::size_t j = 0; j < n; ++j)
    if (r.in[j]) spent.add(instance, j);
  for (std::size_t y = 0; y < instance.years(); ++y)
    if (spent.year[y] > allowance(instance.budget[y])) {
      std::vector<std::size_t> involved;
      for (std::size_t j = 0; j < n; ++j)
        if (r.in[j] && p.actions[j].cost[y] > 0) involved.push_back(j);
      r.issue = make_issue(
          "portfolio.infeasible.budget", at("budget", y),
          {std::to_string(y + 1), number_text(spent.year[y]), number_text(instance.budget[y])},
          involved);
      return r;
    }
  if (spent.staff > allowance(instance.staff_limit)) {
    std::vector<std::size_t> involved;
    for (std::size_t j = 0; j < n; ++j)
      if (r.in[j] && p.actions[j].staff > 0) involved.push_back(j);
    r.issue = make_issue("portfolio.infeasible.staff", "staff_capacity",
                         {number_text(spent.staff), number_text(instance.staff_limit)}, involved);
    return r;
  }

  settle(instance, r, spent);

  // At most one action of a group can count towards an axis.
  for (std::size_t t = 0; t < instance.axes; ++t) {
    const std::size_t minimum = instance.minimum(t);
    if (spent.axis[t] >= minimum) continue;
    std::size_t reachable = spent.axis[t];
    std::vector<unsigned char> group_counted(p.exclusive_groups.size(), 0);
    for (std::size_t j = 0; j < n; ++j) {
      if (r.state[j] != Fix::open || p.actions[j].axis != t) continue;
      bool counted = instance.groups_of[j].empty();
      for (std::size_t g : instance.groups_of[j])
        if (!group_counted[g]) {
          group_counted[g] = 1;
          counted = true;
        }
      reachable += counted ? 1 : 0;
    }
    if (reachable < minimum) {
      r.issue = make_issue("portfolio.infeasible.axis_minimum", at("axis_minimum", t),
                           {std::to_string(t), std::to_string(minimum), std::to_string(reachable)});
      return r;
    }
  }
  return r;
}

// ---------------------------------------------------------------- branch and bound

// The linear relaxation over the open actions: one row per year and for the
// staff (scaled to at most 1), per exclusive group with two or more open
// actions, per dependency between open actions (x_B - x_A <= 0) and per axis
// still short of its minimum (-Σ x <= -(minimum - forced)). `axis_only`
// keeps a single axis row, to find which minimum makes a problem infeasible.
struct Relaxation {
  std::vector<std::size_t> action; // column -> action
  std::vector<std::vector<DualSimplex::Entry>> columns;
  std::vector<double> cost, upper, rhs, slack_upper;
  double value_scale = 1;
};

Relaxation relax(const Instance& instance, const Reduction& reduction,
                 std::size_t axis_only = none) {
  const PortfolioProblem& p = instance.problem;
  const std::size_t n = instance.size();
  Relaxation lp;
  std::vector<std::size_t> column_of(n, none);
  for (std::size_t j = 0; j < n; ++j)
    if (reduction.state[j] == Fix::open) {
      column_of[j] = lp.action.size();
      lp.action.push_back(j);
      lp.value_scale = std::max(lp.value_scale, p.actions[j].value);
    }
  if (lp.action.empty()) return lp;
  lp.columns.resize(lp.action.size());
  Spending spent(instance);
  for (std::size_t j = 0; j < n; ++j)
    if (reduction.in[j]) spent.add(instance, j);

  auto resource_row = [&](double limit, double used, auto amount) {
    double scale = 0;
    for (std::size_t j : lp.action)
      scale = std::max(scale, amount(j));
    if (scale == 0) return;
    const double room = std::max(0.0, allowance(limit) - used);
    scale = std::max(scale, room);
    const std::size_t row = lp.rhs.size();
    for (std::size_t c = 0; c < lp.action.size(); ++c)
      if (const double a = amount(lp.action[c]); a > 0) lp.columns[c].push_back({row, a / scale});
    lp.rhs.push_back(room / scale);
    lp.slack_upper.push_back(room / scale);
  };
  for (std::size_t y = 0; y < instance.years(); ++y)
    resource_row(instance.budget[y], spent.year[y],
                 [&](std::size_t j) { return p.actions[j].cost[y]; });
  if (p.staff_capacity)
    resource_row(instance.staff_limit, spent.staff,
                 [&](std::size_t j) { return p.actions[j].staff; });

  for (const auto& group : p.exclusive_groups) {
    std::vector<std::size_t> open;
    for (std::size_t j : group)
      if (column_of[j] != none) open.push_back(column_of[j]);
    if (open.size() < 2) continue;
    for (std::size_t c : open)
      lp.columns[c].push_back({lp.rhs.size(), 1});
    lp.rhs.push_back(1);
    lp.slack_upper.push_back(1);
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const PortfolioDependency& dependency : p.dependencies)
    if (column_of[dependency.action] != none && column_of[dependency.prerequisite] != none)
      pairs.push_back({column_of[dependency.action], column_of[dependency.prerequisite]});
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (auto [dependent, prerequisite] : pairs) {
    lp.columns[dependent].push_back({lp.rhs.size(), 1});
    lp.columns[prerequisite].push_back({lp.rhs.size(), -1});
    lp.rhs.push_back(0);
    lp.slack_upper.push_back(1);
  }
  for (std::size_t t = 0; t < instance.axes; ++t) {
    if (axis_only != none && t != axis_only) continue;
    if (spent.axis[t] >= instance.minimum(t)) continue;
    const double short_by = static_cast<double>(instance.minimum(t) - spent.axis[t]);
    double open = 0;
    for (std::size_t c = 0; c < lp.action.size(); ++c)
      if (p.actions[lp.action[c]].axis == t) {
        lp.columns[c].push_back({lp.rhs.size(), -1});
        ++open;
      }
    lp.rhs.push_back(-short_by);
    lp.slack_upper.push_back(std::max(0.0, open - short_by));
  }
  for (std::size_t c = 0; c < lp.action.size(); ++c) {
    lp.cost.push_back(-p.actions[lp.action[c]].value / lp.value_scale);
    lp.upper.push_back(1);
  }
  return lp;
}

// The largest of 1, 0.1, ..., 0.0001 of which every value is a whole
// multiple, or 0: then any better portfolio scores at least one unit more,
// and a node whose bound falls short of that is pruned (scores typed with two
// decimals, integer test data).
double value_unit(const Instance& instance) {
  for (double unit = 1; unit >= 1e-4; unit /= 10) {
    bool whole = true;
    for (const PortfolioAction& action : instance.problem.actions) {
      const double multiple = action.value / unit;
      whole = whole && std::abs(multiple - std::round(multiple)) <= 1e-9 * std::max(1.0, multiple);
    }
    if (whole) return unit;
  }
  return 0;
}

// Branch and bound on the open actions, one linear programme per node,
// re-optimised in place by the dual simplex. Nodes are explored best bound
// first, diving into the preferred child of each branching until the dive is
// pruned ("plunging"): the best-first order keeps the tree to the nodes whose
// bound beats the optimum, the dives find portfolios and keep consecutive
// linear programmes close. A queued node keeps its parent's fixings and
// basis. A node is pruned when its bound does not beat the best portfolio by
// `margin_`; an integral optimum of its relaxation is a portfolio. Reduced
// costs fix, for a node's subtree, every action whose flip alone would sink
// the bound below the best portfolio, and the root's reduced costs do so for
// the whole search each time a better portfolio is found. The branching
// action is chosen by reliability branching (Achterberg, Koch & Martin,
// Branching rules revisited, Oper. Res. Lett. 33, 2005): both children of a
// candidate are solved until its pseudocosts (bound lost per unit of change)
// have been seen often enough to be trusted; a child that cannot beat the
// best portfolio fixes the candidate the other way. A greedy completion, a
// swap search and a neighbourhood search find good portfolios early, which
// is what makes pruning and fixing bite.
class Search {
public:
  Search(const Instance& instance, const Reduction& reduction, const PortfolioOptions& options,
         Clock::time_point deadline, bool nested = false)
      : instance_(instance), reduction_(reduction), options_(options), deadline_(deadline),
        nested_(nested), lp_data_(relax(instance, reduction)),
        lp_(lp_data_.columns, lp_data_.cost, lp_data_.upper, lp_data_.rhs, lp_data_.slack_upper,
            deadline),
        scratch_(instance) {
    double total = 0;
    for (std::size_t j = 0; j < instance.size(); ++j) {
      total += instance.problem.actions[j].value;
      if (reduction.in[j]) offset_ += instance.problem.actions[j].value;
    }
    tolerance_ = 1e-9 * std::max(1.0, total);
    margin_ = std::max(tolerance_, value_unit(instance) - tolerance_);
    for (int side = 0; side < 2; ++side) {
      gain_sum_[side].assign(lp_data_.action.size(), 0);
      gain_count_[side].assign(lp_data_.action.size(), 0);
    }
    if (options.start) {
      std::vector<unsigned char> start(options.start->begin(), options.start->end());
      if (meets_constraints(instance, start)) consider(start);
    }
  }

  void run() {
    std::optional<Branch> branch = evaluate(nullptr);
    global_mark_ = trail_.size();
    for (;;) {
      Origin origin;
      if (branch) {
        origin = {branch->column, branch->first, branch->fraction, branch->bound};
        open_.push_back({branch->bound,
                         ++order_,
                         fixings(branch->column, 1 - branch->first),
                         {branch->column, 1 - branch->first, branch->fraction, branch->bound},
                         lp_.basis()});
        std::push_heap(open_.begin(), open_.end());
        restrict(branch->column, branch->first, branch->first);
      } else {
        std::optional<Origin> next = next_open();
        if (!next) {
          complete_ = true;
          return;
        }
        origin = *next;
      }
      if (nodes_ >= options_.node_limit || Clock::now() >= deadline_ || open_.size() > open_limit) {
        pending_bound_ = origin.parent_bound;
        return;
      }
      branch = evaluate(&origin);
    }
  }

  bool complete() const { return complete_; }
  bool found() const { return found_; }
  const std::vector<unsigned char>& best() const { return best_; }
  std::uint64_t nodes() const { return nodes_ + nested_nodes_; }

  // No portfolio beats this: the best found, or the bound of a node not yet
  // explored (its parent's bound).
  double bound() const {
    if (complete_) return best_value_;
    double bound = std::max(found() ? best_value_ : -infinity, pending_bound_);
    if (!open_.empty()) bound = std::max(bound, open_.front().bound);
    return bound;
  }

private:
  // How a node came about: its parent's bound and the branching that made it.
  struct Origin {
    std::size_t column = 0;
    double side = 0;
    double fraction = 0; // the column's value in the parent's relaxation
    double parent_bound = 0;
  };
  struct Open {
    double bound;
    std::uint64_t order;
    std::vector<std::uint8_t> fixed; // 2 bits a column: 0 open, 1 fixed at 0, 2 fixed at 1
    Origin origin;
    std::vector<std::uint32_t> basis; // the parent's
    bool operator<(const Open& other) const {
      return bound != other.bound ? bound < other.bound : order < other.order;
    }
  };
  struct Branch {
    std::size_t column;
    double first; // the child dived into; the other is queued
    double fraction;
    double bound;
  };
  struct Change {
    std::size_t column;
    double lo, up;
  };

  // Trust a pseudocost after this many observations; probe at most this many
  // candidates per node, and stop after this many without a better score.
  static constexpr std::size_t reliable = 8;
  static constexpr std::size_t probes = 8;
  static constexpr std::size_t lookahead = 8;
  static constexpr std::size_t probe_iterations = 100;
  // The neighbourhood search runs at the root, then at nodes 128, 256, 512...
  static constexpr std::uint64_t neighbourhood_first = 128;
  static constexpr std::uint64_t neighbourhood_nodes = 500;
  static constexpr std::size_t neighbourhood_core = 40;
  // Queued nodes take memory; past this many the search stops with its bound.
  static constexpr std::size_t open_limit = 200000;

  const Instance& instance_;
  const Reduction& reduction_;
  const PortfolioOptions& options_;
  Clock::time_point deadline_;
  bool nested_;
  std::uint64_t nested_nodes_ = 0, next_neighbourhood_ = 1;
  Relaxation lp_data_;
  DualSimplex lp_;
  DualSimplex::Snapshot snapshot_;
  double offset_ = 0, tolerance_ = 0;
  double margin_ = 0; // what a node's bound must beat the best portfolio by
  double best_value_ = -infinity, pending_bound_ = -infinity;
  bool found_ = false;
  std::vector<unsigned char> best_;
  std::vector<Open> open_; // a heap, best bound on top
  std::uint64_t order_ = 0;
  std::vector<Change> trail_;
  std::size_t global_mark_ = 0; // trail entries below hold for the whole search
  std::vector<double> root_reduced_;
  double root_bound_ = infinity;
  std::vector<unsigned char> global_fixed_;
  std::vector<std::uint32_t> global_pending_;
  std::uint64_t nodes_ = 0;
  bool complete_ = false;
  Scratch scratch_;
  std::vector<double> gain_sum_[2];
  std::vector<std::size_t> gain_count_[2];
  double gain_all_[2] = {0, 0};
  std::size_t gain_all_count_[2] = {0, 0};

  static std::uint32_t code(std::size_t column, double value) {
    return static_cast<std::uint32_t>(column * 2 + (value > 0.5 ? 1 : 0));
  }

  bool consider(const std::vector<unsigned char>& chosen) {
    double value = 0;
    for (std::size_t j = 0; j < chosen.size(); ++j)
      if (chosen[j]) value += instance_.problem.actions[j].value;
    if (found() && value <= best_value_ + tolerance_) return false;
    found_ = true;
    best_value_ = value;
    best_ = chosen;
    const double room = (root_bound_ - best_value_ - margin_) / lp_data_.value_scale;
    for (std::size_t c = 0; c < root_reduced_.size(); ++c)
      if (!global_fixed_[c] && std::abs(root_reduced_[c]) > room) {
        global_fixed_[c] = 1;
        global_pending_.push_back(code(c, root_reduced_[c] < 0 ? 1 : 0));
      }
    return true;
  }

  bool beaten(double bound) const { return found() && bound <= best_value_ + margin_; }
  bool late() const { return Clock::now() >= deadline_; }
  double cutoff() const {
    return found() ? (offset_ - best_value_ - margin_) / lp_data_.value_scale : infinity;
  }
  double to_score(double lp_objective) const {
    return offset_ - lp_objective * lp_data_.value_scale;
  }

  // `quietly` leaves the basic values stale, for a caller that reloads a basis next.
  void restrict(std::size_t column, double lo, double up, bool quietly = false) {
    trail_.push_back({column, lp_.lower(column), lp_.upper(column)});
    lp_.set_bounds(column, lo, up, quietly);
  }

  void undo(std::size_t mark) {
    while (trail_.size() > mark) {
      const Change change = trail_.back();
      trail_.pop_back();
      lp_.set_bounds(change.column, change.lo, change.up, true);
    }
  }

  // The fixings of the node as it stands, with `column` fixed to `value`.
  std::vector<std::uint8_t> fixings(std::size_t column, double value) const {
    std::vector<std::uint8_t> fixed((lp_data_.action.size() + 3) / 4, 0);
    for (std::size_t c = 0; c < lp_data_.action.size(); ++c) {
      const double lo = c == column ? value : lp_.lower(c), up = c == column ? value : lp_.upper(c);
      if (lo == up)
        fixed[c / 4] |= static_cast<std::uint8_t>((lo > 0.5 ? 2u : 1u) << (2 * (c % 4)));
    }
    return fixed;
  }

  // Moves the programme to the best queued node that can still win: back to
  // the global fixings (adding new ones), then its branchings. A node whose
  // branching contradicts a global fixing cannot win and is dropped.
  std::optional<Origin> next_open() {
    while (!open_.empty()) {
      std::pop_heap(open_.begin(), open_.end());
      Open node = std::move(open_.back());
      open_.pop_back();
      if (beaten(node.bound)) continue;
      undo(global_mark_);
      for (std::uint32_t fixing : global_pending_)
        restrict(fixing / 2, fixing % 2, fixing % 2, true);
      global_pending_.clear();
      global_mark_ = trail_.size();
      bool possible = true;
      for (std::size_t c = 0; c < lp_data_.action.size() && possible; ++c) {
        const unsigned state = node.fixed[c / 4] >> (2 * (c % 4)) & 3u;
        if (state == 0) continue;
        const double value = state - 1;
        if (lp_.lower(c) == lp_.upper(c))
          possible = lp_.lower(c) == value;
        else
          restrict(c, value, value, true);
      }
      if (!possible) continue;
      lp_.load_basis(node.basis);
      return node.origin;
    }
    return std::nullopt;
  }

  void learn(std::size_t column, double side, double fraction, double parent, double child) {
    const int s = side > 0.5 ? 1 : 0;
    const double moved = s == 1 ? 1 - fraction : fraction;
    if (moved <= 1e-9 || !std::isfinite(child)) return;
    const double gain = std::max(0.0, parent - child) / moved;
    gain_sum_[s][column] += gain;
    ++gain_count_[s][column];
    gain_all_[s] += gain;
    ++gain_all_count_[s];
  }

  double pseudocost(std::size_t column, int side) const {
    if (gain_count_[side][column] > 0) return gain_sum_[side][column] / gain_count_[side][column];
    return gain_all_count_[side] > 0 ? gain_all_[side] / gain_all_count_[side] : 1;
  }

  static double score(double down, double up) { return std::max(down, 1e-9) * std::max(up, 1e-9); }

  // The relaxation's bound with the node as it stands, or -infinity when it has no solution.
  double solve_node(DualSimplex::Outcome& outcome) {
    lp_.refresh();
    outcome = lp_.solve(cutoff());
    if (outcome == DualSimplex::Outcome::infeasible) return -infinity;
    double bound = to_score(lp_.lower_bound());
    if (outcome == DualSimplex::Outcome::cutoff && !beaten(bound)) {
      outcome = lp_.solve(infinity);
      if (outcome == DualSimplex::Outcome::infeasible) return -infinity;
      bound = to_score(lp_.lower_bound());
    }
    return bound;
  }

  // The bound of the child with `column` fixed to `side`, from the parent's
  // basis, which is restored afterwards.
  double probe(std::size_t column, double side) {
    lp_.set_bounds(column, side, side);
    const DualSimplex::Outcome outcome = lp_.solve(cutoff(), probe_iterations);
    const double bound =
        outcome == DualSimplex::Outcome::infeasible ? -infinity : to_score(lp_.lower_bound());
    lp_.restore(snapshot_);
    return bound;
  }

  // Solves the node (the root when `origin` is null); the branching to make,
  // or none when the node is pruned or solved. Fixings found on the way
  // (reduced costs, probes) stay on the trail for the node's subtree.
  std::optional<Branch> evaluate(const Origin* origin) {
    ++nodes_;
    const std::size_t columns = lp_data_.action.size();
    bool first_pass = true;
    for (;;) {
      DualSimplex::Outcome outcome;
      const double bound = solve_node(outcome);
      if (first_pass && origin)
        learn(origin->column, origin->side, origin->fraction, origin->parent_bound, bound);
      if (bound == -infinity || beaten(bound)) return std::nullopt;
      if (!origin) {
        root_bound_ = bound;
        root_reduced_.resize(columns);
        for (std::size_t c = 0; c < columns; ++c)
          root_reduced_[c] = lp_.reduced_cost(c);
        global_fixed_.assign(columns, 0);
      }
      if (first_pass && (nodes_ == 1 || (nodes_ % 64 == 0 && !late()))) find_portfolio();
      if (first_pass && !nested_ && found() && nodes_ >= next_neighbourhood_ && !late()) {
        search_neighbourhood();
        next_neighbourhood_ = 2 * std::max<std::uint64_t>(nodes_, neighbourhood_first / 2);
      }
      first_pass = false;

      std::vector<std::size_t> candidates;
      for (std::size_t c = 0; c < columns; ++c)
        if (lp_.lower(c) != lp_.upper(c) && std::min(lp_.value(c), 1 - lp_.value(c)) > 1e-7)
          candidates.push_back(c);
      if (candidates.empty() && outcome == DualSimplex::Outcome::optimal) {
        std::vector<unsigned char> chosen = reduction_.in;
        for (std::size_t c = 0; c < columns; ++c)
          chosen[lp_data_.action[c]] = lp_.value(c) > 0.5;
        if (meets_constraints(instance_, chosen)) {
          if (consider(chosen)) improve(chosen);
          return std::nullopt;
        }
      }
      if (candidates.empty())
        for (std::size_t c = 0; c < columns && candidates.empty(); ++c)
          if (lp_.lower(c) != lp_.upper(c)) candidates.push_back(c);
      if (candidates.empty()) return std::nullopt;
      if (late()) return Branch{candidates.front(), 1, lp_.value(candidates.front()), bound};

      if (found()) {
        bool moved = false;
        const double room = (bound - best_value_ - margin_) / lp_data_.value_scale;
        for (std::size_t c = 0; c < columns; ++c) {
          if (lp_.lower(c) == lp_.upper(c)) continue;
          const double d = lp_.reduced_cost(c);
          if (std::abs(d) <= room) continue;
          const double side = d < 0 ? 1 : 0;
          moved = moved || lp_.value(c) != side;
          restrict(c, side, side);
        }
        if (moved) continue;
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(),
                           [&](std::size_t c) { return lp_.lower(c) == lp_.upper(c); }),
            candidates.end());
        if (candidates.empty()) continue;
      }
      const std::optional<std::size_t> branch = choose(candidates, bound);
      if (!branch) continue;
      const double x = lp_.value(*branch);
      return Branch{*branch, x >= 0.5 ? 1.0 : 0.0, x, bound};
    }
  }

  // The candidate with the best score, or none when a probe fixed one (the
  // node is then solved again).
  std::optional<std::size_t> choose(std::vector<std::size_t>& candidates, double bound) {
    auto estimate = [&](std::size_t c) {
      const double x = lp_.value(c);
      return score(pseudocost(c, 0) * x, pseudocost(c, 1) * (1 - x));
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](std::size_t a, std::size_t b) { return estimate(a) > estimate(b); });
    std::size_t choice = candidates.front(), probed = 0, stale = 0;
    double best = -1;
    bool saved = false;
    for (std::size_t c : candidates) {
      double value = estimate(c);
      if (std::min(gain_count_[0][c], gain_count_[1][c]) < reliable && probed < probes && !late()) {
        if (!saved) lp_.save(snapshot_);
        saved = true;
        ++probed;
        const double x = lp_.value(c);
        const double down = probe(c, 0), up = probe(c, 1);
        learn(c, 0, x, bound, down);
        learn(c, 1, x, bound, up);
        if (down == -infinity || beaten(down) || up == -infinity || beaten(up)) {
          const double side = down == -infinity || beaten(down) ? 1 : 0;
          restrict(c, side, side);
          return std::nullopt;
        }
        value = score(bound - down, bound - up);
      }
      if (value > best) {
        best = value;
        choice = c;
        stale = 0;
      } else if (++stale >= lookahead) {
        break;
      }
    }
    return choice;
  }

  // Adds open actions in the order of their value in the relaxation (then of
  // value per share of the budgets), first for axes still short of their
  // minimum, each with what it needs, while they fit; then improves the
  // result by swaps.
  void find_portfolio() {
    const PortfolioProblem& p = instance_.problem;
    std::vector<double> relaxed(instance_.size(), 0), density(instance_.size(), 0);
    for (std::size_t c = 0; c < lp_data_.action.size(); ++c) {
      const std::size_t j = lp_data_.action[c];
      double share = 0;
      for (std::size_t y = 0; y < instance_.years(); ++y)
        if (instance_.budget[y] > 0) share += p.actions[j].cost[y] / instance_.budget[y];
      if (instance_.staff_limit > 0 && instance_.staff_limit < infinity)
        share += p.actions[j].staff / instance_.staff_limit;
      relaxed[j] = lp_.value(c);
      density[j] = share > 0 ? p.actions[j].value / share : infinity;
    }
    std::vector<std::size_t> order = lp_data_.action;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return relaxed[a] != relaxed[b] ? relaxed[a] > relaxed[b] : density[a] > density[b];
    });
    std::vector<unsigned char> chosen = reduction_.in;
    Spending spent(instance_);
    for (std::size_t j = 0; j < instance_.size(); ++j)
      if (chosen[j]) spent.add(instance_, j);
    for (std::size_t t = 0; t < instance_.axes; ++t)
      for (std::size_t j : order)
        if (spent.axis[t] < instance_.minimum(t) && p.actions[j].axis == t)
          try_add(chosen, spent, j);
    for (std::size_t j : order)
      if (p.actions[j].value > 0) try_add(chosen, spent, j);
    for (std::size_t t = 0; t < instance_.axes; ++t)
      if (spent.axis[t] < instance_.minimum(t)) return;
    if (consider(chosen)) improve(chosen);
  }

  // Relaxation induced neighbourhood search (Danna, Rothberg & Le Pape,
  // Exploring relaxation induced neighborhoods to improve MIP solutions, Math.
  // Program. 102, 2005), widened by a core (Puchinger, Raidl & Pferschy, The
  // multidimensional knapsack problem: structure and algorithms, INFORMS J.
  // Comput. 22, 2010): the actions on which the node's relaxation and the
  // best portfolio agree are fixed, except the `neighbourhood_core` with the
  // smallest reduced costs, where better portfolios differ; a small search
  // explores the rest.
  void search_neighbourhood() {
    const std::size_t columns = lp_data_.action.size();
    std::vector<std::size_t> order(columns);
    for (std::size_t c = 0; c < columns; ++c)
      order[c] = c;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::abs(lp_.reduced_cost(a)) < std::abs(lp_.reduced_cost(b));
    });
    std::vector<unsigned char> core(columns, 0);
    for (std::size_t i = 0; i < std::min(columns, neighbourhood_core); ++i)
      core[order[i]] = 1;
    Reduction sub = reduction_;
    std::size_t fixed = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      const std::size_t j = lp_data_.action[c];
      if (core[c] || std::abs(lp_.value(c) - best_[j]) > 1e-7) continue;
      ++fixed;
      if (!best_[j])
        sub.state[j] = Fix::out;
      else
        for (std::size_t k : instance_.closure[j]) {
          sub.state[k] = Fix::in;
          sub.in[k] = 1;
        }
    }
    if (fixed == columns) return;
    Spending spent(instance_);
    for (std::size_t j = 0; j < instance_.size(); ++j)
      if (sub.in[j]) spent.add(instance_, j);
    settle(instance_, sub, spent);
    PortfolioOptions options;
    options.node_limit = neighbourhood_nodes;
    options.start = std::vector<bool>(best_.begin(), best_.end());
    Search search(instance_, sub, options, deadline_, true);
    search.run();
    nested_nodes_ += search.nodes();
    if (search.found() && consider(search.best())) improve(best_);
  }

  bool try_add(std::vector<unsigned char>& chosen, Spending& spent, std::size_t j) {
    if (chosen[j] || !collect(instance_, reduction_.state, chosen, spent, j, scratch_) ||
        !fits(instance_, spent, scratch_.add))
      return false;
    for (std::size_t k : scratch_.add) {
      chosen[k] = 1;
      spent.add(instance_, k);
    }
    return true;
  }

  // Local search from a portfolio: drop one open action that nothing chosen
  // needs and that its axis can spare, and add the open action (with what it
  // needs) that gains most, while that improves the score.
  void improve(std::vector<unsigned char> chosen) {
    const PortfolioProblem& p = instance_.problem;
    Spending spent(instance_);
    for (std::size_t j = 0; j < instance_.size(); ++j)
      if (chosen[j]) spent.add(instance_, j);
    auto remove = [&](std::size_t j) {
      chosen[j] = 0;
      for (std::size_t y = 0; y < instance_.years(); ++y)
        spent.year[y] -= p.actions[j].cost[y];
      spent.staff -= p.actions[j].staff;
      --spent.axis[p.actions[j].axis];
      for (std::size_t g : instance_.groups_of[j])
        spent.group_taken[g] = 0;
    };
    auto gain_of = [&](const std::vector<std::size_t>& add) {
      double gain = 0;
      for (std::size_t k : add)
        gain += p.actions[k].value;
      return gain;
    };
    for (bool better = true; better && !late();) {
      better = false;
      for (std::size_t j : lp_data_.action)
        if (p.actions[j].value > 0 && try_add(chosen, spent, j)) better = true;
      for (std::size_t i : lp_data_.action) {
        if (!chosen[i]) continue;
        const std::size_t axis = p.actions[i].axis;
        bool needed = false;
        for (std::size_t k : instance_.needed_by[i])
          needed = needed || chosen[k];
        if (needed) continue;
        remove(i);
        std::size_t pick = none;
        double most = p.actions[i].value + tolerance_;
        for (std::size_t j : lp_data_.action) {
          if (chosen[j] || j == i ||
              !collect(instance_, reduction_.state, chosen, spent, j, scratch_))
            continue;
          bool axis_kept = spent.axis[axis] >= instance_.minimum(axis);
          for (std::size_t k : scratch_.add)
            axis_kept = axis_kept || p.actions[k].axis == axis;
          const double gain = gain_of(scratch_.add);
          if (axis_kept && gain > most && fits(instance_, spent, scratch_.add)) {
            most = gain;
            pick = j;
          }
        }
        if (pick == none) {
          try_add(chosen, spent, i);
          continue;
        }
        try_add(chosen, spent, pick);
        better = true;
      }
    }
    if (meets_constraints(instance_, chosen)) consider(chosen);
  }
};

// ---------------------------------------------------------------- result

void describe(const Instance& instance, const std::vector<unsigned char>& chosen,
              PortfolioResult& result) {
  const PortfolioProblem& p = instance.problem;
  Spending spent(instance);
  result.score = 0;
  for (std::size_t j = 0; j < instance.size(); ++j)
    if (chosen[j]) {
      result.chosen.push_back(j);
      result.score += p.actions[j].value;
      spent.add(instance, j);
    }
  result.cost_per_year = spent.year;
  result.staff_used = spent.staff;
  result.per_axis = spent.axis;

  // A limit binds when it is used up, or when it alone keeps out a valued
  // action that nothing else (an exclusion, a group) keeps out.
  std::vector<unsigned char> blocks_year(instance.years(), 0);
  bool blocks_staff = false;
  std::vector<Fix> state(instance.size(), Fix::open);
  for (std::size_t j = 0; j < instance.size(); ++j)
    if (p.actions[j].decision == ActionDecision::exclude) state[j] = Fix::out;
  Scratch scratch(instance);
  for (std::size_t j = 0; j < instance.size(); ++j) {
    if (chosen[j] || p.actions[j].value <= 0 ||
        !collect(instance, state, chosen, spent, j, scratch))
      continue;
    for (std::size_t y = 0; y < instance.years(); ++y) {
      const double extra = extra_cost(instance, scratch.add, y);
      if (extra > 0 && spent.year[y] + extra > allowance(instance.budget[y])) blocks_year[y] = 1;
    }
    const double extra = extra_staff(instance, scratch.add);
    if (extra > 0 && spent.staff + extra > allowance(instance.staff_limit)) blocks_staff = true;
  }
  auto used_up = [](double used, double limit) {
    return used >= limit - 1e-9 * std::max(1.0, limit);
  };
  for (std::size_t y = 0; y < instance.years(); ++y)
    if (blocks_year[y] || used_up(spent.year[y], instance.budget[y]))
      result.binding.push_back({LimitKind::budget, y, spent.year[y], instance.budget[y]});
  if (p.staff_capacity && (blocks_staff || used_up(spent.staff, instance.staff_limit)))
    result.binding.push_back({LimitKind::staff, 0, spent.staff, instance.staff_limit});
  for (std::size_t t = 0; t < instance.axes; ++t)
    if (instance.minimum(t) > 0 && spent.axis[t] == instance.minimum(t))
      result.binding.push_back({LimitKind::axis_minimum, t, static_cast<double>(spent.axis[t]),
                                static_cast<double>(instance.minimum(t))});
}

// A search that ended without a portfolio: the minimums on the axes are the
// only constraints that can force actions in beyond the must-include ones
// (presolve checked those), so the report names them, alone if the
// relaxation with that axis's minimum alone has no solution.
PortfolioIssue axis_issue(const Instance& instance, const Reduction& reduction,
                          Clock::time_point deadline) {
  std::vector<std::size_t> short_axes;
  for (std::size_t t = 0; t < instance.axes; ++t) {
    std::size_t forced = 0;
    for (std::size_t j = 0; j < instance.size(); ++j)
      forced += reduction.in[j] && instance.problem.actions[j].axis == t ? 1 : 0;
    if (forced < instance.minimum(t)) short_axes.push_back(t);
  }
  for (std::size_t t : short_axes) {
    Relaxation data = relax(instance, reduction, t);
    DualSimplex lp(data.columns, data.cost, data.upper, data.rhs, data.slack_upper, deadline);
    if (lp.solve(infinity) == DualSimplex::Outcome::infeasible)
      return make_issue("portfolio.infeasible.axis_budget", at("axis_minimum", t),
                        {std::to_string(t), std::to_string(instance.minimum(t))});
  }
  std::string axes;
  for (std::size_t t : short_axes)
    axes += (axes.empty() ? "" : ", ") + std::to_string(t);
  return make_issue("portfolio.infeasible.axis_minimums", "axis_minimum", {axes});
}

PortfolioResult solve(const PortfolioProblem& problem, std::vector<double> budget,
                      const PortfolioOptions& options, double factor) {
  const Clock::time_point begin = Clock::now();
  const double seconds = std::min(options.time_limit_ms, 1e12) / 1000;
  const Clock::time_point deadline =
      begin + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  PortfolioResult result;
  result.provenance.method = "portfolio.branch_and_bound";
  result.provenance.parameters = {{"bound", "linear relaxation, dual simplex"},
                                  {"time_limit_ms", number_text(options.time_limit_ms)},
                                  {"node_limit", std::to_string(options.node_limit)},
                                  {"budget_factor", number_text(factor)}};
  auto finish = [&]() {
    result.elapsed_ms = std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
    return result;
  };

  const Instance instance(problem, std::move(budget));
  const Reduction reduction = presolve(instance);
  if (reduction.issue) {
    result.status = PortfolioStatus::infeasible;
    result.issue = reduction.issue;
    return finish();
  }
  Search search(instance, reduction, options, deadline);
  search.run();
  result.nodes = search.nodes();
  result.bound = search.bound();
  if (search.found()) {
    describe(instance, search.best(), result);
    result.optimal = search.complete();
    result.status = result.optimal ? PortfolioStatus::optimal : PortfolioStatus::limit_reached;
    result.bound = std::max(result.bound, result.score);
    result.gap =
        result.optimal || result.bound <= 0 ? 0 : (result.bound - result.score) / result.bound;
    if (result.optimal) result.bound = result.score;
  } else if (search.complete()) {
    result.status = PortfolioStatus::infeasible;
    result.issue = axis_issue(instance, reduction, deadline);
    result.bound = 0;
  } else {
    result.status = PortfolioStatus::no_solution;
    result.issue =
        make_issue("portfolio.no_solution_yet", "options", {number_text(options.time_limit_ms)});
    result.gap = 1;
  }
  return finish();
}

} // namespace

PortfolioResult select_portfolio(const PortfolioProblem& problem, const PortfolioOptions& options) {
  if (auto issue = validate(problem, options)) {
    PortfolioResult result;
    result.provenance.method = "portfolio.branch_and_bound";
    result.issue = std::move(issue);
    return result;
  }
  return solve(problem, problem.budget, options, 1);
}

std::vector<FrontierPoint> portfolio_frontier(const PortfolioProblem& problem,
                                              const std::vector<double>& factors,
                                              const PortfolioOptions& options) {
  std::vector<FrontierPoint> points(factors.size());
  std::optional<PortfolioIssue> issue = validate(problem, options);
  if (!issue) issue = check_count(factors.size(), 1000, "factors");
  for (std::size_t i = 0; i < factors.size() && !issue; ++i)
    if (!std::isfinite(factors[i]) || factors[i] < 0 || factors[i] > 1000)
      issue = make_issue("portfolio.bad_factor", at("factors", i), {number_text(factors[i])});
  for (std::size_t i = 0; i < factors.size(); ++i)
    points[i].factor = factors[i];
  if (issue) {
    for (FrontierPoint& point : points) {
      point.result.provenance.method = "portfolio.branch_and_bound";
      point.result.issue = issue;
    }
    return points;
  }
  std::vector<std::size_t> order(factors.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return factors[a] < factors[b]; });
  PortfolioOptions point_options = options;
  for (std::size_t i : order) {
    std::vector<double> budget = problem.budget;
    for (double& amount : budget)
      amount *= factors[i];
    for (double amount : budget)
      points[i].total_budget += amount;
    points[i].result = solve(problem, std::move(budget), point_options, factors[i]);
    const PortfolioResult& result = points[i].result;
    if (result.status == PortfolioStatus::optimal ||
        result.status == PortfolioStatus::limit_reached) {
      std::vector<bool> start(problem.actions.size(), false);
      for (std::size_t j : result.chosen)
        start[j] = true;
      point_options.start = std::move(start);
    }
  }
  return points;
}

std::vector<double> default_frontier_factors() {
  std::vector<double> factors;
  for (int i = 1; i <= 8; ++i)
    factors.push_back(0.25 * i);
  return factors;
}

} // namespace rumbo::scoring
