#include "core/scoring/portfolio_search.h"

#include <cmath>

namespace rumbo::scoring::detail {
namespace {

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

} // namespace

Search::Search(const Instance& instance, const Reduction& reduction,
               const PortfolioOptions& options, Clock::time_point deadline, bool nested)
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
    penalty_[side].assign(lp_data_.action.size(), 0);
  }
  if (options.start) {
    std::vector<unsigned char> start(options.start->begin(), options.start->end());
    if (meets_constraints(instance, start)) consider(start);
  }
}

bool Search::run(Clock::time_point pause) {
  std::optional<Branch> branch;
  if (!started_) {
    started_ = true;
    branch = evaluate(nullptr);
    global_.assign(lp_data_.action.size(), 0);
    for (std::size_t c = 0; c < global_.size(); ++c)
      if (lp_.lower(c) == lp_.upper(c)) global_[c] = lp_.lower(c) > 0.5 ? 2 : 1;
  } else if (resume_) {
    const Origin origin = *resume_;
    resume_.reset();
    branch = evaluate(&origin);
  }
  for (;;) {
    Origin origin;
    if (branch) {
      origin = {branch->column, branch->first, branch->fraction, branch->bound};
      leave({branch->column, 1 - branch->first, branch->fraction, branch->bound});
      restrict(branch->column, branch->first, branch->first);
    } else {
      std::optional<Origin> next = next_plunge();
      if (!next) next = next_open();
      if (!next) {
        complete_ = true;
        return true;
      }
      origin = *next;
    }
    if (nodes_ >= options_.node_limit || late() || open_.size() + plunges_.size() > open_limit) {
      pending_bound_ = origin.parent_bound;
      for (const Origin& waiting : plunges_)
        pending_bound_ = std::max(pending_bound_, waiting.parent_bound);
      return true;
    }
    if (pause != Clock::time_point::max() && Clock::now() >= pause) {
      resume_ = origin;
      return false;
    }
    branch = evaluate(&origin);
  }
}

void Search::postpone(Clock::duration pause) {
  deadline_ += pause;
  clock_ = Deadline(deadline_);
  lp_.set_deadline(deadline_);
}

bool Search::consider(const std::vector<unsigned char>& chosen) {
  double value = 0;
  for (std::size_t j = 0; j < chosen.size(); ++j)
    if (chosen[j]) value += instance_.problem.actions[j].value;
  if (found() && value <= best_value_ + tolerance_) return false;
  found_ = true;
  best_value_ = value;
  best_ = chosen;
  const double room = (root_bound_ - best_value_ - margin_) / lp_data_.value_scale;
  for (std::size_t c = 0; c < root_reduced_.size(); ++c)
    if (root_free_[c] && !global_fixed_[c] && std::abs(root_reduced_[c]) > room) {
      global_fixed_[c] = 1;
      global_pending_.push_back(code(c, root_reduced_[c] < 0 ? 1 : 0));
    }
  return true;
}

// The fixings of a snapshot (of the programme as it stands when null),
// with `column` fixed to `value`.
std::vector<std::uint8_t> Search::fixings(const DualSimplex::Snapshot* state, std::size_t column,
                                          double value) const {
  std::vector<std::uint8_t> fixed((lp_data_.action.size() + 3) / 4, 0);
  for (std::size_t c = 0; c < lp_data_.action.size(); ++c) {
    const double lo = c == column ? value : state ? lp_.lower(*state, c) : lp_.lower(c);
    const double up = c == column ? value : state ? lp_.upper(*state, c) : lp_.upper(c);
    if (lo == up) fixed[c / 4] |= static_cast<std::uint8_t>((lo > 0.5 ? 2u : 1u) << (2 * (c % 4)));
  }
  return fixed;
}

void Search::absorb_global_fixings() {
  for (std::uint32_t fixing : global_pending_)
    global_[fixing / 2] = static_cast<std::uint8_t>(1 + fixing % 2);
  global_fixings_ += global_pending_.size();
  global_pending_.clear();
}

