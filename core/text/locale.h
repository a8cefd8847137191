#pragma once

// How numbers, money, dates and CSV files are written where the user lives,
// apart from the language of the words: a Mexican official reads Spanish and
// writes 1,234.5; a Colombian one reads Spanish and writes 1.234,5. Locales
// are data (assets/i18n/languages.json, "locales"), chosen by the browser's
// or the system's locale, else the language's default.

#include <map>
#include <string>
#include <string_view>

namespace rumbo {

struct Locale {
  std::string code = "es-CO";
  std::string decimal = ",";
  std::string group = ".";
  std::string percent = "{0} %"; // {0}: the number
  std::string date = "{d}/{m}/{y}";
  char csv_delimiter = ';';
  // Currency code → pattern ({0}: the amount); other currencies use
  // money_other ({0}: the amount, {1}: the code).
  std::map<std::string, std::string, std::less<>> money;
  std::string money_other = "{1} {0}";

  bool decimal_comma() const { return decimal == ","; }
};

} // namespace rumbo
