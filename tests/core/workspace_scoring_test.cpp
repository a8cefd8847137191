#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/scoring/workspace_scoring.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace rumbo;
using namespace rumbo::scoring;
using rumbo::test::fixture;
namespace ids = rumbo::test::ids;

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

TEST_CASE("workspace scoring: the workspace's chosen method ranks the actions",
          "[scoring][workspace]") {
  Workspace ws = sample_city();
  ws.scoring.samples = 100;
  ws.scoring.method = RankingMethod::topsis;
  ws.scoring.topsis_normalisation = TopsisNormalisationMethod::minmax;
  WorkspaceScores scores = score_workspace(ws);
  RankingOptions topsis;
  topsis.method = Method::topsis;
  topsis.topsis_normalisation = TopsisNormalisation::minmax;
  RankingResult expected = rank(actions_problem(ws).problem, topsis);
  REQUIRE_FALSE(scores.ranking.error);
  CHECK(scores.ranking.provenance.method == "topsis");
  CHECK(scores.ranking.ranking == expected.ranking);
  CHECK(scores.ranking.scores == expected.scores);
  CHECK(scores.acceptability.provenance.samples == 100);

  ws.scoring.method = RankingMethod::vikor;
  ws.scoring.vikor_v = 0.3;
  RankingOptions vikor;
  vikor.method = Method::vikor;
  vikor.vikor_v = 0.3;
  scores = score_workspace(ws);
  CHECK(scores.ranking.provenance.method == "vikor");
  CHECK(scores.ranking.ranking == rank(actions_problem(ws).problem, vikor).ranking);
}

// Workspaces saved before the choices existed were scored with ScoringChoices{}.
TEST_CASE("workspace scoring: the default choices are the ones used before they were saved",
          "[scoring][workspace]") {
  ScoringChoices saved = choices_of(Workspace{}), before;
  CHECK(saved.ranking.method == before.ranking.method);
  CHECK(saved.ranking.topsis_normalisation == before.ranking.topsis_normalisation);
  CHECK(saved.ranking.vikor_v == before.ranking.vikor_v);
  CHECK(saved.normalisation == before.normalisation);
  CHECK(saved.aggregation == before.aggregation);
  CHECK(saved.missing == before.missing);
  CHECK(saved.top_k == before.top_k);
  CHECK(saved.samples == before.samples);
  CHECK(saved.seed == before.seed);
  CHECK(saved.weight_spread == before.weight_spread);
  CHECK(saved.score_spread == before.score_spread);

  WorkspaceScores with_settings = score_workspace(fixture());
  WorkspaceScores with_defaults = score_workspace(fixture(), before);
  CHECK(with_settings.readiness.index == with_defaults.readiness.index);
  CHECK(with_settings.readiness_uncertainty.mean_rank ==
        with_defaults.readiness_uncertainty.mean_rank);
  CHECK(with_settings.ranking.scores == with_defaults.ranking.scores);
  CHECK(with_settings.acceptability.shares == with_defaults.acceptability.shares);
}

TEST_CASE("workspace scoring: every saved choice reaches the methods", "[scoring][workspace]") {
  Workspace ws;
  ScoringSettings& s = ws.scoring;
  s.method = RankingMethod::wpm;
  s.topsis_normalisation = TopsisNormalisationMethod::minmax;
  s.vikor_v = 0.7;
  s.normalisation = IndexNormalisation::rank;
  s.aggregation_within = IndexAggregation::geometric;
  s.missing = MissingValuePolicy::median;
  s.top_k = 4;
  s.samples = 300;
  s.seed = 42;
  s.weight_spread = 0.1;
  s.score_spread = 0.05;
  ScoringChoices choices = choices_of(ws);
  CHECK(choices.ranking.method == Method::wpm);
  CHECK(choices.ranking.topsis_normalisation == TopsisNormalisation::minmax);
  CHECK(choices.ranking.vikor_v == 0.7);
  CHECK(choices.normalisation == Normalisation::rank);
  CHECK(choices.aggregation.within == Aggregation::geometric);
  CHECK(choices.aggregation.across == Aggregation::arithmetic);
  CHECK(choices.missing == MissingPolicy::median);
  CHECK(choices.top_k == 4);
  CHECK(choices.samples == 300);
  CHECK(choices.seed == 42);
  CHECK(choices.weight_spread == 0.1);
  CHECK(choices.score_spread == 0.05);
  // A file cannot ask for more samples than the index's uncertainty accepts.
  s.samples = 4000000000;
  CHECK(choices_of(ws).samples == kMaxScoringSamples);
}

