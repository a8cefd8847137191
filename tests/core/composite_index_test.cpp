#include "core/scoring/composite_index.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

using namespace rumbo::scoring;

namespace {

// Half a unit in the last printed digit (plus room for binary rounding).
constexpr double kTwoDecimals = 0.005 + 1e-9;
constexpr double kThreeDecimals = 0.0005 + 1e-9;

IndexIndicator indicator(std::string name, std::string group = "all", double weight = 1) {
  IndexIndicator result;
  result.name = std::move(name);
  result.group = std::move(group);
  result.weight = weight;
  return result;
}

IndexIndicator goalposts(std::string name, std::string group, double min, double max) {
  IndexIndicator result = indicator(std::move(name), std::move(group));
  result.min = min;
  result.max = max;
  return result;
}

std::vector<std::string> unit_names(std::size_t count) {
  std::vector<std::string> names;
  for (std::size_t u = 0; u < count; ++u)
    names.push_back("unit " + std::to_string(u + 1));
  return names;
}

IndexProblem problem_of(std::vector<std::string> units, std::vector<IndexIndicator> indicators,
                        const std::vector<std::vector<double>>& rows) {
  IndexProblem problem;
  problem.units = std::move(units);
  problem.indicators = std::move(indicators);
  for (const auto& row : rows)
    problem.values.emplace_back(row.begin(), row.end());
  return problem;
}

// One indicator over the units, each value a row.
IndexProblem column_problem(std::vector<std::string> units, const std::vector<double>& column,
                            Normalisation method) {
  std::vector<std::vector<double>> rows;
  for (double x : column)
    rows.push_back({x});
  IndexProblem problem = problem_of(std::move(units), {indicator("x")}, rows);
  problem.normalisation = method;
  return problem;
}

double normalised(const IndexResult& result, std::size_t unit, std::size_t indicator = 0) {
  REQUIRE(result.normalised[unit][indicator].has_value());
  return *result.normalised[unit][indicator];
}

// OECD/JRC Handbook on Constructing Composite Indicators (2008), Table 15
// "Examples of normalisation techniques using TAI data" (p. 87): mean years of
// school, age 15 and above, of the 23 TAI countries (also Table A.2, p. 152).
const std::vector<std::string> kTaiCountries = {
    "Finland", "United States", "Sweden",      "Japan",     "Korea",   "Netherlands",
    "UK",      "Canada",        "Australia",   "Singapore", "Germany", "Norway",
    "Ireland", "Belgium",       "New Zealand", "Austria",   "France",  "Israel",
    "Spain",   "Italy",         "Czech Rep.",  "Hungary",   "Slovenia"};
const std::vector<double> kTaiSchooling = {10,   12,  11.4, 9.5,  10.8, 9.4, 9.4,  11.6,
                                           10.9, 7.1, 10.2, 11.9, 9.4,  9.3, 11.7, 8.4,
                                           7.9,  9.6, 7.3,  7.2,  9.5,  9.1, 7.1};

} // namespace

TEST_CASE("min-max, z-score, rank and distance to the best reproduce the Handbook's Table 15",
          "[composite_index]") {
  const std::vector<double> zscore = {0.26,  1.52,  1.14,  -0.06, 0.76,  -0.12, -0.12, 1.27,
                                      0.83,  -1.58, 0.38,  1.46,  -0.12, -0.19, 1.33,  -0.76,
                                      -1.08, 0.00,  -1.46, -1.52, -0.06, -0.31, -1.58};
  const std::vector<double> minmax = {0.59, 1.00, 0.88, 0.49, 0.76, 0.47, 0.47, 0.92,
                                      0.78, 0.00, 0.63, 0.98, 0.47, 0.45, 0.94, 0.27,
                                      0.16, 0.51, 0.04, 0.02, 0.49, 0.41, 0.00};
  // "Distance to reference country, ratio, c = best": the target is the best value, 12 years.
  const std::vector<double> to_best = {0.83, 1.00, 0.95, 0.79, 0.90, 0.78, 0.78, 0.97,
                                       0.91, 0.59, 0.85, 0.99, 0.78, 0.78, 0.98, 0.70,
                                       0.66, 0.80, 0.61, 0.60, 0.79, 0.76, 0.59};
  // "Rank (high value = top in the list)" and "Percentile" = rank / 23.
  const std::vector<int> rank = {15, 23, 19, 12, 17, 9,  9, 20, 18, 1, 16, 22,
                                 9,  8,  21, 6,  5,  14, 4, 3,  12, 7, 1};
  const std::vector<double> percentile = {65.2, 100,  82.6, 52.2, 73.9, 39.1, 39.1, 87.0,
                                          78.3, 4.3,  69.6, 95.7, 39.1, 34.8, 91.3, 26.1,
                                          21.7, 60.9, 17.4, 13.0, 52.2, 30.4, 4.3};
  const std::size_t n = kTaiCountries.size();

  const IndexResult z =
      compute_index(column_problem(kTaiCountries, kTaiSchooling, Normalisation::zscore));
  const IndexResult m =
      compute_index(column_problem(kTaiCountries, kTaiSchooling, Normalisation::minmax));
  IndexProblem distance =
      column_problem(kTaiCountries, kTaiSchooling, Normalisation::distance_to_target);
  distance.indicators[0].target = 12;
  const IndexResult d = compute_index(distance);
  const IndexResult r =
      compute_index(column_problem(kTaiCountries, kTaiSchooling, Normalisation::rank));
  IndexProblem percent = column_problem(kTaiCountries, kTaiSchooling, Normalisation::rank);
  percent.scale = 100;
  const IndexResult p = compute_index(percent);
  for (const IndexResult* result : {&z, &m, &d, &r, &p})
    REQUIRE_FALSE(result->error);

  for (std::size_t u = 0; u < n; ++u) {
    INFO(kTaiCountries[u]);
    CHECK(normalised(z, u) == Approx(zscore[u]).margin(kTwoDecimals));
    CHECK(normalised(m, u) == Approx(minmax[u]).margin(kTwoDecimals));
    CHECK(normalised(d, u) == Approx(to_best[u]).margin(kTwoDecimals));
    CHECK(normalised(r, u) * static_cast<double>(n) == Approx(rank[u]));
    CHECK(normalised(p, u) == Approx(percentile[u]).margin(0.05 + 1e-9));
  }
}

