#pragma once

// Ranking of alternatives on several criteria: weighted sum (WSM), weighted
// product (WPM), TOPSIS, PROMETHEE II and VIKOR. Conventions (docs/scoring.md):
// weights are normalised to sum 1; WSM uses the values as given (cost
// criteria subtract); WPM scores are the product of x^w (cost criteria x^-w);
// PROMETHEE thresholds are absolute on each criterion's scale and flows are
// averaged over n-1; VIKOR's v weighs group utility against individual regret.
// Scores that agree to 10 significant digits (relative to the largest score)
// are ties, and ties go to the lower index.

#include "core/scoring/decision_problem.h"
#include "core/scoring/provenance.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::scoring {

enum class Method { wsm, wpm, topsis, promethee2, vikor };
enum class TopsisNormalisation { vector, minmax };

struct RankingOptions {
  Method method = Method::wsm;
  TopsisNormalisation topsis_normalisation = TopsisNormalisation::vector;
  double vikor_v = 0.5;
};

struct RankingResult {
  std::vector<double> scores; // one per alternative; higher is better for every method but VIKOR
                              // (where scores = Q, lower is better)
  std::vector<std::size_t> ranking; // alternative indices, best first (ties: lower index first)
  std::vector<double> closeness;    // TOPSIS
  std::vector<double> phi_plus, phi_minus, phi; // PROMETHEE II
  std::vector<double> S, R, Q;                  // VIKOR
  // VIKOR's conditions for proposing the best-ranked alternative alone
  // (Opricovic & Tzeng 2004): C1 acceptable advantage, Q(second) - Q(first)
  // >= 1/(n-1); C2 acceptable stability, the first is also best by S or R.
  // When one fails, `compromise` holds the alternatives to propose together.
  bool acceptable_advantage = false;
  bool acceptable_stability = false;
  std::vector<std::size_t> compromise;
  Provenance provenance;
  std::optional<std::string> error; // message key when the problem cannot be ranked
};

// The problem is checked first (sizes, finite values, non-negative weights
// with a positive sum, positive values for WPM, q <= p); a problem that fails
// gets `error` and no scores. Error keys: scoring.empty_problem,
// scoring.matrix_size, scoring.bad_value, scoring.bad_weights,
// scoring.wpm_non_positive, scoring.bad_thresholds, scoring.bad_vikor_v,
// scoring.unknown_method, scoring.out_of_range (a result too large for a double).
RankingResult rank(const DecisionProblem& problem, const RankingOptions& options);

// Weights that sum to 1, in the order of problem.criteria; empty when they
// cannot be normalised (a negative or non-finite weight, or a zero sum).
std::vector<double> normalised_weights(const DecisionProblem& problem);

} // namespace rumbo::scoring
