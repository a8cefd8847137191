#pragma once

// The linear relaxation of the portfolio problem over its open actions, in
// the columns the dual simplex takes (core/scoring/dual_simplex.h).

#include "core/scoring/dual_simplex.h"
#include "core/scoring/portfolio_instance.h"

#include <cstddef>
#include <vector>

namespace rumbo::scoring::detail {

// The linear relaxation over the open actions: one row per year and for the
// staff (scaled to at most 1), per exclusive group with two or more open
// actions, per dependency between open actions (x_B - x_A <= 0) and per axis
// still short of its minimum (-Σ x <= -(minimum - forced)). `axis_only`
// keeps a single axis row, to find which minimum makes a problem infeasible.
struct Relaxation {
  std::vector<std::size_t> action; // column -> action
  std::vector<std::vector<DualSimplex::Entry>> columns;
  std::vector<double> cost, upper, rhs, slack_upper;
  double value_scale = 1;
};

Relaxation relax(const Instance& instance, const Reduction& reduction,
                 std::size_t axis_only = none);

} // namespace rumbo::scoring::detail
