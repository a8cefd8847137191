#include "core/messages.h"
#include "core/scoring/explanations.h"
#include "core/scoring/random.h"
#include "core/scoring/sensitivity.h"
#include "core/text/languages.h"
#include "core/text/number_format.h"

#include <catch2/catch.hpp>

using namespace rumbo::scoring;

namespace {

DecisionProblem three_alternatives() {
  DecisionProblem problem;
  problem.alternatives = {"A", "B", "C"};
  problem.criteria = {{"c0", Direction::benefit, 0.6, {}}, {"c1", Direction::benefit, 0.4, {}}};
  problem.matrix = {0.9, 0.2, 0.3, 0.8, 0.5, 0.45};
  return problem;
}

} // namespace

// Worked by hand. With weight t on c0 and 1 - t on c1 the WSM scores are
// A = 0.2 + 0.7t, B = 0.8 - 0.5t, C = 0.45 + 0.05t; at t = 0.6 the order is
// A (0.62), B (0.50), C (0.48).
//   A ahead of B  <=> t >= 0.5;  A ahead of C <=> t >= 0.25/0.65;
//   B ahead of C  <=> t <= 0.35/0.55.
// So A stays first for t in [0.5, 1], and A, B stay the first two for
// t in [0.5, 0.35/0.55]; c1's intervals are the complements 1 - t.
TEST_CASE("weight stability: exact WSM intervals, worked by hand", "[scoring][sensitivity]") {
  RankingOptions wsm;
  StabilityResult first = weight_stability(three_alternatives(), wsm, 1);
  REQUIRE_FALSE(first.error);
  REQUIRE(first.intervals.size() == 2);
  CHECK(first.intervals[0].weight == Approx(0.6));
  CHECK(first.intervals[0].low == Approx(0.5));
  CHECK(first.intervals[0].high == Approx(1.0));
  CHECK(first.intervals[1].low == Approx(0.0));
  CHECK(first.intervals[1].high == Approx(0.5));

  StabilityResult two = weight_stability(three_alternatives(), wsm, 2);
  CHECK(two.intervals[0].low == Approx(0.5));
  CHECK(two.intervals[0].high == Approx(0.35 / 0.55));
  CHECK(two.intervals[1].low == Approx(1 - 0.35 / 0.55));
  CHECK(two.intervals[1].high == Approx(0.5));
}

TEST_CASE("weight stability: the scanned boundary of other methods is where the order changes",
          "[scoring][sensitivity]") {
  DecisionProblem problem = three_alternatives();
  RankingOptions topsis;
  topsis.method = Method::topsis;
  StabilityResult result = weight_stability(problem, topsis, 1);
  REQUIRE_FALSE(result.error);
  auto first_at = [&](double t) {
    DecisionProblem varied = problem;
    varied.criteria[0].weight = t;
    varied.criteria[1].weight = 1 - t;
    return rank(varied, topsis).ranking.front();
  };
  std::size_t leader = first_at(0.6);
  const WeightInterval& c0 = result.intervals[0];
  CHECK(c0.low <= 0.6);
  CHECK(c0.high >= 0.6);
  CHECK(first_at(c0.low + 1e-6) == leader);
  if (c0.low > 1e-3) CHECK(first_at(c0.low - 2e-4) != leader);
  if (c0.high < 1 - 1e-3) CHECK(first_at(c0.high + 2e-4) != leader);
}

TEST_CASE("rank acceptability: shares are consistent and the same seed gives the same result",
          "[scoring][sensitivity]") {
  DecisionProblem problem = three_alternatives();
  RankingOptions topsis;
  topsis.method = Method::topsis;
  AcceptabilityOptions sampling;
  sampling.samples = 2000;
  sampling.seed = 42;
  sampling.weight_spread = 0.5;
  sampling.score_spread = 0.1;
  AcceptabilityResult result = rank_acceptability(problem, topsis, sampling);
  REQUIRE_FALSE(result.error);
  for (std::size_t a = 0; a < 3; ++a) {
    double row = 0, column = 0;
    for (std::size_t r = 0; r < 3; ++r) {
      row += result.share(a, r);
      column += result.share(r, a);
    }
    CHECK(row == Approx(1.0));    // every alternative holds some rank in every sample
    CHECK(column == Approx(1.0)); // every rank is held by someone
  }
  CHECK(result.provenance.samples == 2000);
  CHECK(result.provenance.seed == 42);
  CHECK(rank_acceptability(problem, topsis, sampling).shares == result.shares);
  sampling.seed = 43;
  CHECK(rank_acceptability(problem, topsis, sampling).shares != result.shares);
}

