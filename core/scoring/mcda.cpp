#include "core/scoring/mcda.h"

#include "core/scoring/methods.h"
#include "core/scoring/weights.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <numeric>
#include <utility>

namespace rumbo::scoring {
namespace {

// Relative gap under which two scores count as tied: rounding makes 22.00 and
// 22.00 differ in the last bits, and a user reading them expects the tie rule.
constexpr double tie_tolerance = 1e-10;

// printf rather than std::to_chars: the wasm toolchain's libc++ has no
// floating-point to_chars.
std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

// v - v is 0 for a finite v and NaN for an infinity or a NaN, and a NaN
// stays in a sum: one branch-free pass, several times faster under wasm
// than a test per value. Four sums keep the additions independent.
bool all_finite(const std::vector<double>& values) {
  double sums[4] = {0, 0, 0, 0};
  const std::size_t n = values.size();
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4)
    for (std::size_t k = 0; k < 4; ++k)
      sums[k] += values[i + k] - values[i + k];
  for (; i < n; ++i)
    sums[0] += values[i] - values[i];
  return sums[0] + sums[1] + sums[2] + sums[3] == 0;
}

bool is_cost(const DecisionCriterion& criterion) { return criterion.direction == Direction::cost; }

double largest_magnitude(const std::vector<double>& values) {
  double largest = 0;
  for (double value : values)
    largest = std::max(largest, std::fabs(value));
  return largest;
}

// Best first; equal scores, and scores within the tie tolerance of the first
// of their group, go by lower index. Sorting (key, index) pairs by value gives
// that order without an indirect, stable sort, which costs several times more
// under wasm.
std::vector<std::size_t> order_by(const std::vector<double>& scores, bool higher_is_better) {
  std::vector<std::pair<double, std::size_t>> keyed(scores.size());
  for (std::size_t a = 0; a < scores.size(); ++a)
    keyed[a] = {higher_is_better ? -scores[a] : scores[a], a};
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::size_t> order(scores.size());
  for (std::size_t i = 0; i < keyed.size(); ++i)
    order[i] = keyed[i].second;
  const double tolerance = tie_tolerance * largest_magnitude(scores);
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first + 1;
    while (last < order.size() &&
           std::fabs(scores[order[last]] - scores[order[first]]) <= tolerance)
      ++last;
    if (last - first > 1)
      std::sort(order.begin() + static_cast<std::ptrdiff_t>(first),
                order.begin() + static_cast<std::ptrdiff_t>(last));
    first = last;
  }
  return order;
}

// The method's word (methods.h); null for a value outside the enum.
const char* method_name(Method method) {
  const auto i = static_cast<std::size_t>(method);
  return i < std::size(kMethods) ? kMethods[i].key.data() : nullptr;
}

std::string preference_text(const PreferenceFunction& f) {
  switch (f.type) {
  case PreferenceType::usual:
    return "usual";
  case PreferenceType::u_shape:
    return "u_shape q=" + number_text(f.q);
  case PreferenceType::v_shape:
    return "v_shape p=" + number_text(f.p);
  case PreferenceType::level:
    return "level q=" + number_text(f.q) + " p=" + number_text(f.p);
  case PreferenceType::linear:
    return "linear q=" + number_text(f.q) + " p=" + number_text(f.p);
  case PreferenceType::gaussian:
    return "gaussian s=" + number_text(f.s);
  }
  return "unknown";
}

bool valid_threshold(double t) { return std::isfinite(t) && t >= 0; }

bool valid_preference(const PreferenceFunction& f) {
  switch (f.type) {
  case PreferenceType::usual:
    return true;
  case PreferenceType::u_shape:
    return valid_threshold(f.q);
  case PreferenceType::v_shape:
    return valid_threshold(f.p);
  case PreferenceType::level:
  case PreferenceType::linear:
    return valid_threshold(f.q) && valid_threshold(f.p) && f.q <= f.p;
  case PreferenceType::gaussian:
    return valid_threshold(f.s);
  }
  return false;
}

// TOPSIS and VIKOR find out whether the values are finite in their first
// pass over the matrix (ColumnStats), so check() leaves the values to them.
bool checks_values_itself(Method method) {
  return method == Method::topsis || method == Method::vikor;
}

