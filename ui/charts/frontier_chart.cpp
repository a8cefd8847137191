// Frontier: the best score reachable at each budget, as steps (a selection
// holds until the budget allows the next one) or straight segments, with the
// current budget marked by a vertical line.

#include "ui/charts/chart_frame.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace rumbo::ui::charts {

void frontier_chart(const char* id, const FrontierChart& chart) {
  const frame::Canvas canvas = frame::begin(id, chart.title, kChartHeightEm);
  ImDrawList* draw = canvas.draw;
  const float e = frame::em(), small = frame::small_size();

  double x_low = chart.current_budget, x_high = chart.current_budget, y_low = 0, y_high = 0;
  bool any = false;
  for (const FrontierPoint& p : chart.points) {
    x_low = std::min(x_low, p.budget), x_high = std::max(x_high, p.budget);
    if (p.score) {
      y_low = any ? std::min(y_low, *p.score) : *p.score;
      y_high = any ? std::max(y_high, *p.score) : *p.score;
      any = true;
    }
  }
  y_low = std::min(y_low, 0.0);
  if (y_high <= y_low) y_high = y_low + 1;
  if (x_high <= x_low) x_high = x_low + 1;
  const int y_most = frame::tick_count(canvas.height() * 0.7f, 3.0f);
  std::tie(y_low, y_high) = frame::nice_range(y_low, y_high, y_most, false);
  const std::vector<double> y_ticks = frame::ticks(y_low, y_high, y_most, false);

  const float left = canvas.min.x + frame::tick_label_width(y_ticks, chart.score_format) + 0.7f * e;
  const float right = canvas.max.x - 0.8f * e;
  const float top = canvas.min.y + small * 1.8f;
  const float bottom = canvas.max.y - (0.2f * e + small * 2.4f);
  const frame::Scale y{y_low, y_high, bottom, top};
  // Budgets with money labels are wide: fewer ticks.
  const float budget_label = frame::measure(chart.budget_format.text(x_high), small).x;
  const int x_most = std::clamp(static_cast<int>((right - left) / (budget_label + 1.5f * e)), 2, 8);
  // Inset by half a label, so the first and last budgets' labels stay inside.
  const float inset = budget_label / 2 + 0.2f * e;
  const frame::Scale x{x_low, x_high, left + inset, right - inset};
  frame::text(draw, canvas.min, ImVec2(0, 0), frame::ink(), chart.y_axis, small);
  frame::y_axis(draw, y, y_ticks, left, right, chart.score_format);
  frame::x_axis(draw, x, frame::ticks(x_low, x_high, x_most, false), top, bottom,
                chart.budget_format, chart.x_axis);
  draw->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), frame::axis_ink());

  // The current budget.
  const float now = x(chart.current_budget);
  frame::polyline(draw, {ImVec2(now, top), ImVec2(now, bottom)}, colour(Hue::vermillion), 0.12f * e,
                  Stroke::dashed);
  const bool label_left = now > (left + right) / 2;
  frame::text(draw, ImVec2(now + (label_left ? -0.3f : 0.3f) * e, top),
              ImVec2(label_left ? 1.0f : 0.0f, 0), colour(Hue::vermillion),
              chart.current_name + ": " + chart.budget_format.text(chart.current_budget), small);

  // The line, broken where a budget has no feasible selection.
  const ImU32 line = colour(Hue::blue);
  std::vector<ImVec2> run;
  for (std::size_t i = 0; i <= chart.points.size(); ++i) {
    const FrontierPoint* p = i < chart.points.size() ? &chart.points[i] : nullptr;
    if (p && p->score) {
      const ImVec2 at(x(p->budget), y(*p->score));
      if (chart.steps && !run.empty()) run.push_back(ImVec2(at.x, run.back().y));
      run.push_back(at);
      continue;
    }
    frame::polyline(draw, run, line, 0.14f * e, Stroke::solid);
    run.clear();
  }

  std::optional<std::size_t> hovered;
  if (canvas.hovered) {
    float best = 1.2f * e;
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
      const float d = std::abs(canvas.mouse.x - x(chart.points[i].budget));
      if (d < best) best = d, hovered = i;
    }
  }
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    const FrontierPoint& p = chart.points[i];
    if (p.score)
      draw->AddCircleFilled(ImVec2(x(p.budget), y(*p.score)), (hovered == i ? 0.34f : 0.24f) * e,
                            line);
    else
      draw->AddCircle(ImVec2(x(p.budget), bottom), 0.24f * e, frame::muted_ink(), 0, 1.5f);
  }
  if (hovered) {
    const FrontierPoint& p = chart.points[*hovered];
    std::vector<std::pair<std::string, std::string>> lines{
        {chart.y_axis, frame::maybe(p.score, chart.score_format)}};
    if (!p.detail.empty()) lines.push_back({chart.detail_name, p.detail});
    frame::tooltip(chart.budget_format.text(p.budget), lines);
  }

  frame::legend({{chart.y_axis, line, frame::Mark::line, Stroke::solid},
                 {chart.current_name, colour(Hue::vermillion), frame::Mark::line, Stroke::dashed}});

  frame::DataTable table;
  table.columns = {chart.x_axis, chart.y_axis};
  if (!chart.detail_name.empty()) table.columns.push_back(chart.detail_name);
  table.text_columns = 0;
  for (const FrontierPoint& p : chart.points) {
    std::vector<std::string> cells{chart.budget_format.text(p.budget),
                                   frame::maybe(p.score, chart.score_format)};
    if (!chart.detail_name.empty()) cells.push_back(p.detail);
    table.rows.push_back(cells);
  }
  frame::data_table(table);
  frame::end();
}

} // namespace rumbo::ui::charts
