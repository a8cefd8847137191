#include "ui/text.h"

#include "core/text/catalogue.h"
#include "core/text/languages.h"
#include "core/text/number_format.h"
#include "ui/packed_file.h"

#include <ctime>
#include <map>

namespace rumbo::ui {
namespace {

struct Texts {
  Language language = Language::es;
  std::string locale_tag;
  const Locale* locale = nullptr;
  std::map<Language, Catalogue> catalogues;

  const Catalogue& of(Language l) { return catalogues[l]; }
};

Texts& texts() {
  static Texts instance;
  return instance;
}

// The text of `key` along the current language's chain; the current
// language's catalogue shows (and records) the key when none has it.
const std::string& find(const std::string& key) {
  Texts& t = texts();
  for (Language l : fallback_chain(t.language))
    if (const Catalogue& c = t.of(l); c.has(key)) return c.text(key);
  return t.of(t.language).text(key);
}

// Every file of /assets/i18n/<code>/ but core's messages.json (embedded in
// core), in name order.
std::string read_catalogue(Language language, Catalogue& catalogue) {
  const std::string folder = "/assets/i18n/" + std::string(language.code());
  const std::vector<std::string> files = packed_files(folder, ".json");
  if (files.empty()) return folder + ": not found. ";
  std::string problems;
  for (const std::string& path : files) {
    if (path.size() >= 14 && path.compare(path.size() - 14, 14, "/messages.json") == 0) continue;
    const std::optional<std::string> contents = read_packed_file(path.c_str());
    if (!contents)
      problems += path + ": not readable. ";
    else if (auto problem = catalogue.add(*contents))
      problems += path + ": " + *problem + ". ";
  }
  return problems;
}

std::string local_time(double ms, const std::string& pattern) {
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char day[3], month[3], year[5], hour_minute[6];
  std::strftime(day, sizeof day, "%d", &local);
  std::strftime(month, sizeof month, "%m", &local);
  std::strftime(year, sizeof year, "%Y", &local);
  std::strftime(hour_minute, sizeof hour_minute, "%H:%M", &local);
  std::string out = pattern;
  for (auto [field, value] : {std::pair{"{d}", day}, {"{m}", month}, {"{y}", year}})
    if (const std::size_t at = out.find(field); at != std::string::npos) out.replace(at, 3, value);
  return out + " " + hour_minute;
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
  const std::string base = key;
  auto known = [](const std::string& k) {
    for (Language l : fallback_chain(language()))
      if (texts().of(l).has(k)) return true;
    return false;
  };
  std::string chosen = base + "." + std::string(plural_category(language(), count));
  if (!known(chosen)) chosen = known(base + ".other") ? base + ".other" : base;
  return fill_placeholders(find(chosen), args);
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

std::string date_time(double ms) { return local_time(ms, locale().date); }

std::string time_of_day(double ms) {
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[8];
  std::strftime(text, sizeof text, "%H:%M", &local);
  return text;
}

} // namespace rumbo::ui
