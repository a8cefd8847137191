#pragma once

// The scoring methods applied to a workspace: the readiness index of the city
// among its peers (with its uncertainty), the ranking of the actions on the
// criteria (with weight stability and rank acceptability), and partner fit.
// The workspace is turned into the methods' own problems here, so every
// method stays independent of the model and testable on published examples.

#include "core/model/workspace.h"
#include "core/scoring/ahp.h"
#include "core/scoring/composite_index.h"
#include "core/scoring/mcda.h"
#include "core/scoring/partner_fit.h"
#include "core/scoring/portfolio.h"
#include "core/scoring/sensitivity.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::scoring {

struct ScoringChoices {
  RankingOptions ranking; // method for the actions
  Normalisation normalisation = Normalisation::minmax;
  AggregationChoice aggregation;
  MissingPolicy missing = MissingPolicy::exclude;
  std::size_t top_k = 3;      // weight stability of the first k actions
  std::size_t samples = 2000; // Monte Carlo samples (index uncertainty, acceptability)
  std::uint64_t seed = 1;
  double weight_spread = 0.2;
  double score_spread = 0; // rank acceptability only
  // What to compute beyond the index, its uncertainty, the ranking, the
  // partners and the portfolio: a summary of many strategies needs neither.
  bool sensitivity = true; // weight stability and rank acceptability
  bool frontier = true;    // the portfolio at other budgets
};

// The choices the workspace saves (workspace.scoring). Values out of range
// are passed on for the methods to refuse with their own message, except
// the number of samples, which is capped at kMaxScoringSamples so a file
// cannot keep scoring busy for hours.
ScoringChoices choices_of(const Workspace& ws);

// How robust the readiness ranking is judged: every normalisation but the
// ones that need goalposts or targets, arithmetic and geometric means across
// the dimensions, and the choices' weight spread, samples and seed.
UncertaintyOptions readiness_uncertainty_options(const ScoringChoices& choices);

// The indicators that have a value for the city or for at least one peer:
// the others cannot be normalised, so a strategy being filled in leaves
// them out of the index until some city has a value.
std::vector<const Indicator*> indicators_with_values(const Workspace& ws);

// The readiness problem: the city (first unit) and its peers; the indicators
// with values, grouped by dimension; a missing value is a gap, never a zero.
IndexProblem readiness_problem(const Workspace& ws, const ScoringChoices& choices);

// The actions that are not dropped, on the criteria. A missing score is
// filled with the middle of the criterion's scale and counted in
// `provenance.imputed`. Criteria weights come from the AHP comparison when
// the workspace asks for it and it is complete, otherwise from the criteria.
// Each criterion's PROMETHEE preference function is the workspace's entry
// for it (workspace.scoring.preferences), or `usual`.
// The workspace's pairwise comparison of its criteria (AHP): the pairs not
// judged yet (criterion indices, i < j), and once every pair is, the
// priorities and their consistency; `error`, a message key, when the
// judgements cannot form a matrix (incomplete included).
struct AhpComparison {
  std::vector<std::pair<std::size_t, std::size_t>> missing;
  std::optional<AhpResult> result;
  std::optional<std::string> error;
};
AhpComparison ahp_comparison(const Workspace& ws);

struct ActionsProblem {
  DecisionProblem problem;
  std::vector<ActionId> actions; // alternative i is actions[i]
  Provenance provenance;         // missing/imputed scores; "weights" = "criteria" or "ahp"
  std::optional<std::string>
      weights_note; // a message key when AHP weights were asked for but not usable
};
ActionsProblem actions_problem(const Workspace& ws);

// The criteria weights the ranking uses, as shares of 1 in the order of the
// criteria: the AHP comparison's when it is on and complete, else the
// criteria's, by the one rule for shares (weights_from_points). When they
// cannot be shared out (they sum to zero) each is 0: the ranking then refuses
// and says why, and no screen shows shares the ranking did not use.
std::vector<double> weights_used(const ActionsProblem& actions);