// The deepest sibling left by the plunge, while its bound is within
// `plunge_share` of the way from the best waiting bound (queued or left by
// the plunge) down to the best portfolio: its parent's programme comes back
// from a snapshot, with no refactorisation, and the global fixings found
// since are added. Otherwise the siblings go to the queue.
std::optional<Search::Origin> Search::next_plunge() {
  while (!plunges_.empty()) {
    const Origin node = plunges_.back();
    plunges_.pop_back();
    plunge_best_.pop_back();
    if (beaten(node.parent_bound)) continue;
    const double best =
        std::max(best_open_bound(), plunges_.empty() ? -infinity : plunge_best_.back());
    if (found() && node.parent_bound < best - plunge_share * (best - best_value_)) {
      queue(node, &snapshots_[plunges_.size()]);
      queue_plunges();
      return std::nullopt;
    }
    lp_.restore(snapshots_[plunges_.size()]);
    absorb_global_fixings();
    bool possible = true;
    const bool fixings_since = plunge_fixings_[plunges_.size()] != global_fixings_;
    for (std::size_t c = 0; c < lp_data_.action.size() && possible && fixings_since; ++c) {
      if (global_[c] == 0) continue;
      const double value = global_[c] - 1;
      if (lp_.lower(c) == lp_.upper(c))
        possible = lp_.lower(c) == value;
      else
        restrict(c, value, value);
    }
    possible = possible && (lp_.lower(node.column) != lp_.upper(node.column) ||
                            lp_.lower(node.column) == node.side);
    if (!possible) continue;
    restrict(node.column, node.side, node.side);
    return node;
  }
  return std::nullopt;
}

// Leaves the sibling of the child about to be solved on the plunge, with a
// snapshot of the programme, or in the queue once the plunge's snapshots
// would take more than `plunge_memory`.
void Search::leave(const Origin& sibling) {
  if ((plunges_.size() + 1) * lp_.snapshot_bytes() > plunge_memory) {
    queue(sibling, nullptr);
    return;
  }
  if (plunges_.size() == snapshots_.size()) {
    snapshots_.emplace_back();
    plunge_fixings_.emplace_back();
  }
  lp_.save(snapshots_[plunges_.size()]);
  plunge_fixings_[plunges_.size()] = global_fixings_;
  plunge_best_.push_back(
      std::max(plunges_.empty() ? -infinity : plunge_best_.back(), sibling.parent_bound));
  plunges_.push_back(sibling);
}

// Queues a node with its parent's fixings and basis, from a snapshot or
// from the programme as it stands (null).
void Search::queue(const Origin& node, const DualSimplex::Snapshot* state) {
  open_.push_back({node.parent_bound, ++order_, fixings(state, node.column, node.side), node,
                   state ? lp_.basis(*state) : lp_.basis()});
  std::push_heap(open_.begin(), open_.end());
}

void Search::queue_plunges() {
  for (std::size_t i = 0; i < plunges_.size(); ++i)
    queue(plunges_[i], &snapshots_[i]);
  plunges_.clear();
  plunge_best_.clear();
}

// Moves the programme to the best queued node that can still win: back to
// the global fixings (adding new ones), then its branchings. A node whose
// branching contradicts a global fixing cannot win and is dropped.
std::optional<Search::Origin> Search::next_open() {
  while (!open_.empty()) {
    std::pop_heap(open_.begin(), open_.end());
    Open node = std::move(open_.back());
    open_.pop_back();
    if (beaten(node.bound)) continue;
    absorb_global_fixings();
    // Bounds are set quietly, only where they change: the basis is loaded next.
    bool possible = true;
    for (std::size_t c = 0; c < lp_data_.action.size() && possible; ++c) {
      const unsigned fixed = node.fixed[c / 4] >> (2 * (c % 4)) & 3u;
      possible = fixed == 0 || global_[c] == 0 || fixed == global_[c];
      const unsigned state = fixed != 0 ? fixed : global_[c];
      const double lo = state == 2 ? 1 : 0, up = state == 1 ? 0 : 1;
      if (lp_.lower(c) != lo || lp_.upper(c) != up) lp_.set_bounds(c, lo, up, true);
    }
    if (!possible) continue;
    lp_.load_basis(node.basis);
    return node.origin;
  }
  return std::nullopt;
}

void Search::learn(std::size_t column, double side, double fraction, double parent, double child) {
  const int s = side > 0.5 ? 1 : 0;
  const double moved = s == 1 ? 1 - fraction : fraction;
  if (moved <= 1e-9 || !std::isfinite(child)) return;
  const double gain = std::max(0.0, parent - child) / moved;
  gain_sum_[s][column] += gain;
  ++gain_count_[s][column];
  gain_all_[s] += gain;
  ++gain_all_count_[s];
}

double Search::pseudocost(std::size_t column, int side) const {
  if (gain_count_[side][column] > 0) return gain_sum_[side][column] / gain_count_[side][column];
  return gain_all_count_[side] > 0 ? gain_all_[side] / gain_all_count_[side] : 1;
}

