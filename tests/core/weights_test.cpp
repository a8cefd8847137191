#include "core/scoring/random.h"
#include "core/scoring/weights.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

using namespace rumbo::scoring;

namespace {

double sum(const std::vector<double>& values) {
  double total = 0;
  for (double v : values)
    total += v;
  return total;
}

void check_values(const std::vector<double>& actual, const std::vector<double>& expected,
                  double margin) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("index " << i);
    CHECK(actual[i] == Approx(expected[i]).margin(margin).epsilon(0));
  }
}

} // namespace

TEST_CASE("equal weights", "[weights]") {
  check_values(equal_weights(4), {0.25, 0.25, 0.25, 0.25}, 1e-15);
  for (std::size_t n = 1; n <= 50; ++n)
    CHECK(sum(equal_weights(n)) == Approx(1).margin(1e-12));
  CHECK(equal_weights(0).empty());
}

TEST_CASE("points become weights in proportion", "[weights]") {
  // 35/25/25/15 points out of 100 are those percentages.
  check_values(weights_from_points({35, 25, 25, 15}), {0.35, 0.25, 0.25, 0.15}, 1e-15);
  // Points need not add up to anything: 2, 1, 1 on a 1-10 scale are 1/2, 1/4, 1/4.
  check_values(weights_from_points({2, 1, 1}), {0.5, 0.25, 0.25}, 1e-15);
  check_values(weights_from_points({0, 3}), {0, 1}, 0);
  // Points near the top of the double range still give finite weights.
  const double huge = std::numeric_limits<double>::max();
  check_values(weights_from_points({huge, huge}), {0.5, 0.5}, 1e-15);

  Random random(2024);
  for (int trial = 0; trial < 100; ++trial) {
    std::vector<double> points(1 + random.below(20));
    for (double& p : points)
      p = random.uniform(0, 100);
    const std::vector<double> w = weights_from_points(points);
    REQUIRE(w.size() == points.size());
    CHECK(sum(w) == Approx(1).margin(1e-12));
    for (std::size_t i = 1; i < w.size(); ++i)
      CHECK(w[i] * points[0] == Approx(w[0] * points[i]).epsilon(1e-12));
  }
}

TEST_CASE("points that admit no weights give none", "[weights]") {
  CHECK(weights_from_points({}).empty());
  CHECK(weights_from_points({0, 0, 0}).empty());
  CHECK(weights_from_points({1, -1, 2}).empty());
  CHECK(weights_from_points({1, std::numeric_limits<double>::quiet_NaN()}).empty());
  CHECK(weights_from_points({1, std::numeric_limits<double>::infinity()}).empty());
}

TEST_CASE("rank-order centroid reproduces Barron & Barrett's weights", "[weights]") {
  // Barron & Barrett (1996), "Decision quality using ranked attribute weights",
  // Management Science 42(11):1515-1523, table of ROC weights, 4 decimals:
  // n = 3: .6111 .2778 .1111; n = 4: .5208 .2708 .1458 .0625.
  check_values(rank_order_centroid({1, 2, 3}), {0.6111, 0.2778, 0.1111}, 5e-5);
  check_values(rank_order_centroid({1, 2, 3, 4}), {0.5208, 0.2708, 0.1458, 0.0625}, 5e-5);
  // Ranks given per criterion: criterion 0 is third, criterion 1 first...
  check_values(rank_order_centroid({3, 1, 4, 2}), {0.1458, 0.5208, 0.0625, 0.2708}, 5e-5);
  // Only the order matters.
  CHECK(rank_order_centroid({10, 20, 30}) == rank_order_centroid({1, 2, 3}));
  CHECK(rank_order_centroid({1}) == std::vector<double>{1});
  CHECK(rank_order_centroid({}).empty());
}

TEST_CASE("tied ranks share the centroid weights of their places", "[weights]") {
  // Two criteria tied first out of three take the mean of places 1 and 2 of
  // the n = 3 table, (.6111 + .2778) / 2 = .44445; the last keeps .1111.
  check_values(rank_order_centroid({1, 1, 2}), {0.44445, 0.44445, 0.1111}, 1e-4);
  CHECK(sum(rank_order_centroid({1, 1, 2})) == Approx(1).margin(1e-12));
  // All tied: equal weights.
  check_values(rank_order_centroid({5, 5, 5, 5}), {0.25, 0.25, 0.25, 0.25}, 1e-12);
}

TEST_CASE("rank-order centroid weights sum to 1 and follow the order", "[weights]") {
  Random random(31);
  for (int trial = 0; trial < 100; ++trial) {
    std::vector<std::size_t> ranks(1 + random.below(25));
    for (std::size_t& r : ranks)
      r = random.below(8);
    const std::vector<double> w = rank_order_centroid(ranks);
    REQUIRE(w.size() == ranks.size());
    CHECK(sum(w) == Approx(1).margin(1e-12));
    for (std::size_t i = 0; i < ranks.size(); ++i)
      for (std::size_t j = 0; j < ranks.size(); ++j) {
        if (ranks[i] < ranks[j]) CHECK(w[i] > w[j]);
        if (ranks[i] == ranks[j]) CHECK(w[i] == w[j]);
      }
  }
}
