// The parts every chart shares (chart_frame.h), and the palette and number
// forms of charts.h.
//
// Index of this file:
// [SECTION] Palette and number forms
// [SECTION] Canvas, scales and ticks
// [SECTION] Text and strokes
// [SECTION] Legend and tooltip
// [SECTION] Data table

#include "ui/charts/chart_frame.h"

#include "ui/fonts.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace rumbo::ui::charts {

//-----------------------------------------------------------------------------
// [SECTION] Palette and number forms
//-----------------------------------------------------------------------------

ImU32 colour(Hue hue, float alpha) {
  // Okabe & Ito (2008), in the order of the Hue enum.
  static constexpr unsigned kRgb[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                      0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
  const unsigned rgb = kRgb[static_cast<int>(hue)];
  const int a = static_cast<int>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * 255));
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, a);
}

Hue series_hue(std::size_t i) {
  static constexpr Hue kOrder[] = {Hue::blue,       Hue::orange,         Hue::bluish_green,
                                   Hue::vermillion, Hue::reddish_purple, Hue::sky_blue,
                                   Hue::black,      Hue::yellow};
  return kOrder[i % std::size(kOrder)];
}

std::string ValueFormat::text(double value) const {
  switch (kind) {
  case Kind::number:
    return number(value, decimals);
  case Kind::percent:
    return percent(value, decimals);
  case Kind::money:
    return money(value, currency);
  case Kind::year:
    return std::to_string(std::lround(value));
  }
  return number(value, decimals);
}

namespace frame {

//-----------------------------------------------------------------------------
// [SECTION] Canvas, scales and ticks
//-----------------------------------------------------------------------------

float em() { return ImGui::GetFontSize(); }

Canvas begin(const char* id, const std::string& title, float height_em) {
  ImGui::PushID(id);
  if (!title.empty()) {
    ImGui::PushFont(font(FontRole::bold));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
  }
  Canvas canvas;
  const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, 4 * em()),
                    std::max(height_em, 2.0f) * em());
  ImGui::InvisibleButton("##canvas", size);
  canvas.draw = ImGui::GetWindowDrawList();
  canvas.min = ImGui::GetItemRectMin();
  canvas.max = ImGui::GetItemRectMax();
  canvas.hovered = ImGui::IsItemHovered();
  canvas.active = ImGui::IsItemActive();
  canvas.activated = ImGui::IsItemActivated();
  canvas.deactivated = ImGui::IsItemDeactivated();
  canvas.mouse = ImGui::GetIO().MousePos;
  return canvas;
}

RowBands begin_rows(const char* id, const std::string& title, std::size_t rows) {
  const float e = em(), small = small_size();
  const float heading = small * 1.5f;
  RowBands bands;
  bands.row_height = 1.9f * e;
  const float height = heading +
                       bands.row_height * static_cast<float>(std::max<std::size_t>(rows, 1)) +
                       0.4f * e + small * 2.4f;
  bands.canvas = begin(id, title, height / e);
  bands.top = bands.canvas.min.y + heading;
  bands.bottom = bands.top + bands.row_height * static_cast<float>(rows);
  const ImVec2 mouse = bands.canvas.mouse;
  if (bands.canvas.hovered && mouse.y >= bands.top && mouse.y < bands.bottom)
    bands.hovered = static_cast<std::size_t>((mouse.y - bands.top) / bands.row_height);
  return bands;
}

void end() {
  ImGui::Spacing();
  ImGui::PopID();
}

float Scale::operator()(double value) const {
  if (high == low) return (from + to) / 2;
  return from + static_cast<float>((value - low) / (high - low)) * (to - from);
}

double Scale::inverse(float position) const {
  if (to == from) return low;
  return low + (position - from) / (to - from) * (high - low);
}

namespace {

double tick_step(double low, double high, int most, bool whole_numbers) {
  const double range = high > low ? high - low : 1.0;
  const double raw = range / std::max(most, 1);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double norm = raw / magnitude;
  double step = (norm <= 1     ? 1
                 : norm <= 2   ? 2
                 : norm <= 2.5 ? 2.5
                 : norm <= 5   ? 5
                               : 10) *
                magnitude;
  if (whole_numbers) step = std::max(1.0, std::ceil(step));
  return step;
}

} // namespace

std::vector<double> ticks(double low, double high, int most, bool whole_numbers) {
  if (!(high > low)) high = low + 1;
  const double step = tick_step(low, high, most, whole_numbers);
  std::vector<double> values;
  for (double v = std::ceil(low / step - 1e-9) * step;
       v <= high + step * 1e-9 && values.size() < 64; v += step)
    values.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
  return values;
}

