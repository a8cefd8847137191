#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rumbo::scoring {

enum class Direction { benefit, cost };

// PROMETHEE preference functions (Brans & Vincke 1985; Brans & De Smet 2016),
// with thresholds on the criterion's own scale: q indifference, p preference
// (q <= p), s the Gaussian's inflection point.
enum class PreferenceType { usual, u_shape, v_shape, level, linear, gaussian };

struct PreferenceFunction {
  PreferenceType type = PreferenceType::usual;
  double q = 0;
  double p = 0;
  double s = 0;
};

struct DecisionCriterion {
  std::string name;
  Direction direction = Direction::benefit;
  double weight = 1;             // any non-negative scale; methods normalise to sum 1
  PreferenceFunction preference; // PROMETHEE only
};

// Alternatives × criteria, independent of any workspace (rumbo-cli rank reads
// one; the workspace's actions and criteria are turned into one).
struct DecisionProblem {
  std::vector<std::string> alternatives;
  std::vector<DecisionCriterion> criteria;
  std::vector<double> matrix; // row-major: matrix[a * criteria.size() + c]

  std::size_t rows() const { return alternatives.size(); }
  std::size_t columns() const { return criteria.size(); }
  double at(std::size_t alternative, std::size_t criterion) const {
    return matrix[alternative * criteria.size() + criterion];
  }
};

} // namespace rumbo::scoring