TEST_CASE("rank acceptability: a dominating alternative is always first",
          "[scoring][sensitivity]") {
  DecisionProblem problem;
  problem.alternatives = {"weak", "strong", "middle"};
  problem.criteria = {{"a", Direction::benefit, 1, {}},
                      {"b", Direction::cost, 1, {}},
                      {"c", Direction::benefit, 1, {}}};
  problem.matrix = {2, 5, 1, 4, 1, 3, 3, 3, 2};
  AcceptabilityOptions unknown;
  unknown.weights_unknown = true;
  unknown.samples = 3000;
  for (Method method : {Method::wsm, Method::topsis}) {
    RankingOptions options;
    options.method = method;
    AcceptabilityResult result = rank_acceptability(problem, options, unknown);
    CHECK(result.share(1, 0) == 1.0);
    CHECK(result.share(0, 0) == 0.0);
  }
}

// The samples of weights alone go through a faster path than rank() (the
// weight-free parts computed once, the previous sample's order re-sorted as
// integer keys). Drawing the same weights here and ranking each with rank()
// must count the same ranks, including the tie of two identical rows, which
// goes by index in both.
TEST_CASE("rank acceptability: each sample of weights ranks as rank() does",
          "[scoring][sensitivity]") {
  DecisionProblem problem;
  problem.criteria = {{"impact", Direction::benefit, 3, {}},
                      {"cost", Direction::cost, 2, {}},
                      {"reach", Direction::benefit, 1, {}},
                      {"risk", Direction::cost, 1, {}}};
  rumbo::scoring::Random values(7);
  for (std::size_t a = 0; a < 40; ++a) {
    problem.alternatives.push_back("a" + std::to_string(a));
    for (std::size_t c = 0; c < 4; ++c)
      problem.matrix.push_back(a == 31 ? problem.at(12, c) : values.uniform(1, 10));
  }
  AcceptabilityOptions sampling;
  sampling.samples = 300;
  sampling.seed = 5;
  sampling.weight_spread = 0.4;
  for (Method method : {Method::wsm, Method::topsis, Method::vikor}) {
    RankingOptions options;
    options.method = method;
    const AcceptabilityResult fast = rank_acceptability(problem, options, sampling);
    REQUIRE_FALSE(fast.error);
    const std::size_t n = problem.rows();
    std::vector<double> counted(n * n, 0);
    rumbo::scoring::Random random(sampling.seed);
    const std::vector<double> base = normalised_weights(problem);
    DecisionProblem sample = problem;
    for (std::size_t s = 0; s < sampling.samples; ++s) {
      for (std::size_t c = 0; c < base.size(); ++c)
        sample.criteria[c].weight =
            base[c] * random.uniform(1 - sampling.weight_spread, 1 + sampling.weight_spread);
      const RankingResult ranked = rank(sample, options);
      REQUIRE_FALSE(ranked.error);
      for (std::size_t r = 0; r < n; ++r)
        counted[ranked.ranking[r] * n + r] += 1.0 / static_cast<double>(sampling.samples);
    }
    for (std::size_t i = 0; i < n * n; ++i)
      CHECK(fast.shares[i] == Approx(counted[i]).margin(1e-12));
    // The identical rows 12 and 31 are always side by side, 12 first.
    CHECK(fast.share(31, 0) == 0.0);
    for (std::size_t r = 0; r + 1 < n; ++r)
      CHECK(fast.share(12, r) == fast.share(31, r + 1));
  }
}

