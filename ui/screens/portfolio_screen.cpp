// Portafolio y hoja de ruta / Portfolio and roadmap: the "allocation of
// resources" of the strategy. The limits — a budget for each year of the
// plan, the staff available, a minimum of actions per thematic axis — and
// the best set of prioritised actions within them (core/scoring/portfolio.h:
// proven optimal, or the best found and its gap), the efficient frontier of
// score against budget, and the roadmap of the chosen actions by year.
// Scores come from the session; this screen computes none.
//
// Index of this file:
// [SECTION] Small helpers
// [SECTION] Years of the plan and the budget
// [SECTION] Limits tab
// [SECTION] Chosen actions tab
// [SECTION] Frontier tab
// [SECTION] Roadmap tab
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/files/csv_exports.h"
#include "core/messages.h"
#include "core/stable_sort.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/csv_export.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/scoring_progress.h"
#include "ui/widgets/screen_heading.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <map>
#include <numeric>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

std::string axis_name(const Workspace& ws, AxisId id) {
  const Axis* axis = find_by_id(ws.axes, id.value);
  return axis ? in_language(axis->name) : std::string(tr("portfolio.no_axis"));
}

const scoring::PortfolioResult* result_of(Session& session) {
  const scoring::WorkspaceScores& scores = session.scores();
  return scores.portfolio ? &*scores.portfolio : nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Years of the plan and the budget
//-----------------------------------------------------------------------------

// The years the budget has fields for: the profile's plan years, and any
// budget entries beyond them (the plan was shortened after the budget was
// written). Entry i of the budget is year first + i, as portfolio_problem
// (core/scoring/workspace_scoring.h) reads it.
struct PlanYears {
  int first = 0;           // 0: the profile has no plan years yet
  std::size_t in_plan = 0; // years from the profile
  std::size_t fields = 0;  // in_plan, or more when the budget is longer
};

PlanYears plan_years(const Workspace& ws) {
  PlanYears years;
  const Profile& p = ws.profile;
  if (p.plan_start_year > 0 && p.plan_end_year >= p.plan_start_year) {
    years.first = p.plan_start_year;
    years.in_plan = static_cast<std::size_t>(p.plan_end_year - p.plan_start_year + 1);
  }
  years.fields = std::max(years.in_plan, ws.portfolio.budget_per_year.size());
  return years;
}

std::string year_label(const PlanYears& years, std::size_t i) {
  return years.first ? std::to_string(years.first + static_cast<int>(i))
                     : trf("portfolio.year_n", {std::to_string(i + 1)});
}

// Sets year i's budget; a budget shorter than the plan grows to it, the
// years not yet written at zero.
Command budget_command(const Workspace& ws, const PlanYears& years, std::size_t i,
                       std::optional<double> value) {
  return edit_workspace(ws, "portfolio.budget." + std::to_string(i),
                        trf("portfolio.subject.budget", {year_label(years, i)}),
                        [&](Workspace& after) {
                          std::vector<double>& budget = after.portfolio.budget_per_year;
                          if (budget.size() < years.fields) budget.resize(years.fields, 0);
                          budget[i] = std::max(0.0, value.value_or(0));
                        });
}

// What the result says about the portfolio as a whole, in one or two sentences.
void status_line(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  if (ws.portfolio.budget_per_year.empty()) {
    ImGui::TextWrapped("%s", trf("portfolio.no_budget", {ws.profile.currency}).c_str());
    return;
  }
  if (scores.ranking.error) {
    warning_text(trf("portfolio.no_ranking", {message(*scores.ranking.error, language())}));
    return;
  }
  if (scores.portfolio_pending && !scores.portfolio) {
    scoring_progress(session, tr("portfolio.searching"));
    return;
  }
  const scoring::PortfolioResult* result = result_of(session);
  if (!result || !scores.portfolio_plan) return;
  const std::size_t candidates = scores.portfolio_plan->actions.size();
  const std::string chosen = std::to_string(result->chosen.size());
  const double cost =
      std::accumulate(result->cost_per_year.begin(), result->cost_per_year.end(), 0.0);
  const double budget = std::accumulate(ws.portfolio.budget_per_year.begin(),
                                        ws.portfolio.budget_per_year.end(), 0.0);
  ImGui::PushFont(font(FontRole::bold));
  switch (result->status) {
  case scoring::PortfolioStatus::optimal:
    ImGui::TextWrapped("%s", trf("portfolio.headline_optimal",
                                 {chosen, std::to_string(candidates), number(result->score, 2)})
                                 .c_str());
    break;
  case scoring::PortfolioStatus::limit_reached:
    ImGui::TextWrapped(
        "%s", trf("portfolio.headline_limit", {chosen, std::to_string(candidates),
                                               number(result->score, 2), percent(result->gap, 1)})
                  .c_str());
    break;
  default:
    break;
  }
  ImGui::PopFont();
  if (result->status == scoring::PortfolioStatus::optimal ||
      result->status == scoring::PortfolioStatus::limit_reached) {
    muted_text(trf("portfolio.spending",
                   {money(cost, ws.profile.currency), money(budget, ws.profile.currency)}));
    if (result->status == scoring::PortfolioStatus::optimal)
      muted_text(tr("portfolio.optimal_means"));
    else
      muted_text(tr("portfolio.limit_means"));
    return;
  }
  // No portfolio: say why, with years and axes named as the user knows them.
  std::string why;
  if (result->issue) {
    // Core's typed arguments written for this reader: amounts in the
    // workspace's currency, years and axes by their names.
    const PlanYears years = plan_years(ws);
    auto count = [](double n) { return number(n, 0); };
    auto amount = [](double x) { return number(x, x == std::floor(x) ? 0 : 2); };
    auto cash = [&](double x) { return money(x, ws.profile.currency); };
    auto year = [&](std::size_t y) { return year_label(years, y); };
    auto axis = [&](std::size_t t) {
      return t < ws.axes.size() ? in_language(ws.axes[t].name)
                                : std::string(tr("portfolio.no_axis"));
    };
    why = message(result->issue->key, language(),
                  written(result->issue->args, {count, amount, cash, year, axis}));
  }
  warning_text(std::string(tr("portfolio.no_portfolio")) + (why.empty() ? "" : " " + why));
  muted_text(tr("portfolio.no_portfolio_hint"));
}

//-----------------------------------------------------------------------------
// [SECTION] Limits tab
//-----------------------------------------------------------------------------

// One column per year: the budget (typed here), what the chosen actions
// cost that year, and what is left.
void budget_table(Session& session) {
  const Workspace& ws = *session.workspace();
  const PlanYears years = plan_years(ws);
  const scoring::PortfolioResult* result = result_of(session);
  const float e = ImGui::GetFontSize();
  bold_text(trf("portfolio.budget_heading", {ws.profile.currency}));
  if (years.fields == 0) {
    warning_text(tr("portfolio.no_plan_years"));
    return;
  }
  const std::vector<double>& budget = ws.portfolio.budget_per_year;
  const bool costs =
      result && result->cost_per_year.size() == budget.size() && !result->chosen.empty();
  std::vector<bool> binding(years.fields, false);
  if (result)
    for (const scoring::BindingLimit& limit : result->binding)
      if (limit.kind == scoring::LimitKind::budget && limit.index < binding.size())
        binding[limit.index] = true;

  // One row per year, so a plan of any length fits the width.
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
  if (ImGui::BeginTable("##budget", costs ? 4 : 2, flags)) {
    ImGui::TableSetupColumn(tr("portfolio.column.year"), ImGuiTableColumnFlags_WidthFixed, 5 * e);
    ImGui::TableSetupColumn(tr("portfolio.row.budget"), ImGuiTableColumnFlags_WidthFixed, 11 * e);
    if (costs) {
      ImGui::TableSetupColumn(tr("portfolio.row.cost"), ImGuiTableColumnFlags_WidthFixed, 10 * e);
      ImGui::TableSetupColumn(tr("portfolio.row.left"), ImGuiTableColumnFlags_WidthFixed, 10 * e);
    }
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < years.fields; ++i) {
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(year_label(years, i).c_str());
      ImGui::TableNextColumn();
      const std::optional<double> value =
          i < budget.size() ? std::optional<double>(budget[i]) : std::nullopt;
      number_field(
          session, "##budget", value, 0,
          [&session, years, i](const std::optional<double>& v) {
            return budget_command(*session.workspace(), years, i, v);
          },
          ImGui::GetContentRegionAvail().x);
      if (costs && i < result->cost_per_year.size()) {
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(number(result->cost_per_year[i], 0).c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        const std::string left = number(budget[i] - result->cost_per_year[i], 0);
        if (binding[i])
          ImGui::TextColored(ImVec4(0.70f, 0.16f, 0.0f, 1.0f), "%s", left.c_str());
        else
          ImGui::TextUnformatted(left.c_str());
        if (binding[i] && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
          ImGui::SetTooltip("%s", tr("portfolio.binding_year"));
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (costs && std::find(binding.begin(), binding.end(), true) != binding.end())
    muted_text(tr("portfolio.binding_note"));
  copy_table_button("##budget_table", [&session] {
    const Workspace& now = *session.workspace();
    const PlanYears y = plan_years(now);
    const scoring::PortfolioResult* r = result_of(session);
    TextTable table;
    table.columns = {tr("portfolio.column.year"), tr("portfolio.row.budget"),
                     tr("portfolio.row.cost"), tr("portfolio.row.left")};
    const std::vector<double>& b = now.portfolio.budget_per_year;
    for (std::size_t i = 0; i < y.fields; ++i) {
      const double value = i < b.size() ? b[i] : 0;
      const bool known = r && i < r->cost_per_year.size();
      table.rows.push_back({year_label(y, i), number(value, 0),
                            known ? number(r->cost_per_year[i], 0) : "",
                            known ? number(value - r->cost_per_year[i], 0) : ""});
    }
    return table;
  });
  if (years.fields > years.in_plan && years.in_plan > 0) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("portfolio.beyond_plan"));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("portfolio.trim_years")))
      session.apply(
          edit_workspace(ws, "portfolio.budget", tr("portfolio.trim_years"), [&](Workspace& after) {
            after.portfolio.budget_per_year.resize(years.in_plan);
          }));
  }
}

void staff_field(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::PortfolioResult* result = result_of(session);
  const float e = ImGui::GetFontSize();
  bold_text(tr("portfolio.staff_heading"));
  field_label(tr("portfolio.staff_capacity"), 16 * e);
  number_field(
      session, "##staff", ws.portfolio.staff_capacity, 0,
      [&session](const std::optional<double>& v) {
        return edit_workspace(*session.workspace(), "portfolio.staff_capacity",
                              tr("portfolio.staff_capacity"), [&](Workspace& after) {
                                after.portfolio.staff_capacity =
                                    v ? std::optional<double>(std::max(0.0, *v)) : std::nullopt;
                              });
      },
      8 * e);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (result && !result->chosen.empty() && ws.portfolio.staff_capacity)
    ImGui::TextDisabled("%s", trf("portfolio.staff_used", {number(result->staff_used, 0),
                                                           number(*ws.portfolio.staff_capacity, 0)})
                                  .c_str());
  else if (!ws.portfolio.staff_capacity)
    ImGui::TextDisabled("%s", tr("portfolio.staff_unlimited"));
  muted_text(tr("portfolio.staff_hint"));
}

void axis_minimums(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  const scoring::PortfolioResult* result = result_of(session);
  const float e = ImGui::GetFontSize();
  bold_text(tr("portfolio.axes_heading"));
  muted_text(tr("portfolio.axes_hint"));
  if (ws.axes.empty()) {
    ImGui::TextDisabled("%s", tr("portfolio.no_axes"));
    return;
  }
  // Candidates per axis: the actions the portfolio may choose from.
  std::map<ObjectId, int> candidates;
  for (const ActionId id : scores.actions.actions)
    if (const Action* action = find_by_id(ws.actions, id.value)) ++candidates[action->axis.value];
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##axes", 4, flags)) return;
  ImGui::TableSetupColumn(tr("portfolio.column.axis"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("portfolio.column.minimum"), ImGuiTableColumnFlags_WidthFixed, 8 * e);
  ImGui::TableSetupColumn(tr("portfolio.column.chosen"), ImGuiTableColumnFlags_WidthFixed, 6 * e);
  ImGui::TableSetupColumn(tr("portfolio.column.candidates"), ImGuiTableColumnFlags_WidthFixed,
                          7 * e);
  ImGui::TableHeadersRow();
  const std::vector<Axis> axes = ws.axes; // copies: a field's command changes the workspace
  for (std::size_t t = 0; t < axes.size(); ++t) {
    const Axis& axis = axes[t];
    ImGui::PushID(static_cast<int>(axis.id.value));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", in_language(axis.name).c_str());
    ImGui::TableNextColumn();
    int minimum = 0;
    for (const AxisMinimum& m : session.workspace()->portfolio.axis_minimums)
      if (m.axis == axis.id) minimum = m.minimum;
    const AxisId id = axis.id;
    int_field(
        session, "##minimum", minimum, 0, 99,
        [&session, id](const long long& v) {
          return edit_workspace(
              *session.workspace(), "portfolio.axis_minimum." + std::to_string(id.value),
              trf("portfolio.subject.minimum", {axis_name(*session.workspace(), id)}),
              [&](Workspace& after) {
                std::vector<AxisMinimum>& all = after.portfolio.axis_minimums;
                std::erase_if(all, [&](const AxisMinimum& m) { return m.axis == id; });
                if (v > 0) all.push_back({id, static_cast<int>(v)});
              });
        },
        ImGui::GetContentRegionAvail().x);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (result && t < result->per_axis.size() && !result->chosen.empty()) {
      const std::size_t chosen = result->per_axis[t];
      if (minimum > 0 && chosen == static_cast<std::size_t>(minimum))
        ImGui::TextColored(ImVec4(0.70f, 0.16f, 0.0f, 1.0f), "%zu", chosen);
      else
        ImGui::Text("%zu", chosen);
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", candidates[axis.id.value]);
    ImGui::PopID();
  }
  ImGui::EndTable();
  copy_table_button("##axes_table", [&session] {
    const Workspace& now = *session.workspace();
    const scoring::PortfolioResult* r = result_of(session);
    TextTable table;
    table.columns = {tr("portfolio.column.axis"), tr("portfolio.column.minimum"),
                     tr("portfolio.column.chosen")};
    for (std::size_t t = 0; t < now.axes.size(); ++t) {
      int minimum = 0;
      for (const AxisMinimum& m : now.portfolio.axis_minimums)
        if (m.axis == now.axes[t].id) minimum = m.minimum;
      table.rows.push_back({in_language(now.axes[t].name), std::to_string(minimum),
                            r && t < r->per_axis.size() ? std::to_string(r->per_axis[t]) : ""});
    }
    return table;
  });
}

void limits_tab(Session& session) {
  budget_table(session);
  ImGui::Spacing();
  ImGui::Spacing();
  staff_field(session);
  ImGui::Spacing();
  ImGui::Spacing();
  axis_minimums(session);
}

//-----------------------------------------------------------------------------
// [SECTION] Chosen actions tab
//-----------------------------------------------------------------------------

struct ActionRow {
  const Action* action;
  double value;  // priority score rescaled 0..1
  double staff;  // person-months over the plan
  bool required; // running or done: kept in
};

std::string run_years(const Action& action, const PlanYears& years) {
  const int first = action.start.is_set() ? action.start.year : years.first;
  const int last = action.end.is_set()
                       ? action.end.year
                       : years.first + static_cast<int>(std::max<std::size_t>(years.fields, 1)) - 1;
  if (!first) return "—";
  return first == last ? std::to_string(first) : std::to_string(first) + "–" + std::to_string(last);
}

void actions_table(const char* id, const Workspace& ws, const std::vector<ActionRow>& rows) {
  const float e = ImGui::GetFontSize();
  const PlanYears years = plan_years(ws);
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable(id, 6, flags)) return;
  ImGui::TableSetupColumn(tr("portfolio.column.action"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn(tr("portfolio.column.axis"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
  ImGui::TableSetupColumn(tr("portfolio.column.years"), ImGuiTableColumnFlags_WidthFixed, 5.5f * e);
  ImGui::TableSetupColumn(tr("portfolio.column.cost"), ImGuiTableColumnFlags_WidthFixed, 8 * e);
  ImGui::TableSetupColumn(tr("portfolio.column.staff"), ImGuiTableColumnFlags_WidthFixed, 5 * e);
  ImGui::TableSetupColumn(tr("portfolio.column.value"), ImGuiTableColumnFlags_WidthFixed, 4.5f * e);
  ImGui::TableHeadersRow();
  for (const ActionRow& row : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", row.action->title.c_str());
    if (row.required) {
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
      muted_text(trf("portfolio.required", {label(row.action->status, language())}));
    }
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", axis_name(ws, row.action->axis).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(run_years(*row.action, years).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(number(row.action->cost_per_year, 0).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(number(row.staff, 0).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(number(row.value, 2).c_str());
  }
  ImGui::EndTable();
}

TextTable rows_table(const Workspace& ws, const std::vector<ActionRow>& rows) {
  const PlanYears years = plan_years(ws);
  TextTable table;
  table.columns = {tr("portfolio.column.action"), tr("portfolio.column.axis"),
                   tr("portfolio.column.years"),  tr("portfolio.column.cost"),
                   tr("portfolio.column.staff"),  tr("portfolio.column.value")};
  for (const ActionRow& row : rows)
    table.rows.push_back({row.action->title, axis_name(ws, row.action->axis),
                          run_years(*row.action, years), number(row.action->cost_per_year, 0),
                          number(row.staff, 0), number(row.value, 2)});
  return table;
}

void chosen_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  if (scores.portfolio_pending && !scores.portfolio) {
    scoring_progress(session, tr("portfolio.searching"));
    return;
  }
  const scoring::PortfolioResult* result = result_of(session);
  if (!result || !scores.portfolio_plan || result->chosen.empty()) {
    muted_text(tr("portfolio.nothing_chosen"));
    return;
  }
  const scoring::PortfolioPlan& plan = *scores.portfolio_plan;
  std::vector<ActionRow> chosen, left_out;
  std::vector<bool> in(plan.actions.size(), false);
  for (std::size_t j : result->chosen)
    if (j < in.size()) in[j] = true;
  for (std::size_t j = 0; j < plan.actions.size(); ++j) {
    const Action* action = find_by_id(ws.actions, plan.actions[j].value);
    if (!action || j >= plan.problem.actions.size()) continue;
    const scoring::PortfolioAction& item = plan.problem.actions[j];
    const ActionRow row{action, item.value, item.staff,
                        item.decision == scoring::ActionDecision::include};
    (in[j] ? chosen : left_out).push_back(row);
  }
  auto by_value = [](const ActionRow& a, const ActionRow& b) { return a.value > b.value; };
  stable_sort_items(chosen, by_value);
  stable_sort_items(left_out, by_value);

  muted_text(tr("portfolio.chosen_intro"));
  bold_text(trf("portfolio.chosen_heading", {std::to_string(chosen.size())}));
  actions_table("##chosen", ws, chosen);
  copy_table_button("##chosen_table", [&ws, chosen] { return rows_table(ws, chosen); });
  ImGui::Spacing();
  const std::string out =
      trf("portfolio.left_out_heading", {std::to_string(left_out.size())}) + "###left_out";
  if (!left_out.empty() && ImGui::CollapsingHeader(out.c_str())) {
    muted_text(tr("portfolio.left_out_hint"));
    actions_table("##left_out", ws, left_out);
    copy_table_button("##left_out_table", [&ws, left_out] { return rows_table(ws, left_out); });
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Frontier tab
//-----------------------------------------------------------------------------

void frontier_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  if (scores.frontier_pending && scores.frontier.empty()) {
    scoring_progress(session, tr("portfolio.frontier_pending"));
    return;
  }
  if (scores.frontier.empty()) {
    muted_text(tr("portfolio.nothing_chosen"));
    return;
  }
  muted_text(tr("portfolio.frontier_intro"));
  charts::FrontierChart chart;
  chart.title = tr("portfolio.frontier_title");
  chart.x_axis = trf("portfolio.frontier_x", {ws.profile.currency});
  chart.y_axis = tr("portfolio.frontier_y");
  chart.detail_name = tr("portfolio.frontier_detail");
  chart.current_name = tr("portfolio.frontier_current");
  chart.budget_format = {charts::ValueFormat::Kind::money, 0, ws.profile.currency};
  chart.score_format = {charts::ValueFormat::Kind::number, 2, {}};
  chart.current_budget = std::accumulate(ws.portfolio.budget_per_year.begin(),
                                         ws.portfolio.budget_per_year.end(), 0.0);
  for (const scoring::FrontierPoint& point : scores.frontier) {
    const bool found = point.result.status == scoring::PortfolioStatus::optimal ||
                       point.result.status == scoring::PortfolioStatus::limit_reached;
    std::string detail =
        found ? trf("portfolio.n_actions", {std::to_string(point.result.chosen.size())})
              : std::string(tr("portfolio.frontier_none"));
    if (point.result.status == scoring::PortfolioStatus::limit_reached)
      detail += " · " + trf("portfolio.frontier_gap", {percent(point.result.gap, 1)});
    chart.points.push_back({point.total_budget,
                            found ? std::optional<double>(point.result.score) : std::nullopt,
                            detail});
  }
  charts::frontier_chart("##frontier", chart);
}

//-----------------------------------------------------------------------------
// [SECTION] Roadmap tab
//-----------------------------------------------------------------------------

int this_year() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return local.tm_year + 1900;
}

void roadmap_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  if (scores.portfolio_pending && !scores.portfolio) {
    scoring_progress(session, tr("portfolio.searching"));
    return;
  }
  const scoring::PortfolioResult* result = result_of(session);
  if (!result || !scores.portfolio_plan || result->chosen.empty()) {
    muted_text(tr("portfolio.nothing_chosen"));
    return;
  }
  const PlanYears years = plan_years(ws);
  const int plan_last = years.first + static_cast<int>(std::max<std::size_t>(years.fields, 1)) - 1;
  muted_text(tr("portfolio.roadmap_intro"));

  // The chosen actions by start date, so the roadmap reads top to bottom.
  std::vector<const Action*> actions;
  for (std::size_t j : result->chosen)
    if (j < scores.portfolio_plan->actions.size())
      if (const Action* action = find_by_id(ws.actions, scores.portfolio_plan->actions[j].value))
        actions.push_back(action);
  stable_sort_items(actions, [](const Action* a, const Action* b) { return a->start < b->start; });

  charts::GanttChart chart;
  chart.title = tr("portfolio.roadmap_title");
  chart.time_axis = tr("portfolio.column.year");
  chart.task_axis = tr("portfolio.column.action");
  chart.group_name = tr("portfolio.column.axis");
  chart.start_name = tr("portfolio.gantt_start");
  chart.end_name = tr("portfolio.gantt_end");
  chart.after_name = tr("portfolio.gantt_after");
  chart.now_name = tr("portfolio.gantt_now");
  std::map<ObjectId, std::size_t> group_of, task_of;
  for (const Action* action : actions) {
    if (!group_of.count(action->axis.value)) {
      group_of[action->axis.value] = chart.groups.size();
      chart.groups.push_back(axis_name(ws, action->axis));
    }
    task_of[action->id.value] = chart.tasks.size();
    charts::GanttTask task;
    task.name = action->title;
    task.start_year = action->start.is_set() ? action->start.year : years.first;
    task.end_year = action->end.is_set() ? action->end.year : plan_last;
    task.group = group_of[action->axis.value];
    chart.tasks.push_back(task);
  }
  chart.first_year = years.first;
  chart.last_year = plan_last;
  for (const charts::GanttTask& task : chart.tasks) {
    if (task.start_year)
      chart.first_year =
          chart.first_year ? std::min(chart.first_year, task.start_year) : task.start_year;
    chart.last_year = std::max(chart.last_year, task.end_year);
  }
  for (std::size_t t = 0; t < actions.size(); ++t)
    for (ActionId needed : actions[t]->depends_on)
      if (task_of.count(needed.value)) chart.tasks[t].after.push_back(task_of[needed.value]);
  const int now = this_year();
  if (now >= chart.first_year && now <= chart.last_year) chart.now = now;
  charts::gantt_chart("##roadmap", chart);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_portfolio_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  screen_title(tr("portfolio.title"));
  same_line_at_right(tr("common.export_csv"));
  csv_export_button(session, "portfolio.csv_name", "portfolio.export_csv", [&session] {
    return portfolio_csv(*session.workspace(), session.scores(), language(), locale());
  });
  muted_text(tr("portfolio.intro"));
  ImGui::Spacing();
  status_line(session);
  ImGui::Spacing();

  const scoring::PortfolioResult* result = result_of(session);
  const std::size_t chosen = result ? result->chosen.size() : 0;
  if (!ImGui::BeginTabBar("##portfolio")) return;
  if (ImGui::BeginTabItem((std::string(tr("portfolio.tab.limits")) + "###limits").c_str())) {
    ImGui::Spacing();
    limits_tab(session);
    ImGui::EndTabItem();
  }
  // Without a budget there is nothing to show but the limits.
  if (!ws.portfolio.budget_per_year.empty()) {
    const std::string chosen_tab_name =
        trf("portfolio.tab.chosen", {std::to_string(chosen)}) + "###chosen";
    if (ImGui::BeginTabItem(chosen_tab_name.c_str())) {
      ImGui::Spacing();
      chosen_tab(session);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem((std::string(tr("portfolio.tab.frontier")) + "###frontier").c_str())) {
      ImGui::Spacing();
      frontier_tab(session);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem((std::string(tr("portfolio.tab.roadmap")) + "###roadmap").c_str())) {
      ImGui::Spacing();
      roadmap_tab(session);
      ImGui::EndTabItem();
    }
  }
  ImGui::EndTabBar();
}

} // namespace rumbo::ui
