#pragma once

// Ways to turn what a team can say about its criteria into weights that sum
// to 1, in the order of the criteria. Each returns an empty vector when the
// input admits no such weights.

#include <cstddef>
#include <vector>

namespace rumbo::scoring {

// 1/n each: the team has no reason to prefer any criterion.
std::vector<double> equal_weights(std::size_t count);

// Points handed out directly (out of 100, 1-10 ratings, swing points...),
// divided by their total. Empty when a point is negative or not finite, or
// all are zero.
std::vector<double> weights_from_points(const std::vector<double>& points);

// Rank-order centroid (Barron & Barrett 1996): the centre of all weight
// vectors consistent with an importance order, w_k = (1/n) sum_{i=k..n} 1/i
// for the criterion in place k. ranks[c] is criterion c's place (smaller is
// more important; only the order matters); criteria with equal ranks share
// the mean of the places they occupy, which keeps the sum at 1.
std::vector<double> rank_order_centroid(const std::vector<std::size_t>& ranks);

} // namespace rumbo::scoring
