#pragma once

// A workshop's judgements put together: several participants' direct weights
// for the criteria, or their scores for items (actions, partners, cities),
// aggregated by mean or median, with how spread each item is, how much the
// participants agree on the order (Kendall's W) and who stands furthest from
// the group. Conventions (docs/scoring.md, "Group judgement"):
// - tables are participants x items, row-major; indices are 0-based;
// - a higher score is better; rankings give rank 1 to the best item and the
//   average rank to ties;
// - standard deviations use n - 1; quartiles are Hyndman & Fan's type 7
//   (linear interpolation, R's and NumPy's default).
// Nothing throws: invalid input comes back as a message key with the
// participant and item of the first offending value.

#include "core/scoring/provenance.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo::scoring {

inline constexpr std::size_t kGroupMaxParticipants = 1000;
inline constexpr std::size_t kGroupMaxItems = 1000;

struct ParticipantTable {
  std::size_t participants = 0;
  std::size_t items = 0;
  std::vector<double> values; // values[participant * items + item]
  double at(std::size_t participant, std::size_t item) const {
    return values[participant * items + item];
  }
};

struct GroupError {
  std::string key; // message key, "scoring.group.not_finite"
  std::size_t participant = 0;
  std::size_t item = 0;
};

// From nested arrays, one per participant; a ragged or empty list is reported
// (participant = the first row whose length differs from the first row's).
struct TableBuild {
  ParticipantTable table;
  std::optional<GroupError> error;
};
TableBuild table_from_rows(const std::vector<std::vector<double>>& rows);

enum class Average { mean, median };
// "mean" | "median"; anything else gives nullopt.
std::optional<Average> parse_aggregation(std::string_view text);

struct ItemDispersion {
  double mean = 0;
  double median = 0;
  double standard_deviation = 0; // 0 with a single participant
  double first_quartile = 0;
  double third_quartile = 0;
  double interquartile_range = 0;
  double min = 0;
  double max = 0;
};

// Kendall's coefficient of concordance on the participants' rankings of the
// items (Kendall & Babington Smith 1939; with the tie correction of Kendall
// 1948 / Siegel & Castellan 1988, sec. 9.4):
//   W = 12 S / (m^2 (n^3 - n) - m sum_j T_j),  T_j = sum over j's ties (t^3 - t),
// S the sum of squared deviations of the items' rank sums from m (n + 1) / 2.
// W = 1 when all rankings coincide, 0 when the rank sums are all equal.
struct Concordance {
  double w = 0;                       // tie-corrected
  double w_uncorrected = 0;           // the same S over m^2 (n^3 - n)
  double chi_square = 0;              // m (n - 1) W, Friedman's statistic
  std::size_t degrees_of_freedom = 0; // n - 1
  double p_value = 0;            // upper tail of chi-square(n - 1); a large-sample approximation
  std::vector<double> rank_sums; // per item, rank 1 = best
  std::vector<std::size_t> group_ranking; // items by rank sum, best first (ties: lower index)
  // Spearman's rho between each participant's ranks and the rank sums (the
  // group's ranking, Kendall's estimate of the true order); 0 for a
  // participant who tied every item.
  std::vector<double> agreement;
  std::vector<std::size_t> furthest; // participants, lowest agreement first
  Provenance provenance;
  std::optional<GroupError> error;
};

// Needs at least 2 participants and 2 items, and not every ranking all tied.
Concordance kendall_w(const ParticipantTable& scores);

// Spearman's rank correlation: Pearson's r on average ranks (so ties are
// handled as R's cor(method = "spearman") does). 0 when either side is
// constant; the vectors must have the same length >= 2.
double spearman_rho(const std::vector<double>& a, const std::vector<double>& b);

// Direct weights (points, percentages, any non-negative scale): each
// participant's row is first normalised to sum 1, then aggregated per
// criterion; the aggregate is normalised again (a median need not sum to 1).
struct WeightAggregation {
  std::vector<double> weights;            // per criterion, summing to 1
  std::vector<ItemDispersion> dispersion; // of the normalised individual weights
  std::optional<Concordance> concordance; // on the order each participant gives the criteria;
                                          // absent with < 2 participants or criteria, or all tied
  Provenance provenance;
  std::optional<GroupError> error;
};
WeightAggregation aggregate_weights(const ParticipantTable& weights, Average aggregation);

// Scores on one scale (1-5 ratings, 0-100 points): aggregated per item as
// given, not normalised.
struct ScoreAggregation {
  std::vector<double> scores;       // per item
  std::vector<std::size_t> ranking; // items, best first (ties: lower index first)
  std::vector<ItemDispersion> dispersion;
  std::optional<Concordance> concordance; // as for weights
  Provenance provenance;
  std::optional<GroupError> error;
};
ScoreAggregation aggregate_scores(const ParticipantTable& scores, Average aggregation);

} // namespace rumbo::scoring
