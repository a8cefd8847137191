#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rumbo {

// Text decoded from UTF-8. Everything Rumbo reads from outside (imported
// files, pasted text, browser storage) is checked with this before use, so a
// malformed byte is reported at its position instead of being drawn as junk.
struct Utf8Decoded {
  std::u32string code_points;            // up to the first malformed sequence
  std::optional<std::size_t> error_byte; // offset of that sequence, if any
};

// Accepts exactly the well-formed sequences of the Unicode Standard
// (Table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF.
Utf8Decoded decode_utf8(std::string_view text);

// The offset of the first malformed sequence, or nothing for well-formed
// UTF-8: decode_utf8's check without building the code points (every text
// field of a file loaded is checked).
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Appends the UTF-8 form of a Unicode scalar value (U+D800..U+DFFF and values
// above U+10FFFF are not scalar values and append U+FFFD instead).
void append_utf8(std::string& out, char32_t code_point);

} // namespace rumbo
