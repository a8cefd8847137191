// Scatter and bubbles on a grid (influence against interest of the actors),
// with optional quadrants. Points marked draggable can be moved with the
// mouse; the chart reports where to, and the caller changes the workspace.

#include "ui/charts/chart_frame.h"

#include <algorithm>
#include <cmath>

namespace rumbo::ui::charts {
namespace {

double snap(double value, double step, double low, double high) {
  if (step > 0) value = std::round(value / step) * step;
  return std::clamp(value, low, high);
}

} // namespace

std::optional<ScatterDrag> scatter_chart(const char* id, const ScatterChart& chart) {
  const frame::Canvas canvas = frame::begin(id, chart.title, chart.height_em);
  ImDrawList* draw = canvas.draw;
  const float e = frame::em(), small = frame::small_size();
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID drag_key = ImGui::GetID("##drag"), x_key = ImGui::GetID("##drag_x"),
                y_key = ImGui::GetID("##drag_y");

  // The plot: y label above, tick labels left, x axis and its label below.
  const std::vector<double> y_ticks = frame::ticks(
      chart.y_min, chart.y_max, frame::tick_count(canvas.height() * 0.7f, 3.0f), false);
  const float left = canvas.min.x + frame::tick_label_width(y_ticks, chart.format) + 0.7f * e;
  const float right = canvas.max.x - 0.8f * e;
  const float top = canvas.min.y + small * 1.8f;
  const float bottom = canvas.max.y - (0.2f * e + small * 2.4f);
  // Points on the edges of the range stay whole inside the plot.
  double largest = 0;
  for (const ScatterPoint& p : chart.points)
    largest = std::max(largest, p.size);
  const float inset = (largest > 0 ? 1.6f : 0.6f) * e;
  const frame::Scale x{chart.x_min, chart.x_max, left + inset, right - inset};
  const frame::Scale y{chart.y_min, chart.y_max, bottom - inset, top + inset};
  frame::text(draw, canvas.min, ImVec2(0, 0), frame::ink(), chart.y_axis, small);
  frame::y_axis(draw, y, y_ticks, left, right, chart.format);
  frame::x_axis(
      draw, x, frame::ticks(chart.x_min, chart.x_max, frame::tick_count(right - left, 4.5f), false),
      top, bottom, chart.format, chart.x_axis);
  draw->AddRect(ImVec2(left, top), ImVec2(right, bottom), frame::grid_ink());
  draw->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), frame::axis_ink());
  draw->AddLine(ImVec2(left, top), ImVec2(left, bottom), frame::axis_ink());

  const bool has_quadrants = std::any_of(chart.quadrants.begin(), chart.quadrants.end(),
                                         [](const std::string& q) { return !q.empty(); });
  if (has_quadrants) {
    const float mx = x((chart.x_min + chart.x_max) / 2), my = y((chart.y_min + chart.y_max) / 2);
    draw->AddLine(ImVec2(mx, top), ImVec2(mx, bottom), frame::axis_ink(), 1.5f);
    draw->AddLine(ImVec2(left, my), ImVec2(right, my), frame::axis_ink(), 1.5f);
    const float pad = 0.4f * e, room = (right - left) / 2 - 2 * pad;
    const ImU32 ink = frame::muted_ink();
    frame::text(draw, ImVec2(left + pad, top + pad), ImVec2(0, 0), ink,
                frame::fit(chart.quadrants[0], room, small), small);
    frame::text(draw, ImVec2(right - pad, top + pad), ImVec2(1, 0), ink,
                frame::fit(chart.quadrants[1], room, small), small);
    frame::text(draw, ImVec2(left + pad, bottom - pad), ImVec2(0, 1), ink,
                frame::fit(chart.quadrants[2], room, small), small);
    frame::text(draw, ImVec2(right - pad, bottom - pad), ImVec2(1, 1), ink,
                frame::fit(chart.quadrants[3], room, small), small);
  }

  auto radius = [&](const ScatterPoint& p) {
    return largest > 0
               ? 0.35f * e +
                     1.1f * e * static_cast<float>(std::sqrt(std::max(0.0, p.size) / largest))
               : 0.45f * e;
  };

  // A drag under way: the point and where the mouse has it.
  int dragging = storage->GetInt(drag_key, -1);
  if (dragging >= static_cast<int>(chart.points.size())) dragging = -1;
  auto position = [&](std::size_t i) {
    if (static_cast<int>(i) == dragging)
      return ImVec2(x(storage->GetFloat(x_key)), y(storage->GetFloat(y_key)));
    return ImVec2(x(chart.points[i].x), y(chart.points[i].y));
  };

  // The point under the mouse: the nearest whose disc it is in (last drawn wins ties).
  std::optional<std::size_t> hovered;
  if (canvas.hovered || canvas.active) {
    float best = 1e30f;
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
      const ImVec2 p = position(i);
      const float d = std::hypot(canvas.mouse.x - p.x, canvas.mouse.y - p.y);
      if (d <= radius(chart.points[i]) + 0.3f * e && d <= best) best = d, hovered = i;
    }
  }

  std::optional<ScatterDrag> result;
  if (canvas.activated && hovered && chart.points[*hovered].draggable) {
    dragging = static_cast<int>(*hovered);
    storage->SetInt(drag_key, dragging);
    storage->SetFloat(x_key, static_cast<float>(chart.points[*hovered].x));
    storage->SetFloat(y_key, static_cast<float>(chart.points[*hovered].y));
  }
  if (dragging >= 0 && (canvas.active || canvas.deactivated)) {
    const double nx = snap(x.inverse(canvas.mouse.x), chart.step, chart.x_min, chart.x_max);
    const double ny = snap(y.inverse(canvas.mouse.y), chart.step, chart.y_min, chart.y_max);
    const bool moved = static_cast<float>(nx) != storage->GetFloat(x_key) ||
                       static_cast<float>(ny) != storage->GetFloat(y_key);
    storage->SetFloat(x_key, static_cast<float>(nx));
    storage->SetFloat(y_key, static_cast<float>(ny));
    if (moved || canvas.deactivated)
      result = ScatterDrag{static_cast<std::size_t>(dragging), nx, ny, canvas.deactivated};
    if (canvas.deactivated) {
      storage->SetInt(drag_key, -1);
    } else {
      ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
      hovered = static_cast<std::size_t>(dragging);
    }
  } else if (hovered && chart.points[*hovered].draggable) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }

  // Largest first, so small points stay visible on top; names beside them.
  std::vector<std::size_t> order(chart.points.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return chart.points[a].size > chart.points[b].size;
  });
  for (std::size_t i : order) {
    const ScatterPoint& point = chart.points[i];
    const ImVec2 p = position(i);
    const float r = radius(point);
    const Hue hue = series_hue(point.group);
    draw->AddCircleFilled(p, r, colour(hue, largest > 0 ? 0.55f : 0.9f));
    draw->AddCircle(p, r, hovered == i ? frame::ink() : colour(hue), 0, hovered == i ? 2.5f : 1.5f);
    // The name beside the point, on its left when the right has no room.
    const std::string name = frame::fit(point.name, 9.0f * e, small);
    const bool room = p.x + r + 0.25f * e + frame::measure(name, small).x <= canvas.max.x;
    frame::text(draw, ImVec2(room ? p.x + r + 0.25f * e : p.x - r - 0.25f * e, p.y),
                ImVec2(room ? 0.0f : 1.0f, 0.5f), frame::ink(), name, small);
  }

  if (hovered) {
    const ScatterPoint& point = chart.points[*hovered];
    const bool moving = static_cast<int>(*hovered) == dragging;
    std::vector<std::pair<std::string, std::string>> lines;
    if (point.group < chart.groups.size() && !chart.groups[point.group].empty())
      lines.push_back({chart.group_heading, chart.groups[point.group]});
    lines.push_back({chart.x_axis, chart.format.text(moving ? storage->GetFloat(x_key) : point.x)});
    lines.push_back({chart.y_axis, chart.format.text(moving ? storage->GetFloat(y_key) : point.y)});
    if (!chart.size_name.empty()) lines.push_back({chart.size_name, chart.format.text(point.size)});
    frame::tooltip(point.name, lines);
  }

  std::vector<frame::LegendItem> items;
  for (std::size_t g = 0; g < chart.groups.size(); ++g)
    items.push_back({chart.groups[g], colour(series_hue(g)), frame::Mark::dot});
  frame::legend(items);

  frame::DataTable table;
  const bool grouped = !chart.groups.empty();
  table.columns = {chart.name_heading};
  if (grouped) table.columns.push_back(chart.group_heading);
  table.columns.insert(table.columns.end(), {chart.x_axis, chart.y_axis});
  if (!chart.size_name.empty()) table.columns.push_back(chart.size_name);
  table.text_columns = grouped ? 2 : 1;
  for (const ScatterPoint& point : chart.points) {
    std::vector<std::string> cells{point.name};
    if (grouped)
      cells.push_back(point.group < chart.groups.size() ? chart.groups[point.group] : "");
    cells.insert(cells.end(), {chart.format.text(point.x), chart.format.text(point.y)});
    if (!chart.size_name.empty()) cells.push_back(chart.format.text(point.size));
    table.rows.push_back(cells);
  }
  frame::data_table(table);
  frame::end();
  return result;
}

} // namespace rumbo::ui::charts
