#include "core/text/catalogue.h"
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

} // namespace

TEST_CASE("numbers are written as es-CO and en write them", "[text]") {
  CHECK(format_number(1234567.5, 1, Language::es) == "1.234.567,5");
  CHECK(format_number(1234567.5, 1, Language::en) == "1,234,567.5");
  CHECK(format_number(-1234.5, 0, Language::es) == "-1.235");
  CHECK(format_number(0.125, 2, Language::es) == "0,13"); // half away from zero
  CHECK(format_number(999.999, 2, Language::en) == "1,000.00");
  CHECK(format_number(-0.001, 1, Language::es) == "0,0");
  CHECK(format_number(1.0 / 0.0, 1, Language::es) == "—");
  CHECK(format_percent(0.125, 1, Language::es) == "12,5 %");
  CHECK(format_percent(0.125, 1, Language::en) == "12.5%");
}

TEST_CASE("pesos have no decimals, dollars and euros two", "[text]") {
  CHECK(format_money(1234567.5, "COP", Language::es) == "$ 1.234.568");
  CHECK(format_money(1234567.5, "COP", Language::en) == "COP 1,234,568");
  CHECK(format_money(-2500, "COP", Language::es) == "-$ 2.500");
  CHECK(format_money(1234.5, "USD", Language::es) == "$ 1.234,50 USD");
  CHECK(format_money(1234.5, "USD", Language::en) == "US$1,234.50");
  CHECK(format_money(1234.5, "EUR", Language::es) == "1.234,50 €");
  CHECK(format_money(1234.5, "GBP", Language::en) == "GBP 1,234.50");
}

TEST_CASE("numbers are read as users type them", "[text]") {
  double v = 0;
  CHECK((parse_number("1.234.567,5", Language::es, v) && v == 1234567.5));
  CHECK((parse_number("1,234,567.5", Language::en, v) && v == 1234567.5));
  CHECK((parse_number("$ 2.500", Language::es, v) && v == 2500));
  CHECK((parse_number("2.5", Language::es, v) && v == 2.5)); // the English mark, out of habit
  CHECK((parse_number("2,5", Language::en, v) && v == 2.5));
  CHECK((parse_number("-12", Language::es, v) && v == -12));
  CHECK((parse_number("1.234", Language::es, v) && v == 1234));
  v = 7;
  CHECK_FALSE(parse_number("abc", Language::es, v));
  CHECK_FALSE(parse_number("", Language::es, v));
  CHECK_FALSE(parse_number("1.2.3", Language::es, v));
  CHECK_FALSE(parse_number("1,2,3", Language::en, v));
  CHECK_FALSE(parse_number("12-3", Language::es, v));
  CHECK_FALSE(parse_number("1e999", Language::en, v));
  CHECK(v == 7); // untouched on failure
  // Round trip of what the app writes.
  for (double x : {0.0, 1.5, -1234567.25, 1e9})
    for (Language language : {Language::es, Language::en}) {
      double back = 0;
      REQUIRE(parse_number(format_number(x, 2, language), language, back));
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

TEST_CASE("the shipped catalogues have the same files, keys and placeholders", "[text]") {
  REQUIRE(shipped_files("es") == shipped_files("en"));
  CHECK(shipped_files("es").size() > 1);
  for (const std::string& file : shipped_files("es")) {
    INFO(file);
    CHECK(shipped_file("es", file).keys() == shipped_file("en", file).keys());
  }
  const Catalogue es = shipped("es"), en = shipped("en");
  CHECK(es.keys() == en.keys());
  for (const std::string& key : es.keys()) {
    INFO(key);
    CHECK_FALSE(es.text(key).empty());
    CHECK_FALSE(en.text(key).empty());
    CHECK(placeholders(es.text(key)) == placeholders(en.text(key)));
  }
}

TEST_CASE("every text the screens ask for is in the catalogue", "[text]") {
  const Catalogue es = shipped("es");
  // tr("key") and trf("key", ...) are the screens' only ways to text.
  static const std::regex call(R"(\btrf?\(\s*"([a-z0-9_.]+)\")");
  std::size_t calls = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(RUMBO_UI_DIR)) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    const std::string source = read_file(entry.path());
    for (auto it = std::sregex_iterator(source.begin(), source.end(), call);
         it != std::sregex_iterator(); ++it) {
      ++calls;
      INFO(entry.path().filename().string() << ": " << (*it)[1].str());
      CHECK(es.has((*it)[1].str()));
    }
  }
  CHECK(calls > 0);
}
