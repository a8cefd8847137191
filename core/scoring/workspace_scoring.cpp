#include "core/scoring/workspace_scoring.h"

#include "core/model/enum_keys.h"
#include "core/scoring/ahp.h"
#include "core/scoring/methods.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <map>

namespace rumbo::scoring {

namespace {

// Criteria weights from the workspace's AHP judgements, when asked for and
// complete; nullopt (and why) otherwise.
std::optional<std::vector<double>> ahp_weights(const Workspace& ws,
                                               std::optional<std::string>& note) {
  if (!ws.comparison.use_for_weights || ws.criteria.size() < 2) return std::nullopt;
  AhpComparison comparison = ahp_comparison(ws);
  if (comparison.error) {
    note = comparison.error;
    return std::nullopt;
  }
  if (comparison.result->error) {
    note = comparison.result->error->key;
    return std::nullopt;
  }
  return std::move(comparison.result->weights);
}

// The model's words for the methods, onto the methods' own enums: the
// ranking methods by their table (methods.h), the others by a switch per
// enum, so a word appended to the model without a mapping fails to build.
Method method_of(RankingMethod method) { return method_info(method).method; }

TopsisNormalisation topsis_normalisation_of(TopsisNormalisationMethod normalisation) {
  switch (normalisation) {
  case TopsisNormalisationMethod::vector:
    return TopsisNormalisation::vector;
  case TopsisNormalisationMethod::minmax:
    return TopsisNormalisation::minmax;
  }
  return TopsisNormalisation::vector;
}

Normalisation normalisation_of(IndexNormalisation normalisation) {
  switch (normalisation) {
  case IndexNormalisation::minmax:
    return Normalisation::minmax;
  case IndexNormalisation::zscore:
    return Normalisation::zscore;
  case IndexNormalisation::goalposts:
    return Normalisation::goalposts;
  case IndexNormalisation::distance_to_target:
    return Normalisation::distance_to_target;
  case IndexNormalisation::rank:
    return Normalisation::rank;
  }
  return Normalisation::minmax;
}

Aggregation aggregation_of(IndexAggregation aggregation) {
  switch (aggregation) {
  case IndexAggregation::arithmetic:
    return Aggregation::arithmetic;
  case IndexAggregation::geometric:
    return Aggregation::geometric;
  }
  return Aggregation::arithmetic;
}

MissingPolicy missing_policy_of(MissingValuePolicy policy) {
  switch (policy) {
  case MissingValuePolicy::exclude:
    return MissingPolicy::exclude;
  case MissingValuePolicy::mean:
    return MissingPolicy::mean;
  case MissingValuePolicy::median:
    return MissingPolicy::median;
  }
  return MissingPolicy::exclude;
}

} // namespace

AhpComparison ahp_comparison(const Workspace& ws) {
  AhpComparison out;
  std::map<ObjectId, std::size_t> index;
  for (std::size_t i = 0; i < ws.criteria.size(); ++i)
    index[ws.criteria[i].id.value] = i;
  std::vector<Judgement> judgements;
  for (const PairwiseJudgement& j : ws.comparison.judgements) {
    auto first = index.find(j.first.value), second = index.find(j.second.value);
    if (first != index.end() && second != index.end())
      judgements.push_back({first->second, second->second, j.value});
  }
  BuiltMatrix built = build_matrix(ws.criteria.size(), judgements);
  out.missing = std::move(built.missing);
  if (built.error)
    out.error = built.error->key;
  else
    out.result = analyse(built.matrix);
  return out;
}

PreferenceType preference_type_of(PreferenceShape shape) {
  switch (shape) {
  case PreferenceShape::usual:
    return PreferenceType::usual;
  case PreferenceShape::u_shape:
    return PreferenceType::u_shape;
  case PreferenceShape::v_shape:
    return PreferenceType::v_shape;
  case PreferenceShape::level:
    return PreferenceType::level;
  case PreferenceShape::linear:
    return PreferenceType::linear;
  case PreferenceShape::gaussian:
    return PreferenceType::gaussian;
  }
  return PreferenceType::usual;
}

UncertaintyOptions readiness_uncertainty_options(const ScoringChoices& choices) {
  UncertaintyOptions uncertainty;
  uncertainty.normalisations = {Normalisation::minmax, Normalisation::zscore, Normalisation::rank};
  uncertainty.aggregations = {{Aggregation::arithmetic, Aggregation::arithmetic},
                              {Aggregation::arithmetic, Aggregation::geometric}};
  uncertainty.weight_spread = choices.weight_spread;
  uncertainty.samples = choices.samples;
  uncertainty.seed = choices.seed;
  return uncertainty;
}

ScoringChoices choices_of(const Workspace& ws) {
  const ScoringSettings& settings = ws.scoring;
  ScoringChoices choices;
  choices.ranking.method = method_of(settings.method);
  choices.ranking.topsis_normalisation = topsis_normalisation_of(settings.topsis_normalisation);
  choices.ranking.vikor_v = settings.vikor_v;
  choices.normalisation = normalisation_of(settings.normalisation);
  choices.aggregation.within = aggregation_of(settings.aggregation_within);
  choices.aggregation.across = aggregation_of(settings.aggregation_across);
  choices.missing = missing_policy_of(settings.missing);
  choices.top_k = settings.top_k;
  choices.samples = std::min(settings.samples, kMaxScoringSamples);
  choices.seed = settings.seed;
  choices.weight_spread = settings.weight_spread;
  choices.score_spread = settings.score_spread;
  return choices;
}

std::vector<const Indicator*> indicators_with_values(const Workspace& ws) {
  std::vector<const Indicator*> scored;
  for (const Indicator& indicator : ws.indicators) {
    bool any = indicator.value.has_value();
    for (const PeerCity& peer : ws.peers)
      for (const PeerValue& value : peer.values)
        any = any || value.indicator == indicator.id;
    if (any) scored.push_back(&indicator);
  }
  return scored;
}

IndexProblem readiness_problem(const Workspace& ws, const ScoringChoices& choices) {
  IndexProblem problem;
  problem.units.push_back(ws.profile.name.empty() ? std::string("—") : ws.profile.name);
  for (const PeerCity& peer : ws.peers)
    problem.units.push_back(peer.name);
  const std::vector<const Indicator*> scored = indicators_with_values(ws);
  for (const Indicator* each : scored) {
    const Indicator& indicator = *each;
    IndexIndicator item;
    item.name = indicator.name.in(Language::es);
    item.direction = indicator.direction == rumbo::Direction::lower_is_better ? Direction::cost
                                                                              : Direction::benefit;
    item.group = std::string(to_key(indicator.dimension));
    item.weight = indicator.weight;
    if (indicator.kind == IndicatorKind::maturity) {
      item.min = 0; // maturity levels 0..4 are their own goalposts
      item.max = kMaturityLevels - 1;
    }
    item.target = indicator.target;
    problem.indicators.push_back(item);
  }
  // Two indicators with the same name would be refused: number the repeats.
  std::map<std::string, int> seen;
  for (IndexIndicator& item : problem.indicators)
    if (int n = seen[item.name]++) item.name += " (" + std::to_string(n + 1) + ")";
  seen.clear();
  for (std::string& unit : problem.units)
    if (int n = seen[unit]++) unit += " (" + std::to_string(n + 1) + ")";

  std::vector<std::optional<double>> city;
  for (const Indicator* indicator : scored)
    city.push_back(indicator->value);
  problem.values.push_back(city);
  for (const PeerCity& peer : ws.peers) {
    std::vector<std::optional<double>> row(scored.size());
    for (const PeerValue& value : peer.values)
      for (std::size_t q = 0; q < scored.size(); ++q)
        if (scored[q]->id == value.indicator) row[q] = value.value;
    problem.values.push_back(row);
  }
  problem.normalisation = choices.normalisation;
  problem.aggregation = choices.aggregation;
  problem.missing = choices.missing;
  problem.scale = 100;
  return problem;
}

ActionsProblem actions_problem(const Workspace& ws) {
  ActionsProblem result;
  std::optional<std::vector<double>> from_ahp = ahp_weights(ws, result.weights_note);
  for (std::size_t c = 0; c < ws.criteria.size(); ++c) {
    const Criterion& criterion = ws.criteria[c];
    DecisionCriterion item;
    item.name = criterion.name.in(Language::es);
    item.direction = criterion.kind == CriterionKind::cost ? Direction::cost : Direction::benefit;
    item.weight = from_ahp ? (*from_ahp)[c] : criterion.weight;
    for (const PreferenceEntry& entry : ws.scoring.preferences)
      if (entry.criterion == criterion.id) {
        item.preference = {preference_type_of(entry.type), entry.q, entry.p, entry.s};
        break;
      }
    result.problem.criteria.push_back(item);
  }
  for (const Action& action : ws.actions) {
    if (action.status == ActionStatus::dropped) continue;
    result.actions.push_back(action.id);
    result.problem.alternatives.push_back(action.title);
    for (const Criterion& criterion : ws.criteria) {
      const CriterionScore* score = nullptr;
      for (const CriterionScore& s : action.scores)
        if (s.criterion == criterion.id) score = &s;
      if (score) {
        result.problem.matrix.push_back(score->value);
      } else {
        result.problem.matrix.push_back((criterion.scale_min + criterion.scale_max) / 2);
        ++result.provenance.missing;
        ++result.provenance.imputed;
      }
    }
  }
  result.provenance.method = "actions_problem";
  result.provenance.parameters.push_back({"weights", from_ahp ? "ahp" : "criteria"});
  result.provenance.parameters.push_back({"missing_scores", "scale_midpoint"});
  return result;
}

std::vector<double> weights_used(const ActionsProblem& actions) {
  std::vector<double> shares = normalised_weights(actions.problem);
  if (shares.size() != actions.problem.criteria.size())
    shares.assign(actions.problem.criteria.size(), 0.0);
  return shares;
}

std::optional<PortfolioPlan> portfolio_problem(const Workspace& ws, const ActionsProblem& actions,
                                               const RankingResult& ranking, Method method) {
  const PortfolioSettings& settings = ws.portfolio;
  if (settings.budget_per_year.empty() || ranking.error) return std::nullopt;
  PortfolioPlan plan;
  plan.first_year = ws.profile.plan_start_year;
  if (plan.first_year == 0) {
    plan.first_year = 9999;
    for (const Action& action : ws.actions)
      if (action.start.is_set()) plan.first_year = std::min(plan.first_year, action.start.year);
    if (plan.first_year == 9999) plan.first_year = 2000;
  }
  const std::size_t years = settings.budget_per_year.size();
  double low = ranking.scores.empty() ? 0 : ranking.scores[0], high = low;
  for (double score : ranking.scores)
    low = std::min(low, score), high = std::max(high, score);
  std::map<ObjectId, std::size_t> axis_index, action_index;
  for (std::size_t i = 0; i < ws.axes.size(); ++i)
    axis_index[ws.axes[i].id.value] = i;
  for (std::size_t i = 0; i < actions.actions.size(); ++i)
    action_index[actions.actions[i].value] = i;
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < actions.actions.size(); ++i) {
    const Action& action = *find_by_id(ws.actions, actions.actions[i].value);
    PortfolioAction item;
    item.name = action.title;
    double score = ranking.scores[i];
    double share = high > low ? (score - low) / (high - low) : 1.0;
    item.value = better_is_higher(method, share);
    item.cost.assign(years, 0);
    int start = action.start.is_set() ? action.start.year : plan.first_year;
    int end = action.end.is_set() ? action.end.year : plan.first_year + static_cast<int>(years) - 1;
    for (std::size_t y = 0; y < years; ++y) {
      int year = plan.first_year + static_cast<int>(y);
      if (year >= start && year <= end) {
        item.cost[y] = action.cost_per_year;
        item.staff += action.staff_effort;
      }
    }
    auto axis = axis_index.find(action.axis.value);
    item.axis = axis == axis_index.end() ? ws.axes.size() : axis->second;
    if (action.status == ActionStatus::running || action.status == ActionStatus::done)
      item.decision = ActionDecision::include;
    plan.problem.actions.push_back(item);
    for (ActionId needed : action.depends_on) {
      auto found = action_index.find(needed.value);
      if (found != action_index.end()) plan.problem.dependencies.push_back({i, found->second});
    }
    if (!action.exclusive_group.empty()) groups[action.exclusive_group].push_back(i);
    plan.actions.push_back(action.id);
  }
  for (auto& [name, members] : groups)
    if (members.size() > 1) plan.problem.exclusive_groups.push_back(members);
  plan.problem.budget = settings.budget_per_year;
  plan.problem.staff_capacity = settings.staff_capacity;
  for (const AxisMinimum& minimum : settings.axis_minimums) {
    auto axis = axis_index.find(minimum.axis.value);
    if (axis == axis_index.end() || minimum.minimum <= 0) continue;
    if (plan.problem.axis_minimum.size() <= axis->second)
      plan.problem.axis_minimum.resize(axis->second + 1, 0);
    plan.problem.axis_minimum[axis->second] = static_cast<std::size_t>(minimum.minimum);
  }
  return plan;
}

