#include "core/messages.h"
#include "core/model/enum_keys.h"
#include "core/scoring/mcda.h"
#include "core/scoring/methods.h"
#include "core/scoring/random.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace rumbo::scoring;

namespace {

constexpr Direction benefit = Direction::benefit;
constexpr Direction cost = Direction::cost;

DecisionProblem make_problem(const std::vector<std::vector<double>>& rows,
                             const std::vector<double>& weights,
                             const std::vector<Direction>& directions) {
  DecisionProblem problem;
  for (std::size_t a = 0; a < rows.size(); ++a) {
    problem.alternatives.push_back("A" + std::to_string(a + 1));
    problem.matrix.insert(problem.matrix.end(), rows[a].begin(), rows[a].end());
  }
  for (std::size_t c = 0; c < weights.size(); ++c)
    problem.criteria.push_back({"C" + std::to_string(c + 1), directions[c], weights[c], {}});
  return problem;
}

RankingResult run(const DecisionProblem& problem, Method method,
                  TopsisNormalisation normalisation = TopsisNormalisation::vector) {
  RankingOptions options;
  options.method = method;
  options.topsis_normalisation = normalisation;
  return rank(problem, options);
}

// Catch's Approx also accepts a relative error of ~1e-5 unless told otherwise;
// the margins below are the precision of each printed source, nothing more.
void check_values(const std::vector<double>& actual, const std::vector<double>& expected,
                  double margin) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("index " << i);
    CHECK(actual[i] == Approx(expected[i]).margin(margin).epsilon(0));
  }
}

// Published ranks (1 = best, one per alternative) as the best-first index list rank() returns.
std::vector<std::size_t> ranking_from_ranks(const std::vector<std::size_t>& ranks) {
  std::vector<std::size_t> ranking(ranks.size());
  for (std::size_t a = 0; a < ranks.size(); ++a)
    ranking[ranks[a] - 1] = a;
  return ranking;
}

// Chakraborty, Zavadskas & Antucheviciene (2015), "Applications of WASPAS
// method as a multi-criteria decision-making tool", Economic Computation and
// Economic Cybernetics Studies and Research 49(1):5-22, Example 2: ten
// alternatives; PC, FS and MN are cost criteria, P a benefit one. The paper
// normalises linearly (x / max for benefit, min / x for cost) before
// aggregating; the transcription is the one in scikit-criteria's
// tests/agg/test_simple.py (test_WASPAS_chakraborty2015applications).
const std::vector<std::vector<double>> chakraborty_raw = {
    {581818, 54.49, 3, 5500}, {595454, 49.73, 3, 4500}, {586060, 51.24, 3, 5000},
    {522727, 45.71, 3, 5800}, {561818, 52.66, 3, 5200}, {543030, 74.46, 4, 5600},
    {522727, 75.42, 4, 5800}, {486970, 62.62, 4, 5600}, {509394, 65.87, 4, 6400},
    {513333, 70.67, 4, 6000}};
const std::vector<double> chakraborty_weights = {0.467, 0.160, 0.095, 0.278};
const std::vector<Direction> chakraborty_directions = {cost, cost, cost, benefit};
const std::vector<std::size_t> chakraborty_ranks = {6, 10, 8, 1, 5, 9, 7, 3, 2, 4};

std::vector<std::vector<double>> chakraborty_normalised() {
  std::vector<std::vector<double>> rows = chakraborty_raw;
  for (std::size_t c = 0; c < 4; ++c) {
    double low = rows[0][c], high = rows[0][c];
    for (const auto& row : chakraborty_raw) {
      low = std::min(low, row[c]);
      high = std::max(high, row[c]);
    }
    for (auto& row : rows)
      row[c] = chakraborty_directions[c] == cost ? low / row[c] : row[c] / high;
  }
  return rows;
}

// Triantaphyllou (2000), Multi-Criteria Decision Making Methods: A
// Comparative Study, Kluwer, ch. 2: three alternatives, four benefit criteria
// in the same unit. The example is reproduced in Wikipedia's "Weighted sum
// model" and "Weighted product model" articles.
const std::vector<std::vector<double>> triantaphyllou = {
    {25, 20, 15, 30}, {10, 30, 20, 30}, {30, 10, 30, 10}};
const std::vector<double> triantaphyllou_weights = {0.20, 0.15, 0.40, 0.25};
const std::vector<Direction> four_benefits = {benefit, benefit, benefit, benefit};

} // namespace

// ---------------------------------------------------------------- WSM

TEST_CASE("WSM reproduces Triantaphyllou's example, tie included", "[mcda][wsm]") {
  // Printed scores: A1 21.50, A2 22.00, A3 22.00; A2 and A3 tie, so the lower
  // index comes first.
  const RankingResult r =
      run(make_problem(triantaphyllou, triantaphyllou_weights, four_benefits), Method::wsm);
  REQUIRE_FALSE(r.error);
  check_values(r.scores, {21.50, 22.00, 22.00}, 0.005);
  CHECK(r.ranking == std::vector<std::size_t>{1, 2, 0});
  CHECK(r.provenance.method == "wsm");
}

TEST_CASE("WSM reproduces Chakraborty et al. (2015) Example 2 (WASPAS with lambda = 1)",
          "[mcda][wsm]") {
  // WASPAS with lambda = 1 is the weighted sum of the normalised matrix. The
  // paper prints 4 decimals from rounded normalised values, hence a margin of
  // one unit in the last place.
  const RankingResult r =
      run(make_problem(chakraborty_normalised(), chakraborty_weights, four_benefits), Method::wsm);
  REQUIRE_FALSE(r.error);
  check_values(r.scores,
               {0.8590, 0.8194, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784},
               1e-4);
  CHECK(r.ranking == ranking_from_ranks(chakraborty_ranks));
}

