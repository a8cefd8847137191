#include "core/scoring/group_judgement.h"
#include "core/stable_sort.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace rumbo::scoring {
namespace {

GroupError error_at(std::string key, std::size_t participant = 0, std::size_t item = 0) {
  return GroupError{std::move(key), participant, item};
}

std::optional<GroupError> validate(const ParticipantTable& table) {
  if (table.participants == 0) return error_at("scoring.group.no_participants");
  if (table.items == 0) return error_at("scoring.group.no_items");
  if (table.participants > kGroupMaxParticipants)
    return error_at("scoring.group.too_many_participants");
  if (table.items > kGroupMaxItems) return error_at("scoring.group.too_many_items");
  if (table.values.size() != table.participants * table.items)
    return error_at("scoring.group.not_rectangular");
  for (std::size_t p = 0; p < table.participants; ++p)
    for (std::size_t i = 0; i < table.items; ++i)
      if (!std::isfinite(table.at(p, i))) return error_at("scoring.group.not_finite", p, i);
  return std::nullopt;
}

// Average ranks, ascending: the smallest value gets rank 1.
std::vector<double> ascending_ranks(const std::vector<double>& values) {
  const std::vector<std::size_t> order = stable_order(
      values.size(), [&](std::size_t x, std::size_t y) { return values[x] < values[y]; });
  std::vector<double> ranks(values.size());
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start + 1;
    while (end < order.size() && values[order[end]] == values[order[start]])
      ++end;
    const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
    for (std::size_t k = start; k < end; ++k)
      ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}

// sum (t^3 - t) over groups of tied values.
double tie_term(const std::vector<double>& values) {
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  double term = 0;
  for (std::size_t start = 0; start < sorted.size();) {
    std::size_t end = start + 1;
    while (end < sorted.size() && sorted[end] == sorted[start])
      ++end;
    const double t = static_cast<double>(end - start);
    term += t * t * t - t;
    start = end;
  }
  return term;
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  const double mean_x = std::accumulate(x.begin(), x.end(), 0.0) / n;
  const double mean_y = std::accumulate(y.begin(), y.end(), 0.0) / n;
  double xy = 0, xx = 0, yy = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    xy += (x[k] - mean_x) * (y[k] - mean_y);
    xx += (x[k] - mean_x) * (x[k] - mean_x);
    yy += (y[k] - mean_y) * (y[k] - mean_y);
  }
  if (xx == 0 || yy == 0) return 0;
  return xy / std::sqrt(xx * yy);
}

// Regularised upper incomplete gamma Q(a, x): series below a + 1, Lentz's
// continued fraction above (Press et al., Numerical Recipes, 3rd ed., 2007,
// sec. 6.2).
double upper_gamma_q(double a, double x) {
  if (x <= 0) return 1.0;
  constexpr double kEpsilon = 1e-15;
  constexpr int kMaxTerms = 1000;
  const double log_prefactor = -x + a * std::log(x) - std::lgamma(a);
  if (x < a + 1) {
    double term = 1.0 / a;
    double sum = term;
    for (int k = 1; k < kMaxTerms; ++k) {
      term *= x / (a + k);
      sum += term;
      if (std::abs(term) < std::abs(sum) * kEpsilon) break;
    }
    return std::max(0.0, 1.0 - sum * std::exp(log_prefactor));
  }
  constexpr double kTiny = std::numeric_limits<double>::min() / kEpsilon;
  double b = x + 1 - a;
  double c = 1.0 / kTiny;
  double d = 1.0 / b;
  double h = d;
  for (int k = 1; k < kMaxTerms; ++k) {
    const double an = -k * (k - a);
    b += 2;
    d = an * d + b;
    if (std::abs(d) < kTiny) d = kTiny;
    c = b + an / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double step = d * c;
    h *= step;
    if (std::abs(step - 1.0) < kEpsilon) break;
  }
  return std::exp(log_prefactor) * h;
}

