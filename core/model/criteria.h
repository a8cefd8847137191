#pragma once

#include "core/model/ids.h"
#include "core/model/label.h"

#include <string>
#include <vector>

namespace rumbo {

enum class CriterionKind { benefit, cost };

// A criterion on which actions are scored; scores go from scale_min to scale_max.
struct Criterion {
  CriterionId id;
  std::string key; // catalogue entry, empty when the user made it
  Label name;
  Label description;
  CriterionKind kind = CriterionKind::benefit;
  double scale_min = 1;
  double scale_max = 5;
  double weight = 1;
  bool operator==(const Criterion&) const = default;
};

// "first is `value` times as important as second" (Saaty's 1/9..9 scale).
struct PairwiseJudgement {
  CriterionId first;
  CriterionId second;
  double value = 1;
  bool operator==(const PairwiseJudgement&) const = default;
};

// The optional AHP comparison of the criteria. Judgements are kept by pair of
// ids, so adding or removing a criterion leaves the others' judgements intact.
struct CriteriaComparison {
  bool use_for_weights = false;
  std::vector<PairwiseJudgement> judgements;
  bool operator==(const CriteriaComparison&) const = default;
};

} // namespace rumbo
