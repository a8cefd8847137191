// Seguimiento / Monitoring: the evaluation cycles that feed the strategy
// back (step 6 of ../shared/domain.md). A cycle records, on a date, the
// measured value of each objective's indicators, the status of each action
// and the lessons learned; when it is created it freezes the prioritisation
// of that day (method, weights, ranking), so later cycles can be compared
// with it even after criteria and actions have changed.
//
// Index of this file:
// [SECTION] Small helpers
// [SECTION] Adding and deleting cycles
// [SECTION] Cycles tab
// [SECTION] The screen
// The indicators and compare tabs are in monitoring_progress.cpp and
// monitoring_compare.cpp; what they share is in monitoring_parts.h.

#include "core/commands/edits.h"
#include "core/messages.h"
#include "core/model/cycle_comparison.h"
#include "core/model/enum_keys.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/monitoring_parts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/item_marks.h"
#include "ui/widgets/screen_heading.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <utility>

namespace rumbo::ui {
using namespace monitoring;
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

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
  cycle.ranking_method = frozen_method_key(ws.scoring.method);
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

void frozen_prioritisation(const EvaluationCycle& cycle) {
  const float e = ImGui::GetFontSize();
  muted_text(
      trf("monitoring.frozen_intro", {frozen_method_text(cycle.ranking_method, language())}));
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
    const std::vector<double> share = frozen_weight_shares(cycle);
    auto share_text = [&](std::size_t i) {
      return i < share.size() ? percent(share[i], 1) : std::string("—");
    };
    copy_table_button("##copy_frozen_weights", [&] {
      TextTable table;
      table.columns = {tr("monitoring.column.criterion"), tr("monitoring.column.weight"),
                       tr("monitoring.column.share")};
      for (std::size_t i = 0; i < cycle.frozen_weights.size(); ++i)
        table.rows.push_back({cycle.frozen_weights[i].name,
                              number(cycle.frozen_weights[i].weight, 2), share_text(i)});
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
        ImGui::TextUnformatted(share_text(i).c_str());
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

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_monitoring_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  MonitoringView& v = view();
  if (screen_title(tr("monitoring.title"), tr("monitoring.add"), "monitoring.add")) ask_to_add(ws);
  muted_text(tr("monitoring.intro"));
  ImGui::Spacing();

  const std::vector<const EvaluationCycle*> cycles = cycles_by_date(ws);
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
