// Seguimiento, "Comparar ciclos" tab: what changed between two cycles in the
// frozen ranking, the weights and the statuses, in words and in tables.

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

} // namespace rumbo::ui::monitoring
