#include "core/display_charset.h"

namespace rumbo {

namespace {

constexpr std::uint16_t kRanges[] = {
#define RUMBO_GLYPH_RANGE(first, last) first, last,
#include "core/display_charset_ranges.def"
#undef RUMBO_GLYPH_RANGE
    0,
};

} // namespace

std::span<const std::uint16_t> ui_glyph_ranges() { return kRanges; }

std::string_view required_ui_characters() { return "ÁÉÍÓÚÜÑáéíóúüñ¿¡«»ºª—–“”‘’…€·•"; }

} // namespace rumbo
