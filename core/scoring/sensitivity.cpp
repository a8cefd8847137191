#include "core/scoring/sensitivity.h"

#include "core/scoring/methods.h"
#include "core/scoring/random.h"
#include "core/scoring/score_order.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

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
        a_(n_ * m_), b_(n_ * m_, 0), score_(n_), order_(n_), keys_(n_) {
    // Keys whose index part counts up: the first sample starts from index order.
    std::iota(keys_.begin(), keys_.end(), std::uint64_t{0});
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
    // Successive samples mostly keep the order, so the keys are re-made in
    // the previous sample's order and insertion-sorted: close to linear time
    // when few alternatives swap, and never worse than sorting from scratch
    // by more than the swaps themselves.
    // Best first by the method's own direction (methods.h): VIKOR's Q lower.
    const ScoreKeys by_score(score_.data(), n_, method_info(method_).higher_is_better);
    for (std::uint64_t& key : keys_)
      key = by_score.key(by_score.index(key));
    for (std::size_t i = 1; i < n_; ++i) {
      const std::uint64_t moving = keys_[i];
      std::size_t j = i;
      for (; j > 0 && moving < keys_[j - 1]; --j)
        keys_[j] = keys_[j - 1];
      keys_[j] = moving;
    }
    by_score.settle(keys_);
    for (std::size_t r = 0; r < n_; ++r)
      order_[r] = static_cast<std::uint32_t>(by_score.index(keys_[r]));
    return order_;
  }

private:
  Method method_;
  double v_;
  std::size_t n_, m_;
  std::vector<double> a_, b_, score_;
  std::vector<std::uint32_t> order_;
  std::vector<std::uint64_t> keys_; // in the last sample's order (ScoreKeys)
  std::vector<double> s_, r_;

  // Scores are Q, as rank() gives them (lower is better).
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
      score_[a] = q;
    }
  }
};

} // namespace

struct StabilityRun::State {
  DecisionProblem problem, varied;
  RankingOptions options;
  double step = 0;
  std::vector<std::size_t> order, reference; // the whole ranking; its first k
  std::vector<double> base;

  State(const DecisionProblem& p, const RankingOptions& o, double s)
      : problem(p), varied(p), options(o), step(s) {}
};

StabilityRun::StabilityRun(const DecisionProblem& problem, const RankingOptions& options,
                           std::size_t top_k, double step) {
  RankingResult reference = rank(problem, options);
  result_.provenance = reference.provenance;
  result_.provenance.method = "weight_stability." + reference.provenance.method;
  if (reference.error) {
    result_.error = reference.error;
    return;
  }
  result_.top_k = std::min(top_k, problem.rows());
  state_ = std::make_unique<State>(problem, options, step);
  state_->order = reference.ranking;
  state_->reference = reference.ranking;
  state_->reference.resize(result_.top_k);
  state_->base = normalised_weights(problem);
  total_ = problem.columns();
}

StabilityRun::~StabilityRun() = default;

bool StabilityRun::advance(std::size_t criteria) {
  for (; criteria > 0 && !done(); --criteria) {
    State& s = *state_;
    const std::size_t c = done_;
    if (s.options.method == Method::wsm) {
      result_.intervals.push_back(wsm_interval(s.problem, s.base, c, s.order, result_.top_k));
    } else {
      WeightInterval interval{c, s.base[c], 0, 1};
      interval.low = boundary(s.varied, s.base, c, s.options, result_.top_k, s.reference, s.base[c],
                              0.0, s.step);
      interval.high = boundary(s.varied, s.base, c, s.options, result_.top_k, s.reference,
                               s.base[c], 1.0, s.step);
      result_.intervals.push_back(interval);
    }
    if (++done_ == total_) state_.reset();
  }
  return done();
}

StabilityResult weight_stability(const DecisionProblem& problem, const RankingOptions& options,
                                 std::size_t top_k, double step) {
  StabilityRun run(problem, options, top_k, step);
  run.advance(problem.columns());
  return run.result();
}

struct AcceptabilityRun::State {
  DecisionProblem problem;
  RankingOptions options;
  AcceptabilityOptions sampling;
  Provenance provenance; // of the ranking without sampling
  std::vector<double> base, range;
  Random random;
  DecisionProblem sample;
  std::optional<WeightOnlyKernel> kernel;
  std::size_t counted = 0;
  std::vector<std::uint32_t> counts; // counts[r * n + a]
  std::vector<double> weights;

  State(const DecisionProblem& p, const RankingOptions& o, const AcceptabilityOptions& s)
      : problem(p), options(o), sampling(s), random(s.seed), sample(p) {}
};

