#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace rumbo {

// The characters Rumbo promises to draw. The UI loads exactly these ranges
// from its font (a font atlas holds only what it is asked for; anything else
// is drawn as '?'), and startup checks that the font really has the
// required characters.

// Inclusive code point ranges as consecutive (first, last) pairs, followed by
// a terminating 0: the layout Dear ImGui expects for glyph ranges.
std::span<const std::uint16_t> ui_glyph_ranges();

// The same, split by the font that holds them (display_charset_ranges.def).
enum class GlyphFont { text, math, shapes };
std::span<const std::uint16_t> font_glyph_ranges(GlyphFont font);

// UTF-8 text of every character the UI must render correctly: the letters of
// Spanish, its inverted marks, and the typographic punctuation and symbols of
// the interface (dashes, quotation marks, ellipsis, euro, arrows, the signs
// ≤ ≥ and the shapes of chart legends).
std::string_view required_ui_characters();

} // namespace rumbo
