#include "core/text/typed_text.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace rumbo {

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string brief(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t at = 0; at < text.size(); ++at)
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 && chars++ == max_chars)
      return text.substr(0, at) + "…";
  return text;
}

std::string folded(const std::string& text) {
  static constexpr std::string_view kFrom[] = {
      "á", "à", "â", "ã", "ä", "é", "è", "ê", "ë", "í", "ì", "î", "ï", "ó", "ò", "ô",
      "õ", "ö", "ú", "ù", "û", "ü", "ñ", "ç", "Á", "À", "Â", "Ã", "Ä", "É", "È", "Ê",
      "Ë", "Í", "Ì", "Î", "Ï", "Ó", "Ò", "Ô", "Õ", "Ö", "Ú", "Ù", "Û", "Ü", "Ñ", "Ç"};
  static constexpr char kTo[] = "aaaaaeeeeiiiiooooouuuuncaaaaaeeeeiiiiooooouuuunc";
  static_assert(std::size(kFrom) + 1 == std::size(kTo));
  // Each is U+00C0..U+00FF, two bytes starting with 0xC3: any other byte is
  // copied without trying the 48 of them (names are folded for every row of
  // an imported spreadsheet).
  static_assert(std::all_of(std::begin(kFrom), std::end(kFrom), [](std::string_view letter) {
    return letter.size() == 2 && letter[0] == '\xC3';
  }));
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (std::size_t k = 0; text[i] == '\xC3' && k < std::size(kFrom) && !replaced; ++k)
      if (std::string_view(text).substr(i, kFrom[k].size()) == kFrom[k]) {
        out += kTo[k];
        i += kFrom[k].size();
        replaced = true;
      }
    if (replaced) continue;
    const char c = text[i++];
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string comparable(const std::string& text) {
  std::string out;
  for (char c : folded(text)) {
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

} // namespace rumbo
