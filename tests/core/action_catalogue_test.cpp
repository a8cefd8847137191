#include "core/commands/add_from_catalogue.h"
#include "core/commands/edits.h"
#include "core/commands/history.h"
#include "core/files/action_catalogue.h"
#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/text/languages.h"
#include "core/validation/validate.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace rumbo;

namespace {

std::vector<CatalogueAction> packed_catalogue() {
  const ActionCatalogueResult result =
      read_action_catalogue(test::read_file(test::asset_path("catalog/actions.json")));
  INFO(describe(result.error, Language::en));
  REQUIRE(result.ok());
  return result.entries;
}

Workspace packed_workspace(const std::string& name) {
  LoadResult result = load(test::read_file(test::asset_path(name)));
  INFO(name << ": " << describe(result.error, Language::en));
  REQUIRE(result.ok());
  return *result.workspace;
}

const CatalogueAction& entry(const std::vector<CatalogueAction>& entries, const std::string& key) {
  for (const CatalogueAction& each : entries)
    if (each.key == key) return each;
  FAIL("no catalogue entry " << key);
  return entries.front();
}

// A catalogue of one entry whose fields are `fields` (JSON members).
std::string one_entry(const std::string& fields) {
  return R"({"format": "rumbo-action-catalogue", "version": 1, "actions": [{)" + fields + "}]}";
}

const std::string kGoodFields =
    R"("key": "trade_mission", "axis": "foreign_trade", "mechanism": "twinning",
       "title": {"es": "Misión comercial", "en": "Trade mission"},
       "description": {"es": "Viaje de negocios.", "en": "Business trip."})";

struct Broken {
  const char* what;
  std::string text;
  const char* key;
  const char* path;
};

} // namespace

TEST_CASE("action catalogue: typical actions of the seed, in both languages, on the catalogue's "
          "axes and mechanisms",
          "[catalog]") {
  const std::vector<CatalogueAction> entries = packed_catalogue();
  CHECK(entries.size() >= 25);
  CHECK(entries.size() <= 40);
  std::set<std::string> axis_keys, mechanism_keys;
  for (const Axis& axis : packed_workspace("catalog/axes.rumbo.json").axes)
    axis_keys.insert(axis.key);
  for (const Mechanism& mechanism : packed_workspace("catalog/mechanisms.rumbo.json").mechanisms)
    mechanism_keys.insert(mechanism.key);
  std::set<std::string> titles_es, titles_en, axes_used;
  for (const CatalogueAction& action : entries) {
    INFO(action.key);
    CHECK(axis_keys.count(action.axis_key) == 1);
    CHECK(mechanism_keys.count(action.mechanism_key) == 1);
    axes_used.insert(action.axis_key);
    // Every language Rumbo speaks has its own text.
    for (const Label* text : {&action.title, &action.description}) {
      for (const LanguageInfo& language : languages())
        CHECK_FALSE(text->exactly(language.language).empty());
      CHECK(text->exactly(Language::es) != text->exactly(Language::en));
    }
    // A title names an action in a table row; a description is one sentence.
    CHECK(action.title.exactly(Language::es).size() <= 80);
    CHECK(action.description.exactly(Language::es).back() == '.');
    CHECK(action.description.exactly(Language::en).back() == '.');
    CHECK(action.typical_months > 0);
    CHECK(titles_es.insert(action.title.exactly(Language::es)).second);
    CHECK(titles_en.insert(action.title.exactly(Language::en)).second);
  }
  CHECK(axes_used == axis_keys); // every axis of the seed has typical actions
}

