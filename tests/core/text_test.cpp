#include "core/model/date.h"
#include "core/scoring/methods.h"
#include "core/text/catalogue.h"
#include "core/text/languages.h"
#include "core/text/number_format.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace rumbo;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The names of one language's catalogue files, sorted.
std::vector<std::string> shipped_files(const char* language) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(RUMBO_ASSETS_DIR) / "i18n" / language))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

Catalogue shipped_file(const char* language, const std::string& file) {
  Catalogue catalogue;
  const auto problem =
      catalogue.add(read_file(std::filesystem::path(RUMBO_ASSETS_DIR) / "i18n" / language / file));
  INFO(language << "/" << file << ": " << problem.value_or(""));
  REQUIRE_FALSE(problem);
  return catalogue;
}

// All of a language's files in one catalogue, as the app loads them.
Catalogue shipped(const char* language) {
  Catalogue catalogue;
  for (const std::string& file : shipped_files(language)) {
    const auto problem = catalogue.add(
        read_file(std::filesystem::path(RUMBO_ASSETS_DIR) / "i18n" / language / file));
    INFO(language << "/" << file << ": " << problem.value_or(""));
    REQUIRE_FALSE(problem);
  }
  return catalogue;
}

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> found;
  static const std::regex placeholder(R"(\{[0-9]\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder);
       it != std::sregex_iterator(); ++it)
    found.insert(it->str());
  return found;
}

// A locale of assets/i18n/languages.json by its code.
const Locale& locale(const char* code) {
  const Locale& found = match_locale(code, Language::es);
  REQUIRE(found.code == code);
  return found;
}

} // namespace

TEST_CASE("numbers are written as es-CO and en-US write them", "[text]") {
  CHECK(format_number(1234567.5, 1, locale("es-CO")) == "1.234.567,5");
  CHECK(format_number(1234567.5, 1, locale("en-US")) == "1,234,567.5");
  CHECK(format_number(-1234.5, 0, locale("es-CO")) == "-1.235");
  CHECK(format_number(0.125, 2, locale("es-CO")) == "0,13"); // half away from zero
  CHECK(format_number(999.999, 2, locale("en-US")) == "1,000.00");
  CHECK(format_number(-0.001, 1, locale("es-CO")) == "0,0");
  CHECK(format_number(1.0 / 0.0, 1, locale("es-CO")) == "—");
  CHECK(format_percent(0.125, 1, locale("es-CO")) == "12,5 %");
  CHECK(format_percent(0.125, 1, locale("en-US")) == "12.5%");
}

TEST_CASE("pesos have no decimals, dollars and euros two", "[text]") {
  CHECK(format_money(1234567.5, "COP", locale("es-CO")) == "$ 1.234.568");
  CHECK(format_money(1234567.5, "COP", locale("en-US")) == "COP 1,234,568");
  CHECK(format_money(-2500, "COP", locale("es-CO")) == "-$ 2.500");
  CHECK(format_money(1234.5, "USD", locale("es-CO")) == "$ 1.234,50 USD");
  CHECK(format_money(1234.5, "USD", locale("en-US")) == "US$1,234.50");
  CHECK(format_money(1234.5, "EUR", locale("es-CO")) == "1.234,50 €");
  CHECK(format_money(1234.5, "GBP", locale("en-US")) == "GBP 1,234.50");
}

TEST_CASE("numbers are read as users type them", "[text]") {
  double v = 0;
  CHECK((parse_number("1.234.567,5", locale("es-CO"), v) && v == 1234567.5));
  CHECK((parse_number("1,234,567.5", locale("en-US"), v) && v == 1234567.5));
  CHECK((parse_number("$ 2.500", locale("es-CO"), v) && v == 2500));
  CHECK((parse_number("2.5", locale("es-CO"), v) && v == 2.5)); // the English mark, out of habit
  CHECK((parse_number("2,5", locale("en-US"), v) && v == 2.5));
  CHECK((parse_number("-12", locale("es-CO"), v) && v == -12));
  CHECK((parse_number("1.234", locale("es-CO"), v) && v == 1234));
  v = 7;
  CHECK_FALSE(parse_number("abc", locale("es-CO"), v));
  CHECK_FALSE(parse_number("", locale("es-CO"), v));
  CHECK_FALSE(parse_number("1.2.3", locale("es-CO"), v));
  CHECK_FALSE(parse_number("1,2,3", locale("en-US"), v));
  CHECK_FALSE(parse_number("12-3", locale("es-CO"), v));
  CHECK_FALSE(parse_number("1e999", locale("en-US"), v));
  CHECK(v == 7); // untouched on failure
  // Round trip of what the app writes.
  for (double x : {0.0, 1.5, -1234567.25, 1e9})
    for (const Locale& each : locales()) {
      double back = 0;
      REQUIRE(parse_number(format_number(x, 2, each), each, back));
      CHECK(back == Approx(x));
    }
}

