#include "core/model/progress.h"

#include <algorithm>

namespace rumbo {
namespace {

StepProgress profile_progress(const Profile& p) {
  const bool filled[] = {!p.name.empty(),  !p.country.empty(),    !p.region.empty(),
                         p.population > 0, p.plan_start_year > 0, p.plan_end_year > 0,
                         !p.title.empty()};
  return {static_cast<std::size_t>(std::count(std::begin(filled), std::end(filled), true)),
          std::size(filled)};
}

StepProgress diagnosis_progress(const Workspace& ws) {
  bool seen[4] = {false, false, false, false};
  for (const ContextItem& item : ws.context_items)
    seen[static_cast<std::size_t>(item.quadrant)] = true;
  return {static_cast<std::size_t>(std::count(std::begin(seen), std::end(seen), true)), 4};
}

StepProgress objectives_progress(const Workspace& ws) {
  StepProgress p{ws.vision.text.empty() ? 0u : 1u, 1 + ws.objectives.size()};
  for (const Objective& objective : ws.objectives)
    if (std::any_of(ws.kpis.begin(), ws.kpis.end(),
                    [&](const Kpi& kpi) { return kpi.objective == objective.id; }))
      ++p.done;
  return p;
}

StepProgress scores_progress(const Workspace& ws) {
  StepProgress p{0, ws.actions.size() * ws.criteria.size()};
  for (const Action& action : ws.actions)
    for (const Criterion& criterion : ws.criteria)
      if (std::any_of(action.scores.begin(), action.scores.end(),
                      [&](const CriterionScore& s) { return s.criterion == criterion.id; }))
        ++p.done;
  return p;
}

StepProgress portfolio_progress(const Workspace& ws) {
  const Profile& profile = ws.profile;
  const int years = profile.plan_end_year >= profile.plan_start_year && profile.plan_start_year > 0
                        ? profile.plan_end_year - profile.plan_start_year + 1
                        : 0;
  const std::size_t total = static_cast<std::size_t>(std::clamp(years, 0, 50));
  const auto& budget = ws.portfolio.budget_per_year;
  const std::size_t done = static_cast<std::size_t>(std::count_if(
      budget.begin(), budget.begin() + static_cast<std::ptrdiff_t>(std::min(total, budget.size())),
      [](double amount) { return amount > 0; }));
  return {done, total};
}

} // namespace

StepProgress progress(const Workspace& ws, Step step) {
  switch (step) {
  case Step::profile:
    return profile_progress(ws.profile);
  case Step::diagnosis:
    return diagnosis_progress(ws);
  case Step::readiness:
    return {static_cast<std::size_t>(
                std::count_if(ws.indicators.begin(), ws.indicators.end(),
                              [](const Indicator& i) { return i.value.has_value(); })),
            ws.indicators.size()};
  case Step::objectives:
    return objectives_progress(ws);
  case Step::actors:
    return {ws.actors.size(), 0};
  case Step::partners:
    return {ws.partners.size(), 0};
  case Step::actions:
    return {static_cast<std::size_t>(std::count_if(ws.actions.begin(), ws.actions.end(),
                                                   [](const Action& a) {
                                                     return a.axis.value != 0 &&
                                                            (a.cost_per_year > 0 ||
                                                             a.staff_effort > 0);
                                                   })),
            ws.actions.size()};
  case Step::prioritise:
    return scores_progress(ws);
  case Step::portfolio:
    return portfolio_progress(ws);
  case Step::monitoring:
    return {ws.cycles.size(), 0};
  }
  return {};
}

} // namespace rumbo
