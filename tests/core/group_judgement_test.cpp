#include "core/scoring/group_judgement.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

using namespace rumbo::scoring;

namespace {

Approx printed(double value, int decimals) {
  return Approx(value).margin(0.5 * std::pow(10.0, -decimals) + 1e-12).epsilon(0);
}

ParticipantTable table(const std::vector<std::vector<double>>& rows) {
  TableBuild build = table_from_rows(rows);
  REQUIRE_FALSE(build.error);
  return build.table;
}

ParticipantTable transposed(const std::vector<std::vector<double>>& columns) {
  std::vector<std::vector<double>> rows(columns.front().size(),
                                        std::vector<double>(columns.size()));
  for (std::size_t c = 0; c < columns.size(); ++c)
    for (std::size_t r = 0; r < columns[c].size(); ++r)
      rows[r][c] = columns[c][r];
  return table(rows);
}

// R package irr's `anxiety` data: 20 subjects (rows) rated 1-6 by 3 raters.
const std::vector<std::vector<double>> kAnxiety{
    {3, 3, 2}, {3, 6, 1}, {3, 4, 4}, {4, 6, 4}, {5, 2, 3}, {5, 4, 2}, {2, 2, 1},
    {3, 4, 6}, {5, 3, 1}, {2, 3, 1}, {2, 2, 1}, {6, 3, 2}, {1, 3, 3}, {5, 3, 3},
    {2, 2, 1}, {2, 2, 1}, {1, 1, 3}, {2, 3, 3}, {4, 3, 2}, {3, 4, 2}};

// Five raters' ranks of 12 items (rater 2 tied items 3 and 11), from Iris
// Kemp's irr "Scorecard Example" (GitHub imkemp/scorecardIRR,
// ScorecardExample.md, 2016). Rows are raters.
const std::vector<std::vector<double>> kScorecard{{4, 3, 1, 5, 6, 9, 8, 2, 7, 11, 10, 12},
                                                  {1, 2, 6, 3, 5, 4, 8, 9, 10, 11, 6, 12},
                                                  {1, 2, 6, 3, 4, 5, 8, 7, 10, 9, 11, 12},
                                                  {2, 3, 5, 6, 7, 1, 4, 10, 8, 9, 11, 12},
                                                  {1, 6, 2, 5, 3, 8, 4, 9, 7, 10, 11, 12}};

} // namespace

TEST_CASE("Kendall's W with ties reproduces irr's anxiety example", "[group]") {
  // irr::kendall(anxiety, correct = TRUE): Wt = 0.54, Chisq(19) = 30.8,
  // p = 0.0429, as asserted in sophiedkk/pyirr tests/test_kendall.py, a
  // line-for-line port of irr (Gamer, Lemon, Fellows & Singh).
  const Concordance c = kendall_w(transposed(kAnxiety));
  REQUIRE_FALSE(c.error);
  CHECK(c.w == printed(0.54, 2));
  CHECK(c.chi_square == printed(30.8, 1));
  CHECK(c.degrees_of_freedom == 19);
  CHECK(c.p_value == printed(0.0429, 4));
  CHECK(c.w_uncorrected < c.w);
  CHECK(c.provenance.method == "kendall_w");
}

TEST_CASE("Kendall's W and Spearman's rho reproduce irr's scorecard example", "[group]") {
  // kendall(scorecard, correct = TRUE): Wt = 0.735, Chisq(11) = 40.5,
  // p-value = 2.99e-05; raters 2 and 3 correlate most (0.89); meanrho 0.692
  // (irr's meanrho averages Spearman's rho through Fisher's z by default).
  const ParticipantTable t = table(kScorecard);
  const Concordance c = kendall_w(t);
  REQUIRE_FALSE(c.error);
  CHECK(c.w == printed(0.735, 3));
  CHECK(c.chi_square == printed(40.5, 1));
  CHECK(c.degrees_of_freedom == 11);
  CHECK(c.p_value == Approx(2.99e-05).margin(0.005e-05));
  CHECK(spearman_rho(kScorecard[1], kScorecard[2]) == printed(0.89, 2));
  double total = 0;
  int pairs = 0;
  for (std::size_t a = 0; a < kScorecard.size(); ++a)
    for (std::size_t b = a + 1; b < kScorecard.size(); ++b, ++pairs)
      total += std::atanh(spearman_rho(kScorecard[a], kScorecard[b]));
  CHECK(std::tanh(total / pairs) == printed(0.692, 3));
  // Item 12 got the last place from everyone; rater 1 agrees least.
  CHECK(c.group_ranking.front() == 11);
  CHECK(c.furthest.front() == 0);
}