TEST_CASE("a catalogue reports what is wrong with its file and keeps nothing", "[text]") {
  Catalogue catalogue;
  REQUIRE_FALSE(catalogue.add(R"({"a": "uno", "b": "dos {0} y {1}"})"));
  CHECK(catalogue.text("a") == "uno");
  CHECK(catalogue.format("b", {"x", "y"}) == "dos x y y");
  CHECK(catalogue.text("nope") == "nope");
  CHECK(catalogue.missing().count("nope") == 1);
  CHECK(catalogue.add("[1, 2]").value_or("").find("object") != std::string::npos);
  CHECK(catalogue.add(R"({"a": 3})").value_or("").find("\"a\"") != std::string::npos);
  CHECK(catalogue.add(R"({"a": "x",)").value_or("").find("byte") != std::string::npos);
  CHECK(catalogue.add("{\"a\": \"\xC3\x28\"}").has_value());
  // A second file may not give a key again; nothing of it is added.
  CHECK(catalogue.add(R"({"c": "tres", "a": "otra"})").value_or("").find("\"a\"") !=
        std::string::npos);
  CHECK_FALSE(catalogue.has("c"));
  CHECK(catalogue.text("a") == "uno"); // the failed reads changed nothing
  REQUIRE_FALSE(catalogue.add(R"({"c": "tres"})"));
  CHECK(catalogue.text("c") == "tres");
  CHECK(catalogue.text("b") == "dos {0} y {1}");
  CHECK(fill_placeholders("{0} de {1} {", {"12"}) == "12 de {1} {");
}

TEST_CASE("every language has the same files, keys and placeholders as Spanish", "[text]") {
  CHECK(shipped_files("es").size() > 1);
  const Catalogue es = shipped("es");
  REQUIRE(languages().size() >= 3);
  for (const LanguageInfo& info : languages()) {
    const std::string code(info.language.code());
    REQUIRE(shipped_files(code.c_str()) == shipped_files("es"));
    for (const std::string& file : shipped_files("es")) {
      INFO(code << "/" << file);
      CHECK(shipped_file(code.c_str(), file).keys() == shipped_file("es", file).keys());
    }
    // What this language lacks falls back along its chain; listed here so a
    // translator sees it, and none is allowed in a shipped language.
    const Catalogue other = shipped(code.c_str());
    std::string missing;
    for (const std::string& key : es.keys())
      if (!other.has(key)) missing += key + " ";
    INFO(code << " lacks: " << missing);
    CHECK(missing.empty());
    for (const std::string& key : other.keys()) {
      INFO(code << ": " << key);
      CHECK_FALSE(other.text(key).empty());
      CHECK(placeholders(es.text(key)) == placeholders(other.text(key)));
    }
  }
}

TEST_CASE("every text the screens ask for is in the catalogue", "[text]") {
  const Catalogue es = shipped("es");
  // tr("key"), trf("key", ...) and trn("key", n) are the screens' only ways
  // to text; a plural needs at least its "other" form.
  static const std::regex call(R"(\btr[fn]?\(\s*"([a-z0-9_.]+)\")");
  std::size_t calls = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(RUMBO_UI_DIR)) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    const std::string source = read_file(entry.path());
    for (auto it = std::sregex_iterator(source.begin(), source.end(), call);
         it != std::sregex_iterator(); ++it) {
      ++calls;
      INFO(entry.path().filename().string() << ": " << (*it)[1].str());
      CHECK((es.has((*it)[1].str()) || es.has((*it)[1].str() + ".other")));
    }
  }
  CHECK(calls > 0);
}

TEST_CASE("every method of the table is explained on the prioritisation screen", "[text]") {
  const Catalogue es = shipped("es");
  for (const scoring::MethodInfo& info : scoring::kMethods) {
    INFO(info.key);
    CHECK(es.has("prioritise.about_" + std::string(info.key)));
  }
}

TEST_CASE("a year is read as typed, the same on every screen and in every CSV", "[text]") {
  CHECK(parse_year("2026") == 2026);
  CHECK(parse_year(" 1900 ") == 1900);
  CHECK(parse_year("2200") == 2200);
  for (const char* not_a_year :
       {"", "1899", "2201", "2026,5", "2.026", "20266", "dos mil", "-2026"}) {
    INFO(not_a_year);
    CHECK_FALSE(parse_year(not_a_year));
  }
}
