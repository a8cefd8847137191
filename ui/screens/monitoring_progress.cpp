// Seguimiento, "Avance de los indicadores" tab: each KPI against its target
// over the cycles, as a line with the expected pace, a sentence and a table.

#include "core/messages.h"
#include "core/model/enum_keys.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/monitoring_parts.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <utility>

namespace rumbo::ui::monitoring {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Indicators tab
//-----------------------------------------------------------------------------

void kpi_combo(const Workspace& ws, ObjectId& chosen, float width) {
  const Kpi* current = find_by_id(ws.kpis, chosen);
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##kpi", current ? current->name.c_str() : "")) {
    for (const auto& [objective, kpis] : kpis_by_objective(ws)) {
      ImGui::TextDisabled("%s", objective_title(objective).c_str());
      for (const Kpi* kpi : kpis) {
        ImGui::PushID(static_cast<int>(kpi->id.value));
        ImGui::Indent(ImGui::GetFontSize());
        if (ImGui::Selectable(kpi->name.c_str(), kpi == current)) chosen = kpi->id.value;
        ImGui::Unindent(ImGui::GetFontSize());
        ImGui::PopID();
      }
    }
    ImGui::EndCombo();
  }
}

// The last cycle (by date) that measured the KPI.
const EvaluationCycle* last_measured(const std::vector<const EvaluationCycle*>& cycles,
                                     const Kpi& kpi) {
  const EvaluationCycle* last = nullptr;
  for (const EvaluationCycle* cycle : cycles)
    if (actual_of(*cycle, kpi.id)) last = cycle;
  return last;
}

// "Va por delante / por detrás del ritmo esperado" (the KPI's light is green,
// or amber or red), or nothing when there is no way to tell.
std::optional<bool> on_track(const Kpi& kpi, const EvaluationCycle& cycle) {
  const KpiLight light = kpi_light(kpi, cycle);
  if (light == KpiLight::none) return std::nullopt;
  return light == KpiLight::green;
}

void kpi_chart(const Kpi& kpi, const std::vector<const EvaluationCycle*>& cycles) {
  int d = decimals_of(kpi);
  for (const EvaluationCycle* cycle : cycles)
    d = std::max(d, decimals_of(kpi, actual_of(*cycle, kpi.id)));
  charts::LineChart chart;
  chart.title = kpi.name;
  chart.y_axis = kpi.unit.empty() ? std::string(tr("monitoring.column.value")) : kpi.unit;
  chart.x_axis = tr("monitoring.chart_x");
  chart.format = {charts::ValueFormat::Kind::number, d, {}};
  chart.x_labels.push_back(
      kpi.baseline_year ? trf("monitoring.baseline_label", {std::to_string(kpi.baseline_year)})
                        : std::string(tr("monitoring.column.baseline")));
  charts::LineSeries measured{
      tr("monitoring.series_measured"), {kpi.baseline}, charts::Hue::blue, charts::Stroke::solid};
  charts::LineSeries expected{tr("monitoring.series_expected"),
                              {kpi.baseline},
                              charts::Hue::orange,
                              charts::Stroke::dashed};
  bool any_expected = false;
  for (const EvaluationCycle* cycle : cycles) {
    chart.x_labels.push_back(cycle_name(*cycle));
    measured.values.push_back(actual_of(*cycle, kpi.id));
    const std::optional<double> due = expected_on(kpi, cycle->date);
    any_expected = any_expected || due.has_value();
    expected.values.push_back(due);
  }
  chart.series.push_back(measured);
  if (any_expected) chart.series.push_back(expected);
  // The chart writes the target's value after its name.
  if (kpi.target)
    chart.target = charts::TargetLine{
        kpi.target_year ? trf("monitoring.target_label", {std::to_string(kpi.target_year)})
                        : std::string(tr("monitoring.target_label_no_year")),
        *kpi.target};
  charts::line_chart("##kpi_chart", chart);
}

// The chart's reading in words: where the indicator is and whether it keeps pace.
void kpi_reading(const Kpi& kpi, const std::vector<const EvaluationCycle*>& cycles) {
  const int d = decimals_of(kpi);
  const EvaluationCycle* last = last_measured(cycles, kpi);
  if (!last) {
    ImGui::TextWrapped("%s", tr("monitoring.reading_none"));
    return;
  }
  const double value = *actual_of(*last, kpi.id);
  const std::string unit = kpi.unit.empty() ? std::string() : " " + kpi.unit;
  std::string text = trf("monitoring.reading_value",
                         {cycle_name(*last), number(value, decimals_of(kpi, value)) + unit});
  if (const std::optional<double> progress = progress_of(kpi, value))
    text +=
        " " + trf("monitoring.reading_progress",
                  {percent(*progress, 0), value_text(kpi.baseline, d), value_text(kpi.target, d)});
  if (const std::optional<bool> ahead = on_track(kpi, *last)) {
    const std::string due = number(*expected_on(kpi, last->date), decimals_of(kpi, value));
    text += " " + trf(*ahead ? "monitoring.reading_ahead" : "monitoring.reading_behind", {due});
  }
  ImGui::TextWrapped("%s", text.c_str());
}

