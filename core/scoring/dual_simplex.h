#pragma once

// The bounded dual simplex method behind the portfolio's linear relaxation
// (core/scoring/portfolio.cpp): an implementation detail, kept in its own
// file because it is a concept of its own.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace rumbo::scoring::detail {

using Clock = std::chrono::steady_clock;
inline constexpr double infinity = std::numeric_limits<double>::infinity();
inline constexpr std::size_t none = static_cast<std::size_t>(-1);

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
        b_(std::move(rhs)) {
    start_.push_back(0);
    std::vector<std::vector<std::pair<std::size_t, double>>> by_row(m_);
    for (std::size_t j = 0; j < n_; ++j) {
      for (const Entry& entry : columns[j]) {
        row_.push_back(entry.row);
        value_.push_back(entry.value);
        by_row[entry.row].push_back({j, entry.value});
      }
      start_.push_back(row_.size());
    }
    row_start_.push_back(0);
    for (const auto& row : by_row) {
      for (const auto& [column, value] : row) {
        row_column_.push_back(column);
        row_value_.push_back(value);
      }
      row_start_.push_back(row_column_.size());
    }
    c_.assign(total_, 0);
    std::copy(cost.begin(), cost.end(), c_.begin());
    lo_.assign(total_, 0);
    up_ = upper;
    up_.insert(up_.end(), slack_upper.begin(), slack_upper.end());
    x_.assign(total_, 0);
    d_.assign(total_, 0);
    alpha_.assign(total_, 0);
    y_.assign(m_, 0);
    work_.assign(m_, 0);
    slack_basis();
  }

  enum class Outcome { optimal, infeasible, cutoff, stalled };

  // Stops early once the objective reaches `cutoff`: the dual objective only
  // grows, so the node can no longer beat the best portfolio. Past the
  // deadline or the iteration limit it stops where it is ("stalled"), which
  // still leaves a valid lower_bound().
  Outcome solve(double cutoff, std::size_t iterations = none) {
    iterations = std::min(iterations, 20 * total_ + 100);
    for (std::size_t iteration = 0; iteration < iterations; ++iteration) {
      if (iteration % 16 == 0 && Clock::now() >= deadline_) return Outcome::stalled;
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
      double z = 0;
      for (std::size_t j = 0; j < n_; ++j)
        z += c_[j] * x_[j];
      if (z >= cutoff) return Outcome::cutoff;
    }
    return Outcome::stalled;
  }

  // A lower bound on the objective over the current box, valid for any
  // multipliers y (Lagrangian duality): y·b + Σ_j min(d_j lo_j, d_j up_j),
  // with d recomputed from y; it equals the optimum at an optimal basis.
  double lower_bound() {
    recompute_dual();
    double bound = 0;
    for (std::size_t i = 0; i < m_; ++i)
      bound += y_[i] * b_[i];
    for (std::size_t j = 0; j < total_; ++j)
      bound += std::min(d_[j] * lo_[j], d_[j] * up_[j]);
    return bound;
  }

  // Recomputes the basic values and reduced costs from the inverse, and moves
  // nonbasic variables to the bound their reduced cost asks for.
  void refresh() {
    recompute_dual();
    place_nonbasic(false);
    recompute_primal();
  }

  // `quietly` leaves the basic values stale: the caller reloads a basis next.
  void set_bounds(std::size_t j, double lo, double up, bool quietly = false) {
    lo_[j] = lo;
    up_[j] = up;
    if (row_of_[j] != none) return;
    if (quietly) {
      x_[j] = std::clamp(x_[j], lo, up);
      return;
    }
    const double target = lo == up ? lo : (d_[j] < 0 ? up : lo);
    if (target != x_[j]) move_nonbasic(j, target);
  }

  // The basis, values and bounds, to come back to after probing a child.
  struct Snapshot {
    std::vector<std::size_t> head, row_of;
    std::vector<double> x, d, lo, up, binv;
    std::size_t since_refactor = 0;
  };
  void save(Snapshot& s) const {
    s.head = head_;
    s.row_of = row_of_;
    s.x = x_;
    s.d = d_;
    s.lo = lo_;
    s.up = up_;
    s.binv = binv_;
    s.since_refactor = since_refactor_;
  }
  void restore(const Snapshot& s) {
    head_ = s.head;
    row_of_ = s.row_of;
    x_ = s.x;
    d_ = s.d;
    lo_ = s.lo;
    up_ = s.up;
    binv_ = s.binv;
    since_refactor_ = s.since_refactor;
  }

  // The basic column of each row, to restart from when a queued node is
  // resumed: the parent's basis is usually a few pivots from the child's.
  std::vector<std::uint32_t> basis() const { return {head_.begin(), head_.end()}; }
  void load_basis(const std::vector<std::uint32_t>& head) {
    row_of_.assign(total_, none);
    for (std::size_t i = 0; i < m_; ++i) {
      head_[i] = head[i];
      row_of_[head_[i]] = i;
    }
    refactor();
  }

  double value(std::size_t j) const { return x_[j]; }
  double reduced_cost(std::size_t j) const { return d_[j]; }
  double lower(std::size_t j) const { return lo_[j]; }
  double upper(std::size_t j) const { return up_[j]; }