std::optional<std::string> check(const DecisionProblem& problem, const RankingOptions& options,
                                 std::vector<double>& weights) {
  if (!method_name(options.method)) return "scoring.unknown_method";
  const std::size_t n = problem.rows(), m = problem.columns();
  if (n == 0 || m == 0) return "scoring.empty_problem";
  if (m > problem.matrix.max_size() / n || problem.matrix.size() != n * m)
    return "scoring.matrix_size";
  const bool values_later = checks_values_itself(options.method);
  if (!values_later && !all_finite(problem.matrix)) return "scoring.bad_value";
  // A value that is not finite is reported before any later problem, as it
  // is for the other methods.
  const auto failed = [&](const char* key) -> std::string {
    return values_later && !all_finite(problem.matrix) ? "scoring.bad_value" : key;
  };
  weights = normalised_weights(problem);
  if (weights.empty()) return failed("scoring.bad_weights");
  if (options.method == Method::wpm)
    for (double value : problem.matrix)
      if (value <= 0) return "scoring.wpm_non_positive";
  if (options.method == Method::promethee2)
    for (const DecisionCriterion& criterion : problem.criteria)
      if (!valid_preference(criterion.preference)) return "scoring.bad_thresholds";
  if (options.method == Method::vikor && !(options.vikor_v >= 0 && options.vikor_v <= 1))
    return failed("scoring.bad_vikor_v");
  return std::nullopt;
}

// Each column's smallest and largest value and sum of squares, in one pass
// over the matrix. They also tell whether every value is finite: an infinity
// becomes the smallest or the largest, and a NaN, which the comparisons skip,
// makes the sum of squares NaN (squares that overflow give infinity, never
// NaN). TOPSIS and VIKOR use this instead of a finiteness check of their own,
// a separate pass that cost about a tenth of their time.
struct ColumnStats {
  std::vector<double> low, high, squares;

  explicit ColumnStats(const DecisionProblem& problem)
      : low(problem.columns()), high(problem.columns()), squares(problem.columns()) {
    const std::size_t m = problem.columns();
    std::size_t c = 0;
    for (; c + 3 <= m; c += 3)
      add_columns<3>(problem, c);
    for (; c < m; ++c)
      add_columns<1>(problem, c);
  }

  bool finite() const {
    for (std::size_t c = 0; c < low.size(); ++c)
      if (!std::isfinite(low[c]) || !std::isfinite(high[c]) || std::isnan(squares[c])) return false;
    return true;
  }

private:
  // Columns [first, first + width) down the rows, in local variables: V8
  // keeps running minima that live in arrays in memory, and a row-major pass
  // updating arrays took 1.4 times as long under wasm (the same natively).
  template <std::size_t width> void add_columns(const DecisionProblem& problem, std::size_t first) {
    const std::size_t n = problem.rows(), m = problem.columns();
    double lo[width], hi[width], sq[width];
    for (std::size_t k = 0; k < width; ++k) {
      lo[k] = std::numeric_limits<double>::infinity();
      hi[k] = -std::numeric_limits<double>::infinity();
      sq[k] = 0;
    }
    for (std::size_t a = 0; a < n; ++a) {
      const double* values = problem.matrix.data() + a * m + first;
      for (std::size_t k = 0; k < width; ++k) {
        lo[k] = std::min(lo[k], values[k]);
        hi[k] = std::max(hi[k], values[k]);
        sq[k] += values[k] * values[k];
      }
    }
    for (std::size_t k = 0; k < width; ++k) {
      low[first + k] = lo[k];
      high[first + k] = hi[k];
      squares[first + k] = sq[k];
    }
  }
};

std::vector<double> signed_weights(const DecisionProblem& problem,
                                   const std::vector<double>& weights) {
  std::vector<double> signed_w(weights);
  for (std::size_t c = 0; c < weights.size(); ++c)
    if (is_cost(problem.criteria[c])) signed_w[c] = -signed_w[c];
  return signed_w;
}

void weighted_sum(const DecisionProblem& problem, const std::vector<double>& weights,
                  RankingResult& result) {
  const std::size_t n = problem.rows(), m = problem.columns();
  const std::vector<double> signed_w = signed_weights(problem, weights);
  result.scores.assign(n, 0);
  for (std::size_t a = 0; a < n; ++a) {
    const double* row = problem.matrix.data() + a * m;
    double score = 0;
    for (std::size_t c = 0; c < m; ++c)
      score += signed_w[c] * row[c];
    result.scores[a] = score;
  }
}

