#include "core/messages.h"
#include "core/model/label.h"
#include "core/text/languages.h"
#include "core/text/number_format.h"
#include "core/text/plural_rules.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rumbo;

namespace {

const Language kPortuguese("pt-BR");

std::string category(Language language, double value, int decimals = 0) {
  return std::string(plural_category(language, value, decimals));
}

} // namespace

TEST_CASE("the embedded language data lists Spanish, English and Portuguese", "[languages]") {
  REQUIRE(language_data_problem().empty());
  REQUIRE(languages().size() >= 3);
  CHECK(languages().front().language == Language::es);
  REQUIRE(find_language(kPortuguese));
  CHECK(find_language(kPortuguese)->name == "Português (Brasil)");
  // Every chain has Spanish, which has every sentence.
  for (const LanguageInfo& info : languages()) {
    const std::vector<Language>& chain = fallback_chain(info.language);
    CHECK(chain.front() == info.language);
    CHECK(std::find(chain.begin(), chain.end(), Language::es) != chain.end());
  }
  CHECK(fallback_chain(Language("xx")) == std::vector<Language>{Language::es});
}

// CLDR plural rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
// es "one" n = 1, "many" for whole millions; en "one" i = 1 and v = 0;
// pt "one" i = 0..1.
TEST_CASE("plural forms follow each language's CLDR rules", "[languages]") {
  CHECK(category(Language::es, 1) == "one");
  CHECK(category(Language::es, 0) == "other");
  CHECK(category(Language::es, 2) == "other");
  CHECK(category(Language::es, 1000000) == "many");
  CHECK(category(Language::es, 1.5, 1) == "other");
  CHECK(category(Language::en, 1) == "one");
  CHECK(category(Language::en, 1, 1) == "other"); // "1.0 cities"
  CHECK(category(Language::en, 0) == "other");
  CHECK(category(kPortuguese, 0) == "one"); // "0 cidade"
  CHECK(category(kPortuguese, 1) == "one");
  CHECK(category(kPortuguese, 1.5, 1) == "one");
  CHECK(category(kPortuguese, 2) == "other");
  CHECK(category(Language("xx"), 1) == "other");
}

TEST_CASE("a plural rule that cannot be read is refused with where", "[languages]") {
  std::string problem;
  CHECK_FALSE(PluralRules::parse({{"one", "n = "}}, problem));
  CHECK(problem.find("expected a number") != std::string::npos);
  CHECK_FALSE(PluralRules::parse({{"one", "x = 1"}}, problem));
  CHECK(problem.find("operand") != std::string::npos);
  CHECK_FALSE(PluralRules::parse({{"plenty", "n = 1"}}, problem));
  CHECK(problem.find("plenty") != std::string::npos);
  CHECK_FALSE(PluralRules::parse({{"few", "n % 10 = 2..4 and n % 100 != 12..14 xyz"}}, problem));
  // Polish "few" (CLDR) reads and works: 2, 3, 4, 22 but not 12.
  auto polish =
      PluralRules::parse({{"few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"}}, problem);
  REQUIRE(polish);
  CHECK(polish->category(22) == PluralCategory::few);
  CHECK(polish->category(12) == PluralCategory::other);
}

TEST_CASE("the locale is apart from the language", "[languages]") {
  // Mexico reads Spanish and writes 1,234.5; Colombia 1.234,5.
  const Locale& mexico = match_locale("es_MX.UTF-8", Language::es);
  CHECK(mexico.code == "es-MX");
  CHECK(format_number(1234.5, 1, mexico) == "1,234.5");
  CHECK(mexico.csv_delimiter == ',');
  const Locale& colombia = match_locale("es-CO", Language::es);
  CHECK(format_number(1234.5, 1, colombia) == "1.234,5");
  CHECK(colombia.csv_delimiter == ';');
  // A region Rumbo has no locale for takes the language's default.
  CHECK(match_locale("es-PE", Language::es).code == "es-CO");
  CHECK(match_locale("", Language::en).code == "en-US");
  // Brazil: reais, decimal comma, percent without a space.
  const Locale& brazil = match_locale("pt-BR", kPortuguese);
  CHECK(format_money(1234.5, "BRL", brazil) == "R$ 1.234,50");
  CHECK(format_money(1234567, "COP", brazil) == "COP 1.234.567");
  CHECK(format_percent(0.125, 1, brazil) == "12,5%");
  double typed = 0;
  CHECK((parse_number("1.234,5", brazil, typed) && typed == 1234.5));
}

