#include "core/scoring/portfolio.h"

#include "core/scoring/dual_simplex.h"
#include "core/scoring/portfolio_instance.h"
#include "core/scoring/portfolio_relaxation.h"
#include "core/scoring/portfolio_search.h"
#include "core/stable_sort.h"

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

// A span of milliseconds as a clock duration; limits beyond 1e12 ms (about
// 30 years, "no limit") are cut there so the time point cannot overflow.
Clock::duration after(double ms) {
  return std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double, std::milli>(std::min(ms, 1e12)));
}

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
                        {MessageArg::axis(t), MessageArg::count(instance.minimum(t))});
  }
  return make_issue("portfolio.infeasible.axis_minimums", "axis_minimum",
                    {MessageArg::axes(short_axes)});
}

} // namespace

// What a run keeps between its steps, at a fixed address: the search holds
// references to the instance, the reduction and the options.
struct PortfolioRun::State {
  PortfolioProblem problem;
  PortfolioOptions options;
  Clock::time_point deadline;
  Instance instance;
  Reduction reduction;
  std::optional<Search> search;

  State(const PortfolioProblem& p, const PortfolioOptions& o, double factor)
      : problem(p), options(o), deadline(Clock::now() + after(o.time_limit_ms)),
        instance(problem, scaled(p.budget, factor)), reduction(presolve(instance)) {}

  static std::vector<double> scaled(std::vector<double> budget, double factor) {
    for (double& amount : budget)
      amount *= factor;
    return budget;
  }
};

PortfolioRun::PortfolioRun(const PortfolioProblem& problem, const PortfolioOptions& options,
                           double budget_factor) {
  result_.provenance.method = "portfolio.branch_and_bound";
  if (auto issue = validate(problem, options)) {
    result_.issue = std::move(issue);
    done_ = true;
    return;
  }
  result_.provenance.parameters = {{"bound", "linear relaxation, dual simplex"},
                                   {"time_limit_ms", number_text(options.time_limit_ms)},
                                   {"node_limit", std::to_string(options.node_limit)},
                                   {"budget_factor", number_text(budget_factor)}};
  const Clock::time_point begin = Clock::now();
  state_ = std::make_unique<State>(problem, options, budget_factor);
  if (state_->reduction.issue) {
    result_.status = PortfolioStatus::infeasible;
    result_.issue = state_->reduction.issue;
    done_ = true;
  } else {
    state_->search.emplace(state_->instance, state_->reduction, state_->options, state_->deadline);
  }
  result_.elapsed_ms = std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
  if (done_) state_.reset();
}

PortfolioRun::~PortfolioRun() = default;

bool PortfolioRun::advance(double slice_ms) {
  if (done_) return true;
  const Clock::time_point begin = Clock::now();
  Search& search = *state_->search;
  if (paused_at_) search.postpone(begin - *paused_at_);
  const Clock::time_point pause =
      slice_ms >= 1e12 ? Clock::time_point::max() : begin + after(slice_ms);
  const bool over = search.run(pause);
  paused_at_ = Clock::now();
  result_.elapsed_ms += std::chrono::duration<double, std::milli>(*paused_at_ - begin).count();
  if (!over) return false;

  const Instance& instance = state_->instance;
  result_.nodes = search.nodes();
  result_.bound = search.bound();
  if (search.found()) {
    describe(instance, search.best(), result_);
    result_.optimal = search.complete();
    result_.status = result_.optimal ? PortfolioStatus::optimal : PortfolioStatus::limit_reached;
    result_.bound = std::max(result_.bound, result_.score);
    result_.gap =
        result_.optimal || result_.bound <= 0 ? 0 : (result_.bound - result_.score) / result_.bound;
    if (result_.optimal) result_.bound = result_.score;
  } else if (search.complete()) {
    result_.status = PortfolioStatus::infeasible;
    result_.issue = axis_issue(
        instance, state_->reduction,
        Clock::now() + after(std::max(0.0, state_->options.time_limit_ms - result_.elapsed_ms)));
    result_.bound = 0;
  } else {
    result_.status = PortfolioStatus::no_solution;
    result_.issue = make_issue("portfolio.no_solution_yet", "options",
                               {MessageArg::number(state_->options.time_limit_ms)});
    result_.gap = 1;
  }
  done_ = true;
  state_.reset();
  return true;
}

PortfolioResult select_portfolio(const PortfolioProblem& problem, const PortfolioOptions& options) {
  PortfolioRun run(problem, options);
  run.advance(infinity);
  return run.result();
}

FrontierRun::FrontierRun(const PortfolioProblem& problem, const std::vector<double>& factors,
                         const PortfolioOptions& options)
    : problem_(problem), options_(options), points_(factors.size()) {
  std::optional<PortfolioIssue> issue = validate(problem, options);
  if (!issue) issue = check_count(factors.size(), 1000, "factors");
  for (std::size_t i = 0; i < factors.size() && !issue; ++i)
    if (!std::isfinite(factors[i]) || factors[i] < 0 || factors[i] > 1000)
      issue =
          make_issue("portfolio.bad_factor", at("factors", i), {MessageArg::number(factors[i])});
  for (std::size_t i = 0; i < factors.size(); ++i)
    points_[i].factor = factors[i];
  if (issue) {
    for (FrontierPoint& point : points_) {
      point.result.provenance.method = "portfolio.branch_and_bound";
      point.result.issue = issue;
    }
    return;
  }
  for (FrontierPoint& point : points_)
    for (double amount : problem.budget)
      point.total_budget += amount * point.factor;
  order_ = stable_order(factors.size(),
                        [&](std::size_t a, std::size_t b) { return factors[a] < factors[b]; });
}

FrontierRun::~FrontierRun() = default;

bool FrontierRun::advance(double slice_ms) {
  const Clock::time_point end =
      slice_ms >= 1e12 ? Clock::time_point::max() : Clock::now() + after(slice_ms);
  while (next_ < order_.size()) {
    FrontierPoint& point = points_[order_[next_]];
    if (!current_) current_ = std::make_unique<PortfolioRun>(problem_, options_, point.factor);
    const double left = end == Clock::time_point::max()
                            ? infinity
                            : std::chrono::duration<double, std::milli>(end - Clock::now()).count();
    if (!current_->advance(std::max(left, 0.0))) return false;
    point.result = current_->result();
    current_.reset();
    ++next_;
    // The portfolio still fits every larger budget: the next point starts from it.
    if (point.result.status == PortfolioStatus::optimal ||
        point.result.status == PortfolioStatus::limit_reached) {
      std::vector<bool> start(problem_.actions.size(), false);
      for (std::size_t j : point.result.chosen)
        start[j] = true;
      options_.start = std::move(start);
    }
    if (Clock::now() >= end) return next_ == order_.size();
  }
  return true;
}

std::vector<FrontierPoint> portfolio_frontier(const PortfolioProblem& problem,
                                              const std::vector<double>& factors,
                                              const PortfolioOptions& options) {
  FrontierRun run(problem, factors, options);
  run.advance(infinity);
  return run.points();
}

std::vector<double> default_frontier_factors() {
  std::vector<double> factors;
  for (int i = 1; i <= 8; ++i)
    factors.push_back(0.25 * i);
  return factors;
}

} // namespace rumbo::scoring
