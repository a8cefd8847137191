#pragma once

// The languages and locales Rumbo speaks, as data: assets/i18n/languages.json
// lists them (code, name in the language itself, fallback chain, default
// locale, CLDR plural rules) and assets/i18n/<code>/messages.json holds core's
// sentences in each (core/text/language_data.h: embedded in the CLI and the
// tests, read from the packed assets by the page). The screens' words
// (assets/i18n/<code>/<screen>.json) are read by the page. Adding a
// language is adding its folder and its entry: no code.

#include "core/function_ref.h"
#include "core/model/label.h"
#include "core/text/catalogue.h"
#include "core/text/locale.h"
#include "core/text/plural_rules.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

struct LanguageInfo {
  Language language;
  std::string name;               // in the language itself: "Português (Brasil)"
  std::vector<Language> fallback; // where a missing text is looked for next
  std::string locale;             // the default locale's code
  PluralRules plural;
  Catalogue messages; // core's sentences
};

// In the order languages.json lists them; Spanish first.
const std::vector<LanguageInfo>& languages();
const LanguageInfo* find_language(Language language);
const std::vector<Locale>& locales();

// A problem of the embedded data (a test checks there is none); empty if none.
const std::string& language_data_problem();

// The language, then its fallbacks, then Spanish, each once: where a text
// in `language` is looked for.
const std::vector<Language>& fallback_chain(Language language);

// The language a browser's or a system's tag names: "pt-BR", "pt", "pt_BR.UTF-8"
// → pt-BR; "es-CO", "es_MX.UTF-8" → es; nothing for a language Rumbo lacks.
std::optional<Language> match_language(std::string_view tag);

// The locale a tag names ("es-MX", "es_MX.UTF-8"), or else the default
// locale of `language`.
const Locale& match_locale(std::string_view tag, Language language);
const Locale& default_locale(Language language);

// The plural category of `value` written with `decimals` digits, as a key
// suffix: "one", "other"...
std::string_view plural_category(Language language, double value, int decimals = 0);

// The key of `key`'s form for `count` among those `known` says exist:
// "key.one", else "key.other", else `key` itself (a text with no forms).
std::string plural_key(std::string_view key, Language language, double count,
                       FunctionRef<bool(const std::string&)> known);

// Adds languages described as in languages.json (a JSON object with
// "languages" and optionally "locales"), with core's sentences for each code
// in `messages` (the text of its messages.json). On a problem nothing is
// added and the problem comes back. This is what the build's embedded data
// goes through, and how a test proves a language needs no code.
std::optional<std::string>
add_languages(std::string_view languages_json,
              const std::vector<std::pair<std::string, std::string>>& messages);

// Takes out a language add_languages added, and the locales of its primary
// subtag ("ca" takes "ca-ES"): a test leaves the list as it found it.
void remove_language(Language language);

} // namespace rumbo
