#include "core/display_charset.h"
#include "core/utf8.h"

#include <catch2/catch.hpp>

namespace {

bool in_ranges(char32_t cp) {
  const auto r = rumbo::ui_glyph_ranges();
  for (std::size_t i = 0; i + 1 < r.size() && r[i] != 0; i += 2)
    if (cp >= r[i] && cp <= r[i + 1]) return true;
  return false;
}

} // namespace

TEST_CASE("UI glyph ranges are well-formed pairs ending in zero", "[charset]") {
  const auto r = rumbo::ui_glyph_ranges();
  REQUIRE(r.size() % 2 == 1);
  CHECK(r.back() == 0);
  for (std::size_t i = 0; i + 1 < r.size(); i += 2) {
    CHECK(r[i] != 0);
    CHECK(r[i] <= r[i + 1]);
    if (i >= 2) CHECK(r[i] > r[i - 1]); // ascending, no overlap
  }
}

TEST_CASE("UI glyph ranges cover Spanish and the interface's punctuation", "[charset]") {
  // The characters the foundation issue names, plus the full required set.
  const auto named = rumbo::decode_utf8("áéíóúñü¿¡—“”…€ÁÉÍÓÚÑÜ");
  REQUIRE_FALSE(named.error_byte);
  for (char32_t cp : named.code_points) {
    INFO("U+" << std::hex << std::uint32_t(cp));
    CHECK(in_ranges(cp));
  }

  const auto required = rumbo::decode_utf8(rumbo::required_ui_characters());
  REQUIRE_FALSE(required.error_byte);
  for (char32_t cp : named.code_points)
    CHECK(required.code_points.find(cp) != std::u32string::npos);
  for (char32_t cp : required.code_points) {
    INFO("U+" << std::hex << std::uint32_t(cp));
    CHECK(in_ranges(cp));
  }
}
