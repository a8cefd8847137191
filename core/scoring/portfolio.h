#pragma once

// Exact portfolio selection: the set of candidate actions with the largest
// total priority score that fits the yearly budgets and the staff capacity,
// honours dependencies ("B needs A"), mutually exclusive groups, must-include
// and must-exclude decisions, and a minimum number of actions per axis.
// A 0-1 integer programme solved by branch and bound on linear-programming
// bounds (docs/scoring.md, "Portfolio"): the answer is proven optimal, or the
// search stops at a limit and reports the best portfolio found, the bound and
// the gap. A budget may be passed by one part in a billion (sums of decimal
// amounts are not exact in binary), and "optimal" holds to within 1e-9 of the
// total of the values. Independent of any workspace; the workspace's actions
// are mapped onto a PortfolioProblem by the caller.

#include "core/scoring/provenance.h"

#include "core/text/message_arg.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::scoring {

enum class ActionDecision { open, include, exclude };

struct PortfolioAction {
  std::string name;
  double value = 0;         // priority score, >= 0
  std::vector<double> cost; // one entry per year of the plan (0 outside the action's run)
  double staff = 0;         // staff effort over the plan
  std::size_t axis = 0;     // strategic axis, a small id (< portfolio_limits::axes)
  ActionDecision decision = ActionDecision::open;
};

// Choosing `action` requires choosing `prerequisite`.
struct PortfolioDependency {
  std::size_t action = 0;
  std::size_t prerequisite = 0;
};

struct PortfolioProblem {
  std::vector<PortfolioAction> actions;
  std::vector<double> budget;           // one per year
  std::optional<double> staff_capacity; // none: staff is not limited
  std::vector<PortfolioDependency> dependencies;
  std::vector<std::vector<std::size_t>> exclusive_groups; // at most one action of each
  std::vector<std::size_t> axis_minimum;                  // by axis id; missing ids have none
};

// Sizes beyond these are refused as invalid input: they bound the memory of
// the linear programme (one row per year, group, dependency and axis).
namespace portfolio_limits {
inline constexpr std::size_t actions = 1000;
inline constexpr std::size_t years = 50;
inline constexpr std::size_t dependencies = 1000;
inline constexpr std::size_t groups = 250;
inline constexpr std::size_t axes = 100;
inline constexpr double magnitude = 1e12; // largest value, cost, budget or staff figure
} // namespace portfolio_limits

struct PortfolioOptions {
  double time_limit_ms = 2000;            // wall clock; infinity for none
  std::uint64_t node_limit = 50'000'000;  // branch-and-bound nodes
  std::optional<std::vector<bool>> start; // a known portfolio to improve on, if feasible
};

enum class PortfolioStatus {
  optimal,       // proven best
  limit_reached, // a limit stopped the search; `chosen` is the best found
  no_solution,   // a limit stopped the search before any feasible portfolio was found
  infeasible,    // proven: no portfolio meets every constraint (`issue` says which)
  invalid        // the input is malformed (`issue` says where)
};

// Why there is no answer, as a message key with arguments (core/messages.h),
// the place in the input ("actions[3].cost[1]", "budget[2]", "axis_minimum[4]")
// and the actions involved.
struct PortfolioIssue {
  std::string key;
  std::string path;
  std::vector<MessageArg> args; // typed: amounts, years of the plan and axes stay numbers
  std::vector<std::size_t> actions;
};

enum class LimitKind { budget, staff, axis_minimum };

// A limit that shapes the answer: a budget or the staff capacity that is used
// up or that keeps out an action which would otherwise fit, or an axis whose
// count is exactly its minimum.
struct BindingLimit {
  LimitKind kind = LimitKind::budget;
  std::size_t index = 0; // the year or the axis; 0 for staff
  double used = 0;
  double limit = 0;
  bool operator==(const BindingLimit&) const = default;
};

struct PortfolioResult {
  PortfolioStatus status = PortfolioStatus::invalid;
  std::optional<PortfolioIssue> issue;
  std::vector<std::size_t> chosen; // action indices, ascending
  double score = 0;                // total value of `chosen`
  std::vector<double> cost_per_year;
  double staff_used = 0;
  std::vector<std::size_t> per_axis; // chosen actions by axis id
  std::vector<BindingLimit> binding;
  bool optimal = false;
  double bound = 0; // no portfolio scores more than this
  double gap = 0;   // (bound - score) / bound; 0 when optimal
  std::uint64_t nodes = 0;
  double elapsed_ms = 0;
  Provenance provenance;
};

PortfolioResult select_portfolio(const PortfolioProblem& problem,
                                 const PortfolioOptions& options = {});

// The same search in steps, for a page that must keep drawing between them:
// each advance() searches for about `slice_ms` (it pauses between nodes) and
// says whether the search is over. The answer is the one select_portfolio()
// gives, however the work is divided; the time limit counts only the time
// spent searching. `budget_factor` scales every yearly budget.
class PortfolioRun {
public:
  PortfolioRun(const PortfolioProblem& problem, const PortfolioOptions& options = {},
               double budget_factor = 1);
  ~PortfolioRun();
  PortfolioRun(const PortfolioRun&) = delete;
  PortfolioRun& operator=(const PortfolioRun&) = delete;

  bool advance(double slice_ms);
  bool done() const { return done_; }
  const PortfolioResult& result() const { return result_; } // final once done()

private:
  struct State;
  std::unique_ptr<State> state_;
  PortfolioResult result_;
  bool done_ = false;
  std::optional<std::chrono::steady_clock::time_point> paused_at_;
};

// The best score as every yearly budget is scaled by a common factor (the
// staff capacity stays as it is). Points are solved from the smallest factor
// up and each starts from the previous portfolio, which still fits a larger
// budget, so the scores never decrease; each point has its own limits.
// Factors must be finite, in [0, 1000], at most 1000 of them; points come
// back in the order of `factors`.
struct FrontierPoint {
  double factor = 1;
  double total_budget = 0; // sum of the scaled yearly budgets
  PortfolioResult result;
};

std::vector<FrontierPoint> portfolio_frontier(const PortfolioProblem& problem,
                                              const std::vector<double>& factors,
                                              const PortfolioOptions& options = {});

// The frontier in steps, point after point (see PortfolioRun).
class FrontierRun {
public:
  FrontierRun(const PortfolioProblem& problem, const std::vector<double>& factors,
              const PortfolioOptions& options = {});
  ~FrontierRun();
  FrontierRun(const FrontierRun&) = delete;
  FrontierRun& operator=(const FrontierRun&) = delete;

  bool advance(double slice_ms);
  bool done() const { return next_ == order_.size(); }
  std::size_t solved() const { return next_; }
  const std::vector<FrontierPoint>& points() const { return points_; } // final once done()

private:
  PortfolioProblem problem_;
  PortfolioOptions options_;
  std::vector<FrontierPoint> points_;
  std::vector<std::size_t> order_; // by factor, smallest first
  std::size_t next_ = 0;
  std::unique_ptr<PortfolioRun> current_;
};

// 0.25, 0.5, ..., 2: a grid that contains the current budget (factor 1).
std::vector<double> default_frontier_factors();

} // namespace rumbo::scoring
