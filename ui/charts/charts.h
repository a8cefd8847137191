#pragma once

// Rumbo's charts, drawn with ImGui's draw lists (no chart library is
// available to the WebAssembly build). A screen fills one of the plain
// structs below with words already in the user's language and calls the
// chart's function where the chart should appear; the chart takes the full
// available width.
//
// Every chart has a title and axis labels, shows exact values in a tooltip
// on hover, uses the colour-blind-safe Okabe–Ito palette, and puts a "Show
// the data" toggle under itself: the same numbers as a table, which a
// "Copy table" button copies as tab-separated text. Sizes are in multiples
// of the font size, so a chart grows with the text on projectors and
// high-DPI screens.
//
// Index of this file:
// [SECTION] Palette, number forms and strokes
// [SECTION] Radar
// [SECTION] Horizontal bars with an interval
// [SECTION] Stacked horizontal bars
// [SECTION] Scatter and bubbles (draggable)
// [SECTION] Lines against a target
// [SECTION] Gantt by year
// [SECTION] Frontier

#include <imgui.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::ui::charts {

//-----------------------------------------------------------------------------
// [SECTION] Palette, number forms and strokes
//-----------------------------------------------------------------------------

// Okabe & Ito (2008), "Color Universal Design": eight colours that stay
// distinct for every common colour-vision deficiency. Defined once, here.
enum class Hue { orange, sky_blue, bluish_green, yellow, blue, vermillion, reddish_purple, black };
ImU32 colour(Hue hue, float alpha = 1.0f);
// The i-th series' hue when the caller names none: blue, orange, bluish
// green, vermillion, reddish purple, sky blue, black, yellow (yellow last:
// it is the hardest to read on white), then again.
Hue series_hue(std::size_t i);

// How values are written in labels, tooltips and tables (ui/text.h forms).
struct ValueFormat {
  enum class Kind { number, percent, money, year };
  Kind kind = Kind::number;
  int decimals = 1;     // number and percent (a share 0..1 is written 12,5 %)
  std::string currency; // money: ISO code, as the profile stores it
  std::string text(double value) const;
};

// Lines differ in more than colour, for print and for colour blindness.
enum class Stroke { solid, dashed, dotted };

// The default height of a chart's drawing, in multiples of the font size.
inline constexpr float kChartHeightEm = 18.0f;

//-----------------------------------------------------------------------------
// [SECTION] Radar
//-----------------------------------------------------------------------------

// One spoke per dimension; each series is a closed line through its values.
struct RadarSeries {
  std::string name;
  std::vector<std::optional<double>> values; // one per spoke; none breaks the line
  std::optional<Hue> hue;                    // default: series_hue(position)
  Stroke stroke = Stroke::solid;
  bool filled = false; // a light fill under the line (the city, usually)
};

struct RadarChart {
  std::string title;
  std::string scale_label;   // what the distance from the centre is: "Subíndice (0 a 100)"
  std::string spoke_heading; // the table's first column: "Dimensión"
  std::vector<std::string> spokes;
  std::vector<RadarSeries> series;
  double min = 0, max = 100; // the centre and the rim
  ValueFormat format;
  float height_em = kChartHeightEm;
};

void radar_chart(const char* id, const RadarChart& chart);

//-----------------------------------------------------------------------------
// [SECTION] Horizontal bars with an interval
//-----------------------------------------------------------------------------

// One row per category, top to bottom in the given order.
struct IntervalRow {
  std::string name;
  std::optional<double> value;     // the bar's end (bar style) or the dot (point style)
  std::optional<double> low, high; // the interval around it
  std::optional<double> marker;    // a second value, drawn as a diamond
  bool highlighted = false;        // the city among its peers: bold, in vermillion
};

enum class IntervalStyle {
  bar,   // a bar from the axis start to the value, the interval as a whisker
  point, // the interval as a light band, the value as a dot (ranks: Saisana et al. 2005)
};

struct IntervalBarChart {
  std::string title;
  std::string value_axis;    // under the horizontal axis
  std::string category_axis; // above the names, and the table's first column
  std::string value_name, interval_name, marker_name; // legend; empty hides that item
  std::string low_name, high_name;                    // table columns of the interval
  std::vector<IntervalRow> rows;
  std::optional<double> axis_min, axis_max; // default: the data's range, from zero for bars
  bool whole_numbers = false;               // ticks on integers only (ranks)
  IntervalStyle style = IntervalStyle::bar;
  ValueFormat format;
};

void interval_bar_chart(const char* id, const IntervalBarChart& chart);

