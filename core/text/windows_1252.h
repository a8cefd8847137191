#pragma once

// Text in Windows-1252, the code page Excel on Windows writes "CSV
// (delimitado por comas)" in, which is the CSV most officials will have.

#include <optional>
#include <string>
#include <string_view>

namespace rumbo {

// The UTF-8 form of `bytes` read as Windows-1252 text, or nothing when they
// cannot be such text: a byte the code page leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) or a control character other than tab, line feed and
// carriage return. Only for bytes that are not valid UTF-8: ASCII and UTF-8
// text must never come here, since every byte sequence of them is also
// Windows-1252 of some other, wrong text.
std::optional<std::string> windows_1252_to_utf8(std::string_view bytes);

} // namespace rumbo
