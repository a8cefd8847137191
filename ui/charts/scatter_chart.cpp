// Scatter and bubbles on a grid (influence against interest of the actors),
// with optional quadrants. Points marked draggable can be moved with the
// mouse; the chart reports where to, and the caller changes the workspace.

#include "core/stable_sort.h"
#include "ui/charts/chart_frame.h"
#include "ui/widgets/item_marks.h"

#include <algorithm>
#include <cmath>

namespace rumbo::ui::charts {
namespace {

double snap(double value, double step, double low, double high) {
  if (step > 0) value = std::round(value / step) * step;
  return std::clamp(value, low, high);
}

struct Box {
  ImVec2 min, max;
  bool overlaps(const Box& other) const {
    return min.x < other.max.x && other.min.x < max.x && min.y < other.max.y && other.min.y < max.y;
  }
  bool inside(const Box& other) const {
    return min.x >= other.min.x && max.x <= other.max.x && min.y >= other.min.y &&
           max.y <= other.max.y;
  }
};

// Where a point's name can go without covering another name or point: beside
// it (right, then left), then above or below it, at full length and then
// shortened. None of these: no name (the tooltip and the data table give it).
std::optional<std::pair<Box, std::string>> place_name(const std::string& name, ImVec2 p, float r,
                                                      const Box& plot,
                                                      const std::vector<Box>& taken) {
  const float e = frame::em(), small = frame::small_size(), gap = 0.25f * e;
  for (float room : {9.0f * e, 5.0f * e}) {
    const std::string shown = frame::fit(name, room, small);
    const ImVec2 size = frame::measure(shown, small);
    const ImVec2 corners[] = {
        {p.x + r + gap, p.y - size.y / 2},
        {p.x - r - gap - size.x, p.y - size.y / 2},
        {p.x - size.x / 2, p.y - r - gap - size.y},
        {p.x - size.x / 2, p.y + r + gap},
    };
    for (const ImVec2& corner : corners) {
      const Box box{corner, ImVec2(corner.x + size.x, corner.y + size.y)};
      if (box.inside(plot) &&
          std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return box.overlaps(t); }))
        return std::pair(box, shown);
    }
  }
  return std::nullopt;
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

  // What a point's name must not cover: the quadrant names, the points, the
  // names already placed.
  std::vector<Box> taken;
  const bool has_quadrants = std::any_of(chart.quadrants.begin(), chart.quadrants.end(),
                                         [](const std::string& q) { return !q.empty(); });
  if (has_quadrants) {
    const float mx = x((chart.x_min + chart.x_max) / 2), my = y((chart.y_min + chart.y_max) / 2);
    draw->AddLine(ImVec2(mx, top), ImVec2(mx, bottom), frame::axis_ink(), 1.5f);
    draw->AddLine(ImVec2(left, my), ImVec2(right, my), frame::axis_ink(), 1.5f);
    const float pad = 0.4f * e, room = (right - left) / 2 - 2 * pad;
    const ImVec2 corners[] = {{left + pad, top + pad},
                              {right - pad, top + pad},
                              {left + pad, bottom - pad},
                              {right - pad, bottom - pad}};
    const ImVec2 aligns[] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    for (std::size_t q = 0; q < 4; ++q) {
      const std::string name = frame::fit(chart.quadrants[q], room, small);
      frame::text(draw, corners[q], aligns[q], frame::muted_ink(), name, small);
      const ImVec2 size = frame::measure(name, small);
      const ImVec2 min(corners[q].x - aligns[q].x * size.x, corners[q].y - aligns[q].y * size.y);
      taken.push_back({min, ImVec2(min.x + size.x, min.y + size.y)});
    }
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

  // Largest first, so small points stay visible on top.
  const std::vector<std::size_t> order =
      stable_order(chart.points.size(), [&](std::size_t a, std::size_t b) {
        return chart.points[a].size > chart.points[b].size;
      });
  for (std::size_t i : order) {
    const ScatterPoint& point = chart.points[i];
    const ImVec2 p = position(i);
    const float r = radius(point);
    const Hue hue = series_hue(point.group);
    draw->AddCircleFilled(p, r, colour(hue, largest > 0 ? 0.55f : 0.9f));
    draw->AddCircle(p, r, hovered == i ? frame::ink() : colour(hue), 0, hovered == i ? 2.5f : 1.5f);
    taken.push_back({ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r)});
    if (!chart.mark.empty())
      mark_rect(chart.mark + "." + std::to_string(i), {p.x - r, p.y - r, 2 * r, 2 * r});
  }
  // Names after every point, so none is placed over a point drawn later; the
  // hovered point's first.
  std::vector<std::size_t> named;
  if (hovered) named.push_back(*hovered);
  for (std::size_t i = 0; i < chart.points.size(); ++i)
    if (i != hovered) named.push_back(i);
  const Box plot{ImVec2(left, top), ImVec2(right, bottom)};
  for (std::size_t i : named) {
    if (auto placed =
            place_name(chart.points[i].name, position(i), radius(chart.points[i]), plot, taken)) {
      frame::text(draw, placed->first.min, ImVec2(0, 0), frame::ink(), placed->second,
                  frame::small_size());
      taken.push_back(placed->first);
      if (!chart.mark.empty()) {
        const Box& box = placed->first;
        mark_rect(chart.mark + ".name." + std::to_string(i),
                  {box.min.x, box.min.y, box.max.x - box.min.x, box.max.y - box.min.y});
      }
    }
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