// Two actions, worked by hand with PROMETHEE II (Brans & Vincke 1985): the
// fair scores 4.5 on impact and costs 3, the mission 3.5 and 2; the AHP
// weights are 3/4 and 1/4. Flows are averaged over n - 1 = 1.
TEST_CASE("workspace scoring: each criterion's preference function comes from the workspace",
          "[scoring][workspace]") {
  Workspace ws = fixture();
  ws.actions[1].scores = {{{ids::impact}, 3.5}, {{ids::cost}, 2}};
  ws.scoring.method = RankingMethod::promethee2;
  ws.scoring.samples = 50;
  // Usual: any difference is full preference. phi(fair) = 3/4 - 1/4.
  WorkspaceScores usual = score_workspace(ws);
  REQUIRE_FALSE(usual.ranking.error);
  REQUIRE(usual.ranking.phi.size() == 2);
  CHECK(usual.ranking.phi[0] == Approx(0.5));
  CHECK(usual.ranking.ranking == std::vector<std::size_t>{0, 1});

  // U-shape with q = 1.5: the impact difference of 1 is indifference, so only
  // the mission's lower cost counts and it goes first.
  ws.scoring.preferences = {{{ids::impact}, PreferenceShape::u_shape, 1.5, 0, 0}};
  ActionsProblem actions = actions_problem(ws);
  CHECK(actions.problem.criteria[0].preference.type == PreferenceType::u_shape);
  CHECK(actions.problem.criteria[0].preference.q == 1.5);
  CHECK(actions.problem.criteria[1].preference.type == PreferenceType::usual);
  WorkspaceScores u_shape = score_workspace(ws);
  CHECK(u_shape.ranking.phi[0] == Approx(-0.25));
  CHECK(u_shape.ranking.ranking == std::vector<std::size_t>{1, 0});

  // Linear with q = 0.5, p = 1.5: (1 - 0.5) / (1.5 - 0.5) = half preference,
  // phi(fair) = 3/4 × 1/2 - 1/4.
  ws.scoring.preferences = {{{ids::impact}, PreferenceShape::linear, 0.5, 1.5, 0}};
  WorkspaceScores linear = score_workspace(ws);
  CHECK(linear.ranking.phi[0] == Approx(0.125));
  CHECK(linear.ranking.ranking == std::vector<std::size_t>{0, 1});
}

// The page scores in slices of a few milliseconds between frames: the quick
// parts are there at once, the heavy ones are marked pending until done, the
// progress only grows, and the end result is that of one uninterrupted run.
TEST_CASE("workspace scoring in slices: quick parts at once, the rest as one run gives it",
          "[scoring][workspace]") {
  Workspace ws = sample_city();
  ScoringChoices choices;
  choices.samples = 600;
  choices.ranking.method = Method::promethee2; // stability scanned, not exact
  const WorkspaceScores whole = score_workspace(ws, choices);

  ScoringRun run(ws, choices);
  ws.actions.clear(); // the run keeps its own copy of what it needs
  const WorkspaceScores& early = run.scores();
  CHECK(early.ranking.ranking == whole.ranking.ranking);
  CHECK(early.readiness.index == whole.readiness.index);
  CHECK(early.partners.partners.size() == whole.partners.partners.size());
  CHECK(early.stability_pending);
  CHECK(early.stability.intervals.empty());
  CHECK(early.uncertainty_pending);
  CHECK(early.acceptability_pending);
  CHECK(early.acceptability.shares.empty());
  CHECK(early.portfolio_pending);
  CHECK_FALSE(early.portfolio);
  CHECK(early.frontier_pending);
  CHECK(run.progress() == 0);

  double progress = 0;
  std::size_t slices = 0;
  while (!run.advance(0.05)) {
    ++slices;
    CHECK(run.progress() >= progress);
    CHECK(run.progress() < 1);
    progress = run.progress();
  }
  CHECK(slices > 3);
  CHECK(run.progress() == 1);
  const WorkspaceScores& done = run.scores();
  CHECK_FALSE(done.stability_pending);
  CHECK_FALSE(done.uncertainty_pending);
  CHECK_FALSE(done.acceptability_pending);
  CHECK_FALSE(done.portfolio_pending);
  CHECK_FALSE(done.frontier_pending);
  REQUIRE(done.stability.intervals.size() == whole.stability.intervals.size());
  for (std::size_t c = 0; c < done.stability.intervals.size(); ++c) {
    CHECK(done.stability.intervals[c].low == whole.stability.intervals[c].low);
    CHECK(done.stability.intervals[c].high == whole.stability.intervals[c].high);
  }
  CHECK(done.readiness_uncertainty.median_rank == whole.readiness_uncertainty.median_rank);
  CHECK(done.readiness_uncertainty.low_rank == whole.readiness_uncertainty.low_rank);
  CHECK(done.acceptability.shares == whole.acceptability.shares);
  REQUIRE(done.portfolio);
  REQUIRE(whole.portfolio);
  CHECK(done.portfolio->chosen == whole.portfolio->chosen);
  CHECK(done.portfolio->status == whole.portfolio->status);
  REQUIRE(done.frontier.size() == whole.frontier.size());
  for (std::size_t i = 0; i < done.frontier.size(); ++i)
    CHECK(done.frontier[i].result.chosen == whole.frontier[i].result.chosen);
}

