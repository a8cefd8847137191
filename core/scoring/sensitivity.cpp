#include "core/scoring/sensitivity.h"

#include "core/scoring/random.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace rumbo::scoring {

namespace {

// The problem with criterion c weighing t and the others rescaled so the
// weights still sum to 1 and keep their proportions.
void set_weight(DecisionProblem& problem, const std::vector<double>& base, std::size_t c,
                double t) {
  double others = 1.0 - base[c];
  for (std::size_t j = 0; j < base.size(); ++j)
    problem.criteria[j].weight =
        j == c ? t : (others > 0 ? base[j] * (1.0 - t) / others : (1.0 - t) / (base.size() - 1));
}

std::vector<std::size_t> top(const DecisionProblem& problem, const RankingOptions& options,
                             std::size_t k) {
  RankingResult result = rank(problem, options);
  if (result.error) return {};
  result.ranking.resize(std::min(k, result.ranking.size()));
  return result.ranking;
}

// The furthest weight from `from` towards `to` at which the top-k order still
// equals `reference`, by scanning and then bisecting the first change.
double boundary(DecisionProblem& problem, const std::vector<double>& base, std::size_t c,
                const RankingOptions& options, std::size_t k,
                const std::vector<std::size_t>& reference, double from, double to, double step) {
  double direction = to > from ? 1 : -1;
  double holds = from;
  for (double t = from + direction * step;; t += direction * step) {
    if ((to - t) * direction < 0) t = to;
    set_weight(problem, base, c, t);
    if (top(problem, options, k) != reference) {
      double fails = t;
      while (std::abs(fails - holds) > 1e-4) {
        double middle = (holds + fails) / 2;
        set_weight(problem, base, c, middle);
        (top(problem, options, k) == reference ? holds : fails) = middle;
      }
      return holds;
    }
    holds = t;
    if (t == to) return to;
  }
}

// For WSM the score of each alternative is linear in t; the top-k order
// changes only where two of the lines cross, so the interval is exact.
WeightInterval wsm_interval(const DecisionProblem& problem, const std::vector<double>& base,
                            std::size_t c, const std::vector<std::size_t>& order, std::size_t k) {
  WeightInterval interval{c, base[c], 0, 1};
  std::size_t n = problem.rows(), m = problem.columns();
  double others = 1.0 - base[c];
  // score_a(t) = t·x_ac' + (1 - t)·B_a, with x' the signed value and B_a the
  // rest of the score divided by the others' share.
  auto value = [&](std::size_t a, std::size_t j) {
    return problem.criteria[j].direction == Direction::cost ? -problem.at(a, j) : problem.at(a, j);
  };
  std::vector<double> own(n), rest(n, 0);
  for (std::size_t a = 0; a < n; ++a) {
    own[a] = value(a, c);
    for (std::size_t j = 0; j < m; ++j)
      if (j != c) rest[a] += others > 0 ? base[j] / others * value(a, j) : value(a, j) / (m - 1);
  }
  // Each of the first k must stay ahead of the next one and of everyone below.
  std::vector<bool> in_top(n, false);
  for (std::size_t i = 0; i < k; ++i)
    in_top[order[i]] = true;
  auto bound = [&](std::size_t ahead, std::size_t behind) {
    // ahead stays ahead while (own_a - rest_a - own_b + rest_b)·t + (rest_a - rest_b) >= 0.
    double slope = own[ahead] - rest[ahead] - own[behind] + rest[behind];
    double constant = rest[ahead] - rest[behind];
    if (std::abs(slope) < 1e-15) return;
    double t = -constant / slope;
    if (slope > 0 && t > interval.low && t <= base[c]) interval.low = t;
    if (slope < 0 && t < interval.high && t >= base[c]) interval.high = t;
  };
  for (std::size_t i = 0; i < k; ++i) {
    if (i + 1 < k)
      bound(order[i], order[i + 1]);
    else
      for (std::size_t b = 0; b < n; ++b)
        if (!in_top[b]) bound(order[i], b);
  }
  return interval;
}

// When only the weights vary, WSM, TOPSIS and VIKOR need no normalisation per
// sample: the weight-free parts are computed once and each sample costs a few
// multiply-adds per value. (The same formulas as rank(), regrouped: TOPSIS's
// weighted distance is sqrt(sum_c w_c^2 (r_ac - r*_c)^2) with r the
// weight-free normalised value.) Other methods, and sampled scores, go
// through rank().
class WeightOnlyKernel {
public:
  static bool supports(const RankingOptions& options) {
    return options.method == Method::wsm || options.method == Method::topsis ||
           options.method == Method::vikor;
  }

