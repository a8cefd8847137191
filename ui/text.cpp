#include "ui/text.h"

#include "core/text/catalogue.h"
#include "core/text/number_format.h"
#include "ui/packed_file.h"

#include <ctime>

namespace rumbo::ui {
namespace {

struct Texts {
  Language language = Language::es;
  Catalogue es, en;
  const Catalogue& current() const { return language == Language::es ? es : en; }
};

Texts& texts() {
  static Texts instance;
  return instance;
}

// Every file of /assets/i18n/<language>/, in name order.
std::string read_catalogue(const std::string& language, Catalogue& catalogue) {
  const std::string folder = "/assets/i18n/" + language;
  const std::vector<std::string> files = packed_files(folder, ".json");
  if (files.empty()) return folder + ": not found. ";
  std::string problems;
  for (const std::string& path : files) {
    const std::optional<std::string> contents = read_packed_file(path.c_str());
    if (!contents)
      problems += path + ": not readable. ";
    else if (auto problem = catalogue.add(*contents))
      problems += path + ": " + *problem + ". ";
  }
  return problems;
}

std::string local_time(double ms, const char* format) {
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[32];
  std::strftime(text, sizeof text, format, &local);
  return text;
}

} // namespace

std::string load_catalogues() {
  return read_catalogue("es", texts().es) + read_catalogue("en", texts().en);
}

Language language() { return texts().language; }
void set_language(Language language) { texts().language = language; }

const char* tr(const char* key) { return texts().current().text(key).c_str(); }

std::string trf(const char* key, const std::vector<std::string>& args) {
  return texts().current().format(key, args);
}

const std::string& in_language(const Label& label) { return label.in(texts().language); }

std::string number(double value, int decimals) {
  return format_number(value, decimals, texts().language);
}
std::string percent(double share, int decimals) {
  return format_percent(share, decimals, texts().language);
}
std::string money(double amount, const std::string& currency) {
  return format_money(amount, currency, texts().language);
}

std::string byte_size(double bytes) {
  constexpr double kB = 1024, MB = kB * 1024, GB = MB * 1024;
  if (bytes < MB) return number(bytes / kB, 0) + " KB";
  if (bytes < GB) return number(bytes / MB, 1) + " MB";
  return number(bytes / GB, 1) + " GB";
}

std::string date_time(double ms) {
  return local_time(ms, language() == Language::es ? "%d/%m/%Y %H:%M" : "%Y-%m-%d %H:%M");
}

std::string time_of_day(double ms) { return local_time(ms, "%H:%M"); }

} // namespace rumbo::ui