TEST_CASE("a browser's or a system's tag picks the language", "[languages]") {
  CHECK(match_language("pt-BR") == kPortuguese);
  CHECK(match_language("pt") == kPortuguese);
  CHECK(match_language("pt_BR.UTF-8") == kPortuguese);
  CHECK(match_language("es-CO") == Language::es);
  CHECK(match_language("es_MX.UTF-8") == Language::es);
  CHECK(match_language("en-GB") == Language::en);
  CHECK_FALSE(match_language("fr-FR"));
  CHECK_FALSE(match_language("C.UTF-8"));
}

TEST_CASE("a language is added from its data alone, and what it lacks falls back", "[languages]") {
  const Language catalan("ca");
  const std::string list = test::read_file(test::data_path("i18n/ca/languages.json"));
  const std::string messages = test::read_file(test::data_path("i18n/ca/messages.json"));
  REQUIRE_FALSE(find_language(catalan));
  const auto problem = add_languages(list, {{"ca", messages}});
  INFO(problem.value_or(""));
  REQUIRE_FALSE(problem);
  CHECK(match_language("ca-ES") == catalan);
  CHECK(message("quadrant.threat", catalan) == "Amenaça");
  // Not in its file: from Spanish, the first of its chain.
  CHECK(message("quadrant.strength", catalan) == "Fortaleza");
  CHECK(message_count("test.rows", 1, catalan, {"1"}) == "1 fila");
  CHECK(message_count("test.rows", 3, catalan, {"3"}) == "3 files");
  CHECK(format_number(1234.5, 1, match_locale("ca-ES", catalan)) == "1.234,5");
  Label label("Ciudad", "City");
  CHECK(label.in(catalan) == "Ciudad");
  label.set(catalan, "Ciutat");
  CHECK(label.in(catalan) == "Ciutat");
  // Twice is refused and changes nothing.
  CHECK(add_languages(list, {{"ca", messages}}).value_or("").find("twice") != std::string::npos);
  remove_language(catalan);
  CHECK_FALSE(find_language(catalan));
  CHECK(match_locale("ca-ES", Language::es).code == "es-CO");
}

TEST_CASE("a broken language list is refused whole", "[languages]") {
  const std::size_t before = languages().size();
  CHECK(add_languages("[]", {}).has_value());
  CHECK(add_languages(R"({"languages": [{"code": "x y", "name": "X", "fallback": [],
    "locale": "", "plural": {}}]})",
                      {})
            .value_or("")
            .find("not a language code") != std::string::npos);
  CHECK(add_languages(R"({"languages": [{"code": "qq", "name": "Q", "fallback": [],
    "locale": "", "plural": {"one": "n = = 1"}}]})",
                      {})
            .value_or("")
            .find("plural rule") != std::string::npos);
  CHECK(languages().size() == before);
}

TEST_CASE("a label keeps one text per language and falls back along the chain", "[languages]") {
  Label label("Costo", "Cost");
  CHECK(label.in(kPortuguese) == "Costo"); // pt-BR → es
  label.set(kPortuguese, "Custo");
  CHECK(label.in(kPortuguese) == "Custo");
  label.set(Language::es, "");
  CHECK(label.in(Language::es) == "Cost"); // nothing in Spanish: any other text
  CHECK(label.texts.size() == 2);
  CHECK(Label().in(Language::es).empty());
}
