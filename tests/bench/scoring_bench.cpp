// Speed of the scoring methods on generated problems of the sizes the issue
// sets targets for. Built natively (Release) and as wasm, run by
// scripts/bench; prints one JSON object: {"cases": [{"name", "ms", "target_ms"}]}.
// Each time is the median of several runs after one warm-up run.

#include "core/model/enum_keys.h"
#include "core/model/workspace.h"
#include "core/scoring/composite_index.h"
#include "core/scoring/mcda.h"
#include "core/scoring/portfolio.h"
#include "core/scoring/random.h"
#include "core/scoring/sensitivity.h"
#include "core/scoring/workspace_scoring.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <vector>

using namespace rumbo;
using namespace rumbo::scoring;

namespace {

using Clock = std::chrono::steady_clock;

double elapsed_ms(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

// Median time of one call. The work first runs for at least 300 ms: V8
// compiles wasm with a quick baseline compiler and swaps in optimised code
// only once a function is hot, as it is in a session of edits. Each sample
// then repeats the work until it has run for at least 20 ms, so
// sub-millisecond methods are not lost in the clock's resolution (coarser in
// Node than natively).
double median_ms(int samples, const std::function<void()>& work) {
  auto start = Clock::now();
  int calls = 0;
  while (calls < 3 || elapsed_ms(start) < 300) {
    work();
    ++calls;
  }
  const double once = std::max(elapsed_ms(start) / calls, 1e-4);
  const int repeats = std::max(1, static_cast<int>(20.0 / once));
  std::vector<double> times;
  for (int i = 0; i < samples; ++i) {
    start = Clock::now();
    for (int r = 0; r < repeats; ++r)
      work();
    times.push_back(elapsed_ms(start) / repeats);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

DecisionProblem generated_problem(std::size_t alternatives, std::size_t criteria, bool linear) {
  Random random(20261123);
  DecisionProblem problem;
  for (std::size_t a = 0; a < alternatives; ++a)
    problem.alternatives.push_back("a" + std::to_string(a));
  for (std::size_t c = 0; c < criteria; ++c) {
    DecisionCriterion criterion;
    criterion.name = "c" + std::to_string(c);
    criterion.direction = c % 4 == 0 ? scoring::Direction::cost : scoring::Direction::benefit;
    criterion.weight = random.uniform(1, 10);
    if (linear) criterion.preference = {PreferenceType::linear, 0.5, 2.0, 0};
    problem.criteria.push_back(criterion);
  }
  for (std::size_t i = 0; i < alternatives * criteria; ++i)
    problem.matrix.push_back(random.uniform(1, 10));
  return problem;
}

Workspace generated_workspace(std::size_t actions, std::size_t criteria) {
  Random random(7);
  Workspace ws;
  auto id = [&] { return ws.next_id++; };
  for (int a = 0; a < 8; ++a)
    ws.axes.push_back({{id()}, "", {"Eje", "Axis"}, {}});
  for (std::size_t c = 0; c < criteria; ++c) {
    Criterion criterion;
    criterion.id = {id()};
    criterion.name = {"Criterio " + std::to_string(c), "Criterion"};
    criterion.kind = c % 4 == 0 ? CriterionKind::cost : CriterionKind::benefit;
    criterion.weight = random.uniform(1, 10);
    ws.criteria.push_back(criterion);
  }
  for (std::size_t i = 0; i < 30; ++i) {
    Indicator indicator;
    indicator.id = {id()};
    indicator.name = {"Indicador " + std::to_string(i), "Indicator"};
    indicator.dimension = static_cast<Dimension>(i % kDimensionCount);
    indicator.value = random.uniform(0, 100);
    ws.indicators.push_back(indicator);
  }
  for (int p = 0; p < 5; ++p) {
    PeerCity peer{{id()}, "Par " + std::to_string(p), "", {}};
    for (const Indicator& indicator : ws.indicators)
      peer.values.push_back({indicator.id, random.uniform(0, 100)});
    ws.peers.push_back(peer);
  }
  for (std::size_t a = 0; a < actions; ++a) {
    Action action;
    action.id = {id()};
    action.title = "Acción " + std::to_string(a);
    action.axis = ws.axes[a % ws.axes.size()].id;
    for (const Criterion& criterion : ws.criteria)
      action.scores.push_back({criterion.id, random.uniform(1, 5)});
    ws.actions.push_back(action);
  }
  return ws;
}

IndexProblem generated_index(std::size_t indicators, std::size_t units) {
  Random random(11);
  IndexProblem problem;
  for (std::size_t u = 0; u < units; ++u)
    problem.units.push_back("u" + std::to_string(u));
  for (std::size_t q = 0; q < indicators; ++q)
    problem.indicators.push_back({"i" + std::to_string(q),
                                  q % 5 ? scoring::Direction::benefit : scoring::Direction::cost,
                                  "g" + std::to_string(q % 6),
                                  1,
                                  Transform::none,
                                  {},
                                  {},
                                  {}});
  for (std::size_t u = 0; u < units; ++u) {
    std::vector<std::optional<double>> row;
    for (std::size_t q = 0; q < indicators; ++q)
      row.push_back(random.uniform(1, 100));
    problem.values.push_back(row);
  }
  return problem;
}

// A realistic portfolio: 200 actions over a 5-year plan, each running 1-4
// years; budgets at 35 % of what everything would cost; staff at 35 %; 10
// dependencies, 5 pairs of alternatives, at least 2 actions on each of 8 axes.
// How long a proof of optimality takes varies widely between instances of
// one size, so the benchmark solves a family of them (one per seed).
PortfolioProblem generated_portfolio(std::uint64_t seed) {
  Random random(seed);
  PortfolioProblem problem;
  const std::size_t years = 5;
  std::vector<double> total(years, 0);
  double staff = 0;
  for (std::size_t a = 0; a < 200; ++a) {
    PortfolioAction action;
    action.name = "a" + std::to_string(a);
    action.value = random.uniform();
    action.cost.assign(years, 0);
    std::size_t start = random.below(years), length = 1 + random.below(4);
    for (std::size_t y = start; y < std::min(years, start + length); ++y)
      total[y] += action.cost[y] = random.uniform(20, 2500);
    staff += action.staff = random.uniform(1, 24);
    action.axis = a % 8;
    problem.actions.push_back(action);
  }
  for (double t : total)
    problem.budget.push_back(0.35 * t);
  problem.staff_capacity = 0.35 * staff;
  for (std::size_t d = 0; d < 10; ++d)
    problem.dependencies.push_back({20 * d + 1, 20 * d});
  for (std::size_t g = 0; g < 5; ++g)
    problem.exclusive_groups.push_back({100 + 2 * g, 101 + 2 * g});
  problem.axis_minimum.assign(8, 2);
  return problem;
}

} // namespace

int main() {
  struct Case {
    std::string name;
    double ms;
    double target_ms;
  };
  std::vector<Case> cases;
  DecisionProblem big = generated_problem(500, 15, false);
  DecisionProblem linear = generated_problem(500, 15, true);
  auto ranking = [&](const DecisionProblem& problem, Method method) {
    RankingOptions options;
    options.method = method;
    return [&problem, options] { rank(problem, options); };
  };
  cases.push_back({"TOPSIS 500x15", median_ms(9, ranking(big, Method::topsis)), 0.5});
  cases.push_back({"VIKOR 500x15", median_ms(9, ranking(big, Method::vikor)), 0.5});
  cases.push_back(
      {"PROMETHEE II 500x15 linear", median_ms(7, ranking(linear, Method::promethee2)), 20});

  Workspace ws = generated_workspace(500, 15);
  cases.push_back({"full rescoring, 500 actions, every method",
                   median_ms(7,
                             [&] {
                               ActionsProblem actions = actions_problem(ws);
                               for (Method method : {Method::wsm, Method::wpm, Method::topsis,
                                                     Method::promethee2, Method::vikor}) {
                                 RankingOptions options;
                                 options.method = method;
                                 rank(actions.problem, options);
                               }
                               compute_index(readiness_problem(ws, {}));
                               partner_fit(ws);
                             }),
                   10});

  // What the page computes in the frame of an edit before it draws (the rest
  // runs in slices between frames): it must leave room for drawing.
  for (RankingMethod method :
       {RankingMethod::wsm, RankingMethod::topsis, RankingMethod::promethee2}) {
    ws.scoring.method = method;
    cases.push_back({"scores at once after an edit, 500 actions, " + std::string(to_key(method)),
                     median_ms(5, [&] { ScoringRun run(ws); }), 8});
  }
  ws.scoring.method = RankingMethod::wsm;

  // A weight drag: each frame re-scores the workspace with one weight moved.
  // From scratch, every part is computed again and the index's uncertainty
  // sampled again; from the last run, only the ranking and what follows it.
  {
    ScoringRun settled(ws);
    settled.advance(std::numeric_limits<double>::infinity());
    Workspace dragged = ws;
    dragged.criteria.front().weight *= 1.5;
    auto finish = [](ScoringRun& run) { run.advance(std::numeric_limits<double>::infinity()); };
    cases.push_back({"weight drag frame, 500 actions, from scratch",
                     median_ms(5, [&] { ScoringRun run(dragged); }), 8});
    cases.push_back({"weight drag frame, 500 actions, keeping what it did not touch",
                     median_ms(5, [&] { ScoringRun run(dragged, settled); }), 8});
    cases.push_back({"weight drag, all stages, 500 actions, from scratch",
                     median_ms(3,
                               [&] {
                                 ScoringRun run(dragged);
                                 finish(run);
                               }),
                     1000});
    cases.push_back({"weight drag, all stages, 500 actions, keeping what it did not touch",
                     median_ms(3,
                               [&] {
                                 ScoringRun run(dragged, settled);
                                 finish(run);
                               }),
                     1000});
  }

  DecisionProblem medium = generated_problem(200, 10, false);
  cases.push_back({"rank acceptability 10k samples, 200x10 TOPSIS",
                   median_ms(5,
                             [&] {
                               RankingOptions options;
                               options.method = Method::topsis;
                               rank_acceptability(medium, options, AcceptabilityOptions{});
                             }),
                   100});

  // Each instance is solved once, after one warm-up solve; the family's
  // median and its slowest instance are both reported against the target.
  constexpr std::uint64_t portfolio_instances = 20;
  select_portfolio(generated_portfolio(portfolio_instances + 1));
  std::vector<double> portfolio_ms;
  std::size_t unproven = 0;
  for (std::uint64_t seed = 1; seed <= portfolio_instances; ++seed) {
    const PortfolioProblem portfolio = generated_portfolio(seed);
    const auto start = Clock::now();
    const PortfolioResult result = select_portfolio(portfolio);
    portfolio_ms.push_back(elapsed_ms(start));
    if (result.status != PortfolioStatus::optimal) ++unproven;
  }
  std::sort(portfolio_ms.begin(), portfolio_ms.end());
  const std::string proof =
      unproven ? " (" + std::to_string(unproven) + " NOT proven optimal)" : std::string();
  cases.push_back({"exact portfolio, 200 actions, median of 20" + proof,
                   portfolio_ms[portfolio_ms.size() / 2], 500});
  cases.push_back(
      {"exact portfolio, 200 actions, slowest of 20" + proof, portfolio_ms.back(), 500});

  IndexProblem index = generated_index(60, 30);
  cases.push_back(
      {"readiness uncertainty 10k samples, 60x30",
       median_ms(5,
                 [&] {
                   UncertaintyOptions options;
                   options.normalisations = {Normalisation::minmax, Normalisation::zscore,
                                             Normalisation::rank};
                   options.aggregations = {{Aggregation::arithmetic, Aggregation::arithmetic},
                                           {Aggregation::arithmetic, Aggregation::geometric}};
                   options.weight_spread = 0.2;
                   analyse_uncertainty(index, options);
                 }),
       300});

  std::printf("{\"cases\": [\n");
  for (std::size_t i = 0; i < cases.size(); ++i)
    std::printf("  {\"name\": \"%s\", \"ms\": %.4f, \"target_ms\": %g}%s\n", cases[i].name.c_str(),
                cases[i].ms, cases[i].target_ms, i + 1 < cases.size() ? "," : "");
  std::printf("]}\n");
}