TEST_CASE("action catalogue: a broken text is refused with what is wrong and where, never a crash",
          "[catalog]") {
  const std::vector<Broken> cases = {
      {"empty", "  \n", "load.empty", ""},
      {"syntax", R"({"format": "rumbo-action-catalogue", "actions": [}])", "json.syntax", ""},
      {"a list", "[1, 2]", "catalogue.not_action_catalogue", ""},
      {"a workspace", test::read_file(test::asset_path("catalog/axes.rumbo.json")),
       "catalogue.not_action_catalogue", ""},
      {"newer", R"({"format": "rumbo-action-catalogue", "version": 2, "actions": []})",
       "catalogue.newer_version", "version"},
      {"no actions", R"({"format": "rumbo-action-catalogue", "version": 1})", "load.missing_field",
       "actions"},
      {"actions not a list", R"({"format": "rumbo-action-catalogue", "version": 1, "actions": {}})",
       "load.wrong_type", "actions"},
      {"no title", one_entry(R"("key": "a", "axis": "b", "mechanism": "c",
                                "description": {"es": "d", "en": "d"})"),
       "load.missing_field", "actions[0].title"},
      {"title not text", one_entry(R"("key": "a", "axis": "b", "mechanism": "c",
                                     "title": {"es": 7, "en": "t"},
                                     "description": {"es": "d", "en": "d"})"),
       "load.wrong_type", "actions[0].title.es"},
      {"no English", one_entry(R"("key": "a", "axis": "b", "mechanism": "c",
                                 "title": {"es": "t"}, "description": {"es": "d", "en": "d"})"),
       "load.missing_field", "actions[0].title.en"},
      {"blank description", one_entry(R"("key": "a", "axis": "b", "mechanism": "c",
                                        "title": {"es": "t", "en": "t"},
                                        "description": {"es": " ", "en": "d"})"),
       "catalogue.empty_text", "actions[0].description.es"},
      {"misspelt field", one_entry(kGoodFields + R"(, "mechansim": "twinning")"),
       "catalogue.unknown_field", "actions[0]"},
      {"key with spaces", one_entry(R"("key": "Trade mission", "axis": "b", "mechanism": "c",
                                      "title": {"es": "t", "en": "t"},
                                      "description": {"es": "d", "en": "d"})"),
       "catalogue.bad_key", "actions[0].key"},
      {"axis by id", one_entry(R"("key": "a", "axis": 2, "mechanism": "c",
                                 "title": {"es": "t", "en": "t"},
                                 "description": {"es": "d", "en": "d"})"),
       "load.wrong_type", "actions[0].axis"},
      {"zero months", one_entry(kGoodFields + R"(, "typical_months": 0)"),
       "catalogue.months_out_of_range", "actions[0].typical_months"},
      {"fractional months", one_entry(kGoodFields + R"(, "typical_months": 1.5)"),
       "load.wrong_type", "actions[0].typical_months"},
      {"huge months", one_entry(kGoodFields + R"(, "typical_months": 1e300)"), "load.wrong_type",
       "actions[0].typical_months"},
      {"text with NUL", one_entry(R"("key": "a", "axis": "b", "mechanism": "c",
                                    "title": {"es": "t\u0000x", "en": "t"},
                                    "description": {"es": "d", "en": "d"})"),
       "json.nul_in_text", "actions[0].title.es"},
      {"not UTF-8", one_entry(kGoodFields + ", \"typical_months\": 3, \"x\xC3\x28\": 1"),
       "json.bad_encoding", ""},
      {"long title",
       one_entry(R"("key": "a", "axis": "b", "mechanism": "c", "title": {"es": ")" +
                 std::string(kMaxCatalogueTitleBytes + 1, 'x') +
                 R"(", "en": "t"}, "description": {"es": "d", "en": "d"})"),
       "load.text_too_long", "actions[0].title.es"},
      {"deep nesting", std::string(100000, '[') + std::string(100000, ']'),
       "catalogue.not_action_catalogue", ""},
      {"too large", std::string(kMaxCatalogueBytes + 1, ' '), "load.too_large", ""},
  };
  for (const Broken& broken : cases) {
    INFO(broken.what);
    const ActionCatalogueResult result = read_action_catalogue(broken.text);
    CHECK_FALSE(result.ok());
    CHECK(result.entries.empty());
    CHECK(result.error.key == broken.key);
    CHECK(result.error.path == broken.path);
    const std::string es = describe(result.error, Language::es);
    CHECK(has_message(result.error.key));
    CHECK(es.find(broken.path) != std::string::npos);
  }

  SECTION("the same key twice") {
    const std::string text = R"({"format": "rumbo-action-catalogue", "version": 1, "actions": [{)" +
                             kGoodFields + "}, {" + kGoodFields + "}]}";
    const ActionCatalogueResult result = read_action_catalogue(text);
    CHECK(result.error.key == "catalogue.duplicate_key");
    CHECK(result.error.path == "actions[1].key");
    CHECK(describe(result.error, Language::en).find("trade_mission") != std::string::npos);
  }
  SECTION("a syntax error says its line and column") {
    const ActionCatalogueResult result =
        read_action_catalogue("{\"format\": \"rumbo-action-catalogue\",\n  \"version\" 1}");
    CHECK(result.error.key == "json.missing_colon");
    CHECK(result.error.line == 2);
    CHECK(result.error.column == 13);
  }
  SECTION("more entries than a catalogue holds") {
    std::string text = R"({"format": "rumbo-action-catalogue", "version": 1, "actions": [)";
    for (std::size_t i = 0; i <= kMaxCatalogueEntries; ++i)
      text += std::string(i ? "," : "") + "{}";
    const ActionCatalogueResult result = read_action_catalogue(text + "]}");
    CHECK(result.error.key == "load.list_too_long");
    CHECK(result.error.path == "actions");
  }
  SECTION("every cut of the packed catalogue") {
    const std::string text = test::read_file(test::asset_path("catalog/actions.json"));
    for (std::size_t size = 0; size + 2 < text.size(); size += 61)
      CHECK_FALSE(read_action_catalogue(std::string_view(text).substr(0, size)).ok());
  }
}

