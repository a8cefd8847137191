#pragma once

// The bounded dual simplex method behind the portfolio's linear relaxation
// (core/scoring/portfolio_search.h): an implementation detail, kept in its
// own file because it is a concept of its own.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

namespace rumbo::scoring::detail {

using Clock = std::chrono::steady_clock;
inline constexpr double infinity = std::numeric_limits<double>::infinity();
inline constexpr std::size_t none = static_cast<std::size_t>(-1);

// A time limit asked about often. Reading the clock is a call into
// JavaScript under wasm, so it is read at the first question and then every
// `stride` questions: at microseconds a question, a stop comes well under a
// millisecond late.
class Deadline {
public:
  explicit Deadline(Clock::time_point at) : at_(at) {}
  Clock::time_point at() const { return at_; }
  bool passed() {
    if (!passed_ && asked_++ % stride == 0) passed_ = Clock::now() >= at_;
    return passed_;
  }

private:
  static constexpr unsigned stride = 16;
  Clock::time_point at_;
  unsigned asked_ = 0;
  bool passed_ = false;
};

// min c·x  subject to  A x + s = b,  lo <= x <= up,  0 <= s <= s_max: the
// bounded dual simplex method on an explicit basis inverse (Koberstein, The
// dual simplex method, techniques for a fast and stable implementation, 2005,
// ch. 3). Every variable has two finite bounds, so a nonbasic variable can
// always sit at the bound its reduced cost asks for: any basis is dual
// feasible after placing them, which lets branch and bound change bounds in
// place and re-optimise from wherever the last node left the basis.
class DualSimplex {
public:
  struct Entry {
    std::size_t row;
    double value;
  };

  DualSimplex(const std::vector<std::vector<Entry>>& columns, const std::vector<double>& cost,
              const std::vector<double>& upper, std::vector<double> rhs,
              const std::vector<double>& slack_upper, Clock::time_point deadline)
      : m_(rhs.size()), n_(columns.size()), total_(n_ + m_), deadline_(deadline),
        b_(std::move(rhs)), values_(4 * total_ + m_ + m_ * m_, 0), indices_(2 * m_ + 3 * total_, 0),
        x_(values_.data()), d_(x_ + total_), lo_(d_ + total_), up_(lo_ + total_),
        fixed_sum_(up_ + total_), binv_(fixed_sum_ + m_), head_(indices_.data()),
        row_of_(head_ + m_), free_(row_of_ + total_), free_slot_(free_ + total_),
        binding_(free_slot_ + total_) {
    start_.push_back(0);
    for (std::size_t j = 0; j < n_; ++j) {
      for (const Entry& entry : columns[j]) {
        row_.push_back(entry.row);
        value_.push_back(entry.value);
      }
      start_.push_back(row_.size());
    }
    c_.assign(total_, 0);
    std::copy(cost.begin(), cost.end(), c_.begin());
    std::copy(upper.begin(), upper.end(), up_);
    std::copy(slack_upper.begin(), slack_upper.end(), up_ + n_);
    alpha_.assign(total_, 0);
    breaks_.resize(total_);
    eligible_.reserve(total_);
    y_.assign(m_, 0);
    work_.assign(m_, 0);
    slack_basis();
  }
  // The state lives in two blocks that the pointers below point into.
  DualSimplex(const DualSimplex&) = delete;
  DualSimplex& operator=(const DualSimplex&) = delete;

  // A search that pauses moves its time limit by the length of the pause.
  void set_deadline(Clock::time_point at) { deadline_ = Deadline(at); }

  enum class Outcome { optimal, infeasible, cutoff, stalled };

