#include "core/utf8.h"

#include <catch2/catch.hpp>

using rumbo::decode_utf8;
using rumbo::first_invalid_utf8;

// Boundary cases follow the Unicode Standard's Table 3-7 (well-formed UTF-8
// byte sequences) and Markus Kuhn's "UTF-8 decoder capability and stress test".

TEST_CASE("UTF-8 decoding of Spanish text gives its code points", "[utf8]") {
  const auto d = decode_utf8("Año ¿Qué? ¡Sí! €");
  REQUIRE_FALSE(d.error_byte);
  CHECK_FALSE(first_invalid_utf8("Bogotá, São Paulo, Medellín — 10 €"));
  CHECK(d.code_points == U"Año ¿Qué? ¡Sí! €");
}

TEST_CASE("UTF-8 decoding accepts the first and last code point of every length", "[utf8]") {
  const auto d = decode_utf8("\x01"
                             "\x7F"
                             "\xC2\x80"
                             "\xDF\xBF"
                             "\xE0\xA0\x80"
                             "\xEF\xBF\xBF"
                             "\xF0\x90\x80\x80"
                             "\xF4\x8F\xBF\xBF");
  REQUIRE_FALSE(d.error_byte);
  CHECK(d.code_points == std::u32string{0x01, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF});
}

TEST_CASE("UTF-8 decoding reports the byte where malformed input starts", "[utf8]") {
  struct Case {
    const char* what;
    std::string_view bytes;
    std::size_t offset;
  };
  const Case cases[] = {
      {"a lone continuation byte", "ab\x80", 2},
      {"an overlong '/' (2 bytes)", "x\xC0\xAF", 1},
      {"an overlong '/' (3 bytes)", "\xE0\x80\xAF", 0},
      {"an overlong '/' (4 bytes)", "\xF0\x80\x80\xAF", 0},
      {"a UTF-16 surrogate", "ok \xED\xA0\x80", 3},
      {"a code point above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"a byte that never occurs in UTF-8", "\xFE", 0},
      {"a euro sign cut off at the end", "10 \xE2\x82", 3},
      {"a lead byte followed by ASCII",
       "\xC3("
       "abc",
       0},
      {"Latin-1 text from a spreadsheet", "Bogot\xE1, Colombia", 5},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    const auto d = decode_utf8(c.bytes);
    REQUIRE(d.error_byte);
    CHECK(*d.error_byte == c.offset);
    CHECK(first_invalid_utf8(c.bytes) == c.offset); // the check without decoding agrees
    CHECK(d.code_points.size() == decode_utf8(c.bytes.substr(0, c.offset)).code_points.size());
  }
}

TEST_CASE("UTF-8 encoding round-trips every Unicode scalar value", "[utf8]") {
  std::string text;
  std::u32string expected;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    rumbo::append_utf8(text, cp);
    expected.push_back(cp);
  }
  const auto d = decode_utf8(text);
  REQUIRE_FALSE(d.error_byte);
  CHECK(d.code_points == expected);
}

TEST_CASE("UTF-8 encoding replaces values that are not characters", "[utf8]") {
  std::string text;
  rumbo::append_utf8(text, 0xD800);
  rumbo::append_utf8(text, 0x110000);
  CHECK(text == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