  WeightOnlyKernel(const DecisionProblem& problem, const RankingOptions& options)
      : method_(options.method), v_(options.vikor_v), n_(problem.rows()), m_(problem.columns()),
        a_(n_ * m_), b_(n_ * m_, 0), score_(n_), order_(n_), keyed_(n_) {
    for (std::size_t a = 0; a < n_; ++a)
      keyed_[a].index = static_cast<std::uint32_t>(a);
    for (std::size_t c = 0; c < m_; ++c) {
      bool cost = problem.criteria[c].direction == Direction::cost;
      double low = problem.at(0, c), high = low, squares = 0, magnitude = 0;
      for (std::size_t a = 0; a < n_; ++a) {
        low = std::min(low, problem.at(a, c));
        high = std::max(high, problem.at(a, c));
        magnitude = std::max(magnitude, std::abs(problem.at(a, c)));
      }
      for (std::size_t a = 0; a < n_; ++a)
        if (magnitude > 0)
          squares += (problem.at(a, c) / magnitude) * (problem.at(a, c) / magnitude);
      for (std::size_t a = 0; a < n_; ++a) {
        double x = problem.at(a, c);
        std::size_t i = a * m_ + c;
        if (method_ == Method::wsm) {
          a_[i] = cost ? -x : x;
        } else if (method_ == Method::vikor) {
          double best = cost ? low : high, worst = cost ? high : low;
          a_[i] = best != worst ? (best - x) / (best - worst) : 0; // regret per unit weight
        } else {
          double r = 0, r_low = 0, r_high = 0;
          if (options.topsis_normalisation == TopsisNormalisation::vector) {
            double norm = magnitude > 0 ? magnitude * std::sqrt(squares) : 0;
            if (norm > 0) r = x / norm, r_low = low / norm, r_high = high / norm;
          } else if (high > low) {
            r = (x - low) / (high - low), r_low = 0, r_high = 1;
          }
          double ideal = cost ? r_low : r_high, anti = cost ? r_high : r_low;
          a_[i] = (r - ideal) * (r - ideal);
          b_[i] = (r - anti) * (r - anti);
        }
      }
    }
  }

  // The ranking (best first) under normalised weights `w`.
  const std::vector<std::uint32_t>& rank(const std::vector<double>& w) {
    if (method_ == Method::wsm) {
      for (std::size_t a = 0; a < n_; ++a) {
        double sum = 0;
        for (std::size_t c = 0; c < m_; ++c)
          sum += w[c] * a_[a * m_ + c];
        score_[a] = sum;
      }
    } else if (method_ == Method::topsis) {
      for (std::size_t a = 0; a < n_; ++a) {
        double plus = 0, minus = 0;
        for (std::size_t c = 0; c < m_; ++c) {
          double w2 = w[c] * w[c];
          plus += w2 * a_[a * m_ + c];
          minus += w2 * b_[a * m_ + c];
        }
        plus = std::sqrt(plus), minus = std::sqrt(minus);
        score_[a] = plus + minus > 0 ? minus / (plus + minus) : 0.5;
      }
    } else {
      vikor_q(w);
    }
    // Successive samples mostly keep the order, so the pairs are re-scored in
    // the previous sample's order and insertion-sorted: close to linear time
    // when few pairs swap, and never worse than sorting from scratch by more
    // than the swaps themselves.
    for (Keyed& pair : keyed_)
      pair.score = score_[pair.index];
    for (std::size_t i = 1; i < n_; ++i) {
      Keyed moving = keyed_[i];
      std::size_t j = i;
      for (; j > 0 && ahead(moving, keyed_[j - 1]); --j)
        keyed_[j] = keyed_[j - 1];
      keyed_[j] = moving;
    }
    for (std::size_t r = 0; r < n_; ++r)
      order_[r] = keyed_[r].index;
    return order_;
  }

private:
  Method method_;
  double v_;
  std::size_t n_, m_;
  std::vector<double> a_, b_, score_;
  std::vector<std::uint32_t> order_;
  struct Keyed {
    double score;
    std::uint32_t index;
  };
  std::vector<Keyed> keyed_;

  static bool ahead(const Keyed& x, const Keyed& y) {
    return x.score != y.score ? x.score > y.score : x.index < y.index;
  }
  std::vector<double> s_, r_;

  // Scores are -Q so that higher is better, like the other methods.
  void vikor_q(const std::vector<double>& w) {
    s_.assign(n_, 0);
    r_.assign(n_, 0);
    for (std::size_t a = 0; a < n_; ++a)
      for (std::size_t c = 0; c < m_; ++c) {
        double regret = w[c] * a_[a * m_ + c];
        s_[a] += regret;
        r_[a] = std::max(r_[a], regret);
      }
    auto [s_best, s_worst] = std::minmax_element(s_.begin(), s_.end());
    auto [r_best, r_worst] = std::minmax_element(r_.begin(), r_.end());
    double s_range = *s_worst - *s_best, r_range = *r_worst - *r_best;
    for (std::size_t a = 0; a < n_; ++a) {
      double q = 0;
      if (s_range > 0) q += v_ * (s_[a] - *s_best) / s_range;
      if (r_range > 0) q += (1 - v_) * (r_[a] - *r_best) / r_range;
      score_[a] = -q;
    }
  }
};

} // namespace