// SciPy reference, scipy.stats.zscore, docstring example "using n-1 degrees of
// freedom (ddof=1)": each row of b standardised over its four entries, printed
// to 8 decimals. Here the rows are indicators and the columns units.
TEST_CASE("z-scores use the sample standard deviation, as in SciPy's ddof=1 example",
          "[composite_index]") {
  const std::vector<std::vector<double>> b = {{0.3148, 0.0478, 0.6243, 0.4608},
                                              {0.7149, 0.0775, 0.6072, 0.9656},
                                              {0.6341, 0.1403, 0.9759, 0.4064},
                                              {0.5918, 0.6948, 0.904, 0.3721},
                                              {0.0921, 0.2481, 0.1188, 0.1366}};
  const std::vector<std::vector<double>> expected = {
      {-0.19264823, -1.28415119, 1.07259584, 0.40420358},
      {0.33048416, -1.37380874, 0.04251374, 1.00081084},
      {0.26796377, -1.12598418, 1.23283094, -0.37481053},
      {-0.22095197, 0.24468594, 1.19042819, -1.21416216},
      {-0.82780366, 1.4457416, -0.43867764, -0.1792603}};
  std::vector<IndexIndicator> indicators;
  for (int q = 0; q < 5; ++q)
    indicators.push_back(indicator("b" + std::to_string(q)));
  std::vector<std::vector<double>> rows(4, std::vector<double>(5));
  for (std::size_t q = 0; q < 5; ++q)
    for (std::size_t u = 0; u < 4; ++u)
      rows[u][q] = b[q][u];
  IndexProblem problem = problem_of(unit_names(4), indicators, rows);
  problem.normalisation = Normalisation::zscore;
  const IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  for (std::size_t q = 0; q < 5; ++q)
    for (std::size_t u = 0; u < 4; ++u)
      CHECK(normalised(result, u, q) == Approx(expected[q][u]).margin(5e-9));
}

// Handbook (2008), Table 14 "Normalisation based on interval scales" (p. 83):
// each indicator divided by the leading country's value, then averaged with
// equal weights; printed to three decimals, in Celsius and in Fahrenheit.
TEST_CASE(
    "distance to the best performer with an equal-weight mean reproduces the Handbook's Table 14",
    "[composite_index]") {
  struct Year {
    double temperature_a, humidity_a, temperature_b, humidity_b, index_a, index_b;
  };
  const std::vector<Year> years = {{35, 75, 39, 50, 0.949, 0.833},      // 2003, Celsius
                                   {35.9, 70, 40, 45, 0.949, 0.821},    // 2004, Celsius
                                   {95, 75, 102.2, 50, 0.965, 0.833},   // 2003, Fahrenheit
                                   {96.62, 70, 104, 45, 0.965, 0.821}}; // 2004, Fahrenheit
  for (const Year& year : years) {
    IndexProblem problem =
        problem_of({"Country A", "Country B"}, {indicator("temperature"), indicator("humidity")},
                   {{year.temperature_a, year.humidity_a}, {year.temperature_b, year.humidity_b}});
    problem.normalisation = Normalisation::distance_to_target;
    problem.indicators[0].target = std::max(year.temperature_a, year.temperature_b);
    problem.indicators[1].target = std::max(year.humidity_a, year.humidity_b);
    const IndexResult result = compute_index(problem);
    REQUIRE_FALSE(result.error);
    CHECK(result.index[0] == Approx(year.index_a).margin(kThreeDecimals));
    CHECK(result.index[1] == Approx(year.index_b).margin(kThreeDecimals));
  }
}

// Boston University, "Make Your Own Index" (humandevelopment.bu.edu/Make_index):
// indicators on 0-100 as (x - min) / (max - min) × 100; oil reserves of Greece,
// US$412.39 million, with a world minimum of 0 and maximum of 1,094,193, give
// 0.037689.
TEST_CASE("min-max on the 100 scale reproduces Boston University's oil-reserves example",
          "[composite_index]") {
  IndexProblem problem = column_problem({"lowest reserves", "Greece", "highest reserves"},
                                        {0, 412.39, 1094193}, Normalisation::minmax);
  problem.scale = 100;
  const IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  CHECK(normalised(result, 1) == Approx(0.037689).margin(5e-7));
  CHECK(normalised(result, 0) == 0);
  CHECK(normalised(result, 2) == 100);
}