// Hyndman & Fan (1996), "Sample quantiles in statistical packages", type 7.
double quantile(const std::vector<double>& sorted, double probability) {
  const double position = probability * static_cast<double>(sorted.size() - 1);
  const std::size_t below = static_cast<std::size_t>(std::floor(position));
  if (below + 1 >= sorted.size()) return sorted.back();
  return sorted[below] +
         (position - static_cast<double>(below)) * (sorted[below + 1] - sorted[below]);
}

ItemDispersion dispersion_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  ItemDispersion d;
  const double n = static_cast<double>(values.size());
  d.mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
  double squares = 0;
  for (double value : values)
    squares += (value - d.mean) * (value - d.mean);
  d.standard_deviation = values.size() > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
  d.median = quantile(values, 0.5);
  d.first_quartile = quantile(values, 0.25);
  d.third_quartile = quantile(values, 0.75);
  d.interquartile_range = d.third_quartile - d.first_quartile;
  d.min = values.front();
  d.max = values.back();
  return d;
}

std::vector<double> column(const ParticipantTable& table, std::size_t item) {
  std::vector<double> values(table.participants);
  for (std::size_t p = 0; p < table.participants; ++p)
    values[p] = table.at(p, item);
  return values;
}

std::vector<double> row(const ParticipantTable& table, std::size_t participant) {
  const auto begin = table.values.begin() + static_cast<std::ptrdiff_t>(participant * table.items);
  return {begin, begin + static_cast<std::ptrdiff_t>(table.items)};
}

// Indices by value, largest first; ties keep the lower index first.
std::vector<std::size_t> order_descending(const std::vector<double>& values) {
  return stable_order(values.size(),
                      [&](std::size_t x, std::size_t y) { return values[x] > values[y]; });
}

// On a validated table; `error` says why W is undefined when it is.
Concordance concordance_of(const ParticipantTable& table) {
  Concordance result;
  result.provenance.method = "kendall_w";
  result.provenance.parameters = {{"ties", "average_ranks"}, {"tie_correction", "kendall1948"}};
  const std::size_t m = table.participants;
  const std::size_t n = table.items;
  if (m < 2) {
    result.error = error_at("scoring.group.too_few_participants");
    return result;
  }
  if (n < 2) {
    result.error = error_at("scoring.group.too_few_items");
    return result;
  }
  std::vector<std::vector<double>> ranks(m);
  result.rank_sums.assign(n, 0.0);
  double ties = 0;
  for (std::size_t p = 0; p < m; ++p) {
    std::vector<double> negated = row(table, p);
    for (double& value : negated)
      value = -value;
    ranks[p] = ascending_ranks(negated);
    ties += tie_term(negated);
    for (std::size_t i = 0; i < n; ++i)
      result.rank_sums[i] += ranks[p][i];
  }
  const double md = static_cast<double>(m);
  const double nd = static_cast<double>(n);
  const double expected = md * (nd + 1) / 2;
  double s = 0;
  for (double sum : result.rank_sums)
    s += (sum - expected) * (sum - expected);
  const double full = md * md * (nd * nd * nd - nd);
  const double corrected = full - md * ties;
  if (!(corrected > 0)) {
    result.error = error_at("scoring.group.all_tied");
    return result;
  }
  result.w = 12 * s / corrected;
  result.w_uncorrected = 12 * s / full;
  result.degrees_of_freedom = n - 1;
  result.chi_square = md * (nd - 1) * result.w;
  result.p_value = upper_gamma_q((nd - 1) / 2, result.chi_square / 2);
  std::vector<double> negated_sums = result.rank_sums;
  for (double& value : negated_sums)
    value = -value;
  result.group_ranking = order_descending(negated_sums);
  const std::vector<double> group_ranks = ascending_ranks(result.rank_sums);
  for (std::size_t p = 0; p < m; ++p)
    result.agreement.push_back(pearson(ranks[p], group_ranks));
  std::vector<double> negated_agreement = result.agreement;
  for (double& value : negated_agreement)
    value = -value;
  result.furthest = order_descending(negated_agreement);
  return result;
}

