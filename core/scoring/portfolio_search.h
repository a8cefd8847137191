#pragma once

// The branch and bound behind select_portfolio() (core/scoring/portfolio.cpp):
// its search lives in portfolio_search.cpp, its primal heuristics in
// portfolio_heuristics.cpp.

#include "core/scoring/dual_simplex.h"
#include "core/scoring/portfolio_instance.h"
#include "core/scoring/portfolio_relaxation.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace rumbo::scoring::detail {

// Branch and bound on the open actions, one linear programme per node,
// re-optimised in place by the dual simplex. The search plunges: it dives
// into the preferred child of each branching and, once the dive is pruned,
// goes on with the deepest sibling left behind, whose parent's programme
// comes back from a snapshot (two block copies, no refactorisation), as long
// as that sibling's bound is close to the best waiting one; otherwise the
// siblings are queued and the node with the best bound is resumed from its
// parent's fixings and basis. Best bound first keeps the tree to the nodes
// whose bound beats the optimum while portfolios still improve; the plunges
// find portfolios and keep consecutive linear programmes a few pivots apart.
// A node is pruned when its bound does not beat the best portfolio by
// `margin_`; an integral optimum of its relaxation is a portfolio. Reduced
// costs fix, for a node's subtree, every action whose flip alone would sink
// the bound below the best portfolio, and the root's reduced costs do so for
// the whole search each time a better portfolio is found. The bound a child
// would reach after one long dual step (Driebeek's penalties, with bound
// flipping) fixes, without solving that child, every candidate whose other
// child cannot beat the best portfolio. The branching action is chosen by
// reliability branching (Achterberg, Koch & Martin, Branching rules
// revisited, Oper. Res. Lett. 33, 2005): both children of a candidate are
// solved until its pseudocosts (bound lost per unit of change) have been
// seen often enough to be trusted; a child that cannot beat the best
// portfolio fixes the candidate the other way. A greedy completion, a swap
// search and a neighbourhood search find good portfolios early, which is
// what makes pruning and fixing bite.
class Search {
public:
  Search(const Instance& instance, const Reduction& reduction, const PortfolioOptions& options,
         Clock::time_point deadline, bool nested = false);

