#include "core/scoring/portfolio_instance.h"

#include <cmath>
#include <cstdio>
#include <utility>

namespace rumbo::scoring::detail {
namespace {

constexpr std::size_t unseen = static_cast<std::size_t>(-1);

std::optional<PortfolioIssue> check_amount(double x, const std::string& path) {
  if (!std::isfinite(x)) return make_issue("portfolio.not_finite", path, {MessageArg::number(x)});
  if (x < 0) return make_issue("portfolio.negative", path, {MessageArg::number(x)});
  if (x > portfolio_limits::magnitude)
    return make_issue("portfolio.too_large", path,
                      {MessageArg::number(x), MessageArg::number(portfolio_limits::magnitude)});
  return std::nullopt;
}

std::optional<PortfolioIssue> check_index(std::size_t index, std::size_t size,
                                          const std::string& path) {
  if (index >= size)
    return make_issue("portfolio.index_out_of_range", path,
                      {MessageArg::count(index), MessageArg::count(size)});
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
        return make_issue("portfolio.dependency_cycle", at("dependencies", k),
                          {MessageArg::of_text(names)}, actions);
      }
    }
  }
  return std::nullopt;
}

} // namespace

std::string number_text(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", x);
  return text;
}

std::string at(const std::string& name, std::size_t i) {
  return name + "[" + std::to_string(i) + "]";
}

PortfolioIssue make_issue(std::string key, std::string path, std::vector<MessageArg> args,
                          std::vector<std::size_t> actions) {
  return {std::move(key), std::move(path), std::move(args), std::move(actions)};
}

std::optional<PortfolioIssue> check_count(std::size_t count, std::size_t limit, const char* path) {
  if (count > limit)
    return make_issue("portfolio.too_many", path,
                      {MessageArg::count(count), MessageArg::count(limit)});
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
      return make_issue(
          "portfolio.cost_years", path + ".cost",
          {MessageArg::count(action.cost.size()), MessageArg::count(problem.budget.size())}, {j});
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
  std::vector<std::size_t> seen_in(n, unseen);
  for (std::size_t g = 0; g < problem.exclusive_groups.size(); ++g) {
    const auto& group = problem.exclusive_groups[g];
    for (std::size_t i = 0; i < group.size(); ++i) {
      const std::string path = at(at("exclusive_groups", g), i);
      if (auto found = check_index(group[i], n, path)) return found;
      if (seen_in[group[i]] == g)
        return make_issue("portfolio.repeated_in_group", path,
                          {MessageArg::of_text(problem.actions[group[i]].name)}, {group[i]});
      seen_in[group[i]] = g;
    }
  }
  if (std::isnan(options.time_limit_ms) || options.time_limit_ms < 0)
    return make_issue("portfolio.bad_option", "options.time_limit_ms",
                      {MessageArg::number(options.time_limit_ms)});
  if (options.start && options.start->size() != n)
    return make_issue("portfolio.bad_option", "options.start",
                      {MessageArg::count(options.start->size())});
  return dependency_cycle(problem);
}

Instance::Instance(const PortfolioProblem& p, std::vector<double> scaled_budget)
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
  std::vector<std::size_t> stamp(n, unseen), pending;
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
        r.issue = make_issue(
            "portfolio.infeasible.needs_excluded", at("actions", j),
            {MessageArg::of_text(p.actions[j].name), MessageArg::of_text(p.actions[k].name)},
            {j, k});
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
                           {MessageArg::of_text(p.actions[forced[0]].name),
                            MessageArg::of_text(p.actions[forced[1]].name)},
                           forced);
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
      r.issue = make_issue("portfolio.infeasible.budget", at("budget", y),
                           {MessageArg::plan_year(y), MessageArg::money(spent.year[y]),
                            MessageArg::money(instance.budget[y])},
                           involved);
      return r;
    }
  if (spent.staff > allowance(instance.staff_limit)) {
    std::vector<std::size_t> involved;
    for (std::size_t j = 0; j < n; ++j)
      if (r.in[j] && p.actions[j].staff > 0) involved.push_back(j);
    r.issue = make_issue(
        "portfolio.infeasible.staff", "staff_capacity",
        {MessageArg::number(spent.staff), MessageArg::number(instance.staff_limit)}, involved);
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
      r.issue = make_issue(
          "portfolio.infeasible.axis_minimum", at("axis_minimum", t),
          {MessageArg::axis(t), MessageArg::count(minimum), MessageArg::count(reachable)});
      return r;
    }
  }
  return r;
}

} // namespace rumbo::scoring::detail
