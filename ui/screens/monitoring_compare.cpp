// Seguimiento, "Comparar ciclos" tab: what changed between two cycles in the
// frozen ranking, the weights and the statuses, in words and in tables.

#include "core/messages.h"
#include "core/model/cycle_comparison.h"
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
// [SECTION] Compare tab
//-----------------------------------------------------------------------------

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

// What changed, in sentences, from core's comparison (core/model/cycle_comparison.h).
void compare_summary(const EvaluationCycle& a, const EvaluationCycle& b, const CycleComparison& c) {
  std::vector<std::string> lines;
  const std::string method_a = frozen_method_text(a.ranking_method, language());
  const std::string method_b = frozen_method_text(b.ranking_method, language());
  lines.push_back(c.same_method ? trf("monitoring.cmp.same_method", {method_a})
                                : trf("monitoring.cmp.method_changed", {method_a, method_b}));
  if (c.rankings) {
    if (c.first_before->action == c.first_after->action)
      lines.push_back(trf("monitoring.cmp.same_first", {c.first_after->title}));
    else
      lines.push_back(
          trf("monitoring.cmp.new_first", {c.first_after->title, c.first_before->title}));
    // Rankings frozen with a different number of actions (one cut to the
    // first ten, actions added or dropped since).
    if (c.entered + c.left > 0)
      lines.push_back(
          trf("monitoring.cmp.entered_left", {std::to_string(c.entered), std::to_string(c.left)}));
    if (c.moved == 0) {
      lines.push_back(tr("monitoring.cmp.no_moves"));
    } else {
      std::string text = trn("monitoring.cmp.moves", c.moved, {std::to_string(c.moved)});
      if (const auto& r = c.largest_rise)
        text += " " + trf("monitoring.cmp.rose", {r->after.title, std::to_string(r->before.rank),
                                                  std::to_string(r->after.rank)});
      if (const auto& f = c.largest_fall)
        text += " " + trf("monitoring.cmp.fell", {f->after.title, std::to_string(f->before.rank),
                                                  std::to_string(f->after.rank)});
      lines.push_back(text);
    }
  } else {
    lines.push_back(tr("monitoring.cmp.no_ranking"));
  }
  if (c.weights_changed == 0) {
    lines.push_back(tr("monitoring.cmp.same_weights"));
  } else {
    std::string text = trn("monitoring.cmp.weights_changed", c.weights_changed,
                           {std::to_string(c.weights_changed)});
    if (c.largest_weight_rise) {
      const WeightShareChange& up = c.weights[*c.largest_weight_rise];
      text += " " + trf("monitoring.cmp.weight_up",
                        {up.name, percent(*up.before, 1), percent(*up.after, 1)});
    }
    if (c.largest_weight_fall) {
      const WeightShareChange& down = c.weights[*c.largest_weight_fall];
      text += " " + trf("monitoring.cmp.weight_down",
                        {down.name, percent(*down.before, 1), percent(*down.after, 1)});
    }
    lines.push_back(text);
  }
  if (c.status_changes == 0) {
    lines.push_back(tr("monitoring.cmp.same_statuses"));
  } else {
    std::string detail;
    for (const auto& [status, count] : c.changed_to)
      detail +=
          (detail.empty() ? "" : ", ") +
          trf("monitoring.cmp.status_count", {label(status, language()), std::to_string(count)});
    lines.push_back(trn("monitoring.cmp.statuses_changed", c.status_changes,
                        {std::to_string(c.status_changes), detail}));
  }
  if (c.kpis_compared > 0)
    lines.push_back(
        trf("monitoring.cmp.kpis", {std::to_string(c.kpis_better), std::to_string(c.kpis_compared),
                                    std::to_string(c.kpis_worse)}));
  for (const std::string& line : lines) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
}

void compare_ranking(const EvaluationCycle& a, const EvaluationCycle& b, const CycleComparison& c) {
  const float e = ImGui::GetFontSize();
  bold_text(tr("monitoring.cmp.ranking_title"));
  const auto& actions = c.ranked_actions;
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

void compare_weights(const CycleComparison& c) {
  const float e = ImGui::GetFontSize();
  bold_text(tr("monitoring.cmp.weights_title"));
  const std::vector<WeightShareChange>& rows = c.weights;
  auto share_text = [](const std::optional<double>& s) {
    return s ? percent(*s, 1) : std::string("—");
  };
  // In percentage points, signed.
  auto change_text = [](const WeightShareChange& row) -> std::string {
    if (!row.before || !row.after) return "";
    if (!row.changed()) return "=";
    const double points = 100 * (*row.after - *row.before);
    return (points > 0 ? "+" : "") + number(points, 1);
  };
  copy_table_button("##copy_cmp_weights", [&] {
    TextTable table;
    table.columns = {tr("monitoring.column.criterion"), tr("monitoring.column.share_before"),
                     tr("monitoring.column.share_after"), tr("monitoring.column.points")};
    for (const WeightShareChange& row : rows)
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
  for (const WeightShareChange& row : rows) {
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

} // namespace

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
  const CycleComparison comparison = compare_cycles(ws, a, b);
  compare_summary(a, b, comparison);
  ImGui::Spacing();
  compare_ranking(a, b, comparison);
  ImGui::Spacing();
  // Side by side only where each table keeps its names readable.
  if (ImGui::GetContentRegionAvail().x >= 60 * e &&
      ImGui::BeginTable("##cmp_layout", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("##weights", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##statuses", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    compare_weights(comparison);
    ImGui::TableNextColumn();
    compare_statuses(ws, a, b);
    ImGui::EndTable();
  } else {
    compare_weights(comparison);
    ImGui::Spacing();
    compare_statuses(ws, a, b);
  }
}

} // namespace rumbo::ui::monitoring