// UNDP, Human Development Report 2020, Technical notes, technical note 1: the
// income index of GNI per capita 3,829 (2017 PPP $) with goalposts 100 and
// 75,000 on logarithms is 0.5506, and the HDI = (0.6971 · 0.3447 · 0.5506)^(1/3)
// = 0.510.
TEST_CASE("goalposts on logarithms and the geometric mean reproduce the HDR 2020 technical note",
          "[composite_index]") {
  IndexProblem income =
      problem_of({"example"}, {goalposts("GNI per capita", "income", 100, 75000)}, {{3829}});
  income.normalisation = Normalisation::goalposts;
  income.indicators[0].transform = Transform::log;
  const IndexResult income_index = compute_index(income);
  REQUIRE_FALSE(income_index.error);
  CHECK(normalised(income_index, 0) == Approx(0.5506).margin(0.00005 + 1e-9));

  IndexProblem hdi = problem_of({"example"},
                                {goalposts("health index", "health", 0, 1),
                                 goalposts("education index", "education", 0, 1),
                                 goalposts("income index", "income", 0, 1)},
                                {{0.6971, 0.3447, 0.5506}});
  hdi.normalisation = Normalisation::goalposts;
  hdi.aggregation.across = Aggregation::geometric;
  const IndexResult result = compute_index(hdi);
  REQUIRE_FALSE(result.error);
  CHECK(result.index[0] == Approx(0.510).margin(kThreeDecimals));
}

// UNDP, Human Development Report 2015, Table 1 "Human Development Index and its
// components" (2014 values, GNI in 2011 PPP $), with that year's goalposts: life
// expectancy 20-85, expected schooling 0-18, mean schooling 0-15, GNI 100-75,000
// on logarithms; education is the mean of its two indices and the HDI the
// geometric mean of the three dimensions. The table prints its inputs to one
// decimal (a 0.05-year rounding of life expectancy alone moves the health index
// by 0.0008), so the HDI is checked to within one unit of its third decimal.
// Australia and New Zealand exceed 18 expected years, Singapore and
// Liechtenstein 75,000 GNI: both are capped at the goalpost.
TEST_CASE("the full HDI pipeline reproduces the HDR 2015 Table 1", "[composite_index]") {
  struct Country {
    const char* name;
    double hdi, life, expected, mean, gni;
  };
  const std::vector<Country> table = {{"Norway", 0.944, 81.6, 17.5, 12.6, 64992},
                                      {"Australia", 0.935, 82.4, 20.2, 13.0, 42261},
                                      {"Switzerland", 0.930, 83.0, 15.8, 12.8, 56431},
                                      {"Denmark", 0.923, 80.2, 18.7, 12.7, 44025},
                                      {"Netherlands", 0.922, 81.6, 17.9, 11.9, 45435},
                                      {"Germany", 0.916, 80.9, 16.5, 13.1, 43919},
                                      {"Ireland", 0.916, 80.9, 18.6, 12.2, 39568},
                                      {"United States", 0.915, 79.1, 16.5, 12.9, 52947},
                                      {"Canada", 0.913, 82.0, 15.9, 13.0, 42155},
                                      {"New Zealand", 0.913, 81.8, 19.2, 12.5, 32689},
                                      {"Singapore", 0.912, 83.0, 15.4, 10.6, 76628},
                                      {"Hong Kong", 0.910, 84.0, 15.6, 11.2, 53959},
                                      {"Liechtenstein", 0.908, 80.0, 15.0, 11.8, 79851},
                                      {"Sweden", 0.907, 82.2, 15.8, 12.1, 45636},
                                      {"United Kingdom", 0.907, 80.7, 16.2, 13.1, 39267},
                                      {"Iceland", 0.899, 82.6, 19.0, 10.6, 35182},
                                      {"Korea", 0.898, 81.9, 16.9, 11.9, 33890},
                                      {"Israel", 0.894, 82.4, 16.0, 12.5, 30676},
                                      {"Luxembourg", 0.892, 81.7, 13.9, 11.7, 58711},
                                      {"Japan", 0.891, 83.5, 15.3, 11.5, 36927},
                                      {"Belgium", 0.890, 80.8, 16.3, 11.3, 41187},
                                      {"France", 0.888, 82.2, 16.0, 11.1, 38056},
                                      {"Austria", 0.885, 81.4, 15.7, 10.8, 43869},
                                      {"Finland", 0.883, 80.8, 17.1, 10.3, 38695}};
  IndexProblem problem;
  problem.indicators = {goalposts("life expectancy", "health", 20, 85),
                        goalposts("expected years of schooling", "education", 0, 18),
                        goalposts("mean years of schooling", "education", 0, 15),
                        goalposts("GNI per capita", "income", 100, 75000)};
  problem.indicators[3].transform = Transform::log;
  for (const Country& country : table) {
    problem.units.push_back(country.name);
    problem.values.push_back({country.life, country.expected, country.mean, country.gni});
  }
  problem.normalisation = Normalisation::goalposts;
  problem.aggregation = {Aggregation::arithmetic, Aggregation::geometric};
  const IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  for (std::size_t u = 0; u < table.size(); ++u) {
    INFO(table[u].name);
    CHECK(result.index[u] == Approx(table[u].hdi).margin(0.001 + 1e-9));
  }
  CHECK(normalised(result, 1, 1) == 1);  // Australia's 20.2 expected years
  CHECK(normalised(result, 10, 3) == 1); // Singapore's 76,628 GNI
  CHECK(result.groups.size() == 3);
  CHECK(result.groups[1].name == "education");
}