std::vector<double> aggregate(const ParticipantTable& table, Average aggregation,
                              std::vector<ItemDispersion>& dispersion) {
  std::vector<double> result(table.items);
  for (std::size_t i = 0; i < table.items; ++i) {
    dispersion.push_back(dispersion_of(column(table, i)));
    result[i] = aggregation == Average::mean ? dispersion.back().mean : dispersion.back().median;
  }
  return result;
}

} // namespace

TableBuild table_from_rows(const std::vector<std::vector<double>>& rows) {
  TableBuild build;
  if (rows.empty()) {
    build.error = error_at("scoring.group.no_participants");
    return build;
  }
  for (std::size_t p = 0; p < rows.size(); ++p)
    if (rows[p].size() != rows.front().size()) {
      build.error = error_at("scoring.group.not_rectangular", p);
      return build;
    }
  build.table.participants = rows.size();
  build.table.items = rows.front().size();
  for (const auto& values : rows)
    build.table.values.insert(build.table.values.end(), values.begin(), values.end());
  return build;
}

std::optional<Average> parse_aggregation(std::string_view text) {
  if (text == "mean") return Average::mean;
  if (text == "median") return Average::median;
  return std::nullopt;
}

double spearman_rho(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size() || a.size() < 2) return 0;
  return pearson(ascending_ranks(a), ascending_ranks(b));
}

Concordance kendall_w(const ParticipantTable& scores) {
  if (auto error = validate(scores)) {
    Concordance result;
    result.provenance.method = "kendall_w";
    result.error = std::move(error);
    return result;
  }
  return concordance_of(scores);
}

WeightAggregation aggregate_weights(const ParticipantTable& weights, Average aggregation) {
  WeightAggregation result;
  result.provenance.method =
      aggregation == Average::mean ? "group.weights.mean" : "group.weights.median";
  result.provenance.parameters = {{"participants", std::to_string(weights.participants)},
                                  {"normalised", "per_participant"}};
  if (auto error = validate(weights)) {
    result.error = std::move(error);
    return result;
  }
  ParticipantTable normalised = weights;
  for (std::size_t p = 0; p < weights.participants; ++p) {
    double sum = 0;
    for (std::size_t i = 0; i < weights.items; ++i) {
      if (weights.at(p, i) < 0) {
        result.error = error_at("scoring.group.negative_weight", p, i);
        return result;
      }
      sum += weights.at(p, i);
    }
    if (!(sum > 0)) {
      result.error = error_at("scoring.group.zero_weights", p);
      return result;
    }
    for (std::size_t i = 0; i < weights.items; ++i)
      normalised.values[p * weights.items + i] /= sum;
  }
  result.weights = aggregate(normalised, aggregation, result.dispersion);
  const double total = std::accumulate(result.weights.begin(), result.weights.end(), 0.0);
  if (total > 0) {
    for (double& weight : result.weights)
      weight /= total;
  } else {
    // Every median is 0 only when no criterion gets weight from most
    // participants: the group has no majority for any, so none is favoured.
    result.weights.assign(weights.items, 1.0 / static_cast<double>(weights.items));
    result.provenance.parameters.emplace_back("no_majority", "equal_weights");
  }
  Concordance concordance = concordance_of(normalised);
  if (!concordance.error) result.concordance = std::move(concordance);
  return result;
}

ScoreAggregation aggregate_scores(const ParticipantTable& scores, Average aggregation) {
  ScoreAggregation result;
  result.provenance.method =
      aggregation == Average::mean ? "group.scores.mean" : "group.scores.median";
  result.provenance.parameters = {{"participants", std::to_string(scores.participants)}};
  if (auto error = validate(scores)) {
    result.error = std::move(error);
    return result;
  }
  result.scores = aggregate(scores, aggregation, result.dispersion);
  result.ranking = order_descending(result.scores);
  Concordance concordance = concordance_of(scores);
  if (!concordance.error) result.concordance = std::move(concordance);
  return result;
}

} // namespace rumbo::scoring
