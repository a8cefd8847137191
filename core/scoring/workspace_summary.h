#pragma once

// One strategy in a few figures: the readiness index and rank, the first
// actions, the portfolio's cost and coverage, the KPIs' traffic light. What
// a national body compares across every municipality's strategy
// (`rumbo-cli score FILES...`), and what an executive summary opens with.

#include "core/model/kpi_progress.h"
#include "core/model/workspace.h"
#include "core/scoring/portfolio.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::scoring {

inline constexpr std::size_t kSummaryFirstActions = 3;

struct ReadinessSummary {
  double index = 0; // the city's (the first unit's), on the workspace's scale
  int rank = 0;     // 1 = best among the city and its peers
  std::size_t units = 0;
  std::optional<int> rank_low, rank_high; // 5th to 95th percentile of the sampled ranks
};

struct PortfolioSummary {
  PortfolioStatus status = PortfolioStatus::invalid;
  std::size_t chosen = 0;       // actions in the portfolio
  std::size_t actions = 0;      // actions it was chosen from
  double cost = 0;              // over every year of the plan
  double budget = 0;            // over every year of the plan
  std::size_t axes_covered = 0; // thematic axes with a chosen action
  std::size_t axes_with_actions = 0;
};

struct WorkspaceSummary {
  std::string territory;                     // profile.name
  std::string title;                         // profile.title
  std::string currency;                      // profile.currency
  std::optional<ReadinessSummary> readiness; // none: no index yet (no values, no indicators)
  std::vector<std::string> first_actions;    // titles, best first
  std::optional<PortfolioSummary> portfolio; // none: no budget set
  KpiLights kpis;
};

// Scores what the summary needs and nothing more: no weight stability, rank
// acceptability or frontier; the rest as the screens compute it.
WorkspaceSummary summarise_workspace(const Workspace& ws);

} // namespace rumbo::scoring