void kpi_summary(const Workspace& ws, const std::vector<const EvaluationCycle*>& cycles) {
  const float e = ImGui::GetFontSize();
  auto pace = [&](const Kpi& kpi) -> std::string {
    const EvaluationCycle* last = last_measured(cycles, kpi);
    const std::optional<bool> ahead = last ? on_track(kpi, *last) : std::nullopt;
    if (!ahead) return "—";
    return tr(*ahead ? "monitoring.pace_ahead" : "monitoring.pace_behind");
  };
  auto last_value = [&](const Kpi& kpi) -> std::optional<double> {
    const EvaluationCycle* last = last_measured(cycles, kpi);
    return last ? actual_of(*last, kpi.id) : std::nullopt;
  };
  bold_text(tr("monitoring.summary_title"));
  copy_table_button("##copy_summary", [&] {
    TextTable table;
    table.columns = {tr("monitoring.column.kpi"),      tr("monitoring.column.unit"),
                     tr("monitoring.column.baseline"), tr("monitoring.column.last_value"),
                     tr("monitoring.column.target"),   tr("monitoring.column.progress"),
                     tr("monitoring.column.pace")};
    for (const Kpi& kpi : ws.kpis) {
      const int d = decimals_of(kpi);
      const std::optional<double> progress = progress_of(kpi, last_value(kpi));
      table.rows.push_back({kpi.name, kpi.unit, value_text(kpi.baseline, d),
                            value_text(last_value(kpi), decimals_of(kpi, last_value(kpi))),
                            value_text(kpi.target, d), progress ? percent(*progress, 0) : "",
                            pace(kpi)});
    }
    return table;
  });
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##summary", 6, flags)) return;
  ImGui::TableSetupColumn(tr("monitoring.column.kpi"), ImGuiTableColumnFlags_WidthStretch, 2.6f);
  ImGui::TableSetupColumn(tr("monitoring.column.baseline"), ImGuiTableColumnFlags_WidthFixed,
                          5.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.last_value"), ImGuiTableColumnFlags_WidthFixed,
                          6 * e);
  ImGui::TableSetupColumn(tr("monitoring.column.target"), ImGuiTableColumnFlags_WidthFixed, 5 * e);
  ImGui::TableSetupColumn(tr("monitoring.column.progress"), ImGuiTableColumnFlags_WidthFixed,
                          6 * e);
  ImGui::TableSetupColumn(tr("monitoring.column.pace"), ImGuiTableColumnFlags_WidthFixed, 7 * e);
  ImGui::TableHeadersRow();
  MonitoringView& v = view();
  for (const Kpi& kpi : ws.kpis) {
    const int d = decimals_of(kpi);
    ImGui::PushID(static_cast<int>(kpi.id.value));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    // The whole row picks the KPI for the chart above; the name wraps.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float height =
        ImGui::CalcTextSize(kpi.name.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
    if (ImGui::Selectable("##pick", v.kpi == kpi.id.value,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                          ImVec2(0, height)))
      v.kpi = kpi.id.value;
    ImGui::SetCursorScreenPos(start);
    ImGui::TextWrapped("%s", kpi.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value_text(kpi.baseline, d).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value_text(last_value(kpi), decimals_of(kpi, last_value(kpi))).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value_text(kpi.target, d).c_str());
    ImGui::TableNextColumn();
    if (const std::optional<double> progress = progress_of(kpi, last_value(kpi)))
      ImGui::ProgressBar(static_cast<float>(std::clamp(*progress, 0.0, 1.0)), ImVec2(-FLT_MIN, 0),
                         percent(*progress, 0).c_str());
    else
      ImGui::TextDisabled("—");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(pace(kpi).c_str());
    ImGui::PopID();
  }
  ImGui::EndTable();
}

} // namespace

void indicators_tab(Session& session, const std::vector<const EvaluationCycle*>& cycles) {
  const Workspace& ws = *session.workspace();
  MonitoringView& v = view();
  const float e = ImGui::GetFontSize();
  if (ws.kpis.empty()) {
    ImGui::TextWrapped("%s", tr("monitoring.no_kpis"));
    return;
  }
  if (!find_by_id(ws.kpis, v.kpi)) v.kpi = ws.kpis.front().id.value;
  const Kpi& kpi = *find_by_id(ws.kpis, v.kpi);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("monitoring.choose_kpi"));
  ImGui::SameLine();
  kpi_combo(ws, v.kpi, std::min(30 * e, ImGui::GetContentRegionAvail().x));
  kpi_reading(kpi, cycles);
  kpi_chart(kpi, cycles);
  muted_text(tr("monitoring.expected_note"));
  ImGui::Spacing();
  kpi_summary(ws, cycles);
}

} // namespace rumbo::ui::monitoring
