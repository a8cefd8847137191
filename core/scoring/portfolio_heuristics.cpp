#include "core/scoring/portfolio_search.h"

#include <cmath>

namespace rumbo::scoring::detail {

// Adds open actions in the order of their value in the relaxation (then of
// value per share of the budgets), first for axes still short of their
// minimum, each with what it needs, while they fit; then improves the
// result by swaps.
void Search::find_portfolio() {
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
      if (spent.axis[t] < instance_.minimum(t) && p.actions[j].axis == t) try_add(chosen, spent, j);
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
void Search::search_neighbourhood() {
  const std::size_t columns = lp_data_.action.size();
  lp_.recompute_reduced_costs();
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

bool Search::try_add(std::vector<unsigned char>& chosen, Spending& spent, std::size_t j) {
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
void Search::improve(std::vector<unsigned char> chosen) {
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

} // namespace rumbo::scoring::detail
