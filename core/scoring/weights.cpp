#include "core/scoring/weights.h"
#include "core/stable_sort.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rumbo::scoring {

std::vector<double> equal_weights(std::size_t count) {
  if (count == 0) return {};
  return std::vector<double>(count, 1.0 / static_cast<double>(count));
}

std::vector<double> weights_from_points(const std::vector<double>& points) {
  double largest = 0;
  for (double point : points) {
    if (!std::isfinite(point) || point < 0) return {};
    largest = std::max(largest, point);
  }
  if (largest == 0) return {};
  // Scaling by the largest point first keeps the sum finite even for points
  // near the top of the double range.
  std::vector<double> weights(points.size());
  double sum = 0;
  for (std::size_t i = 0; i < points.size(); ++i)
    sum += weights[i] = points[i] / largest;
  for (double& weight : weights)
    weight /= sum;
  return weights;
}

std::vector<double> rank_order_centroid(const std::vector<std::size_t>& ranks) {
  const std::size_t n = ranks.size();
  if (n == 0) return {};
  // centroid[k] for place k (0-based) = (1/n) sum_{i=k+1..n} 1/i, summed from the tail.
  std::vector<double> centroid(n);
  double tail = 0;
  for (std::size_t k = n; k-- > 0;) {
    tail += 1.0 / static_cast<double>(k + 1);
    centroid[k] = tail / static_cast<double>(n);
  }
  const std::vector<std::size_t> order =
      stable_order(n, [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
  std::vector<double> weights(n);
  for (std::size_t first = 0; first < n;) {
    std::size_t last = first + 1;
    while (last < n && ranks[order[last]] == ranks[order[first]])
      ++last;
    double shared = 0;
    for (std::size_t k = first; k < last; ++k)
      shared += centroid[k];
    shared /= static_cast<double>(last - first);
    for (std::size_t k = first; k < last; ++k)
      weights[order[k]] = shared;
    first = last;
  }
  return weights;
}

} // namespace rumbo::scoring
