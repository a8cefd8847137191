// Priorizar / Prioritise: which actions come first, and how sure that is.
// The criteria's weights (points that keep their sum at 100 %, an order of
// importance turned into rank-order centroid weights, or Saaty's pairwise
// comparison with its consistency ratio), the actions' scores on each
// criterion, the method that ranks them, the ranking itself and its
// sensitivity: how far each weight can move before the first places change,
// and how often each action holds each place when weights are uncertain.
//
// Index of this file:
// [SECTION] Commands
// [SECTION] Weights
// [SECTION] Pairwise comparison (AHP)
// [SECTION] Scores
// [SECTION] Ranking and method
// [SECTION] Sensitivity
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/files/csv_exports.h"
#include "core/messages.h"
#include "core/model/enum_keys.h"
#include "core/scoring/ahp.h"
#include "core/scoring/explanations.h"
#include "core/scoring/methods.h"
#include "core/scoring/weights.h"
#include "core/stable_sort.h"
#include "ui/charts/chart_frame.h"
#include "ui/charts/charts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/csv_export.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/item_marks.h"
#include "ui/widgets/scoring_progress.h"
#include "ui/widgets/screen_heading.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Commands
//-----------------------------------------------------------------------------

// All criteria's weights at once; a slider drag merges into one undo step.
Command set_weights(const Workspace& ws, const std::vector<double>& weights, std::string subject,
                    const char* merge) {
  Command command = transaction(ws, CommandKind::edit, std::move(subject), [&](Workspace& after) {
    for (std::size_t c = 0; c < after.criteria.size() && c < weights.size(); ++c)
      after.criteria[c].weight = weights[c];
  });
  command.merge_key = std::string("criteria/weights/") + merge;
  return command;
}

//-----------------------------------------------------------------------------
// [SECTION] Weights
//-----------------------------------------------------------------------------

// Moving one slider to `share` rescales the others proportionally, so the
// sum stays 100 % and their proportions stay as the team set them.
std::vector<double> with_share(std::vector<double> weights, std::size_t moved, double share) {
  const double rest_before = 1.0 - weights[moved];
  const double rest_after = 1.0 - share;
  const double others = static_cast<double>(weights.size() - 1);
  for (std::size_t c = 0; c < weights.size(); ++c)
    if (c != moved)
      weights[c] = rest_before > 1e-9 ? weights[c] * rest_after / rest_before : rest_after / others;
  weights[moved] = share;
  return weights;
}

