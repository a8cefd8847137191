#include "core/messages.h"
#include "core/validation/validate.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace rumbo;
using rumbo::test::fixture;
namespace ids = rumbo::test::ids;

namespace {

// The single finding a broken workspace produces (the fixture has none).
Finding only_finding(const Workspace& ws) {
  std::vector<Finding> findings = validate(ws);
  INFO(findings.size() << " findings; first: "
                       << (findings.empty() ? "" : describe(findings[0], Language::en)));
  REQUIRE(findings.size() == 1);
  CHECK(has_message(findings[0].key));
  return findings[0];
}

} // namespace

TEST_CASE("the fixture is valid", "[validate]") { CHECK(validate(fixture()).empty()); }

TEST_CASE("references to nothing are errors with the path of the reference", "[validate]") {
  Workspace ws = fixture();
  ws.actions[0].partners.push_back({999});
  Finding f = only_finding(ws);
  CHECK(f.severity == Severity::error);
  CHECK(f.key == "check.reference_dangling");
  CHECK(f.path == "actions[0].partners[1]");
  CHECK(f.object == ids::fair);
  CHECK(message(f.key, Language::es, f.args) ==
        "Hace referencia a un objeto que no existe (#999) en socios potenciales.");
}

TEST_CASE("a reference to an object of the wrong kind is dangling", "[validate]") {
  Workspace ws = fixture();
  ws.actions[0].lead = {ids::partner}; // a partner, not an actor
  CHECK(only_finding(ws).key == "check.reference_dangling");
}

TEST_CASE("a required reference left empty is an error", "[validate]") {
  Workspace ws = fixture();
  ws.kpis[0].objective = {};
  Finding f = only_finding(ws);
  CHECK(f.key == "check.reference_missing");
  CHECK(f.path == "kpis[0].objective");
}

TEST_CASE("duplicate, zero and out-of-counter ids are errors", "[validate]") {
  Workspace ws = fixture();
  ws.actors.push_back(ws.actors[0]);
  ws.actors[1].name = "Otra";
  CHECK(only_finding(ws).key == "check.id_duplicate");
  ws = fixture();
  ws.next_id = ids::mission;
  CHECK(only_finding(ws).key == "check.id_beyond_counter");
  ws = fixture();
  ws.objectives.push_back({{0}, "Sin id", ""});
  CHECK(only_finding(ws).key == "check.id_zero");
}

TEST_CASE("a cycle of dependencies is reported once, with the titles along it", "[validate]") {
  Workspace ws = fixture();
  ws.actions[0].depends_on.push_back({ids::mission}); // mission already depends on fair
  Finding f = only_finding(ws);
  CHECK(f.key == "check.dependency_cycle");
  CHECK(f.args.at(0) == "«Feria internacional del café» → «Misión comercial a Corea» → «Feria "
                        "internacional del café»");
  ws = fixture();
  ws.actions[0].depends_on.push_back({ids::fair}); // itself
  CHECK(only_finding(ws).key == "check.dependency_cycle");
}

TEST_CASE("dates, amounts and ranges are checked", "[validate]") {
  Workspace ws = fixture();
  ws.actions[0].end = {2025, 1, 1};
  Finding end = only_finding(ws);
  CHECK(end.key == "check.end_before_start");
  CHECK(end.severity == Severity::warning);
  CHECK(message(end.key, Language::en, end.args) ==
        "The end date (2025-01-01) is before the start date (2026-03-01).");

  ws = fixture();
  ws.actions[1].cost_per_year = -5;
  Finding cost = only_finding(ws);
  CHECK(cost.key == "check.negative");
  CHECK(message(cost.key, Language::es, cost.args) ==
        "«Costo por año» no puede ser negativo; es -5.");

  ws = fixture();
  ws.actors[0].influence = 6;
  Finding influence = only_finding(ws);
  CHECK(influence.path == "actors[0].influence");
  CHECK(message(influence.key, Language::es, influence.args) ==
        "«Influencia» debe estar entre 1 y 5; es 6.");

  ws = fixture();
  ws.context_items[0].impact = 0;
  CHECK(only_finding(ws).key == "check.out_of_range");
  ws = fixture();
  ws.profile.sectors[0].export_share = 120;
  CHECK(only_finding(ws).key == "check.percent");
  ws = fixture();
  ws.kpis[0].target_year = 2020;
  CHECK(only_finding(ws).key == "check.target_before_baseline");
  ws = fixture();
  ws.profile.plan_end_year = 2024;
  CHECK(only_finding(ws).key == "check.plan_period");
}

