#pragma once

#include "core/model/ids.h"
#include "core/model/label.h"

#include <optional>
#include <string>
#include <vector>

namespace rumbo {

// The dimensions of readiness for internationalisation, drawn from the
// success and critical factors the seed names.
enum class Dimension {
  institutional_capacity,
  strategic_framework,
  economic_base,
  connectivity,
  international_positioning,
  cooperation_experience,
  participation,
  knowledge_lobbying,
};
inline constexpr int kDimensionCount = 8;

enum class Direction { higher_is_better, lower_is_better };

// A measured quantity, or a maturity level 0..4 judged against a rubric.
enum class IndicatorKind { measured, maturity };
inline constexpr int kMaturityLevels = 5; // levels 0..4

struct Indicator {
  IndicatorId id;
  Dimension dimension = Dimension::institutional_capacity;
  Label name;
  std::string unit;
  Direction direction = Direction::higher_is_better;
  IndicatorKind kind = IndicatorKind::measured;
  std::optional<double> value;  // the city's value; for maturity, the level 0..4
  std::optional<double> target; // for distance-to-target normalisation
  std::vector<Label> rubric;    // maturity only: one text per level 0..4
  int year = 0;
  std::string source;
  double weight = 1;
  bool operator==(const Indicator&) const = default;
};

struct PeerValue {
  IndicatorId indicator;
  double value = 0;
  bool operator==(const PeerValue&) const = default;
};

// A city the territory compares itself with; a missing value is simply absent.
struct PeerCity {
  PeerCityId id;
  std::string name;
  std::string country;
  std::vector<PeerValue> values;
  bool operator==(const PeerCity&) const = default;
};

} // namespace rumbo
