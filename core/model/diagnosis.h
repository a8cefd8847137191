#pragma once

#include "core/model/ids.h"

#include <string>
#include <vector>

namespace rumbo {

// SWOT quadrant; the UI also shows the Colombian DOFA order and labels.
enum class Quadrant { strength, weakness, opportunity, threat };

inline bool is_internal(Quadrant q) { return q == Quadrant::strength || q == Quadrant::weakness; }

// PESTEL category of an external item (none for internal ones).
enum class Pestel { none, political, economic, social, technological, environmental, legal };

// One finding of the diagnosis: a strength, weakness, opportunity or threat.
struct ContextItem {
  ContextItemId id;
  std::string text;
  Quadrant quadrant = Quadrant::strength;
  Pestel pestel = Pestel::none;
  int impact = 3;     // 1..5
  int likelihood = 3; // 1..5: likelihood for external items, urgency for internal ones
  std::string source;
  std::vector<ObjectiveId> objectives;
  bool operator==(const ContextItem&) const = default;
};

// A strategic option of the TOWS cross: one internal item met with one
// external item. Its kind (SO, ST, WO, WT) follows from their quadrants.
struct TowsOption {
  TowsOptionId id;
  std::string text;
  ContextItemId internal_item;
  ContextItemId external_item;
  bool operator==(const TowsOption&) const = default;
};

enum class TowsKind { so, st, wo, wt };

inline TowsKind tows_kind(Quadrant internal, Quadrant external) {
  bool strength = internal == Quadrant::strength;
  bool opportunity = external == Quadrant::opportunity;
  if (strength) return opportunity ? TowsKind::so : TowsKind::st;
  return opportunity ? TowsKind::wo : TowsKind::wt;
}

} // namespace rumbo
