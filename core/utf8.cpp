#include "core/utf8.h"

namespace rumbo {

namespace {

struct LeadByte {
  int continuation_count;               // bytes that follow the lead byte
  unsigned char second_min, second_max; // narrower range of the 2nd byte (Table 3-7)
  char32_t payload;
};

// Returns false for bytes that can never start a sequence.
bool classify(unsigned char b, LeadByte& lead) {
  if (b >= 0xC2 && b <= 0xDF)
    lead = {1, 0x80, 0xBF, char32_t(b & 0x1F)};
  else if (b == 0xE0)
    lead = {2, 0xA0, 0xBF, char32_t(b & 0x0F)};
  else if (b == 0xED)
    lead = {2, 0x80, 0x9F, char32_t(b & 0x0F)};
  else if (b >= 0xE1 && b <= 0xEF)
    lead = {2, 0x80, 0xBF, char32_t(b & 0x0F)};
  else if (b == 0xF0)
    lead = {3, 0x90, 0xBF, char32_t(b & 0x07)};
  else if (b == 0xF4)
    lead = {3, 0x80, 0x8F, char32_t(b & 0x07)};
  else if (b >= 0xF1 && b <= 0xF3)
    lead = {3, 0x80, 0xBF, char32_t(b & 0x07)};
  else
    return false;
  return true;
}

// Walks `text` sequence by sequence, giving each code point to `emit`; the
// offset of the first malformed sequence, if any. One grammar for decoding
// and for checking.
template <class Emit> std::optional<std::size_t> walk(std::string_view text, Emit&& emit) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      emit(char32_t{b});
      ++i;
      continue;
    }
    LeadByte lead{};
    if (!classify(b, lead) || text.size() - i <= std::size_t(lead.continuation_count)) return i;
    char32_t cp = lead.payload;
    for (int k = 1; k <= lead.continuation_count; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      const unsigned char lo = k == 1 ? lead.second_min : 0x80;
      const unsigned char hi = k == 1 ? lead.second_max : 0xBF;
      if (c < lo || c > hi) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    emit(cp);
    i += 1 + lead.continuation_count;
  }
  return std::nullopt;
}

} // namespace

Utf8Decoded decode_utf8(std::string_view text) {
  Utf8Decoded out;
  out.code_points.reserve(text.size());
  out.error_byte = walk(text, [&](char32_t cp) { out.code_points.push_back(cp); });
  return out;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  return walk(text, [](char32_t) {});
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

} // namespace rumbo
