#pragma once

#include "core/model/ids.h"
#include "core/model/readiness.h"

#include <optional>
#include <string>

namespace rumbo {

// The vision of the future the strategy works towards.
struct Vision {
  std::string text;
  bool operator==(const Vision&) const = default;
};

struct Objective {
  ObjectiveId id;
  std::string title;
  std::string description;
  bool operator==(const Objective&) const = default;
};

// A measurable indicator of one objective. Its actual values live in the
// evaluation cycles, one per cycle.
struct Kpi {
  KpiId id;
  ObjectiveId objective;
  std::string name;
  std::string unit;
  Direction direction = Direction::higher_is_better;
  std::optional<double> baseline;
  int baseline_year = 0;
  std::optional<double> target;
  int target_year = 0;
  bool operator==(const Kpi&) const = default;
};

} // namespace rumbo
