#include "core/display_charset.h"

#include <array>

namespace rumbo {

namespace {

constexpr std::array<std::uint16_t, 11> kRanges = {
    0x0020,
    0x024F, // Basic Latin, Latin-1, Latin Extended-A/B: Spanish and the
            // names of partner cities in other Latin-script languages
    0x2000,
    0x206F, // General Punctuation: – — ‘ ’ “ ” • …
    0x20A0,
    0x20CF, // Currency Symbols: € and the region's others (₡ ₲ ₱)
    0x2100,
    0x22FF, // Letterlike, number forms, arrows and math: № ½ → ≤ ≥ ≈
    0x25A0,
    0x25FF, // Geometric Shapes: chart legends (■ ● ▲ ▼)
    0,
};

} // namespace

std::span<const std::uint16_t> ui_glyph_ranges() { return kRanges; }

std::string_view required_ui_characters() { return "ÁÉÍÓÚÜÑáéíóúüñ¿¡«»ºª—–“”‘’…€·•"; }

} // namespace rumbo
