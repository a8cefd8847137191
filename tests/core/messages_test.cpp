#include "core/messages.h"
#include "core/model/enum_keys.h"
#include "core/text/languages.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rumbo;

TEST_CASE("every message exists in every language, with the same placeholders", "[messages]") {
  REQUIRE(language_data_problem().empty());
  const std::vector<std::string> keys = message_keys();
  REQUIRE(keys.size() > 400);
  // With placeholder-shaped arguments, every language must use the same ones.
  std::vector<std::string> args = {"<0>", "<1>", "<2>", "<3>", "<4>"};
  for (const LanguageInfo& language : languages()) {
    // What a language lacks would fall back to another; a shipped language lacks nothing.
    std::string missing;
    for (const std::string& key : keys)
      if (!language.messages.has(key)) missing += key + " ";
    INFO(language.language.code() << " lacks: " << missing);
    CHECK(missing.empty());
    for (const std::string& key : language.messages.keys()) {
      INFO(language.language.code() << " " << key);
      CHECK(has_message(key));
    }
    for (const std::string& key : keys) {
      INFO(language.language.code() << " " << key);
      const std::string es = message(key, Language::es, args);
      const std::string other = message(key, language.language, args);
      CHECK_FALSE(other.empty());
      for (const std::string& arg : args)
        CHECK((es.find(arg) == std::string::npos) == (other.find(arg) == std::string::npos));
    }
  }
}

namespace {
template <class E> void check_labels() {
  for (std::string_view key : enum_keys<E>()) {
    std::string full = std::string(enum_name<E>()) + "." + std::string(key);
    INFO(full);
    CHECK(has_message(full));
  }
}
} // namespace

TEST_CASE("every enum value has a label in both languages", "[messages]") {
  check_labels<AssetKind>();
  check_labels<Quadrant>();
  check_labels<Pestel>();
  check_labels<TowsKind>();
  check_labels<Dimension>();
  check_labels<Direction>();
  check_labels<IndicatorKind>();
  check_labels<ActorType>();
  check_labels<ActorRole>();
  check_labels<PartnerKind>();
  check_labels<GlobalRegion>();
  check_labels<Relation>();
  check_labels<ActionStatus>();
  check_labels<CriterionKind>();
  check_labels<RankingMethod>();
  check_labels<TopsisNormalisationMethod>();
  check_labels<PreferenceShape>();
  check_labels<IndexNormalisation>();
  check_labels<IndexAggregation>();
  check_labels<MissingValuePolicy>();
  CHECK(label(Quadrant::threat, Language::es) == "Amenaza");
  CHECK(label(MissingValuePolicy::median, Language::en) == "Impute with the cities' median");
  CHECK(label(TowsKind::wo, Language::es) == "DO (debilidad–oportunidad)");
}

TEST_CASE("arguments fill placeholders and are translated when they are keys", "[messages]") {
  CHECK(message("check.out_of_range", Language::es, {"@field.risk", "7", "1", "5"}) ==
        "«Riesgo» debe estar entre 1 y 5; es 7.");
  CHECK(message("check.out_of_range", Language::en, {"@field.risk", "7", "1", "5"}) ==
        "“Risk” must be between 1 and 5; it is 7.");
  CHECK(message("no.such.key", Language::es) == "no.such.key");
}

// Partner fit names the languages a partner shares with the city: codes
// become names, and a code Rumbo has no name for is shown as it is.
TEST_CASE("a list of keys as one argument names each, in the user's language", "[messages]") {
  CHECK(message("fit.languages_shared", Language::es, {"@language.es, @language.pt"}) ==
        "Comparte idioma con la ciudad: Español, Portugués.");
  CHECK(message("fit.languages_shared", Language::en, {"@language.es, @language.xx"}) ==
        "Shares a language with the city: Spanish, xx.");
}
