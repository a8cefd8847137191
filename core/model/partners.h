#pragma once

#include "core/model/global_region.h"
#include "core/model/ids.h"

#include <string>
#include <vector>

namespace rumbo {

enum class PartnerKind { city, network, organisation, funder };
enum class Relation { none, contact, agreement, active_project };

// A city, network, organisation or funder the territory could work with.
struct Partner {
  PartnerId id;
  std::string name;
  PartnerKind kind = PartnerKind::city;
  std::string country;
  GlobalRegion region = GlobalRegion::south;
  std::vector<AxisId> themes;
  std::vector<MechanismId> mechanisms;
  std::vector<std::string> languages;
  Relation relation = Relation::none;
  std::string notes;
  bool operator==(const Partner&) const = default;
};

} // namespace rumbo