TEST_CASE("diagnosis rules: TOWS pairs an internal with an external item", "[validate]") {
  Workspace ws = fixture();
  ws.context_items[0].quadrant = Quadrant::threat; // the option's internal item becomes external
  CHECK(only_finding(ws).key == "check.tows_internal");
  ws = fixture();
  ws.context_items[1].quadrant = Quadrant::weakness;
  ws.context_items[1].pestel = Pestel::none;
  CHECK(only_finding(ws).key == "check.tows_external");
  ws = fixture();
  ws.context_items[0].pestel = Pestel::social;
  CHECK(only_finding(ws).key == "check.pestel_on_internal");
}

TEST_CASE("maturity indicators need a level 0..4 and five rubric texts", "[validate]") {
  Workspace ws = fixture();
  ws.indicators[0].value = 2.5;
  CHECK(only_finding(ws).key == "check.maturity_level");
  ws = fixture();
  ws.indicators[0].rubric.pop_back();
  CHECK(only_finding(ws).key == "check.rubric_levels");
  ws = fixture();
  ws.peers[0].values.push_back(ws.peers[0].values[0]);
  CHECK(only_finding(ws).key == "check.duplicate_entry");
}

TEST_CASE("criteria scales, scores and pairwise judgements are checked", "[validate]") {
  Workspace ws = fixture();
  ws.criteria[0].scale_max = 1;
  std::vector<Finding> findings = validate(ws);
  CHECK(std::any_of(findings.begin(), findings.end(),
                    [](const Finding& f) { return f.key == "check.scale"; }));
  ws = fixture();
  ws.actions[0].scores[0].value = 7;
  Finding score = only_finding(ws);
  CHECK(score.key == "check.score_out_of_scale");
  CHECK(score.severity == Severity::warning);
  ws = fixture();
  ws.comparison.judgements[0].value = 12;
  CHECK(only_finding(ws).key == "check.judgement_scale");
  ws = fixture();
  ws.comparison.judgements.push_back({{ids::cost}, {ids::impact}, 0.5});
  CHECK(only_finding(ws).key == "check.duplicate_entry");
  ws = fixture();
  ws.comparison.judgements[0].second = {ids::impact};
  CHECK(only_finding(ws).key == "check.judgement_self");
}

TEST_CASE("an unnamed object is a warning, not an error", "[validate]") {
  Workspace ws = fixture();
  ws.objectives[0].title.clear();
  Finding f = only_finding(ws);
  CHECK(f.severity == Severity::warning);
  CHECK(f.path == "objectives[0].title");
  CHECK_FALSE(has_errors({f}));
}

// What validate() accepts must save and load again: the loader's bounds are
// errors here too, with the path of the value.
TEST_CASE("values no file could hold are errors: non-finite numbers, impossible dates, huge texts",
          "[validate]") {
  Workspace ws = fixture();
  ws.actions[1].cost_per_year = std::numeric_limits<double>::quiet_NaN();
  Finding nan = only_finding(ws);
  CHECK(nan.key == "load.not_finite");
  CHECK(nan.path == "actions[1].cost_per_year");
  ws = fixture();
  ws.actions[0].end = {2027, 2, 30};
  Finding date = only_finding(ws);
  CHECK(date.key == "load.bad_date");
  CHECK(date.path == "actions[0].end");
  ws = fixture();
  ws.cycles[0].lessons = std::string(70000, 'a');
  CHECK(only_finding(ws).key == "load.text_too_long");
  ws = fixture();
  ws.actors[0].name = "Caf\xe9"; // Latin-1, not UTF-8
  CHECK(only_finding(ws).key == "load.text_not_utf8");
}

TEST_CASE("the id counter must be usable", "[validate]") {
  Workspace ws = fixture();
  ws.next_id = std::numeric_limits<ObjectId>::max();
  CHECK(only_finding(ws).key == "check.id_counter");
  Workspace empty;
  empty.next_id = 0;
  CHECK(only_finding(empty).key == "check.id_counter");
}

TEST_CASE("a chain of thousands of dependencies is checked without deep recursion", "[validate]") {
  Workspace ws;
  for (int i = 0; i < 20000; ++i) {
    Action action;
    action.id.value = ws.next_id++;
    action.title = "A" + std::to_string(i);
    if (i > 0) action.depends_on = {ws.actions.back().id};
    ws.actions.push_back(std::move(action));
  }
  CHECK(validate(ws).empty());
  ws.actions.front().depends_on = {ws.actions.back().id}; // closes one long cycle
  Finding f = only_finding(ws);
  CHECK(f.key == "check.dependency_cycle");
  CHECK(f.args.at(0).find("… →") != std::string::npos); // cut short, not 20 000 titles
}

