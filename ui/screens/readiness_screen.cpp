// Preparación / Readiness: how prepared the territory is to act abroad. The
// city's readiness indicators (values, sources, weights), the method of the
// composite index (OECD/JRC Handbook: normalisation, aggregation, missing
// values), and the result: the index and its sub-indices against the peer
// cities, and how robust the city's rank is to those choices.
//
// Index of this file:
// [SECTION] Commands and small fields
// [SECTION] Result tab
// [SECTION] Indicators tab
// [SECTION] Method tab
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/files/csv_exports.h"
#include "core/messages.h"
#include "core/model/date.h"
#include "core/model/enum_keys.h"
#include "core/scoring/explanations.h"
#include "core/stable_sort.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/csv_import.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/csv_export.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/file_picker.h"
#include "ui/widgets/scoring_progress.h"
#include "ui/widgets/screen_heading.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <utility>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Commands and small fields
//-----------------------------------------------------------------------------

enum class Tab { result, indicators, method };

// A tab to bring forward on the next frame (a button on another tab asked).
std::optional<Tab>& requested_tab() {
  static std::optional<Tab> tab;
  return tab;
}

// "Valor de «Camas hoteleras»": what the undo button names.
std::string subject(const char* column_key, const Indicator& indicator) {
  return trf("readiness.edit_subject", {tr(column_key), in_language(indicator.name)});
}

template <class Change>
Command edit_indicator(Session& session, ObjectId id, const char* field, const char* column_key,
                       Change change) {
  const Workspace& ws = *session.workspace();
  const Indicator* indicator = find_by_id(ws.indicators, id);
  return edit_object<Indicator>(ws, id, field, indicator ? subject(column_key, *indicator) : "",
                                change);
}

// Enough decimals for the value and no more: 2, 0,5, 0,08.
int decimals_of(std::optional<double> value) {
  if (!value) return 2;
  for (int decimals = 0; decimals < 2; ++decimals) {
    const double scaled = *value * std::pow(10.0, decimals);
    if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
      return decimals;
  }
  return 2;
}

// A year typed as digits; empty when unknown (0).
void year_field(Session& session, const Indicator& indicator) {
  std::string text = indicator.year ? std::to_string(indicator.year) : std::string();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::InputText("##year", &text, ImGuiInputTextFlags_CharsDecimal)) {
    // Empty is "unknown" (0); anything else is kept only once it is a year.
    const std::optional<int> year = text.empty() ? std::optional<int>(0) : parse_year(text);
    if (year)
      session.apply(edit_indicator(session, indicator.id.value, "year", "readiness.column.year",
                                   [y = *year](Indicator& i) { i.year = y; }));
  }
  if (ImGui::IsItemDeactivated()) session.seal();
}