// Two mirror-image alternatives: with weights uniform on the simplex each is
// first half of the time (binomial: 10 000 samples, standard error 0.005).
TEST_CASE("rank acceptability: uniform weights treat mirror-image alternatives alike",
          "[scoring][sensitivity]") {
  DecisionProblem problem;
  problem.alternatives = {"left", "right"};
  problem.criteria = {{"x", Direction::benefit, 1, {}}, {"y", Direction::benefit, 1, {}}};
  problem.matrix = {1, 0, 0, 1};
  AcceptabilityOptions unknown;
  unknown.weights_unknown = true;
  AcceptabilityResult result = rank_acceptability(problem, RankingOptions{}, unknown);
  CHECK(result.first[0] == Approx(0.5).margin(0.02));
  CHECK(result.first[1] == Approx(0.5).margin(0.02));
}

TEST_CASE("the stability interval in words", "[scoring][sensitivity]") {
  DecisionProblem problem = three_alternatives();
  StabilityResult two = weight_stability(problem, RankingOptions{}, 2);
  // From the hand-worked intervals above: c0 between 50 % and 64 %.
  Sentence sentence = stability_sentence(two, problem, two.intervals[0]);
  CHECK(rumbo::message(sentence.key, rumbo::Language::es, rumbo::written_plainly(sentence.args)) ==
        "Las 2 primeras acciones siguen primeras mientras «c0» pese entre 50 % y 64 %.");
  StabilityResult one = weight_stability(problem, RankingOptions{}, 1);
  Sentence first = stability_sentence(one, problem, one.intervals[1]);
  CHECK(rumbo::message(first.key, rumbo::Language::en, rumbo::written_plainly(first.args)) ==
        "The first action stays first while “c1” weighs between 0% and 50%.");
}

TEST_CASE("the robustness of a readiness rank in words", "[scoring][sensitivity]") {
  UncertaintyResult uncertainty;
  uncertainty.low_rank = {2, 3};
  uncertainty.high_rank = {2, 5};
  uncertainty.provenance.samples = 2000;
  Sentence same = robustness_sentence("San Aurelio", 2, uncertainty, 0);
  CHECK(rumbo::message(same.key, rumbo::Language::es, rumbo::written_plainly(same.args)) ==
        "San Aurelio ocupa el puesto 2 con cualquiera de las decisiones de cálculo probadas.");
  Sentence range = robustness_sentence("Altoverde", 4, uncertainty, 1);
  CHECK(rumbo::message(range.key, rumbo::Language::es, rumbo::written_plainly(range.args)) ==
        "Altoverde ocupa el puesto 4; con otras decisiones de cálculo razonables estaría entre el "
        "puesto 3 y el 5 "
        "(90 % de 2000 simulaciones).");
  // The numbers stay numbers: a Colombian screen groups the thousands.
  const rumbo::Locale& colombia = rumbo::match_locale("es-CO", rumbo::Language::es);
  auto in_colombia = [&](double x) { return rumbo::format_number(x, 0, colombia); };
  auto index = [](std::size_t i) { return std::to_string(i); };
  CHECK(rumbo::written(range.args, {in_colombia, in_colombia, in_colombia, index, index}).back() ==
        "2.000");
}

// The page draws samples in slices between frames; however they are divided,
// they come from the same stream in the same order.
TEST_CASE("rank acceptability drawn in slices equals one run", "[scoring][sensitivity]") {
  DecisionProblem problem = three_alternatives();
  for (Method method : {Method::topsis, Method::promethee2}) {
    RankingOptions options;
    options.method = method;
    AcceptabilityOptions sampling;
    sampling.samples = 1000;
    sampling.seed = 7;
    sampling.score_spread = method == Method::topsis ? 0 : 0.2; // the fast path and rank()
    const AcceptabilityResult whole = rank_acceptability(problem, options, sampling);
    AcceptabilityRun run(problem, options, sampling);
    std::size_t slices = 0;
    while (!run.advance(7))
      ++slices;
    CHECK(slices == 1000 / 7);
    CHECK(run.drawn() == 1000);
    CHECK(run.result().shares == whole.shares);
    CHECK(run.result().provenance.samples == whole.provenance.samples);
  }
}
