#pragma once

// The Analytic Hierarchy Process (Saaty 1977, 1980): priorities from a
// positive reciprocal matrix of pairwise judgements, how consistent the
// judgements are, which one to revisit first, group aggregation of several
// participants' judgements, and the synthesis of a criteria/alternatives
// hierarchy. Conventions (docs/scoring.md, "AHP"):
// - a_ij says how many times element i is preferred to (more important than,
//   larger than) element j; a_ji = 1/a_ij and a_ii = 1. Indices are 0-based.
// - The lower triangle is checked against the upper one within 1 % and then
//   made exactly reciprocal: a'_ij = sqrt(a_ij / a_ji), so a typed 0.333 for
//   1/3 favours neither cell.
// - Weights always sum to 1. lambda_max is the Perron root whatever the
//   priority method, so CI and CR mean the same for both methods.
// - Nothing throws: invalid input comes back as a message key with the
//   matrix, row and column of the first offending entry.

#include "core/scoring/provenance.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rumbo::scoring {

// The random index tables stop at 15 elements, and nobody compares more than
// that pairwise (105 judgements).
inline constexpr std::size_t kAhpMaxSize = 15;
// Wider than any verbal scale (9, or 17 for extended ones) but leaves room for
// ratios of measured quantities; keeps every product and sum finite.
inline constexpr double kAhpMaxJudgement = 1e6;
inline constexpr std::size_t kAhpMaxParticipants = 500;
// Power iteration stops when no weight moves by more than kAhpPowerTolerance.
// Judgements on the 1..9 scale need under a hundred steps; when a round of
// kAhpIterationsPerRound steps is not enough (very inconsistent, extreme
// judgements) the matrix is squared and a new round starts, at most
// kAhpMaxRounds rounds in all.
inline constexpr double kAhpPowerTolerance = 1e-12;
inline constexpr std::size_t kAhpIterationsPerRound = 100;
inline constexpr std::size_t kAhpMaxRounds = 30;

struct PairwiseMatrix {
  std::size_t size = 0;
  std::vector<double> values; // row-major, size * size
  double at(std::size_t row, std::size_t column) const { return values[row * size + column]; }
};

enum class PriorityMethod { eigenvector, geometric_mean };
// saaty1980: Saaty, The Analytic Hierarchy Process (McGraw-Hill, 1980).
// saaty2005: Saaty, Theory and Applications of the Analytic Network Process
// (RWS, 2005, p. 31), the table AHPy and ahpsurvey use.
enum class RandomIndexTable { saaty1980, saaty2005 };
// distributive: local priorities sum to 1 under each criterion. ideal: they
// are divided by the best alternative's (Belton & Gear 1983, Omega 11; the
// AHP's "ideal mode", Wang & Elhag 2006, DSS 42, sec. 1), so with consistent
// judgements adding an alternative that is nowhere the best leaves the
// others' scores as they were.
enum class SynthesisMode { distributive, ideal };

// The JSON spellings: "eigenvector" | "geometric_mean", "saaty1980" |
// "saaty2005", "distributive" | "ideal". Anything else gives nullopt.
std::optional<PriorityMethod> parse_priority_method(std::string_view text);
std::optional<RandomIndexTable> parse_random_index_table(std::string_view text);
std::optional<SynthesisMode> parse_synthesis_mode(std::string_view text);
std::string_view to_text(PriorityMethod method);
std::string_view to_text(RandomIndexTable table);
std::string_view to_text(SynthesisMode mode);

struct JudgementError {
  std::string key;        // message key, "scoring.ahp.not_reciprocal"
  std::size_t matrix = 0; // participant in a group; 0 = criteria, c + 1 = alternatives under
                          // criterion c in a hierarchy; 0 for a single matrix
  std::size_t row = 0;    // first offending entry or judgement, when there is one
  std::size_t column = 0;
};

struct AhpOptions {
  PriorityMethod method = PriorityMethod::eigenvector;
  RandomIndexTable random_index = RandomIndexTable::saaty1980;
};

// The judgement that departs most from the priorities: the pair i < j with the
// largest |ln e_ij|, e_ij = a_ij w_j / w_i (Saaty 2003, "Decision-making with
// the AHP: Why is the principal eigenvector necessary", EJOR 145, sec. 4;
// Harker 1987). Setting a_ij to w_i / w_j is the change that agrees with the
// rest of the matrix.
struct Revisit {
  std::size_t row = 0;
  std::size_t column = 0;
  double judgement = 0;        // a_ij as given
  double consistent_value = 0; // w_i / w_j
  double deviation = 0;        // |ln e_ij|
};

// Saaty's threshold: judgements with a consistency ratio up to 0.1 are
// acceptable (Saaty 1980, The Analytic Hierarchy Process, ch. 1).
inline constexpr double kAcceptableConsistencyRatio = 0.1;