  // Searches until the end, a limit, or `pause` (checked between nodes);
  // true when the search is over, false when paused: a later call goes on
  // from the node it stopped at, as if it had not paused.
  bool run(Clock::time_point pause = Clock::time_point::max());
  // Moves the time limit later, by the time the search spent paused.
  void postpone(Clock::duration pause);

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
    double first; // the child dived into; the other is left behind
    double fraction;
    double bound;
  };

  // Trust a pseudocost after this many observations (few: the penalties
  // inform the choice too); probe at most this many candidates per node, and
  // stop after this many without a better score.
  static constexpr std::size_t reliable = 4;
  static constexpr std::size_t probes = 8;
  static constexpr std::size_t lookahead = 8;
  static constexpr std::size_t probe_iterations = 100;
  // The neighbourhood search runs at the root, then at nodes 128, 256, 512...
  static constexpr std::uint64_t neighbourhood_first = 128;
  static constexpr std::uint64_t neighbourhood_nodes = 500;
  static constexpr std::size_t neighbourhood_core = 40;
  // Queued nodes take memory; past this many the search stops with its bound.
  static constexpr std::size_t open_limit = 200000;
  // A plunge goes on into a sibling whose bound is within this share of the
  // distance from the best waiting bound down to the best portfolio.
  static constexpr double plunge_share = 0.8;
  // The plunge's snapshots hold the whole programme (B⁻¹ is rows²): past
  // this many bytes, siblings are queued instead.
  static constexpr std::size_t plunge_memory = std::size_t{32} << 20;

  const Instance& instance_;
  const Reduction& reduction_;
  const PortfolioOptions& options_;
  Clock::time_point deadline_;
  Deadline clock_{deadline_};
  bool nested_;
  std::uint64_t nested_nodes_ = 0, next_neighbourhood_ = 1;
  Relaxation lp_data_;
  DualSimplex lp_;
  DualSimplex::Snapshot snapshot_; // the node's programme while its candidates are probed
  double offset_ = 0, tolerance_ = 0;
  double margin_ = 0; // what a node's bound must beat the best portfolio by
  double best_value_ = -infinity, pending_bound_ = -infinity;
  bool found_ = false;
  std::vector<unsigned char> best_;
  std::vector<Open> open_; // a heap, best bound on top
  std::uint64_t order_ = 0;
  // The siblings left behind by the current plunge, deepest last, with the
  // state of the programme at each one's parent, the largest bound among
  // plunges_[0..i], and how many global fixings there were at the snapshot.
  std::vector<Origin> plunges_;
  std::vector<DualSimplex::Snapshot> snapshots_;
  std::vector<double> plunge_best_;
  std::vector<std::uint64_t> plunge_fixings_;
  std::vector<std::uint8_t> global_; // fixings for the whole search: 0 open, 1 at 0, 2 at 1
  std::uint64_t global_fixings_ = 0; // how many have been added to global_
  std::vector<double> root_reduced_;
  std::vector<unsigned char> root_free_; // columns the root's reduced costs may fix
  double root_bound_ = infinity;
  std::vector<unsigned char> global_fixed_;
  std::vector<std::uint32_t> global_pending_;
  std::uint64_t nodes_ = 0;
  bool complete_ = false;
  bool started_ = false;
  std::optional<Origin> resume_; // the node a paused search goes on with
  Scratch scratch_;
  std::vector<std::size_t> candidates_, movable_; // evaluate's work space
  std::vector<double> gain_sum_[2];
  std::vector<std::size_t> gain_count_[2];
  double gain_all_[2] = {0, 0};
  std::size_t gain_all_count_[2] = {0, 0};
  std::vector<double> penalty_[2]; // bound lost by each side, at least (this pass's candidates)

  static std::uint32_t code(std::size_t column, double value) {
    return static_cast<std::uint32_t>(column * 2 + (value > 0.5 ? 1 : 0));
  }

  bool consider(const std::vector<unsigned char>& chosen);
  bool beaten(double bound) const { return found() && bound <= best_value_ + margin_; }
  bool late() { return clock_.passed(); }
  double cutoff() const {
    return found() ? (offset_ - best_value_ - margin_) / lp_data_.value_scale : infinity;
  }
  double to_score(double lp_objective) const {
    return offset_ - lp_objective * lp_data_.value_scale;
  }
  void restrict(std::size_t column, double lo, double up) { lp_.set_bounds(column, lo, up); }

  std::vector<std::uint8_t> fixings(const DualSimplex::Snapshot* state, std::size_t column,
                                    double value) const;
  void absorb_global_fixings();
  double best_open_bound() const { return open_.empty() ? -infinity : open_.front().bound; }
  std::optional<Origin> next_plunge();
  void leave(const Origin& sibling);
  void queue(const Origin& node, const DualSimplex::Snapshot* state);
  void queue_plunges();
  std::optional<Origin> next_open();

  void learn(std::size_t column, double side, double fraction, double parent, double child);
  double pseudocost(std::size_t column, int side) const;
  static double score(double down, double up) { return std::max(down, 1e-9) * std::max(up, 1e-9); }
  double solve_node(DualSimplex::Outcome& outcome);
  double probe(std::size_t column, double side);
  std::optional<Branch> evaluate(const Origin* origin);
  std::optional<std::size_t> choose(std::vector<std::size_t>& candidates, double bound);

  // Primal heuristics (portfolio_heuristics.cpp).
  void find_portfolio();
  void search_neighbourhood();
  bool try_add(std::vector<unsigned char>& chosen, Spending& spent, std::size_t j);
  void improve(std::vector<unsigned char> chosen);
};

} // namespace rumbo::scoring::detail