TEST_CASE("W is 1 for identical rankings and 0 for a balanced Latin square", "[group]") {
  const Concordance same = kendall_w(table({{4, 3, 2, 1}, {4, 3, 2, 1}, {4, 3, 2, 1}}));
  REQUIRE_FALSE(same.error);
  CHECK(same.w == Approx(1).margin(1e-12));
  CHECK(same.w_uncorrected == Approx(1).margin(1e-12));
  CHECK(same.chi_square == Approx(9).margin(1e-12));
  CHECK(same.group_ranking == std::vector<std::size_t>{0, 1, 2, 3});
  for (double rho : same.agreement)
    CHECK(rho == Approx(1).margin(1e-12));

  // Every item takes every place exactly once: all rank sums are equal.
  const Concordance latin =
      kendall_w(table({{1, 2, 3, 4}, {2, 3, 4, 1}, {3, 4, 1, 2}, {4, 1, 2, 3}}));
  REQUIRE_FALSE(latin.error);
  CHECK(latin.w == Approx(0).margin(1e-15));
  CHECK(latin.p_value == Approx(1).margin(1e-12));
  for (double sum : latin.rank_sums)
    CHECK(sum == 10);
}

TEST_CASE("the tie correction only matters when there are ties", "[group]") {
  const Concordance none = kendall_w(table({{1, 2, 3, 4}, {1, 3, 2, 4}, {2, 1, 3, 4}}));
  CHECK(none.w == Approx(none.w_uncorrected).margin(1e-15));
  const Concordance ties = kendall_w(table({{1, 1, 3, 4}, {1, 3, 3, 4}, {2, 1, 3, 3}}));
  CHECK(ties.w > ties.w_uncorrected);
  CHECK(ties.w <= 1);
}

TEST_CASE("the participant with the reversed ranking is furthest from the group", "[group]") {
  const Concordance c =
      kendall_w(table({{5, 4, 3, 2, 1}, {5, 4, 3, 1, 2}, {1, 2, 3, 4, 5}, {4, 5, 3, 2, 1}}));
  REQUIRE_FALSE(c.error);
  CHECK(c.furthest.front() == 2);
  CHECK(c.agreement[2] < 0);
  CHECK(c.group_ranking.front() == 0);
}

TEST_CASE("direct weights are normalised per participant, then aggregated", "[group]") {
  // Points out of 100 and fractions mix: each row counts by its proportions.
  const ParticipantTable weights = table({{50, 30, 20}, {0.4, 0.4, 0.2}, {6, 2, 2}});
  const WeightAggregation mean = aggregate_weights(weights, Average::mean);
  REQUIRE_FALSE(mean.error);
  CHECK(mean.weights[0] == Approx((0.5 + 0.4 + 0.6) / 3));
  CHECK(mean.weights[1] == Approx((0.3 + 0.4 + 0.2) / 3));
  CHECK(mean.weights[2] == Approx(0.2));
  CHECK(mean.dispersion[0].min == Approx(0.4));
  CHECK(mean.dispersion[0].max == Approx(0.6));
  CHECK(mean.provenance.method == "group.weights.mean");
  REQUIRE(mean.concordance);

  const WeightAggregation median = aggregate_weights(weights, Average::median);
  // Medians 0.5, 0.3, 0.2 already sum to 1.
  CHECK(median.weights[0] == Approx(0.5));
  CHECK(median.weights[1] == Approx(0.3));
  CHECK(median.weights[2] == Approx(0.2));
  const double total = std::accumulate(median.weights.begin(), median.weights.end(), 0.0);
  CHECK(total == Approx(1));
}