struct AhpResult {
  std::vector<double> weights;
  double lambda_max = 0;
  double ci = 0;                  // (lambda_max - n) / (n - 1); 0 for n = 1
  double random_index = 0;        // RI(n) of the chosen table
  double cr = 0;                  // ci / random_index; 0 when undefined (n <= 2)
  bool cr_defined = false;        // n >= 3: a 1x1 or 2x2 reciprocal matrix is always consistent
  double gci = 0;                 // geometric consistency index (Crawford & Williams 1985;
                                  // Aguaron & Moreno-Jimenez 2003), natural log, row geometric
                                  // mean priorities; 0 for n <= 2
  std::optional<Revisit> revisit; // n >= 3 and the judgements are not consistent
  std::size_t iterations = 0;     // power iteration steps to reach kAhpPowerTolerance, all rounds
  Provenance provenance;
  std::optional<JudgementError> error;

  // Consistent enough to use: CR within Saaty's threshold, or n <= 2.
  bool acceptable() const { return !cr_defined || cr <= kAcceptableConsistencyRatio; }
};

// Shape, finiteness, 0 < a_ij within [1/kAhpMaxJudgement, kAhpMaxJudgement],
// a_ii = 1 and a_ij * a_ji = 1 within 1 %.
std::optional<JudgementError> validate(const PairwiseMatrix& matrix);

// RI(n) for n = 1..kAhpMaxSize; 0 outside.
double random_index(std::size_t n, RandomIndexTable table);

AhpResult analyse(const PairwiseMatrix& matrix, const AhpOptions& options = {});

// Building a matrix from what a user or a file gives.
struct Judgement {
  std::size_t row = 0;
  std::size_t column = 0;
  double value = 0; // how many times `row` over `column`
};

// A pair without a judgement is not guessed by default: the build reports it
// as incomplete. fill_with_one treats it as "equal" and says so in
// `missing` and the provenance (missing = imputed = number of pairs).
enum class MissingJudgements { report, fill_with_one };

struct BuiltMatrix {
  PairwiseMatrix matrix;
  std::vector<std::pair<std::size_t, std::size_t>> missing; // pairs i < j without a judgement
  Provenance provenance;
  std::optional<JudgementError> error;
};

// From the JSON's nested arrays; a ragged or empty list is reported.
BuiltMatrix matrix_from_rows(const std::vector<std::vector<double>>& rows);

// From a sparse list: each pair at most once (either orientation), no
// self-comparisons, indices below `size`. The result is not yet validated for
// reciprocity (it is reciprocal by construction).
BuiltMatrix build_matrix(std::size_t size, const std::vector<Judgement>& judgements,
                         MissingJudgements policy = MissingJudgements::report);

// Group: aggregation of individual judgements (AIJ), the element-wise
// weighted geometric mean a^G_ij = prod_k a^k_ij ^ w_k (Aczel & Saaty 1983;
// Forman & Peniwati 1998), which keeps the aggregate reciprocal.
struct GroupOptions {
  AhpOptions ahp;
  std::vector<double> participant_weights; // empty: equal; otherwise one per participant,
                                           // >= 0 with a positive sum, normalised here
};

struct GroupResult {
  PairwiseMatrix aggregate;                // the AIJ matrix
  AhpResult group;                         // priorities and consistency of the aggregate
  std::vector<AhpResult> individual;       // each participant's own priorities and consistency
  std::vector<double> participant_weights; // as used, summing to 1
  // Goepel's AHP consensus indicator S* (Goepel 2013, ISAHP; as in AHP-OS):
  // 1 when all participants' priorities coincide, lower as they diverge; from
  // the Shannon beta diversity of the individual priorities.
  double consensus = 0;
  // Each participant's distance from the group: the geometric cardinal
  // consensus index GCCI(A_k) = 2/((n-1)(n-2)) sum_{i<j} (ln a^k_ij - ln w_i + ln w_j)^2
  // with the group's priorities w (Dong, Zhang, Hong & Xu 2010, DSS 49).
  std::vector<double> distance;
  std::vector<std::size_t> furthest; // participants, largest distance first
  Provenance provenance;
  std::optional<JudgementError> error; // matrix = participant
};

GroupResult analyse_group(const std::vector<PairwiseMatrix>& matrices,
                          const GroupOptions& options = {});

// Full hierarchy: a criteria matrix and, per criterion, a matrix comparing the
// same alternatives.
struct HierarchyOptions {
  AhpOptions ahp;
  SynthesisMode mode = SynthesisMode::distributive;
};

struct HierarchyResult {
  AhpResult criteria;
  std::vector<AhpResult> alternatives;    // one per criterion
  std::vector<std::vector<double>> local; // [criterion][alternative], after the mode
  std::vector<double> global;             // sum_c w_c local[c][a]; in ideal mode an
                                          // alternative best on every criterion scores 1
  std::vector<double> global_normalised;  // global / sum(global); equals global when
                                          // distributive
  Provenance provenance;
  std::optional<JudgementError> error; // matrix 0 = criteria, c + 1 = alternatives under c
};

HierarchyResult analyse_hierarchy(const PairwiseMatrix& criteria,
                                  const std::vector<PairwiseMatrix>& alternatives,
                                  const HierarchyOptions& options = {});

// The synthesis step alone, for deeper hierarchies: `local` holds, per
// criterion, priorities over the same alternatives (summing to 1, as derived);
// ideal mode divides each by its maximum first. Sizes must agree (the caller
// checked them); the result has one entry per alternative.
std::vector<double> synthesise(const std::vector<double>& criteria_weights,
                               const std::vector<std::vector<double>>& local, SynthesisMode mode);

} // namespace rumbo::scoring
