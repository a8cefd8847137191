#include "ui/text.h"

#include "core/text/catalogue.h"
#include "core/text/number_format.h"
#include "ui/packed_file.h"

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

std::string read_catalogue(const char* path, Catalogue& catalogue) {
  const std::optional<std::string> contents = read_packed_file(path);
  if (!contents) return std::string(path) + ": not found. ";
  if (auto problem = catalogue.read(*contents)) return std::string(path) + ": " + *problem + ". ";
  return {};
}

} // namespace

std::string load_catalogues() {
  return read_catalogue("/assets/i18n/es.json", texts().es) +
         read_catalogue("/assets/i18n/en.json", texts().en);
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

} // namespace rumbo::ui