// Handbook (2008), Tables 31-33 (Fishburn's example of the Borda rule, p. 109):
// three indicators rank c > b > a > d, two b > a > d > c, two a > d > c > b; the
// Borda scores are a = 13, b = 12, c = 11, d = 6, and without d a = 6, b = 7,
// c = 8. A percentile rank is (1 + units below) / n = (Borda points + 1) / n,
// so the equal-weight mean of percentile ranks is (Borda / 7 + 1) / n.
TEST_CASE("percentile ranks with an arithmetic mean reproduce the Handbook's Borda example",
          "[composite_index]") {
  // Points by position: the first of four gets 4, the last 1.
  const std::vector<std::vector<double>> with_d = {
      {2, 2, 2, 3, 3, 4, 4}, {3, 3, 3, 4, 4, 1, 1}, {4, 4, 4, 1, 1, 2, 2}, {1, 1, 1, 2, 2, 3, 3}};
  std::vector<IndexIndicator> indicators;
  for (int q = 0; q < 7; ++q)
    indicators.push_back(indicator("indicator " + std::to_string(q + 1)));
  IndexProblem four = problem_of({"a", "b", "c", "d"}, indicators, with_d);
  four.normalisation = Normalisation::rank;
  const IndexResult result = compute_index(four);
  REQUIRE_FALSE(result.error);
  const std::vector<double> borda = {13, 12, 11, 6};
  for (std::size_t u = 0; u < 4; ++u)
    CHECK(result.index[u] == Approx((borda[u] / 7 + 1) / 4));
  CHECK(result.ranks == std::vector<int>{1, 2, 3, 4});

  IndexProblem three = four;
  three.units.pop_back();
  three.values.pop_back();
  const IndexResult without_d = compute_index(three);
  REQUIRE_FALSE(without_d.error);
  const std::vector<double> borda_without_d = {6, 7, 8};
  for (std::size_t u = 0; u < 3; ++u)
    CHECK(without_d.index[u] == Approx((borda_without_d[u] / 7 + 1) / 3));
  CHECK(without_d.ranks == std::vector<int>{3, 2, 1}); // the reversal the Handbook warns of
}

// Handbook (2008), Table 34 "An unsolvable ranking problem" (p. 112): indicators
// ranking a > b > c, c > a > b and b > c > a give every country the Borda score
// 3 - no selection is possible. Tied units share the best rank.
TEST_CASE("the Condorcet paradox ties every unit, and ties share the best rank",
          "[composite_index]") {
  IndexProblem problem =
      problem_of({"a", "b", "c"}, {indicator("first"), indicator("second"), indicator("third")},
                 {{3, 2, 1}, {2, 1, 3}, {1, 3, 2}});
  problem.normalisation = Normalisation::rank;
  const IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  for (double value : result.index)
    CHECK(value == Approx((3.0 / 3 + 1) / 3));
  CHECK(result.ranks == std::vector<int>{1, 1, 1});
}

TEST_CASE("ties share the best rank and the next rank skips", "[composite_index]") {
  const IndexResult result =
      compute_index(column_problem(unit_names(5), {5, 9, 5, 9, 1}, Normalisation::minmax));
  REQUIRE_FALSE(result.error);
  CHECK(result.ranks == std::vector<int>{3, 1, 3, 1, 5});
}

TEST_CASE("weights are normalised within each group and groups weigh equally unless given",
          "[composite_index]") {
  IndexProblem problem = problem_of(
      unit_names(3),
      {indicator("a", "connectivity", 2), indicator("b", "connectivity", 6),
       indicator("c", "talent", 5), indicator("d", "economy", 0.3), indicator("e", "economy", 0.7)},
      {{1, 2, 3, 4, 5}, {2, 3, 1, 5, 4}, {3, 1, 2, 4, 4}});
  IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  CHECK(result.weights[0] == Approx(0.25));
  CHECK(result.weights[1] == Approx(0.75));
  CHECK(result.weights[2] == Approx(1));
  CHECK(result.weights[3] + result.weights[4] == Approx(1));
  double sum = 0;
  for (const SubIndex& group : result.groups) {
    CHECK(group.weight == Approx(1.0 / 3));
    sum += group.weight;
  }
  CHECK(sum == Approx(1));

  problem.group_weights = {{"talent", 2}, {"economy", 1}, {"connectivity", 1}};
  result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  CHECK(result.groups[0].weight == Approx(0.25));
  CHECK(result.groups[1].weight == Approx(0.5));
  // Arithmetic everywhere: the index is the weighted mean of the group scores.
  for (std::size_t u = 0; u < 3; ++u) {
    double expected = 0;
    for (const SubIndex& group : result.groups)
      expected += group.weight * *group.scores[u];
    CHECK(result.index[u] == Approx(expected));
  }
}

TEST_CASE("every unit gets a rank in every group", "[composite_index]") {
  IndexProblem problem =
      problem_of({"Aurelia", "Bellavista", "Costa", "Dorado", "Esmeralda", "Floresta"},
                 {indicator("flights", "connectivity"), indicator("ports", "connectivity"),
                  indicator("universities", "talent")},
                 {{10, 2, 5}, {30, 4, 1}, {20, 3, 2}, {50, 5, 3}, {40, 1, 4}, {60, 6, 6}});
  const IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  const SubIndex& connectivity = result.groups[0];
  REQUIRE(connectivity.name == "connectivity");
  // Min-max means: Floresta 1, Dorado 0.8, Bellavista 0.5, Costa and Esmeralda 0.3, Aurelia 0.1.
  CHECK(*connectivity.ranks[0] == 6);
  CHECK(*connectivity.ranks[1] == 3);
  CHECK(*connectivity.ranks[2] == 4);
  CHECK(*connectivity.ranks[4] == 4);
  CHECK(*connectivity.ranks[3] == 2);
  CHECK(*connectivity.ranks[5] == 1);
  CHECK(*result.groups[1].ranks[0] == 2);
}