std::pair<double, double> nice_range(double low, double high, int most, bool whole_numbers) {
  if (!(high > low)) high = low + 1;
  const double step = tick_step(low, high, most, whole_numbers);
  return {std::floor(low / step + 1e-9) * step, std::ceil(high / step - 1e-9) * step};
}

int tick_count(float length, float spacing_em) {
  return std::clamp(static_cast<int>(length / (spacing_em * em())), 2, 10);
}

ValueFormat tick_format(const ValueFormat& format, const std::vector<double>& values) {
  if (format.kind != ValueFormat::Kind::number && format.kind != ValueFormat::Kind::percent)
    return format;
  const double unit = format.kind == ValueFormat::Kind::percent ? 100.0 : 1.0;
  ValueFormat fewer = format;
  for (fewer.decimals = 0; fewer.decimals < format.decimals; ++fewer.decimals) {
    const double scale = unit * std::pow(10.0, fewer.decimals);
    if (std::all_of(values.begin(), values.end(), [&](double v) {
          return std::abs(v * scale - std::round(v * scale)) <
                 1e-6 * std::max(1.0, std::abs(v * scale));
        }))
      break;
  }
  return fewer;
}

float tick_label_width(const std::vector<double>& values, const ValueFormat& format) {
  const ValueFormat shown = tick_format(format, values);
  float widest = 0;
  for (double v : values)
    widest = std::max(widest, measure(shown.text(v), small_size()).x);
  return widest;
}

float x_axis(ImDrawList* draw, const Scale& scale, const std::vector<double>& values, float top,
             float bottom, const ValueFormat& format, const std::string& label) {
  const float small = small_size();
  const ValueFormat shown = tick_format(format, values);
  for (double v : values) {
    const float x = std::floor(scale(v)) + 0.5f;
    draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), grid_ink(), 1.0f);
    text(draw, ImVec2(x, bottom + 0.2f * em()), ImVec2(0.5f, 0), muted_ink(), shown.text(v), small);
  }
  draw->AddLine(ImVec2(std::min(scale.from, scale.to), bottom),
                ImVec2(std::max(scale.from, scale.to), bottom), axis_ink(), 1.0f);
  float y = bottom + 0.2f * em() + small * 1.2f;
  if (!label.empty()) {
    text(draw, ImVec2((scale.from + scale.to) / 2, y), ImVec2(0.5f, 0), ink(), label, small);
    y += small * 1.2f;
  }
  return y;
}

void y_axis(ImDrawList* draw, const Scale& scale, const std::vector<double>& values, float left,
            float right, const ValueFormat& format) {
  const float small = small_size();
  const ValueFormat shown = tick_format(format, values);
  for (double v : values) {
    const float y = std::floor(scale(v)) + 0.5f;
    draw->AddLine(ImVec2(left, y), ImVec2(right, y), grid_ink(), 1.0f);
    text(draw, ImVec2(left - 0.3f * em(), y), ImVec2(1, 0.5f), muted_ink(), shown.text(v), small);
  }
  draw->AddLine(ImVec2(left, std::min(scale.from, scale.to)),
                ImVec2(left, std::max(scale.from, scale.to)), axis_ink(), 1.0f);
}

//-----------------------------------------------------------------------------
// [SECTION] Text and strokes
//-----------------------------------------------------------------------------

ImU32 ink() { return ImGui::GetColorU32(ImGuiCol_Text); }
ImU32 muted_ink() { return ImGui::GetColorU32(ImGuiCol_TextDisabled); }
ImU32 grid_ink() { return IM_COL32(0, 0, 0, 28); }
ImU32 axis_ink() { return IM_COL32(0, 0, 0, 110); }

float small_size() { return em() * 0.85f; }

ImFont* bold() { return font(FontRole::bold); }

ImVec2 measure(const std::string& text, float size, ImFont* face) {
  return (face ? face : ImGui::GetFont())
      ->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str(), text.c_str() + text.size());
}

void text(ImDrawList* draw, ImVec2 at, ImVec2 align, ImU32 colour, const std::string& text,
          float size, ImFont* face) {
  const ImVec2 extent = measure(text, size, face);
  const ImVec2 pos(std::floor(at.x - extent.x * align.x), std::floor(at.y - extent.y * align.y));
  draw->AddText(face ? face : ImGui::GetFont(), size, pos, colour, text.c_str(),
                text.c_str() + text.size());
}

