#pragma once

#include "core/model/date.h"
#include "core/model/ids.h"

#include <string>
#include <vector>

namespace rumbo {

enum class ActionStatus { idea, planned, running, done, dropped };

struct CriterionScore {
  CriterionId criterion;
  double value = 0;
  bool operator==(const CriterionScore&) const = default;
};

// An action or project of the strategy. Money is in the profile's currency.
struct Action {
  ActionId id;
  std::string title;
  std::string description;
  AxisId axis;
  MechanismId mechanism;
  std::vector<ObjectiveId> objectives;
  ActorId lead;
  std::vector<PartnerId> partners;
  double cost_per_year = 0;
  double external_funding = 0; // expected per year, from partners or funders
  double staff_effort = 0;     // person-months per year
  Date start;
  Date end;
  std::vector<ActionId> depends_on;
  // Actions that share a non-empty group are alternatives: at most one is chosen.
  std::string exclusive_group;
  int risk = 3; // 1..5
  ActionStatus status = ActionStatus::idea;
  std::vector<CriterionScore> scores;
  bool operator==(const Action&) const = default;
};

} // namespace rumbo