// Sums of logarithms rather than a running product, which would underflow
// or overflow long before the score itself does.
void weighted_product(const DecisionProblem& problem, const std::vector<double>& weights,
                      RankingResult& result) {
  const std::size_t n = problem.rows(), m = problem.columns();
  const std::vector<double> signed_w = signed_weights(problem, weights);
  result.scores.assign(n, 0);
  for (std::size_t a = 0; a < n; ++a) {
    const double* row = problem.matrix.data() + a * m;
    double log_score = 0;
    for (std::size_t c = 0; c < m; ++c)
      log_score += signed_w[c] * std::log(row[c]);
    result.scores[a] = std::exp(log_score);
  }
}

// Returns false, with no result, when a value is not finite.
bool topsis(const DecisionProblem& problem, const std::vector<double>& weights,
            TopsisNormalisation normalisation, RankingResult& result) {
  const std::size_t n = problem.rows(), m = problem.columns();
  const double* x = problem.matrix.data();
  const ColumnStats stats(problem);
  if (!stats.finite()) return false;
  const std::vector<double>&low = stats.low, &high = stats.high;
  // Each weighted normalised value is x * factor, factor >= 0 (min-max also
  // subtracts the minimum, a shift that leaves every distance unchanged). A
  // criterion on which all alternatives agree gets factor 0 and drops out.
  std::vector<double> factor(m, 0);
  if (normalisation == TopsisNormalisation::vector) {
    for (std::size_t c = 0; c < m; ++c) {
      const double scale = std::max(std::fabs(low[c]), std::fabs(high[c]));
      if (scale == 0) continue;
      // Squares of values beyond 1e150 overflow and those below 1e-150
      // vanish; such a column's norm is taken again on values divided by its
      // largest magnitude, a second pass that ordinary data never needs.
      if (scale > 1e150 || scale < 1e-150) {
        double scaled_squares = 0;
        for (std::size_t a = 0; a < n; ++a) {
          const double scaled = x[a * m + c] / scale;
          scaled_squares += scaled * scaled;
        }
        factor[c] = weights[c] / (scale * std::sqrt(scaled_squares));
      } else {
        factor[c] = weights[c] / std::sqrt(stats.squares[c]);
      }
    }
  } else {
    for (std::size_t c = 0; c < m; ++c)
      if (high[c] > low[c]) factor[c] = weights[c] / (high[c] - low[c]);
  }
  std::vector<double> ideal(m), anti_ideal(m);
  for (std::size_t c = 0; c < m; ++c) {
    const double top = high[c] * factor[c], bottom = low[c] * factor[c];
    ideal[c] = is_cost(problem.criteria[c]) ? bottom : top;
    anti_ideal[c] = is_cost(problem.criteria[c]) ? top : bottom;
  }
  // Two rows at a time (the last one twice when n is odd): each row's sums
  // are a chain of dependent additions, and two rows give the processor
  // independent chains to overlap, natively and under wasm.
  result.closeness.assign(n, 0);
  for (std::size_t a = 0; a < n; a += 2) {
    const double* row0 = x + a * m;
    const double* row1 = a + 1 < n ? row0 + m : row0;
    double to_ideal0 = 0, to_anti_ideal0 = 0, to_ideal1 = 0, to_anti_ideal1 = 0;
    for (std::size_t c = 0; c < m; ++c) {
      const double v0 = row0[c] * factor[c], v1 = row1[c] * factor[c];
      to_ideal0 += (v0 - ideal[c]) * (v0 - ideal[c]);
      to_anti_ideal0 += (v0 - anti_ideal[c]) * (v0 - anti_ideal[c]);
      to_ideal1 += (v1 - ideal[c]) * (v1 - ideal[c]);
      to_anti_ideal1 += (v1 - anti_ideal[c]) * (v1 - anti_ideal[c]);
    }
    // Both distances vanish only when every alternative coincides with the
    // ideal and the anti-ideal at once: all are equal, halfway between.
    const auto closeness = [](double to_ideal, double to_anti_ideal) {
      const double plus = std::sqrt(to_ideal), minus = std::sqrt(to_anti_ideal);
      return plus + minus > 0 ? minus / (plus + minus) : 0.5;
    };
    result.closeness[a] = closeness(to_ideal0, to_anti_ideal0);
    if (a + 1 < n) result.closeness[a + 1] = closeness(to_ideal1, to_anti_ideal1);
  }
  result.scores = result.closeness;
  return true;
}