  // Stops early once the objective reaches `cutoff`: the dual objective only
  // grows, so the node can no longer beat the best portfolio. Past the
  // deadline or the iteration limit it stops where it is ("stalled"), which
  // still leaves a valid lower_bound().
  Outcome solve(double cutoff, std::size_t iterations = none) {
    iterations = std::min(iterations, 20 * total_ + 100);
    // The objective moves by step · d_q a pivot; it is summed again only
    // after a refresh has moved values.
    double z = objective();
    std::uint64_t refreshes = refreshes_;
    for (std::size_t iteration = 0; iteration < iterations; ++iteration) {
      if (deadline_.passed()) return Outcome::stalled;
      if (since_refactor_ >= std::max<std::size_t>(64, m_)) refactor();
      std::size_t r = none;
      double worst = primal_tolerance;
      for (std::size_t i = 0; i < m_; ++i) {
        const std::size_t j = head_[i];
        const double violation = std::max(lo_[j] - x_[j], x_[j] - up_[j]);
        if (violation > worst) {
          worst = violation;
          r = i;
        }
      }
      if (r == none) return Outcome::optimal;
      if (!pivot(r)) return Outcome::infeasible;
      if (refreshes != refreshes_) {
        z = objective();
        refreshes = refreshes_;
      } else {
        z += objective_change_;
      }
      if (z >= cutoff) return Outcome::cutoff;
    }
    return Outcome::stalled;
  }

  // A lower bound on the objective over the current box, valid for any
  // multipliers y (Lagrangian duality): y·b + Σ_j min(d_j lo_j, d_j up_j),
  // with d recomputed from y; it equals the optimum at an optimal basis.
  // Basic variables have d = 0; the fixed nonbasic ones add Σ d_j v_j =
  // Σ c_j v_j - y·Σ v_j a_j, from the sums kept as they are fixed.
  double lower_bound() {
    recompute_dual();
    double bound = fixed_cost_;
    for (std::size_t i = 0; i < m_; ++i)
      bound += y_[i] * (b_[i] - fixed_sum_[i]);
    for (const std::size_t j : movable())
      bound += std::min(d_[j] * lo_[j], d_[j] * up_[j]);
    return bound;
  }

  // Lower bounds on the objective with the basic variable j fixed at its
  // lower bound and at its upper bound, without re-optimising: the
  // Lagrangian bound of the multipliers y + δρ (ρ the row of B⁻¹ where j is
  // basic) at the δ best for it, found by walking the breakpoints where
  // reduced costs change sign (the long step of a dual simplex iteration
  // with bound flipping). The bound holds for any δ; the walk only picks a
  // good one. Infinity when no δ stops the bound from growing: that side has
  // no solution. Uses the multipliers and reduced costs of the last
  // lower_bound().
  std::pair<double, double> bounds_if_fixed(std::size_t j) {
    const double* rho = &binv_[row_of_[j] * m_];
    double base = fixed_cost_, through = 0; // L(δ) = base + δ(through - target) + Σ_free ...
    for (std::size_t i = 0; i < m_; ++i) {
      base += y_[i] * (b_[i] - fixed_sum_[i]);
      through += rho[i] * (b_[i] - fixed_sum_[i]);
    }
    // L's slope at δ = 0 is the value of j that the nonbasic variables
    // imply, less the target: δ > 0 raises L towards the lower bound, δ < 0
    // towards the upper. A reduced cost that changes sign as δ moves is a
    // breakpoint on one side, where the slope drops by |α_k|(up_k - lo_k).
    double level = through;
    break_count_ = 0;
    for (const std::size_t k : movable()) {
      const double a = dot(rho, k);
      alpha_[k] = a;
      level -= a * (d_[k] < 0 ? up_[k] : lo_[k]);
      if (a != 0)
        breaks_[break_count_++] = {std::abs(d_[k] / a), std::abs(a) * (up_[k] - lo_[k]),
                                   (d_[k] >= 0) == (a > 0)};
    }
    return {bound_at_best(base, through - lo_[j], level - lo_[j]),
            bound_at_best(base, through - up_[j], level - up_[j])};
  }

  // Reduced costs of the fixed variables too, which lower_bound() leaves stale.
  void recompute_reduced_costs() {
    recompute_prices();
    for (std::size_t j = 0; j < total_; ++j)
      d_[j] = row_of_[j] == absent ? reduced(j) : 0;
  }

  // Recomputes the basic values and reduced costs from the inverse, and moves
  // nonbasic variables to the bound their reduced cost asks for.
  void refresh() {
    ++refreshes_;
    recompute_dual();
    place_nonbasic(false);
    recompute_primal();
    recompute_fixed_sums();
  }