private:
  static constexpr double primal_tolerance = 1e-9;
  static constexpr double dual_tolerance = 1e-9;
  static constexpr double pivot_tolerance = 1e-9;

  std::size_t m_, n_, total_;
  Clock::time_point deadline_;
  std::vector<std::size_t> start_, row_; // A by column
  std::vector<double> value_;
  std::vector<std::size_t> row_start_, row_column_; // A by row, for the pivot row
  std::vector<double> row_value_;
  std::vector<double> b_, c_, lo_, up_, x_, d_, y_, alpha_, work_, column_;
  std::vector<std::size_t> head_, row_of_;
  std::vector<double> binv_;                             // row-major m × m
  std::vector<std::pair<std::size_t, double>> eligible_; // ratio test: column, ratio
  std::size_t since_refactor_ = 0;

  double dot(const double* v, std::size_t j) const {
    if (j >= n_) return v[j - n_];
    double sum = 0;
    for (std::size_t k = start_[j]; k < start_[j + 1]; ++k)
      sum += v[row_[k]] * value_[k];
    return sum;
  }

  // column_ = B⁻¹ a_j
  void ftran(std::size_t j) {
    column_.assign(m_, 0);
    for (std::size_t i = 0; i < m_; ++i) {
      const double* row = &binv_[i * m_];
      column_[i] = dot(row, j);
    }
  }

  void move_nonbasic(std::size_t j, double target) {
    ftran(j);
    const double step = target - x_[j];
    for (std::size_t i = 0; i < m_; ++i)
      x_[head_[i]] -= column_[i] * step;
    x_[j] = target;
  }

  void slack_basis() {
    head_.resize(m_);
    row_of_.assign(total_, none);
    binv_.assign(m_ * m_, 0);
    for (std::size_t i = 0; i < m_; ++i) {
      head_[i] = n_ + i;
      row_of_[n_ + i] = i;
      binv_[i * m_ + i] = 1;
    }
    recompute_dual();
    place_nonbasic(true);
    recompute_primal();
    since_refactor_ = 0;
  }

  void place_nonbasic(bool force) {
    for (std::size_t j = 0; j < total_; ++j) {
      if (row_of_[j] != none) continue;
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
      if (row_of_[j] != none || x_[j] == 0) continue;
      if (j >= n_)
        work_[j - n_] -= x_[j];
      else
        for (std::size_t k = start_[j]; k < start_[j + 1]; ++k)
          work_[row_[k]] -= value_[k] * x_[j];
    }
    for (std::size_t i = 0; i < m_; ++i) {
      double sum = 0;
      for (std::size_t k = 0; k < m_; ++k)
        sum += binv_[i * m_ + k] * work_[k];
      x_[head_[i]] = sum;
    }
  }

  // Row by row: y is zero on the rows whose slack is basic, most of them.
  void recompute_dual() {
    std::fill(y_.begin(), y_.end(), 0.0);
    for (std::size_t i = 0; i < m_; ++i) {
      const double cost = c_[head_[i]];
      if (cost == 0) continue;
      for (std::size_t k = 0; k < m_; ++k)
        y_[k] += cost * binv_[i * m_ + k];
    }
    std::copy(c_.begin(), c_.end(), d_.begin());
    for (std::size_t i = 0; i < m_; ++i) {
      const double price = y_[i];
      d_[n_ + i] = -price;
      if (price == 0) continue;
      for (std::size_t e = row_start_[i]; e < row_start_[i + 1]; ++e)
        d_[row_column_[e]] -= price * row_value_[e];
    }
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
    std::vector<std::size_t> structural, rows;
    std::vector<std::size_t> slot(m_, none); // row -> index in `rows`
    for (std::size_t i = 0; i < m_; ++i)
      if (head_[i] < n_) structural.push_back(i);
    for (std::size_t r = 0; r < m_; ++r)
      if (row_of_[n_ + r] == none) {
        slot[r] = rows.size();
        rows.push_back(r);
      }
    const std::size_t k = structural.size();
    if (rows.size() != k) {
      slack_basis();
      return;
    }
    std::vector<double> block(k * k, 0), inverse(k * k, 0);
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
    std::fill(binv_.begin(), binv_.end(), 0.0);
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b)
        binv_[structural[a] * m_ + rows[b]] = inverse[a * k + b];
    for (std::size_t i = 0; i < m_; ++i) {
      if (head_[i] < n_) continue;
      const std::size_t r = head_[i] - n_;
      double* row = &binv_[i * m_];
      row[r] = 1;
      for (std::size_t a = 0; a < k; ++a) {
        double coefficient = 0;
        const std::size_t j = head_[structural[a]];
        for (std::size_t e = start_[j]; e < start_[j + 1]; ++e)
          if (row_[e] == r) coefficient = value_[e];
        if (coefficient == 0) continue;
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
    std::fill(alpha_.begin(), alpha_.begin() + static_cast<std::ptrdiff_t>(n_), 0.0);
    for (std::size_t i = 0; i < m_; ++i) {
      const double weight = rho[i];
      alpha_[n_ + i] = weight;
      if (weight == 0) continue;
      for (std::size_t e = row_start_[i]; e < row_start_[i + 1]; ++e)
        alpha_[row_column_[e]] += weight * row_value_[e];
    }
    double limit = infinity;
    eligible_.clear();
    for (std::size_t j = 0; j < total_; ++j) {
      if (row_of_[j] != none || lo_[j] == up_[j]) continue;
      const double a = sign * alpha_[j];
      const bool at_lower = x_[j] == lo_[j];
      if ((at_lower && a > pivot_tolerance) || (!at_lower && a < -pivot_tolerance)) {
        const double slack = std::max(at_lower ? d_[j] : -d_[j], 0.0);
        limit = std::min(limit, (slack + dual_tolerance) / std::abs(a));
        eligible_.push_back({j, slack / std::abs(a)});
      }
    }
    std::size_t q = none;
    double largest = 0;
    for (const auto& [j, ratio] : eligible_)
      if (ratio <= limit && std::abs(alpha_[j]) > largest) {
        largest = std::abs(alpha_[j]);
        q = j;
      }
    if (q == none) return false;

    const double theta = d_[q] / alpha_[q];
    for (std::size_t j = 0; j < total_; ++j)
      if (row_of_[j] == none) d_[j] -= theta * alpha_[j];
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

    double* pivot_row = &binv_[r * m_];
    for (std::size_t k = 0; k < m_; ++k)
      pivot_row[k] /= pivot_value;
    for (std::size_t i = 0; i < m_; ++i) {
      const double factor = column_[i];
      if (i == r || factor == 0) continue;
      double* row = &binv_[i * m_];
      for (std::size_t k = 0; k < m_; ++k)
        row[k] -= factor * pivot_row[k];
    }
    head_[r] = q;
    row_of_[q] = r;
    row_of_[leaving] = none;
    ++since_refactor_;
    // The pivot element computed two ways disagrees when the inverse has drifted.
    if (std::abs(pivot_value - alpha_[q]) > 1e-9 * (1 + std::abs(pivot_value))) refactor();
    return true;
  }
};

} // namespace rumbo::scoring::detail