WorkspaceScores score_workspace(const Workspace& ws) { return score_workspace(ws, choices_of(ws)); }

WorkspaceScores score_workspace(const Workspace& ws, const ScoringChoices& choices) {
  ScoringRun run(ws, choices);
  run.advance(std::numeric_limits<double>::infinity());
  return run.scores();
}

ScoringRun::ScoringRun(const Workspace& ws) : ScoringRun(ws, choices_of(ws), nullptr) {}

ScoringRun::ScoringRun(const Workspace& ws, const ScoringChoices& choices)
    : ScoringRun(ws, choices, nullptr) {}

ScoringRun::ScoringRun(const Workspace& ws, const ScoringRun& previous)
    : ScoringRun(ws, choices_of(ws), &previous) {}

ScoringRun::ScoringRun(const Workspace& ws, const ScoringChoices& choices,
                       const ScoringRun* previous)
    : choices_(choices), partner_inputs_(partner_fit_inputs(ws)) {
  readiness_.problem = readiness_problem(ws, choices);
  readiness_.indicators = ws.indicators.size();
  readiness_.scored = indicators_with_values(ws).size();
  readiness_.samples = choices.samples;
  readiness_.seed = choices.seed;
  readiness_.weight_spread = choices.weight_spread;
  // A finished uncertainty is kept with its index; one still being sampled
  // starts again (its stage holds no state between slices).
  if (previous && previous->readiness_ == readiness_ && !previous->scores_.uncertainty_pending) {
    scores_.readiness = previous->scores_.readiness;
    scores_.readiness_uncertainty = previous->scores_.readiness_uncertainty;
  } else {
    scores_.readiness = compute_index(readiness_.problem);
    // Indicators no city has a value for yet are left out of the index, and
    // the result says so; with none left there is nothing to score yet.
    if (readiness_.scored == 0 && readiness_.indicators > 0) {
      scores_.readiness.error = IndexMessage{"index.no_values_yet", {}};
    } else if (readiness_.scored < readiness_.indicators && !scores_.readiness.error) {
      scores_.readiness.notices.insert(
          scores_.readiness.notices.begin(),
          IndexMessage{"index.left_out_without_values",
                       {std::to_string(readiness_.indicators - readiness_.scored)},
                       readiness_.indicators - readiness_.scored});
    }
    scores_.uncertainty_pending = !scores_.readiness.error;
  }
  scores_.actions = actions_problem(ws);
  scores_.ranking = rank(scores_.actions.problem, choices.ranking);
  scores_.partners = previous && previous->partner_inputs_ == partner_inputs_
                         ? previous->scores_.partners
                         : partner_fit(ws);
  scores_.portfolio_plan =
      portfolio_problem(ws, scores_.actions, scores_.ranking, choices.ranking.method);
  scores_.stability_pending = scores_.acceptability_pending =
      !scores_.ranking.error && choices.sensitivity;
  scores_.portfolio_pending = scores_.portfolio_plan.has_value();
  scores_.frontier_pending = scores_.portfolio_plan.has_value() && choices.frontier;
  if (!scores_.stability_pending) next_stage();
}