  // `quietly` leaves the basic values stale: the caller reloads a basis or
  // refreshes next, as it must after freeing a fixed variable, whose reduced
  // cost is stale.
  void set_bounds(std::size_t j, double lo, double up, bool quietly = false) {
    const bool basic = row_of_[j] != absent;
    if (!basic && lo_[j] == up_[j]) add_fixed(j, -x_[j]);
    lo_[j] = lo;
    up_[j] = up;
    if (basic) return;
    if (lo < up)
      free_insert(j);
    else
      free_erase(j);
    if (quietly) {
      x_[j] = std::clamp(x_[j], lo, up);
    } else {
      const double target = lo == up ? lo : (d_[j] < 0 ? up : lo);
      if (target != x_[j]) move_nonbasic(j, target);
    }
    if (lo == up) add_fixed(j, x_[j]);
  }

  // The basis, values and bounds, to come back to after probing a child or
  // to resume a node from its parent's state: two block copies.
  struct Snapshot {
    std::vector<double> values;
    std::vector<std::uint32_t> indices;
    std::size_t free_count = 0, binding_count = 0, since_refactor = 0;
    double fixed_cost = 0;
  };
  void save(Snapshot& s) const {
    s.values.assign(values_.begin(), values_.end());
    s.indices.assign(indices_.begin(), indices_.end());
    s.free_count = free_count_;
    s.binding_count = binding_count_;
    s.since_refactor = since_refactor_;
    s.fixed_cost = fixed_cost_;
  }
  void restore(const Snapshot& s) {
    std::copy(s.values.begin(), s.values.end(), values_.begin());
    std::copy(s.indices.begin(), s.indices.end(), indices_.begin());
    free_count_ = s.free_count;
    binding_count_ = s.binding_count;
    since_refactor_ = s.since_refactor;
    fixed_cost_ = s.fixed_cost;
  }
  std::size_t snapshot_bytes() const {
    return values_.size() * sizeof(double) + indices_.size() * sizeof(std::uint32_t);
  }
  // A snapshot's bounds and basis, for a node queued from it.
  double lower(const Snapshot& s, std::size_t j) const { return s.values[2 * total_ + j]; }
  double upper(const Snapshot& s, std::size_t j) const { return s.values[3 * total_ + j]; }
  std::vector<std::uint32_t> basis(const Snapshot& s) const {
    return {s.indices.begin(), s.indices.begin() + static_cast<std::ptrdiff_t>(m_)};
  }

  // The basic column of each row, to restart from when a queued node is
  // resumed: the parent's basis is usually a few pivots from the child's.
  std::vector<std::uint32_t> basis() const { return {head_, head_ + m_}; }
  void load_basis(const std::vector<std::uint32_t>& head) {
    std::fill(row_of_, row_of_ + total_, absent);
    for (std::size_t i = 0; i < m_; ++i) {
      head_[i] = head[i];
      row_of_[head_[i]] = static_cast<std::uint32_t>(i);
    }
    rebuild_free();
    refactor();
  }

  std::size_t rows() const { return m_; }
  std::size_t basic(std::size_t i) const { return head_[i]; }
  bool in_basis(std::size_t j) const { return row_of_[j] != absent; }
  // The nonbasic variables that are not fixed, in no particular order.
  std::span<const std::uint32_t> movable() const { return {free_, free_count_}; }
  double value(std::size_t j) const { return x_[j]; }
  double reduced_cost(std::size_t j) const { return d_[j]; }
  double lower(std::size_t j) const { return lo_[j]; }
  double upper(std::size_t j) const { return up_[j]; }

private:
  static constexpr double primal_tolerance = 1e-9;
  static constexpr double dual_tolerance = 1e-9;
  static constexpr double pivot_tolerance = 1e-9;

  static constexpr std::uint32_t absent = std::numeric_limits<std::uint32_t>::max();

