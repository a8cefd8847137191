#pragma once

// How the strategy's indicators (KPIs) are doing, cycle by cycle: the facts
// the monitoring screen, the command line and the strategy document share.

#include "core/model/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace rumbo {

// The cycles from the oldest to the newest; undated ones last, in the
// workspace's order.
std::vector<const EvaluationCycle*> cycles_by_date(const Workspace& ws);

std::optional<double> actual_of(const EvaluationCycle& cycle, KpiId kpi);
std::optional<ActionStatus> status_of(const EvaluationCycle& cycle, ActionId action);

// How far `value` has gone from the baseline to the target (0 at the
// baseline, 1 at the target; either direction of improvement).
std::optional<double> progress_of(const Kpi& kpi, std::optional<double> value);

// Where a straight line from the baseline to the target would be on `date`;
// both are taken at the middle of their year.
std::optional<double> expected_on(const Kpi& kpi, const Date& date);

// A KPI's traffic light (semáforo) in a cycle, from its progress against the
// straight path from baseline to target:
//   green: at or ahead of the expected progress;
//   amber: behind it, but with at least kAmberShare of the expected progress;
//   red:   less than that;
//   none:  no value in the cycle, or no baseline, target, years or date to
//          tell (also when nothing is expected yet).
enum class KpiLight { green, amber, red, none };
inline constexpr double kAmberShare = 0.75;
KpiLight kpi_light(const Kpi& kpi, const EvaluationCycle& cycle);

// The lights of every KPI in the newest cycle that measured any.
struct KpiLights {
  bool measured = false;  // false: no cycle measured a KPI yet
  std::string cycle_name; // of that cycle
  std::size_t green = 0, amber = 0, red = 0, none = 0;
};
KpiLights latest_kpi_lights(const Workspace& ws);

} // namespace rumbo
