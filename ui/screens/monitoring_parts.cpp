#include "ui/screens/monitoring_parts.h"

#include "core/stable_sort.h"
#include "ui/text.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace rumbo::ui::monitoring {

MonitoringView& view() {
  static MonitoringView state;
  return state;
}

// The cycles from the oldest to the newest; undated ones last, in the
// workspace's order.
std::vector<const EvaluationCycle*> by_date(const Workspace& ws) {
  std::vector<const EvaluationCycle*> cycles;
  for (const EvaluationCycle& cycle : ws.cycles)
    cycles.push_back(&cycle);
  stable_sort_items(cycles, [](const EvaluationCycle* a, const EvaluationCycle* b) {
    if (a->date.is_set() != b->date.is_set()) return a->date.is_set();
    return a->date < b->date;
  });
  return cycles;
}

std::string cycle_name(const EvaluationCycle& cycle) {
  return cycle.name.empty() ? std::string(tr("monitoring.unnamed")) : cycle.name;
}

// "Ciclo 2026-I · 2026-06-30"
std::string cycle_label(const EvaluationCycle& cycle) {
  return cycle.date.is_set() ? cycle_name(cycle) + " · " + to_iso(cycle.date) : cycle_name(cycle);
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

// How far `value` has gone from the baseline to the target (0 at the
// baseline, 1 at the target; either direction of improvement).
std::optional<double> progress_of(const Kpi& kpi, std::optional<double> value) {
  if (!value || !kpi.baseline || !kpi.target || *kpi.target == *kpi.baseline) return std::nullopt;
  return (*value - *kpi.baseline) / (*kpi.target - *kpi.baseline);
}

// Where a straight line from the baseline to the target would be on `date`;
// both are taken at the middle of their year.
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

// Enough decimals for the number and no more: 418, 19,5, 0,31.
int decimals_needed(const std::optional<double>& value) {
  if (!value) return 0;
  for (int decimals = 0; decimals < 2; ++decimals) {
    const double scaled = *value * std::pow(10.0, decimals);
    if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
      return decimals;
  }
  return 2;
}

// The decimals a KPI's numbers are written with: those its baseline, target
// and `value` need, so a column of one KPI lines up.
int decimals_of(const Kpi& kpi, const std::optional<double>& value) {
  return std::max(
      {decimals_needed(kpi.baseline), decimals_needed(kpi.target), decimals_needed(value)});
}

std::string value_text(const std::optional<double>& value, int decimals) {
  return value ? number(*value, decimals) : std::string("—");
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// The objectives' KPIs, objective by objective, as the objectives screen
// lists them; KPIs of no known objective last.
std::vector<std::pair<const Objective*, std::vector<const Kpi*>>>
kpis_by_objective(const Workspace& ws) {
  std::vector<std::pair<const Objective*, std::vector<const Kpi*>>> groups;
  for (const Objective& objective : ws.objectives) {
    std::vector<const Kpi*> kpis;
    for (const Kpi& kpi : ws.kpis)
      if (kpi.objective == objective.id) kpis.push_back(&kpi);
    if (!kpis.empty()) groups.push_back({&objective, kpis});
  }
  std::vector<const Kpi*> orphans;
  for (const Kpi& kpi : ws.kpis)
    if (!find_by_id(ws.objectives, kpi.objective.value)) orphans.push_back(&kpi);
  if (!orphans.empty()) groups.push_back({nullptr, orphans});
  return groups;
}

std::string objective_title(const Objective* objective) {
  return objective ? objective->title : std::string(tr("monitoring.no_objective"));
}

// A combo of the cycles by date; true when the user picked another.
bool cycle_combo(const char* id, const std::vector<const EvaluationCycle*>& cycles,
                 ObjectId& chosen, float width) {
  const EvaluationCycle* current = nullptr;
  for (const EvaluationCycle* cycle : cycles)
    if (cycle->id.value == chosen) current = cycle;
  bool changed = false;
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, current ? cycle_label(*current).c_str() : "")) {
    for (const EvaluationCycle* cycle : cycles) {
      ImGui::PushID(static_cast<int>(cycle->id.value));
      if (ImGui::Selectable(cycle_label(*cycle).c_str(), cycle == current)) {
        changed = cycle->id.value != chosen;
        chosen = cycle->id.value;
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

// The share of each weight in the total, so weights typed on any scale
// (points, percentages, AHP's fractions) compare.
std::vector<double> shares(const std::vector<FrozenWeight>& weights) {
  double total = 0;
  for (const FrozenWeight& w : weights)
    total += w.weight;
  std::vector<double> out;
  for (const FrozenWeight& w : weights)
    out.push_back(total > 0 ? w.weight / total : 0.0);
  return out;
}

} // namespace rumbo::ui::monitoring
