#include "core/scoring/ahp.h"
#include "core/stable_sort.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace rumbo::scoring {
namespace {

// Typed approximations (0.333 for 1/3, 0.143 for 1/7) pass; a transposed or
// mistyped cell does not.
constexpr double kReciprocalTolerance = 0.01;
// Below this every judgement agrees with the priorities up to rounding, so
// there is nothing to revisit.
constexpr double kConsistentDeviation = 1e-9;

// Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill: the mean CI of
// random reciprocal matrices on the 1/9..9 scale, n = 1..15. Same values in
// jpierre03/JenericAHP (ConsistencyCheckerMatrix.java, n = 1..15) and
// Olddays/MMTools (AHP.m, n = 1..11).
constexpr double kRandomIndex1980[kAhpMaxSize] = {0,    0,    0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                                  1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
// Saaty (2005), Theory and Applications of the Analytic Network Process, RWS,
// p. 31, as tabulated by PhilipGriffith/AHPy (random_index='saaty') and by
// frankiecho/ahpsurvey (ahp.cr), which agree.
constexpr double kRandomIndex2005[kAhpMaxSize] = {0,    0,    0.52, 0.89, 1.11, 1.25, 1.35, 1.40,
                                                  1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59};

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

JudgementError error_at(std::string key, std::size_t matrix = 0, std::size_t row = 0,
                        std::size_t column = 0) {
  return JudgementError{std::move(key), matrix, row, column};
}

JudgementError at_matrix(JudgementError error, std::size_t matrix) {
  error.matrix = matrix;
  return error;
}

template <class Result> Result failed(Result& result, JudgementError error) {
  result.error = std::move(error);
  return std::move(result);
}

std::optional<JudgementError> size_error(std::size_t n) {
  if (n == 0) return error_at("scoring.ahp.empty");
  if (n > kAhpMaxSize) return error_at("scoring.ahp.too_large");
  return std::nullopt;
}

std::string method_name(PriorityMethod method) {
  return method == PriorityMethod::eigenvector ? "ahp.eigenvector" : "ahp.geometric_mean";
}

double normalise(std::vector<double>& values) {
  const double sum = std::accumulate(values.begin(), values.end(), 0.0);
  for (double& value : values)
    value /= sum;
  return sum;
}

// Exactly reciprocal values: the geometric mean of a_ij and 1/a_ji.
std::vector<double> reciprocal_values(const PairwiseMatrix& matrix) {
  const std::size_t n = matrix.size;
  std::vector<double> a(n * n, 1.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const double value = std::sqrt(matrix.at(i, j) / matrix.at(j, i));
      a[i * n + j] = value;
      a[j * n + i] = 1.0 / value;
    }
  return a;
}

// Row geometric means, normalised (Crawford & Williams 1985): the
// logarithmic least-squares priorities.
std::vector<double> geometric_mean_weights(std::size_t n, const std::vector<double>& a) {
  std::vector<double> w(n);
  for (std::size_t i = 0; i < n; ++i) {
    double log_sum = 0;
    for (std::size_t j = 0; j < n; ++j)
      log_sum += std::log(a[i * n + j]);
    w[i] = std::exp(log_sum / static_cast<double>(n));
  }
  normalise(w);
  return w;
}

struct PerronVector {
  std::vector<double> weights;
  double lambda = 0;
  std::size_t iterations = 0;
  bool converged = false;
};

// B <- B * B, rescaled so its largest entry is 1: the same Perron vector,
// with the ratio of the second eigenvalue to the first squared.
void square(std::size_t n, std::vector<double>& b) {
  std::vector<double> product(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t k = 0; k < n; ++k)
      for (std::size_t j = 0; j < n; ++j)
        product[i * n + j] += b[i * n + k] * b[k * n + j];
  const double largest = *std::max_element(product.begin(), product.end());
  for (double& value : product)
    value /= largest;
  b.swap(product);
}

// Power iteration on a positive matrix converges to the Perron vector from
// any positive start (Perron-Frobenius); the geometric means are already
// close. Very inconsistent matrices with extreme judgements can have a second
// eigenvalue close to the first in modulus, so after every
// kAhpIterationsPerRound steps without convergence the iteration moves on to
// the matrix squared.
PerronVector perron_vector(std::size_t n, const std::vector<double>& a, std::vector<double> w) {
  PerronVector result;
  std::vector<double> b = a;
  std::vector<double> next(n);
  for (std::size_t round = 0; round < kAhpMaxRounds && !result.converged; ++round) {
    if (round > 0) square(n, b);
    for (std::size_t step = 0; step < kAhpIterationsPerRound; ++step) {
      for (std::size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (std::size_t j = 0; j < n; ++j)
          sum += b[i * n + j] * w[j];
        next[i] = sum;
      }
      normalise(next);
      double change = 0;
      for (std::size_t i = 0; i < n; ++i)
        change = std::max(change, std::abs(next[i] - w[i]));
      w.swap(next);
      ++result.iterations;
      if (change < kAhpPowerTolerance) {
        result.converged = true;
        break;
      }
    }
  }
  // With w summing to 1 and A w = lambda w, lambda is the sum of A w.
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      result.lambda += a[i * n + j] * w[j];
  result.weights = std::move(w);
  return result;
}

double log_residual(std::size_t n, const std::vector<double>& a, const std::vector<double>& w,
                    std::size_t i, std::size_t j) {
  return std::log(a[i * n + j]) - std::log(w[i]) + std::log(w[j]);
}

// Crawford & Williams' index for n >= 3; a single pair (n = 2) has no
// normalising factor, so its squared residual is used as it is.
double geometric_index(std::size_t n, const std::vector<double>& a, const std::vector<double>& w) {
  if (n < 2) return 0;
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const double residual = log_residual(n, a, w, i, j);
      sum += residual * residual;
    }
  if (n == 2) return sum;
  return 2.0 * sum / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
}

std::optional<Revisit> find_revisit(const PairwiseMatrix& matrix, const std::vector<double>& a,
                                    const std::vector<double>& w) {
  const std::size_t n = matrix.size;
  std::optional<Revisit> best;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const double deviation = std::abs(log_residual(n, a, w, i, j));
      if (deviation > kConsistentDeviation && (!best || deviation > best->deviation))
        best = Revisit{i, j, matrix.at(i, j), w[i] / w[j], deviation};
    }
  return best;
}

