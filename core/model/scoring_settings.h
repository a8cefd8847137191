#pragma once

#include "core/model/ids.h"

#include <cstdint>
#include <vector>

namespace rumbo {

// The model keeps its own enums, not the scoring library's, so a file's words
// stay fixed even if the methods' code is reorganised; workspace_scoring.cpp
// maps them. Their order is the order of the words in files (enum_keys.cpp).
enum class RankingMethod { wsm, wpm, topsis, promethee2, vikor };
enum class TopsisNormalisationMethod { vector, minmax };
// PROMETHEE's preference functions (Brans & Vincke 1985), types I to VI.
enum class PreferenceShape { usual, u_shape, v_shape, level, linear, gaussian };
enum class IndexNormalisation { minmax, zscore, goalposts, distance_to_target, rank };
enum class IndexAggregation { arithmetic, geometric };
enum class MissingValuePolicy { exclude, mean, median };

// The most Monte Carlo samples a workspace may ask for: the readiness index's
// uncertainty analysis refuses more, and more would keep a browser busy for
// minutes on every change.
inline constexpr std::uint32_t kMaxScoringSamples = 100000;

// How PROMETHEE compares two actions on one criterion; thresholds are on the
// criterion's own scale. A criterion without an entry uses `usual`.
struct PreferenceEntry {
  CriterionId criterion;
  PreferenceShape type = PreferenceShape::usual;
  double q = 0; // indifference threshold (u_shape, level, linear)
  double p = 0; // preference threshold (v_shape, level, linear); q <= p
  double s = 0; // the Gaussian's inflection point
  bool operator==(const PreferenceEntry&) const = default;
};

// The methods the official chose for this workspace's scores. The defaults
// are the ones every workspace was scored with before they were saved, so an
// older file scores as it always did.
struct ScoringSettings {
  // Ranking of the actions on the criteria.
  RankingMethod method = RankingMethod::wsm;
  TopsisNormalisationMethod topsis_normalisation = TopsisNormalisationMethod::vector;
  double vikor_v = 0.5; // weight of group utility against individual regret, 0..1
  std::vector<PreferenceEntry> preferences;

  // The readiness index of the city among its peers.
  IndexNormalisation normalisation = IndexNormalisation::minmax;
  IndexAggregation aggregation_within = IndexAggregation::arithmetic; // indicators of a dimension
  IndexAggregation aggregation_across = IndexAggregation::arithmetic; // the dimensions
  MissingValuePolicy missing = MissingValuePolicy::exclude;

  // Sensitivity and uncertainty of both.
  std::uint32_t top_k = 3;      // weight stability of the first k actions
  std::uint32_t samples = 2000; // Monte Carlo samples, 1..kMaxScoringSamples
  std::uint64_t seed = 1;
  double weight_spread = 0.2; // each weight × U[1 - spread, 1 + spread]
  double score_spread = 0;    // each score ± spread × the criterion's range
  bool operator==(const ScoringSettings&) const = default;
};

} // namespace rumbo
