#pragma once

// The Seguimiento / Monitoring screen, split by what each part shows:
// monitoring_screen.cpp (the cycles: adding, deleting, recording actuals,
// statuses and lessons; the screen itself), monitoring_progress.cpp (each
// indicator against its target over the cycles) and monitoring_compare.cpp
// (two cycles side by side). This header is what they share: the screen's
// view state and the readings of cycles they all make.

#include "core/model/kpi_progress.h"
#include "core/model/workspace.h"
#include "ui/session.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rumbo::ui::monitoring {

enum class Tab { cycles, indicators, compare };

// What the screen keeps between frames. View state only; ids that no longer
// name a cycle or KPI fall back to a sensible default when drawn.
struct MonitoringView {
  ObjectId cycle = 0;             // the cycle shown on the cycles tab
  ObjectId kpi = 0;               // the indicator on the chart
  ObjectId before = 0, after = 0; // the cycles compared
  bool show_unchanged = false;    // statuses that did not change, in the comparison
  std::optional<Tab> requested;   // a tab to bring forward on the next frame
  bool open_add = false;
  std::string new_name, new_date;
  bool open_delete = false;
  ObjectId date_cycle = 0; // the cycle whose date is being typed, and the text so far
  std::string date_draft;
};

MonitoringView& view();

std::string cycle_name(const EvaluationCycle& cycle);
// "Ciclo 2026-I · 2026-06-30"
std::string cycle_label(const EvaluationCycle& cycle);
// The decimals a KPI's numbers are written with: those its baseline, target
// and `value` need, so a column of one KPI lines up.
int decimals_of(const Kpi& kpi, const std::optional<double>& value = std::nullopt);
std::string value_text(const std::optional<double>& value, int decimals);
Date today();
// The objectives' KPIs, objective by objective; KPIs of no known objective last.
std::vector<std::pair<const Objective*, std::vector<const Kpi*>>>
kpis_by_objective(const Workspace& ws);
std::string objective_title(const Objective* objective);
// A combo of the cycles by date; true when the user picked another.
bool cycle_combo(const char* id, const std::vector<const EvaluationCycle*>& cycles,
                 ObjectId& chosen, float width);

// The tabs drawn by the other files, with the cycles by date.
void indicators_tab(Session& session, const std::vector<const EvaluationCycle*>& cycles);
void compare_tab(Session& session, const std::vector<const EvaluationCycle*>& cycles);

} // namespace rumbo::ui::monitoring
