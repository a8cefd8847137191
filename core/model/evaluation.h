#pragma once

#include "core/model/actions.h"
#include "core/model/date.h"
#include "core/model/ids.h"

#include <string>
#include <vector>

namespace rumbo {

struct KpiActual {
  KpiId kpi;
  double value = 0;
  bool operator==(const KpiActual&) const = default;
};

struct StatusRecord {
  ActionId action;
  ActionStatus status = ActionStatus::idea;
  bool operator==(const StatusRecord&) const = default;
};

// Frozen copies keep the name as it was, so a cycle still reads correctly
// after the criterion or action has been renamed or deleted.
struct FrozenWeight {
  CriterionId criterion;
  std::string name;
  double weight = 0;
  bool operator==(const FrozenWeight&) const = default;
};

struct FrozenRank {
  ActionId action;
  std::string title;
  int rank = 0;
  double score = 0;
  bool operator==(const FrozenRank&) const = default;
};

// One round of evaluation and feedback. `kpi_actuals` and `statuses` refer to
// live objects; the frozen weights and ranking are history and may name
// objects that no longer exist.
struct EvaluationCycle {
  CycleId id;
  std::string name;
  Date date;
  std::vector<KpiActual> kpi_actuals;
  std::vector<StatusRecord> statuses;
  std::string lessons;
  std::string ranking_method; // what produced the frozen ranking
  std::vector<FrozenWeight> frozen_weights;
  std::vector<FrozenRank> frozen_ranking;
  bool operator==(const EvaluationCycle&) const = default;
};

} // namespace rumbo
