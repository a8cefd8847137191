#pragma once

// How far each step of the strategy has come, for the step bar: "12 of 25
// indicators filled". Counts only; the screens word them.

#include "core/model/workspace.h"

#include <cstddef>

namespace rumbo {

enum class Step {
  profile,
  diagnosis,
  readiness,
  objectives,
  actors,
  partners,
  actions,
  prioritise,
  portfolio,
  monitoring
};
inline constexpr std::size_t kStepCount = 10;

// `done` of `total` parts are filled in; `total` 0 means the step has nothing
// to fill yet (no indicators, no actions) and `done` is then a plain count.
struct StepProgress {
  std::size_t done = 0;
  std::size_t total = 0;
  bool complete() const { return total > 0 && done >= total; }
};

// What each step counts:
//  profile     the territory's name, country, region, population, plan years, title;
//  diagnosis   the four DOFA quadrants that hold at least one item;
//  readiness   indicators with a value;
//  objectives  the vision, and each objective with at least one KPI;
//  actors      actors (a count);
//  partners    partners (a count);
//  actions     actions with an axis and a cost or staff effort;
//  prioritise  scores given, of actions × criteria;
//  portfolio   plan years with a budget;
//  monitoring  evaluation cycles (a count).
StepProgress progress(const Workspace& ws, Step step);

} // namespace rumbo