TEST_CASE("medians with no majority for any criterion give equal weights and say so", "[group]") {
  const WeightAggregation w =
      aggregate_weights(table({{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}), Average::median);
  REQUIRE_FALSE(w.error);
  for (double weight : w.weights)
    CHECK(weight == Approx(1.0 / 3));
  CHECK(w.provenance.parameters.back() ==
        std::pair<std::string, std::string>{"no_majority", "equal_weights"});
}

TEST_CASE("scores: mean, median, standard deviation and interquartile range", "[group]") {
  // Item 0 gets 1, 2, 3, 4: mean 2.5, sample SD sqrt(5/3), type-7 quartiles
  // (Hyndman & Fan 1996) 1.75 and 3.25.
  const ScoreAggregation s =
      aggregate_scores(table({{1, 5, 2}, {2, 5, 4}, {3, 4, 4}, {4, 1, 4}}), Average::mean);
  REQUIRE_FALSE(s.error);
  const ItemDispersion& d = s.dispersion[0];
  CHECK(d.mean == Approx(2.5));
  CHECK(d.median == Approx(2.5));
  CHECK(d.standard_deviation == Approx(std::sqrt(5.0 / 3.0)));
  CHECK(d.first_quartile == Approx(1.75));
  CHECK(d.third_quartile == Approx(3.25));
  CHECK(d.interquartile_range == Approx(1.5));
  CHECK(s.scores == std::vector<double>{2.5, 3.75, 3.5});
  CHECK(s.ranking == std::vector<std::size_t>{1, 2, 0});
  const ScoreAggregation m =
      aggregate_scores(table({{1, 5, 2}, {2, 5, 4}, {3, 4, 4}, {4, 1, 4}}), Average::median);
  CHECK(m.scores == std::vector<double>{2.5, 4.5, 4});
  CHECK(m.provenance.method == "group.scores.median");

  const ScoreAggregation alone = aggregate_scores(table({{3, 1, 2}}), Average::mean);
  REQUIRE_FALSE(alone.error);
  CHECK(alone.dispersion[0].standard_deviation == 0);
  CHECK_FALSE(alone.concordance);
}

TEST_CASE("invalid tables are reported with the participant and item", "[group]") {
  CHECK(table_from_rows({}).error->key == "scoring.group.no_participants");
  const TableBuild ragged = table_from_rows({{1, 2, 3}, {1, 2, 3}, {1, 2}});
  REQUIRE(ragged.error);
  CHECK(ragged.error->key == "scoring.group.not_rectangular");
  CHECK(ragged.error->participant == 2);

  ParticipantTable t = table({{1, 2, 3}, {3, 2, 1}});
  t.values[4] = std::numeric_limits<double>::quiet_NaN();
  const ScoreAggregation s = aggregate_scores(t, Average::mean);
  REQUIRE(s.error);
  CHECK(s.error->key == "scoring.group.not_finite");
  CHECK(s.error->participant == 1);
  CHECK(s.error->item == 1);

  CHECK(aggregate_scores(ParticipantTable{1, 0, {}}, Average::mean).error->key ==
        "scoring.group.no_items");
  CHECK(aggregate_scores(ParticipantTable{2, 2, {1, 2, 3}}, Average::mean).error->key ==
        "scoring.group.not_rectangular");
  CHECK(aggregate_scores(ParticipantTable{kGroupMaxParticipants + 1, 1,
                                          std::vector<double>(kGroupMaxParticipants + 1, 1.0)},
                         Average::mean)
            .error->key == "scoring.group.too_many_participants");

  const WeightAggregation negative = aggregate_weights(table({{1, -1}, {1, 1}}), Average::mean);
  CHECK(negative.error->key == "scoring.group.negative_weight");
  CHECK(negative.error->item == 1);
  const WeightAggregation zero = aggregate_weights(table({{1, 1}, {0, 0}}), Average::mean);
  CHECK(zero.error->key == "scoring.group.zero_weights");
  CHECK(zero.error->participant == 1);

  CHECK(kendall_w(table({{1, 2, 3}})).error->key == "scoring.group.too_few_participants");
  CHECK(kendall_w(table({{1}, {2}})).error->key == "scoring.group.too_few_items");
  CHECK(kendall_w(table({{2, 2, 2}, {1, 1, 1}})).error->key == "scoring.group.all_tied");
  CHECK(parse_aggregation("median") == Average::median);
  CHECK_FALSE(parse_aggregation("mode"));
}
