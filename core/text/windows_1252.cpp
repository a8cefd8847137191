#include "core/text/windows_1252.h"

#include "core/utf8.h"

#include <array>

namespace rumbo {
namespace {

// 0x80..0x9F, the only bytes where Windows-1252 differs from Latin-1
// (Unicode's "bestfit1252" table, cp1252.txt); 0 marks an undefined byte.
constexpr std::array<char32_t, 32> kHighControls = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88..8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98..9F
};

} // namespace

std::optional<std::string> windows_1252_to_utf8(std::string_view bytes) {
  std::string text;
  text.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F)
      return std::nullopt;
    if (byte < 0x80) {
      text.push_back(c);
      continue;
    }
    const char32_t code_point = byte < 0xA0 ? kHighControls[byte - 0x80] : char32_t{byte};
    if (code_point == 0) return std::nullopt;
    append_utf8(text, code_point);
  }
  return text;
}

} // namespace rumbo
