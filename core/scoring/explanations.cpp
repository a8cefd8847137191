#include "core/scoring/explanations.h"

#include <cmath>

namespace rumbo::scoring {

namespace {
std::string percent(double share) {
  return std::to_string(static_cast<long>(std::lround(100 * share)));
}
} // namespace

Sentence stability_sentence(const StabilityResult& stability, const DecisionProblem& problem,
                            const WeightInterval& interval) {
  const std::string& name = problem.criteria[interval.criterion].name;
  if (stability.top_k == 1)
    return {"sensitivity.first_stays", {name, percent(interval.low), percent(interval.high)}};
  return {"sensitivity.top_stay",
          {std::to_string(stability.top_k), name, percent(interval.low), percent(interval.high)}};
}

Sentence robustness_sentence(const std::string& unit, int rank,
                             const UncertaintyResult& uncertainty, std::size_t unit_index) {
  int low = uncertainty.low_rank[unit_index], high = uncertainty.high_rank[unit_index];
  if (low == high) return {"readiness.rank_robust", {unit, std::to_string(rank)}};
  return {"readiness.rank_interval",
          {unit, std::to_string(rank), std::to_string(low), std::to_string(high),
           std::to_string(uncertainty.provenance.samples)}};
}

} // namespace rumbo::scoring
