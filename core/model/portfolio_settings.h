#pragma once

#include "core/model/ids.h"

#include <optional>
#include <vector>

namespace rumbo {

// At least `minimum` chosen actions on this axis.
struct AxisMinimum {
  AxisId axis;
  int minimum = 0;
  bool operator==(const AxisMinimum&) const = default;
};

// The limits within which the portfolio of actions is chosen ("allocation of
// resources"): a budget for each year of the plan, from the profile's first
// plan year on; the staff available over the plan; minimums per axis.
struct PortfolioSettings {
  std::vector<double> budget_per_year;  // in the profile's currency; empty: no portfolio yet
  std::optional<double> staff_capacity; // person-months over the plan; none: not limited
  std::vector<AxisMinimum> axis_minimums;
  bool operator==(const PortfolioSettings&) const = default;
};

} // namespace rumbo