void weight_sliders(Session& session) {
  const Workspace& ws = *session.workspace();
  // The weights the ranking uses, as core shares them (0 % each when they
  // sum to zero, until one is moved).
  const std::vector<double> weights = scoring::weights_used(session.scores().actions);
  const bool from_ahp =
      ws.comparison.use_for_weights && !session.scores().actions.weights_note.has_value();
  const float e = ImGui::GetFontSize();
  const float name_width = std::min(17 * e, ImGui::GetContentRegionAvail().x * 0.56f);
  if (from_ahp) {
    muted_text(tr("prioritise.weights_from_ahp"));
    ImGui::BeginDisabled();
  }
  for (std::size_t c = 0; c < ws.criteria.size(); ++c) {
    const Criterion& criterion = ws.criteria[c];
    ImGui::PushID(static_cast<int>(criterion.id.value));
    ImGui::AlignTextToFramePadding();
    // A name longer than its column is cut with an ellipsis (the slider
    // would cover the rest) and shown whole in the tooltip.
    const std::string name = in_language(criterion.name);
    const std::string shown = charts::frame::fit(name, name_width - e * 0.5f, e);
    ImGui::TextUnformatted(shown.c_str());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
      std::string tip = shown == name ? std::string() : name;
      if (!criterion.description.empty())
        tip += (tip.empty() ? "" : "\n") + in_language(criterion.description);
      if (!tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
    }
    ImGui::SameLine(name_width);
    float percent_value = static_cast<float>(weights[c] * 100);
    ImGui::SetNextItemWidth(-FLT_MIN);
    // The locale's percent ("20,0 %" in Colombia, "20,0%" in Brazil) as an
    // ImGui format, where a literal "%" is written "%%".
    std::string format;
    for (char ch : percent(weights[c], 1))
      format += ch == '%' ? std::string("%%") : std::string(1, ch);
    if (ImGui::SliderFloat("##weight", &percent_value, 0.0f, 100.0f, format.c_str(),
                           ImGuiSliderFlags_AlwaysClamp) &&
        ws.criteria.size() > 1) {
      const double share = std::clamp(static_cast<double>(percent_value) / 100, 0.0, 1.0);
      session.apply(set_weights(ws, with_share(weights, c, share),
                                trf("prioritise.weight_subject", {in_language(criterion.name)}),
                                "points"));
    }
    mark_item("prioritise.weight." + std::to_string(c));
    if (ImGui::IsItemDeactivated()) session.seal();
    ImGui::PopID();
  }
  if (ImGui::Button(tr("prioritise.equal_weights"))) {
    session.apply(set_weights(ws, scoring::equal_weights(ws.criteria.size()),
                              tr("prioritise.equal_weights"), "equal"));
    session.seal();
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("prioritise.equal_weights_hint"));
  ImGui::SameLine();
  if (ImGui::Button(tr("prioritise.rank_order"))) ImGui::OpenPopup("##rank_order");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("prioritise.rank_order_hint"));
  if (from_ahp) ImGui::EndDisabled();

  // The order of importance: criteria by their current weight; moving one
  // up or down gives every criterion its rank-order centroid weight.
  if (ImGui::BeginPopup("##rank_order")) {
    ImGui::TextUnformatted(tr("prioritise.rank_order_title"));
    muted_text(tr("prioritise.rank_order_explain"));
    std::vector<std::size_t> order = stable_order(
        ws.criteria.size(), [&](std::size_t a, std::size_t b) { return weights[a] > weights[b]; });
    std::optional<std::pair<std::size_t, std::size_t>> swap;
    for (std::size_t place = 0; place < order.size(); ++place) {
      ImGui::PushID(static_cast<int>(place));
      ImGui::BeginDisabled(place == 0);
      if (ImGui::ArrowButton("##up", ImGuiDir_Up)) swap = std::pair(place, place - 1);
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::BeginDisabled(place + 1 == order.size());
      if (ImGui::ArrowButton("##down", ImGuiDir_Down)) swap = std::pair(place, place + 1);
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::Text("%zu. %s", place + 1, in_language(ws.criteria[order[place]].name).c_str());
      ImGui::PopID();
    }
    if (ImGui::Button(tr("prioritise.rank_order_apply")) || swap) {
      if (swap) std::swap(order[swap->first], order[swap->second]);
      std::vector<std::size_t> ranks(order.size());
      for (std::size_t place = 0; place < order.size(); ++place)
        ranks[order[place]] = place + 1;
      session.apply(set_weights(ws, scoring::rank_order_centroid(ranks),
                                tr("prioritise.rank_order"), "rank_order"));
    }
    ImGui::EndPopup();
  } else if (ImGui::IsItemDeactivated()) {
    session.seal();
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Pairwise comparison (AHP)
//-----------------------------------------------------------------------------

// Saaty's 1–9 scale as one slider position: 0 equal, +k "first is k+1
// times as important", -k the reverse.
int position_of(double judgement) {
  if (judgement >= 1) return static_cast<int>(std::lround(judgement)) - 1;
  return 1 - static_cast<int>(std::lround(1 / judgement));
}
double judgement_of(int position) { return position >= 0 ? position + 1.0 : 1.0 / (1 - position); }

const PairwiseJudgement* judgement(const Workspace& ws, CriterionId a, CriterionId b,
                                   bool& reversed) {
  for (const PairwiseJudgement& j : ws.comparison.judgements) {
    if (j.first == a && j.second == b) return reversed = false, &j;
    if (j.first == b && j.second == a) return reversed = true, &j;
  }
  return nullptr;
}

Command set_judgement(const Workspace& ws, CriterionId a, CriterionId b, double value,
                      const std::string& subject) {
  Command command = transaction(ws, CommandKind::edit, subject, [&](Workspace& after) {
    auto& all = after.comparison.judgements;
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const PairwiseJudgement& j) {
                               return (j.first == a && j.second == b) ||
                                      (j.first == b && j.second == a);
                             }),
              all.end());
    all.push_back({a, b, value});
  });
  command.merge_key = "comparison/" + std::to_string(a.value) + "/" + std::to_string(b.value);
  return command;
}