TEST_CASE("lower_is_better reverses the order under every normalisation", "[composite_index]") {
  const std::vector<double> values = {12, 3, 7.5, 20, 9};
  for (Normalisation method :
       {Normalisation::minmax, Normalisation::zscore, Normalisation::goalposts,
        Normalisation::distance_to_target, Normalisation::rank}) {
    INFO(static_cast<int>(method));
    IndexProblem problem = column_problem(unit_names(values.size()), values, method);
    problem.indicators[0].min = 0;
    problem.indicators[0].max = 25;
    problem.indicators[0].target = 25; // values beyond the target would all be capped at 1
    const IndexResult higher = compute_index(problem);
    problem.indicators[0].direction = Direction::cost;
    problem.indicators[0].target = 2;
    const IndexResult lower = compute_index(problem);
    REQUIRE_FALSE(higher.error);
    REQUIRE_FALSE(lower.error);
    for (std::size_t a = 0; a < values.size(); ++a)
      for (std::size_t b = 0; b < values.size(); ++b)
        if (values[a] < values[b]) {
          CHECK(normalised(higher, a) <= normalised(higher, b));
          CHECK(normalised(lower, a) >= normalised(lower, b));
        }
    CHECK(higher.ranks == std::vector<int>{2, 5, 4, 1, 3});
    CHECK(lower.ranks == std::vector<int>{4, 1, 2, 5, 3});
  }
}

TEST_CASE("permuting the units permutes every result", "[composite_index]") {
  IndexProblem problem = problem_of(
      unit_names(5), {indicator("a", "one"), indicator("b", "one"), indicator("c", "two")},
      {{1, 8, 3}, {4, 2, 6}, {9, 5, 1}, {2, 7, 7}, {6, 3, 2}});
  problem.values[2][1] = std::nullopt;
  const std::vector<std::size_t> permutation = {3, 0, 4, 2, 1};
  IndexProblem permuted = problem;
  for (std::size_t i = 0; i < permutation.size(); ++i) {
    permuted.units[i] = problem.units[permutation[i]];
    permuted.values[i] = problem.values[permutation[i]];
  }
  for (Normalisation method : {Normalisation::minmax, Normalisation::zscore, Normalisation::rank}) {
    problem.normalisation = permuted.normalisation = method;
    const IndexResult original = compute_index(problem);
    const IndexResult moved = compute_index(permuted);
    REQUIRE_FALSE(original.error);
    REQUIRE_FALSE(moved.error);
    for (std::size_t i = 0; i < permutation.size(); ++i) {
      const std::size_t from = permutation[i];
      CHECK(moved.index[i] == Approx(original.index[from]));
      CHECK(moved.ranks[i] == original.ranks[from]);
      CHECK(moved.normalised[i] == original.normalised[from]);
      for (std::size_t g = 0; g < original.groups.size(); ++g)
        CHECK(moved.groups[g].ranks[i] == original.groups[g].ranks[from]);
    }
  }
}

TEST_CASE("missing values are left out and re-weighted, or imputed by the mean or median",
          "[composite_index]") {
  IndexProblem problem =
      problem_of(unit_names(4), {indicator("a", "g"), indicator("b", "g"), indicator("c", "h")},
                 {{1, 10, 5}, {2, 20, 6}, {10, 30, 7}, {0, 40, 8}});
  problem.values[3][0] = std::nullopt;
  problem.values[1][2] = std::nullopt;

  IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  CHECK(result.provenance.missing == 2);
  CHECK(result.provenance.imputed == 0);
  CHECK_FALSE(result.normalised[3][0].has_value());
  // Unit 4 has only b in group g: its sub-index is b's min-max value, 1.
  CHECK(*result.groups[0].scores[3] == Approx(1));
  // Unit 2 has nothing in group h: its index is its group g score alone.
  CHECK_FALSE(result.groups[1].scores[1].has_value());
  CHECK_FALSE(result.groups[1].ranks[1].has_value());
  CHECK(result.index[1] == Approx(*result.groups[0].scores[1]));

  problem.missing = MissingPolicy::mean;
  result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  CHECK(result.provenance.missing == 2);
  CHECK(result.provenance.imputed == 2);
  // Mean of 1, 2 and 10 is 13/3: min-max (13/3 - 1) / 9 = 10/27.
  CHECK(normalised(result, 3, 0) == Approx(10.0 / 27));
  CHECK(normalised(result, 1, 2) == Approx((20.0 / 3 - 5) / 3));

  problem.missing = MissingPolicy::median;
  result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  CHECK(result.provenance.imputed == 2);
  CHECK(normalised(result, 3, 0) == Approx(1.0 / 9)); // the median of 1, 2, 10 is 2
  CHECK(normalised(result, 1, 2) == Approx(2.0 / 3)); // the median of 5, 7, 8 is 7
}

