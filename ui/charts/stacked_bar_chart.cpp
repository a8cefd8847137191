// Stacked horizontal bars: each row split into segments left to right (how
// often an action holds rank 1, 2, 3...), a segment's value written inside
// it when it fits.

#include "ui/charts/chart_frame.h"

#include <algorithm>
#include <cmath>

namespace rumbo::ui::charts {
namespace {

// White text reads on the darker hues, black on the lighter ones.
ImU32 text_on(Hue hue) {
  switch (hue) {
  case Hue::blue:
  case Hue::vermillion:
  case Hue::black:
  case Hue::bluish_green:
    return IM_COL32_WHITE;
  default:
    return IM_COL32_BLACK;
  }
}

} // namespace

void stacked_bar_chart(const char* id, const StackedBarChart& chart) {
  const float e = frame::em(), small = frame::small_size();
  const frame::RowBands bands = frame::begin_rows(id, chart.title, chart.rows.size());
  const frame::Canvas& canvas = bands.canvas;
  const float row_height = bands.row_height, top = bands.top, bottom = bands.bottom;
  ImDrawList* draw = canvas.draw;

  auto value = [&](std::size_t r, std::size_t s) {
    return r < chart.values.size() && s < chart.values[r].size() ? chart.values[r][s] : 0.0;
  };
  double high = 0;
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    double total = 0;
    for (std::size_t s = 0; s < chart.segments.size(); ++s)
      total += std::max(0.0, value(r, s));
    high = std::max(high, total);
  }
  high = chart.axis_max.value_or(high > 0 ? high : 1.0);

  float names = frame::measure(chart.category_axis, small).x;
  for (const std::string& row : chart.rows)
    names = std::max(names, frame::measure(row, e).x);
  names = std::min(names, canvas.width() * 0.34f);
  const float left = canvas.min.x + names + 0.8f * e, right = canvas.max.x - 0.8f * e;
  const frame::Scale x{0.0, high, left, right};
  frame::x_axis(draw, x, frame::ticks(0.0, high, frame::tick_count(right - left, 4.5f), false), top,
                bottom, chart.format, chart.value_axis);
  frame::text(draw, canvas.min, ImVec2(0, 0), frame::muted_ink(), chart.category_axis, small);

  const std::optional<std::size_t> hovered_row = bands.hovered;
  std::optional<std::size_t> hovered_segment;

  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const float y0 = bands.row_top(r), mid = y0 + row_height / 2;
    if (hovered_row == r)
      draw->AddRectFilled(ImVec2(canvas.min.x, y0), ImVec2(canvas.max.x, y0 + row_height),
                          IM_COL32(0, 0, 0, 12));
    frame::text(draw, ImVec2(left - 0.8f * e, mid), ImVec2(1, 0.5f), frame::ink(),
                frame::fit(chart.rows[r], names, e), e);
    double start = 0;
    for (std::size_t s = 0; s < chart.segments.size(); ++s) {
      const double v = std::max(0.0, value(r, s));
      if (v <= 0) continue;
      const float x0 = x(start), x1 = x(start + v);
      const Hue hue = series_hue(s);
      draw->AddRectFilled(ImVec2(x0, mid - 0.55f * e), ImVec2(x1, mid + 0.55f * e), colour(hue));
      // A thin white gap between segments keeps neighbours apart in grey print.
      draw->AddLine(ImVec2(x1, mid - 0.55f * e), ImVec2(x1, mid + 0.55f * e), IM_COL32_WHITE, 1.0f);
      const std::string label = chart.format.text(v);
      if (frame::measure(label, small).x + 0.4f * e < x1 - x0)
        frame::text(draw, ImVec2((x0 + x1) / 2, mid), ImVec2(0.5f, 0.5f), text_on(hue), label,
                    small);
      if (hovered_row == r && canvas.mouse.x >= x0 && canvas.mouse.x < x1) hovered_segment = s;
      start += v;
    }
  }

  if (hovered_row && *hovered_row < chart.rows.size()) {
    std::vector<std::pair<std::string, std::string>> lines;
    for (std::size_t s = 0; s < chart.segments.size(); ++s)
      lines.push_back({(hovered_segment == s ? "› " : "") + chart.segments[s],
                       chart.format.text(value(*hovered_row, s))});
    frame::tooltip(chart.rows[*hovered_row], lines);
  }

  std::vector<frame::LegendItem> items;
  for (std::size_t s = 0; s < chart.segments.size(); ++s)
    items.push_back({chart.segments[s], colour(series_hue(s)), frame::Mark::box});
  frame::legend(items);

  frame::DataTable table;
  table.columns.push_back(chart.category_axis);
  table.columns.insert(table.columns.end(), chart.segments.begin(), chart.segments.end());
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    std::vector<std::string> cells{chart.rows[r]};
    for (std::size_t s = 0; s < chart.segments.size(); ++s)
      cells.push_back(chart.format.text(value(r, s)));
    table.rows.push_back(cells);
  }
  frame::data_table(table);
  frame::end();
}

} // namespace rumbo::ui::charts
