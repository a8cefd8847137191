// Horizontal bars with an interval: one row per category, names on the
// left, the value axis at the bottom. As bars (a bar to the value and a
// whisker over the interval) or as points (the interval as a band, the value
// as a dot: the usual picture of a rank's uncertainty).

#include "ui/charts/chart_frame.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace rumbo::ui::charts {

void interval_bar_chart(const char* id, const IntervalBarChart& chart) {
  const float e = frame::em(), small = frame::small_size();
  const frame::RowBands bands = frame::begin_rows(id, chart.title, chart.rows.size());
  const frame::Canvas& canvas = bands.canvas;
  const float row_height = bands.row_height, top = bands.top, bottom = bands.bottom;
  ImDrawList* draw = canvas.draw;
  const bool bars = chart.style == IntervalStyle::bar;

  // The value range: the caller's, or every value, low, high and marker.
  double low = bars ? 0.0 : 1e300, high = bars ? 0.0 : -1e300;
  for (const IntervalRow& row : chart.rows)
    for (const std::optional<double>& v : {row.value, row.low, row.high, row.marker})
      if (v) low = std::min(low, *v), high = std::max(high, *v);
  if (low > high) low = 0, high = 1;
  std::tie(low, high) = frame::nice_range(low, high, 5, chart.whole_numbers);
  if (chart.axis_min) low = *chart.axis_min;
  if (chart.axis_max) high = *chart.axis_max;

  // Names on the left, as wide as the widest (at most a third of the chart).
  float names = frame::measure(chart.category_axis, small).x;
  for (const IntervalRow& row : chart.rows)
    names =
        std::max(names, frame::measure(row.name, e, row.highlighted ? frame::bold() : nullptr).x);
  names = std::min(names, canvas.width() * 0.4f);
  const float left = canvas.min.x + names + 0.8f * e;
  const float right = canvas.max.x - 0.8f * e;
  const frame::Scale x{low, high, left, right};
  // Room for each tick's label and a gap: ranks need little, money a lot.
  const float label = std::max(frame::measure(chart.format.text(low), small).x,
                               frame::measure(chart.format.text(high), small).x);
  const int most = std::clamp(static_cast<int>((right - left) / (label + 1.6f * e)), 2, 12);
  frame::x_axis(draw, x, frame::ticks(low, high, most, chart.whole_numbers), top, bottom,
                chart.format, chart.value_axis);
  frame::text(draw, ImVec2(canvas.min.x, canvas.min.y), ImVec2(0, 0), frame::muted_ink(),
              chart.category_axis, small);

  const std::optional<std::size_t> hovered = bands.hovered;

  const float whisker = std::max(1.5f, 0.1f * e);
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const IntervalRow& row = chart.rows[r];
    const float y0 = bands.row_top(r), mid = y0 + row_height / 2;
    if (hovered == r || row.highlighted)
      draw->AddRectFilled(ImVec2(canvas.min.x, y0), ImVec2(canvas.max.x, y0 + row_height),
                          row.highlighted ? colour(Hue::vermillion, 0.08f) : IM_COL32(0, 0, 0, 12));
    ImFont* face = row.highlighted ? frame::bold() : nullptr;
    frame::text(draw, ImVec2(left - 0.8f * e, mid), ImVec2(1, 0.5f), frame::ink(),
                frame::fit(row.name, names, e, face), e, face);
    const Hue hue = row.highlighted ? Hue::vermillion : Hue::blue;
    if (bars) {
      // From zero to the value, either way: a negative value (a weighted sum
      // where costs outweigh benefits) goes left. Corners are given in order,
      // since rounding an inverted rectangle draws stray triangles.
      if (row.value) {
        const float zero = x(std::clamp(0.0, low, high)), end = x(*row.value);
        draw->AddRectFilled(ImVec2(std::min(zero, end), mid - 0.45f * e),
                            ImVec2(std::max(zero, end), mid + 0.45f * e), colour(hue), 2.0f);
      }
      if (row.low && row.high) {
        draw->AddLine(ImVec2(x(*row.low), mid), ImVec2(x(*row.high), mid), frame::ink(), whisker);
        for (double end : {*row.low, *row.high})
          draw->AddLine(ImVec2(x(end), mid - 0.3f * e), ImVec2(x(end), mid + 0.3f * e),
                        frame::ink(), whisker);
      }
    } else {
      if (row.low && row.high)
        draw->AddRectFilled(ImVec2(x(*row.low) - 0.3f * e, mid - 0.3f * e),
                            ImVec2(x(*row.high) + 0.3f * e, mid + 0.3f * e), colour(hue, 0.3f),
                            0.3f * e);
      if (row.value) draw->AddCircleFilled(ImVec2(x(*row.value), mid), 0.36f * e, colour(hue));
    }
    // Hollow and larger than the dot, so a dot on the same value shows inside it.
    if (row.marker) frame::diamond(draw, ImVec2(x(*row.marker), mid), 0.55f * e, 0, frame::ink());
  }

  if (hovered && *hovered < chart.rows.size()) {
    const IntervalRow& row = chart.rows[*hovered];
    std::vector<std::pair<std::string, std::string>> lines;
    if (row.value) lines.push_back({chart.value_name, chart.format.text(*row.value)});
    if (row.low && row.high)
      lines.push_back({chart.interval_name,
                       chart.format.text(*row.low) + " – " + chart.format.text(*row.high)});
    if (row.marker) lines.push_back({chart.marker_name, chart.format.text(*row.marker)});
    frame::tooltip(row.name, lines);
  }

  const ImU32 blue = colour(Hue::blue);
  frame::legend({{chart.value_name, blue, bars ? frame::Mark::box : frame::Mark::dot},
                 {chart.interval_name, bars ? frame::ink() : colour(Hue::blue, 0.3f),
                  bars ? frame::Mark::line : frame::Mark::band},
                 {chart.marker_name, frame::ink(), frame::Mark::diamond}});

  frame::DataTable table;
  bool any_interval = false, any_marker = false;
  for (const IntervalRow& row : chart.rows) {
    any_interval = any_interval || row.low || row.high;
    any_marker = any_marker || row.marker;
  }
  table.columns = {chart.category_axis, chart.value_name};
  if (any_interval) table.columns.insert(table.columns.end(), {chart.low_name, chart.high_name});
  if (any_marker) table.columns.push_back(chart.marker_name);
  for (const IntervalRow& row : chart.rows) {
    std::vector<std::string> cells{row.name, frame::maybe(row.value, chart.format)};
    if (any_interval)
      cells.insert(cells.end(),
                   {frame::maybe(row.low, chart.format), frame::maybe(row.high, chart.format)});
    if (any_marker) cells.push_back(frame::maybe(row.marker, chart.format));
    table.rows.push_back(cells);
  }
  frame::data_table(table);
  frame::end();
}

} // namespace rumbo::ui::charts
