#pragma once

// What the chart files share: the title and canvas, scales and ticks, text
// placement, strokes, the legend, tooltips and the data table under every
// chart. For ui/charts/*.cpp only; screens include ui/charts/charts.h.

#include "ui/charts/charts.h"

#include <imgui.h>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rumbo::ui::charts::frame {

// The font size: every length in a chart is a multiple of it.
float em();

// The title, then a canvas of the available width and `height_em` font
// sizes high. The canvas is one invisible button, so hover, clicks and drags
// land on it and the window still scrolls under the wheel. Pushes `id` on
// ImGui's id stack until end().
struct Canvas {
  ImDrawList* draw = nullptr;
  ImVec2 min, max;
  bool hovered = false;     // the mouse is over the canvas
  bool active = false;      // held down on the canvas
  bool activated = false;   // pressed this frame
  bool deactivated = false; // released this frame
  ImVec2 mouse;
  float width() const { return max.x - min.x; }
  float height() const { return max.y - min.y; }
  bool contains(ImVec2 p) const {
    return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y;
  }
};
Canvas begin(const char* id, const std::string& title, float height_em);

// Charts of one horizontal band per row (interval bars, stacked bars): the
// canvas sized for `rows` bands below a line for the axis heading, where the
// bands run, and which one the mouse is over.
struct RowBands {
  Canvas canvas;
  float top = 0, bottom = 0, row_height = 0;
  std::optional<std::size_t> hovered;
  float row_top(std::size_t r) const { return top + row_height * static_cast<float>(r); }
};
RowBands begin_rows(const char* id, const std::string& title, std::size_t rows);

// A linear map from data values to screen coordinates (either direction).
struct Scale {
  double low = 0, high = 1; // data
  float from = 0, to = 1;   // screen
  float operator()(double value) const;
  double inverse(float position) const;
};

// Round tick values covering [low, high], at most about `most` of them.
std::vector<double> ticks(double low, double high, int most, bool whole_numbers);
// [low, high] widened to the first and last tick.
std::pair<double, double> nice_range(double low, double high, int most, bool whole_numbers);

// `format` with no more decimals than the ticks need (0, 25, 50 rather
// than 0,0, 25,0, 50,0).
ValueFormat tick_format(const ValueFormat& format, const std::vector<double>& ticks);
// Width of the widest tick label, for the margin left of a vertical axis.
float tick_label_width(const std::vector<double>& ticks, const ValueFormat& format);
// A horizontal value axis: vertical grid lines from `top` to `bottom` at the
// ticks, their labels under `bottom`, and `label` centred under those.
// Returns the y under the label.
float x_axis(ImDrawList* draw, const Scale& scale, const std::vector<double>& ticks, float top,
             float bottom, const ValueFormat& format, const std::string& label);
// A vertical value axis: horizontal grid lines from `left` to `right` at the
// ticks, their labels left of `left`.
void y_axis(ImDrawList* draw, const Scale& scale, const std::vector<double>& ticks, float left,
            float right, const ValueFormat& format);
// How many ticks fit along `length` pixels, one per `spacing_em` font sizes.
int tick_count(float length, float spacing_em);

// Colours of the chart's furniture (the palette is for data).
ImU32 ink();       // text
ImU32 muted_ink(); // tick labels, notes
ImU32 grid_ink();  // grid lines
ImU32 axis_ink();  // axis lines

// Text drawn at `at`, aligned by `align` (0 left/top, 0.5 centre, 1
// right/bottom), in the body font or `face`.
float small_size(); // tick labels and notes
ImVec2 measure(const std::string& text, float size, ImFont* face = nullptr);
void text(ImDrawList* draw, ImVec2 at, ImVec2 align, ImU32 colour, const std::string& text,
          float size, ImFont* face = nullptr);
// `text` cut to `width` with an ellipsis.
std::string fit(const std::string& text, float width, float size, ImFont* face = nullptr);
ImFont* bold();

void polyline(ImDrawList* draw, const std::vector<ImVec2>& points, ImU32 colour, float thickness,
              Stroke stroke, bool closed = false);
void diamond(ImDrawList* draw, ImVec2 centre, float radius, ImU32 fill, ImU32 outline);
// An arrow head at `tip` pointing along `direction`.
void arrow_head(ImDrawList* draw, ImVec2 tip, ImVec2 direction, float size, ImU32 colour);

// The legend under a chart, one swatch per item, wrapping to the width.
enum class Mark { box, line, dot, diamond, band };
struct LegendItem {
  std::string name;
  ImU32 colour = 0;
  Mark mark = Mark::box;
  Stroke stroke = Stroke::solid;
};
void legend(const std::vector<LegendItem>& items);

// A tooltip: a bold heading, then "name: value" lines.
void tooltip(const std::string& heading,
             const std::vector<std::pair<std::string, std::string>>& lines);

// "Show the data" under the chart: the chart's numbers as a table, and
// "Copy table" to copy them as tab-separated text. The first `text_columns`
// columns are words (aligned left), the rest numbers (aligned right).
struct DataTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::size_t text_columns = 1;
};
void data_table(const DataTable& table);

// The end of every chart: pops the id begin() pushed.
void end();

// "" for none, else the value in `format`.
std::string maybe(const std::optional<double>& value, const ValueFormat& format);

} // namespace rumbo::ui::charts::frame