TEST_CASE("min-max followed by a geometric mean never yields zero and says why",
          "[composite_index]") {
  IndexProblem problem =
      problem_of(unit_names(3), {indicator("a", "g"), indicator("b", "g"), indicator("c", "h")},
                 {{0, 5, 1}, {10, 0, 2}, {5, 10, 0}});
  for (AggregationChoice choice :
       {AggregationChoice{Aggregation::geometric, Aggregation::arithmetic},
        AggregationChoice{Aggregation::arithmetic, Aggregation::geometric},
        AggregationChoice{Aggregation::geometric, Aggregation::geometric}}) {
    problem.aggregation = choice;
    for (double scale : {1.0, 100.0}) {
      problem.scale = scale;
      const IndexResult result = compute_index(problem);
      REQUIRE_FALSE(result.error);
      for (double value : result.index)
        CHECK(value > 0);
      CHECK(normalised(result, 0, 0) == Approx(0.01 * scale)); // 1 on the 1-100 scale
      CHECK(normalised(result, 1, 0) == Approx(scale));
      REQUIRE(result.notices.size() == 1);
      CHECK(result.notices[0].key == kMinmaxRescaledNotice);
    }
  }
  problem.aggregation = {};
  problem.scale = 1;
  const IndexResult arithmetic = compute_index(problem);
  CHECK(arithmetic.notices.empty());
  CHECK(normalised(arithmetic, 0, 0) == 0);
}

TEST_CASE("geometric aggregation of z-scores is refused", "[composite_index]") {
  IndexProblem problem = column_problem(unit_names(3), {1, 2, 3}, Normalisation::zscore);
  problem.aggregation.across = Aggregation::geometric;
  const IndexResult result = compute_index(problem);
  REQUIRE(result.error);
  CHECK(result.error->key == "index.zscore_geometric");
  CHECK(result.index.empty());
}

TEST_CASE("maturity levels 0-4 are goalposts 0 and 4", "[composite_index]") {
  IndexProblem problem = column_problem(unit_names(5), {0, 1, 2, 3, 4}, Normalisation::goalposts);
  problem.indicators[0].min = 0;
  problem.indicators[0].max = 4;
  problem.scale = 100;
  const IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  for (std::size_t u = 0; u < 5; ++u)
    CHECK(normalised(result, u) == Approx(25.0 * static_cast<double>(u)));
}

TEST_CASE("a constant indicator is reported and separates nobody", "[composite_index]") {
  IndexProblem problem =
      problem_of(unit_names(3), {indicator("flat"), indicator("varied")}, {{7, 1}, {7, 3}, {7, 2}});
  const IndexResult result = compute_index(problem);
  REQUIRE_FALSE(result.error);
  REQUIRE(result.notices.size() == 1);
  CHECK(result.notices[0].key == kConstantIndicatorNotice);
  CHECK(result.notices[0].args == std::vector<std::string>{"flat"});
  CHECK(result.ranks == std::vector<int>{3, 1, 2});
}

