#pragma once

#include <string>

namespace rumbo::ui {

// Size of body text in CSS pixels: readable from the back of a workshop room.
inline constexpr float kBodyFontSize = 18.0f;

// Loads the UI font (packed at /assets/fonts/) into ImGui's atlas, rasterised
// for the screen's pixel ratio so text stays crisp on high-DPI screens,
// projectors and browser zoom while keeping the same size on screen. Call
// before the first frame and again whenever the ratio changes. Falls back to
// ImGui's built-in font (ASCII only) if the file cannot be read, and says so
// on stderr.
void load_fonts(float pixel_ratio);

// The characters of required_ui_characters() the loaded font cannot draw, as
// UTF-8; empty when the font is complete.
std::string missing_required_glyphs();

} // namespace rumbo::ui
