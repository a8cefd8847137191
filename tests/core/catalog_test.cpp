#include "core/commands/edits.h"
#include "core/files/rapidjson.h"
#include "core/files/workspace_file.h"
#include "core/model/enum_keys.h"
#include "core/text/languages.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>

using namespace rumbo;

namespace {

Workspace load_asset(const std::string& name) {
  INFO(name);
  LoadResult result = load(test::read_file(test::asset_path(name)));
  INFO(result.error.key << " at " << result.error.path);
  REQUIRE(result.ok());
  CHECK(result.findings.empty());
  return *result.workspace;
}

// Every language Rumbo speaks has its own text (not a fallback).
void check_every_language(const Label& label, bool required = true) {
  INFO("es: " << label.exactly(Language::es) << " / en: " << label.exactly(Language::en));
  if (!required && label.empty()) return;
  for (const LanguageInfo& language : languages()) {
    INFO(language.language.code());
    CHECK_FALSE(label.exactly(language.language).empty());
  }
}

const char* const kCatalogFragments[] = {"catalog/axes.rumbo.json", "catalog/mechanisms.rumbo.json",
                                         "catalog/readiness.rumbo.json",
                                         "catalog/criteria.rumbo.json"};

// The seed's method as a template: every catalogue fragment imported, in order,
// into an empty strategy.
Workspace seed_method_from_catalog() {
  Workspace ws;
  for (const char* name : kCatalogFragments) {
    ImportOutcome outcome = import_objects(ws, load_asset(name), name);
    REQUIRE(outcome.command);
    apply_changes(ws, *outcome.command);
  }
  return ws;
}

} // namespace

TEST_CASE("catalogue: axes and mechanisms from the seed, named in both languages", "[catalog]") {
  Workspace axes = load_asset("catalog/axes.rumbo.json");
  CHECK(axes.axes.size() >= 8);
  std::set<std::string> keys;
  for (const Axis& axis : axes.axes) {
    CHECK(keys.insert(axis.key).second);
    check_every_language(axis.name);
    check_every_language(axis.description);
  }
  Workspace mechanisms = load_asset("catalog/mechanisms.rumbo.json");
  CHECK(mechanisms.mechanisms.size() >= 8);
  keys.clear(); // keys are unique within one catalogue
  for (const Mechanism& mechanism : mechanisms.mechanisms) {
    CHECK(keys.insert(mechanism.key).second);
    check_every_language(mechanism.name);
    check_every_language(mechanism.description);
  }
}

TEST_CASE(
    "catalogue: readiness indicators cover every dimension, maturity rubrics have five levels",
    "[catalog]") {
  Workspace readiness = load_asset("catalog/readiness.rumbo.json");
  std::set<Dimension> dimensions;
  int maturity = 0;
  for (const Indicator& indicator : readiness.indicators) {
    dimensions.insert(indicator.dimension);
    check_every_language(indicator.name);
    CHECK_FALSE(indicator.value);
    if (indicator.kind == IndicatorKind::maturity) {
      ++maturity;
      REQUIRE(indicator.rubric.size() == 5);
      for (const Label& level : indicator.rubric)
        check_every_language(level);
    }
  }
  CHECK(dimensions.size() == kDimensionCount);
  CHECK(readiness.indicators.size() >= 20);
  CHECK(maturity >= 4);
}

TEST_CASE("catalogue: the nine default criteria", "[catalog]") {
  Workspace criteria = load_asset("catalog/criteria.rumbo.json");
  std::set<std::string> keys;
  for (const Criterion& criterion : criteria.criteria) {
    keys.insert(criterion.key);
    check_every_language(criterion.name);
    check_every_language(criterion.description);
  }
  CHECK(criteria.criteria.size() == 9);
  CHECK(keys.size() == 9);
  const Criterion* cost = nullptr;
  for (const Criterion& criterion : criteria.criteria)
    if (criterion.key == "cost") cost = &criterion;
  REQUIRE(cost);
  CHECK(cost->kind == CriterionKind::cost);
}