TEST_CASE("scores equal but for rounding are ties, ranked by index", "[mcda][wsm]") {
  // 0.5 * 0.3 = 0.15 but 0.5 * 0.1 + 0.5 * 0.2 = 0.15000000000000002 in
  // doubles; both read 0.15, so A1 comes first.
  const RankingResult r =
      run(make_problem({{0.3, 0}, {0.1, 0.2}}, {1, 1}, {benefit, benefit}), Method::wsm);
  REQUIRE_FALSE(r.error);
  CHECK(r.ranking == std::vector<std::size_t>{0, 1});
}

TEST_CASE("WSM subtracts cost criteria", "[mcda][wsm]") {
  // 0.5 * 10 - 0.5 * 4 = 3 and 0.5 * 6 - 0.5 * 2 = 2, straight from the convention.
  const RankingResult r =
      run(make_problem({{10, 4}, {6, 2}}, {1, 1}, {benefit, cost}), Method::wsm);
  REQUIRE_FALSE(r.error);
  check_values(r.scores, {3, 2}, 1e-12);
}

// ---------------------------------------------------------------- WPM

TEST_CASE("WPM reproduces Triantaphyllou's pairwise ratios", "[mcda][wpm]") {
  // Printed: P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059; the ratio of
  // two products of x^w is the product of the ratios.
  const RankingResult r =
      run(make_problem(triantaphyllou, triantaphyllou_weights, four_benefits), Method::wpm);
  REQUIRE_FALSE(r.error);
  CHECK(r.scores[0] / r.scores[1] == Approx(1.007).margin(5e-4).epsilon(0));
  CHECK(r.scores[0] / r.scores[2] == Approx(1.067).margin(5e-4).epsilon(0));
  CHECK(r.scores[1] / r.scores[2] == Approx(1.059).margin(5e-4).epsilon(0));
  CHECK(r.ranking == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("WPM reproduces scikit-criteria's documented scores for the same example",
          "[mcda][wpm]") {
  // scikit-criteria, tests/agg/test_simple.py,
  // test_WeightedProductModel_enwiki_1015567716: the matrix divided by its
  // column sums, weights 20/15/40/25; the library reports log10 of the
  // product, to 8 decimals.
  std::vector<std::vector<double>> rows = triantaphyllou;
  for (std::size_t c = 0; c < 4; ++c) {
    double sum = 0;
    for (const auto& row : triantaphyllou)
      sum += row[c];
    for (auto& row : rows)
      row[c] /= sum;
  }
  const RankingResult r = run(make_problem(rows, {20, 15, 40, 25}, four_benefits), Method::wpm);
  REQUIRE_FALSE(r.error);
  std::vector<double> logs;
  for (double score : r.scores)
    logs.push_back(std::log10(score));
  check_values(logs, {-0.50128589, -0.50448471, -0.52947246}, 5e-9);
}

TEST_CASE("WPM reproduces Chakraborty et al. (2015) Example 2 (WASPAS with lambda = 0)",
          "[mcda][wpm]") {
  const std::vector<double> published = {0.8578, 0.8144, 0.8408, 0.9413, 0.8632,
                                         0.8241, 0.8454, 0.8915, 0.8987, 0.8697};
  const RankingResult normalised =
      run(make_problem(chakraborty_normalised(), chakraborty_weights, four_benefits), Method::wpm);
  REQUIRE_FALSE(normalised.error);
  check_values(normalised.scores, published, 1e-4);
  CHECK(normalised.ranking == ranking_from_ranks(chakraborty_ranks));

  // On the raw values with cost criteria as x^-w, each score differs from
  // the paper's by the same factor (the product of min^w over the cost
  // columns), so ranking and ratios are the paper's.
  const RankingResult raw =
      run(make_problem(chakraborty_raw, chakraborty_weights, chakraborty_directions), Method::wpm);
  REQUIRE_FALSE(raw.error);
  CHECK(raw.ranking == ranking_from_ranks(chakraborty_ranks));
  for (std::size_t a = 1; a < published.size(); ++a)
    CHECK(raw.scores[a] / raw.scores[0] ==
          Approx(normalised.scores[a] / normalised.scores[0]).epsilon(1e-12));
}

// ---------------------------------------------------------------- TOPSIS

TEST_CASE("TOPSIS reproduces Hwang & Yoon's fighter aircraft example", "[mcda][topsis]") {
  // Hwang & Yoon (1981), Multiple Attribute Decision Making: Methods and
  // Applications, Springer, p. 133: maximum speed, ferry range, maximum
  // payload, acquisition cost (cost), reliability, manoeuvrability.
  // Printed C* = .643, .268, .613, .312. The book rounds its normalised matrix
  // to 4 decimals with a few slips, which moves A3 to 0.6135 here, so the
  // margin is one unit in the third decimal.
  const RankingResult r = run(make_problem({{2.0, 1500, 20000, 5.5, 5, 9},
                                            {2.5, 2700, 18000, 6.5, 3, 5},
                                            {1.8, 2000, 21000, 4.5, 7, 7},
                                            {2.2, 1800, 20000, 5.0, 5, 5}},
                                           {0.2, 0.1, 0.1, 0.1, 0.2, 0.3},
                                           {benefit, benefit, benefit, cost, benefit, benefit}),
                              Method::topsis);
  REQUIRE_FALSE(r.error);
  check_values(r.closeness, {0.643, 0.268, 0.613, 0.312}, 1e-3);
  CHECK(r.scores == r.closeness);
  CHECK(r.ranking == std::vector<std::size_t>{0, 2, 3, 1});
  CHECK(r.provenance.method == "topsis");
  CHECK(r.provenance.parameters ==
        std::vector<std::pair<std::string, std::string>>{{"normalisation", "vector"}});
}

TEST_CASE("TOPSIS reproduces Tzeng & Huang's example", "[mcda][topsis]") {
  // Tzeng & Huang (2011), Multiple Attribute Decision Making: Methods and
  // Applications, CRC Press; four alternatives, three benefit criteria,
  // vector normalisation. Printed closeness to 4 decimals, as transcribed in
  // scikit-criteria's tests/agg/test_topsis.py (test_TOPSIS_tzeng2011multiple).
  const RankingResult r = run(make_problem({{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}},
                                           {0.3, 0.4, 0.3}, {benefit, benefit, benefit}),
                              Method::topsis);
  REQUIRE_FALSE(r.error);
  check_values(r.closeness, {0.5037, 0.6581, 0.7482, 0.3340}, 5e-5);
  CHECK(r.ranking == std::vector<std::size_t>{2, 1, 0, 3});
}

TEST_CASE("TOPSIS with min-max normalisation", "[mcda][topsis]") {
  // Min-max puts every alternative between the ideal (one corner of the
  // weighted box) and the anti-ideal (the opposite one): the alternative best
  // on both criteria is the ideal (C = 1), the worst one the anti-ideal
  // (C = 0), and the middle one, halfway on both, is equidistant (C = 1/2).
  const RankingResult r =
      run(make_problem({{3, 10}, {1, 30}, {2, 20}}, {0.7, 0.3}, {benefit, cost}), Method::topsis,
          TopsisNormalisation::minmax);
  REQUIRE_FALSE(r.error);
  check_values(r.closeness, {1, 0, 0.5}, 1e-12);
  CHECK(r.ranking == std::vector<std::size_t>{0, 2, 1});
  CHECK(r.provenance.parameters ==
        std::vector<std::pair<std::string, std::string>>{{"normalisation", "minmax"}});
}

// ---------------------------------------------------------------- PROMETHEE II

TEST_CASE("PROMETHEE II reproduces pymcdm's documented example", "[mcda][promethee]") {
  // pymcdm, PROMETHEE_II docstring (usual preference function): matrix
  // [[4,3,2],[3,2,4],[5,1,3]], weights [0.5,0.3,0.2], all benefit; printed net
  // flows [0.1, -0.3, 0.2] to 2 decimals.
  const RankingResult r = run(
      make_problem({{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}, {0.5, 0.3, 0.2}, {benefit, benefit, benefit}),
      Method::promethee2);
  REQUIRE_FALSE(r.error);
  check_values(r.phi, {0.1, -0.3, 0.2}, 0.005);
  CHECK(r.scores == r.phi);
  CHECK(r.ranking == std::vector<std::size_t>{2, 0, 1});
}

namespace {

// Brans, Vincke & Mareschal (1986), "How to select and how to rank projects:
// the PROMETHEE method", European Journal of Operational Research 24:228-238,
// numerical example: six actions, six equally weighted criteria with one of
// each generalised criterion (f1 min U-shape q=10; f2 max V-shape p=30; f3 min
// linear q=0.5 p=5; f4 min level q=1 p=6; f5 min usual; f6 max Gaussian s=5).
// Preference indices pi(a,b) to 3 decimals as transcribed in the test suite of
// the "Construct your own PROMETHEE" library (Poznan University of Technology,
// github.com/WAndraszyk/Construct-your-own-PROMETHEE-with-Python-for-MCDA,
// unit_tests/preference/test_PrometheePreference.py).
DecisionProblem brans_vincke_mareschal() {
  DecisionProblem problem =
      make_problem({{80, 90, 6, 5.4, 8, 5},
                    {65, 58, 2, 9.7, 1, 1},
                    {83, 60, 4, 7.2, 4, 7},
                    {40, 80, 10, 7.5, 7, 10},
                    {52, 72, 6, 2.0, 3, 8},
                    {94, 96, 7, 3.6, 5, 6}},
                   {1, 1, 1, 1, 1, 1}, {cost, benefit, cost, cost, cost, benefit});
  problem.criteria[0].preference = {PreferenceType::u_shape, 10, 0, 0};
  problem.criteria[1].preference = {PreferenceType::v_shape, 0, 30, 0};
  problem.criteria[2].preference = {PreferenceType::linear, 0.5, 5, 0};
  problem.criteria[3].preference = {PreferenceType::level, 1, 6, 0};
  problem.criteria[4].preference = {PreferenceType::usual, 0, 0, 0};
  problem.criteria[5].preference = {PreferenceType::gaussian, 0, 0, 5};
  return problem;
}

const double bvm_pi[6][6] = {
    {0.000, 0.296, 0.250, 0.268, 0.100, 0.185}, {0.462, 0.000, 0.389, 0.333, 0.296, 0.500},
    {0.236, 0.180, 0.000, 0.333, 0.056, 0.429}, {0.399, 0.505, 0.305, 0.000, 0.223, 0.212},
    {0.444, 0.515, 0.487, 0.380, 0.000, 0.448}, {0.286, 0.399, 0.250, 0.432, 0.133, 0.000}};

// The printed table carries the rounding of its own intermediate values: a
// few entries sit a full unit of the last decimal away from the exact ones.
constexpr double bvm_margin = 1e-3;

} // namespace

TEST_CASE("PROMETHEE II reproduces Brans, Vincke & Mareschal's preference indices",
          "[mcda][promethee]") {
  // With two actions the flows are the preference indices themselves:
  // phi+(a) = pi(a, b) and phi-(a) = pi(b, a), since n - 1 = 1. Preferences
  // use absolute thresholds, so each pair can be ranked on its own.
  const DecisionProblem full = brans_vincke_mareschal();
  for (std::size_t a = 0; a < 6; ++a)
    for (std::size_t b = a + 1; b < 6; ++b) {
      DecisionProblem pair = full;
      pair.alternatives = {full.alternatives[a], full.alternatives[b]};
      pair.matrix.assign(full.matrix.begin() + static_cast<std::ptrdiff_t>(a * 6),
                         full.matrix.begin() + static_cast<std::ptrdiff_t>(a * 6 + 6));
      pair.matrix.insert(pair.matrix.end(),
                         full.matrix.begin() + static_cast<std::ptrdiff_t>(b * 6),
                         full.matrix.begin() + static_cast<std::ptrdiff_t>(b * 6 + 6));
      const RankingResult r = run(pair, Method::promethee2);
      REQUIRE_FALSE(r.error);
      INFO("a" << a + 1 << " vs a" << b + 1);
      CHECK(r.phi_plus[0] == Approx(bvm_pi[a][b]).margin(bvm_margin).epsilon(0));
      CHECK(r.phi_minus[0] == Approx(bvm_pi[b][a]).margin(bvm_margin).epsilon(0));
    }
}

TEST_CASE("PROMETHEE II flows of Brans, Vincke & Mareschal's example", "[mcda][promethee]") {
  // Flows averaged over n - 1 = 5 from the printed preference indices; each
  // average is within the table's margin, a net flow within twice that.
  std::vector<double> plus(6, 0), minus(6, 0), net(6);
  for (std::size_t a = 0; a < 6; ++a)
    for (std::size_t b = 0; b < 6; ++b) {
      plus[a] += bvm_pi[a][b] / 5;
      minus[a] += bvm_pi[b][a] / 5;
    }
  for (std::size_t a = 0; a < 6; ++a)
    net[a] = plus[a] - minus[a];
  const RankingResult r = run(brans_vincke_mareschal(), Method::promethee2);
  REQUIRE_FALSE(r.error);
  check_values(r.phi_plus, plus, bvm_margin);
  check_values(r.phi_minus, minus, bvm_margin);
  check_values(r.phi, net, 2 * bvm_margin);
  // a5 > a2 > a4 > a6 > a3 > a1 by the printed indices (net flows .293, .017,
  // -.020, -.055, -.089, -.146), gaps well beyond the margins.
  CHECK(r.ranking == std::vector<std::size_t>{4, 1, 3, 5, 2, 0});
  CHECK(r.provenance.method == "promethee2");
  CHECK(r.provenance.parameters[0] ==
        std::pair<std::string, std::string>{"preference.C1", "u_shape q=10"});
  CHECK(r.provenance.parameters[3] ==
        std::pair<std::string, std::string>{"preference.C4", "level q=1 p=6"});
}

TEST_CASE("PROMETHEE preference functions follow their definitions", "[mcda][promethee]") {
  // Two actions 2 apart on one benefit criterion: pi(A1, A2) is P(2).
  struct Case {
    PreferenceFunction f;
    double expected;
  };
  const std::vector<Case> cases = {
      {{PreferenceType::usual, 0, 0, 0}, 1},
      {{PreferenceType::u_shape, 2, 0, 0}, 0}, // |d| <= q is indifference
      {{PreferenceType::u_shape, 1.5, 0, 0}, 1},
      {{PreferenceType::v_shape, 0, 4, 0}, 0.5}, // d / p
      {{PreferenceType::v_shape, 0, 2, 0}, 1},
      {{PreferenceType::level, 1, 3, 0}, 0.5}, // q < d <= p
      {{PreferenceType::level, 1, 2, 0}, 0.5},
      {{PreferenceType::level, 0.5, 1, 0}, 1},
      {{PreferenceType::linear, 1, 3, 0}, 0.5}, // (d - q) / (p - q)
      {{PreferenceType::linear, 2, 2, 0}, 0},   // zero-width ramp: a step at q
      {{PreferenceType::linear, 1, 1, 0}, 1},
      {{PreferenceType::v_shape, 0, 0, 0}, 1},                   // p = 0: the usual criterion
      {{PreferenceType::gaussian, 0, 0, 2}, 1 - std::exp(-0.5)}, // 1 - exp(-d^2 / 2s^2)
  };
  for (const Case& c : cases) {
    DecisionProblem problem = make_problem({{7}, {5}}, {1}, {benefit});
    problem.criteria[0].preference = c.f;
    const RankingResult r = run(problem, Method::promethee2);
    REQUIRE_FALSE(r.error);
    INFO(r.provenance.parameters[0].second);
    CHECK(r.phi_plus[0] == Approx(c.expected).margin(1e-12));
    CHECK(r.phi_minus[0] == 0);
  }
}

// ---------------------------------------------------------------- VIKOR

TEST_CASE("VIKOR reproduces Opricovic & Tzeng (2004)", "[mcda][vikor]") {
  // Opricovic & Tzeng (2004), "Compromise solution by MCDM methods: a
  // comparative analysis of VIKOR and TOPSIS", European Journal of
  // Operational Research 156:445-455, numerical example (risk: min, altitude:
  // max, equal weights, v = 0.5). Printed S, R, Q exactly; A2 is the
  // compromise, with both conditions met.
  const RankingResult r = run(
      make_problem({{1, 3000}, {2, 3750}, {5, 4500}}, {0.5, 0.5}, {cost, benefit}), Method::vikor);
  REQUIRE_FALSE(r.error);
  check_values(r.S, {0.5, 0.375, 0.5}, 1e-12);
  check_values(r.R, {0.5, 0.25, 0.5}, 1e-12);
  check_values(r.Q, {1, 0, 1}, 1e-12);
  CHECK(r.scores == r.Q);
  CHECK(r.ranking == std::vector<std::size_t>{1, 0, 2});
  CHECK(r.acceptable_advantage);
  CHECK(r.acceptable_stability);
  CHECK(r.compromise == std::vector<std::size_t>{1});
  CHECK(r.provenance.method == "vikor");
  CHECK(r.provenance.parameters == std::vector<std::pair<std::string, std::string>>{{"v", "0.5"}});
}

TEST_CASE("VIKOR reproduces Opricovic & Tzeng (2007), four weight sets", "[mcda][vikor]") {
  // Opricovic & Tzeng (2007), "Extended VIKOR method in comparison with
  // outranking methods", European Journal of Operational Research
  // 178:514-529: six reservoir systems, eight criteria; S, R, Q printed to 3
  // decimals for four weight sets, as transcribed in scikit-criteria's
  // tests/agg/test_vikor.py (test_VIKOR_opricovic2007extended).
  const std::vector<std::vector<double>> rows = {{4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41},
                                                 {5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41},
                                                 {5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42},
                                                 {5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36},
                                                 {5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04},
                                                 {4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36}};
  const std::vector<Direction> directions = {benefit, cost, benefit, benefit,
                                             cost,    cost, cost,    benefit};
  struct WeightSet {
    std::vector<double> weights, S, R, Q;
    std::vector<std::size_t> ranks;
    bool advantage;
    std::vector<std::size_t> compromise;
  };
  const std::vector<WeightSet> sets = {
      {{1, 1, 1, 1, 1, 1, 1, 1},
       {0.692, 0.7, 0.29, 0.423, 0.28, 0.346},
       {0.125, 0.125, 0.121, 0.125, 0.067, 0.125},
       {0.991, 1.0, 0.473, 0.670, 0.0, 0.578},
       {5, 6, 2, 4, 1, 3},
       true,
       {4}},
      {{2, 2, 2, 2, 1, 1, 1, 1},
       {0.701, 0.6, 0.386, 0.365, 0.317, 0.459},
       {0.167, 0.114, 0.161, 0.167, 0.089, 0.167},
       {1.0, 0.533, 0.552, 0.563, 0.0, 0.686},
       {6, 2, 3, 4, 1, 5},
       true,
       {4}},
      {{1, 1, 1, 1, 2, 2, 2, 2},
       {0.683, 0.8, 0.193, 0.48, 0.243, 0.232},
       {0.113, 0.167, 0.08, 0.122, 0.044, 0.083},
       {0.684, 1.0, 0.147, 0.554, 0.041, 0.191},
       {5, 6, 2, 4, 1, 3},
       false,
       {4, 2, 5}},
      {{1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2},
       {0.678, 0.857, 0.138, 0.513, 0.222, 0.167},
       {0.129, 0.190, 0.057, 0.139, 0.042, 0.060},
       {0.668, 1.0, 0.051, 0.588, 0.058, 0.078},
       {5, 6, 1, 4, 2, 3},
       false,
       {2, 4, 5}},
  };
  for (std::size_t i = 0; i < sets.size(); ++i) {
    INFO("weight set W" << i + 1);
    const WeightSet& set = sets[i];
    const RankingResult r = run(make_problem(rows, set.weights, directions), Method::vikor);
    REQUIRE_FALSE(r.error);
    check_values(r.S, set.S, 5e-4);
    check_values(r.R, set.R, 5e-4);
    check_values(r.Q, set.Q, 5e-4);
    CHECK(r.ranking == ranking_from_ranks(set.ranks));
    CHECK(r.acceptable_advantage == set.advantage);
    CHECK(r.acceptable_stability);
    CHECK(r.compromise == set.compromise);
  }
}

TEST_CASE("VIKOR's v moves Q between group utility and regret", "[mcda][vikor]") {
  // Two benefit criteria on 0-10, equal weights. A1 (10, 0) and A3 (0, 10)
  // each miss one criterion entirely: S = 0.5, R = 0.5. A2 (4, 4) is
  // mediocre on both: regrets 0.5 * 6 / 10 = 0.3 each, S = 0.6, R = 0.3.
  // v = 1 ranks by S alone (A2 last), v = 0 by R alone (A2 first).
  const DecisionProblem problem =
      make_problem({{10, 0}, {4, 4}, {0, 10}}, {0.5, 0.5}, {benefit, benefit});
  RankingOptions options;
  options.method = Method::vikor;
  options.vikor_v = 1;
  const RankingResult by_s = rank(problem, options);
  options.vikor_v = 0;
  const RankingResult by_r = rank(problem, options);
  REQUIRE_FALSE(by_s.error);
  REQUIRE_FALSE(by_r.error);
  check_values(by_s.S, {0.5, 0.6, 0.5}, 1e-12);
  check_values(by_s.R, {0.5, 0.3, 0.5}, 1e-12);
  check_values(by_s.Q, {0, 1, 0}, 1e-12);
  CHECK(by_s.ranking == std::vector<std::size_t>{0, 2, 1});
  check_values(by_r.Q, {1, 0, 1}, 1e-12);
  CHECK(by_r.ranking == std::vector<std::size_t>{1, 0, 2});
  // With v = 1, A1 leads A3 only by the tie rule: no acceptable advantage,
  // and both belong to the compromise.
  CHECK_FALSE(by_s.acceptable_advantage);
  CHECK(by_s.compromise == std::vector<std::size_t>{0, 2});
}

TEST_CASE("VIKOR's acceptable advantage is reached at exactly 1/(n-1)", "[mcda][vikor]") {
  // With two alternatives Q is 0 and 1 and DQ = 1/(2-1) = 1: the gap equals
  // DQ, which meets C1 (Q(a2) - Q(a1) >= DQ), so A2 is proposed alone.
  const RankingResult r =
      run(make_problem({{1, 5}, {2, 6}}, {1, 1}, {benefit, benefit}), Method::vikor);
  REQUIRE_FALSE(r.error);
  check_values(r.Q, {1, 0}, 1e-12);
  CHECK(r.acceptable_advantage);
  CHECK(r.acceptable_stability);
  CHECK(r.compromise == std::vector<std::size_t>{1});
}

// ---------------------------------------------------------------- properties

namespace {

const std::vector<Method> all_methods = {Method::wsm, Method::wpm, Method::topsis,
                                         Method::promethee2, Method::vikor};

DecisionProblem random_problem(Random& random, std::size_t n, std::size_t m) {
  DecisionProblem problem;
  for (std::size_t a = 0; a < n; ++a)
    problem.alternatives.push_back("A" + std::to_string(a));
  const PreferenceType types[] = {PreferenceType::usual,   PreferenceType::u_shape,
                                  PreferenceType::v_shape, PreferenceType::level,
                                  PreferenceType::linear,  PreferenceType::gaussian};
  for (std::size_t c = 0; c < m; ++c) {
    DecisionCriterion criterion;
    criterion.name = "C" + std::to_string(c);
    criterion.direction = random.uniform() < 0.5 ? cost : benefit;
    criterion.weight = random.uniform(0.1, 10);
    const double q = random.uniform(0, 2);
    criterion.preference = {types[random.below(6)], q, q + random.uniform(0, 5),
                            random.uniform(0.5, 3)};
    problem.criteria.push_back(criterion);
  }
  for (std::size_t i = 0; i < n * m; ++i)
    problem.matrix.push_back(random.uniform(1, 100));
  return problem;
}

std::vector<std::size_t> random_permutation(Random& random, std::size_t n) {
  std::vector<std::size_t> p(n);
  for (std::size_t i = 0; i < n; ++i)
    p[i] = i;
  for (std::size_t i = n; i > 1; --i)
    std::swap(p[i - 1], p[random.below(i)]);
  return p;
}

double sum(const std::vector<double>& values) {
  double total = 0;
  for (double v : values)
    total += v;
  return total;
}

} // namespace

TEST_CASE("normalised weights sum to 1 and keep their proportions", "[mcda][properties]") {
  Random random(20240611);
  for (int trial = 0; trial < 100; ++trial) {
    const DecisionProblem problem = random_problem(random, 3, 1 + random.below(15));
    const std::vector<double> w = normalised_weights(problem);
    REQUIRE(w.size() == problem.criteria.size());
    CHECK(sum(w) == Approx(1).margin(1e-12));
    for (std::size_t c = 1; c < w.size(); ++c)
      CHECK(w[c] / w[0] ==
            Approx(problem.criteria[c].weight / problem.criteria[0].weight).epsilon(1e-12));
  }
  DecisionProblem zero = make_problem({{1, 2}}, {0, 0}, {benefit, benefit});
  CHECK(normalised_weights(zero).empty());
}

TEST_CASE("permuting the alternatives permutes every method's result", "[mcda][properties]") {
  Random random(7);
  for (int trial = 0; trial < 20; ++trial) {
    const DecisionProblem problem =
        random_problem(random, 2 + random.below(30), 1 + random.below(8));
    const std::size_t n = problem.rows(), m = problem.columns();
    const std::vector<std::size_t> p = random_permutation(random, n);
    DecisionProblem permuted = problem; // alternative k of `permuted` is alternative p[k]
    for (std::size_t k = 0; k < n; ++k) {
      permuted.alternatives[k] = problem.alternatives[p[k]];
      for (std::size_t c = 0; c < m; ++c)
        permuted.matrix[k * m + c] = problem.matrix[p[k] * m + c];
    }
    for (Method method : all_methods) {
      INFO("trial " << trial << ", method " << static_cast<int>(method));
      const RankingResult original = run(problem, method);
      const RankingResult shuffled = run(permuted, method);
      REQUIRE_FALSE(original.error);
      REQUIRE_FALSE(shuffled.error);
      for (std::size_t k = 0; k < n; ++k)
        CHECK(shuffled.scores[k] == Approx(original.scores[p[k]]).margin(1e-12).epsilon(1e-12));
      for (std::size_t k = 0; k < n; ++k)
        CHECK(p[shuffled.ranking[k]] == original.ranking[k]);
    }
  }
}

TEST_CASE("a dominated alternative never outranks its dominator under WSM and TOPSIS",
          "[mcda][properties]") {
  Random random(12345);
  for (int trial = 0; trial < 300; ++trial) {
    DecisionProblem problem = random_problem(random, 2 + random.below(20), 1 + random.below(10));
    const std::size_t n = problem.rows(), m = problem.columns();
    const std::size_t better = random.below(n);
    std::size_t worse = random.below(n - 1);
    if (worse >= better) ++worse;
    // Worse or equal everywhere, strictly worse on at least one criterion.
    const std::size_t strict = random.below(m);
    for (std::size_t c = 0; c < m; ++c) {
      const double gap = c == strict ? random.uniform(0.5, 10)
                                     : (random.uniform() < 0.5 ? 0 : random.uniform(0, 10));
      const double sign = problem.criteria[c].direction == cost ? 1 : -1;
      problem.matrix[worse * m + c] = problem.matrix[better * m + c] + sign * gap;
    }
    for (auto [method, normalisation] : {std::pair{Method::wsm, TopsisNormalisation::vector},
                                         std::pair{Method::topsis, TopsisNormalisation::vector},
                                         std::pair{Method::topsis, TopsisNormalisation::minmax}}) {
      const RankingResult r = run(problem, method, normalisation);
      REQUIRE_FALSE(r.error);
      std::size_t position_better = 0, position_worse = 0;
      for (std::size_t k = 0; k < n; ++k) {
        if (r.ranking[k] == better) position_better = k;
        if (r.ranking[k] == worse) position_worse = k;
      }
      INFO("trial " << trial << ", method " << static_cast<int>(method));
      CHECK(position_better < position_worse);
      CHECK(r.scores[better] > r.scores[worse]);
    }
  }
}

TEST_CASE("PROMETHEE net flows sum to zero", "[mcda][properties]") {
  Random random(99);
  for (int trial = 0; trial < 50; ++trial) {
    const RankingResult r =
        run(random_problem(random, 2 + random.below(40), 1 + random.below(15)), Method::promethee2);
    REQUIRE_FALSE(r.error);
    CHECK(std::fabs(sum(r.phi)) < 1e-12);
    CHECK(sum(r.phi_plus) == Approx(sum(r.phi_minus)).margin(1e-12));
    for (std::size_t a = 0; a < r.phi.size(); ++a) {
      CHECK(r.phi_plus[a] >= 0);
      CHECK(r.phi_plus[a] <= 1);
      CHECK(r.phi_minus[a] >= 0);
      CHECK(r.phi_minus[a] <= 1);
    }
  }
}

namespace {

// The definition, pair by pair: the reference for rank()'s sorted algorithm.
double definition_preference(const PreferenceFunction& f, double d) {
  if (d <= 0) return 0;
  switch (f.type) {
  case PreferenceType::usual:
    return 1;
  case PreferenceType::u_shape:
    return d > f.q ? 1 : 0;
  case PreferenceType::v_shape:
    return d >= f.p ? 1 : d / f.p;
  case PreferenceType::level:
    return d <= f.q ? 0 : d <= f.p ? 0.5 : 1;
  case PreferenceType::linear:
    return d <= f.q ? 0 : d >= f.p ? 1 : (d - f.q) / (f.p - f.q);
  case PreferenceType::gaussian:
    return 1 - std::exp(-d * d / (2 * f.s * f.s));
  }
  return 0;
}

} // namespace

TEST_CASE("PROMETHEE flows equal the pairwise definition", "[mcda][properties]") {
  // Small integer values and thresholds put many differences exactly on q or
  // p, where the comparisons (<= q, > p...) decide.
  Random random(4242);
  for (int trial = 0; trial < 300; ++trial) {
    const bool integers = trial % 2 == 0;
    DecisionProblem problem = random_problem(random, 1 + random.below(40), 1 + random.below(6));
    for (DecisionCriterion& criterion : problem.criteria) {
      PreferenceFunction& f = criterion.preference;
      if (integers) {
        f.q = static_cast<double>(random.below(4));
        f.p = f.q + static_cast<double>(1 + random.below(4));
      }
    }
    if (integers)
      for (double& value : problem.matrix)
        value = static_cast<double>(random.below(10));
    const std::size_t n = problem.rows(), m = problem.columns();
    const std::vector<double> w = normalised_weights(problem);
    std::vector<double> plus(n, 0), minus(n, 0);
    for (std::size_t a = 0; a < n; ++a)
      for (std::size_t b = 0; b < n; ++b)
        for (std::size_t c = 0; c < m; ++c) {
          const double sign = problem.criteria[c].direction == cost ? -1 : 1;
          const double pi =
              w[c] * definition_preference(problem.criteria[c].preference,
                                           sign * (problem.at(a, c) - problem.at(b, c)));
          plus[a] += pi / static_cast<double>(std::max<std::size_t>(n - 1, 1));
          minus[b] += pi / static_cast<double>(std::max<std::size_t>(n - 1, 1));
        }
    const RankingResult r = run(problem, Method::promethee2);
    REQUIRE_FALSE(r.error);
    INFO("trial " << trial);
    check_values(r.phi_plus, plus, 1e-12);
    check_values(r.phi_minus, minus, 1e-12);
  }
}

TEST_CASE("degenerate problems give finite scores, not NaN", "[mcda][properties]") {
  // One alternative; all alternatives identical; one criterion constant.
  const std::vector<DecisionProblem> problems = {
      make_problem({{3, 4}}, {1, 1}, {benefit, cost}),
      make_problem({{3, 4}, {3, 4}, {3, 4}}, {1, 1}, {benefit, cost}),
      make_problem({{3, 4}, {5, 4}, {1, 4}}, {1, 1}, {benefit, cost}),
  };
  for (const DecisionProblem& problem : problems)
    for (Method method : all_methods)
      for (TopsisNormalisation normalisation :
           {TopsisNormalisation::vector, TopsisNormalisation::minmax}) {
        const RankingResult r = run(problem, method, normalisation);
        REQUIRE_FALSE(r.error);
        REQUIRE(r.scores.size() == problem.rows());
        REQUIRE(r.ranking.size() == problem.rows());
        for (double score : r.scores)
          CHECK(std::isfinite(score));
      }
  // Identical alternatives tie everywhere and keep their order.
  for (Method method : all_methods)
    CHECK(run(problems[1], method).ranking == std::vector<std::size_t>{0, 1, 2});
  const RankingResult single = run(problems[0], Method::vikor);
  CHECK(single.acceptable_advantage);
  CHECK(single.acceptable_stability);
  CHECK(single.compromise == std::vector<std::size_t>{0});
}

// ---------------------------------------------------------------- errors

TEST_CASE("invalid problems give an error key instead of scores", "[mcda][errors]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const DecisionProblem good = make_problem({{1, 2}, {3, 4}}, {1, 1}, {benefit, cost});
  const auto expect_error = [](const DecisionProblem& problem, Method method,
                               const std::string& key) {
    const RankingResult r = run(problem, method);
    INFO("method " << static_cast<int>(method));
    REQUIRE(r.error);
    CHECK(*r.error == key);
    CHECK(r.scores.empty());
    CHECK(r.ranking.empty());
  };
  for (Method method : all_methods) {
    expect_error(DecisionProblem{}, method, "scoring.empty_problem");
    expect_error(make_problem({}, {1}, {benefit}), method, "scoring.empty_problem");
    expect_error(make_problem({{}, {}}, {}, {}), method, "scoring.empty_problem");

    DecisionProblem short_matrix = good;
    short_matrix.matrix.pop_back();
    expect_error(short_matrix, method, "scoring.matrix_size");

    DecisionProblem negative = good;
    negative.criteria[1].weight = -0.5;
    expect_error(negative, method, "scoring.bad_weights");
    DecisionProblem zero_sum = good;
    zero_sum.criteria[0].weight = zero_sum.criteria[1].weight = 0;
    expect_error(zero_sum, method, "scoring.bad_weights");
    DecisionProblem nan_weight = good;
    nan_weight.criteria[0].weight = nan;
    expect_error(nan_weight, method, "scoring.bad_weights");

    DecisionProblem nan_value = good;
    nan_value.matrix[2] = nan;
    expect_error(nan_value, method, "scoring.bad_value");
    DecisionProblem inf_value = good;
    inf_value.matrix[0] = -inf;
    expect_error(inf_value, method, "scoring.bad_value");
  }

  DecisionProblem zero_value = good;
  zero_value.matrix[1] = 0;
  expect_error(zero_value, Method::wpm, "scoring.wpm_non_positive");
  DecisionProblem negative_value = good;
  negative_value.matrix[3] = -2;
  expect_error(negative_value, Method::wpm, "scoring.wpm_non_positive");
  CHECK_FALSE(run(negative_value, Method::wsm).error); // only WPM needs positive values

  for (PreferenceType type : {PreferenceType::linear, PreferenceType::level}) {
    DecisionProblem q_above_p = good;
    q_above_p.criteria[0].preference = {type, 3, 2, 0};
    expect_error(q_above_p, Method::promethee2, "scoring.bad_thresholds");
    CHECK_FALSE(run(q_above_p, Method::topsis).error); // thresholds matter to PROMETHEE only
  }
  DecisionProblem negative_threshold = good;
  negative_threshold.criteria[1].preference = {PreferenceType::u_shape, -1, 0, 0};
  expect_error(negative_threshold, Method::promethee2, "scoring.bad_thresholds");
  DecisionProblem nan_threshold = good;
  nan_threshold.criteria[1].preference = {PreferenceType::gaussian, 0, 0, nan};
  expect_error(nan_threshold, Method::promethee2, "scoring.bad_thresholds");

  RankingOptions options;
  options.method = Method::vikor;
  for (double v : {-0.1, 1.5, nan}) {
    options.vikor_v = v;
    const RankingResult r = rank(good, options);
    REQUIRE(r.error);
    CHECK(*r.error == "scoring.bad_vikor_v");
  }
  options.method = static_cast<Method>(42);
  CHECK(rank(good, options).error == std::optional<std::string>("scoring.unknown_method"));
}

TEST_CASE("a score beyond the double range is an error, not infinity", "[mcda][errors]") {
  // 1e-300 on a cost criterion of weight 1 would score (1e-300)^-1 = 1e300,
  // fine; 5e-320 would score 2e319, past the largest double.
  const RankingResult fine = run(make_problem({{1e-300}, {1}}, {1}, {cost}), Method::wpm);
  REQUIRE_FALSE(fine.error);
  CHECK(fine.scores[0] == Approx(1e300));
  const RankingResult r = run(make_problem({{5e-320}, {1}}, {1}, {cost}), Method::wpm);
  REQUIRE(r.error);
  CHECK(*r.error == "scoring.out_of_range");
  CHECK(r.scores.empty());
  CHECK(r.provenance.method == "wpm");
}

TEST_CASE("one table of methods: words, direction and settings, read by files and scoring",
          "[mcda][methods]") {
  // The model's words are the table's, and each names its row's method.
  REQUIRE(rumbo::enum_keys<rumbo::RankingMethod>().size() == std::size(kMethods));
  for (const MethodInfo& info : kMethods) {
    INFO(info.key);
    CHECK(rumbo::to_key(info.model) == info.key);
    CHECK(method_from_key(info.key) == info.method);
    CHECK(rumbo::has_message("ranking_method." + std::string(info.key)));
  }
  CHECK_FALSE(method_from_key("promethee"));
  // Only VIKOR's Q is better when lower; rank() orders by the table.
  CHECK_FALSE(method_info(Method::vikor).higher_is_better);
  CHECK(better_is_higher(Method::vikor, 0.25) == 0.75);
  CHECK(better_is_higher(Method::wsm, 0.25) == 0.25);
  DecisionProblem problem;
  problem.alternatives = {"A", "B"};
  problem.criteria = {{"c", Direction::benefit, 1, {}}};
  problem.matrix = {1, 2};
  RankingOptions options;
  options.method = Method::vikor;
  const RankingResult vikor = rank(problem, options);
  REQUIRE_FALSE(vikor.error);
  CHECK(vikor.ranking.front() == 1);
  CHECK(vikor.scores[1] < vikor.scores[0]); // Q: lower first
}