std::optional<JudgementError> check_value(double value, std::size_t matrix, std::size_t row,
                                          std::size_t column) {
  if (!std::isfinite(value)) return error_at("scoring.ahp.not_finite", matrix, row, column);
  if (value <= 0) return error_at("scoring.ahp.not_positive", matrix, row, column);
  if (value > kAhpMaxJudgement || value < 1.0 / kAhpMaxJudgement)
    return error_at("scoring.ahp.out_of_range", matrix, row, column);
  return std::nullopt;
}

std::optional<JudgementError> validate_as(const PairwiseMatrix& matrix, std::size_t index) {
  const std::size_t n = matrix.size;
  if (auto error = size_error(n)) return at_matrix(std::move(*error), index);
  if (matrix.values.size() != n * n) return error_at("scoring.ahp.not_square", index);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (auto error = check_value(matrix.at(i, j), index, i, j)) return error;
  for (std::size_t i = 0; i < n; ++i)
    if (std::abs(matrix.at(i, i) - 1.0) > kReciprocalTolerance)
      return error_at("scoring.ahp.diagonal_not_one", index, i, i);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (std::abs(matrix.at(i, j) * matrix.at(j, i) - 1.0) > kReciprocalTolerance)
        return error_at("scoring.ahp.not_reciprocal", index, i, j);
  return std::nullopt;
}