std::string fit(const std::string& text, float width, float size, ImFont* face) {
  if (measure(text, size, face).x <= width) return text;
  std::string cut = text;
  while (!cut.empty()) {
    // Drop the last character, whole (UTF-8: its continuation bytes too).
    std::size_t end = cut.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(cut[end]) & 0xC0) == 0x80)
      --end;
    cut.erase(end);
    while (!cut.empty() && cut.back() == ' ')
      cut.pop_back();
    if (measure(cut + "…", size, face).x <= width) return cut + "…";
  }
  return {};
}

void polyline(ImDrawList* draw, const std::vector<ImVec2>& points, ImU32 colour, float thickness,
              Stroke stroke, bool closed) {
  if (points.size() < 2) return;
  if (stroke == Stroke::solid) {
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour,
                      closed ? ImDrawFlags_Closed : ImDrawFlags_None, thickness);
    return;
  }
  // Walk the path; the pattern carries over corners.
  const std::size_t segments = closed ? points.size() : points.size() - 1;
  if (stroke == Stroke::dotted) {
    const float spacing = std::max(thickness * 3.0f, em() * 0.3f);
    float next = 0; // distance along the segment to the next dot
    for (std::size_t s = 0; s < segments; ++s) {
      const ImVec2 a = points[s], b = points[(s + 1) % points.size()];
      const float length = std::hypot(b.x - a.x, b.y - a.y);
      for (; next <= length; next += spacing) {
        const float t = length > 0 ? next / length : 0.0f;
        draw->AddCircleFilled(ImVec2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t),
                              thickness * 0.8f, colour, 8);
      }
      next -= length;
    }
    return;
  }
  const float on = std::max(em() * 0.55f, thickness * 3), off = em() * 0.3f + thickness;
  bool pen = true;
  float left = on; // of the current dash or gap
  for (std::size_t s = 0; s < segments; ++s) {
    const ImVec2 a = points[s], b = points[(s + 1) % points.size()];
    const float length = std::hypot(b.x - a.x, b.y - a.y);
    if (length <= 0) continue;
    const ImVec2 unit((b.x - a.x) / length, (b.y - a.y) / length);
    for (float done = 0; done < length;) {
      const float run = std::min(left, length - done);
      const ImVec2 p(a.x + unit.x * done, a.y + unit.y * done);
      if (pen) draw->AddLine(p, ImVec2(p.x + unit.x * run, p.y + unit.y * run), colour, thickness);
      done += run;
      left -= run;
      if (left <= 0.001f) {
        pen = !pen;
        left = pen ? on : off;
      }
    }
  }
}

void diamond(ImDrawList* draw, ImVec2 c, float r, ImU32 fill, ImU32 outline) {
  const ImVec2 top(c.x, c.y - r), right(c.x + r, c.y), bottom(c.x, c.y + r), left(c.x - r, c.y);
  if (fill) draw->AddQuadFilled(top, right, bottom, left, fill);
  draw->AddQuad(top, right, bottom, left, outline, std::max(1.5f, 0.09f * em()));
}

void arrow_head(ImDrawList* draw, ImVec2 tip, ImVec2 direction, float size, ImU32 colour) {
  const float length = std::hypot(direction.x, direction.y);
  if (length <= 0) return;
  const ImVec2 d(direction.x / length, direction.y / length), n(-d.y, d.x);
  const ImVec2 back(tip.x - d.x * size, tip.y - d.y * size);
  draw->AddTriangleFilled(tip, ImVec2(back.x + n.x * size * 0.5f, back.y + n.y * size * 0.5f),
                          ImVec2(back.x - n.x * size * 0.5f, back.y - n.y * size * 0.5f), colour);
}

//-----------------------------------------------------------------------------
// [SECTION] Legend and tooltip
//-----------------------------------------------------------------------------