TEST_CASE("workspace scoring in slices: nothing to do is done at once", "[scoring][workspace]") {
  Workspace empty;
  ScoringRun run(empty);
  CHECK(run.done());
  CHECK(run.progress() == 1);
  CHECK(run.advance(1));
}

// A strategy being filled in: an indicator no city has a value for yet is
// left out of the index (it cannot be normalised) and the result says how
// many; with no values at all there is nothing to score yet, in words.
TEST_CASE("workspace scoring: indicators with no value anywhere are left out and counted",
          "[scoring][workspace]") {
  Workspace ws = sample_city();
  const std::size_t indicators = ws.indicators.size();
  REQUIRE(indicators > 2);
  const ObjectId emptied = ws.indicators[0].id.value;
  ws.indicators[0].value.reset();
  for (PeerCity& peer : ws.peers)
    std::erase_if(peer.values,
                  [&](const PeerValue& value) { return value.indicator.value == emptied; });
  ScoringChoices choices;
  choices.samples = 50;
  const WorkspaceScores scores = score_workspace(ws, choices);
  REQUIRE_FALSE(scores.readiness.error);
  CHECK(readiness_problem(ws, choices).indicators.size() == indicators - 1);
  REQUIRE_FALSE(scores.readiness.notices.empty());
  CHECK(scores.readiness.notices[0].key == "index.left_out_without_values");
  CHECK(scores.readiness.notices[0].args == std::vector<std::string>{"1"});
  // One indicator: the singular ("23 indicador(es)" was the defect).
  const IndexMessage& notice = scores.readiness.notices[0];
  CHECK(message(notice.key, notice.count, Language::es, notice.args)
            .starts_with("1 indicador sin ningún valor (ni de la ciudad ni de las ciudades pares) "
                         "queda fuera"));

  for (Indicator& indicator : ws.indicators)
    indicator.value.reset();
  for (PeerCity& peer : ws.peers)
    peer.values.clear();
  const WorkspaceScores none = score_workspace(ws, choices);
  REQUIRE(none.readiness.error);
  CHECK(none.readiness.error->key == "index.no_values_yet");
  CHECK_FALSE(none.uncertainty_pending);
}

// A weight drag re-ranks the actions and keeps the readiness index, its
// uncertainty and the partners' fit: the same results a run from scratch
// gives, without computing them again.
TEST_CASE("workspace scoring: after an edit, what it did not touch is kept",
          "[scoring][workspace]") {
  Workspace ws = sample_city();
  ws.scoring.samples = 200;
  ScoringRun before(ws);
  before.advance(std::numeric_limits<double>::infinity());
  REQUIRE(before.done());

  Workspace dragged = ws;
  dragged.criteria.front().weight *= 3;
  ScoringRun after(dragged, before);
  CHECK_FALSE(after.scores().uncertainty_pending); // kept, not sampled again
  const WorkspaceScores fresh = score_workspace(dragged);
  CHECK(after.scores().readiness.index == fresh.readiness.index);
  CHECK(after.scores().readiness_uncertainty.median_rank ==
        fresh.readiness_uncertainty.median_rank);
  REQUIRE(after.scores().partners.partners.size() == fresh.partners.partners.size());
  for (std::size_t p = 0; p < fresh.partners.partners.size(); ++p)
    CHECK(after.scores().partners.partners[p].score == fresh.partners.partners[p].score);
  CHECK(after.scores().ranking.scores == fresh.ranking.scores);
  CHECK(after.scores().ranking.scores != before.scores().ranking.scores);

  // An indicator's value is an input of the index: computed again.
  Workspace edited = ws;
  for (Indicator& indicator : edited.indicators)
    if (indicator.value) {
      *indicator.value *= 2;
      break;
    }
  ScoringRun again(edited, before);
  CHECK(again.scores().uncertainty_pending);
  CHECK(again.scores().readiness.index == score_workspace(edited).readiness.index);
}

// What the weight sliders show is what the ranking used (issue: the screen
// shared a zero sum out equally while the ranking refused it).
TEST_CASE("workspace scoring: the weights used, as shares; none shared out of a zero sum",
          "[scoring][workspace]") {
  // The fixture judges impact 3 times as important as cost, and uses it.
  Workspace ws = test::fixture();
  REQUIRE(ws.comparison.use_for_weights);
  std::vector<double> used = weights_used(actions_problem(ws));
  REQUIRE(used.size() == 2);
  CHECK(used[0] == Approx(0.75));
  CHECK(used[1] == Approx(0.25));
  // Without AHP, the criteria's weights (60 and 40) as shares.
  ws.comparison.use_for_weights = false;
  used = weights_used(actions_problem(ws));
  CHECK(used[0] == Approx(0.6));
  CHECK(used[1] == Approx(0.4));
  for (Criterion& criterion : ws.criteria)
    criterion.weight = 0;
  CHECK(weights_used(actions_problem(ws)) == std::vector<double>{0, 0});
  const WorkspaceScores scores = score_workspace(ws);
  REQUIRE(scores.ranking.error);
  CHECK(*scores.ranking.error == "scoring.bad_weights");
}