TEST_CASE("invalid problems get an error key naming what is wrong, never a crash",
          "[composite_index]") {
  const IndexProblem good = problem_of(unit_names(3), {indicator("a", "g"), indicator("b", "h")},
                                       {{1, 2}, {3, 4}, {5, 6}});
  struct Case {
    const char* what;
    void (*change)(IndexProblem&);
    const char* key;
    std::vector<std::string> args;
  };
  const std::vector<Case> cases = {
      {"no units", [](IndexProblem& p) { p.units.clear(); }, "index.no_units", {}},
      {"no indicators", [](IndexProblem& p) { p.indicators.clear(); }, "index.no_indicators", {}},
      {"scale 10", [](IndexProblem& p) { p.scale = 10; }, "index.bad_scale", {}},
      {"repeated unit",
       [](IndexProblem& p) { p.units[2] = "unit 1"; },
       "index.duplicate_unit",
       {"unit 1"}},
      {"repeated indicator",
       [](IndexProblem& p) { p.indicators[1].name = "a"; },
       "index.duplicate_indicator",
       {"a"}},
      {"row missing",
       [](IndexProblem& p) { p.values.pop_back(); },
       "index.bad_row_count",
       {"3", "2"}},
      {"short row",
       [](IndexProblem& p) { p.values[1].pop_back(); },
       "index.bad_row_length",
       {"unit 2", "2", "1"}},
      {"infinite value",
       [](IndexProblem& p) { p.values[0][1] = INFINITY; },
       "index.not_finite",
       {"unit 1", "b"}},
      {"NaN value",
       [](IndexProblem& p) { p.values[2][0] = NAN; },
       "index.not_finite",
       {"unit 3", "a"}},
      {"absurdly large value",
       [](IndexProblem& p) { p.values[1][1] = -1e200; },
       "index.out_of_range",
       {"unit 2", "b"}},
      {"negative weight",
       [](IndexProblem& p) { p.indicators[0].weight = -1; },
       "index.bad_weight",
       {"a"}},
      {"NaN weight",
       [](IndexProblem& p) { p.indicators[1].weight = NAN; },
       "index.bad_weight",
       {"b"}},
      {"zero weights in a group",
       [](IndexProblem& p) { p.indicators[1].weight = 0; },
       "index.zero_weights",
       {"h"}},
      {"unknown group weight",
       [](IndexProblem& p) {
         p.group_weights = {{"g", 1}, {"h", 1}, {"x", 1}};
       },
       "index.unknown_group",
       {"x"}},
      {"negative group weight",
       [](IndexProblem& p) {
         p.group_weights = {{"g", 1}, {"h", -1}};
       },
       "index.bad_group_weight",
       {"h"}},
      {"group weight given twice",
       [](IndexProblem& p) {
         p.group_weights = {{"g", 1}, {"g", 2}, {"h", 1}};
       },
       "index.duplicate_group",
       {"g"}},
      {"group weight missing",
       [](IndexProblem& p) {
         p.group_weights = {{"g", 1}};
       },
       "index.missing_group_weight",
       {"h"}},
      {"group weights zero",
       [](IndexProblem& p) {
         p.group_weights = {{"g", 0}, {"h", 0}};
       },
       "index.zero_group_weights",
       {}},
      {"log of zero",
       [](IndexProblem& p) {
         p.indicators[0].transform = Transform::log;
         p.values[1][0] = 0;
       },
       "index.log_needs_positive",
       {"a"}},
      {"goalposts missing",
       [](IndexProblem& p) { p.normalisation = Normalisation::goalposts; },
       "index.bad_goalposts",
       {"a"}},
      {"goalposts reversed",
       [](IndexProblem& p) {
         p.normalisation = Normalisation::goalposts;
         for (auto& i : p.indicators)
           i.min = 10, i.max = 10;
       },
       "index.bad_goalposts",
       {"a"}},
      {"log goalpost at zero",
       [](IndexProblem& p) {
         p.normalisation = Normalisation::goalposts;
         for (auto& i : p.indicators)
           i.min = 0, i.max = 10, i.transform = Transform::log;
       },
       "index.log_needs_positive",
       {"a"}},
      {"target missing",
       [](IndexProblem& p) { p.normalisation = Normalisation::distance_to_target; },
       "index.missing_target",
       {"a"}},
      {"target zero",
       [](IndexProblem& p) {
         p.normalisation = Normalisation::distance_to_target;
         for (auto& i : p.indicators)
           i.target = 0;
       },
       "index.bad_target",
       {"a"}},
      {"indicator without values",
       [](IndexProblem& p) {
         for (auto& row : p.values)
           row[1] = std::nullopt;
       },
       "index.indicator_without_values",
       {"b"}},
      {"unit without values",
       [](IndexProblem& p) {
         p.values[1] = {std::nullopt, std::nullopt};
       },
       "index.unit_without_values",
       {"unit 2"}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    IndexProblem problem = good;
    c.change(problem);
    const IndexResult result = compute_index(problem);
    REQUIRE(result.error);
    CHECK(result.error->key == c.key);
    CHECK(result.error->args == c.args);
    CHECK(result.index.empty());
    const UncertaintyResult uncertainty = analyse_uncertainty(problem, {});
    REQUIRE(uncertainty.error);
    CHECK(uncertainty.error->key == c.key);
  }
  IndexProblem huge = good;
  huge.units = unit_names(10001);
  CHECK(compute_index(huge).error->key == "index.too_many_units");
}

TEST_CASE("the largest accepted magnitudes still give finite results", "[composite_index]") {
  for (Normalisation method : {Normalisation::minmax, Normalisation::zscore, Normalisation::rank}) {
    const IndexResult result =
        compute_index(column_problem(unit_names(3), {-1e100, 0, 1e100}, method));
    REQUIRE_FALSE(result.error);
    for (double value : result.index)
      CHECK(std::isfinite(value));
  }
}

TEST_CASE("results are finite for every method, aggregation and missing policy",
          "[composite_index]") {
  IndexProblem problem =
      problem_of(unit_names(4), {indicator("a", "g"), indicator("b", "g"), indicator("c", "h")},
                 {{1, 0, 3}, {1, 5, 3}, {1, 9, 3}, {1, 2, 0}});
  problem.values[0][1] = std::nullopt;
  for (auto& i : problem.indicators)
    i.min = 0, i.max = 10, i.target = 5;
  for (Normalisation method :
       {Normalisation::minmax, Normalisation::zscore, Normalisation::goalposts,
        Normalisation::distance_to_target, Normalisation::rank})
    for (Aggregation within : {Aggregation::arithmetic, Aggregation::geometric})
      for (Aggregation across : {Aggregation::arithmetic, Aggregation::geometric})
        for (MissingPolicy missing :
             {MissingPolicy::exclude, MissingPolicy::mean, MissingPolicy::median}) {
          problem.normalisation = method;
          problem.aggregation = {within, across};
          problem.missing = missing;
          const IndexResult result = compute_index(problem);
          if (method == Normalisation::zscore &&
              (within == Aggregation::geometric || across == Aggregation::geometric)) {
            CHECK(result.error);
            continue;
          }
          REQUIRE_FALSE(result.error);
          for (double value : result.index)
            CHECK(std::isfinite(value));
          for (const auto& group : result.groups)
            for (const auto& score : group.scores)
              if (score) CHECK(std::isfinite(*score));
        }
}

TEST_CASE("uncertainty with no spread and one model gives the deterministic rank, interval zero",
          "[composite_index]") {
  IndexProblem problem =
      problem_of(unit_names(6), {indicator("a", "g"), indicator("b", "g"), indicator("c", "h")},
                 {{1, 8, 3}, {4, 2, 6}, {9, 5, 1}, {2, 7, 7}, {6, 3, 2}, {4, 2, 6}});
  problem.aggregation = {Aggregation::geometric, Aggregation::geometric};
  const IndexResult deterministic = compute_index(problem);
  REQUIRE_FALSE(deterministic.error);
  UncertaintyOptions options;
  options.samples = 200;
  options.seed = 7;
  const UncertaintyResult result = analyse_uncertainty(problem, options);
  REQUIRE_FALSE(result.error);
  for (std::size_t u = 0; u < 6; ++u) {
    CHECK(result.median_rank[u] == deterministic.ranks[u]);
    CHECK(result.low_rank[u] == deterministic.ranks[u]);
    CHECK(result.high_rank[u] == deterministic.ranks[u]);
    CHECK(result.share_first[u] == (deterministic.ranks[u] == 1 ? 1.0 : 0.0));
  }
  CHECK(deterministic.ranks[1] == deterministic.ranks[5]); // identical rows tie in every sample
  CHECK(result.provenance.samples == 200);
  CHECK(result.provenance.seed == 7);
}

TEST_CASE("uncertainty is deterministic for a seed and varies with it", "[composite_index]") {
  IndexProblem problem = problem_of(unit_names(8),
                                    {indicator("a", "g"), indicator("b", "g"), indicator("c", "h"),
                                     indicator("d", "h"), indicator("e", "i")},
                                    {{1, 8, 3, 4, 2},
                                     {4, 2, 6, 5, 3},
                                     {9, 5, 1, 2, 8},
                                     {2, 7, 7, 6, 1},
                                     {6, 3, 2, 9, 5},
                                     {5, 5, 5, 5, 5},
                                     {3, 9, 4, 1, 7},
                                     {7, 1, 8, 3, 4}});
  for (auto& i : problem.indicators)
    i.min = 0, i.max = 10;
  UncertaintyOptions options;
  options.normalisations = {Normalisation::minmax, Normalisation::zscore, Normalisation::rank,
                            Normalisation::goalposts};
  options.aggregations = {{Aggregation::arithmetic, Aggregation::arithmetic},
                          {Aggregation::geometric, Aggregation::geometric}};
  options.weight_spread = 0.5;
  options.samples = 2000;
  options.seed = 42;
  const UncertaintyResult first = analyse_uncertainty(problem, options);
  const UncertaintyResult again = analyse_uncertainty(problem, options);
  options.seed = 43;
  const UncertaintyResult other = analyse_uncertainty(problem, options);
  REQUIRE_FALSE(first.error);
  REQUIRE_FALSE(other.error);
  CHECK(first.mean_rank == again.mean_rank);
  CHECK(first.median_rank == again.median_rank);
  CHECK(first.low_rank == again.low_rank);
  CHECK(first.high_rank == again.high_rank);
  CHECK(first.share_first == again.share_first);
  CHECK(first.mean_rank != other.mean_rank);
  double share = 0;
  for (std::size_t u = 0; u < 8; ++u) {
    CHECK(first.low_rank[u] <= first.median_rank[u]);
    CHECK(first.median_rank[u] <= first.high_rank[u]);
    CHECK(first.low_rank[u] >= 1);
    CHECK(first.high_rank[u] <= 8);
    share += first.share_first[u];
  }
  CHECK(share >= 1.0); // every sample has a first; ties count for each tied unit
  CHECK(first.low_rank != first.high_rank); // the choices do move some ranks
}

TEST_CASE("uncertainty never aggregates z-scores geometrically and checks its options",
          "[composite_index]") {
  IndexProblem problem = column_problem(unit_names(4), {1, 3, 2, 5}, Normalisation::zscore);
  UncertaintyOptions options;
  options.samples = 100;
  options.normalisations = {Normalisation::zscore};
  options.aggregations = {{Aggregation::geometric, Aggregation::geometric}};
  UncertaintyResult result = analyse_uncertainty(problem, options);
  REQUIRE(result.error);
  CHECK(result.error->key == "index.no_model_choices");

  options.normalisations = {Normalisation::zscore, Normalisation::minmax};
  result = analyse_uncertainty(problem, options);
  REQUIRE_FALSE(result.error);
  CHECK(result.median_rank == std::vector<int>{4, 2, 3, 1});

  options.samples = 0;
  CHECK(analyse_uncertainty(problem, options).error->key == "index.bad_samples");
  options.samples = 100;
  options.weight_spread = 1.5;
  CHECK(analyse_uncertainty(problem, options).error->key == "index.bad_weight_spread");
  options.weight_spread = NAN;
  CHECK(analyse_uncertainty(problem, options).error->key == "index.bad_weight_spread");
  options.weight_spread = 0.2;
  options.normalisations = {Normalisation::goalposts};
  CHECK(analyse_uncertainty(problem, options).error->key == "index.bad_goalposts");
}

TEST_CASE("the rank interval spans the ranks a unit holds across the drawn models",
          "[composite_index]") {
  // Min-max values: A (1, 0.05), B (0.5, 0.5), C (0, 0), D (0, 1). The arithmetic
  // mean puts A first (0.525) and B, D tied second (0.5); the geometric mean of
  // the values rescaled to [0.01, 1] puts B first (0.505), then A (0.244), D (0.1)
  // and C (0.01). Each mean is drawn in about half of the samples.
  IndexProblem problem = problem_of({"A", "B", "C", "D"}, {indicator("x"), indicator("y")},
                                    {{10, 1}, {5, 10}, {0, 0}, {0, 20}});
  UncertaintyOptions options;
  options.aggregations = {{Aggregation::arithmetic, Aggregation::arithmetic},
                          {Aggregation::geometric, Aggregation::geometric}};
  options.samples = 1000;
  const UncertaintyResult result = analyse_uncertainty(problem, options);
  REQUIRE_FALSE(result.error);
  CHECK(result.low_rank == std::vector<int>{1, 1, 4, 2});
  CHECK(result.high_rank == std::vector<int>{2, 2, 4, 3});
  CHECK(result.share_first[0] + result.share_first[1] == Approx(1));
  CHECK(result.share_first[0] > 0.4);
  CHECK(result.share_first[0] < 0.6);
  CHECK(result.share_first[2] == 0);
  CHECK(result.mean_rank[2] == 4);
}