// One criterion's contribution to the flows. Its column is sorted, so the
// difference from the alternative at sorted place i to any lower place j,
// d = v[i] - v[j], is >= 0 and grows as j falls (rounding is monotone too).
// Where P(d) is 0 and where it is already full are then found by binary
// search with the definition's own comparisons; only the places in between
// are evaluated one by one, and a full stretch is added to the losers as a
// range (through a difference array). Steps and levels cost O(n log n);
// ramps and the Gaussian add only the pairs inside their slope.
class CriterionFlows {
public:
  explicit CriterionFlows(std::size_t n)
      : order_(n), value_(n), gain_(n), loss_(n), ranges_(n + 1) {}

  // Adds w * P(d) to plus[a] and minus[b] for every pair where a beats b by d.
  void add(const PreferenceFunction& f, double w, const double* column, double* plus,
           double* minus) {
    sort(column);
    const auto step = [&](double q) {
      for (std::size_t i = 0; i < n(); ++i)
        add_range(i, 0, beyond(i, q), w);
    };
    const auto ramp = [&](double q, double p) {
      const double slope = w / (p - q);
      if (p == q || !std::isfinite(slope)) return step(q);
      for (std::size_t i = 0; i < n(); ++i) {
        const std::size_t full = first_not(i, [p](double d) { return d >= p; });
        add_range(i, 0, full, w);
        add_each(i, full, beyond(i, q),
                 [w, q, slope](double d) { return std::min(w, (d - q) * slope); });
      }
    };
    switch (f.type) {
    case PreferenceType::usual:
      step(0);
      break;
    case PreferenceType::u_shape:
      step(f.q);
      break;
    case PreferenceType::v_shape:
      ramp(0, f.p);
      break;
    case PreferenceType::linear:
      ramp(f.q, f.p);
      break;
    case PreferenceType::level:
      for (std::size_t i = 0; i < n(); ++i) {
        const std::size_t full = beyond(i, f.p);
        add_range(i, 0, full, w);
        add_range(i, full, beyond(i, f.q), w / 2);
      }
      break;
    case PreferenceType::gaussian: {
      const double k = 1 / (2 * f.s * f.s);
      if (f.s == 0 || !std::isfinite(k)) {
        step(0);
        break;
      }
      // exp(-x) is exactly 0 for x > 746, so beyond that P(d) is exactly w.
      for (std::size_t i = 0; i < n(); ++i) {
        const std::size_t full = first_not(i, [k](double d) { return d * d * k > 746; });
        add_range(i, 0, full, w);
        add_each(i, full, beyond(i, 0), [w, k](double d) { return w - w * std::exp(-d * d * k); });
      }
      break;
    }
    }
    double range_sum = 0;
    for (std::size_t j = 0; j < n(); ++j) {
      range_sum += ranges_[j];
      plus[order_[j]] += gain_[j];
      minus[order_[j]] += loss_[j] + range_sum;
    }
  }

private:
  std::vector<std::size_t> order_; // order_[i]: the alternative at sorted place i
  std::vector<double> value_;      // its value
  std::vector<double> gain_, loss_, ranges_;

  std::size_t n() const { return order_.size(); }

  void sort(const double* column) {
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::sort(order_.begin(), order_.end(), [column](std::size_t a, std::size_t b) {
      return column[a] < column[b] || (column[a] == column[b] && a < b);
    });
    for (std::size_t i = 0; i < n(); ++i)
      value_[i] = column[order_[i]];
    std::fill(gain_.begin(), gain_.end(), 0.0);
    std::fill(loss_.begin(), loss_.end(), 0.0);
    std::fill(ranges_.begin(), ranges_.end(), 0.0);
  }

  // The first place j < i where `holds(v[i] - v[j])` stops holding; it holds
  // for every place before.
  template <class Predicate> std::size_t first_not(std::size_t i, Predicate holds) const {
    const double vi = value_[i];
    return static_cast<std::size_t>(
        std::partition_point(value_.begin(), value_.begin() + static_cast<std::ptrdiff_t>(i),
                             [&](double vj) { return holds(vi - vj); }) -
        value_.begin());
  }
  std::size_t beyond(std::size_t i, double t) const {
    return first_not(i, [t](double d) { return d > t; });
  }

