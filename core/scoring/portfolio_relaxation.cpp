#include "core/scoring/portfolio_relaxation.h"

#include <algorithm>

namespace rumbo::scoring::detail {

Relaxation relax(const Instance& instance, const Reduction& reduction, std::size_t axis_only) {
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

} // namespace rumbo::scoring::detail
