#pragma once

#include "core/model/global_region.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rumbo {

// A sector of the local economy, as the diagnosis describes it.
struct Sector {
  std::string name;
  double export_share = 0; // percent of the sector's output sold abroad, 0..100
  std::string productivity_notes;
  bool operator==(const Sector&) const = default;
};

enum class AssetKind { airport, port, university, venue, free_trade_zone, industrial_park, other };

// Infrastructure that makes the territory attractive or reachable.
struct TerritoryAsset {
  AssetKind kind = AssetKind::other;
  std::string name;
  std::string notes;
  bool operator==(const TerritoryAsset&) const = default;
};

// The territory whose strategy this is, and the strategy's own title and period.
struct Profile {
  std::string title; // the strategy's name, shown in lists of workspaces
  std::string name;  // the city or territory
  std::string country;
  std::string region;                               // department, province or state
  GlobalRegion global_region = GlobalRegion::south; // for south-south and triangular cooperation
  std::int64_t population = 0;
  double area_km2 = 0;
  double gdp_per_capita = 0; // in `currency`
  std::string currency = "COP";
  std::vector<std::string> languages;
  int plan_start_year = 0;
  int plan_end_year = 0;
  std::vector<Sector> sectors;
  std::vector<TerritoryAsset> assets;
  bool operator==(const Profile&) const = default;
};

} // namespace rumbo