ScoringRun::~ScoringRun() = default;

// On to the next stage that has something to do.
void ScoringRun::next_stage() {
  for (;;) {
    stage_ = static_cast<Stage>(static_cast<int>(stage_) + 1);
    switch (stage_) {
    case Stage::stability:
      if (scores_.stability_pending) return;
      break;
    case Stage::uncertainty:
      if (scores_.uncertainty_pending) return;
      break;
    case Stage::acceptability:
      if (scores_.acceptability_pending) return;
      break;
    case Stage::portfolio:
      if (scores_.portfolio_pending) return;
      break;
    case Stage::frontier:
      if (scores_.frontier_pending) return;
      break;
    case Stage::done:
      return;
    }
  }
}

bool ScoringRun::advance(double slice_ms) {
  using Clock = std::chrono::steady_clock;
  const bool unlimited = slice_ms >= 1e12;
  const Clock::time_point begin = Clock::now();
  for (;;) {
    const double left =
        slice_ms - std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
    if (done() || (!unlimited && left <= 0)) break;
    work_on_stage(left, unlimited);
  }
  return done();
}

// Works on the current stage for about `slice_ms` (at least one small piece)
// and moves on when it is finished.
void ScoringRun::work_on_stage(double slice_ms, bool unlimited) {
  const ActionsProblem& actions = scores_.actions;
  switch (stage_) {
  case Stage::stability:
    if (!stability_)
      stability_ =
          std::make_unique<StabilityRun>(actions.problem, choices_.ranking, choices_.top_k);
    if (stability_->advance(1)) {
      scores_.stability = stability_->result();
      scores_.stability_pending = false;
      stability_.reset();
      next_stage();
    }
    return;
  case Stage::uncertainty: {
    scores_.readiness_uncertainty =
        analyse_uncertainty(readiness_.problem, readiness_uncertainty_options(choices_));
    scores_.uncertainty_pending = false;
    next_stage();
    return;
  }
  case Stage::acceptability:
    if (!acceptability_) {
      AcceptabilityOptions sampling;
      sampling.samples = choices_.samples;
      sampling.seed = choices_.seed;
      sampling.weight_spread = choices_.weight_spread;
      sampling.score_spread = choices_.score_spread;
      acceptability_ =
          std::make_unique<AcceptabilityRun>(actions.problem, choices_.ranking, sampling);
    }
    // A few samples between looks at the clock: reading it is a call into
    // JavaScript under wasm.
    if (acceptability_->advance(unlimited ? acceptability_->total() : 16)) {
      scores_.acceptability = acceptability_->result();
      scores_.acceptability_pending = false;
      acceptability_.reset();
      next_stage();
    }
    return;
  case Stage::portfolio:
    if (!portfolio_) portfolio_ = std::make_unique<PortfolioRun>(scores_.portfolio_plan->problem);
    if (portfolio_->advance(slice_ms)) {
      scores_.portfolio = portfolio_->result();
      scores_.portfolio_pending = false;
      portfolio_.reset();
      next_stage();
    }
    return;
  case Stage::frontier:
    if (!frontier_)
      frontier_ = std::make_unique<FrontierRun>(scores_.portfolio_plan->problem,
                                                default_frontier_factors());
    if (frontier_->advance(slice_ms)) {
      scores_.frontier = frontier_->points();
      scores_.frontier_pending = false;
      frontier_.reset();
      next_stage();
    }
    return;
  case Stage::done:
    return;
  }
}

double ScoringRun::progress() const {
  if (done()) return 1;
  // Each stage an equal share: their lengths are not known in advance.
  double parts = 0, finished = 0;
  auto part = [&](bool exists, bool pending, double within) {
    if (!exists) return;
    parts += 1;
    finished += pending ? within : 1;
  };
  auto share = [](std::size_t done, std::size_t total) {
    return total ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
  };
  const bool ranked = !scores_.ranking.error, planned = scores_.portfolio_plan.has_value();
  part(ranked, scores_.stability_pending,
       stability_ ? share(stability_->found(), stability_->total()) : 0);
  part(!scores_.readiness.error, scores_.uncertainty_pending, 0);
  part(ranked, scores_.acceptability_pending,
       acceptability_ ? share(acceptability_->drawn(), acceptability_->total()) : 0);
  part(planned, scores_.portfolio_pending, 0);
  part(planned, scores_.frontier_pending,
       frontier_ ? share(frontier_->solved(), frontier_->points().size()) : 0);
  return parts > 0 ? finished / parts : 1;
}

} // namespace rumbo::scoring