  // The alternative at place i beats every place in [lo, hi) by `amount`.
  void add_range(std::size_t i, std::size_t lo, std::size_t hi, double amount) {
    if (lo >= hi) return;
    gain_[i] += amount * static_cast<double>(hi - lo);
    ranges_[lo] += amount;
    ranges_[hi] -= amount;
  }
  template <class Preference>
  void add_each(std::size_t i, std::size_t lo, std::size_t hi, Preference preference) {
    const double vi = value_[i];
    double gained = 0;
    for (std::size_t j = lo; j < hi; ++j) {
      const double amount = preference(vi - value_[j]);
      gained += amount;
      loss_[j] += amount;
    }
    gain_[i] += gained;
  }
};

void promethee2(const DecisionProblem& problem, const std::vector<double>& weights,
                RankingResult& result) {
  const std::size_t n = problem.rows(), m = problem.columns();
  // Cost criteria negated, so "a better than b by d" is always column[a] - column[b] = d > 0.
  std::vector<double> column(n), plus(n, 0), minus(n, 0);
  CriterionFlows flows(n);
  for (std::size_t c = 0; c < m; ++c) {
    for (std::size_t a = 0; a < n; ++a)
      column[a] = is_cost(problem.criteria[c]) ? -problem.at(a, c) : problem.at(a, c);
    flows.add(problem.criteria[c].preference, weights[c], column.data(), plus.data(), minus.data());
  }
  const double others = n > 1 ? static_cast<double>(n - 1) : 1;
  result.phi_plus.resize(n);
  result.phi_minus.resize(n);
  result.phi.resize(n);
  for (std::size_t a = 0; a < n; ++a) {
    result.phi_plus[a] = plus[a] / others;
    result.phi_minus[a] = minus[a] / others;
    result.phi[a] = result.phi_plus[a] - result.phi_minus[a];
  }
  result.scores = result.phi;
}

// The smallest (best) S and R, which VIKOR's conditions compare the
// first-ranked alternative with.
struct VikorBest {
  double s = 0, r = 0;
};

// Returns false, with no result, when a value is not finite.
bool vikor(const DecisionProblem& problem, const std::vector<double>& weights, double v,
           RankingResult& result, VikorBest& best_sr) {
  const std::size_t n = problem.rows(), m = problem.columns();
  const double* x = problem.matrix.data();
  const ColumnStats stats(problem);
  if (!stats.finite()) return false;
  std::vector<double> best(m), worst(m);
  for (std::size_t c = 0; c < m; ++c) {
    best[c] = is_cost(problem.criteria[c]) ? stats.low[c] : stats.high[c];
    worst[c] = is_cost(problem.criteria[c]) ? stats.high[c] : stats.low[c];
  }
  // Regret on criterion c is w_c (best - x) / (best - worst), in [0, w_c]; a
  // criterion on which all alternatives agree causes no regret.
  std::vector<double> factor(m, 0);
  for (std::size_t c = 0; c < m; ++c)
    if (best[c] != worst[c]) factor[c] = weights[c] / (best[c] - worst[c]);
  // Two rows at a time, as in TOPSIS, for independent chains of additions;
  // the ranges of S and R are followed on the way.
  result.S.assign(n, 0);
  result.R.assign(n, 0);
  double s_best = std::numeric_limits<double>::infinity(), s_worst = -s_best;
  double r_best = s_best, r_worst = -s_best;
  for (std::size_t a = 0; a < n; a += 2) {
    const double* row0 = x + a * m;
    const double* row1 = a + 1 < n ? row0 + m : row0;
    double sum0 = 0, largest0 = 0, sum1 = 0, largest1 = 0;
    for (std::size_t c = 0; c < m; ++c) {
      const double regret0 = (best[c] - row0[c]) * factor[c];
      const double regret1 = (best[c] - row1[c]) * factor[c];
      sum0 += regret0;
      largest0 = std::max(largest0, regret0);
      sum1 += regret1;
      largest1 = std::max(largest1, regret1);
    }
    // Row a + 1 is row a again at the end of an odd n: counting it twice
    // leaves the ranges as they are.
    s_best = std::min({s_best, sum0, sum1});
    s_worst = std::max({s_worst, sum0, sum1});
    r_best = std::min({r_best, largest0, largest1});
    r_worst = std::max({r_worst, largest0, largest1});
    result.S[a] = sum0;
    result.R[a] = largest0;
    if (a + 1 < n) {
      result.S[a + 1] = sum1;
      result.R[a + 1] = largest1;
    }
  }
  const double s_range = s_worst - s_best, r_range = r_worst - r_best;
  result.Q.assign(n, 0);
  for (std::size_t a = 0; a < n; ++a) {
    if (s_range > 0) result.Q[a] += v * (result.S[a] - s_best) / s_range;
    if (r_range > 0) result.Q[a] += (1 - v) * (result.R[a] - r_best) / r_range;
  }
  result.scores = result.Q;
  best_sr = {s_best, r_best};
  return true;
}

