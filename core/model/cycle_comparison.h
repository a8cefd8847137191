#pragma once

// Two evaluation cycles compared: what the Seguimiento screen's "Comparar
// ciclos" tab says in words and tables (and a report could say), worked out
// once, here, from keys and ids rather than from anything's words.

#include "core/model/workspace.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rumbo {

// A change of share below half a percentage point is rounding, not a decision.
inline constexpr double kWeightShareNoise = 0.005;

struct RankMove {
  FrozenRank before, after;
  int places = 0; // how many places it rose (or fell)
};

struct WeightShareChange {
  CriterionId criterion;
  std::string name;
  std::optional<double> before, after; // shares of each cycle's total
  bool changed() const {
    return before && after && (*after - *before >= kWeightShareNoise ||
                               *before - *after >= kWeightShareNoise);
  }
};

struct CycleComparison {
  // Method: the same key (or, for cycles frozen before their method was a
  // key, the same text).
  bool same_method = true;

  // Ranking: only when both cycles froze one.
  bool rankings = false;
  std::optional<FrozenRank> first_before, first_after;
  std::size_t moved = 0;   // actions in both rankings at another place
  std::size_t entered = 0; // in the later ranking only
  std::size_t left = 0;    // in the earlier ranking only
  std::optional<RankMove> largest_rise, largest_fall;
  // Every action of either ranking: the later one's order, then those that left it.
  std::vector<std::pair<ActionId, std::string>> ranked_actions;

  // Weights, the later cycle's criteria first, then those it no longer has.
  std::vector<WeightShareChange> weights;
  std::size_t weights_changed = 0;
  std::optional<std::size_t> largest_weight_rise, largest_weight_fall; // into `weights`

  // Statuses of the workspace's actions recorded differently in the later cycle.
  std::size_t status_changes = 0;
  std::map<ActionStatus, std::size_t> changed_to;

  // KPIs with an actual in both cycles, and how many moved toward their
  // better direction or away from it.
  std::size_t kpis_compared = 0, kpis_better = 0, kpis_worse = 0;
};

CycleComparison compare_cycles(const Workspace& ws, const EvaluationCycle& before,
                               const EvaluationCycle& after);

// Where `action` stood in a cycle's frozen ranking; null when it was not in it.
const FrozenRank* rank_in(const EvaluationCycle& cycle, ActionId action);

// Each frozen weight's share of the cycle's total (weights typed on any
// scale, points or AHP's fractions, compare); empty when they cannot be
// shared out (they sum to zero), by the rule every weight follows
// (scoring::weights_from_points).
std::vector<double> frozen_weight_shares(const EvaluationCycle& cycle);

// The word a cycle's ranking method is stored with: the method's key
// ("wsm"); older cycles stored its label, which loading turns into the key
// when it names one (method_key_of_label), or keeps as it was.
std::string frozen_method_key(RankingMethod method);
std::optional<std::string> method_key_of_label(const std::string& text);
// The stored method in `language`: the method's name for a key, else the
// stored text as it is; "—" when none was stored.
std::string frozen_method_text(const std::string& stored, Language language);

} // namespace rumbo
