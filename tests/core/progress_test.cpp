#include "core/model/progress.h"

#include <catch2/catch.hpp>

using namespace rumbo;

TEST_CASE("an empty workspace has every step still to do", "[progress]") {
  Workspace ws;
  CHECK(progress(ws, Step::profile).done == 0);
  CHECK(progress(ws, Step::profile).total == 7);
  CHECK(progress(ws, Step::diagnosis).total == 4);
  CHECK(progress(ws, Step::readiness).total == 0);
  CHECK(progress(ws, Step::objectives).total == 1); // the vision
  CHECK(progress(ws, Step::portfolio).total == 0);  // no plan years yet
  for (std::size_t s = 0; s < kStepCount; ++s)
    CHECK_FALSE(progress(ws, static_cast<Step>(s)).complete());
}

TEST_CASE("the step bar counts what an official has filled in", "[progress]") {
  Workspace ws;
  ws.profile.name = "San Aurelio";
  ws.profile.plan_start_year = 2026;
  ws.profile.plan_end_year = 2029;
  CHECK(progress(ws, Step::profile).done == 3);

  ws.context_items = {{{1}, "Café", Quadrant::strength, Pestel::none, 3, 3, "", {}},
                      {{2}, "Puerto", Quadrant::strength, Pestel::none, 3, 3, "", {}},
                      {{3}, "TLC", Quadrant::opportunity, Pestel::economic, 3, 3, "", {}}};
  CHECK(progress(ws, Step::diagnosis).done == 2); // two quadrants of four

  Indicator filled, empty;
  filled.value = 12;
  ws.indicators = {filled, empty, empty};
  CHECK(progress(ws, Step::readiness).done == 1);
  CHECK(progress(ws, Step::readiness).total == 3);

  ws.vision.text = "Una ciudad abierta al mundo";
  ws.objectives = {{{4}, "Exportar más", ""}, {{5}, "Atraer inversión", ""}};
  Kpi kpi;
  kpi.objective = {4};
  ws.kpis = {kpi};
  CHECK(progress(ws, Step::objectives).done == 2); // the vision and one objective with a KPI
  CHECK(progress(ws, Step::objectives).total == 3);

  Criterion impact, cost;
  impact.id = {6};
  cost.id = {7};
  ws.criteria = {impact, cost};
  Action scored, unscored;
  scored.axis = {8};
  scored.cost_per_year = 1e6;
  scored.scores = {{{6}, 4}, {{7}, 2}};
  ws.actions = {scored, unscored};
  CHECK(progress(ws, Step::actions).done == 1);
  CHECK(progress(ws, Step::prioritise).done == 2);
  CHECK(progress(ws, Step::prioritise).total == 4);

  ws.portfolio.budget_per_year = {5e8, 0, 5e8};
  CHECK(progress(ws, Step::portfolio).done == 2);
  CHECK(progress(ws, Step::portfolio).total == 4);
  ws.portfolio.budget_per_year = {1, 1, 1, 1, 1, 1};
  CHECK(progress(ws, Step::portfolio).complete()); // budgets beyond the plan do not count twice
}