  std::size_t m_, n_, total_;
  Deadline deadline_;
  std::vector<std::size_t> start_, row_; // A by column
  std::vector<double> value_;
  std::vector<double> b_, c_, y_, alpha_, work_, column_;
  // The state a snapshot copies, in two blocks: under wasm each large copy
  // is a call into JavaScript, so two copies beat ten.
  std::vector<double> values_;         // x, d, lo, up, fixed_sum, binv
  std::vector<std::uint32_t> indices_; // head, row_of, free, free_slot, binding
  double *x_, *d_, *lo_, *up_;
  // Σ v_j a_j and Σ c_j v_j over the fixed nonbasic variables (v_j their
  // value), for lower_bound(): kept up to date as variables are fixed and
  // freed, and summed afresh at each refresh.
  double* fixed_sum_;
  double fixed_cost_ = 0;
  double* binv_;                  // row-major m × m
  std::uint32_t *head_, *row_of_; // basic variable of each row; row of each variable or absent
  // The nonbasic variables that can move (lower < upper), the only ones a
  // pivot looks at, and each one's place in the list (or absent).
  // Reduced costs of fixed variables go stale between lower_bound() and
  // refresh(), which recompute them all.
  std::uint32_t *free_, *free_slot_;
  std::size_t free_count_ = 0;
  // The rows whose slack is nonbasic. B⁻¹'s column for any other row is the
  // unit vector of its slack's position (B e_p = e_r) and pivots keep it
  // exactly so: dense work on B⁻¹ runs over these columns only.
  std::uint32_t* binding_;
  std::size_t binding_count_ = 0;
  std::vector<std::pair<std::size_t, double>> eligible_; // ratio test: column, ratio
  struct Break {
    double at, weight; // |δ| where a reduced cost changes sign; the slope lost there
    bool rising;       // on the side of δ > 0
  };
  std::vector<Break> breaks_; // sized for every variable, break_count_ in use
  std::size_t break_count_ = 0;
  std::size_t since_refactor_ = 0;
  std::uint64_t refreshes_ = 0;
  std::vector<std::size_t> structural_, rows_, slot_; // refactor's work space
  std::vector<double> block_, inverse_;
  double objective_change_ = 0; // of the last pivot

  std::span<const std::uint32_t> binding() const { return {binding_, binding_count_}; }

  // bounds_if_fixed() for one side, whose slope at δ = 0 is `slope`:
  // breakpoints are passed smallest first, by selection (few are passed),
  // until the slope is no longer positive.
  double bound_at_best(double base, double through, double slope) {
    const bool rising = slope >= 0;
    slope = std::abs(slope);
    double step = 0, passed = -1;
    while (slope > 0) {
      double next = infinity, weight = 0;
      for (const Break& point : std::span<const Break>(breaks_.data(), break_count_)) {
        if (point.rising != rising || point.at <= passed) continue;
        if (point.at < next) {
          next = point.at;
          weight = point.weight;
        } else if (point.at == next) {
          weight += point.weight;
        }
      }
      if (next == infinity) break;
      step = passed = next;
      slope -= weight;
    }
    // Still rising past the last breakpoint (by more than rounding could
    // explain): the bound grows without limit.
    if (slope > 1e-7) return infinity;
    const double delta = rising ? step : -step;
    double bound = base + delta * through;
    for (const std::size_t k : movable()) {
      const double reduced = d_[k] - delta * alpha_[k];
      bound += std::min(reduced * lo_[k], reduced * up_[k]);
    }
    return bound;
  }

  void free_insert(std::size_t j) {
    if (free_slot_[j] != absent) return;
    free_slot_[j] = static_cast<std::uint32_t>(free_count_);
    free_[free_count_++] = static_cast<std::uint32_t>(j);
  }
  void free_erase(std::size_t j) {
    const std::uint32_t slot = free_slot_[j];
    if (slot == absent) return;
    const std::uint32_t last = free_[--free_count_];
    free_[slot] = last;
    free_slot_[last] = slot;
    free_slot_[j] = absent;
  }
  void rebuild_free() {
    free_count_ = 0;
    std::fill(free_slot_, free_slot_ + total_, absent);
    for (std::size_t j = 0; j < total_; ++j)
      if (row_of_[j] == absent && lo_[j] < up_[j]) free_insert(j);
  }
  void rebuild_binding() {
    binding_count_ = 0;
    for (std::size_t r = 0; r < m_; ++r)
      if (row_of_[n_ + r] == absent) binding_[binding_count_++] = static_cast<std::uint32_t>(r);
  }