void pairwise_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const std::size_t n = ws.criteria.size();
  if (n < 2) {
    ImGui::TextWrapped("%s", tr("prioritise.ahp_needs_two"));
    return;
  }
  muted_text(tr("prioritise.ahp_intro"));
  const scoring::AhpComparison comparison = scoring::ahp_comparison(ws);
  bool use = ws.comparison.use_for_weights;
  if (ImGui::Checkbox(tr("prioritise.ahp_use"), &use)) {
    session.apply(
        edit_workspace(ws, "comparison.use_for_weights", tr("prioritise.ahp_use"),
                       [&](Workspace& after) { after.comparison.use_for_weights = use; }));
    session.seal();
  }

  // The verdict first: how consistent, and what to look at again.
  const std::size_t pairs = n * (n - 1) / 2;
  if (!comparison.missing.empty()) {
    ImGui::TextWrapped("%s", trf("prioritise.ahp_missing",
                                 {std::to_string(comparison.missing.size()), std::to_string(pairs)})
                                 .c_str());
  } else if (comparison.result && !comparison.result->error) {
    const scoring::AhpResult& r = *comparison.result;
    if (r.cr_defined) {
      const std::string cr = number(r.cr, 3);
      if (r.acceptable())
        ImGui::TextWrapped("%s", trf("prioritise.ahp_consistent", {cr}).c_str());
      else
        warning_text(trf("prioritise.ahp_inconsistent", {cr}));
    }
    if (r.revisit && !r.acceptable()) {
      const auto& revisit = *r.revisit;
      ImGui::TextWrapped(
          "%s", trf("prioritise.ahp_revisit",
                    {in_language(ws.criteria[revisit.row].name),
                     in_language(ws.criteria[revisit.column].name),
                     number(revisit.judgement, revisit.judgement < 1 ? 2 : 0),
                     number(revisit.consistent_value, revisit.consistent_value < 1 ? 2 : 1)})
                    .c_str());
    }
  } else if (comparison.error || (comparison.result && comparison.result->error)) {
    const std::string key = comparison.error ? *comparison.error : comparison.result->error->key;
    warning_text(message(key, language(), {}));
  }
  ImGui::Spacing();

  const std::optional<scoring::Revisit> revisit =
      comparison.result && !comparison.result->acceptable() ? comparison.result->revisit
                                                            : std::nullopt;
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##pairs", 3, flags)) return;
  ImGui::TableSetupColumn(tr("prioritise.ahp_left"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("prioritise.ahp_scale"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(tr("prioritise.ahp_right"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const Criterion& a = ws.criteria[i];
      const Criterion& b = ws.criteria[j];
      bool reversed = false;
      const PairwiseJudgement* given = judgement(ws, a.id, b.id, reversed);
      const std::optional<double> value =
          given ? std::optional<double>(reversed ? 1 / given->value : given->value) : std::nullopt;
      ImGui::TableNextRow();
      const bool flagged = revisit && ((revisit->row == i && revisit->column == j) ||
                                       (revisit->row == j && revisit->column == i));
      if (flagged)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                               ImGui::GetColorU32(ImVec4(1, 0.9f, 0.7f, 1)));
      ImGui::PushID(static_cast<int>(i * n + j));
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextWrapped("%s", in_language(a.name).c_str());
      ImGui::TableNextColumn();
      // Left of the middle favours the left criterion, as it reads.
      int position = value ? -position_of(*value) : 0;
      std::string shown;
      if (!value)
        shown = tr("prioritise.ahp_not_judged");
      else if (position == 0)
        shown = tr("prioritise.ahp_equal");
      else
        shown = trf("prioritise.ahp_times", {std::to_string(std::abs(position) + 1),
                                             in_language(position < 0 ? a.name : b.name)});
      ImGui::SetNextItemWidth(-FLT_MIN);
      if (ImGui::SliderInt("##judgement", &position, -8, 8, shown.c_str()) ||
          (!value && ImGui::IsItemActivated())) {
        session.apply(set_judgement(
            ws, a.id, b.id, judgement_of(-position),
            trf("prioritise.ahp_subject", {in_language(a.name), in_language(b.name)})));
      }
      if (ImGui::IsItemDeactivated()) session.seal();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextWrapped("%s", in_language(b.name).c_str());
      ImGui::PopID();
    }
  ImGui::EndTable();

  if (comparison.result && !comparison.result->error) {
    ImGui::Spacing();
    bold_text(tr("prioritise.ahp_weights"));
    for (std::size_t c = 0; c < n && c < comparison.result->weights.size(); ++c)
      ImGui::BulletText("%s: %s", in_language(ws.criteria[c].name).c_str(),
                        percent(comparison.result->weights[c], 1).c_str());
    muted_text(trf("prioritise.ahp_details",
                   {number(comparison.result->lambda_max, 3), number(comparison.result->ci, 3)}));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Scores
//-----------------------------------------------------------------------------

std::optional<double> score_of(const Action& action, CriterionId criterion) {
  for (const CriterionScore& s : action.scores)
    if (s.criterion == criterion) return s.value;
  return std::nullopt;
}

Command set_score(Session& session, const Action& action, const Criterion& criterion,
                  const std::optional<double>& value) {
  return edit_object<Action>(
      *session.workspace(), action.id.value, "score/" + std::to_string(criterion.id.value),
      trf("prioritise.score_subject", {in_language(criterion.name), action.title}), [&](Action& a) {
        auto& scores = a.scores;
        scores.erase(
            std::remove_if(scores.begin(), scores.end(),
                           [&](const CriterionScore& s) { return s.criterion == criterion.id; }),
            scores.end());
        if (value)
          scores.push_back(
              {criterion.id, std::clamp(*value, criterion.scale_min, criterion.scale_max)});
      });
}

TextTable scores_as_text(const Workspace& ws) {
  TextTable table;
  table.columns.push_back(tr("prioritise.action"));
  for (const Criterion& c : ws.criteria)
    table.columns.push_back(in_language(c.name));
  for (const Action& action : ws.actions) {
    std::vector<std::string> row{action.title};
    for (const Criterion& c : ws.criteria) {
      const std::optional<double> value = score_of(action, c.id);
      row.push_back(value ? number(*value, 1) : std::string());
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

void scores_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  muted_text(tr("prioritise.scores_intro"));
  if (ws.actions.empty() || ws.criteria.empty()) {
    ImGui::TextWrapped("%s", tr("prioritise.scores_empty"));
    return;
  }
  copy_table_button("##copy_scores", [&] { return scores_as_text(ws); });
  const float e = ImGui::GetFontSize();
  const int columns = static_cast<int>(ws.criteria.size()) + 1;
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##scores", columns, flags, ImVec2(0, 0))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn(tr("prioritise.action"), ImGuiTableColumnFlags_WidthFixed, 16 * e);
  for (const Criterion& c : ws.criteria)
    ImGui::TableSetupColumn(in_language(c.name).c_str(),
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_AngledHeader,
                            4.5f * e);
  ImGui::TableAngledHeadersRow();
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ws.actions.size()));
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const Action& action = ws.actions[static_cast<std::size_t>(r)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(action.title.c_str());
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
        ImGui::SetTooltip("%s", action.title.c_str());
      ImGui::PushID(static_cast<int>(action.id.value));
      for (const Criterion& criterion : ws.criteria) {
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(criterion.id.value));
        number_field(
            session, "##score", score_of(action, criterion.id), 1,
            [&session, &action, &criterion](const std::optional<double>& value) {
              return set_score(session, action, criterion, value);
            },
            -FLT_MIN);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
          ImGui::SetTooltip("%s", trf("prioritise.score_range",
                                      {in_language(criterion.name), number(criterion.scale_min, 0),
                                       number(criterion.scale_max, 0)})
                                      .c_str());
        ImGui::PopID();
      }
      ImGui::PopID();
    }
  ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Ranking and method
//-----------------------------------------------------------------------------

void method_choice(Session& session) {
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("prioritise.method"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(20 * e, ImGui::GetContentRegionAvail().x));
  const std::string current = label(ws.scoring.method, language());
  if (ImGui::BeginCombo("##method", current.c_str())) {
    for (const scoring::MethodInfo& info : scoring::kMethods) {
      const RankingMethod method = info.model;
      if (ImGui::Selectable(label(method, language()).c_str(), method == ws.scoring.method)) {
        session.apply(edit_scoring(*session.workspace(), "method", tr("prioritise.method"),
                                   [&](ScoringSettings& s) { s.method = method; }));
        session.seal();
      }
    }
    ImGui::EndCombo();
  }
  mark_item("prioritise.method");
  const scoring::MethodInfo& chosen = scoring::method_info(ws.scoring.method);
  if (chosen.takes_vikor_v) {
    ImGui::SameLine();
    float v = static_cast<float>(ws.scoring.vikor_v);
    ImGui::SetNextItemWidth(8 * e);
    if (ImGui::SliderFloat("##v", &v, 0, 1, tr("prioritise.vikor_v")))
      session.apply(
          edit_scoring(*session.workspace(), "vikor_v", tr("prioritise.vikor_v_name"),
                       [&](ScoringSettings& s) { s.vikor_v = std::clamp(v, 0.0f, 1.0f); }));
    if (ImGui::IsItemDeactivated()) session.seal();
  }
  if (chosen.takes_topsis_normalisation) {
    ImGui::SameLine();
    bool minmax = ws.scoring.topsis_normalisation == TopsisNormalisationMethod::minmax;
    if (ImGui::Checkbox(tr("prioritise.topsis_minmax"), &minmax)) {
      session.apply(edit_scoring(*session.workspace(), "topsis_normalisation",
                                 tr("prioritise.topsis_minmax"), [&](ScoringSettings& s) {
                                   s.topsis_normalisation = minmax
                                                                ? TopsisNormalisationMethod::minmax
                                                                : TopsisNormalisationMethod::vector;
                                 }));
      session.seal();
    }
  }
  // "prioritise.about_<word>" for each method of core/scoring/methods.h.
  muted_text(
      tr(("prioritise.about_" + std::string(scoring::method_info(ws.scoring.method).key)).c_str()));
}

void ranking_chart(Session& session, std::size_t shown) {
  const scoring::WorkspaceScores& scores = session.scores();
  const scoring::RankingResult& ranking = scores.ranking;
  const Workspace& ws = *session.workspace();
  if (ranking.error) {
    warning_text(trf("prioritise.cannot_rank", {message(*ranking.error, language(), {})}));
    return;
  }
  if (ranking.ranking.empty()) {
    ImGui::TextWrapped("%s", tr("prioritise.nothing_to_rank"));
    return;
  }
  const scoring::MethodInfo& method = scoring::method_info(ws.scoring.method);
  charts::IntervalBarChart chart;
  chart.title = trf("prioritise.ranking_title", {label(ws.scoring.method, language())});
  chart.value_axis =
      tr(method.higher_is_better ? "prioritise.score_axis" : "prioritise.score_axis_vikor");
  chart.category_axis = tr("prioritise.action");
  chart.value_name = tr("prioritise.score");
  chart.format = {charts::ValueFormat::Kind::number, 3, {}};
  const auto& names = scores.actions.problem.alternatives;
  for (std::size_t r = 0; r < ranking.ranking.size() && r < shown; ++r) {
    const std::size_t a = ranking.ranking[r];
    if (a >= names.size() || a >= ranking.scores.size()) continue;
    // Longer is better for every method: VIKOR's bars show 1 - Q.
    chart.rows.push_back({std::to_string(r + 1) + ". " + names[a],
                          scoring::better_is_higher(method.method, ranking.scores[a]), std::nullopt,
                          std::nullopt, std::nullopt, r == 0});
  }
  charts::interval_bar_chart("##ranking", chart);
  if (scores.actions.provenance.imputed > 0)
    muted_text(trf("prioritise.imputed", {std::to_string(scores.actions.provenance.imputed)}));
  if (scores.actions.weights_note)
    warning_text(
        trf("prioritise.ahp_not_used", {message(*scores.actions.weights_note, language(), {})}));
}

//-----------------------------------------------------------------------------
// [SECTION] Sensitivity
//-----------------------------------------------------------------------------

void stability_words(Session& session) {
  const scoring::WorkspaceScores& scores = session.scores();
  const scoring::StabilityResult& stability = scores.stability;
  if (scores.stability_pending && stability.intervals.empty()) {
    scoring_progress(session, tr("prioritise.stability_pending"));
    return;
  }
  bold_text(trf("prioritise.stability_title", {std::to_string(stability.top_k)}).c_str());
  if (stability.error) {
    muted_text(message(*stability.error, language(), {}));
    return;
  }
  for (const scoring::WeightInterval& interval : stability.intervals) {
    const scoring::Sentence sentence =
        scoring::stability_sentence(stability, scores.actions.problem, interval);
    ImGui::Bullet();
    ImGui::TextWrapped("%s",
                       message(sentence.key, language(), written_here(sentence.args)).c_str());
  }
}

void stability_chart(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::StabilityResult& stability = session.scores().stability;
  if (stability.error || stability.intervals.empty()) return;
  charts::IntervalBarChart chart;
  chart.title = tr("prioritise.stability_chart");
  chart.value_axis = tr("prioritise.weight_axis");
  chart.category_axis = tr("prioritise.criterion");
  chart.value_name = tr("prioritise.current_weight");
  chart.interval_name = tr("prioritise.stable_range");
  chart.low_name = tr("prioritise.stable_from");
  chart.high_name = tr("prioritise.stable_to");
  chart.style = charts::IntervalStyle::point;
  chart.axis_min = 0;
  chart.axis_max = 1;
  chart.format = {charts::ValueFormat::Kind::percent, 0, {}};
  for (const scoring::WeightInterval& interval : stability.intervals)
    if (interval.criterion < ws.criteria.size())
      chart.rows.push_back({in_language(ws.criteria[interval.criterion].name), interval.weight,
                            interval.low, interval.high, std::nullopt, false});
  charts::interval_bar_chart("##stability", chart);
}

void acceptability_chart(Session& session) {
  const scoring::WorkspaceScores& scores = session.scores();
  const scoring::AcceptabilityResult& acceptability = scores.acceptability;
  const scoring::RankingResult& ranking = scores.ranking;
  if (acceptability.error) {
    muted_text(message(*acceptability.error, language(), {}));
    return;
  }
  if (scores.acceptability_pending && acceptability.shares.empty()) {
    scoring_progress(session, tr("prioritise.acceptability_pending"));
    return;
  }
  const std::size_t n = acceptability.alternatives;
  if (n == 0 || acceptability.shares.size() < n * n) return;
  const std::size_t places = std::min<std::size_t>(3, n);
  charts::StackedBarChart chart;
  chart.title = tr("prioritise.acceptability_title");
  chart.value_axis = tr("prioritise.acceptability_axis");
  chart.category_axis = tr("prioritise.action");
  for (std::size_t p = 0; p < places; ++p)
    chart.segments.push_back(trf("prioritise.place", {std::to_string(p + 1)}));
  chart.segments.push_back(tr("prioritise.place_lower"));
  chart.axis_max = 1;
  const auto& names = scores.actions.problem.alternatives;
  for (std::size_t r = 0; r < ranking.ranking.size() && r < 10; ++r) {
    const std::size_t a = ranking.ranking[r];
    if (a >= n || a >= names.size()) continue;
    std::vector<double> row;
    double rest = 1;
    for (std::size_t p = 0; p < places; ++p) {
      row.push_back(acceptability.share(a, p));
      rest -= row.back();
    }
    row.push_back(std::max(0.0, rest));
    chart.rows.push_back(names[a]);
    chart.values.push_back(std::move(row));
  }
  charts::stacked_bar_chart("##acceptability", chart);
  muted_text(trf("prioritise.acceptability_note",
                 {std::to_string(acceptability.provenance.samples),
                  percent(session.workspace()->scoring.weight_spread, 0)}));
}

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void weights_and_ranking_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  if (ws.criteria.empty()) {
    ImGui::TextWrapped("%s", tr("prioritise.no_criteria"));
    return;
  }
  const float e = ImGui::GetFontSize();
  const float left = std::max(26 * e, ImGui::GetContentRegionAvail().x * 0.5f);
  ImGui::BeginChild("##weights", ImVec2(left, 0), ImGuiChildFlags_Border);
  bold_text(tr("prioritise.weights"));
  muted_text(tr("prioritise.weights_intro"));
  weight_sliders(session);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##ranking_side", ImVec2(0, 0));
  method_choice(session);
  ImGui::Spacing();
  ranking_chart(session, 15);
  ImGui::EndChild();
}

void sensitivity_tab(Session& session) {
  muted_text(tr("prioritise.sensitivity_intro"));
  stability_words(session);
  ImGui::Spacing();
  stability_chart(session);
  ImGui::Spacing();
  acceptability_chart(session);
}

} // namespace

void draw_prioritise_screen(Session& session) {
  screen_title(tr("screen.prioritise"));
  same_line_at_right(tr("common.export_csv"));
  csv_export_button(session, "prioritise.csv_name", "prioritise.export_csv", [&session] {
    return ranking_csv(*session.workspace(), session.scores(), language(), locale());
  });
  ImGui::TextDisabled("%s", tr("prioritise.intro"));
  ImGui::Spacing();
  if (!ImGui::BeginTabBar("##prioritise")) return;
  if (ImGui::BeginTabItem(tr("prioritise.tab_weights"))) {
    weights_and_ranking_tab(session);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(tr("prioritise.tab_scores"))) {
    scores_tab(session);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(tr("prioritise.tab_pairwise"))) {
    ImGui::BeginChild("##pairwise");
    pairwise_tab(session);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem(tr("prioritise.tab_sensitivity"))) {
    ImGui::BeginChild("##sensitivity");
    sensitivity_tab(session);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

} // namespace rumbo::ui
