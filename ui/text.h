#pragma once

// The screens' words, in the language the user picked (assets/i18n/*.json
// through core/text/catalogue.h), and numbers in that language's form.

#include "core/model/label.h"

#include <string>
#include <vector>

namespace rumbo::ui {

// Reads /assets/i18n/es/*.json and en/*.json (packed with the app). A file
// that cannot be read leaves its keys showing, and the reason in the returned
// text, which the page reports.
std::string load_catalogues();

Language language();
// Switching changes only the words: the workspace, the undo history and the
// screen stay as they are.
void set_language(Language language);

// The text of `key` in the current language; valid until the language changes.
const char* tr(const char* key);
// With "{0}", "{1}"... replaced.
std::string trf(const char* key, const std::vector<std::string>& args);

// A Label (catalogue entries, user-named objects) in the current language.
const std::string& in_language(const Label& label);

// The current language's number and money forms (core/text/number_format.h).
std::string number(double value, int decimals);
std::string percent(double share, int decimals);
std::string money(double amount, const std::string& currency);

// A size in bytes as people read it: "812 KB", "3,3 MB", "10,2 GB".
std::string byte_size(double bytes);

// A moment (ms since 1970) in local time: "24/11/2026 10:32" or "2026-11-24 10:32".
std::string date_time(double ms);
// Only the time of day: "10:32".
std::string time_of_day(double ms);

} // namespace rumbo::ui