StabilityResult weight_stability(const DecisionProblem& problem, const RankingOptions& options,
                                 std::size_t top_k, double step) {
  StabilityResult result;
  RankingResult reference_result = rank(problem, options);
  result.provenance = reference_result.provenance;
  result.provenance.method = "weight_stability." + reference_result.provenance.method;
  if (reference_result.error) {
    result.error = reference_result.error;
    return result;
  }
  result.top_k = std::min(top_k, problem.rows());
  std::vector<std::size_t> reference = reference_result.ranking;
  reference.resize(result.top_k);
  std::vector<double> base = normalised_weights(problem);
  DecisionProblem varied = problem;
  for (std::size_t c = 0; c < problem.columns(); ++c) {
    if (options.method == Method::wsm) {
      result.intervals.push_back(
          wsm_interval(problem, base, c, reference_result.ranking, result.top_k));
      continue;
    }
    WeightInterval interval{c, base[c], 0, 1};
    interval.low = boundary(varied, base, c, options, result.top_k, reference, base[c], 0.0, step);
    interval.high = boundary(varied, base, c, options, result.top_k, reference, base[c], 1.0, step);
    result.intervals.push_back(interval);
  }
  return result;
}

AcceptabilityResult rank_acceptability(const DecisionProblem& problem,
                                       const RankingOptions& options,
                                       const AcceptabilityOptions& sampling) {
  AcceptabilityResult result;
  RankingResult check = rank(problem, options);
  if (check.error) {
    result.error = check.error;
    return result;
  }
  std::size_t n = problem.rows(), m = problem.columns();
  result.alternatives = n;
  result.shares.assign(n * n, 0);
  std::vector<double> base = normalised_weights(problem);
  std::vector<double> range(m, 0);
  for (std::size_t j = 0; j < m; ++j) {
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (std::size_t a = 0; a < n; ++a) {
      low = std::min(low, problem.at(a, j));
      high = std::max(high, problem.at(a, j));
    }
    range[j] = high - low;
  }
  Random random(sampling.seed);
  DecisionProblem sample = problem;
  std::optional<WeightOnlyKernel> kernel;
  if (sampling.score_spread == 0 && WeightOnlyKernel::supports(options))
    kernel.emplace(problem, options);
  std::size_t counted = 0;
  std::vector<std::uint32_t> counts(n * n, 0); // counts[r * n + a]
  std::vector<double> weights(m);
  for (std::size_t s = 0; s < sampling.samples; ++s) {
    if (sampling.weights_unknown) {
      weights = random.simplex(m);
    } else {
      double sum = 0;
      for (std::size_t j = 0; j < m; ++j)
        sum += weights[j] =
            base[j] * random.uniform(1 - sampling.weight_spread, 1 + sampling.weight_spread);
      for (double& w : weights)
        w = sum > 0 ? w / sum : 1.0 / static_cast<double>(m);
    }
    if (kernel) {
      // Counts in 32 bits, rank-major: the array stays in cache at 200 alternatives.
      const std::vector<std::uint32_t>& order = kernel->rank(weights);
      for (std::size_t r = 0; r < n; ++r)
        ++counts[r * n + order[r]];
      ++counted;
      continue;
    }
    for (std::size_t j = 0; j < m; ++j)
      sample.criteria[j].weight = weights[j];
    if (sampling.score_spread > 0)
      for (std::size_t a = 0; a < n; ++a)
        for (std::size_t j = 0; j < m; ++j)
          sample.matrix[a * m + j] =
              problem.at(a, j) +
              random.uniform(-sampling.score_spread, sampling.score_spread) * range[j];
    RankingResult ranked = rank(sample, options);
    if (ranked.error) continue; // e.g. a WPM value pushed below zero: the sample is left out
    for (std::size_t r = 0; r < n; ++r)
      ++counts[r * n + ranked.ranking[r]];
    ++counted;
  }
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t r = 0; r < n; ++r)
      result.shares[a * n + r] = counted ? counts[r * n + a] / static_cast<double>(counted) : 0;
  for (std::size_t a = 0; a < n; ++a)
    result.first.push_back(result.share(a, 0));
  result.provenance = check.provenance;
  result.provenance.method = "rank_acceptability." + check.provenance.method;
  result.provenance.seed = sampling.seed;
  result.provenance.samples = counted;
  result.provenance.parameters.push_back(
      {"weights", sampling.weights_unknown ? "uniform_simplex" : "around_chosen"});
  result.provenance.parameters.push_back({"weight_spread", std::to_string(sampling.weight_spread)});
  result.provenance.parameters.push_back({"score_spread", std::to_string(sampling.score_spread)});
  return result;
}

} // namespace rumbo::scoring
