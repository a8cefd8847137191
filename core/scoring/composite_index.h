#pragma once

// A composite readiness index after the OECD/JRC Handbook on Constructing
// Composite Indicators (2008): indicators are normalised over the units
// (min-max, z-score, goalposts, distance to a target or percentile rank),
// aggregated within their group into sub-indices and the sub-indices into
// the index (weighted arithmetic or geometric means), and units are ranked
// overall and in every group. An uncertainty analysis (Handbook ch. 7;
// Saisana, Saltelli & Tarantola 2005) redraws the normalisation, the
// aggregation and the weights by Monte Carlo and reports each unit's median
// rank, its 5-95 % rank interval and how often it ranks first.
// Conventions and formulas: docs/scoring.md, "Composite index".

#include "core/scoring/decision_problem.h"
#include "core/scoring/provenance.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rumbo::scoring {

enum class Normalisation { minmax, zscore, goalposts, distance_to_target, rank };
enum class Aggregation { arithmetic, geometric };
enum class MissingPolicy { exclude, mean, median };
enum class Transform { none, log };

// One indicator as in the `rumbo-cli index` JSON. Goalposts and the target are
// in the indicator's own units; with `Transform::log` they are transformed too.
struct IndexIndicator {
  std::string name;
  Direction direction = Direction::benefit; // "higher_is_better" / "lower_is_better"
  std::string group;
  double weight = 1; // any non-negative scale; normalised within the group
  Transform transform = Transform::none;
  std::optional<double> min, max; // goalposts
  std::optional<double> target;   // distance_to_target
  bool operator==(const IndexIndicator&) const = default;
};

struct AggregationChoice {
  Aggregation within = Aggregation::arithmetic; // indicators into a group's sub-index
  Aggregation across = Aggregation::arithmetic; // sub-indices into the index
  bool operator==(const AggregationChoice&) const = default;
};

// Units × indicators, independent of any workspace.
struct IndexProblem {
  std::vector<std::string> units;
  std::vector<IndexIndicator> indicators;
  std::vector<std::vector<std::optional<double>>> values; // one row per unit; nullopt = missing
  // Empty: groups weigh the same. Otherwise every group is listed.
  std::vector<std::pair<std::string, double>> group_weights;
  Normalisation normalisation = Normalisation::minmax;
  AggregationChoice aggregation;
  MissingPolicy missing = MissingPolicy::exclude;
  double scale = 1; // 1 or 100: normalised values, sub-indices and index on 0-1 or 0-100
  bool operator==(const IndexProblem&) const = default;
};

// A sentence for the user as a message key and its arguments (core/messages.h).
struct IndexMessage {
  std::string key;
  std::vector<std::string> args;
  std::optional<std::size_t> count =
      std::nullopt; // chooses the message's plural form, when it has forms
};

// Min-max values rescaled to [0.01, 1] (1-100 on the 100 scale) because the
// run aggregates geometrically and a zero would zero the whole mean.
inline constexpr std::string_view kMinmaxRescaledNotice = "index.minmax_rescaled_for_geometric";
// Every unit has the same value of the indicator (argument: its name).
inline constexpr std::string_view kConstantIndicatorNotice = "index.constant_indicator";

struct SubIndex {
  std::string name;
  double weight = 0;                         // normalised over the groups
  std::vector<std::optional<double>> scores; // one per unit; none when the unit has no value in it
  std::vector<std::optional<int>> ranks;     // 1 = best among the units with a score
};

struct IndexResult {
  std::vector<std::vector<std::optional<double>>> normalised; // unit × indicator; none = left out
  std::vector<double> weights;  // per indicator, normalised within its group
  std::vector<SubIndex> groups; // in order of first appearance
  std::vector<double> index;    // one per unit
  std::vector<int> ranks;       // 1 = best; ties share the best rank
  std::vector<IndexMessage> notices;
  Provenance provenance;
  std::optional<IndexMessage> error; // the problem cannot be scored: only provenance is filled
};

IndexResult compute_index(const IndexProblem& problem);

struct UncertaintyOptions {
  std::vector<Normalisation> normalisations;   // empty: the problem's
  std::vector<AggregationChoice> aggregations; // empty: the problem's
  double weight_spread = 0; // each weight × U(1 - spread, 1 + spread], then renormalised; in [0, 1]
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
};

struct UncertaintyResult {
  std::vector<int> median_rank; // per unit, nearest-rank percentiles of its sampled ranks
  std::vector<int> low_rank;    // 5th percentile (the best end of the interval)
  std::vector<int> high_rank;   // 95th percentile
  std::vector<double> mean_rank;
  std::vector<double> share_first; // share of samples in which the unit ranks first (ties included)
  Provenance provenance;
  std::optional<IndexMessage> error;
};

UncertaintyResult analyse_uncertainty(const IndexProblem& problem,
                                      const UncertaintyOptions& options);

} // namespace rumbo::scoring
