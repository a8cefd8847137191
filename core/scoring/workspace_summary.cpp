#include "core/scoring/workspace_summary.h"

#include "core/scoring/workspace_scoring.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace rumbo::scoring {

WorkspaceSummary summarise_workspace(const Workspace& ws) {
  ScoringChoices choices = choices_of(ws);
  choices.sensitivity = false;
  choices.frontier = false;
  const WorkspaceScores scores = score_workspace(ws, choices);

  WorkspaceSummary summary;
  summary.territory = ws.profile.name;
  summary.title = ws.profile.title;
  summary.currency = ws.profile.currency;

  if (!scores.readiness.error && !scores.readiness.index.empty()) {
    ReadinessSummary readiness;
    readiness.index = scores.readiness.index[0];
    readiness.rank = scores.readiness.ranks[0];
    readiness.units = scores.readiness.index.size();
    const UncertaintyResult& uncertainty = scores.readiness_uncertainty;
    if (!uncertainty.error && !uncertainty.low_rank.empty()) {
      readiness.rank_low = uncertainty.low_rank[0];
      readiness.rank_high = uncertainty.high_rank[0];
    }
    summary.readiness = readiness;
  }

  if (!scores.ranking.error)
    for (std::size_t i = 0; i < scores.ranking.ranking.size() && i < kSummaryFirstActions; ++i)
      summary.first_actions.push_back(
          scores.actions.problem.alternatives[scores.ranking.ranking[i]]);

  if (scores.portfolio && scores.portfolio_plan) {
    const PortfolioProblem& problem = scores.portfolio_plan->problem;
    const PortfolioResult& result = *scores.portfolio;
    PortfolioSummary portfolio;
    portfolio.status = result.status;
    portfolio.chosen = result.chosen.size();
    portfolio.actions = problem.actions.size();
    portfolio.cost = std::accumulate(result.cost_per_year.begin(), result.cost_per_year.end(), 0.0);
    portfolio.budget = std::accumulate(problem.budget.begin(), problem.budget.end(), 0.0);
    std::set<std::size_t> axes, covered;
    for (const PortfolioAction& action : problem.actions)
      axes.insert(action.axis);
    for (std::size_t index : result.chosen)
      covered.insert(problem.actions[index].axis);
    portfolio.axes_with_actions = axes.size();
    portfolio.axes_covered = covered.size();
    summary.portfolio = portfolio;
  }

  summary.kpis = latest_kpi_lights(ws);
  return summary;
}

} // namespace rumbo::scoring
