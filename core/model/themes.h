#pragma once

#include "core/model/ids.h"
#include "core/model/label.h"

#include <string>

namespace rumbo {

// A thematic axis of the strategy (economic promotion, culture, cooperation...).
// `key` names the catalogue entry it came from; empty when the user made it.
struct Axis {
  AxisId id;
  std::string key;
  Label name;
  Label description;
  bool operator==(const Axis&) const = default;
};

// A way of cooperating with others (twinning, networks, public-private alliance...).
struct Mechanism {
  MechanismId id;
  std::string key;
  Label name;
  Label description;
  bool operator==(const Mechanism&) const = default;
};

} // namespace rumbo