TEST_CASE("scoring choices: a preference entry for no criterion, or a second one, is an error",
          "[validate]") {
  Workspace ws = fixture();
  ws.scoring.preferences = {{{999}, PreferenceShape::usual, 0, 0, 0}};
  Finding dangling = only_finding(ws);
  CHECK(dangling.severity == Severity::error);
  CHECK(dangling.key == "check.reference_dangling");
  CHECK(dangling.path == "scoring.preferences[0].criterion");
  CHECK(message(dangling.key, Language::es, dangling.args) ==
        "Hace referencia a un objeto que no existe (#999) en criterios.");
  ws.scoring.preferences = {{{ids::axis}, PreferenceShape::usual, 0, 0, 0}};
  CHECK(only_finding(ws).key == "check.reference_dangling");

  ws = fixture();
  ws.scoring.preferences = {{{ids::impact}, PreferenceShape::u_shape, 1, 0, 0},
                            {{ids::cost}, PreferenceShape::usual, 0, 0, 0},
                            {{ids::impact}, PreferenceShape::v_shape, 0, 2, 0}};
  Finding repeated = only_finding(ws);
  CHECK(repeated.severity == Severity::error);
  CHECK(repeated.key == "check.duplicate_entry");
  CHECK(repeated.path == "scoring.preferences[2]");
}

TEST_CASE("scoring choices: values out of range are warnings with their field", "[validate]") {
  auto finding_of = [](auto&& change) {
    Workspace ws = fixture();
    change(ws.scoring);
    Finding f = only_finding(ws);
    CHECK(f.severity == Severity::warning);
    return f;
  };
  Finding v = finding_of([](ScoringSettings& s) { s.vikor_v = 1.5; });
  CHECK(v.key == "check.out_of_range");
  CHECK(v.path == "scoring.vikor_v");
  CHECK(message(v.key, Language::en, v.args) ==
        "“Weight of group utility (VIKOR's v)” must be between 0 and 1; it is 1.5.");
  CHECK(finding_of([](ScoringSettings& s) { s.vikor_v = -0.1; }).path == "scoring.vikor_v");
  CHECK(finding_of([](ScoringSettings& s) { s.weight_spread = 1.2; }).path ==
        "scoring.weight_spread");
  CHECK(finding_of([](ScoringSettings& s) { s.score_spread = -0.5; }).path ==
        "scoring.score_spread");

  Finding none = finding_of([](ScoringSettings& s) { s.samples = 0; });
  CHECK(none.path == "scoring.samples");
  CHECK(message(none.key, Language::es, none.args) ==
        "«Número de simulaciones» debe estar entre 1 y 100000; es 0.");
  CHECK(finding_of([](ScoringSettings& s) { s.samples = 100001; }).path == "scoring.samples");
  Finding top = finding_of([](ScoringSettings& s) { s.top_k = 0; });
  CHECK(top.path == "scoring.top_k");
  CHECK(message(top.key, Language::en, top.args) ==
        "“First actions watched” must be at least 1; it is 0.");

  auto preference = [&](PreferenceShape type, double q, double p, double s) {
    return finding_of([&](ScoringSettings& settings) {
      settings.preferences = {{{ids::impact}, type, q, p, s}};
    });
  };
  Finding order = preference(PreferenceShape::linear, 2, 1, 0);
  CHECK(order.key == "check.thresholds_order");
  CHECK(order.path == "scoring.preferences[0].q");
  CHECK(message(order.key, Language::es, order.args) ==
        "El umbral de indiferencia q (2) es mayor que el de preferencia p (1).");
  CHECK(preference(PreferenceShape::level, 2, 1, 0).key == "check.thresholds_order");
  Finding negative = preference(PreferenceShape::u_shape, -1, 0, 0);
  CHECK(negative.key == "check.negative");
  CHECK(negative.path == "scoring.preferences[0].q");
  CHECK(preference(PreferenceShape::v_shape, 0, -2, 0).path == "scoring.preferences[0].p");
  CHECK(preference(PreferenceShape::gaussian, 0, 0, -0.5).path == "scoring.preferences[0].s");
}

TEST_CASE("scoring choices: the ends of each range are accepted", "[validate]") {
  Workspace ws = fixture();
  ws.scoring.vikor_v = 1;
  ws.scoring.weight_spread = 0;
  ws.scoring.score_spread = 1;
  ws.scoring.samples = 100000;
  ws.scoring.top_k = 1;
  // A V-shape function reads only p: a larger q left from another shape is no finding.
  ws.scoring.preferences = {{{ids::impact}, PreferenceShape::v_shape, 3, 1, 0},
                            {{ids::cost}, PreferenceShape::linear, 1, 1, 0}};
  CHECK(validate(ws).empty());
  ws.scoring.samples = 1;
  ws.scoring.vikor_v = 0;
  CHECK(validate(ws).empty());
}