// The portfolio problem of the ranked actions, when the workspace sets a
// budget: one year per budget entry from the profile's first plan year; an
// action costs its cost per year in each year it runs (the whole plan when
// its dates are unset) and its staff effort per year it runs; its value is
// its ranking score rescaled to 0..1 (best 1; VIKOR's Q reversed); running
// and done actions are kept in.
struct PortfolioPlan {
  PortfolioProblem problem;
  std::vector<ActionId> actions; // problem.actions[i] is actions[i]
  int first_year = 0;
};
std::optional<PortfolioPlan> portfolio_problem(const Workspace& ws, const ActionsProblem& actions,
                                               const RankingResult& ranking, Method method);

struct WorkspaceScores {
  IndexResult readiness;
  UncertaintyResult readiness_uncertainty;
  ActionsProblem actions;
  RankingResult ranking;
  StabilityResult stability;
  AcceptabilityResult acceptability;
  PartnerFitResult partners;
  std::optional<PortfolioPlan> portfolio_plan;
  std::optional<PortfolioResult> portfolio;
  std::vector<FrontierPoint> frontier; // best score at budgets × 0.25 .. 2 (the current one is × 1)

  // Parts a ScoringRun has not finished yet: left empty until it has.
  bool stability_pending = false;
  bool uncertainty_pending = false;
  bool acceptability_pending = false;
  bool portfolio_pending = false;
  bool frontier_pending = false;
};

// With the workspace's own choices (choices_of), or with explicit ones.
// A workspace's PROMETHEE preference shape as the scoring library's type
// (the same six, by the words of files: "u_shape"), for the CLI too.
PreferenceType preference_type_of(PreferenceShape shape);

WorkspaceScores score_workspace(const Workspace& ws);
WorkspaceScores score_workspace(const Workspace& ws, const ScoringChoices& choices);

// The same scores in steps, for a page that must never stop drawing: the
// quick parts (index, ranking, partner fit) are ready at construction; the
// weight stability scans, the Monte Carlo runs and the portfolio searches go
// on in advance(), each slice about `slice_ms` long. Once done, the scores are
// those score_workspace() gives, however the work was divided. The run keeps
// its own copy of what it needs: the workspace may change meanwhile (the
// caller then starts a new run).
class ScoringRun {
public:
  explicit ScoringRun(const Workspace& ws);
  ScoringRun(const Workspace& ws, const ScoringChoices& choices);
  // After an edit: the parts whose inputs are those of `previous` (the run
  // of the workspace before it) are taken from it instead of being computed
  // again. A weight drag re-ranks the actions and keeps the readiness index,
  // its uncertainty and the partners' fit, which do not depend on weights.
  ScoringRun(const Workspace& ws, const ScoringRun& previous);
  ~ScoringRun();
  ScoringRun(const ScoringRun&) = delete;
  ScoringRun& operator=(const ScoringRun&) = delete;

  // True once every part is done.
  bool advance(double slice_ms);
  bool done() const { return stage_ == Stage::done; }
  double progress() const; // 0..1
  const WorkspaceScores& scores() const { return scores_; }

private:
  enum class Stage { stability, uncertainty, acceptability, portfolio, frontier, done };
  void next_stage();
  void work_on_stage(double slice_ms, bool unlimited);

  // What the readiness index and its uncertainty are computed from.
  struct ReadinessInputs {
    IndexProblem problem;
    std::size_t indicators = 0, scored = 0; // for the notice of those left out
    std::size_t samples = 0;
    std::uint64_t seed = 0;
    double weight_spread = 0;
    bool operator==(const ReadinessInputs&) const = default;
  };
  ScoringRun(const Workspace& ws, const ScoringChoices& choices, const ScoringRun* previous);

  ScoringChoices choices_;
  WorkspaceScores scores_;
  ReadinessInputs readiness_;
  PartnerFitInputs partner_inputs_;
  Stage stage_ = Stage::stability;
  // Each made when its stage begins, so that an edit's frame pays for none.
  std::unique_ptr<StabilityRun> stability_;
  std::unique_ptr<AcceptabilityRun> acceptability_;
  std::unique_ptr<PortfolioRun> portfolio_;
  std::unique_ptr<FrontierRun> frontier_;
};

} // namespace rumbo::scoring