// The maturity level 0..4 as a combo; each level shows its rubric text.
void level_field(Session& session, const Indicator& indicator) {
  auto rubric = [&](int level) {
    return level < static_cast<int>(indicator.rubric.size())
               ? in_language(indicator.rubric[static_cast<std::size_t>(level)])
               : std::string();
  };
  const std::optional<int> current =
      indicator.value ? std::optional<int>(static_cast<int>(std::lround(*indicator.value)))
                      : std::nullopt;
  const std::string preview = current ? trf("readiness.level", {std::to_string(*current)}) : "";
  const float e = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::SetNextWindowSize(ImVec2(30 * e, 0));
  std::optional<std::optional<double>> chosen;
  const bool open = ImGui::BeginCombo("##level", preview.c_str());
  const bool hovered = !open && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip);
  if (open) {
    ImGui::TextDisabled("%s", tr("readiness.level_hint"));
    if (ImGui::Selectable(tr("readiness.no_value"), !current)) chosen = std::optional<double>();
    const float wrap = ImGui::GetContentRegionAvail().x;
    for (int level = 0; level < kMaturityLevels; ++level) {
      ImGui::PushID(level);
      const std::string text = trf("readiness.level", {std::to_string(level)}) +
                               (rubric(level).empty() ? "" : " — " + rubric(level));
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
      if (ImGui::Selectable("##choice", current == level, 0, ImVec2(0, size.y)))
        chosen = std::optional<double>(level);
      ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                                          ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr,
                                          wrap);
      if (current == level) ImGui::SetItemDefaultFocus();
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  if (hovered && current && !rubric(*current).empty()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(28 * e);
    ImGui::TextUnformatted(rubric(*current).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (chosen && *chosen != indicator.value) {
    session.apply(edit_indicator(session, indicator.id.value, "value", "readiness.column.value",
                                 [&](Indicator& i) { i.value = *chosen; }));
    session.seal();
  }
}

std::size_t with_value(const Workspace& ws) {
  return static_cast<std::size_t>(
      std::count_if(ws.indicators.begin(), ws.indicators.end(),
                    [](const Indicator& i) { return i.value.has_value(); }));
}

// The dimension of a sub-index (its group name is the dimension's key).
std::string dimension_label(const std::string& group) {
  const std::optional<Dimension> dimension = from_key<Dimension>(group);
  return dimension ? label(*dimension, language()) : group;
}

//-----------------------------------------------------------------------------
// [SECTION] Result tab
//-----------------------------------------------------------------------------

// The units of the index, in its order: the city, then its peers.
std::vector<std::string> unit_names(const Workspace& ws) {
  std::vector<std::string> names{ws.profile.name.empty() ? std::string("—") : ws.profile.name};
  for (const PeerCity& peer : ws.peers)
    names.push_back(peer.name);
  return names;
}

void radar(const Workspace& ws, const scoring::IndexResult& result) {
  const std::vector<std::string> units = unit_names(ws);
  const std::size_t count = std::min(units.size(), result.index.size());
  // The peer with the best index (ties: the first).
  std::optional<std::size_t> best;
  for (std::size_t u = 1; u < count; ++u)
    if (!best || result.index[u] > result.index[*best]) best = u;

  charts::RadarChart chart;
  chart.title = tr("readiness.radar_title");
  chart.spoke_heading = tr("readiness.dimension");
  charts::RadarSeries city{units[0], {}, charts::Hue::blue, charts::Stroke::solid, true};
  charts::RadarSeries average{
      tr("readiness.peer_average"), {}, charts::Hue::orange, charts::Stroke::dashed, false};
  charts::RadarSeries top{best ? trf("readiness.best_peer", {units[*best]}) : std::string(),
                          {},
                          charts::Hue::bluish_green,
                          charts::Stroke::dotted,
                          false};
  double low = 0, high = 100;
  for (const scoring::SubIndex& group : result.groups) {
    chart.spokes.push_back(dimension_label(group.name));
    city.values.push_back(group.scores.empty() ? std::nullopt : group.scores[0]);
    double sum = 0;
    int n = 0;
    for (std::size_t u = 1; u < group.scores.size(); ++u)
      if (group.scores[u]) sum += *group.scores[u], ++n;
    average.values.push_back(n ? std::optional<double>(sum / n) : std::nullopt);
    top.values.push_back(best && *best < group.scores.size() ? group.scores[*best] : std::nullopt);
    for (const std::optional<double>& score : group.scores)
      if (score) low = std::min(low, *score), high = std::max(high, *score);
  }
  chart.min = low;
  chart.max = high;
  chart.scale_label = trf("readiness.radar_scale", {number(chart.min, 0), number(chart.max, 0)});
  chart.series = {city, average};
  if (best) chart.series.push_back(top);
  charts::radar_chart("##radar", chart);
}

void rank_chart(const Workspace& ws, const scoring::IndexResult& result,
                const scoring::UncertaintyResult& uncertainty) {
  const std::vector<std::string> units = unit_names(ws);
  const std::size_t count =
      std::min({units.size(), result.ranks.size(), uncertainty.median_rank.size(),
                uncertainty.low_rank.size(), uncertainty.high_rank.size()});
  const std::vector<std::size_t> order = stable_order(count, [&](std::size_t a, std::size_t b) {
    return std::pair(uncertainty.median_rank[a], result.ranks[a]) <
           std::pair(uncertainty.median_rank[b], result.ranks[b]);
  });
  charts::IntervalBarChart chart;
  chart.title = tr("readiness.ranks_title");
  chart.value_axis = tr("readiness.rank_axis");
  chart.category_axis = tr("readiness.city");
  chart.value_name = tr("readiness.median_rank");
  chart.interval_name = tr("readiness.rank_interval_name");
  chart.marker_name = tr("readiness.chosen_rank");
  chart.low_name = tr("readiness.best_rank");
  chart.high_name = tr("readiness.worst_rank");
  chart.style = charts::IntervalStyle::point;
  chart.whole_numbers = true;
  chart.axis_min = 0.5;
  chart.axis_max = static_cast<double>(count) + 0.5;
  chart.format = {charts::ValueFormat::Kind::number, 0, {}};
  for (std::size_t u : order)
    chart.rows.push_back({units[u], static_cast<double>(uncertainty.median_rank[u]),
                          static_cast<double>(uncertainty.low_rank[u]),
                          static_cast<double>(uncertainty.high_rank[u]),
                          static_cast<double>(result.ranks[u]), u == 0});
  charts::interval_bar_chart("##ranks", chart);
}

void subindex_table(const Workspace& ws, const scoring::IndexResult& result) {
  const std::string city = unit_names(ws)[0];
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(trf("readiness.subindices", {city}).c_str());
  ImGui::PopFont();
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##subindices", 4, flags)) return;
  ImGui::TableSetupColumn(tr("readiness.dimension"), ImGuiTableColumnFlags_WidthStretch, 2.5f);
  ImGui::TableSetupColumn(tr("readiness.column.weight"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
  const bool z = ws.scoring.normalisation == IndexNormalisation::zscore;
  ImGui::TableSetupColumn(tr(z ? "readiness.subindex_z" : "readiness.subindex"),
                          ImGuiTableColumnFlags_WidthStretch, 2.2f);
  ImGui::TableSetupColumn(tr("readiness.column.rank"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  const std::string among = std::to_string(result.index.size());
  for (const scoring::SubIndex& group : result.groups) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(dimension_label(group.name).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(percent(group.weight, 1).c_str());
    ImGui::TableNextColumn();
    const bool scored = !group.scores.empty() && group.scores[0];
    ImGui::TextUnformatted(scored ? number(*group.scores[0], 1).c_str() : "—");
    ImGui::TableNextColumn();
    const bool ranked = !group.ranks.empty() && group.ranks[0];
    ImGui::TextUnformatted(
        ranked ? trf("readiness.rank_short", {std::to_string(*group.ranks[0]), among}).c_str()
               : "—");
  }
  ImGui::EndTable();
}

void result_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const scoring::WorkspaceScores& scores = session.scores();
  const scoring::IndexResult& result = scores.readiness;
  if (ws.indicators.empty()) {
    ImGui::TextWrapped("%s", tr("readiness.no_indicators"));
    return;
  }
  if (with_value(ws) == 0) { // a new strategy: where to begin, not an error
    ImGui::TextWrapped("%s", tr("readiness.empty"));
    if (ImGui::Button(tr("readiness.start_indicators"))) requested_tab() = Tab::indicators;
    if (ws.peers.empty()) muted_text(tr("readiness.no_peers"));
    return;
  }
  if (result.error) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.16f, 0.0f, 1.0f));
    ImGui::TextWrapped("%s %s", tr("readiness.cannot_compute"),
                       message(result.error->key, language(), result.error->args).c_str());
    ImGui::PopStyleColor();
    if (ws.peers.empty()) muted_text(tr("readiness.no_peers"));
    if (ImGui::Button(tr("readiness.go_indicators"))) requested_tab() = Tab::indicators;
    ImGui::SameLine();
    if (ImGui::Button(tr("readiness.go_method"))) requested_tab() = Tab::method;
    return;
  }
  const std::vector<std::string> units = unit_names(ws);
  if (result.index.empty() || result.ranks.empty()) return;

  ImGui::PushFont(font(FontRole::heading));
  // z-scores are centred on the cities' average, not on a 0–100 scale.
  const bool z = ws.scoring.normalisation == IndexNormalisation::zscore;
  ImGui::TextWrapped("%s", trf(z ? "readiness.headline_z" : "readiness.headline",
                               {units[0], number(result.index[0], 1)})
                               .c_str());
  ImGui::PopFont();
  ImGui::TextWrapped("%s",
                     trn("readiness.rank_of", result.index.size(),
                         {std::to_string(result.ranks[0]), std::to_string(result.index.size())})
                         .c_str());
  const scoring::UncertaintyResult& uncertainty = scores.readiness_uncertainty;
  const bool uncertain =
      !uncertainty.error && !uncertainty.low_rank.empty() && !uncertainty.high_rank.empty();
  if (uncertain) {
    const scoring::Sentence sentence =
        scoring::robustness_sentence(units[0], result.ranks[0], uncertainty, 0);
    ImGui::TextWrapped("%s",
                       message(sentence.key, language(), written_here(sentence.args)).c_str());
  } else if (scores.uncertainty_pending) {
    scoring_progress(session, tr("readiness.uncertainty_pending"));
  } else if (uncertainty.error) {
    muted_text(message(uncertainty.error->key, language(), uncertainty.error->args));
  }

  // Where the numbers come from.
  std::string provenance = trf("readiness.city_values", {units[0], std::to_string(with_value(ws)),
                                                         std::to_string(ws.indicators.size())});
  const std::size_t missing = result.provenance.missing, imputed = result.provenance.imputed;
  const std::string missing_text = std::to_string(missing), imputed_text = std::to_string(imputed);
  if (missing == 0)
    provenance += " " + std::string(tr("readiness.missing_none"));
  else if (imputed == 0)
    provenance += " " + trf("readiness.missing_excluded", {missing_text});
  else if (ws.scoring.missing == MissingValuePolicy::median)
    provenance += " " + trf("readiness.missing_imputed_median", {missing_text, imputed_text});
  else
    provenance += " " + trf("readiness.missing_imputed_mean", {missing_text, imputed_text});
  muted_text(provenance);
  if (ws.peers.empty()) muted_text(tr("readiness.no_peers"));
  // A few notices; with no peers every indicator would have one.
  constexpr std::size_t kNoticesShown = 3;
  for (std::size_t n = 0; n < result.notices.size() && n < kNoticesShown; ++n)
    muted_text(message(result.notices[n].key, result.notices[n].count, language(),
                       result.notices[n].args));
  if (result.notices.size() > kNoticesShown)
    muted_text(
        trf("readiness.more_notices", {std::to_string(result.notices.size() - kNoticesShown)}));
  ImGui::Spacing();

  // The two charts side by side when there is room for both.
  const float e = ImGui::GetFontSize();
  const bool side_by_side = ImGui::GetContentRegionAvail().x >= 44 * e;
  if (side_by_side && ImGui::BeginTable("##charts", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("##radar", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("##ranks", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    radar(ws, result);
    ImGui::TableNextColumn();
    if (uncertain) rank_chart(ws, result, uncertainty);
    ImGui::EndTable();
  } else {
    radar(ws, result);
    if (uncertain) rank_chart(ws, result, uncertainty);
  }
  if (uncertain)
    muted_text(trf("readiness.uncertainty_note",
                   {number(static_cast<double>(uncertainty.provenance.samples), 0),
                    percent(ws.scoring.weight_spread, 0)}));
  ImGui::Spacing();
  subindex_table(ws, result);
}

//-----------------------------------------------------------------------------
// [SECTION] Indicators tab
//-----------------------------------------------------------------------------

void indicator_row(Session& session, const Indicator& indicator) {
  const ObjectId id = indicator.id.value;
  ImGui::PushID(static_cast<int>(id));
  ImGui::TableNextRow();

  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextWrapped("%s", in_language(indicator.name).c_str());
  if (indicator.direction == Direction::lower_is_better) {
    // Right under the name, as part of it.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
    ImGui::TextDisabled("%s", label(Direction::lower_is_better, language()).c_str());
  }

  ImGui::TableNextColumn();
  if (indicator.kind == IndicatorKind::maturity) {
    level_field(session, indicator);
  } else {
    number_field(
        session, "##value", indicator.value, decimals_of(indicator.value),
        [&session, id](const std::optional<double>& v) {
          return edit_indicator(session, id, "value", "readiness.column.value",
                                [&](Indicator& i) { i.value = v; });
        },
        ImGui::GetContentRegionAvail().x);
  }

  ImGui::TableNextColumn();
  text_field(session, "##unit", indicator.unit, [&session, id](const std::string& v) {
    return edit_indicator(session, id, "unit", "readiness.column.unit",
                          [&](Indicator& i) { i.unit = v; });
  });

  ImGui::TableNextColumn();
  text_field(session, "##source", indicator.source, [&session, id](const std::string& v) {
    return edit_indicator(session, id, "source", "readiness.column.source",
                          [&](Indicator& i) { i.source = v; });
  });
  if (!indicator.source.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) &&
      !ImGui::IsItemActive())
    ImGui::SetTooltip("%s", indicator.source.c_str());

  ImGui::TableNextColumn();
  year_field(session, indicator);

  ImGui::TableNextColumn();
  number_field(
      session, "##weight", indicator.weight, decimals_of(indicator.weight),
      [&session, id](const std::optional<double>& v) {
        const double weight = std::clamp(v.value_or(0.0), 0.0, 1e6);
        return edit_indicator(session, id, "weight", "readiness.column.weight",
                              [&](Indicator& i) { i.weight = weight; });
      },
      ImGui::GetContentRegionAvail().x);
  ImGui::PopID();
}

void indicators_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  muted_text(tr("readiness.indicators_intro"));
  if (ws.indicators.empty()) {
    ImGui::TextWrapped("%s", tr("readiness.no_indicators"));
    return;
  }
  const scoring::IndexResult& result = session.scores().readiness;
  const float e = ImGui::GetFontSize();
  for (int d = 0; d < kDimensionCount; ++d) {
    const auto dimension = static_cast<Dimension>(d);
    // Rows are copies: a field's command replaces the workspace's indicator.
    std::vector<Indicator> rows;
    for (const Indicator& indicator : ws.indicators)
      if (indicator.dimension == dimension) rows.push_back(indicator);
    if (rows.empty()) continue;
    std::string header = label(dimension, language());
    for (const scoring::SubIndex& group : result.groups)
      if (!result.error && group.name == to_key(dimension) && !group.scores.empty() &&
          group.scores[0])
        header = trf("readiness.dimension_header", {header, number(*group.scores[0], 1)});
    header += "###dimension" + std::to_string(d);
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
    ImGui::PushID(d);
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##indicators", 6, flags)) {
      ImGui::TableSetupColumn(tr("readiness.column.indicator"), ImGuiTableColumnFlags_WidthStretch,
                              1.6f);
      ImGui::TableSetupColumn(tr("readiness.column.value"), ImGuiTableColumnFlags_WidthFixed,
                              6.5f * e);
      ImGui::TableSetupColumn(tr("readiness.column.unit"), ImGuiTableColumnFlags_WidthStretch,
                              1.0f);
      ImGui::TableSetupColumn(tr("readiness.column.source"), ImGuiTableColumnFlags_WidthStretch,
                              0.9f);
      ImGui::TableSetupColumn(tr("readiness.column.year"), ImGuiTableColumnFlags_WidthFixed,
                              3.4f * e);
      ImGui::TableSetupColumn(tr("readiness.column.weight"), ImGuiTableColumnFlags_WidthFixed,
                              3.6f * e);
      ImGui::TableHeadersRow();
      for (const Indicator& indicator : rows)
        indicator_row(session, indicator);
      ImGui::EndTable();
    }
    ImGui::PopID();
    ImGui::Spacing();
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Method tab
//-----------------------------------------------------------------------------

// One method choice: its label, a combo of the enum's words, and what the
// chosen one means.
template <class E, std::size_t N>
void method_choice(Session& session, const char* field, const char* label_key, E current,
                   const std::array<const char*, N>& hint_keys, void (*set)(ScoringSettings&, E)) {
  const float e = ImGui::GetFontSize();
  field_label(tr(label_key), 14 * e);
  std::vector<std::string> names;
  for (std::size_t i = 0; i < N; ++i)
    names.push_back(label(static_cast<E>(i), language()));
  int chosen = static_cast<int>(current);
  ImGui::SetNextItemWidth(std::min(22 * e, ImGui::GetContentRegionAvail().x));
  if (ImGui::BeginCombo((std::string("##") + field).c_str(),
                        names[static_cast<std::size_t>(chosen)].c_str())) {
    for (std::size_t i = 0; i < N; ++i) {
      if (ImGui::Selectable(names[i].c_str(), static_cast<int>(i) == chosen))
        chosen = static_cast<int>(i);
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(26 * e);
        ImGui::TextUnformatted(tr(hint_keys[i]));
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    }
    ImGui::EndCombo();
  }
  if (chosen != static_cast<int>(current)) {
    const E value = static_cast<E>(chosen);
    session.apply(edit_scoring(*session.workspace(), field, tr(label_key),
                               [&](ScoringSettings& s) { set(s, value); }));
    session.seal();
  }
  ImGui::Indent(14 * e);
  muted_text(tr(hint_keys[static_cast<std::size_t>(current)]));
  ImGui::Unindent(14 * e);
  ImGui::Spacing();
}

void method_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const ScoringSettings& s = ws.scoring;
  muted_text(tr("readiness.method_intro"));
  ImGui::Spacing();
  method_choice<IndexNormalisation, 5>(
      session, "normalisation", "readiness.method.normalisation", s.normalisation,
      {"readiness.hint.minmax", "readiness.hint.zscore", "readiness.hint.goalposts",
       "readiness.hint.distance_to_target", "readiness.hint.rank"},
      [](ScoringSettings& after, IndexNormalisation v) { after.normalisation = v; });
  method_choice<IndexAggregation, 2>(
      session, "aggregation_within", "readiness.method.within", s.aggregation_within,
      {"readiness.hint.arithmetic", "readiness.hint.geometric"},
      [](ScoringSettings& after, IndexAggregation v) { after.aggregation_within = v; });
  method_choice<IndexAggregation, 2>(
      session, "aggregation_across", "readiness.method.across", s.aggregation_across,
      {"readiness.hint.arithmetic", "readiness.hint.geometric"},
      [](ScoringSettings& after, IndexAggregation v) { after.aggregation_across = v; });
  method_choice<MissingValuePolicy, 3>(
      session, "missing", "readiness.method.missing", s.missing,
      {"readiness.hint.exclude", "readiness.hint.mean", "readiness.hint.median"},
      [](ScoringSettings& after, MissingValuePolicy v) { after.missing = v; });

  // Min–max and a geometric mean: why the scale starts at 1.
  const ScoringSettings& now = session.workspace()->scoring;
  const bool geometric = now.aggregation_within == IndexAggregation::geometric ||
                         now.aggregation_across == IndexAggregation::geometric;
  if (now.normalisation == IndexNormalisation::minmax) {
    ImGui::Separator();
    if (geometric)
      ImGui::TextWrapped("%s", tr("readiness.minmax_geometric"));
    else
      muted_text(tr("readiness.minmax_geometric"));
  }
  const scoring::IndexResult& result = session.scores().readiness;
  if (result.error) {
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.16f, 0.0f, 1.0f));
    ImGui::TextWrapped("%s %s", tr("readiness.cannot_compute"),
                       message(result.error->key, language(), result.error->args).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::Separator();
  muted_text(trf("readiness.uncertainty_note",
                 {number(static_cast<double>(now.samples), 0), percent(now.weight_spread, 0)}));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_readiness_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  screen_title(tr("readiness.title"));
  same_line_at_right({tr("readiness.import_csv"), tr("common.export_csv")});
  file_picker_button(tr("readiness.import_csv"), "readiness.import_csv");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("readiness.import_csv_hint"));
  ImGui::SameLine();
  csv_export_button(session, "readiness.csv_name", "readiness.export_csv", [&session] {
    return indicators_csv(*session.workspace(), language(), locale());
  });
  muted_text(tr("readiness.intro"));
  ImGui::Spacing();
  if (csv_import_dialog(session)) requested_tab() = Tab::indicators;

  const std::optional<Tab> wanted = std::exchange(requested_tab(), std::nullopt);
  auto flags = [&](Tab tab) {
    return wanted == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
  };
  if (!ImGui::BeginTabBar("##readiness")) return;
  if (ImGui::BeginTabItem((std::string(tr("readiness.tab.result")) + "###result").c_str(), nullptr,
                          flags(Tab::result))) {
    ImGui::Spacing();
    result_tab(session);
    ImGui::EndTabItem();
  }
  const std::string indicators =
      trf("readiness.tab.indicators",
          {std::to_string(with_value(ws)), std::to_string(ws.indicators.size())}) +
      "###indicators";
  if (ImGui::BeginTabItem(indicators.c_str(), nullptr, flags(Tab::indicators))) {
    ImGui::Spacing();
    indicators_tab(session);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem((std::string(tr("readiness.tab.method")) + "###method").c_str(), nullptr,
                          flags(Tab::method))) {
    ImGui::Spacing();
    method_tab(session);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

} // namespace rumbo::ui
