#include "core/files/workspace_file.h"
#include "core/files/workspace_serialization.h"
#include "core/model/cycle_comparison.h"
#include "fixture.h"

#include <catch2/catch.hpp>

using namespace rumbo;
using rumbo::test::fixture;
namespace ids = rumbo::test::ids;

namespace {

// The fixture's workspace with a second cycle, frozen later: the mission
// entered the ranking first and the fair fell to second; impact's weight went
// from 60 % to 70 %; the fair is now done; the KPI rose from 44.1 to 50.
Workspace two_cycles() {
  Workspace ws = fixture();
  EvaluationCycle later = ws.cycles.front();
  later.id = {ws.next_id++};
  later.name = "Ciclo 2026-II";
  later.date = {2026, 12, 15};
  later.kpi_actuals = {{{ids::kpi}, 50}};
  later.statuses = {{{ids::fair}, ActionStatus::done}};
  later.frozen_weights = {{{ids::impact}, "Impacto", 7}, {{ids::cost}, "Costo", 3}};
  later.frozen_ranking = {{{ids::mission}, "Misión comercial a Corea", 1, 0.9},
                          {{ids::fair}, "Feria internacional del café", 2, 0.8}};
  ws.cycles.push_back(later);
  return ws;
}

} // namespace

TEST_CASE("two cycles compared: ranking, weights on any scale, statuses and KPIs", "[cycles]") {
  const Workspace ws = two_cycles();
  const CycleComparison c = compare_cycles(ws, ws.cycles[0], ws.cycles[1]);
  CHECK(c.same_method);
  REQUIRE(c.rankings);
  CHECK(c.first_before->action == ActionId{ids::fair});
  CHECK(c.first_after->action == ActionId{ids::mission});
  CHECK(c.entered == 1);
  CHECK(c.left == 0);
  CHECK(c.moved == 1);
  REQUIRE(c.largest_fall);
  CHECK(c.largest_fall->places == 1);
  CHECK_FALSE(c.largest_rise);
  CHECK(c.ranked_actions.size() == 2);
  // 0.6 of 1 and 7 of 10: shares, whatever the scale.
  REQUIRE(c.weights.size() == 2);
  CHECK(*c.weights[0].before == Approx(0.6));
  CHECK(*c.weights[0].after == Approx(0.7));
  CHECK(c.weights_changed == 2);
  CHECK(c.weights[*c.largest_weight_rise].name == "Impacto");
  CHECK(c.weights[*c.largest_weight_fall].name == "Costo");
  CHECK(c.status_changes == 1);
  CHECK(c.changed_to.at(ActionStatus::done) == 1);
  CHECK(c.kpis_compared == 1);
  CHECK(c.kpis_better == 1);
  CHECK(c.kpis_worse == 0);
}

TEST_CASE("frozen weights that sum to zero have no shares, by the one rule", "[cycles]") {
  EvaluationCycle cycle = fixture().cycles.front();
  for (FrozenWeight& w : cycle.frozen_weights)
    w.weight = 0;
  CHECK(frozen_weight_shares(cycle).empty());
}

// EvaluationCycle version 1 stored the method's label in the language of the
// day; cycles frozen in Spanish and in English read as the same method.
TEST_CASE("migration: cycles frozen in different languages compare as the same method",
          "[cycles][golden]") {
  Workspace ws = two_cycles();
  ws.cycles[0].ranking_method = "Suma ponderada (WSM)";
  ws.cycles[1].ranking_method = "Weighted sum (WSM)";
  std::string json = save_json(ws);
  // Written as version 1 files were.
  const std::string v2 = "\"cereal_class_version\": 2,\n        \"id\": " +
                         std::to_string(ids::cycle);
  REQUIRE(json.find(v2) != std::string::npos);
  json.replace(json.find(v2), v2.size(),
               "\"cereal_class_version\": 1,\n        \"id\": " + std::to_string(ids::cycle));
  const LoadResult loaded = load(json);
  REQUIRE(loaded.ok());
  CHECK(loaded.workspace->cycles[0].ranking_method == "wsm");
  CHECK(loaded.workspace->cycles[1].ranking_method == "wsm");
  const CycleComparison c =
      compare_cycles(*loaded.workspace, loaded.workspace->cycles[0], loaded.workspace->cycles[1]);
  CHECK(c.same_method);
  CHECK(frozen_method_text("wsm", Language::en) == "Weighted sum (WSM)");
  // A text that names no method (an importer's) stays as it was.
  CHECK(loaded.workspace->cycles.size() == 2);
  CHECK(load(test::read_file(test::data_path("golden/v3/fixture.rumbo.json")))
            .workspace->cycles.front()
            .ranking_method == "WSM");
  CHECK(frozen_method_text("WSM", Language::es) == "WSM");
}
