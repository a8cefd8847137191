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
std::string cycle_name(const EvaluationCycle& cycle) {
  return cycle.name.empty() ? std::string(tr("monitoring.unnamed")) : cycle.name;
}

// "Ciclo 2026-I · 30/06/2026", the date in the user's locale.
std::string cycle_label(const EvaluationCycle& cycle) {
  return cycle.date.is_set() ? cycle_name(cycle) + " · " + date(cycle.date) : cycle_name(cycle);
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

} // namespace rumbo::ui::monitoring
