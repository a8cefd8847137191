#pragma once

#include <string>

struct ImFont;

namespace rumbo::ui {

// Size of body text in CSS pixels: readable from the back of a workshop room.
inline constexpr float kBodyFontSize = 20.0f;

enum class FontRole {
  body,    // the default
  bold,    // emphasis at body size: labels, names
  heading, // titles of sections and screens
};

// Loads the UI fonts (packed at /assets/fonts/) into ImGui's atlas,
// rasterised for the screen's pixel ratio so text stays crisp on high-DPI
// screens, projectors and browser zoom while keeping its size on screen. Call
// before the first frame and again whenever the ratio changes. A font file
// that cannot be read is replaced by ImGui's built-in font (ASCII only), and
// stderr says so.
void load_fonts(float pixel_ratio);

ImFont* font(FontRole role);

// The characters of required_ui_characters() that some loaded font cannot
// draw, as UTF-8; empty when every font is complete.
std::string missing_required_glyphs();

} // namespace rumbo::ui
