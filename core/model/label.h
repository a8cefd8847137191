#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace rumbo {

// A language of the interface by its BCP 47 code ("es", "en", "pt-BR"). The
// languages Rumbo speaks are data (assets/i18n/languages.json, see
// core/text/languages.h): code names only Spanish, the language every text
// falls back to in the end, and English, the project's second language.
class Language {
public:
  static constexpr std::size_t kMaxCode = 15;

  constexpr Language() : Language("es") {}
  // A code longer than kMaxCode is cut; languages.h only accepts valid codes.
  constexpr explicit Language(std::string_view code) {
    const std::size_t n = std::min(code.size(), kMaxCode);
    for (std::size_t i = 0; i < n; ++i)
      code_[i] = code[i];
    size_ = static_cast<unsigned char>(n);
  }
  constexpr std::string_view code() const { return {code_, size_}; }
  constexpr bool operator==(const Language& other) const { return code() == other.code(); }
  bool operator<(const Language& other) const { return code() < other.code(); }

  static const Language es;
  static const Language en;

private:
  char code_[kMaxCode] = {};
  unsigned char size_ = 0;
};

inline constexpr Language Language::es{"es"};
inline constexpr Language Language::en{"en"};

// A BCP 47-like code: a letter, then letters, digits and "-"; 2 to 15 characters.
bool valid_language_code(std::string_view code);

// A name in several languages, keyed by language code: catalogue entries
// (axes, mechanisms, criteria, indicators, rubric levels) carry every
// language Rumbo speaks so a workspace made in one reads well in another.
// What a user types goes into the language they are working in; the others
// fall back to it along the language's fallback chain.
struct Label {
  std::map<std::string, std::string, std::less<>> texts;

  Label() = default;
  // The two languages of files before format version 4 (and most tests).
  Label(std::string es, std::string en) {
    set(Language::es, std::move(es));
    set(Language::en, std::move(en));
  }

  // The text in `language`, or else along its fallback chain, or else any.
  const std::string& in(Language language) const;
  // Only the text written in `language`; empty when there is none.
  const std::string& exactly(Language language) const;
  // An empty text removes the language.
  void set(Language language, std::string text);

  bool empty() const { return texts.empty(); }
  bool operator==(const Label&) const = default;
};

} // namespace rumbo