AhpResult analyse_valid(const PairwiseMatrix& matrix, const AhpOptions& options) {
  AhpResult result;
  result.provenance.method = method_name(options.method);
  result.provenance.parameters = {{"random_index", std::string(to_text(options.random_index))},
                                  {"tolerance", number_text(kAhpPowerTolerance)}};
  const std::size_t n = matrix.size;
  const std::vector<double> a = reciprocal_values(matrix);
  const std::vector<double> geometric = geometric_mean_weights(n, a);
  PerronVector perron = perron_vector(n, a, geometric);
  if (!perron.converged) return failed(result, error_at("scoring.ahp.not_converged"));
  result.iterations = perron.iterations;
  result.provenance.parameters.emplace_back("iterations", std::to_string(perron.iterations));
  result.weights =
      options.method == PriorityMethod::eigenvector ? std::move(perron.weights) : geometric;
  result.lambda_max = perron.lambda;
  const double size = static_cast<double>(n);
  // lambda_max >= n for every positive reciprocal matrix; rounding alone can
  // put it a hair below.
  result.ci = n > 1 ? std::max(0.0, (perron.lambda - size) / (size - 1)) : 0.0;
  result.random_index = random_index(n, options.random_index);
  result.cr_defined = n >= 3;
  result.cr = result.cr_defined ? result.ci / result.random_index : 0.0;
  result.gci = n >= 3 ? geometric_index(n, a, geometric) : 0.0;
  result.revisit = find_revisit(matrix, a, result.weights);
  return result;
}

// Goepel's consensus: Shannon alpha (mean individual) and gamma (of the mean
// priorities) entropies; beta = gamma - alpha; S* rescales 1/exp(beta) between
// its floor for n criteria on the 1..9 scale and 1 (AHP-OS, AhpGroup.php,
// getConsensus and ahpShannonCor).
double goepel_consensus(const std::vector<AhpResult>& individual,
                        const std::vector<double>& participant_weights, std::size_t n) {
  if (n < 2) return 1.0;
  auto entropy = [](const std::vector<double>& p) {
    double h = 0;
    for (double x : p)
      if (x > 0) h -= x * std::log(x);
    return h;
  };
  double alpha = 0;
  std::vector<double> mean(n, 0.0);
  for (std::size_t k = 0; k < individual.size(); ++k) {
    alpha += participant_weights[k] * entropy(individual[k].weights);
    for (std::size_t i = 0; i < n; ++i)
      mean[i] += participant_weights[k] * individual[k].weights[i];
  }
  const double beta = std::max(0.0, entropy(mean) - alpha);
  constexpr double kScaleMaximum = 9;
  const double size = static_cast<double>(n);
  const double best = kScaleMaximum / (size + kScaleMaximum - 1);
  const double rest = 1.0 / (size + kScaleMaximum - 1);
  const double alpha_min = -best * std::log(best) - (size - 1) * rest * std::log(rest);
  const double gamma_max = std::log(size);
  const double floor = std::exp(alpha_min - gamma_max);
  return (std::exp(-beta) - floor) / (1.0 - floor);
}

std::vector<double> in_mode(std::vector<double> priorities, SynthesisMode mode) {
  if (mode == SynthesisMode::ideal && !priorities.empty()) {
    const double best = *std::max_element(priorities.begin(), priorities.end());
    for (double& value : priorities)
      value /= best;
  }
  return priorities;
}

} // namespace

std::optional<PriorityMethod> parse_priority_method(std::string_view text) {
  if (text == "eigenvector") return PriorityMethod::eigenvector;
  if (text == "geometric_mean") return PriorityMethod::geometric_mean;
  return std::nullopt;
}

std::optional<RandomIndexTable> parse_random_index_table(std::string_view text) {
  if (text == "saaty1980") return RandomIndexTable::saaty1980;
  if (text == "saaty2005") return RandomIndexTable::saaty2005;
  return std::nullopt;
}

std::optional<SynthesisMode> parse_synthesis_mode(std::string_view text) {
  if (text == "distributive") return SynthesisMode::distributive;
  if (text == "ideal") return SynthesisMode::ideal;
  return std::nullopt;
}

std::string_view to_text(PriorityMethod method) {
  return method == PriorityMethod::eigenvector ? "eigenvector" : "geometric_mean";
}

std::string_view to_text(RandomIndexTable table) {
  return table == RandomIndexTable::saaty1980 ? "saaty1980" : "saaty2005";
}

std::string_view to_text(SynthesisMode mode) {
  return mode == SynthesisMode::distributive ? "distributive" : "ideal";
}

std::optional<JudgementError> validate(const PairwiseMatrix& matrix) {
  return validate_as(matrix, 0);
}

double random_index(std::size_t n, RandomIndexTable table) {
  if (n == 0 || n > kAhpMaxSize) return 0;
  return table == RandomIndexTable::saaty1980 ? kRandomIndex1980[n - 1] : kRandomIndex2005[n - 1];
}

