#include "core/files/workspace_file.h"
#include "core/scoring/workspace_scoring.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rumbo;
using namespace rumbo::scoring;
using rumbo::test::fixture;

namespace {
Workspace sample_city() {
  LoadResult loaded = load(test::read_file(test::asset_path("samples/sample-city.rumbo.json")));
  REQUIRE(loaded.ok());
  return *loaded.workspace;
}
} // namespace

// The fixture's one maturity indicator: the city is at level 2, its peer at 3.
// Min-max over the two puts the city at 0 and the peer at 100 (scale 100), so
// the city ranks second — worked by hand.
TEST_CASE("workspace scoring: the fixture's readiness, worked by hand", "[scoring][workspace]") {
  ScoringChoices choices;
  IndexProblem problem = readiness_problem(fixture(), choices);
  REQUIRE(problem.units == std::vector<std::string>{"Villa Ejemplo", "Ciudad Par"});
  REQUIRE(problem.indicators.size() == 1);
  CHECK(problem.indicators[0].group == "knowledge_lobbying");
  CHECK(problem.indicators[0].min == 0.0);
  CHECK(problem.indicators[0].max == 4.0);
  IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  CHECK(result.index[0] == Approx(0.0));
  CHECK(result.index[1] == Approx(100.0));
  CHECK(result.ranks == std::vector<int>{2, 1});
}

TEST_CASE("workspace scoring: a missing score takes the middle of the scale and is counted",
          "[scoring][workspace]") {
  Workspace ws = fixture();
  ws.actions[1].scores.pop_back(); // the mission has no score on "Costo" (scale 1..5)
  ActionsProblem actions = actions_problem(ws);
  REQUIRE(actions.problem.rows() == 2);
  CHECK(actions.problem.at(1, 1) == 3.0);
  CHECK(actions.provenance.missing == 1);
  CHECK(actions.provenance.imputed == 1);
  ws.actions[1].status = ActionStatus::dropped;
  CHECK(actions_problem(ws).problem.rows() == 1);
}

TEST_CASE("workspace scoring: criteria weights come from the AHP comparison when asked",
          "[scoring][workspace]") {
  Workspace ws = fixture(); // "impact is 3 times as important as cost", use_for_weights on
  ActionsProblem actions = actions_problem(ws);
  CHECK(actions.provenance.parameters[0].second == "ahp");
  // A 2x2 reciprocal matrix [[1, 3], [1/3, 1]] has priorities 3/4 and 1/4.
  CHECK(actions.problem.criteria[0].weight == Approx(0.75));
  CHECK(actions.problem.criteria[1].weight == Approx(0.25));
  ws.comparison.use_for_weights = false;
  CHECK(actions_problem(ws).problem.criteria[0].weight == 60); // the criteria's own weights
}

TEST_CASE("workspace scoring: the sample city is scored by every method", "[scoring][workspace]") {
  Workspace ws = sample_city();
  std::size_t absent = 0;
  for (const Indicator& indicator : ws.indicators)
    absent += indicator.value ? 0 : 1;
  for (const PeerCity& peer : ws.peers)
    absent += ws.indicators.size() - peer.values.size();
  std::size_t active = 0;
  for (const Action& action : ws.actions)
    active += action.status == ActionStatus::dropped ? 0 : 1;

  ScoringChoices choices;
  choices.samples = 500;
  choices.ranking.method = Method::topsis;
  WorkspaceScores scores = score_workspace(ws, choices);
  REQUIRE_FALSE(scores.readiness.error);
  CHECK(scores.readiness.index.size() == ws.peers.size() + 1);
  CHECK(scores.readiness.provenance.missing == absent);
  CHECK(scores.readiness.groups.size() == kDimensionCount);
  REQUIRE_FALSE(scores.readiness_uncertainty.error);
  CHECK(scores.readiness_uncertainty.median_rank.size() == ws.peers.size() + 1);

  REQUIRE_FALSE(scores.ranking.error);
  CHECK(scores.ranking.ranking.size() == active);
  CHECK(scores.stability.intervals.size() == ws.criteria.size());
  for (const WeightInterval& interval : scores.stability.intervals) {
    CHECK(interval.low <= interval.weight);
    CHECK(interval.weight <= interval.high);
  }
  REQUIRE_FALSE(scores.acceptability.error);
  CHECK(scores.acceptability.provenance.samples == 500);
  CHECK(scores.partners.partners.size() == ws.partners.size());
  for (std::size_t i = 1; i < scores.partners.partners.size(); ++i)
    CHECK(scores.partners.partners[i - 1].score >= scores.partners.partners[i].score);
}

// The sample sets budgets for 2026-2030, staff and one action per axis.
TEST_CASE("workspace scoring: the sample's portfolio keeps every limit", "[scoring][workspace]") {
  Workspace ws = sample_city();
  REQUIRE(ws.portfolio.budget_per_year.size() == 5);
  ScoringChoices choices;
  choices.samples = 200;
  WorkspaceScores scores = score_workspace(ws, choices);
  REQUIRE(scores.portfolio);
  const PortfolioResult& result = *scores.portfolio;
  REQUIRE(result.status == PortfolioStatus::optimal);
  const PortfolioProblem& problem = scores.portfolio_plan->problem;
  std::vector<double> spent(problem.budget.size(), 0);
  double staff = 0;
  std::vector<int> per_axis(ws.axes.size() + 1, 0);
  for (std::size_t index : result.chosen) {
    for (std::size_t y = 0; y < spent.size(); ++y)
      spent[y] += problem.actions[index].cost[y];
    staff += problem.actions[index].staff;
    ++per_axis[problem.actions[index].axis];
  }
  for (std::size_t y = 0; y < spent.size(); ++y)
    CHECK(spent[y] <= ws.portfolio.budget_per_year[y] + 1e-6);
  CHECK(staff <= *ws.portfolio.staff_capacity + 1e-9);
  for (std::size_t axis = 0; axis < ws.axes.size(); ++axis)
    CHECK(per_axis[axis] >= 1);
  // The frontier never decreases, and at the current budget it is this portfolio.
  REQUIRE_FALSE(scores.frontier.empty());
  for (std::size_t i = 1; i < scores.frontier.size(); ++i)
    CHECK(scores.frontier[i].result.score >= scores.frontier[i - 1].result.score - 1e-9);
  for (const FrontierPoint& point : scores.frontier)
    if (point.factor == 1.0) CHECK(point.result.score == Approx(result.score));
  for (std::size_t i = 0; i < problem.actions.size(); ++i)
    if (problem.actions[i].decision == ActionDecision::include)
      CHECK(std::find(result.chosen.begin(), result.chosen.end(), i) != result.chosen.end());
}

TEST_CASE("workspace scoring: no budget, no portfolio", "[scoring][workspace]") {
  ScoringChoices choices;
  choices.samples = 50;
  CHECK_FALSE(score_workspace(fixture(), choices).portfolio);
}