TEST_CASE("catalogue: actor types describe every actor type of the model", "[catalog]") {
  rapidjson::Document doc;
  std::string text = test::read_file(test::asset_path("catalog/actor_types.json"));
  doc.Parse(text.c_str());
  REQUIRE(doc.IsArray());
  std::vector<std::string> keys;
  for (const auto& entry : doc.GetArray()) {
    keys.emplace_back(entry["key"].GetString());
    for (const char* part : {"description", "examples"}) {
      CHECK(entry[part]["es"].GetStringLength() > 0);
      CHECK(entry[part]["en"].GetStringLength() > 0);
      for (const LanguageInfo& language : languages()) {
        const std::string code(language.language.code());
        INFO(code);
        REQUIRE(entry[part].HasMember(code.c_str()));
        CHECK(entry[part][code.c_str()].GetStringLength() > 0);
      }
    }
  }
  std::vector<std::string> expected;
  for (auto key : enum_keys<ActorType>())
    expected.emplace_back(key);
  CHECK(keys == expected);
}

// The templates are files, loaded through load() like any other workspace.
// seed-method.rumbo.json is the catalogue imported into an empty strategy;
// RUMBO_WRITE_TEMPLATES=1 rewrites both after a catalogue change.
TEST_CASE("templates: empty strategy and the seed's method match the catalogue", "[catalog]") {
  Workspace seed_method = seed_method_from_catalog();
  if (std::getenv("RUMBO_WRITE_TEMPLATES")) {
    test::write_file(test::asset_path("templates/empty.rumbo.json"), save_json(Workspace{}));
    test::write_file(test::asset_path("templates/seed-method.rumbo.json"), save_json(seed_method));
  }
  CHECK(load_asset("templates/empty.rumbo.json") == Workspace{});
  Workspace loaded = load_asset("templates/seed-method.rumbo.json");
  CHECK(loaded == seed_method);
  CHECK(loaded.profile.name.empty());
  CHECK(loaded.actions.empty());
  CHECK(loaded.axes.size() >= 8);
}

TEST_CASE("sample city: rich enough for every screen and score, and valid", "[catalog][sample]") {
  Workspace ws = load_asset("samples/sample-city.rumbo.json");
  CHECK(ws.profile.country == "Colombia");
  CHECK(ws.profile.currency == "COP");
  CHECK(ws.actions.size() >= 35);
  CHECK(ws.indicators.size() >= 20);
  CHECK(ws.peers.size() == 5);
  CHECK(ws.partners.size() >= 12);
  CHECK(ws.actors.size() >= 10);
  CHECK(ws.objectives.size() == 4);
  CHECK(ws.cycles.size() == 2);
  CHECK(ws.criteria.size() == 9);
  for (const Objective& objective : ws.objectives) {
    bool measured = false;
    for (const Kpi& kpi : ws.kpis)
      measured = measured || kpi.objective == objective.id;
    CHECK(measured);
  }
  std::set<ObjectId> axes_used;
  for (const Action& action : ws.actions) {
    axes_used.insert(action.axis.value);
    CHECK(action.scores.size() == ws.criteria.size());
    CHECK(action.external_funding <= action.cost_per_year);
  }
  CHECK(axes_used.size() == ws.axes.size());
  std::set<Quadrant> quadrants;
  for (const ContextItem& item : ws.context_items)
    quadrants.insert(item.quadrant);
  CHECK(quadrants.size() == 4);
  for (const PeerCity& peer : ws.peers)
    CHECK(peer.values.size() >= ws.indicators.size() / 2);
  std::size_t pairs = ws.criteria.size() * (ws.criteria.size() - 1) / 2;
  CHECK(ws.comparison.judgements.size() == pairs);
}

// The sample city and the method template carry the catalogues' labels in
// every language (Label version 2), so the sample reads in Portuguese too.
TEST_CASE("catalogue: the sample city and the template name their catalogue items in every "
          "language",
          "[catalog]") {
  for (const char* name : {"samples/sample-city.rumbo.json", "templates/seed-method.rumbo.json"}) {
    INFO(name);
    const Workspace ws = load_asset(name);
    REQUIRE_FALSE(ws.criteria.empty());
    for (const Criterion& criterion : ws.criteria)
      check_every_language(criterion.name);
    for (const Axis& axis : ws.axes)
      check_every_language(axis.name);
    for (const Indicator& indicator : ws.indicators)
      check_every_language(indicator.name);
  }
  const Workspace sample = load_asset("samples/sample-city.rumbo.json");
  CHECK(sample.criteria.front().name.in(Language("pt-BR")) !=
        sample.criteria.front().name.in(Language::es));
}