void legend(const std::vector<LegendItem>& items) {
  if (items.empty()) return;
  const float e = em(), swatch = 1.6f * e, gap = 0.4f * e;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  bool first = true;
  for (const LegendItem& item : items) {
    if (item.name.empty()) continue;
    const float width = swatch + gap + ImGui::CalcTextSize(item.name.c_str()).x;
    if (!first) {
      ImGui::SameLine(0, 1.2f * e);
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    first = false;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::Dummy(ImVec2(swatch, h));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mid(at.x + swatch / 2, at.y + h / 2);
    switch (item.mark) {
    case Mark::box:
      draw->AddRectFilled(ImVec2(at.x + 0.2f * e, at.y + 0.2f * h),
                          ImVec2(at.x + swatch - 0.2f * e, at.y + 0.8f * h), item.colour, 2.0f);
      break;
    case Mark::band:
      draw->AddRectFilled(ImVec2(at.x, mid.y - 0.22f * e), ImVec2(at.x + swatch, mid.y + 0.22f * e),
                          item.colour, 0.22f * e);
      break;
    case Mark::line:
      polyline(draw, {ImVec2(at.x, mid.y), ImVec2(at.x + swatch, mid.y)}, item.colour, 0.15f * e,
               item.stroke);
      break;
    case Mark::dot:
      draw->AddCircleFilled(mid, 0.32f * e, item.colour);
      break;
    case Mark::diamond:
      diamond(draw, mid, 0.45f * e, 0, item.colour);
      break;
    }
    ImGui::SameLine(0, gap);
    ImGui::TextUnformatted(item.name.c_str());
  }
}

void tooltip(const std::string& heading,
             const std::vector<std::pair<std::string, std::string>>& lines) {
  if (!ImGui::BeginTooltip()) return;
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(heading.c_str());
  ImGui::PopFont();
  if (!lines.empty() && ImGui::BeginTable("##tip", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (const auto& [name, value] : lines) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(value.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::EndTooltip();
}

//-----------------------------------------------------------------------------
// [SECTION] Data table
//-----------------------------------------------------------------------------

void data_table(const DataTable& table) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID open_key = ImGui::GetID("##data_open");
  bool open = storage->GetBool(open_key, false);
  const std::string toggle =
      std::string(open ? tr("chart.hide_data") : tr("chart.show_data")) + "##data";
  if (ImGui::SmallButton(toggle.c_str())) {
    open = !open;
    storage->SetBool(open_key, open);
  }
  if (!open || table.columns.empty()) return;
  ImGui::SameLine(0, em());
  copy_table_button("##copy", [&table] { return TextTable{table.columns, table.rows}; });

  // Columns as wide as their widest text; a horizontal scrollbar when they
  // do not fit (a chart in half the screen), rather than cut words.
  const int columns = static_cast<int>(table.columns.size());
  const ImGuiStyle& style = ImGui::GetStyle();
  float natural = 0;
  for (int c = 0; c < columns; ++c) {
    float widest = ImGui::CalcTextSize(table.columns[static_cast<std::size_t>(c)].c_str()).x;
    for (const auto& row : table.rows)
      if (static_cast<std::size_t>(c) < row.size())
        widest = std::max(widest, ImGui::CalcTextSize(row[static_cast<std::size_t>(c)].c_str()).x);
    natural += widest + 2 * style.CellPadding.x + 1;
  }
  const bool wide = natural > ImGui::GetContentRegionAvail().x;
  const float row_height = ImGui::GetTextLineHeight() + 2 * style.CellPadding.y;
  const std::size_t shown = std::min<std::size_t>(table.rows.size(), 12);
  const bool tall = table.rows.size() > shown;
  ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (tall) flags |= ImGuiTableFlags_ScrollY;
  if (wide) flags |= ImGuiTableFlags_ScrollX;
  const ImVec2 outer(0.0f, wide || tall ? row_height * static_cast<float>(shown + 1) + 4 +
                                              (wide ? style.ScrollbarSize : 0.0f)
                                        : 0.0f);
  if (!ImGui::BeginTable("##table", columns, flags, outer)) return;
  if (tall || wide) ImGui::TableSetupScrollFreeze(1, 1);
  for (const std::string& column : table.columns)
    ImGui::TableSetupColumn(column.c_str());
  ImGui::TableHeadersRow();
  for (const auto& row : table.rows) {
    ImGui::TableNextRow();
    for (int c = 0; c < columns; ++c) {
      ImGui::TableSetColumnIndex(c);
      const std::string& value = static_cast<std::size_t>(c) < row.size() ? row[c] : std::string();
      if (static_cast<std::size_t>(c) >= table.text_columns) {
        const float width = ImGui::CalcTextSize(value.c_str()).x;
        const float room = ImGui::GetContentRegionAvail().x;
        if (room > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
      }
      ImGui::TextUnformatted(value.c_str());
    }
  }
  ImGui::EndTable();
}

std::string maybe(const std::optional<double>& value, const ValueFormat& format) {
  return value ? format.text(*value) : std::string();
}

} // namespace frame
} // namespace rumbo::ui::charts