AhpResult analyse(const PairwiseMatrix& matrix, const AhpOptions& options) {
  if (auto error = validate(matrix)) {
    AhpResult result;
    result.provenance.method = method_name(options.method);
    return failed(result, std::move(*error));
  }
  return analyse_valid(matrix, options);
}

BuiltMatrix matrix_from_rows(const std::vector<std::vector<double>>& rows) {
  BuiltMatrix built;
  built.provenance.method = "ahp.matrix";
  const std::size_t n = rows.size();
  if (auto error = size_error(n)) return failed(built, std::move(*error));
  for (std::size_t i = 0; i < n; ++i)
    if (rows[i].size() != n) return failed(built, error_at("scoring.ahp.not_square", 0, i));
  built.matrix.size = n;
  built.matrix.values.reserve(n * n);
  for (const auto& row : rows)
    built.matrix.values.insert(built.matrix.values.end(), row.begin(), row.end());
  return built;
}

BuiltMatrix build_matrix(std::size_t size, const std::vector<Judgement>& judgements,
                         MissingJudgements policy) {
  BuiltMatrix built;
  built.provenance.method = "ahp.matrix";
  built.provenance.parameters = {
      {"missing", policy == MissingJudgements::report ? "report" : "fill_with_one"}};
  if (auto error = size_error(size)) return failed(built, std::move(*error));
  std::vector<double> values(size * size, 1.0);
  std::vector<bool> given(size * size, false);
  for (const Judgement& judgement : judgements) {
    const std::size_t i = judgement.row;
    const std::size_t j = judgement.column;
    if (i >= size || j >= size)
      return failed(built, error_at("scoring.ahp.index_out_of_range", 0, i, j));
    if (i == j) return failed(built, error_at("scoring.ahp.self_comparison", 0, i, j));
    if (auto error = check_value(judgement.value, 0, i, j)) return failed(built, std::move(*error));
    if (given[i * size + j])
      return failed(built, error_at("scoring.ahp.duplicate_judgement", 0, i, j));
    given[i * size + j] = given[j * size + i] = true;
    values[i * size + j] = judgement.value;
    values[j * size + i] = 1.0 / judgement.value;
  }
  for (std::size_t i = 0; i < size; ++i)
    for (std::size_t j = i + 1; j < size; ++j)
      if (!given[i * size + j]) built.missing.emplace_back(i, j);
  built.provenance.missing = built.missing.size();
  if (!built.missing.empty() && policy == MissingJudgements::report)
    return failed(built, error_at("scoring.ahp.incomplete", 0, built.missing.front().first,
                                  built.missing.front().second));
  built.provenance.imputed = built.missing.size();
  built.matrix.size = size;
  built.matrix.values = std::move(values);
  return built;
}