TEST_CASE("adding from the catalogue: the strategy's own axes and mechanisms, the current "
          "language, one undo step",
          "[commands][catalog]") {
  const std::vector<CatalogueAction> catalogue = packed_catalogue();
  const std::vector<CatalogueAction> chosen = {entry(catalogue, "twinning_agreement"),
                                               entry(catalogue, "trade_mission"),
                                               entry(catalogue, "press_visits")};
  Workspace ws = packed_workspace("samples/sample-city.rumbo.json");
  const Workspace before = ws;
  for (const CatalogueAction& each : chosen)
    CHECK_FALSE(in_workspace(ws, each));

  History history;
  const Command command = add_from_catalogue(ws, chosen, Language::en, "3 actions");
  history.apply(ws, command);
  REQUIRE(ws.actions.size() == before.actions.size() + 3);
  CHECK(history.undo_depth() == 1);
  CHECK(added_id(command) == before.next_id);
  CHECK(ws.next_id == before.next_id + 3);
  CHECK(validate(ws).empty());

  const Action& twinning = ws.actions[before.actions.size()];
  const Action& mission = ws.actions[before.actions.size() + 1];
  const Action& press = ws.actions[before.actions.size() + 2];
  CHECK(twinning.id.value == before.next_id);
  CHECK(press.id.value == before.next_id + 2);
  CHECK(twinning.title == "Twinning with a like-minded city");
  CHECK(twinning.description.rfind("Signs a twinning", 0) == 0);
  CHECK(mission.title == "Trade mission to a priority market");
  // The sample city's ids (assets/samples/sample-city.rumbo.json): axes
  // decentralized_cooperation 6, foreign_trade 2, city_marketing 10;
  // mechanisms twinning 12, national_international_entities 18.
  CHECK(twinning.axis.value == 6);
  CHECK(twinning.mechanism.value == 12);
  CHECK(mission.axis.value == 2);
  CHECK(mission.mechanism.value == 18);
  CHECK(press.axis.value == 10);
  CHECK(press.mechanism.value == 18);
  // The plan starts in 2026: 12, 6 and 12 months from 1 January.
  CHECK(twinning.start == Date{2026, 1, 1});
  CHECK(twinning.end == Date{2026, 12, 31});
  CHECK(mission.end == Date{2026, 6, 30});
  CHECK(twinning.status == ActionStatus::idea);
  for (const CatalogueAction& each : chosen)
    CHECK(in_workspace(ws, each));

  REQUIRE(history.undo(ws));
  CHECK(ws == before);
  REQUIRE(history.redo(ws));
  CHECK(ws.actions.size() == before.actions.size() + 3);
}

TEST_CASE("adding from the catalogue to a strategy without those axes leaves them unset",
          "[commands][catalog]") {
  const std::vector<CatalogueAction> catalogue = packed_catalogue();
  const CatalogueAction& twinning = entry(catalogue, "twinning_agreement");
  Workspace ws = packed_workspace("templates/empty.rumbo.json");
  const Command command = add_from_catalogue(ws, std::vector{twinning}, Language::es, "1");
  apply_changes(ws, command);
  REQUIRE(ws.actions.size() == 1);
  const Action& action = ws.actions.front();
  CHECK(action.title == "Hermanamiento con una ciudad afín");
  CHECK_FALSE(action.axis.valid());
  CHECK_FALSE(action.mechanism.valid());
  CHECK_FALSE(action.start.is_set()); // no plan period to place it in
  CHECK(validate(ws).empty());

  SECTION("an axis the strategy made itself has no key and is not matched") {
    Workspace own = packed_workspace("templates/empty.rumbo.json");
    own.axes.push_back({{own.next_id++}, "", {"Cooperación", "Cooperation"}, {}});
    CHECK_FALSE(action_from_catalogue(own, twinning, Language::es).axis.valid());
  }
  SECTION("a duration that ends in February of a leap year") {
    Workspace planned = ws;
    planned.profile.plan_start_year = 2027;
    CatalogueAction long_one = twinning;
    long_one.typical_months = 14;
    CHECK(action_from_catalogue(planned, long_one, Language::es).end == Date{2028, 2, 29});
  }
  SECTION("an action started in the other language is already there") {
    CHECK(in_workspace(ws, twinning));
    ws.actions.front().title = twinning.title.exactly(Language::en);
    CHECK(in_workspace(ws, twinning));
    CHECK_FALSE(in_workspace(ws, entry(catalogue, "trade_mission")));
  }
}
