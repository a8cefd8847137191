// Gantt by year: one row per task, a bar over the years it runs, coloured by
// its group (the thematic axis), with arrows from the tasks it waits for. An
// arrow into a task that starts before its prerequisite ends is drawn
// dashed in vermillion: the plan has a conflict there.

#include "ui/charts/chart_frame.h"

#include <algorithm>
#include <cmath>

namespace rumbo::ui::charts {

void gantt_chart(const char* id, const GanttChart& chart) {
  const float e = frame::em(), small = frame::small_size();
  const float row_height = 1.8f * e, heading = small * 1.7f;
  const std::size_t rows = std::max<std::size_t>(chart.tasks.size(), 1);
  const float height = heading + row_height * static_cast<float>(rows) + small * 1.8f;
  const frame::Canvas canvas = frame::begin(id, chart.title, height / e);
  ImDrawList* draw = canvas.draw;
  const int first = chart.first_year, last = std::max(chart.last_year, chart.first_year);

  float names = frame::measure(chart.task_axis, small).x;
  for (const GanttTask& task : chart.tasks)
    names = std::max(names, frame::measure(task.name, e).x);
  names = std::min(names, canvas.width() * 0.34f);
  const float left = canvas.min.x + names + 0.8f * e, right = canvas.max.x - 0.8f * e;
  const float top = canvas.min.y + heading;
  const float bottom = top + row_height * static_cast<float>(chart.tasks.size());
  const frame::Scale x{static_cast<double>(first), static_cast<double>(last + 1), left, right};

  // Year columns: a boundary line at each year's start, the year centred above.
  const float year_width = x(first + 1.0) - x(first);
  const int every = std::max(1, static_cast<int>(std::ceil(frame::measure("2030", small).x * 1.6f /
                                                           std::max(year_width, 1.0f))));
  for (int year = first; year <= last + 1; ++year) {
    const float at = std::floor(x(year)) + 0.5f;
    draw->AddLine(ImVec2(at, top - 0.2f * e), ImVec2(at, bottom), frame::grid_ink(), 1.0f);
    if (year <= last && (year - first) % every == 0)
      frame::text(draw, ImVec2(x(year + 0.5), top - 0.3f * e), ImVec2(0.5f, 1), frame::muted_ink(),
                  std::to_string(year), small);
  }
  draw->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), frame::axis_ink(), 1.0f);
  frame::text(draw, ImVec2(canvas.min.x, top - 0.3f * e), ImVec2(0, 1), frame::muted_ink(),
              chart.task_axis, small);
  frame::text(draw, ImVec2(right, bottom + 0.3f * e), ImVec2(1, 0), frame::ink(), chart.time_axis,
              small);

  std::optional<std::size_t> hovered;
  if (canvas.hovered && canvas.mouse.y >= top && canvas.mouse.y < bottom)
    hovered = static_cast<std::size_t>((canvas.mouse.y - top) / row_height);

  auto mid_of = [&](std::size_t t) { return top + row_height * (static_cast<float>(t) + 0.5f); };
  auto start_of = [&](const GanttTask& t) { return x(std::clamp(t.start_year, first, last + 1)); };
  auto end_of = [&](const GanttTask& t) {
    return x(std::clamp(std::max(t.end_year, t.start_year) + 1, first, last + 1));
  };

  for (std::size_t t = 0; t < chart.tasks.size(); ++t) {
    const GanttTask& task = chart.tasks[t];
    const float mid = mid_of(t);
    if (hovered == t)
      draw->AddRectFilled(ImVec2(canvas.min.x, mid - row_height / 2),
                          ImVec2(canvas.max.x, mid + row_height / 2), IM_COL32(0, 0, 0, 12));
    frame::text(draw, ImVec2(left - 0.8f * e, mid), ImVec2(1, 0.5f), frame::ink(),
                frame::fit(task.name, names, e), e);
    const float x0 = start_of(task) + 1, x1 = end_of(task) - 1;
    if (x1 > x0)
      draw->AddRectFilled(ImVec2(x0, mid - 0.5f * e), ImVec2(x1, mid + 0.5f * e),
                          colour(series_hue(task.group)), 0.25f * e);
  }

  // Dependencies: down (or up) from near the end of the prerequisite's bar
  // to the task's row, then right into its start. A task that starts before
  // its prerequisite ends gets a dashed vermillion arrow onto its start from
  // above (or below).
  const float arrow = 0.45f * e, half_bar = 0.5f * e;
  for (std::size_t t = 0; t < chart.tasks.size(); ++t)
    for (std::size_t before : chart.tasks[t].after) {
      if (before >= chart.tasks.size() || before == t) continue;
      const GanttTask& from = chart.tasks[before];
      const GanttTask& to = chart.tasks[t];
      const bool conflict = to.start_year <= std::max(from.end_year, from.start_year);
      const ImU32 c = conflict ? colour(Hue::vermillion) : frame::ink();
      const float down = t > before ? 1.0f : -1.0f;
      const float drop_x = std::max(start_of(from) + 0.3f * e, end_of(from) - 0.9f * e);
      const float from_y = mid_of(before) + down * half_bar, to_y = mid_of(t);
      const float in_x = start_of(to);
      const float thickness = std::max(1.5f, 0.08f * e);
      const Stroke stroke = conflict ? Stroke::dashed : Stroke::solid;
      if (in_x - drop_x >= arrow + 0.3f * e) {
        frame::polyline(draw,
                        {ImVec2(drop_x, from_y), ImVec2(drop_x, to_y), ImVec2(in_x - arrow, to_y)},
                        c, thickness, stroke);
        frame::arrow_head(draw, ImVec2(in_x, to_y), ImVec2(1, 0), arrow, c);
      } else { // along the row boundary, onto the start of the task's bar
        const float boundary = to_y - down * row_height / 2, tip_x = in_x + 0.5f * e;
        const float tip_y = to_y - down * half_bar;
        frame::polyline(draw,
                        {ImVec2(drop_x, from_y), ImVec2(drop_x, boundary), ImVec2(tip_x, boundary),
                         ImVec2(tip_x, tip_y - down * arrow)},
                        c, thickness, stroke);
        frame::arrow_head(draw, ImVec2(tip_x, tip_y), ImVec2(0, down), arrow, c);
      }
    }

  if (chart.now && *chart.now >= first && *chart.now <= last + 1) {
    const float at = x(*chart.now);
    frame::polyline(draw, {ImVec2(at, top - 0.2f * e), ImVec2(at, bottom)}, colour(Hue::black),
                    0.1f * e, Stroke::dashed);
    frame::text(draw, ImVec2(at, bottom + 0.3f * e), ImVec2(0.5f, 0), frame::ink(), chart.now_name,
                small);
  }

  auto group_of = [&](const GanttTask& task) {
    return task.group < chart.groups.size() ? chart.groups[task.group] : std::string();
  };
  auto after_of = [&](const GanttTask& task) {
    std::string names_list;
    for (std::size_t before : task.after)
      if (before < chart.tasks.size())
        names_list += (names_list.empty() ? "" : "; ") + chart.tasks[before].name;
    return names_list;
  };
  if (hovered && *hovered < chart.tasks.size()) {
    const GanttTask& task = chart.tasks[*hovered];
    std::vector<std::pair<std::string, std::string>> lines;
    if (!group_of(task).empty()) lines.push_back({chart.group_name, group_of(task)});
    lines.push_back({chart.start_name, std::to_string(task.start_year)});
    lines.push_back({chart.end_name, std::to_string(std::max(task.end_year, task.start_year))});
    if (!task.after.empty()) lines.push_back({chart.after_name, after_of(task)});
    frame::tooltip(task.name, lines);
  }

  std::vector<frame::LegendItem> items;
  for (std::size_t g = 0; g < chart.groups.size(); ++g)
    items.push_back({chart.groups[g], colour(series_hue(g)), frame::Mark::box});
  frame::legend(items);

  frame::DataTable table;
  table.columns = {chart.task_axis, chart.group_name, chart.after_name, chart.start_name,
                   chart.end_name};
  table.text_columns = 3;
  for (const GanttTask& task : chart.tasks)
    table.rows.push_back({task.name, group_of(task), after_of(task),
                          std::to_string(task.start_year),
                          std::to_string(std::max(task.end_year, task.start_year))});
  frame::data_table(table);
  frame::end();
}

} // namespace rumbo::ui::charts
