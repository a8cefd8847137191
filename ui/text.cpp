#include "ui/text.h"

#include "core/text/catalogue.h"
#include "core/text/languages.h"
#include "core/text/number_format.h"
#include "ui/packed_file.h"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>

namespace rumbo::ui {
namespace {

struct Texts {
  Language language = Language::es;
  std::string locale_tag;
  const Locale* locale = nullptr;
  std::map<Language, Catalogue> catalogues;
};

Texts& texts() {
  static Texts instance;
  return instance;
}

// The text of `key` along the current language's chain; null when none has it.
const std::string* lookup(const std::string& key) {
  const Texts& t = texts();
  for (Language l : fallback_chain(t.language))
    if (const auto c = t.catalogues.find(l); c != t.catalogues.end())
      if (const std::string* text = c->second.find(key)) return text;
  return nullptr;
}

// The same, or else the key itself, recorded as missing by the current
// language's catalogue so a gap shows on screen.
const std::string& find(const std::string& key) {
  if (const std::string* text = lookup(key)) return *text;
  return texts().catalogues[texts().language].text(key);
}

// Every file of /assets/i18n/<code>/ but core's messages.json (core reads
// it: ui/language_files.cpp), in name order.
std::string read_catalogue(Language language, Catalogue& catalogue) {
  const std::string folder = "/assets/i18n/" + std::string(language.code());
  const std::vector<std::string> files = packed_files(folder, ".json");
  if (files.empty()) return folder + ": not found. ";
  std::string problems;
  for (const std::string& path : files) {
    if (path.ends_with("/messages.json")) continue;
    const std::optional<std::string> contents = read_packed_file(path.c_str());
    if (!contents)
      problems += path + ": not readable. ";
    else if (auto problem = catalogue.add(*contents))
      problems += path + ": " + *problem + ". ";
  }
  return problems;
}

std::tm local_tm(double ms) {
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  return local;
}

std::string hour_minute(const std::tm& local) {
  char text[6];
  std::strftime(text, sizeof text, "%H:%M", &local);
  return text;
}

// A day in the locale's order ("{d}/{m}/{y}").
std::string day_text(int year, int month, int day) {
  char d[4], m[4], y[8];
  std::snprintf(d, sizeof d, "%02d", day);
  std::snprintf(m, sizeof m, "%02d", month);
  std::snprintf(y, sizeof y, "%04d", year);
  std::string out = locale().date;
  for (auto [field, value] : {std::pair{"{d}", d}, {"{m}", m}, {"{y}", y}})
    if (const std::size_t at = out.find(field); at != std::string::npos) out.replace(at, 3, value);
  return out;
}

} // namespace

std::string load_catalogues() {
  std::string problems = language_data_problem();
  for (const LanguageInfo& info : languages())
    problems += read_catalogue(info.language, texts().catalogues[info.language]);
  return problems;
}

Language language() { return texts().language; }

void set_language(Language language) {
  texts().language = language;
  texts().locale = &match_locale(texts().locale_tag, language);
}

void set_locale_tag(const std::string& tag) {
  texts().locale_tag = tag;
  set_language(texts().language);
}

const Locale& locale() {
  if (!texts().locale) texts().locale = &default_locale(texts().language);
  return *texts().locale;
}

const char* tr(const char* key) { return find(key).c_str(); }

std::string trf(const char* key, const std::vector<std::string>& args) {
  return fill_placeholders(find(key), args);
}

std::string trn(const char* key, double count, const std::vector<std::string>& args) {
  const std::string chosen =
      plural_key(key, language(), count, [](const std::string& k) { return lookup(k) != nullptr; });
  return fill_placeholders(find(chosen), args);
}

std::vector<std::string> written_here(const std::vector<MessageArg>& args) {
  auto count = [](double n) { return number(n, 0); };
  auto amount = [](double x) { return number(x, x == std::floor(x) ? 0 : 2); };
  auto year = [](std::size_t y) { return std::to_string(y + 1); };
  auto axis = [](std::size_t t) { return std::to_string(t + 1); };
  return written(args, {count, amount, amount, year, axis});
}

const std::string& in_language(const Label& label) { return label.in(texts().language); }

std::string number(double value, int decimals) { return format_number(value, decimals, locale()); }
std::string percent(double share, int decimals) {
  return format_percent(share, decimals, locale());
}
std::string money(double amount, const std::string& currency) {
  return format_money(amount, currency, locale());
}

std::string byte_size(double bytes) {
  constexpr double kB = 1024, MB = kB * 1024, GB = MB * 1024;
  if (bytes < MB) return number(bytes / kB, 0) + " KB";
  if (bytes < GB) return number(bytes / MB, 1) + " MB";
  return number(bytes / GB, 1) + " GB";
}

std::string date_time(double ms) {
  const std::tm local = local_tm(ms);
  return day_text(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) + " " + hour_minute(local);
}

std::string date(const Date& day) {
  return day.is_set() ? day_text(day.year, day.month, day.day) : std::string();
}

std::string time_of_day(double ms) { return hour_minute(local_tm(ms)); }

} // namespace rumbo::ui
