#include "core/scoring/composite_index.h"

#include "core/scoring/random.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <numeric>

namespace rumbo::scoring {

namespace {

// Bounds for untrusted input: a region has a few hundred municipalities and an
// index a few dozen indicators; the sampled ranks take 4 bytes each.
constexpr std::size_t kMaxUnits = 10000;
constexpr std::size_t kMaxIndicators = 1000;
constexpr std::size_t kMaxSamples = 100000;
// Ranks kept while sampling (2 bytes each: 50 MB at most): enough for every
// Colombian municipality (about 1,100) with 20,000 samples.
constexpr std::size_t kMaxSampledRanks = 25000000;
static_assert(kMaxUnits <= std::numeric_limits<std::uint16_t>::max(), "a rank fits 2 bytes");
// Larger magnitudes could overflow a range or a sum of squares into inf - inf.
constexpr double kMaxMagnitude = 1e100;

// Lowest min-max value when a geometric mean follows: 1 on the 1-100 scale.
constexpr double kGeometricFloor = 0.01;
// Scores equal to 12 significant digits are ties: sums of the same terms in
// another order must not split units that the method treats as equal.
constexpr double kTieTolerance = 1e-12;

// The JSON words, for provenance.
std::string key(Normalisation method) {
  constexpr const char* words[] = {"minmax", "zscore", "goalposts", "distance_to_target", "rank"};
  return words[static_cast<int>(method)];
}

std::string key(Aggregation aggregation) {
  return aggregation == Aggregation::geometric ? "geometric" : "arithmetic";
}

std::string key(MissingPolicy policy) {
  constexpr const char* words[] = {"exclude", "mean", "median"};
  return words[static_cast<int>(policy)];
}

std::string text(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

IndexMessage message(std::string_view key, std::vector<std::string> args = {}) {
  return {std::string(key), std::move(args)};
}

bool geometric(const AggregationChoice& choice) {
  return choice.within == Aggregation::geometric || choice.across == Aggregation::geometric;
}

// Groups in order of first appearance.
struct Groups {
  std::vector<std::string> names;
  std::vector<std::size_t> of; // per indicator
};

Groups find_groups(const IndexProblem& problem) {
  Groups groups;
  for (const IndexIndicator& indicator : problem.indicators) {
    auto at = std::find(groups.names.begin(), groups.names.end(), indicator.group);
    groups.of.push_back(static_cast<std::size_t>(at - groups.names.begin()));
    if (at == groups.names.end()) groups.names.push_back(indicator.group);
  }
  return groups;
}

const double* listed_weight(const IndexProblem& problem, const std::string& group) {
  for (const auto& [name, weight] : problem.group_weights)
    if (name == group) return &weight;
  return nullptr;
}

std::vector<double> group_weights(const IndexProblem& problem, const Groups& groups) {
  std::vector<double> weights(groups.names.size(), 1.0);
  if (!problem.group_weights.empty())
    for (std::size_t g = 0; g < weights.size(); ++g)
      weights[g] = *listed_weight(problem, groups.names[g]);
  return weights;
}

bool usable(double x) { return std::abs(x) <= kMaxMagnitude; } // false for NaN and infinities

std::optional<std::string> duplicate(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  auto at = std::adjacent_find(names.begin(), names.end());
  if (at == names.end()) return std::nullopt;
  return std::string(*at);
}

std::optional<IndexMessage> validate_shape(const IndexProblem& problem) {
  const std::size_t units = problem.units.size(), indicators = problem.indicators.size();
  if (units == 0) return message("index.no_units");
  if (indicators == 0) return message("index.no_indicators");
  if (units > kMaxUnits) return message("index.too_many_units", {std::to_string(kMaxUnits)});
  if (indicators > kMaxIndicators)
    return message("index.too_many_indicators", {std::to_string(kMaxIndicators)});
  if (problem.scale != 1 && problem.scale != 100) return message("index.bad_scale");
  std::vector<std::string_view> names(problem.units.begin(), problem.units.end());
  if (auto name = duplicate(names)) return message("index.duplicate_unit", {*name});
  names.clear();
  for (const IndexIndicator& indicator : problem.indicators)
    names.push_back(indicator.name);
  if (auto name = duplicate(names)) return message("index.duplicate_indicator", {*name});
  if (problem.values.size() != units)
    return message("index.bad_row_count",
                   {std::to_string(units), std::to_string(problem.values.size())});
  for (std::size_t u = 0; u < units; ++u) {
    if (problem.values[u].size() != indicators)
      return message("index.bad_row_length", {problem.units[u], std::to_string(indicators),
                                              std::to_string(problem.values[u].size())});
    for (std::size_t q = 0; q < indicators; ++q) {
      if (!problem.values[u][q]) continue;
      const double x = *problem.values[u][q];
      if (!std::isfinite(x))
        return message("index.not_finite", {problem.units[u], problem.indicators[q].name});
      if (!usable(x))
        return message("index.out_of_range", {problem.units[u], problem.indicators[q].name});
    }
  }
  return std::nullopt;
}

std::optional<IndexMessage> validate_weights(const IndexProblem& problem, const Groups& groups) {
  std::vector<double> sums(groups.names.size(), 0.0);
  for (std::size_t q = 0; q < problem.indicators.size(); ++q) {
    const IndexIndicator& indicator = problem.indicators[q];
    if (!usable(indicator.weight) || indicator.weight < 0)
      return message("index.bad_weight", {indicator.name});
    sums[groups.of[q]] += indicator.weight;
  }
  for (std::size_t g = 0; g < sums.size(); ++g)
    if (!(sums[g] > 0)) return message("index.zero_weights", {groups.names[g]});
  if (problem.group_weights.empty()) return std::nullopt;
  std::vector<std::string_view> listed;
  double total = 0;
  for (const auto& [name, weight] : problem.group_weights) {
    if (std::find(groups.names.begin(), groups.names.end(), name) == groups.names.end())
      return message("index.unknown_group", {name});
    if (!usable(weight) || weight < 0) return message("index.bad_group_weight", {name});
    listed.push_back(name);
    total += weight;
  }
  if (auto name = duplicate(listed)) return message("index.duplicate_group", {*name});
  for (const std::string& name : groups.names)
    if (!listed_weight(problem, name)) return message("index.missing_group_weight", {name});
  if (!(total > 0)) return message("index.zero_group_weights");
  return std::nullopt;
}

// What a normalisation needs of each indicator: goalposts, a target, positive
// numbers under a logarithm.
std::optional<IndexMessage> validate_indicator(const IndexProblem& problem, std::size_t q,
                                               const std::vector<Normalisation>& methods) {
  const IndexIndicator& indicator = problem.indicators[q];
  const bool log = indicator.transform == Transform::log;
  bool any_value = false;
  for (const auto& row : problem.values) {
    if (!row[q]) continue;
    any_value = true;
    if (log && !(*row[q] > 0)) return message("index.log_needs_positive", {indicator.name});
  }
  if (!any_value) return message("index.indicator_without_values", {indicator.name});
  auto uses = [&](Normalisation method) {
    return std::find(methods.begin(), methods.end(), method) != methods.end();
  };
  if (uses(Normalisation::goalposts)) {
    if (!indicator.min || !indicator.max || !usable(*indicator.min) || !usable(*indicator.max) ||
        !(*indicator.min < *indicator.max))
      return message("index.bad_goalposts", {indicator.name});
    if (log && !(*indicator.min > 0)) return message("index.log_needs_positive", {indicator.name});
  }
  if (uses(Normalisation::distance_to_target)) {
    if (!indicator.target) return message("index.missing_target", {indicator.name});
    // Under a logarithm the target's log is the denominator, so it must exceed 1.
    if (!usable(*indicator.target) || !(*indicator.target > (log ? 1.0 : 0.0)))
      return message("index.bad_target", {indicator.name});
  }
  return std::nullopt;
}

std::optional<IndexMessage> validate(const IndexProblem& problem, const Groups& groups,
                                     const std::vector<Normalisation>& methods) {
  if (auto error = validate_shape(problem)) return error;
  if (auto error = validate_weights(problem, groups)) return error;
  for (std::size_t q = 0; q < problem.indicators.size(); ++q)
    if (auto error = validate_indicator(problem, q, methods)) return error;
  if (problem.missing != MissingPolicy::exclude) return std::nullopt;
  const std::vector<double> weights = group_weights(problem, groups);
  for (std::size_t u = 0; u < problem.units.size(); ++u) {
    bool scored = false;
    for (std::size_t q = 0; q < problem.indicators.size() && !scored; ++q)
      scored =
          problem.values[u][q] && problem.indicators[q].weight > 0 && weights[groups.of[q]] > 0;
    if (!scored) return message("index.unit_without_values", {problem.units[u]});
  }
  return std::nullopt;
}

// The problem after imputation and transformation, laid out for aggregation.
struct Prepared {
  std::size_t units = 0, indicators = 0;
  std::vector<double> values;  // unit-major, transformed; 0 where left out
  std::vector<double> present; // 1 or 0, so the aggregation multiplies instead of branching
  std::vector<double> low, high, target; // transformed goalposts and targets, 0 when absent
  Groups groups;
  std::vector<double> weight;            // per indicator, summing to 1 within its group
  std::vector<double> group_weight;      // summing to 1 over the groups
  std::vector<std::size_t> members;      // positive-weight indicators, group after group
  std::vector<std::size_t> member_begin; // per group into members, plus the end
  std::size_t missing = 0, imputed = 0;
};

double median(std::vector<double> values) {
  const std::size_t middle = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + middle, values.end());
  const double upper = values[middle];
  if (values.size() % 2 == 1) return upper;
  return (*std::max_element(values.begin(), values.begin() + middle) + upper) / 2;
}

Prepared prepare(const IndexProblem& problem, Groups groups) {
  Prepared data;
  const std::size_t units = data.units = problem.units.size();
  const std::size_t indicators = data.indicators = problem.indicators.size();
  data.values.assign(units * indicators, 0.0);
  data.present.assign(units * indicators, 0.0);
  for (std::size_t q = 0; q < indicators; ++q) {
    const IndexIndicator& indicator = problem.indicators[q];
    auto transform = [&](double x) {
      return indicator.transform == Transform::log ? std::log(x) : x;
    };
    std::vector<double> column;
    for (const auto& row : problem.values)
      if (row[q]) column.push_back(*row[q]);
    double fill = 0;
    if (problem.missing == MissingPolicy::mean)
      fill =
          std::accumulate(column.begin(), column.end(), 0.0) / static_cast<double>(column.size());
    else if (problem.missing == MissingPolicy::median)
      fill = median(column);
    for (std::size_t u = 0; u < units; ++u) {
      const std::optional<double>& cell = problem.values[u][q];
      if (!cell) {
        ++data.missing;
        if (problem.missing == MissingPolicy::exclude) continue;
        ++data.imputed;
      }
      data.values[u * indicators + q] = transform(cell ? *cell : fill);
      data.present[u * indicators + q] = 1;
    }
    data.low.push_back(indicator.min ? transform(*indicator.min) : 0);
    data.high.push_back(indicator.max ? transform(*indicator.max) : 0);
    data.target.push_back(indicator.target ? transform(*indicator.target) : 0);
  }
  std::vector<double> group_sum(groups.names.size(), 0.0);
  for (std::size_t q = 0; q < indicators; ++q)
    group_sum[groups.of[q]] += problem.indicators[q].weight;
  for (std::size_t q = 0; q < indicators; ++q)
    data.weight.push_back(problem.indicators[q].weight / group_sum[groups.of[q]]);
  data.group_weight = group_weights(problem, groups);
  const double total = std::accumulate(data.group_weight.begin(), data.group_weight.end(), 0.0);
  for (double& weight : data.group_weight)
    weight /= total;
  for (std::size_t g = 0; g < groups.names.size(); ++g) {
    data.member_begin.push_back(data.members.size());
    for (std::size_t q = 0; q < indicators; ++q)
      if (groups.of[q] == g && problem.indicators[q].weight > 0) data.members.push_back(q);
  }
  data.member_begin.push_back(data.members.size());
  data.groups = std::move(groups);
  return data;
}

// Normalised values (0 where left out) and their logarithms for geometric means.
struct Normalised {
  std::vector<double> value, log_value;
};

Normalised normalise(const IndexProblem& problem, const Prepared& data, Normalisation method,
                     bool floor, std::vector<IndexMessage>* notices) {
  const std::size_t units = data.units, indicators = data.indicators;
  Normalised out;
  out.value.assign(units * indicators, 0.0);
  out.log_value.assign(units * indicators, 0.0);
  std::vector<double> column;
  for (std::size_t q = 0; q < indicators; ++q) {
    const bool benefit = problem.indicators[q].direction == Direction::benefit;
    column.clear();
    for (std::size_t u = 0; u < units; ++u)
      if (data.present[u * indicators + q] != 0) column.push_back(data.values[u * indicators + q]);
    std::sort(column.begin(), column.end());
    const double n = static_cast<double>(column.size());
    const double lo = column.front(), hi = column.back();
    const double mean = std::accumulate(column.begin(), column.end(), 0.0) / n;
    double squares = 0;
    for (double x : column)
      squares += (x - mean) * (x - mean);
    // The sample standard deviation (n - 1), as in the Handbook's Table 15.
    const double sd = column.size() > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
    const bool constant = hi == lo;
    if (notices && constant && method != Normalisation::goalposts &&
        method != Normalisation::distance_to_target)
      notices->push_back(message(kConstantIndicatorNotice, {problem.indicators[q].name}));
    for (std::size_t u = 0; u < units; ++u) {
      const std::size_t cell = u * indicators + q;
      if (data.present[cell] == 0) continue;
      const double x = data.values[cell];
      double v = 0;
      switch (method) {
      case Normalisation::minmax:
        v = constant ? 1.0 : (benefit ? x - lo : hi - x) / (hi - lo);
        if (floor) v = kGeometricFloor + (1 - kGeometricFloor) * v;
        break;
      case Normalisation::zscore:
        v = sd > 0 ? (benefit ? x - mean : mean - x) / sd : 0.0;
        break;
      case Normalisation::goalposts: {
        const double t = std::clamp((x - data.low[q]) / (data.high[q] - data.low[q]), 0.0, 1.0);
        v = benefit ? t : 1 - t;
        break;
      }
      case Normalisation::distance_to_target:
        v = benefit ? std::clamp(x / data.target[q], 0.0, 1.0)
                    : (x > 0 ? std::clamp(data.target[q] / x, 0.0, 1.0) : 1.0);
        break;
      case Normalisation::rank: {
        // Percentile rank: (1 + units strictly worse) / units with a value.
        const auto worse = benefit
                               ? std::lower_bound(column.begin(), column.end(), x) - column.begin()
                               : column.end() - std::upper_bound(column.begin(), column.end(), x);
        v = static_cast<double>(worse + 1) / n;
        break;
      }
      }
      out.value[cell] = v;
      if (method != Normalisation::zscore) out.log_value[cell] = std::log(v);
    }
  }
  return out;
}

// Scratch space for one scoring pass, reused across Monte Carlo samples.
struct Scores {
  std::vector<double> group;            // unit × group, unscaled
  std::vector<unsigned char> has_group; // whether the unit has a value in the group
  std::vector<double> index;            // per unit, unscaled
};

// Weighted means that skip left-out values and renormalise the weights of the
// rest; indicator and group weights need not sum to 1. The Monte Carlo passes
// keep_groups = false and is spared the sub-indices it does not read.
void aggregate(const Prepared& data, const Normalised& normalised, const double* weight,
               const double* group_weight, AggregationChoice choice, bool keep_groups,
               Scores& scores) {
  const std::size_t indicators = data.indicators, groups = data.groups.names.size();
  const bool geometric_within = choice.within == Aggregation::geometric;
  const bool geometric_across = choice.across == Aggregation::geometric;
  const std::vector<double>& cells = geometric_within ? normalised.log_value : normalised.value;
  scores.group.resize(data.units * groups);
  scores.has_group.resize(data.units * groups);
  scores.index.resize(data.units);
  for (std::size_t u = 0; u < data.units; ++u) {
    const double* value = cells.data() + u * indicators;
    const double* log_value = normalised.log_value.data() + u * indicators;
    const double* present = data.present.data() + u * indicators;
    double total = 0, total_weight = 0;
    for (std::size_t g = 0; g < groups; ++g) {
      const std::size_t begin = data.member_begin[g], end = data.member_begin[g + 1];
      double sum = 0, sum_weight = 0;
      for (std::size_t k = begin; k < end; ++k) {
        const std::size_t q = data.members[k];
        const double w = weight[q] * present[q];
        sum += w * value[q];
        sum_weight += w;
      }
      const std::size_t cell = u * groups + g;
      scores.has_group[cell] = sum_weight > 0;
      if (!scores.has_group[cell]) continue;
      // A one-indicator group is that indicator's value, and its logarithm is
      // already known: the common case of a dimension with a single indicator.
      const std::size_t single = end - begin == 1 ? data.members[begin] : indicators;
      const double mean = single < indicators ? value[single] : sum / sum_weight;
      const bool need_score = keep_groups || !geometric_within || !geometric_across;
      const double score = need_score && geometric_within ? std::exp(mean) : mean;
      if (keep_groups) scores.group[cell] = score;
      if (!(group_weight[g] > 0)) continue;
      double term = score;
      if (geometric_across && geometric_within)
        term = mean;
      else if (geometric_across)
        term = single < indicators ? log_value[single] : std::log(score);
      total += group_weight[g] * term;
      total_weight += group_weight[g];
    }
    const double mean = total_weight > 0 ? total / total_weight : 0.0;
    scores.index[u] = geometric_across ? std::exp(mean) : mean;
  }
}

bool tied(double a, double b) {
  return std::abs(a - b) <= kTieTolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

// Competition ranks (1, 2, 2, 4), 1 = highest, over the units in `order`.
void rank_descending(const double* score, std::vector<std::size_t>& order, int* rank) {
  std::sort(order.begin(), order.end(), [score](std::size_t a, std::size_t b) {
    return score[a] > score[b] || (score[a] == score[b] && a < b);
  });
  for (std::size_t i = 0; i < order.size(); ++i)
    rank[order[i]] = i > 0 && tied(score[order[i]], score[order[i - 1]]) ? rank[order[i - 1]]
                                                                         : static_cast<int>(i + 1);
}

} // namespace

IndexResult compute_index(const IndexProblem& problem) {
  IndexResult result;
  Provenance& provenance = result.provenance;
  provenance.method = "composite_index";
  provenance.parameters = {{"normalisation", key(problem.normalisation)},
                           {"within", key(problem.aggregation.within)},
                           {"across", key(problem.aggregation.across)},
                           {"missing", key(problem.missing)},
                           {"scale", text(problem.scale)}};
  Groups groups = find_groups(problem);
  if (auto error = validate(problem, groups, {problem.normalisation})) {
    result.error = error;
    return result;
  }
  if (problem.normalisation == Normalisation::zscore && geometric(problem.aggregation)) {
    result.error = message("index.zscore_geometric");
    return result;
  }
  const Prepared data = prepare(problem, std::move(groups));
  provenance.missing = data.missing;
  provenance.imputed = data.imputed;
  const bool floor =
      problem.normalisation == Normalisation::minmax && geometric(problem.aggregation);
  if (floor) result.notices.push_back(message(kMinmaxRescaledNotice));
  const Normalised normalised =
      normalise(problem, data, problem.normalisation, floor, &result.notices);

  Scores scores;
  aggregate(data, normalised, data.weight.data(), data.group_weight.data(), problem.aggregation,
            true, scores);

  const std::size_t units = data.units, indicators = data.indicators;
  const std::size_t group_count = data.groups.names.size();
  const double scale = problem.scale;
  result.normalised.assign(units, std::vector<std::optional<double>>(indicators));
  for (std::size_t u = 0; u < units; ++u)
    for (std::size_t q = 0; q < indicators; ++q)
      if (data.present[u * indicators + q] != 0)
        result.normalised[u][q] = scale * normalised.value[u * indicators + q];

  result.weights = data.weight;
  std::vector<std::size_t> order;
  std::vector<double> column(units);
  std::vector<int> ranks(units);
  for (std::size_t g = 0; g < group_count; ++g) {
    SubIndex group;
    group.name = data.groups.names[g];
    group.weight = data.group_weight[g];
    order.clear();
    for (std::size_t u = 0; u < units; ++u) {
      column[u] = scores.group[u * group_count + g];
      if (scores.has_group[u * group_count + g]) order.push_back(u);
    }
    rank_descending(column.data(), order, ranks.data());
    group.scores.resize(units);
    group.ranks.resize(units);
    for (std::size_t u : order) {
      group.scores[u] = scale * column[u];
      group.ranks[u] = ranks[u];
    }
    result.groups.push_back(std::move(group));
  }

  order.resize(units);
  std::iota(order.begin(), order.end(), std::size_t{0});
  result.ranks.resize(units);
  rank_descending(scores.index.data(), order, result.ranks.data());
  for (double value : scores.index)
    result.index.push_back(scale * value);
  return result;
}

UncertaintyResult analyse_uncertainty(const IndexProblem& problem,
                                      const UncertaintyOptions& options) {
  UncertaintyResult result;
  std::vector<Normalisation> methods;
  for (Normalisation method : options.normalisations)
    if (std::find(methods.begin(), methods.end(), method) == methods.end())
      methods.push_back(method);
  if (methods.empty()) methods.push_back(problem.normalisation);
  std::vector<AggregationChoice> aggregations;
  for (const AggregationChoice& choice : options.aggregations)
    if (std::find(aggregations.begin(), aggregations.end(), choice) == aggregations.end())
      aggregations.push_back(choice);
  if (aggregations.empty()) aggregations.push_back(problem.aggregation);

  Provenance& provenance = result.provenance;
  provenance.method = "composite_index.uncertainty";
  provenance.seed = options.seed;
  provenance.samples = options.samples;
  std::string method_list, aggregation_list;
  for (Normalisation method : methods)
    method_list += (method_list.empty() ? "" : ",") + key(method);
  for (const AggregationChoice& choice : aggregations)
    aggregation_list +=
        (aggregation_list.empty() ? "" : ",") + key(choice.within) + "/" + key(choice.across);
  provenance.parameters = {{"normalisations", method_list},
                           {"aggregations", aggregation_list},
                           {"weight_spread", text(options.weight_spread)},
                           {"missing", key(problem.missing)},
                           {"percentiles", "nearest-rank 5/50/95"}};

  Groups groups = find_groups(problem);
  if (auto error = validate(problem, groups, methods)) {
    result.error = error;
    return result;
  }
  const std::size_t units = problem.units.size();
  if (options.samples == 0 || options.samples > kMaxSamples ||
      options.samples * units > kMaxSampledRanks) {
    result.error = message("index.bad_samples",
                           {std::to_string(std::min(kMaxSamples, kMaxSampledRanks / units))});
    return result;
  }
  if (!(options.weight_spread >= 0 && options.weight_spread <= 1)) {
    result.error = message("index.bad_weight_spread");
    return result;
  }

  // Every valid pair of normalisation and aggregation, each with its matrix
  // computed once: z-scores are never aggregated geometrically, and min-max
  // has a second matrix, floored, for geometric means.
  const Prepared data = prepare(problem, std::move(groups));
  provenance.missing = data.missing;
  provenance.imputed = data.imputed;
  std::vector<Normalised> matrices;
  std::vector<std::pair<Normalisation, bool>> matrix_keys;
  std::vector<std::pair<std::size_t, AggregationChoice>> models;
  for (Normalisation method : methods)
    for (const AggregationChoice& choice : aggregations) {
      if (method == Normalisation::zscore && geometric(choice)) continue;
      const std::pair<Normalisation, bool> matrix_key{method, method == Normalisation::minmax &&
                                                                  geometric(choice)};
      auto at = std::find(matrix_keys.begin(), matrix_keys.end(), matrix_key);
      if (at == matrix_keys.end()) {
        matrices.push_back(normalise(problem, data, method, matrix_key.second, nullptr));
        matrix_keys.push_back(matrix_key);
        at = matrix_keys.end() - 1;
      }
      models.emplace_back(static_cast<std::size_t>(at - matrix_keys.begin()), choice);
    }
  if (models.empty()) {
    result.error = message("index.no_model_choices");
    return result;
  }

  const std::size_t samples = options.samples;
  std::vector<double> weights(data.weight.size());
  std::vector<double> group_weights(data.group_weight.size());
  // Unit-major: the ranks of unit u at [u * samples, ...).
  std::vector<std::uint16_t> sampled(units * samples);
  std::vector<int> ranks(units);
  std::vector<std::size_t> order(units);
  Scores scores;
  Random random(options.seed);
  const double spread = options.weight_spread;
  // (1 - spread, 1 + spread]: a factor is never 0, so no weight vanishes.
  auto factor = [&] { return 1 - spread + 2 * spread * (1 - random.uniform()); };
  for (std::size_t s = 0; s < samples; ++s) {
    const auto& [matrix, choice] = models[random.below(models.size())];
    for (std::size_t q = 0; q < weights.size(); ++q)
      weights[q] = data.weight[q] * factor();
    for (std::size_t g = 0; g < group_weights.size(); ++g)
      group_weights[g] = data.group_weight[g] * factor();
    aggregate(data, matrices[matrix], weights.data(), group_weights.data(), choice, false, scores);
    std::iota(order.begin(), order.end(), std::size_t{0});
    rank_descending(scores.index.data(), order, ranks.data());
    for (std::size_t u = 0; u < units; ++u)
      sampled[u * samples + s] = static_cast<std::uint16_t>(ranks[u]);
  }

  // Nearest-rank percentiles: the ceil(p * N)-th smallest of the N sampled ranks.
  const std::size_t k05 = (5 * samples + 99) / 100, k50 = (samples + 1) / 2,
                    k95 = (95 * samples + 99) / 100;
  for (std::size_t u = 0; u < units; ++u) {
    const auto begin = sampled.begin() + static_cast<std::ptrdiff_t>(u * samples);
    const auto end = begin + static_cast<std::ptrdiff_t>(samples);
    const auto middle = begin + static_cast<std::ptrdiff_t>(k50 - 1);
    result.mean_rank.push_back(std::accumulate(begin, end, 0.0) / static_cast<double>(samples));
    result.share_first.push_back(static_cast<double>(std::count(begin, end, 1)) /
                                 static_cast<double>(samples));
    std::nth_element(begin, middle, end);
    result.median_rank.push_back(*middle);
    const auto low = begin + static_cast<std::ptrdiff_t>(k05 - 1);
    std::nth_element(begin, low, middle + 1);
    result.low_rank.push_back(*low);
    const auto high = begin + static_cast<std::ptrdiff_t>(k95 - 1);
    std::nth_element(middle, high, end);
    result.high_rank.push_back(*high);
  }
  return result;
}

} // namespace rumbo::scoring
