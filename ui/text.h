#pragma once

// The screens' words, in the language the user picked (assets/i18n/<code>/
// *.json through core/text/catalogue.h, along the language's fallback chain),
// and numbers, money and dates in the user's locale (core/text/locale.h).

#include "core/model/date.h"
#include "core/model/label.h"
#include "core/text/locale.h"
#include "core/text/message_arg.h"

#include <string>
#include <vector>

namespace rumbo::ui {

// Reads /assets/i18n/<code>/*.json (packed with the app) for every language
// core/text/languages.h lists. A file that cannot be read leaves its keys
// showing (or its fallback's), and the reason in the returned text, which
// the page reports.
std::string load_catalogues();

Language language();
// Switching changes only the words (and the locale when the browser's is not
// one of the new language's): the workspace, the undo history and the screen
// stay as they are.
void set_language(Language language);

// The browser's locale tag ("es-MX"): numbers follow it while the language
// is that locale's, and the language's default locale otherwise.
void set_locale_tag(const std::string& tag);
const Locale& locale();

// The text of `key` in the current language; valid until the language changes.
const char* tr(const char* key);
// With "{0}", "{1}"... replaced.
std::string trf(const char* key, const std::vector<std::string>& args);
// The plural form of `key` the language's CLDR rules give `count` ("key.one",
// "key.other"...; "key" itself when it has no forms), with "{0}"... `args`.
std::string trn(const char* key, double count, const std::vector<std::string>& args);

// Core's typed message arguments (core/text/message_arg.h) in the locale's
// forms: counts and numbers grouped as the locale groups them. A screen that
// shows money, years of the plan or axes writes them with its own ArgWriter.
std::vector<std::string> written_here(const std::vector<MessageArg>& args);

// A Label (catalogue entries, user-named objects) in the current language.
const std::string& in_language(const Label& label);

// The locale's number and money forms (core/text/number_format.h).
std::string number(double value, int decimals);
std::string percent(double share, int decimals);
std::string money(double amount, const std::string& currency);

// A size in bytes as people read it: "812 KB", "3,3 MB", "10,2 GB".
std::string byte_size(double bytes);

// A moment (ms since 1970) in local time: "24/11/2026 10:32" or "2026-11-24 10:32".
std::string date_time(double ms);
// A day in the locale's order: "30/06/2026" (es-CO, pt-BR) or "2026-06-30"
// (en-US); "" for an unset date.
std::string date(const Date& day);
// Only the time of day: "10:32".
std::string time_of_day(double ms);

} // namespace rumbo::ui
