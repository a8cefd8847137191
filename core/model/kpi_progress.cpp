#include "core/model/kpi_progress.h"

#include "core/stable_sort.h"

#include <algorithm>

namespace rumbo {

std::vector<const EvaluationCycle*> cycles_by_date(const Workspace& ws) {
  std::vector<const EvaluationCycle*> cycles;
  for (const EvaluationCycle& cycle : ws.cycles)
    cycles.push_back(&cycle);
  stable_sort_items(cycles, [](const EvaluationCycle* a, const EvaluationCycle* b) {
    if (a->date.is_set() != b->date.is_set()) return a->date.is_set();
    return a->date < b->date;
  });
  return cycles;
}

std::optional<double> actual_of(const EvaluationCycle& cycle, KpiId kpi) {
  for (const KpiActual& actual : cycle.kpi_actuals)
    if (actual.kpi == kpi) return actual.value;
  return std::nullopt;
}

std::optional<ActionStatus> status_of(const EvaluationCycle& cycle, ActionId action) {
  for (const StatusRecord& record : cycle.statuses)
    if (record.action == action) return record.status;
  return std::nullopt;
}

std::optional<double> progress_of(const Kpi& kpi, std::optional<double> value) {
  if (!value || !kpi.baseline || !kpi.target || *kpi.target == *kpi.baseline) return std::nullopt;
  return (*value - *kpi.baseline) / (*kpi.target - *kpi.baseline);
}

std::optional<double> expected_on(const Kpi& kpi, const Date& date) {
  if (!kpi.baseline || !kpi.target || !date.is_set() || kpi.target_year <= kpi.baseline_year ||
      kpi.baseline_year == 0)
    return std::nullopt;
  const double at =
      date.year + (std::max(date.month, 1) - 1) / 12.0 + (std::max(date.day, 1) - 1) / 365.0;
  const double share = std::clamp(
      (at - (kpi.baseline_year + 0.5)) / (kpi.target_year - kpi.baseline_year), 0.0, 1.0);
  return *kpi.baseline + share * (*kpi.target - *kpi.baseline);
}

KpiLight kpi_light(const Kpi& kpi, const EvaluationCycle& cycle) {
  const std::optional<double> done = progress_of(kpi, actual_of(cycle, kpi.id));
  const std::optional<double> due = progress_of(kpi, expected_on(kpi, cycle.date));
  if (!done || !due) return KpiLight::none;
  if (*done >= *due) return KpiLight::green;
  return *done >= kAmberShare * *due ? KpiLight::amber : KpiLight::red;
}

KpiLights latest_kpi_lights(const Workspace& ws) {
  KpiLights lights;
  const EvaluationCycle* latest = nullptr;
  for (const EvaluationCycle* cycle : cycles_by_date(ws))
    if (!cycle->kpi_actuals.empty()) latest = cycle;
  if (!latest) return lights;
  lights.measured = true;
  lights.cycle_name = latest->name;
  for (const Kpi& kpi : ws.kpis) {
    switch (kpi_light(kpi, *latest)) {
    case KpiLight::green:
      ++lights.green;
      break;
    case KpiLight::amber:
      ++lights.amber;
      break;
    case KpiLight::red:
      ++lights.red;
      break;
    case KpiLight::none:
      ++lights.none;
      break;
    }
  }
  return lights;
}

} // namespace rumbo