GroupResult analyse_group(const std::vector<PairwiseMatrix>& matrices,
                          const GroupOptions& options) {
  GroupResult result;
  result.provenance.method = "ahp.group.aij";
  const std::size_t participants = matrices.size();
  if (participants == 0) return failed(result, error_at("scoring.ahp.no_participants"));
  if (participants > kAhpMaxParticipants)
    return failed(result, error_at("scoring.ahp.too_many_participants"));
  for (std::size_t k = 0; k < participants; ++k) {
    if (auto error = validate_as(matrices[k], k)) return failed(result, std::move(*error));
    if (matrices[k].size != matrices.front().size)
      return failed(result, error_at("scoring.ahp.size_mismatch", k));
  }
  std::vector<double> weights = options.participant_weights;
  if (weights.empty()) weights.assign(participants, 1.0);
  if (weights.size() != participants)
    return failed(result, error_at("scoring.ahp.participant_weights_mismatch"));
  for (std::size_t k = 0; k < participants; ++k)
    if (!std::isfinite(weights[k]) || weights[k] < 0)
      return failed(result, error_at("scoring.ahp.invalid_participant_weight", k));
  if (!(std::accumulate(weights.begin(), weights.end(), 0.0) > 0))
    return failed(result, error_at("scoring.ahp.invalid_participant_weight"));
  normalise(weights);
  result.participant_weights = weights;
  result.provenance.parameters = {
      {"participants", std::to_string(participants)},
      {"participant_weights", options.participant_weights.empty() ? "equal" : "given"},
      {"consensus", "goepel2013"},
      {"distance", "gcci_dong2010"}};

  const std::size_t n = matrices.front().size;
  std::vector<std::vector<double>> reciprocal(participants);
  std::vector<double> log_sum(n * n, 0.0);
  for (std::size_t k = 0; k < participants; ++k) {
    reciprocal[k] = reciprocal_values(matrices[k]);
    for (std::size_t cell = 0; cell < n * n; ++cell)
      log_sum[cell] += weights[k] * std::log(reciprocal[k][cell]);
  }
  result.aggregate.size = n;
  result.aggregate.values.resize(n * n);
  for (std::size_t cell = 0; cell < n * n; ++cell)
    result.aggregate.values[cell] = std::exp(log_sum[cell]);
  for (std::size_t i = 0; i < n; ++i)
    result.aggregate.values[i * n + i] = 1.0;

  result.group = analyse_valid(result.aggregate, options.ahp);
  if (const auto& error = result.group.error) return failed(result, *error);
  for (std::size_t k = 0; k < participants; ++k) {
    result.individual.push_back(analyse_valid(matrices[k], options.ahp));
    if (const auto& error = result.individual.back().error)
      return failed(result, at_matrix(*error, k));
  }
  result.consensus = goepel_consensus(result.individual, weights, n);
  for (std::size_t k = 0; k < participants; ++k)
    result.distance.push_back(geometric_index(n, reciprocal[k], result.group.weights));
  result.furthest = stable_order(participants, [&](std::size_t x, std::size_t y) {
    return result.distance[x] > result.distance[y];
  });
  return result;
}

std::vector<double> synthesise(const std::vector<double>& criteria_weights,
                               const std::vector<std::vector<double>>& local, SynthesisMode mode) {
  const std::size_t alternatives = local.empty() ? 0 : local.front().size();
  std::vector<double> global(alternatives, 0.0);
  for (std::size_t c = 0; c < local.size(); ++c) {
    const std::vector<double> priorities = in_mode(local[c], mode);
    for (std::size_t a = 0; a < alternatives; ++a)
      global[a] += criteria_weights[c] * priorities[a];
  }
  return global;
}

HierarchyResult analyse_hierarchy(const PairwiseMatrix& criteria,
                                  const std::vector<PairwiseMatrix>& alternatives,
                                  const HierarchyOptions& options) {
  HierarchyResult result;
  result.provenance.method = "ahp.hierarchy";
  result.provenance.parameters = {{"mode", std::string(to_text(options.mode))},
                                  {"priorities", std::string(to_text(options.ahp.method))},
                                  {"random_index", std::string(to_text(options.ahp.random_index))}};
  if (auto error = validate_as(criteria, 0)) return failed(result, std::move(*error));
  if (alternatives.size() != criteria.size)
    return failed(result, error_at("scoring.ahp.criteria_mismatch"));
  for (std::size_t c = 0; c < alternatives.size(); ++c) {
    if (auto error = validate_as(alternatives[c], c + 1)) return failed(result, std::move(*error));
    if (alternatives[c].size != alternatives.front().size)
      return failed(result, error_at("scoring.ahp.alternatives_mismatch", c + 1));
  }
  result.criteria = analyse_valid(criteria, options.ahp);
  if (const auto& error = result.criteria.error) return failed(result, *error);
  std::vector<std::vector<double>> derived;
  for (std::size_t c = 0; c < alternatives.size(); ++c) {
    result.alternatives.push_back(analyse_valid(alternatives[c], options.ahp));
    if (const auto& error = result.alternatives.back().error)
      return failed(result, at_matrix(*error, c + 1));
    derived.push_back(result.alternatives.back().weights);
  }
  result.global = synthesise(result.criteria.weights, derived, options.mode);
  for (const std::vector<double>& priorities : derived)
    result.local.push_back(in_mode(priorities, options.mode));
  result.global_normalised = result.global;
  normalise(result.global_normalised);
  return result;
}

} // namespace rumbo::scoring
