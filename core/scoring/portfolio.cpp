#include "core/scoring/portfolio.h"

#include "core/scoring/dual_simplex.h"
#include "core/scoring/portfolio_instance.h"
#include "core/scoring/portfolio_relaxation.h"
#include "core/scoring/portfolio_search.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

namespace rumbo::scoring {
namespace {

using detail::allowance;
using detail::at;
using detail::check_count;
using detail::Clock;
using detail::collect;
using detail::DualSimplex;
using detail::extra_cost;
using detail::extra_staff;
using detail::Fix;
using detail::infinity;
using detail::Instance;
using detail::make_issue;
using detail::number_text;
using detail::presolve;
using detail::Reduction;
using detail::relax;
using detail::Relaxation;
using detail::Scratch;
using detail::Search;
using detail::Spending;
using detail::validate;

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
