#include "core/display_charset.h"

namespace rumbo {

namespace {

#define RUMBO_RANGE(first, last) first, last,
#define RUMBO_SKIP(first, last)

constexpr std::uint16_t kRanges[] = {
#define RUMBO_GLYPH_RANGE RUMBO_RANGE
#define RUMBO_MATH_RANGE RUMBO_RANGE
#define RUMBO_SHAPES_RANGE RUMBO_RANGE
#include "core/display_charset_ranges.def"
#undef RUMBO_GLYPH_RANGE
#undef RUMBO_MATH_RANGE
#undef RUMBO_SHAPES_RANGE
    0,
};

constexpr std::uint16_t kTextRanges[] = {
#define RUMBO_GLYPH_RANGE RUMBO_RANGE
#define RUMBO_MATH_RANGE RUMBO_SKIP
#define RUMBO_SHAPES_RANGE RUMBO_SKIP
#include "core/display_charset_ranges.def"
#undef RUMBO_GLYPH_RANGE
#undef RUMBO_MATH_RANGE
#undef RUMBO_SHAPES_RANGE
    0,
};

constexpr std::uint16_t kMathRanges[] = {
#define RUMBO_GLYPH_RANGE RUMBO_SKIP
#define RUMBO_MATH_RANGE RUMBO_RANGE
#define RUMBO_SHAPES_RANGE RUMBO_SKIP
#include "core/display_charset_ranges.def"
#undef RUMBO_GLYPH_RANGE
#undef RUMBO_MATH_RANGE
#undef RUMBO_SHAPES_RANGE
    0,
};

constexpr std::uint16_t kShapesRanges[] = {
#define RUMBO_GLYPH_RANGE RUMBO_SKIP
#define RUMBO_MATH_RANGE RUMBO_SKIP
#define RUMBO_SHAPES_RANGE RUMBO_RANGE
#include "core/display_charset_ranges.def"
#undef RUMBO_GLYPH_RANGE
#undef RUMBO_MATH_RANGE
#undef RUMBO_SHAPES_RANGE
    0,
};

#undef RUMBO_RANGE
#undef RUMBO_SKIP

} // namespace

std::span<const std::uint16_t> ui_glyph_ranges() { return kRanges; }

std::span<const std::uint16_t> font_glyph_ranges(GlyphFont font) {
  switch (font) {
  case GlyphFont::math:
    return kMathRanges;
  case GlyphFont::shapes:
    return kShapesRanges;
  case GlyphFont::text:
    break;
  }
  return kTextRanges;
}

std::string_view required_ui_characters() { return "ÁÉÍÓÚÜÑáéíóúüñ¿¡«»ºª—–“”‘’…€·•→≤≥■●▲▼"; }

} // namespace rumbo
