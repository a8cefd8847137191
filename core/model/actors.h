#pragma once

#include "core/model/ids.h"

#include <string>

namespace rumbo {

enum class ActorType {
  local_government,
  national_government,
  private_sector,
  academia,
  civil_society,
  international_organisation,
  network,
  other_city,
  other,
};

enum class ActorRole { lead, partner, funder, beneficiary, ally };

// A stakeholder of the strategy, placed on the influence-interest grid.
struct Actor {
  ActorId id;
  std::string name;
  ActorType type = ActorType::other;
  int influence = 3; // 1..5
  int interest = 3;  // 1..5
  ActorRole role = ActorRole::ally;
  std::string contact_notes;
  bool operator==(const Actor&) const = default;
};

} // namespace rumbo
