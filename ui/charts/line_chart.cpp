// Lines over evenly spaced labels (years, evaluation cycles) against a
// horizontal target line: a KPI's actual values and where it should get.

#include "ui/charts/chart_frame.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace rumbo::ui::charts {

void line_chart(const char* id, const LineChart& chart) {
  const frame::Canvas canvas = frame::begin(id, chart.title, kChartHeightEm);
  ImDrawList* draw = canvas.draw;
  const float e = frame::em(), small = frame::small_size();
  const std::size_t n = chart.x_labels.size();

  double low = 1e300, high = -1e300;
  for (const LineSeries& series : chart.series)
    for (const std::optional<double>& v : series.values)
      if (v) low = std::min(low, *v), high = std::max(high, *v);
  if (chart.target)
    low = std::min(low, chart.target->value), high = std::max(high, chart.target->value);
  if (low > high) low = 0, high = 1;
  if (low == high) low -= 1, high += 1;
  const int most = frame::tick_count(canvas.height() * 0.7f, 3.0f);
  std::tie(low, high) =
      frame::nice_range(chart.y_min.value_or(low), chart.y_max.value_or(high), most, false);
  if (chart.y_min) low = *chart.y_min;
  if (chart.y_max) high = *chart.y_max;
  const std::vector<double> y_ticks = frame::ticks(low, high, most, false);

  const float left = canvas.min.x + frame::tick_label_width(y_ticks, chart.format) + 0.7f * e;
  const float right = canvas.max.x - 0.8f * e;
  const float top = canvas.min.y + small * 1.8f;
  const float bottom = canvas.max.y - (0.2f * e + small * 2.4f);
  const frame::Scale y{low, high, bottom, top};
  const double last = n > 1 ? static_cast<double>(n - 1) : 1.0;
  const frame::Scale x{-0.35, last + 0.35, left, right};
  auto x_of = [&](std::size_t i) { return n > 1 ? x(static_cast<double>(i)) : (left + right) / 2; };

  frame::text(draw, canvas.min, ImVec2(0, 0), frame::ink(), chart.y_axis, small);
  frame::y_axis(draw, y, y_ticks, left, right, chart.format);
  draw->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), frame::axis_ink(), 1.0f);
  // Labels along x, skipping some when they would touch.
  float widest = 0;
  for (const std::string& label : chart.x_labels)
    widest = std::max(widest, frame::measure(label, small).x);
  const float spacing = n > 1 ? (x_of(1) - x_of(0)) : right - left;
  const std::size_t every =
      std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + 0.8f * e) / spacing)));
  for (std::size_t i = 0; i < n; i += every)
    frame::text(draw, ImVec2(x_of(i), bottom + 0.2f * e), ImVec2(0.5f, 0), frame::muted_ink(),
                chart.x_labels[i], small);
  frame::text(draw, ImVec2((left + right) / 2, bottom + 0.2f * e + small * 1.2f), ImVec2(0.5f, 0),
              frame::ink(), chart.x_axis, small);

  std::optional<std::size_t> hovered;
  if (canvas.hovered && n > 0 && canvas.mouse.x >= left && canvas.mouse.x <= right) {
    const double at = n > 1 ? x.inverse(canvas.mouse.x) : 0.0;
    hovered = static_cast<std::size_t>(std::clamp(std::lround(at), 0L, static_cast<long>(n - 1)));
    draw->AddLine(ImVec2(x_of(*hovered), top), ImVec2(x_of(*hovered), bottom), frame::axis_ink(),
                  1.0f);
  }

  if (chart.target) {
    const float ty = y(chart.target->value);
    frame::polyline(draw, {ImVec2(left, ty), ImVec2(right, ty)}, colour(Hue::vermillion), 0.12f * e,
                    Stroke::dashed);
    frame::text(draw, ImVec2(right, ty - 0.15f * e), ImVec2(1, 1), colour(Hue::vermillion),
                chart.target->name + ": " + chart.format.text(chart.target->value), small);
  }

  for (std::size_t k = 0; k < chart.series.size(); ++k) {
    const LineSeries& series = chart.series[k];
    const ImU32 c = colour(series.hue.value_or(series_hue(k)));
    std::vector<ImVec2> run;
    for (std::size_t i = 0; i <= n; ++i) {
      if (i < n && i < series.values.size() && series.values[i]) {
        run.push_back(ImVec2(x_of(i), y(*series.values[i])));
        continue;
      }
      frame::polyline(draw, run, c, 0.14f * e, series.stroke);
      run.clear();
    }
    for (std::size_t i = 0; i < n && i < series.values.size(); ++i)
      if (series.values[i])
        draw->AddCircleFilled(ImVec2(x_of(i), y(*series.values[i])),
                              (hovered == i ? 0.34f : 0.24f) * e, c);
  }

  if (hovered) {
    std::vector<std::pair<std::string, std::string>> lines;
    for (const LineSeries& series : chart.series)
      lines.push_back({series.name, *hovered < series.values.size() && series.values[*hovered]
                                        ? chart.format.text(*series.values[*hovered])
                                        : "—"});
    if (chart.target) lines.push_back({chart.target->name, chart.format.text(chart.target->value)});
    frame::tooltip(chart.x_labels[*hovered], lines);
  }

  std::vector<frame::LegendItem> items;
  for (std::size_t k = 0; k < chart.series.size(); ++k)
    items.push_back({chart.series[k].name, colour(chart.series[k].hue.value_or(series_hue(k))),
                     frame::Mark::line, chart.series[k].stroke});
  if (chart.target)
    items.push_back(
        {chart.target->name, colour(Hue::vermillion), frame::Mark::line, Stroke::dashed});
  frame::legend(items);

  frame::DataTable table;
  table.columns.push_back(chart.x_axis);
  for (const LineSeries& series : chart.series)
    table.columns.push_back(series.name);
  if (chart.target) table.columns.push_back(chart.target->name);
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<std::string> cells{chart.x_labels[i]};
    for (const LineSeries& series : chart.series)
      cells.push_back(
          frame::maybe(i < series.values.size() ? series.values[i] : std::nullopt, chart.format));
    if (chart.target) cells.push_back(chart.format.text(chart.target->value));
    table.rows.push_back(cells);
  }
  frame::data_table(table);
  frame::end();
}

} // namespace rumbo::ui::charts