  void add_fixed(std::size_t j, double value) {
    if (value == 0) return;
    fixed_cost_ += c_[j] * value;
    if (j >= n_) {
      fixed_sum_[j - n_] += value;
      return;
    }
    for (std::size_t e = start_[j]; e < start_[j + 1]; ++e)
      fixed_sum_[row_[e]] += value_[e] * value;
  }
  void recompute_fixed_sums() {
    std::fill(fixed_sum_, fixed_sum_ + m_, 0.0);
    fixed_cost_ = 0;
    for (std::size_t j = 0; j < total_; ++j)
      if (row_of_[j] == absent && lo_[j] == up_[j]) add_fixed(j, x_[j]);
  }

  // c_j - y·a_j
  double reduced(std::size_t j) const { return c_[j] - dot(y_.data(), j); }

  double objective() const {
    double z = fixed_cost_;
    for (const std::size_t j : movable())
      z += c_[j] * x_[j];
    for (std::size_t i = 0; i < m_; ++i)
      z += c_[head_[i]] * x_[head_[i]];
    return z;
  }

  double dot(const double* v, std::size_t j) const {
    if (j >= n_) return v[j - n_];
    double sum = 0;
    for (std::size_t k = start_[j]; k < start_[j + 1]; ++k)
      sum += v[row_[k]] * value_[k];
    return sum;
  }

  // column_ = B⁻¹ a_j, as Σ_e a_ej (column r_e of B⁻¹): the column of a row
  // whose slack is basic is the unit vector of the slack's position.
  void ftran(std::size_t j) {
    column_.assign(m_, 0);
    auto add = [&](std::size_t r, double a) {
      if (const std::uint32_t slack = row_of_[n_ + r]; slack != absent) {
        column_[slack] += a;
        return;
      }
      for (std::size_t i = 0; i < m_; ++i)
        column_[i] += a * binv_[i * m_ + r];
    };
    if (j >= n_) {
      add(j - n_, 1);
      return;
    }
    for (std::size_t e = start_[j]; e < start_[j + 1]; ++e)
      add(row_[e], value_[e]);
  }

  void move_nonbasic(std::size_t j, double target) {
    ftran(j);
    const double step = target - x_[j];
    for (std::size_t i = 0; i < m_; ++i)
      x_[head_[i]] -= column_[i] * step;
    x_[j] = target;
  }

  void slack_basis() {
    std::fill(row_of_, row_of_ + total_, absent);
    std::fill(binv_, binv_ + m_ * m_, 0.0);
    for (std::size_t i = 0; i < m_; ++i) {
      head_[i] = static_cast<std::uint32_t>(n_ + i);
      row_of_[n_ + i] = static_cast<std::uint32_t>(i);
      binv_[i * m_ + i] = 1;
    }
    binding_count_ = 0;
    rebuild_free();
    recompute_dual();
    place_nonbasic(true);
    recompute_primal();
    recompute_fixed_sums();
    since_refactor_ = 0;
  }

  void place_nonbasic(bool force) {
    for (std::size_t j = 0; j < total_; ++j) {
      if (row_of_[j] != absent) continue;
      double target = x_[j];
      if (lo_[j] == up_[j])
        target = lo_[j];
      else if (force || (x_[j] != lo_[j] && x_[j] != up_[j]))
        target = d_[j] < 0 ? up_[j] : lo_[j];
      else if (x_[j] == lo_[j] && d_[j] < -dual_tolerance)
        target = up_[j];
      else if (x_[j] == up_[j] && d_[j] > dual_tolerance)
        target = lo_[j];
      x_[j] = target;
    }
  }

  void recompute_primal() {
    work_ = b_;
    for (std::size_t j = 0; j < total_; ++j) {
      if (row_of_[j] != absent || x_[j] == 0) continue;
      if (j >= n_)
        work_[j - n_] -= x_[j];
      else
        for (std::size_t k = start_[j]; k < start_[j + 1]; ++k)
          work_[row_[k]] -= value_[k] * x_[j];
    }
    for (std::size_t i = 0; i < m_; ++i) {
      const double* row = &binv_[i * m_];
      double sum = head_[i] >= n_ ? work_[head_[i] - n_] : 0;
      for (const std::size_t k : binding())
        sum += row[k] * work_[k];
      x_[head_[i]] = sum;
    }
  }

