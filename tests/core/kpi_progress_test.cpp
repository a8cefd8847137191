// The KPI traffic light (semáforo), worked by hand: a KPI going from 100
// (2024) to 200 (2028) is expected, on 1 July 2026, to be half way: 2026.5
// is 2 of the 4 years between the middles of 2024 and 2028, so at 150.

#include "core/model/kpi_progress.h"

#include <catch2/catch.hpp>

using namespace rumbo;

namespace {

Kpi visitors() {
  Kpi kpi;
  kpi.id.value = 1;
  kpi.name = "Visitantes extranjeros";
  kpi.baseline = 100;
  kpi.baseline_year = 2024;
  kpi.target = 200;
  kpi.target_year = 2028;
  return kpi;
}

EvaluationCycle cycle_on(Date date, std::vector<KpiActual> actuals) {
  EvaluationCycle cycle;
  cycle.date = date;
  cycle.kpi_actuals = std::move(actuals);
  return cycle;
}

} // namespace

TEST_CASE("kpi light: ahead or on the path is green, a little behind amber, far behind red",
          "[kpi]") {
  const Kpi kpi = visitors();
  const Date mid_2026{2026, 7, 1};
  CHECK(*expected_on(kpi, mid_2026) == Approx(150));
  // Progress 0.6, 0.5, 0.4 and 0.2 of the way, against 0.5 expected: amber
  // down to 0.75 × 0.5 = 0.375.
  CHECK(kpi_light(kpi, cycle_on(mid_2026, {{kpi.id, 160}})) == KpiLight::green);
  CHECK(kpi_light(kpi, cycle_on(mid_2026, {{kpi.id, 150}})) == KpiLight::green);
  CHECK(kpi_light(kpi, cycle_on(mid_2026, {{kpi.id, 140}})) == KpiLight::amber);
  CHECK(kpi_light(kpi, cycle_on(mid_2026, {{kpi.id, 137.5}})) == KpiLight::amber);
  CHECK(kpi_light(kpi, cycle_on(mid_2026, {{kpi.id, 137}})) == KpiLight::red);
  CHECK(kpi_light(kpi, cycle_on(mid_2026, {{kpi.id, 90}})) == KpiLight::red);
  // Nothing to tell: no value, no date, no target.
  CHECK(kpi_light(kpi, cycle_on(mid_2026, {})) == KpiLight::none);
  CHECK(kpi_light(kpi, cycle_on({}, {{kpi.id, 160}})) == KpiLight::none);
  Kpi no_target = kpi;
  no_target.target.reset();
  CHECK(kpi_light(no_target, cycle_on(mid_2026, {{kpi.id, 160}})) == KpiLight::none);
}

TEST_CASE("kpi light: a KPI that should go down is judged the same way", "[kpi]") {
  Kpi waiting = visitors();
  waiting.name = "Días para un permiso de exportación";
  waiting.direction = Direction::lower_is_better;
  waiting.baseline = 50;
  waiting.target = 30; // half way in mid-2026: 40
  const Date mid_2026{2026, 7, 1};
  CHECK(kpi_light(waiting, cycle_on(mid_2026, {{waiting.id, 38}})) == KpiLight::green);
  CHECK(kpi_light(waiting, cycle_on(mid_2026, {{waiting.id, 42}})) == KpiLight::amber);
  CHECK(kpi_light(waiting, cycle_on(mid_2026, {{waiting.id, 48}})) == KpiLight::red);
}

TEST_CASE("kpi lights: counted in the newest cycle that measured a KPI", "[kpi]") {
  Workspace ws;
  ws.kpis = {visitors(), visitors(), visitors()};
  ws.kpis[1].id.value = 2;
  ws.kpis[2].id.value = 3;
  CHECK_FALSE(latest_kpi_lights(ws).measured);
  ws.cycles = {cycle_on({2026, 7, 1}, {{{1}, 160}, {{2}, 140}}),
               cycle_on({2025, 7, 1}, {{{1}, 90}, {{2}, 90}, {{3}, 90}}),
               cycle_on({2027, 1, 1}, {})}; // newest, but measured nothing
  ws.cycles[0].name = "2026-I";
  const KpiLights lights = latest_kpi_lights(ws);
  REQUIRE(lights.measured);
  CHECK(lights.cycle_name == "2026-I");
  CHECK(lights.green == 1);
  CHECK(lights.amber == 1);
  CHECK(lights.red == 0);
  CHECK(lights.none == 1);
}
