#pragma once

#include <string>

namespace rumbo {

enum class Language { es, en };

// A name that exists in Spanish and English: catalogue entries (axes,
// mechanisms, criteria, indicators, rubric levels) carry both so a workspace
// made in one language reads well in the other. What a user types goes into
// the language they are working in; the other side falls back to it.
struct Label {
  std::string es;
  std::string en;

  const std::string& in(Language language) const {
    const std::string& wanted = language == Language::es ? es : en;
    return wanted.empty() ? (language == Language::es ? en : es) : wanted;
  }
  bool empty() const { return es.empty() && en.empty(); }
  bool operator==(const Label&) const = default;
};

} // namespace rumbo