  // y = c_B B⁻¹, zero on the rows whose slack is basic (their slack's
  // reduced cost, -y_i, is zero): exactly, not up to rounding.
  void recompute_prices() {
    std::fill(y_.begin(), y_.end(), 0.0);
    for (std::size_t i = 0; i < m_; ++i) {
      const double cost = c_[head_[i]];
      if (cost == 0) continue;
      const double* row = &binv_[i * m_];
      for (const std::size_t k : binding())
        y_[k] += cost * row[k];
    }
  }

  // The reduced costs of the variables that can move; those of fixed
  // variables are left as they are (see recompute_reduced_costs()).
  void recompute_dual() {
    recompute_prices();
    for (const std::size_t j : movable())
      d_[j] = reduced(j);
    for (std::size_t i = 0; i < m_; ++i)
      d_[head_[i]] = 0;
  }

  // With the rows whose slack is basic set apart, the basis is block
  // triangular, [[M, 0], [A_ST, I]], and only M (structural columns × rows
  // of nonbasic slacks, a few binding rows) needs inverting:
  // B⁻¹ = [[M⁻¹, 0], [-A_ST M⁻¹, I]]. Gauss-Jordan with partial pivoting;
  // a basis that has become singular in floating point is replaced by the
  // slack basis, which is always valid.
  void refactor() {
    since_refactor_ = 0;
    std::vector<std::size_t>& structural = structural_;
    std::vector<std::size_t>& rows = rows_;
    std::vector<std::size_t>& slot = slot_; // row -> index in `rows`
    structural.clear();
    rows.clear();
    slot.assign(m_, none);
    for (std::size_t i = 0; i < m_; ++i)
      if (head_[i] < n_) structural.push_back(i);
    for (std::size_t r = 0; r < m_; ++r)
      if (row_of_[n_ + r] == absent) {
        slot[r] = rows.size();
        rows.push_back(r);
      }
    const std::size_t k = structural.size();
    if (rows.size() != k) {
      slack_basis();
      return;
    }
    rebuild_binding();
    std::vector<double>& block = block_;
    std::vector<double>& inverse = inverse_;
    block.assign(k * k, 0);
    inverse.assign(k * k, 0);
    for (std::size_t a = 0; a < k; ++a) {
      const std::size_t j = head_[structural[a]];
      for (std::size_t e = start_[j]; e < start_[j + 1]; ++e)
        if (slot[row_[e]] != none) block[slot[row_[e]] * k + a] = value_[e];
      inverse[a * k + a] = 1;
    }
    for (std::size_t col = 0; col < k; ++col) {
      std::size_t best = col;
      for (std::size_t i = col + 1; i < k; ++i)
        if (std::abs(block[i * k + col]) > std::abs(block[best * k + col])) best = i;
      if (std::abs(block[best * k + col]) < 1e-11) {
        slack_basis();
        return;
      }
      if (best != col)
        for (std::size_t c = 0; c < k; ++c) {
          std::swap(block[best * k + c], block[col * k + c]);
          std::swap(inverse[best * k + c], inverse[col * k + c]);
        }
      const double pivot = block[col * k + col];
      for (std::size_t c = 0; c < k; ++c) {
        block[col * k + c] /= pivot;
        inverse[col * k + c] /= pivot;
      }
      for (std::size_t i = 0; i < k; ++i) {
        const double factor = block[i * k + col];
        if (i == col || factor == 0) continue;
        for (std::size_t c = 0; c < k; ++c) {
          block[i * k + c] -= factor * block[col * k + c];
          inverse[i * k + c] -= factor * inverse[col * k + c];
        }
      }
    }
    // `inverse` maps the rows in `rows` to the structural columns, in order.
    std::fill(binv_, binv_ + m_ * m_, 0.0);
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b)
        binv_[structural[a] * m_ + rows[b]] = inverse[a * k + b];
    for (std::size_t i = 0; i < m_; ++i)
      if (head_[i] >= n_) binv_[i * m_ + head_[i] - n_] = 1;
    // Column by column, each entry on a row whose slack is basic adds its
    // part of -A_ST M⁻¹ to that slack's row.
    for (std::size_t a = 0; a < k; ++a) {
      const std::size_t j = head_[structural[a]];
      for (std::size_t e = start_[j]; e < start_[j + 1]; ++e) {
        if (slot[row_[e]] != none) continue;
        double* row = &binv_[row_of_[n_ + row_[e]] * m_];
        const double coefficient = value_[e];
        for (std::size_t b = 0; b < k; ++b)
          row[rows[b]] -= coefficient * inverse[a * k + b];
      }
    }
    refresh();
  }

