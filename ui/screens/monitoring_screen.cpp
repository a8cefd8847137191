// Seguimiento / Monitoring: the evaluation cycles that feed the strategy
// back (step 6 of ../shared/domain.md). A cycle records, on a date, the
// measured value of each objective's indicators, the status of each action
// and the lessons learned; when it is created it freezes the prioritisation
// of that day (method, weights, ranking), so later cycles can be compared
// with it even after criteria and actions have changed.
//
// Index of this file:
// [SECTION] View state and small helpers
// [SECTION] Adding and deleting cycles
// [SECTION] Cycles tab
// [SECTION] Indicators tab
// [SECTION] Compare tab
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/messages.h"
#include "core/model/enum_keys.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/item_marks.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <utility>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] View state and small helpers
//-----------------------------------------------------------------------------

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
  std::stable_sort(cycles.begin(), cycles.end(), [](const auto* a, const auto* b) {
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
int decimals_of(const Kpi& kpi, const std::optional<double>& value = std::nullopt) {
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

template <class Change>
Command edit_cycle(Session& session, const EvaluationCycle& cycle, const std::string& field,
                   std::string subject, Change change) {
  return edit_object<EvaluationCycle>(*session.workspace(), cycle.id.value, field,
                                      std::move(subject), change);
}

//-----------------------------------------------------------------------------
// [SECTION] Adding and deleting cycles
//-----------------------------------------------------------------------------

// "Ciclo 2026-II": the year and its half, as Colombian plans report.
std::string default_name(const Date& date) {
  return trf(date.month <= 6 ? "monitoring.default_name_first" : "monitoring.default_name_second",
             {std::to_string(date.year)});
}

// A new cycle with the prioritisation of today frozen into it and the
// actions' current statuses as its starting point.
EvaluationCycle new_cycle(Session& session, const std::string& name, const Date& date) {
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  EvaluationCycle cycle;
  cycle.name = name;
  cycle.date = date;
  cycle.ranking_method = label(ws.scoring.method, language());
  // The weights the ranking used (from the AHP comparison when the
  // workspace asks for it), in the order of the criteria.
  const auto& used = scores.actions.problem.criteria;
  for (std::size_t c = 0; c < ws.criteria.size(); ++c) {
    const Criterion& criterion = ws.criteria[c];
    const double weight = c < used.size() ? used[c].weight : criterion.weight;
    cycle.frozen_weights.push_back({criterion.id, in_language(criterion.name), weight});
  }
  const scoring::RankingResult& ranking = scores.ranking;
  if (!ranking.error)
    for (std::size_t r = 0; r < ranking.ranking.size(); ++r) {
      const std::size_t alternative = ranking.ranking[r];
      if (alternative >= scores.actions.actions.size() || alternative >= ranking.scores.size())
        continue;
      const ActionId id = scores.actions.actions[alternative];
      const Action* action = find_by_id(ws.actions, id.value);
      cycle.frozen_ranking.push_back({id, action ? action->title : std::string(),
                                      static_cast<int>(r + 1), ranking.scores[alternative]});
    }
  for (const Action& action : ws.actions)
    if (action.status != ActionStatus::idea) cycle.statuses.push_back({action.id, action.status});
  return cycle;
}

void ask_to_add(const Workspace& ws) {
  MonitoringView& v = view();
  const Date now = today();
  // Two cycles in one half-year: "Ciclo 2026-II (2)".
  const std::string base = default_name(now);
  v.new_name = base;
  for (int n = 2; std::any_of(ws.cycles.begin(), ws.cycles.end(),
                              [&](const EvaluationCycle& c) { return c.name == v.new_name; });
       ++n)
    v.new_name = base + " (" + std::to_string(n) + ")";
  v.new_date = to_iso(now);
  v.open_add = true;
}

void add_dialog(Session& session) {
  MonitoringView& v = view();
  const float e = ImGui::GetFontSize();
  if (v.open_add) ImGui::OpenPopup("###add_cycle");
  v.open_add = false;
  ImGui::SetNextWindowSize(ImVec2(std::min(38 * e, ImGui::GetMainViewport()->Size.x * 0.9f), 0));
  const std::string title = std::string(tr("monitoring.add_title")) + "###add_cycle";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  const float column = 8 * e;
  field_label(tr("monitoring.column.name"), column);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##name", tr("monitoring.name_hint"), &v.new_name);
  field_label(tr("monitoring.column.date"), column);
  ImGui::SetNextItemWidth(8 * e);
  ImGui::InputTextWithHint("##date", tr("monitoring.date_hint"), &v.new_date);
  const std::optional<Date> date = parse_iso_date(v.new_date);
  const bool date_ok = date && date->is_set() && is_valid(*date);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", tr(date_ok ? "monitoring.date_format" : "monitoring.bad_date"));

  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  if (scores.ranking.error)
    ImGui::TextUnformatted(tr("monitoring.add_no_ranking"));
  else
    ImGui::TextUnformatted(
        trf("monitoring.add_freezes",
            {label(ws.scoring.method, language()), std::to_string(scores.ranking.ranking.size()),
             std::to_string(ws.criteria.size())})
            .c_str());
  ImGui::TextDisabled("%s", tr("monitoring.add_statuses"));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();

  const bool named = v.new_name.find_first_not_of(" \t") != std::string::npos;
  ImGui::BeginDisabled(!named || !date_ok);
  const bool add = ImGui::Button(tr("monitoring.add_confirm"));
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  if (add && named && date_ok) {
    Command command = add_object(ws, new_cycle(session, v.new_name, *date),
                                 trf("monitoring.subject.add", {v.new_name}));
    v.cycle = added_id(command);
    v.requested = Tab::cycles;
    session.apply(std::move(command));
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void delete_dialog(Session& session) {
  MonitoringView& v = view();
  const float e = ImGui::GetFontSize();
  if (v.open_delete) ImGui::OpenPopup("###delete_cycle");
  v.open_delete = false;
  ImGui::SetNextWindowSize(ImVec2(std::min(34 * e, ImGui::GetMainViewport()->Size.x * 0.9f), 0));
  const std::string title = std::string(tr("monitoring.delete_title")) + "###delete_cycle";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  const EvaluationCycle* cycle = find_by_id(ws.cycles, v.cycle);
  if (!cycle) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(trf("monitoring.delete_question", {cycle_name(*cycle)}).c_str());
  ImGui::TextDisabled("%s", tr("monitoring.delete_warning"));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button(tr("monitoring.delete_yes"))) {
    // Nothing refers to a cycle; the command is never refused.
    RemoveOutcome outcome = remove_objects(ws, {v.cycle}, Cascade::cascade,
                                           trf("monitoring.subject.delete", {cycle_name(*cycle)}));
    if (outcome.command) session.apply(std::move(*outcome.command));
    session.seal();
    v.cycle = 0;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Cycles tab
//-----------------------------------------------------------------------------

// The date typed as AAAA-MM-DD; applied once it is a real day.
void date_field(Session& session, const EvaluationCycle& cycle) {
  MonitoringView& v = view();
  const float e = ImGui::GetFontSize();
  std::string text = v.date_cycle == cycle.id.value ? v.date_draft : to_iso(cycle.date);
  const std::optional<Date> shown = parse_iso_date(text);
  const bool valid = shown && shown->is_set() && is_valid(*shown);
  if (!valid) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.98f, 0.85f, 0.85f, 1));
  ImGui::SetNextItemWidth(8 * e);
  const bool typed = ImGui::InputTextWithHint("##date", tr("monitoring.date_hint"), &text);
  if (!valid) ImGui::PopStyleColor();
  if (ImGui::IsItemActive()) {
    v.date_cycle = cycle.id.value;
    v.date_draft = text;
  }
  if (typed) {
    const std::optional<Date> date = parse_iso_date(text);
    if (date && date->is_set() && is_valid(*date) && *date != cycle.date)
      session.apply(edit_cycle(session, cycle, "date",
                               trf("monitoring.subject.date", {cycle_name(cycle)}),
                               [&](EvaluationCycle& c) { c.date = *date; }));
  }
  if (ImGui::IsItemDeactivated()) {
    v.date_cycle = 0;
    session.seal();
  }
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", tr(valid ? "monitoring.date_format" : "monitoring.bad_date"));
}

void kpi_actuals(Session& session, const EvaluationCycle& cycle) {
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize();
  if (ws.kpis.empty()) {
    ImGui::TextWrapped("%s", tr("monitoring.no_kpis"));
    return;
  }
  copy_table_button("##copy_actuals", [&] {
    TextTable table;
    table.columns = {tr("monitoring.column.objective"), tr("monitoring.column.kpi"),
                     tr("monitoring.column.unit"),      tr("monitoring.column.baseline"),
                     tr("monitoring.column.target"),    tr("monitoring.column.value"),
                     tr("monitoring.column.progress")};
    for (const auto& [objective, kpis] : kpis_by_objective(ws))
      for (const Kpi* kpi : kpis) {
        const int d = decimals_of(*kpi);
        const std::optional<double> value = actual_of(cycle, kpi->id);
        const std::optional<double> progress = progress_of(*kpi, value);
        table.rows.push_back({objective_title(objective), kpi->name, kpi->unit,
                              value_text(kpi->baseline, d), value_text(kpi->target, d),
                              value ? number(*value, decimals_of(*kpi, value)) : "",
                              progress ? percent(*progress, 0) : ""});
      }
    return table;
  });
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##actuals", 5, flags)) return;
  ImGui::TableSetupColumn(tr("monitoring.column.kpi"), ImGuiTableColumnFlags_WidthStretch, 2.6f);
  ImGui::TableSetupColumn(tr("monitoring.column.baseline"), ImGuiTableColumnFlags_WidthFixed,
                          6.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.target"), ImGuiTableColumnFlags_WidthFixed,
                          6.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.value"), ImGuiTableColumnFlags_WidthFixed,
                          7.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.progress"), ImGuiTableColumnFlags_WidthStretch,
                          1.0f);
  ImGui::TableHeadersRow();
  const std::string name = cycle_name(cycle);
  for (const auto& [objective, kpis] : kpis_by_objective(ws)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bold_text(objective_title(objective));
    for (const Kpi* kpi : kpis) {
      const int d = decimals_of(*kpi);
      const KpiId kpi_id = kpi->id;
      const std::optional<double> value = actual_of(cycle, kpi_id);
      ImGui::PushID(static_cast<int>(kpi_id.value));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Indent(e);
      ImGui::TextWrapped("%s", kpi->name.c_str());
      if (!kpi->unit.empty()) {
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
        muted_text(kpi->unit);
      }
      ImGui::Unindent(e);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(value_text(kpi->baseline, d).c_str());
      if (kpi->baseline_year) ImGui::TextDisabled("%d", kpi->baseline_year);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(value_text(kpi->target, d).c_str());
      if (kpi->target_year) ImGui::TextDisabled("%d", kpi->target_year);
      ImGui::TableNextColumn();
      const std::string subject = trf("monitoring.subject.actual", {kpi->name, name});
      number_field(
          session, "##value", value, decimals_of(*kpi, value),
          [&session, &cycle, kpi_id, subject](const std::optional<double>& typed) {
            return edit_cycle(session, cycle, "actual/" + std::to_string(kpi_id.value), subject,
                              [&](EvaluationCycle& c) {
                                auto at = std::find_if(
                                    c.kpi_actuals.begin(), c.kpi_actuals.end(),
                                    [&](const KpiActual& a) { return a.kpi == kpi_id; });
                                if (!typed) {
                                  if (at != c.kpi_actuals.end()) c.kpi_actuals.erase(at);
                                } else if (at != c.kpi_actuals.end()) {
                                  at->value = *typed;
                                } else {
                                  c.kpi_actuals.push_back({kpi_id, *typed});
                                }
                              });
          },
          ImGui::GetContentRegionAvail().x);
      ImGui::TableNextColumn();
      if (const std::optional<double> progress = progress_of(*kpi, value)) {
        ImGui::ProgressBar(static_cast<float>(std::clamp(*progress, 0.0, 1.0)), ImVec2(-FLT_MIN, 0),
                           percent(*progress, 0).c_str());
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
          ImGui::SetTooltip("%s", tr("monitoring.progress_hint"));
      } else {
        ImGui::TextDisabled("—");
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

void action_statuses(Session& session, const EvaluationCycle& cycle) {
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize();
  if (ws.actions.empty()) {
    ImGui::TextWrapped("%s", tr("monitoring.no_actions"));
    return;
  }
  const std::string name = cycle_name(cycle);
  if (ImGui::Button(tr("monitoring.copy_current_statuses"))) {
    session.apply(edit_cycle(session, cycle, "statuses", trf("monitoring.subject.statuses", {name}),
                             [&](EvaluationCycle& c) {
                               c.statuses.clear();
                               for (const Action& action : ws.actions)
                                 if (action.status != ActionStatus::idea)
                                   c.statuses.push_back({action.id, action.status});
                             }));
    session.seal();
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("monitoring.copy_current_hint"));
  ImGui::SameLine();
  copy_table_button("##copy_statuses", [&] {
    TextTable table;
    table.columns = {tr("monitoring.column.action"), tr("monitoring.column.status_now"),
                     tr("monitoring.column.status_cycle")};
    for (const Action& action : ws.actions) {
      const std::optional<ActionStatus> recorded = status_of(cycle, action.id);
      table.rows.push_back({action.title, label(action.status, language()),
                            recorded ? label(*recorded, language()) : ""});
    }
    return table;
  });
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##statuses", 3, flags)) return;
  ImGui::TableSetupColumn(tr("monitoring.column.action"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(tr("monitoring.column.status_now"), ImGuiTableColumnFlags_WidthFixed,
                          8 * e);
  ImGui::TableSetupColumn(tr("monitoring.column.status_cycle"), ImGuiTableColumnFlags_WidthFixed,
                          10 * e);
  ImGui::TableHeadersRow();
  const std::size_t statuses = enum_keys<ActionStatus>().size();
  for (const Action& action : ws.actions) {
    const ActionId action_id = action.id;
    const std::optional<ActionStatus> recorded = status_of(cycle, action_id);
    ImGui::PushID(static_cast<int>(action_id.value));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", action.title.c_str());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", label(action.status, language()).c_str());
    ImGui::TableNextColumn();
    std::optional<std::optional<ActionStatus>> chosen;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string preview =
        recorded ? label(*recorded, language()) : std::string(tr("monitoring.no_record"));
    if (ImGui::BeginCombo("##status", preview.c_str())) {
      if (ImGui::Selectable(tr("monitoring.no_record"), !recorded))
        chosen = std::optional<ActionStatus>();
      for (std::size_t s = 0; s < statuses; ++s) {
        const auto status = static_cast<ActionStatus>(s);
        if (ImGui::Selectable(label(status, language()).c_str(), recorded == status))
          chosen = status;
      }
      ImGui::EndCombo();
    }
    if (chosen && *chosen != recorded) {
      const std::optional<ActionStatus> status = *chosen;
      session.apply(edit_cycle(
          session, cycle, "status/" + std::to_string(action_id.value),
          trf("monitoring.subject.status", {action.title, name}), [&](EvaluationCycle& c) {
            auto at = std::find_if(c.statuses.begin(), c.statuses.end(),
                                   [&](const StatusRecord& r) { return r.action == action_id; });
            if (!status) {
              if (at != c.statuses.end()) c.statuses.erase(at);
            } else if (at != c.statuses.end()) {
              at->status = *status;
            } else {
              c.statuses.push_back({action_id, *status});
            }
          }));
      session.seal();
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
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

void frozen_prioritisation(const EvaluationCycle& cycle) {
  const float e = ImGui::GetFontSize();
  muted_text(trf("monitoring.frozen_intro",
                 {cycle.ranking_method.empty() ? std::string("—") : cycle.ranking_method}));
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  const bool side_by_side = ImGui::GetContentRegionAvail().x >= 46 * e;
  if (side_by_side) {
    ImGui::BeginTable("##frozen_layout", 2, ImGuiTableFlags_SizingStretchProp);
    ImGui::TableSetupColumn("##ranking", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("##weights", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
  }
  bold_text(tr("monitoring.frozen_ranking"));
  if (cycle.frozen_ranking.empty()) {
    ImGui::TextDisabled("%s", tr("monitoring.frozen_none"));
  } else {
    copy_table_button("##copy_frozen_ranking", [&] {
      TextTable table;
      table.columns = {tr("monitoring.column.rank"), tr("monitoring.column.action"),
                       tr("monitoring.column.score")};
      for (const FrozenRank& r : cycle.frozen_ranking)
        table.rows.push_back({std::to_string(r.rank), r.title, number(r.score, 3)});
      return table;
    });
    if (ImGui::BeginTable("##frozen_ranking", 3, flags)) {
      ImGui::TableSetupColumn(tr("monitoring.column.rank"), ImGuiTableColumnFlags_WidthFixed,
                              3.5f * e);
      ImGui::TableSetupColumn(tr("monitoring.column.action"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(tr("monitoring.column.score"), ImGuiTableColumnFlags_WidthFixed,
                              5 * e);
      ImGui::TableHeadersRow();
      for (const FrozenRank& r : cycle.frozen_ranking) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.rank);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", r.title.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(number(r.score, 3).c_str());
      }
      ImGui::EndTable();
    }
  }
  if (side_by_side)
    ImGui::TableNextColumn();
  else
    ImGui::Spacing();
  bold_text(tr("monitoring.frozen_weights"));
  if (cycle.frozen_weights.empty()) {
    ImGui::TextDisabled("%s", tr("monitoring.frozen_none"));
  } else {
    const std::vector<double> share = shares(cycle.frozen_weights);
    copy_table_button("##copy_frozen_weights", [&] {
      TextTable table;
      table.columns = {tr("monitoring.column.criterion"), tr("monitoring.column.weight"),
                       tr("monitoring.column.share")};
      for (std::size_t i = 0; i < cycle.frozen_weights.size(); ++i)
        table.rows.push_back({cycle.frozen_weights[i].name,
                              number(cycle.frozen_weights[i].weight, 2), percent(share[i], 1)});
      return table;
    });
    if (ImGui::BeginTable("##frozen_weights", 2, flags)) {
      ImGui::TableSetupColumn(tr("monitoring.column.criterion"),
                              ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(tr("monitoring.column.share"), ImGuiTableColumnFlags_WidthFixed,
                              5 * e);
      ImGui::TableHeadersRow();
      for (std::size_t i = 0; i < cycle.frozen_weights.size(); ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", cycle.frozen_weights[i].name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(percent(share[i], 1).c_str());
      }
      ImGui::EndTable();
    }
  }
  if (side_by_side) ImGui::EndTable();
}

void cycles_tab(Session& session, const std::vector<const EvaluationCycle*>& cycles) {
  MonitoringView& v = view();
  const float e = ImGui::GetFontSize();
  if (!find_by_id(session.workspace()->cycles, v.cycle)) v.cycle = cycles.back()->id.value;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("monitoring.choose_cycle"));
  ImGui::SameLine();
  cycle_combo("##cycle", cycles, v.cycle, 20 * e);
  ImGui::SameLine();
  if (ImGui::Button(tr("monitoring.delete_cycle"))) v.open_delete = true;
  // Copied: a field's command replaces the workspace's cycle.
  const EvaluationCycle cycle = *find_by_id(session.workspace()->cycles, v.cycle);
  const std::string name = cycle_name(cycle);

  const float column = 6 * e;
  field_label(tr("monitoring.column.name"), column);
  text_field(
      session, "##cycle_name", cycle.name,
      [&session, &cycle](const std::string& typed) {
        return edit_cycle(session, cycle, "name",
                          trf("monitoring.subject.name", {cycle_name(cycle)}),
                          [&](EvaluationCycle& c) { c.name = typed; });
      },
      20 * e);
  ImGui::SameLine(0, 2 * e);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("monitoring.column.date"));
  ImGui::SameLine();
  date_field(session, cycle);
  ImGui::Spacing();

  std::size_t measured = 0;
  for (const Kpi& kpi : session.workspace()->kpis)
    if (actual_of(cycle, kpi.id)) ++measured;
  const std::string kpis_header =
      trf("monitoring.section.kpis",
          {std::to_string(measured), std::to_string(session.workspace()->kpis.size())}) +
      "###kpis";
  if (ImGui::CollapsingHeader(kpis_header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    muted_text(tr("monitoring.kpis_intro"));
    kpi_actuals(session, cycle);
    ImGui::Spacing();
  }
  const std::string statuses_header =
      trf("monitoring.section.statuses", {std::to_string(cycle.statuses.size()),
                                          std::to_string(session.workspace()->actions.size())}) +
      "###statuses";
  if (ImGui::CollapsingHeader(statuses_header.c_str())) {
    action_statuses(session, cycle);
    ImGui::Spacing();
  }
  if (ImGui::CollapsingHeader(
          (std::string(tr("monitoring.section.lessons")) + "###lessons").c_str(),
          ImGuiTreeNodeFlags_DefaultOpen)) {
    muted_text(tr("monitoring.lessons_hint"));
    text_area(
        session, "##lessons", cycle.lessons, [&session, &cycle, name](const std::string& typed) {
          return edit_cycle(session, cycle, "lessons", trf("monitoring.subject.lessons", {name}),
                            [&](EvaluationCycle& c) { c.lessons = typed; });
        });
    ImGui::Spacing();
  }
  if (ImGui::CollapsingHeader((std::string(tr("monitoring.section.frozen")) + "###frozen").c_str()))
    frozen_prioritisation(cycle);
}

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

// "Va por delante / por detrás del ritmo esperado", or nothing when there is
// no way to tell.
std::optional<bool> on_track(const Kpi& kpi, const EvaluationCycle& cycle) {
  const std::optional<double> value = actual_of(cycle, kpi.id);
  const std::optional<double> expected = expected_on(kpi, cycle.date);
  const std::optional<double> done = progress_of(kpi, value), due = progress_of(kpi, expected);
  if (!done || !due) return std::nullopt;
  return *done >= *due;
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

//-----------------------------------------------------------------------------
// [SECTION] Compare tab
//-----------------------------------------------------------------------------

const FrozenRank* rank_in(const EvaluationCycle& cycle, ActionId action) {
  for (const FrozenRank& r : cycle.frozen_ranking)
    if (r.action == action) return &r;
  return nullptr;
}

// A rank change in words and colour: "sube 2", "baja 1", "=".
void rank_change(const FrozenRank* before, const FrozenRank* after) {
  if (!before) {
    ImGui::TextColored(ImColor(charts::colour(charts::Hue::blue)), "%s", tr("monitoring.entered"));
  } else if (!after) {
    ImGui::TextDisabled("%s", tr("monitoring.left"));
  } else if (after->rank < before->rank) {
    ImGui::TextColored(ImColor(charts::colour(charts::Hue::bluish_green)), "%s",
                       trf("monitoring.up", {std::to_string(before->rank - after->rank)}).c_str());
  } else if (after->rank > before->rank) {
    ImGui::TextColored(
        ImColor(charts::colour(charts::Hue::vermillion)), "%s",
        trf("monitoring.down", {std::to_string(after->rank - before->rank)}).c_str());
  } else {
    ImGui::TextDisabled("=");
  }
}

// The actions of either frozen ranking: the later one's order first, then
// those that left it.
std::vector<std::pair<ActionId, std::string>> ranked_actions(const EvaluationCycle& a,
                                                             const EvaluationCycle& b) {
  std::vector<std::pair<ActionId, std::string>> actions;
  for (const FrozenRank& r : b.frozen_ranking)
    actions.push_back({r.action, r.title});
  for (const FrozenRank& r : a.frozen_ranking)
    if (!rank_in(b, r.action)) actions.push_back({r.action, r.title});
  return actions;
}

struct WeightRow {
  std::string name;
  std::optional<double> before, after; // shares of the total
};

std::vector<WeightRow> weight_rows(const EvaluationCycle& a, const EvaluationCycle& b) {
  std::vector<WeightRow> rows;
  const std::vector<double> sa = shares(a.frozen_weights), sb = shares(b.frozen_weights);
  for (std::size_t i = 0; i < b.frozen_weights.size(); ++i)
    rows.push_back({b.frozen_weights[i].name, std::nullopt, sb[i]});
  for (std::size_t i = 0; i < a.frozen_weights.size(); ++i) {
    auto same = std::find_if(rows.begin(), rows.end(), [&](const WeightRow& row) {
      for (std::size_t j = 0; j < b.frozen_weights.size(); ++j)
        if (b.frozen_weights[j].name == row.name)
          return b.frozen_weights[j].criterion == a.frozen_weights[i].criterion;
      return false;
    });
    if (same != rows.end())
      same->before = sa[i];
    else
      rows.push_back({a.frozen_weights[i].name, sa[i], std::nullopt});
  }
  return rows;
}

// Changes below half a percentage point are rounding, not decisions.
constexpr double kWeightNoise = 0.005;

void compare_summary(const Workspace& ws, const EvaluationCycle& a, const EvaluationCycle& b) {
  std::vector<std::string> lines;
  // Method.
  if (a.ranking_method == b.ranking_method)
    lines.push_back(trf("monitoring.cmp.same_method", {a.ranking_method}));
  else
    lines.push_back(trf("monitoring.cmp.method_changed", {a.ranking_method, b.ranking_method}));
  // Ranking.
  if (!a.frozen_ranking.empty() && !b.frozen_ranking.empty()) {
    const FrozenRank& first_a =
        *std::min_element(a.frozen_ranking.begin(), a.frozen_ranking.end(),
                          [](const FrozenRank& x, const FrozenRank& y) { return x.rank < y.rank; });
    const FrozenRank& first_b =
        *std::min_element(b.frozen_ranking.begin(), b.frozen_ranking.end(),
                          [](const FrozenRank& x, const FrozenRank& y) { return x.rank < y.rank; });
    if (first_a.action == first_b.action)
      lines.push_back(trf("monitoring.cmp.same_first", {first_b.title}));
    else
      lines.push_back(trf("monitoring.cmp.new_first", {first_b.title, first_a.title}));
    int moved = 0, rise = 0, fall = 0;
    const FrozenRank *riser = nullptr, *faller = nullptr, *riser_before = nullptr,
                     *faller_before = nullptr;
    for (const FrozenRank& r : b.frozen_ranking)
      if (const FrozenRank* before = rank_in(a, r.action); before && before->rank != r.rank) {
        ++moved;
        if (before->rank - r.rank > rise)
          rise = before->rank - r.rank, riser = &r, riser_before = before;
        if (r.rank - before->rank > fall)
          fall = r.rank - before->rank, faller = &r, faller_before = before;
      }
    // Rankings frozen with a different number of actions (one cut to the
    // first ten, actions added or dropped since).
    std::size_t entered = 0, left = 0;
    for (const FrozenRank& r : b.frozen_ranking)
      if (!rank_in(a, r.action)) ++entered;
    for (const FrozenRank& r : a.frozen_ranking)
      if (!rank_in(b, r.action)) ++left;
    if (entered + left > 0)
      lines.push_back(
          trf("monitoring.cmp.entered_left", {std::to_string(entered), std::to_string(left)}));
    if (moved == 0) {
      lines.push_back(tr("monitoring.cmp.no_moves"));
    } else {
      std::string text = trf("monitoring.cmp.moves", {std::to_string(moved)});
      if (riser)
        text += " " + trf("monitoring.cmp.rose", {riser->title, std::to_string(riser_before->rank),
                                                  std::to_string(riser->rank)});
      if (faller)
        text +=
            " " + trf("monitoring.cmp.fell", {faller->title, std::to_string(faller_before->rank),
                                              std::to_string(faller->rank)});
      lines.push_back(text);
    }
  } else {
    lines.push_back(tr("monitoring.cmp.no_ranking"));
  }
  // Weights.
  const std::vector<WeightRow> weights = weight_rows(a, b);
  int changed = 0;
  const WeightRow *up = nullptr, *down = nullptr;
  for (const WeightRow& w : weights) {
    if (!w.before || !w.after || std::abs(*w.after - *w.before) < kWeightNoise) continue;
    ++changed;
    if (*w.after > *w.before && (!up || *w.after - *w.before > *up->after - *up->before)) up = &w;
    if (*w.after < *w.before && (!down || *w.before - *w.after > *down->before - *down->after))
      down = &w;
  }
  if (changed == 0) {
    lines.push_back(tr("monitoring.cmp.same_weights"));
  } else {
    std::string text = trf("monitoring.cmp.weights_changed", {std::to_string(changed)});
    if (up)
      text += " " + trf("monitoring.cmp.weight_up",
                        {up->name, percent(*up->before, 1), percent(*up->after, 1)});
    if (down)
      text += " " + trf("monitoring.cmp.weight_down",
                        {down->name, percent(*down->before, 1), percent(*down->after, 1)});
    lines.push_back(text);
  }
  // Statuses.
  std::map<ActionStatus, int> now_in;
  int status_changes = 0;
  for (const Action& action : ws.actions) {
    const std::optional<ActionStatus> sa = status_of(a, action.id), sb = status_of(b, action.id);
    if (sb && sa != sb) ++status_changes, ++now_in[*sb];
  }
  if (status_changes == 0) {
    lines.push_back(tr("monitoring.cmp.same_statuses"));
  } else {
    std::string detail;
    for (const auto& [status, count] : now_in)
      detail +=
          (detail.empty() ? "" : ", ") +
          trf("monitoring.cmp.status_count", {label(status, language()), std::to_string(count)});
    lines.push_back(
        trf("monitoring.cmp.statuses_changed", {std::to_string(status_changes), detail}));
  }
  // Indicators.
  int better = 0, worse = 0, both = 0;
  for (const Kpi& kpi : ws.kpis) {
    const std::optional<double> va = actual_of(a, kpi.id), vb = actual_of(b, kpi.id);
    if (!va || !vb) continue;
    ++both;
    const double gain = kpi.direction == Direction::lower_is_better ? *va - *vb : *vb - *va;
    if (gain > 0) ++better;
    if (gain < 0) ++worse;
  }
  if (both > 0)
    lines.push_back(trf("monitoring.cmp.kpis",
                        {std::to_string(better), std::to_string(both), std::to_string(worse)}));
  for (const std::string& line : lines) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
}

void compare_ranking(const EvaluationCycle& a, const EvaluationCycle& b) {
  const float e = ImGui::GetFontSize();
  bold_text(tr("monitoring.cmp.ranking_title"));
  const auto actions = ranked_actions(a, b);
  auto rank_text = [](const FrozenRank* r) {
    return r ? std::to_string(r->rank) : std::string("—");
  };
  auto score_text = [](const FrozenRank* r) { return r ? number(r->score, 3) : std::string("—"); };
  auto change_text = [](const FrozenRank* before, const FrozenRank* after) -> std::string {
    if (!before) return tr("monitoring.entered");
    if (!after) return tr("monitoring.left");
    return std::to_string(before->rank - after->rank);
  };
  copy_table_button("##copy_cmp_ranking", [&] {
    TextTable table;
    table.columns = {tr("monitoring.column.action"),       tr("monitoring.column.rank_before"),
                     tr("monitoring.column.rank_after"),   tr("monitoring.column.places"),
                     tr("monitoring.column.score_before"), tr("monitoring.column.score_after")};
    for (const auto& [id, title] : actions) {
      const FrozenRank *before = rank_in(a, id), *after = rank_in(b, id);
      table.rows.push_back({title, rank_text(before), rank_text(after), change_text(before, after),
                            score_text(before), score_text(after)});
    }
    return table;
  });
  if (actions.empty()) {
    ImGui::TextDisabled("%s", tr("monitoring.frozen_none"));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##cmp_ranking", 6, flags)) return;
  ImGui::TableSetupColumn(tr("monitoring.column.action"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("monitoring.column.rank_before"), ImGuiTableColumnFlags_WidthFixed,
                          5 * e);
  ImGui::TableSetupColumn(tr("monitoring.column.rank_after"), ImGuiTableColumnFlags_WidthFixed,
                          5.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.places"), ImGuiTableColumnFlags_WidthFixed,
                          4.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.score_before"), ImGuiTableColumnFlags_WidthFixed,
                          5.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.score_after"), ImGuiTableColumnFlags_WidthFixed,
                          6 * e);
  ImGui::TableHeadersRow();
  for (const auto& [id, title] : actions) {
    const FrozenRank *before = rank_in(a, id), *after = rank_in(b, id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", title.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(rank_text(before).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(rank_text(after).c_str());
    ImGui::TableNextColumn();
    rank_change(before, after);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(score_text(before).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(score_text(after).c_str());
  }
  ImGui::EndTable();
}

void compare_weights(const EvaluationCycle& a, const EvaluationCycle& b) {
  const float e = ImGui::GetFontSize();
  bold_text(tr("monitoring.cmp.weights_title"));
  const std::vector<WeightRow> rows = weight_rows(a, b);
  auto share_text = [](const std::optional<double>& s) {
    return s ? percent(*s, 1) : std::string("—");
  };
  // In percentage points, signed.
  auto change_text = [](const WeightRow& row) -> std::string {
    if (!row.before || !row.after) return "";
    const double points = 100 * (*row.after - *row.before);
    if (std::abs(points) < 100 * kWeightNoise) return "=";
    return (points > 0 ? "+" : "") + number(points, 1);
  };
  copy_table_button("##copy_cmp_weights", [&] {
    TextTable table;
    table.columns = {tr("monitoring.column.criterion"), tr("monitoring.column.share_before"),
                     tr("monitoring.column.share_after"), tr("monitoring.column.points")};
    for (const WeightRow& row : rows)
      table.rows.push_back(
          {row.name, share_text(row.before), share_text(row.after), change_text(row)});
    return table;
  });
  if (rows.empty()) {
    ImGui::TextDisabled("%s", tr("monitoring.frozen_none"));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##cmp_weights", 4, flags)) return;
  ImGui::TableSetupColumn(tr("monitoring.column.criterion"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("monitoring.column.share_before"), ImGuiTableColumnFlags_WidthFixed,
                          5 * e);
  ImGui::TableSetupColumn(tr("monitoring.column.share_after"), ImGuiTableColumnFlags_WidthFixed,
                          5.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.points"), ImGuiTableColumnFlags_WidthFixed, 6 * e);
  ImGui::TableHeadersRow();
  for (const WeightRow& row : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", row.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(share_text(row.before).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(share_text(row.after).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(change_text(row).c_str());
  }
  ImGui::EndTable();
}

void compare_statuses(const Workspace& ws, const EvaluationCycle& a, const EvaluationCycle& b) {
  MonitoringView& v = view();
  const float e = ImGui::GetFontSize();
  bold_text(tr("monitoring.cmp.statuses_title"));
  auto status_text = [](const std::optional<ActionStatus>& s) {
    return s ? label(*s, language()) : std::string(tr("monitoring.no_record"));
  };
  std::vector<const Action*> rows;
  for (const Action& action : ws.actions) {
    const bool differs = status_of(a, action.id) != status_of(b, action.id);
    const bool recorded = status_of(a, action.id) || status_of(b, action.id);
    if (differs || (v.show_unchanged && recorded)) rows.push_back(&action);
  }
  ImGui::Checkbox(tr("monitoring.cmp.show_unchanged"), &v.show_unchanged);
  ImGui::SameLine();
  copy_table_button("##copy_cmp_statuses", [&] {
    TextTable table;
    table.columns = {tr("monitoring.column.action"), tr("monitoring.column.status_before"),
                     tr("monitoring.column.status_after")};
    for (const Action* action : rows)
      table.rows.push_back({action->title, status_text(status_of(a, action->id)),
                            status_text(status_of(b, action->id))});
    return table;
  });
  if (rows.empty()) {
    ImGui::TextDisabled("%s", tr("monitoring.cmp.same_statuses"));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##cmp_statuses", 3, flags)) return;
  ImGui::TableSetupColumn(tr("monitoring.column.action"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("monitoring.column.status_before"), ImGuiTableColumnFlags_WidthFixed,
                          8.5f * e);
  ImGui::TableSetupColumn(tr("monitoring.column.status_after"), ImGuiTableColumnFlags_WidthFixed,
                          8.5f * e);
  ImGui::TableHeadersRow();
  for (const Action* action : rows) {
    const std::optional<ActionStatus> sa = status_of(a, action->id), sb = status_of(b, action->id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", action->title.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(status_text(sa).c_str());
    ImGui::TableNextColumn();
    if (sa != sb) ImGui::PushFont(font(FontRole::bold));
    ImGui::TextUnformatted(status_text(sb).c_str());
    if (sa != sb) ImGui::PopFont();
  }
  ImGui::EndTable();
}

void compare_tab(Session& session, const std::vector<const EvaluationCycle*>& cycles) {
  const Workspace& ws = *session.workspace();
  MonitoringView& v = view();
  const float e = ImGui::GetFontSize();
  if (cycles.size() < 2) {
    ImGui::TextWrapped("%s", tr("monitoring.cmp.need_two"));
    return;
  }
  // By default the last two cycles, the earlier one first.
  if (!find_by_id(ws.cycles, v.before) || !find_by_id(ws.cycles, v.after) || v.before == v.after) {
    v.before = cycles[cycles.size() - 2]->id.value;
    v.after = cycles.back()->id.value;
  }
  muted_text(tr("monitoring.cmp.intro"));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("monitoring.cmp.before"));
  ImGui::SameLine();
  const ObjectId was_before = v.before;
  if (cycle_combo("##before", cycles, v.before, 16 * e) && v.before == v.after)
    v.after = was_before; // picking the other side's cycle swaps them
  ImGui::SameLine(0, 1.5f * e);
  ImGui::TextUnformatted(tr("monitoring.cmp.after"));
  ImGui::SameLine();
  const ObjectId was_after = v.after;
  if (cycle_combo("##after", cycles, v.after, 16 * e) && v.after == v.before) v.before = was_after;
  const EvaluationCycle& a = *find_by_id(ws.cycles, v.before);
  const EvaluationCycle& b = *find_by_id(ws.cycles, v.after);
  if (a.date.is_set() && b.date.is_set() && b.date < a.date)
    muted_text(tr("monitoring.cmp.reversed"));
  ImGui::Spacing();
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextWrapped("%s",
                     trf("monitoring.cmp.what_changed", {cycle_name(a), cycle_name(b)}).c_str());
  ImGui::PopFont();
  compare_summary(ws, a, b);
  ImGui::Spacing();
  compare_ranking(a, b);
  ImGui::Spacing();
  // Side by side only where each table keeps its names readable.
  if (ImGui::GetContentRegionAvail().x >= 60 * e &&
      ImGui::BeginTable("##cmp_layout", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("##weights", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##statuses", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    compare_weights(a, b);
    ImGui::TableNextColumn();
    compare_statuses(ws, a, b);
    ImGui::EndTable();
  } else {
    compare_weights(a, b);
    ImGui::Spacing();
    compare_statuses(ws, a, b);
  }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_monitoring_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  MonitoringView& v = view();
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(tr("monitoring.title"));
  ImGui::PopFont();
  const char* add = tr("monitoring.add");
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + ImGui::GetFontSize(),
                           ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(add).x -
                               2 * ImGui::GetStyle().FramePadding.x));
  if (ImGui::Button(add)) ask_to_add(ws);
  mark_item("monitoring.add");
  muted_text(tr("monitoring.intro"));
  ImGui::Spacing();

  const std::vector<const EvaluationCycle*> cycles = by_date(ws);
  if (cycles.empty()) {
    ImGui::TextWrapped("%s", tr("monitoring.empty"));
    if (ImGui::Button(tr("monitoring.add_first"))) ask_to_add(ws);
  } else if (ImGui::BeginTabBar("##monitoring")) {
    const std::optional<Tab> wanted = std::exchange(v.requested, std::nullopt);
    auto flags = [&](Tab tab) {
      return wanted == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    };
    const std::string cycles_tab_name =
        trf("monitoring.tab.cycles", {std::to_string(cycles.size())}) + "###cycles";
    if (ImGui::BeginTabItem(cycles_tab_name.c_str(), nullptr, flags(Tab::cycles))) {
      ImGui::Spacing();
      cycles_tab(session, cycles);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(
            (std::string(tr("monitoring.tab.indicators")) + "###indicators").c_str(), nullptr,
            flags(Tab::indicators))) {
      ImGui::Spacing();
      indicators_tab(session, cycles);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem((std::string(tr("monitoring.tab.compare")) + "###compare").c_str(),
                            nullptr, flags(Tab::compare))) {
      ImGui::Spacing();
      compare_tab(session, cycles);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  add_dialog(session);
  delete_dialog(session);
}

} // namespace rumbo::ui