// Opricovic & Tzeng (2004), section 3, step 5.
void vikor_conditions(RankingResult& result, VikorBest best_sr) {
  const std::vector<std::size_t>& order = result.ranking;
  const std::size_t first = order.front();
  if (order.size() == 1) {
    result.acceptable_advantage = result.acceptable_stability = true;
    result.compromise = {first};
    return;
  }
  const double dq = 1.0 / static_cast<double>(order.size() - 1);
  // Q, S and R all lie in [0, 1], so the tie tolerance applies as it is.
  const std::vector<double>& Q = result.Q;
  result.acceptable_advantage = Q[order[1]] - Q[first] >= dq - tie_tolerance;
  result.acceptable_stability =
      result.S[first] <= best_sr.s + tie_tolerance || result.R[first] <= best_sr.r + tie_tolerance;
  result.compromise = {first};
  if (!result.acceptable_advantage) {
    for (std::size_t k = 1; k < order.size() && Q[order[k]] - Q[first] < dq - tie_tolerance; ++k)
      result.compromise.push_back(order[k]);
  } else if (!result.acceptable_stability) {
    result.compromise.push_back(order[1]);
  }
}

void set_provenance(const DecisionProblem& problem, const RankingOptions& options,
                    Provenance& provenance) {
  const char* name = method_name(options.method);
  provenance.method = name ? name : "unknown";
  auto& parameters = provenance.parameters;
  switch (options.method) {
  case Method::wsm:
    parameters.emplace_back("cost_criteria", "subtracted");
    break;
  case Method::wpm:
    parameters.emplace_back("cost_criteria", "negative_exponent");
    break;
  case Method::topsis:
    parameters.emplace_back("normalisation",
                            options.topsis_normalisation == TopsisNormalisation::minmax ? "minmax"
                                                                                        : "vector");
    break;
  case Method::promethee2:
    for (const DecisionCriterion& criterion : problem.criteria)
      parameters.emplace_back("preference." + criterion.name,
                              preference_text(criterion.preference));
    break;
  case Method::vikor:
    parameters.emplace_back("v", number_text(options.vikor_v));
    break;
  }
}

} // namespace

std::vector<double> normalised_weights(const DecisionProblem& problem) {
  std::vector<double> raw;
  raw.reserve(problem.criteria.size());
  for (const DecisionCriterion& criterion : problem.criteria)
    raw.push_back(criterion.weight);
  return weights_from_points(raw);
}

RankingResult rank(const DecisionProblem& problem, const RankingOptions& options) {
  RankingResult result;
  set_provenance(problem, options, result.provenance);
  std::vector<double> weights;
  if (auto error = check(problem, options, weights)) {
    result.error = std::move(error);
    return result;
  }
  bool values_finite = true; // checked by check() or by the method (checks_values_itself)
  VikorBest vikor_best;
  switch (options.method) {
  case Method::wsm:
    weighted_sum(problem, weights, result);
    break;
  case Method::wpm:
    weighted_product(problem, weights, result);
    break;
  case Method::topsis:
    values_finite = topsis(problem, weights, options.topsis_normalisation, result);
    break;
  case Method::promethee2:
    promethee2(problem, weights, result);
    break;
  case Method::vikor:
    values_finite = vikor(problem, weights, options.vikor_v, result, vikor_best);
    break;
  }
  if (!values_finite || !all_finite(result.scores) || !all_finite(result.S) ||
      !all_finite(result.R) || !all_finite(result.phi_plus) || !all_finite(result.phi_minus)) {
    RankingResult failed;
    failed.provenance = std::move(result.provenance);
    failed.error = values_finite ? "scoring.out_of_range" : "scoring.bad_value";
    return failed;
  }
  result.ranking = order_by(result.scores, method_info(options.method).higher_is_better);
  if (options.method == Method::vikor) vikor_conditions(result, vikor_best);
  return result;
}

} // namespace rumbo::scoring