  // One dual simplex iteration on the basic variable of row r, which is
  // outside its bounds: it leaves at the bound it violates. The entering
  // variable comes from Harris's two-pass ratio test, which prefers large
  // pivots among near-ties. False when no variable can enter: the row cannot
  // be satisfied, so the programme is infeasible.
  bool pivot(std::size_t r) {
    const std::size_t leaving = head_[r];
    const bool below = x_[leaving] < lo_[leaving];
    const double sign = below ? -1 : 1;
    const double* rho = &binv_[r * m_];
    double limit = infinity;
    eligible_.clear();
    for (const std::size_t j : movable()) {
      alpha_[j] = dot(rho, j);
      const double a = sign * alpha_[j];
      const bool at_lower = x_[j] == lo_[j];
      if ((at_lower && a > pivot_tolerance) || (!at_lower && a < -pivot_tolerance)) {
        const double slack = std::max(at_lower ? d_[j] : -d_[j], 0.0);
        limit = std::min(limit, (slack + dual_tolerance) / std::abs(a));
        eligible_.push_back({j, slack / std::abs(a)});
      }
    }
    // Among equally large pivots the lowest index wins, whatever the order
    // of the list.
    std::size_t q = none;
    double largest = 0;
    for (const auto& [j, ratio] : eligible_) {
      const double size = std::abs(alpha_[j]);
      if (ratio <= limit && (size > largest || (size == largest && j < q))) {
        largest = size;
        q = j;
      }
    }
    if (q == none) return false;

    const double entering_cost = d_[q];
    const double theta = entering_cost / alpha_[q];
    for (const std::size_t j : movable())
      d_[j] -= theta * alpha_[j];
    d_[q] = 0;
    d_[leaving] = -theta;

    ftran(q);
    const double pivot_value = column_[r];
    const double target = below ? lo_[leaving] : up_[leaving];
    const double step = (x_[leaving] - target) / pivot_value;
    for (std::size_t i = 0; i < m_; ++i)
      x_[head_[i]] -= column_[i] * step;
    x_[q] += step;
    x_[leaving] = target;
    objective_change_ = step * entering_cost;

    // A leaving slack's row becomes binding: its unit column of B⁻¹ is
    // updated with the others. An entering slack's row stops binding: its
    // column becomes the unit vector of row r, exactly.
    if (leaving >= n_) binding_[binding_count_++] = static_cast<std::uint32_t>(leaving - n_);
    double* pivot_row = &binv_[r * m_];
    for (const std::size_t k : binding())
      pivot_row[k] /= pivot_value;
    for (std::size_t i = 0; i < m_; ++i) {
      const double factor = column_[i];
      if (i == r || factor == 0) continue;
      double* row = &binv_[i * m_];
      for (const std::size_t k : binding())
        row[k] -= factor * pivot_row[k];
    }
    if (q >= n_) {
      const std::size_t row = q - n_;
      std::uint32_t* const end = binding_ + binding_count_;
      std::uint32_t* const found = std::find(binding_, end, row);
      std::copy(found + 1, end, found);
      --binding_count_;
      for (std::size_t i = 0; i < m_; ++i)
        binv_[i * m_ + row] = i == r ? 1 : 0;
    }
    head_[r] = static_cast<std::uint32_t>(q);
    row_of_[q] = static_cast<std::uint32_t>(r);
    row_of_[leaving] = absent;
    free_erase(q);
    if (lo_[leaving] < up_[leaving])
      free_insert(leaving);
    else
      add_fixed(leaving, target);
    ++since_refactor_;
    // The pivot element computed two ways disagrees when the inverse has drifted.
    if (std::abs(pivot_value - alpha_[q]) > 1e-9 * (1 + std::abs(pivot_value))) refactor();
    return true;
  }
};

} // namespace rumbo::scoring::detail
