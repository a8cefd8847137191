#include "core/model/label.h"

#include "core/text/languages.h"

#include <cctype>

namespace rumbo {
namespace {
const std::string kEmpty;
} // namespace

bool valid_language_code(std::string_view code) {
  if (code.size() < 2 || code.size() > Language::kMaxCode) return false;
  if (!std::isalpha(static_cast<unsigned char>(code[0]))) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  return true;
}

const std::string& Label::in(Language language) const {
  for (Language l : fallback_chain(language))
    if (const auto found = texts.find(l.code()); found != texts.end()) return found->second;
  // A language Rumbo no longer lists, or one a newer version wrote.
  return texts.empty() ? kEmpty : texts.begin()->second;
}

const std::string& Label::exactly(Language language) const {
  const auto found = texts.find(language.code());
  return found == texts.end() ? kEmpty : found->second;
}

void Label::set(Language language, std::string text) {
  if (text.empty())
    texts.erase(std::string(language.code()));
  else
    texts.insert_or_assign(std::string(language.code()), std::move(text));
}

} // namespace rumbo
