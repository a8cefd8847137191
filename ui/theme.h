#pragma once

namespace rumbo::ui {

// Rumbo's look: light, calm, high-contrast colours and generous spacing for
// shared screens and projectors.
void apply_theme();

// Colour the page is cleared to behind the windows (RGBA, 0..1).
struct ClearColor {
  float r, g, b, a;
};
ClearColor background_color();

} // namespace rumbo::ui
