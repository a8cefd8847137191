#include "core/scoring/explanations.h"

#include <cmath>

namespace rumbo::scoring {

namespace {
// A share as the whole percentage the sentences give ("entre 12 % y 30 %").
MessageArg percent(double share) { return MessageArg::number(std::round(100 * share)); }
} // namespace

Sentence stability_sentence(const StabilityResult& stability, const DecisionProblem& problem,
                            const WeightInterval& interval) {
  const std::string& name = problem.criteria[interval.criterion].name;
  if (stability.top_k == 1)
    return {"sensitivity.first_stays",
            {MessageArg::of_text(name), percent(interval.low), percent(interval.high)}};
  return {"sensitivity.top_stay",
          {MessageArg::count(stability.top_k), MessageArg::of_text(name), percent(interval.low),
           percent(interval.high)}};
}

Sentence robustness_sentence(const std::string& unit, int rank,
                             const UncertaintyResult& uncertainty, std::size_t unit_index) {
  int low = uncertainty.low_rank[unit_index], high = uncertainty.high_rank[unit_index];
  auto count = [](int n) { return MessageArg::count(static_cast<std::size_t>(n)); };
  if (low == high) return {"readiness.rank_robust", {MessageArg::of_text(unit), count(rank)}};
  return {"readiness.rank_interval",
          {MessageArg::of_text(unit), count(rank), count(low), count(high),
           MessageArg::count(uncertainty.provenance.samples)}};
}

} // namespace rumbo::scoring