AcceptabilityRun::AcceptabilityRun(const DecisionProblem& problem, const RankingOptions& options,
                                   const AcceptabilityOptions& sampling)
    : total_(sampling.samples) {
  RankingResult check = rank(problem, options);
  if (check.error) {
    result_.error = check.error;
    drawn_ = total_;
    return;
  }
  state_ = std::make_unique<State>(problem, options, sampling);
  State& s = *state_;
  s.provenance = check.provenance;
  const std::size_t n = problem.rows(), m = problem.columns();
  s.base = normalised_weights(problem);
  s.range.assign(m, 0);
  for (std::size_t j = 0; j < m; ++j) {
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (std::size_t a = 0; a < n; ++a) {
      low = std::min(low, problem.at(a, j));
      high = std::max(high, problem.at(a, j));
    }
    s.range[j] = high - low;
  }
  if (sampling.score_spread == 0 && WeightOnlyKernel::supports(options))
    s.kernel.emplace(problem, options);
  s.counts.assign(n * n, 0);
  s.weights.resize(m);
  if (total_ == 0) finish();
}

AcceptabilityRun::~AcceptabilityRun() = default;

bool AcceptabilityRun::advance(std::size_t samples) {
  if (done()) return true;
  State& s = *state_;
  const std::size_t n = s.problem.rows(), m = s.problem.columns();
  const AcceptabilityOptions& sampling = s.sampling;
  const std::size_t end = drawn_ + std::min(samples, total_ - drawn_);
  for (; drawn_ < end; ++drawn_) {
    if (sampling.weights_unknown) {
      s.weights = s.random.simplex(m);
    } else {
      double sum = 0;
      for (std::size_t j = 0; j < m; ++j)
        sum += s.weights[j] =
            s.base[j] * s.random.uniform(1 - sampling.weight_spread, 1 + sampling.weight_spread);
      for (double& w : s.weights)
        w = sum > 0 ? w / sum : 1.0 / static_cast<double>(m);
    }
    if (s.kernel) {
      // Counts in 32 bits, rank-major: the array stays in cache at 200 alternatives.
      const std::vector<std::uint32_t>& order = s.kernel->rank(s.weights);
      for (std::size_t r = 0; r < n; ++r)
        ++s.counts[r * n + order[r]];
      ++s.counted;
      continue;
    }
    for (std::size_t j = 0; j < m; ++j)
      s.sample.criteria[j].weight = s.weights[j];
    if (sampling.score_spread > 0)
      for (std::size_t a = 0; a < n; ++a)
        for (std::size_t j = 0; j < m; ++j)
          s.sample.matrix[a * m + j] =
              s.problem.at(a, j) +
              s.random.uniform(-sampling.score_spread, sampling.score_spread) * s.range[j];
    RankingResult ranked = rank(s.sample, s.options);
    if (ranked.error) continue; // e.g. a WPM value pushed below zero: the sample is left out
    for (std::size_t r = 0; r < n; ++r)
      ++s.counts[r * n + ranked.ranking[r]];
    ++s.counted;
  }
  if (drawn_ == total_) finish();
  return done();
}

void AcceptabilityRun::finish() {
  State& s = *state_;
  const std::size_t n = s.problem.rows();
  result_.alternatives = n;
  result_.shares.assign(n * n, 0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t r = 0; r < n; ++r)
      result_.shares[a * n + r] =
          s.counted ? s.counts[r * n + a] / static_cast<double>(s.counted) : 0;
  for (std::size_t a = 0; a < n; ++a)
    result_.first.push_back(result_.share(a, 0));
  result_.provenance = s.provenance;
  result_.provenance.method = "rank_acceptability." + s.provenance.method;
  result_.provenance.seed = s.sampling.seed;
  result_.provenance.samples = s.counted;
  result_.provenance.parameters.push_back(
      {"weights", s.sampling.weights_unknown ? "uniform_simplex" : "around_chosen"});
  result_.provenance.parameters.push_back(
      {"weight_spread", std::to_string(s.sampling.weight_spread)});
  result_.provenance.parameters.push_back(
      {"score_spread", std::to_string(s.sampling.score_spread)});
  state_.reset();
}

AcceptabilityResult rank_acceptability(const DecisionProblem& problem,
                                       const RankingOptions& options,
                                       const AcceptabilityOptions& sampling) {
  AcceptabilityRun run(problem, options, sampling);
  run.advance(sampling.samples);
  return run.result();
}

} // namespace rumbo::scoring