// The relaxation's bound with the node as it stands, or -infinity when it has no solution.
double Search::solve_node(DualSimplex::Outcome& outcome) {
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
double Search::probe(std::size_t column, double side) {
  lp_.set_bounds(column, side, side);
  const DualSimplex::Outcome outcome = lp_.solve(cutoff(), probe_iterations);
  const double bound =
      outcome == DualSimplex::Outcome::infeasible ? -infinity : to_score(lp_.lower_bound());
  lp_.restore(snapshot_);
  return bound;
}

// Solves the node (the root when `origin` is null); the branching to make,
// or none when the node is pruned or solved. Fixings found on the way
// (reduced costs, penalties, probes) stay in the bounds for the node's
// subtree.
std::optional<Search::Branch> Search::evaluate(const Origin* origin) {
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
      // A column the root has fixed sits where it was put, not where its
      // reduced cost points: that cost proves nothing about it.
      root_reduced_.resize(columns);
      root_free_.resize(columns);
      for (std::size_t c = 0; c < columns; ++c) {
        root_reduced_[c] = lp_.reduced_cost(c);
        root_free_[c] = lp_.lower(c) != lp_.upper(c);
      }
      global_fixed_.assign(columns, 0);
    }
    if (first_pass && (nodes_ == 1 || (nodes_ % 64 == 0 && !late()))) find_portfolio();
    if (first_pass && !nested_ && found() && nodes_ >= next_neighbourhood_ && !late()) {
      search_neighbourhood();
      next_neighbourhood_ = 2 * std::max<std::uint64_t>(nodes_, neighbourhood_first / 2);
    }
    first_pass = false;

    // Nonbasic variables sit on a bound: only basic ones can be fractional.
    std::vector<std::size_t>& candidates = candidates_;
    candidates.clear();
    for (std::size_t i = 0; i < lp_.rows(); ++i) {
      const std::size_t c = lp_.basic(i);
      if (c < columns && lp_.lower(c) != lp_.upper(c) &&
          std::min(lp_.value(c), 1 - lp_.value(c)) > 1e-7)
        candidates.push_back(c);
    }
    std::sort(candidates.begin(), candidates.end());
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
      // Basic variables have no reduced cost to fix them by: the movable
      // nonbasic ones are all there is to look at (a copy, as fixing
      // takes them off the list).
      movable_.assign(lp_.movable().begin(), lp_.movable().end());
      for (const std::size_t c : movable_) {
        if (c >= columns) continue;
        const double d = lp_.reduced_cost(c);
        if (std::abs(d) <= room) continue;
        const double side = d < 0 ? 1 : 0;
        moved = moved || lp_.value(c) != side;
        restrict(c, side, side);
      }
      if (moved) continue;
      candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                      [&](std::size_t c) { return lp_.lower(c) == lp_.upper(c); }),
                       candidates.end());
      if (candidates.empty()) continue;
      // A child whose bound after one long dual step cannot beat the best
      // portfolio need not be solved: the candidate is fixed the other way
      // (Driebeek's penalties, with bound flipping). The others' penalties
      // are bound losses the branching can count on.
      bool fixed = false;
      for (const std::size_t c : candidates) {
        // Without a fractional variable the candidates are nonbasic ones.
        if (!lp_.in_basis(c)) {
          penalty_[0][c] = penalty_[1][c] = 0;
          continue;
        }
        const auto [lower, upper] = lp_.bounds_if_fixed(c);
        const double down = to_score(lower), up = to_score(upper);
        if (beaten(down) && beaten(up)) return std::nullopt;
        if (beaten(down) || beaten(up)) {
          restrict(c, beaten(down) ? 1 : 0, beaten(down) ? 1 : 0);
          fixed = true;
        }
        penalty_[0][c] = bound - down;
        penalty_[1][c] = bound - up;
      }
      if (fixed) continue;
    }
    const std::optional<std::size_t> branch = choose(candidates, bound);
    if (!branch) continue;
    const double x = lp_.value(*branch);
    return Branch{*branch, x >= 0.5 ? 1.0 : 0.0, x, bound};
  }
}

// The candidate with the best score, or none when a probe fixed one (the
// node is then solved again).
std::optional<std::size_t> Search::choose(std::vector<std::size_t>& candidates, double bound) {
  auto estimate = [&](std::size_t c) {
    const double x = lp_.value(c);
    double down = pseudocost(c, 0) * x, up = pseudocost(c, 1) * (1 - x);
    if (found()) {
      down = std::max(down, penalty_[0][c]);
      up = std::max(up, penalty_[1][c]);
    }
    return score(down, up);
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

} // namespace rumbo::scoring::detail