//-----------------------------------------------------------------------------
// [SECTION] Stacked horizontal bars
//-----------------------------------------------------------------------------

// Rows split into segments: how often each action holds each rank.
struct StackedBarChart {
  std::string title;
  std::string value_axis, category_axis;
  std::vector<std::string> rows;
  std::vector<std::string> segments;       // legend, left to right
  std::vector<std::vector<double>> values; // rows × segments
  std::optional<double> axis_max;          // default: the largest row total
  ValueFormat format{ValueFormat::Kind::percent, 0, {}};
};

void stacked_bar_chart(const char* id, const StackedBarChart& chart);

//-----------------------------------------------------------------------------
// [SECTION] Scatter and bubbles (draggable)
//-----------------------------------------------------------------------------

struct ScatterPoint {
  std::string name;
  double x = 0, y = 0;
  double size = 0;       // bubble area, relative to the largest; 0 everywhere: plain points
  std::size_t group = 0; // colour and legend entry
  bool draggable = false;
};

struct ScatterChart {
  std::string title;
  std::string x_axis, y_axis, size_name;   // size_name: table column of `size`, empty: none
  std::string name_heading, group_heading; // table columns of the name and the group
  double x_min = 0, x_max = 1, y_min = 0, y_max = 1;
  std::vector<ScatterPoint> points;
  std::vector<std::string> groups; // group i drawn in series_hue(i)
  // Quadrant names: top left, top right, bottom left, bottom right. All
  // empty: no quadrant lines.
  std::array<std::string, 4> quadrants;
  double step = 0; // drags land on multiples of this (0: anywhere)
  ValueFormat format;
  float height_em = 22.0f;
  std::string mark; // when set, point i is marked "<mark>.<i>" for the browser tests
};

// A point moved by the user. Reported on every frame the position changes
// and once more with `finished` when the mouse is released; the caller
// applies its own command (and seals the undo step when finished). While a
// drag is under way the chart draws the point where the mouse has it.
struct ScatterDrag {
  std::size_t point = 0;
  double x = 0, y = 0;
  bool finished = false;
};

std::optional<ScatterDrag> scatter_chart(const char* id, const ScatterChart& chart);

//-----------------------------------------------------------------------------
// [SECTION] Lines against a target
//-----------------------------------------------------------------------------

struct LineSeries {
  std::string name;
  std::vector<std::optional<double>> values; // one per x label; none breaks the line
  std::optional<Hue> hue;
  Stroke stroke = Stroke::solid;
};

struct TargetLine {
  std::string name; // "Meta 2027"
  double value = 0;
};

struct LineChart {
  std::string title;
  std::string x_axis, y_axis;
  std::vector<std::string> x_labels; // evenly spaced (years, cycles)
  std::vector<LineSeries> series;
  std::optional<TargetLine> target; // a horizontal line across the chart
  std::optional<double> y_min, y_max;
  ValueFormat format;
};

void line_chart(const char* id, const LineChart& chart);

//-----------------------------------------------------------------------------
// [SECTION] Gantt by year
//-----------------------------------------------------------------------------

struct GanttTask {
  std::string name;
  int start_year = 0, end_year = 0; // inclusive: 2026..2026 is the whole of 2026
  std::size_t group = 0;            // colour and legend entry (the thematic axis)
  std::vector<std::size_t> after;   // tasks that must finish first: arrows from them
};

struct GanttChart {
  std::string title;
  std::string time_axis, task_axis;
  std::string group_name, start_name, end_name, after_name; // table columns
  int first_year = 0, last_year = 0;
  std::vector<GanttTask> tasks;
  std::vector<std::string> groups;
  std::optional<int> now; // a vertical line at the start of this year
  std::string now_name;
};

void gantt_chart(const char* id, const GanttChart& chart);

//-----------------------------------------------------------------------------
// [SECTION] Frontier
//-----------------------------------------------------------------------------

struct FrontierPoint {
  double budget = 0;
  std::optional<double> score; // none: no feasible selection at this budget
  std::string detail;          // tooltip and table: "7 acciones"
};

// The best score reachable at each budget, with the current budget marked.
struct FrontierChart {
  std::string title;
  std::string x_axis, y_axis, detail_name, current_name;
  std::vector<FrontierPoint> points; // by budget, ascending
  double current_budget = 0;
  bool steps =
      true; // a step line (the score holds until the next budget); false: straight segments
  ValueFormat budget_format{ValueFormat::Kind::number, 0, {}};
  ValueFormat score_format;
};

void frontier_chart(const char* id, const FrontierChart& chart);

} // namespace rumbo::ui::charts
