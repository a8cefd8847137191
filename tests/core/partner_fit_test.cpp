#include "core/messages.h"
#include "core/scoring/partner_fit.h"
#include "fixture.h"

#include <catch2/catch.hpp>

using namespace rumbo;
using namespace rumbo::scoring;
using rumbo::test::fixture;

// Partner fit is Rumbo's own documented model (docs/scoring.md), so its
// expected values are worked by hand from the formula, not from the code.
TEST_CASE("partner fit: the fixture's network, worked by hand", "[scoring][partner_fit]") {
  // Both actions sit on the one axis and serve one objective: that axis is
  // 100 % of the priorities (themes = 1). Both use the mechanism the partner
  // offers (mechanisms = 2/2 = 1). South-south (region = 1). Relation
  // "contact" = 1/3. Shared language "es" (languages = 1).
  // fit = 100 × (0.35·1 + 0.25·1 + 0.15·1 + 0.15/3 + 0.10·1) = 90.
  PartnerFitResult result = partner_fit(fixture());
  REQUIRE(result.partners.size() == 1);
  const PartnerFit& fit = result.partners[0];
  CHECK(fit.score == Approx(90.0).epsilon(1e-12));
  REQUIRE(fit.components.size() == 5);
  CHECK(fit.components[0].points == Approx(35.0));
  CHECK(fit.components[3].value == Approx(1.0 / 3));
  CHECK(message(fit.components[0].explanation_key, Language::es,
                written_plainly(fit.components[0].explanation_args)) ==
        "Trabaja 1 de los 1 ejes con acciones de la ciudad (100 % de sus prioridades).");
  CHECK(message(fit.components[3].explanation_key, Language::en,
                written_plainly(fit.components[3].explanation_args)) ==
        "Current relation: Contact.");
  CHECK(message(fit.components[4].explanation_key, Language::es,
                written_plainly(fit.components[4].explanation_args)) ==
        "Comparte idioma con la ciudad: Español.");
  CHECK(result.provenance.method == "partner_fit");
}

TEST_CASE("partner fit: region, relation and themes move the score the right way",
          "[scoring][partner_fit]") {
  Workspace ws = fixture();
  Partner partner = ws.partners[0];
  auto score_of = [&](const Partner& p) {
    Workspace copy = ws;
    copy.partners = {p};
    return partner_fit(copy).partners[0].score;
  };
  double base = score_of(partner);
  Partner north_network = partner;
  north_network.region = GlobalRegion::north; // a network: triangular, 0.75
  Partner north_city = north_network;
  north_city.kind = PartnerKind::city; // 0.5
  CHECK(score_of(north_network) == Approx(base - 100 * 0.15 * 0.25));
  CHECK(score_of(north_city) == Approx(base - 100 * 0.15 * 0.5));
  Partner active = partner;
  active.relation = Relation::active_project;
  CHECK(score_of(active) == Approx(base + 100 * 0.15 * (2.0 / 3)));
  Partner unrelated = partner;
  unrelated.themes.clear();
  unrelated.mechanisms.clear();
  unrelated.languages = {"fr"};
  CHECK(score_of(unrelated) == Approx(base - 35 - 25 - 10));

  ws.profile.global_region = GlobalRegion::north; // a northern city has no regional preference
  CHECK(score_of(north_city) == Approx(base));
}

TEST_CASE("partner fit: dropped actions do not count towards priorities",
          "[scoring][partner_fit]") {
  Workspace ws = fixture();
  ws.actions[1].status = ActionStatus::dropped;
  auto priorities = axis_priorities(ws);
  REQUIRE(priorities.size() == 1);
  CHECK(priorities[0].second == Approx(1.0));
  for (Action& action : ws.actions)
    action.status = ActionStatus::dropped;
  CHECK(axis_priorities(ws).empty());
  CHECK(partner_fit(ws).partners[0].components[0].value == 0);
}
