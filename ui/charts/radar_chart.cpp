// Radar: one spoke per dimension, the first at the top and the rest
// clockwise; a ring per tick; each series a closed line.

#include "ui/charts/chart_frame.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rumbo::ui::charts {
namespace {

// `text` broken at spaces into lines no wider than `width` (at most three;
// the last one cut with an ellipsis).
std::vector<std::string> wrap(const std::string& text, float width, float size) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t space = text.find(' ', start);
    if (space == std::string::npos) space = text.size();
    const std::string word = text.substr(start, space - start);
    const std::string longer = line.empty() ? word : line + " " + word;
    if (!line.empty() && frame::measure(longer, size).x > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = longer;
    }
    start = space + 1;
  }
  if (!line.empty()) lines.push_back(line);
  if (lines.size() > 3) {
    lines.resize(3);
    lines[2] += " …";
  }
  for (std::string& l : lines)
    l = frame::fit(l, width, size);
  return lines;
}

} // namespace

void radar_chart(const char* id, const RadarChart& chart) {
  const frame::Canvas canvas = frame::begin(id, chart.title, chart.height_em);
  ImDrawList* draw = canvas.draw;
  const float e = frame::em(), small = frame::small_size();
  const std::size_t spokes = chart.spokes.size();

  if (!chart.scale_label.empty())
    frame::text(draw, canvas.min, ImVec2(0, 0), frame::muted_ink(), chart.scale_label, small);

  const float label_width = std::min(8.0f * e, canvas.width() * 0.24f);
  const float line_height = small * 1.15f;
  const float radius =
      std::max(2.0f * e, std::min(canvas.width() / 2 - label_width - 0.6f * e,
                                  canvas.height() / 2 - 2 * line_height - 1.4f * e));
  const ImVec2 centre(std::floor((canvas.min.x + canvas.max.x) / 2),
                      std::floor(canvas.min.y + canvas.height() / 2 + 0.6f * e));
  const double span = chart.max > chart.min ? chart.max - chart.min : 1.0;
  auto direction = [&](std::size_t s) {
    const double angle = 2 * std::numbers::pi * static_cast<double>(s) /
                         static_cast<double>(std::max<std::size_t>(spokes, 1));
    return ImVec2(static_cast<float>(std::sin(angle)), static_cast<float>(-std::cos(angle)));
  };
  auto at = [&](std::size_t s, double value) {
    const float t = static_cast<float>(std::clamp((value - chart.min) / span, 0.0, 1.0));
    const ImVec2 d = direction(s);
    return ImVec2(centre.x + d.x * radius * t, centre.y + d.y * radius * t);
  };

  // The hovered spoke: the one nearest the mouse's angle, near the chart.
  std::optional<std::size_t> hovered;
  if (canvas.hovered && spokes > 0) {
    const float dx = canvas.mouse.x - centre.x, dy = canvas.mouse.y - centre.y;
    if (std::hypot(dx, dy) <= radius + label_width) {
      double angle = std::atan2(dx, -dy);
      if (angle < 0) angle += 2 * std::numbers::pi;
      hovered = static_cast<std::size_t>(
                    std::lround(angle / (2 * std::numbers::pi) * static_cast<double>(spokes))) %
                spokes;
    }
  }

  // Rings at the ticks, spokes, spoke names.
  const std::vector<double> rings = frame::ticks(chart.min, chart.max, 4, false);
  if (spokes >= 3)
    for (double ring : rings) {
      std::vector<ImVec2> polygon;
      for (std::size_t s = 0; s < spokes; ++s)
        polygon.push_back(at(s, ring));
      draw->AddPolyline(polygon.data(), static_cast<int>(polygon.size()), frame::grid_ink(),
                        ImDrawFlags_Closed, 1.0f);
    }
  for (std::size_t s = 0; s < spokes; ++s) {
    const bool is_hovered = hovered == s;
    draw->AddLine(centre, at(s, chart.max), is_hovered ? frame::axis_ink() : frame::grid_ink(),
                  is_hovered ? 2.0f : 1.0f);
    const ImVec2 d = direction(s);
    const ImVec2 anchor(centre.x + d.x * (radius + 0.5f * e), centre.y + d.y * (radius + 0.5f * e));
    const std::vector<std::string> lines = wrap(chart.spokes[s], label_width, small);
    const float block = line_height * static_cast<float>(lines.size());
    const ImVec2 align(0.5f - 0.5f * (std::abs(d.x) < 0.2f ? 0.0f : (d.x > 0 ? 1.0f : -1.0f)),
                       0.5f - 0.5f * (std::abs(d.y) < 0.2f ? 0.0f : (d.y > 0 ? 1.0f : -1.0f)));
    float y = anchor.y - block * align.y;
    for (const std::string& line : lines) {
      frame::text(draw, ImVec2(anchor.x, y), ImVec2(align.x, 0), frame::ink(), line, small);
      y += line_height;
    }
  }
  // Ring values along the first spoke.
  const ValueFormat ring_format = frame::tick_format(chart.format, rings);
  for (double ring : rings)
    if (spokes > 0)
      frame::text(draw, ImVec2(at(0, ring).x + 0.25f * e, at(0, ring).y), ImVec2(0, 0.5f),
                  frame::muted_ink(), ring_format.text(ring), small * 0.9f);

  // Series, the first on top.
  const float thickness = 0.14f * e;
  for (std::size_t k = chart.series.size(); k-- > 0;) {
    const RadarSeries& series = chart.series[k];
    const ImU32 line = colour(series.hue.value_or(series_hue(k)));
    const bool complete =
        series.values.size() == spokes && std::all_of(series.values.begin(), series.values.end(),
                                                      [](auto& v) { return v.has_value(); });
    if (series.filled && complete && spokes >= 3) {
      // A fan from the centre (the polygon need not be convex); without
      // anti-aliased fill, so the triangles' seams do not show.
      const ImDrawListFlags flags = draw->Flags;
      draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
      const ImU32 fill = colour(series.hue.value_or(series_hue(k)), 0.16f);
      for (std::size_t s = 0; s < spokes; ++s)
        draw->AddTriangleFilled(centre, at(s, *series.values[s]),
                                at((s + 1) % spokes, *series.values[(s + 1) % spokes]), fill);
      draw->Flags = flags;
    }
    // Runs of consecutive values; a closed line when none is missing.
    if (complete) {
      std::vector<ImVec2> points;
      for (std::size_t s = 0; s < spokes; ++s)
        points.push_back(at(s, *series.values[s]));
      frame::polyline(draw, points, line, thickness, series.stroke, spokes >= 3);
    } else {
      for (std::size_t s = 0; s + 1 <= spokes && s < series.values.size(); ++s) {
        const std::size_t next = (s + 1) % spokes;
        if (series.values[s] && next < series.values.size() && series.values[next] && spokes >= 3)
          frame::polyline(draw, {at(s, *series.values[s]), at(next, *series.values[next])}, line,
                          thickness, series.stroke);
      }
    }
    for (std::size_t s = 0; s < spokes && s < series.values.size(); ++s)
      if (series.values[s])
        draw->AddCircleFilled(at(s, *series.values[s]), (hovered == s ? 0.32f : 0.22f) * e, line);
  }

  if (hovered) {
    std::vector<std::pair<std::string, std::string>> lines;
    for (const RadarSeries& series : chart.series)
      lines.push_back({series.name, *hovered < series.values.size() && series.values[*hovered]
                                        ? chart.format.text(*series.values[*hovered])
                                        : "—"});
    frame::tooltip(chart.spokes[*hovered], lines);
  }

  std::vector<frame::LegendItem> items;
  for (std::size_t k = 0; k < chart.series.size(); ++k)
    items.push_back({chart.series[k].name, colour(chart.series[k].hue.value_or(series_hue(k))),
                     frame::Mark::line, chart.series[k].stroke});
  frame::legend(items);

  frame::DataTable table;
  table.columns.push_back(chart.spoke_heading);
  for (const RadarSeries& series : chart.series)
    table.columns.push_back(series.name);
  for (std::size_t s = 0; s < spokes; ++s) {
    std::vector<std::string> row{chart.spokes[s]};
    for (const RadarSeries& series : chart.series)
      row.push_back(
          frame::maybe(s < series.values.size() ? series.values[s] : std::nullopt, chart.format));
    table.rows.push_back(row);
  }
  frame::data_table(table);
  frame::end();
}

} // namespace rumbo::ui::charts
