// rumbo-cli sensitivity: how robust a ranking is to its weights and scores
// (weight stability intervals, rank acceptability), on
// core/scoring/sensitivity.h, for the problems `rumbo-cli rank` reads.

#include "cli/command_line.h"
#include "cli/json_io.h"
#include "cli/method_commands.h"
#include "cli/ranking_problem.h"
#include "core/messages.h"
#include "core/scoring/explanations.h"
#include "core/scoring/sensitivity.h"

#include <limits>

namespace rumbo::cli {

namespace {

constexpr const char* kHelp = R"(usage: rumbo-cli sensitivity PROBLEM.json|-
How robust a ranking is. PROBLEM.json ("-" reads standard input) is a problem
of rumbo-cli rank (method, alternatives, criteria, matrix; at most 1000
alternatives) with one or both of:
  "stability": {"top": 3}
      for each criterion, the interval [low, high] of its weight (the others
      keeping their proportions) within which the first `top` alternatives keep
      their order: exact for WSM, scanned and bisected to 1e-4 otherwise
  "acceptability": {"samples": 10000, "seed": 1, "weights": "around|uniform",
                    "weight_spread": 0.2, "score_spread": 0}
      Monte Carlo (SMAA): the share of samples in which each alternative holds
      each rank; weights drawn around the given ones (each x U[1 - spread,
      1 + spread]) or uniformly; scores + U[-s, s] x the criterion's range.
      samples 1 to 1000000, spreads 0 to 1, seed a whole number
Work is bounded: samples x alternatives x criteria (x alternatives again for
PROMETHEE II) at most 2e9, and the same for the 120 rankings per criterion of
a scanned stability interval. Writes JSON: the method, ranking, scores and
weights, then "stability" (top, exact, intervals with low, high and a sentence)
and "acceptability" (alternatives, shares[alternative][rank], first, samples
counted and left out, provenance with the seed).
Details: docs/scoring.md, "Sensitivity of a ranking".
)";

constexpr std::size_t kMaxAlternatives = 1000; // the acceptability matrix is alternatives²
constexpr std::uint64_t kMaxSamples = 1'000'000;
constexpr double kMaxWork = 2e9; // values visited, summed over the rankings computed
// 50 steps of 0.02 each way at most, then 8 halvings each way to 1e-4.
constexpr double kRankingsPerScannedCriterion = 120;

// Values one ranking visits: n x m, and n² x m for PROMETHEE II's pairs.
double ranking_work(const scoring::DecisionProblem& problem, scoring::Method method) {
  const double n = static_cast<double>(problem.rows());
  const double m = static_cast<double>(problem.columns());
  return method == scoring::Method::promethee2 ? n * n * m : n * m;
}

std::string size_words(const scoring::DecisionProblem& problem) {
  return std::to_string(problem.rows()) + " alternatives x " + std::to_string(problem.columns()) +
         " criteria";
}

std::size_t read_top(const rapidjson::Value& stability, std::size_t alternatives) {
  object(stability, "stability");
  return whole_number(member(stability, "top", "stability"), "stability.top", 1, alternatives);
}

scoring::AcceptabilityOptions read_sampling(const rapidjson::Value& given) {
  object(given, "acceptability");
  scoring::AcceptabilityOptions sampling;
  if (const rapidjson::Value* samples = optional_member(given, "samples"))
    sampling.samples = whole_number(*samples, "acceptability.samples", 1, kMaxSamples);
  if (const rapidjson::Value* seed = optional_member(given, "seed"))
    sampling.seed =
        whole_number(*seed, "acceptability.seed", 0, std::numeric_limits<std::uint64_t>::max());
  sampling.weights_unknown =
      choice(given, "weights", "acceptability", {"around", "uniform"}, "around") == "uniform";
  if (const rapidjson::Value* spread = optional_member(given, "weight_spread"))
    sampling.weight_spread = number_between(*spread, "acceptability.weight_spread", 0, 1);
  if (const rapidjson::Value* spread = optional_member(given, "score_spread"))
    sampling.score_spread = number_between(*spread, "acceptability.score_spread", 0, 1);
  return sampling;
}

void check_work(const scoring::DecisionProblem& problem, const scoring::RankingOptions& options,
                std::optional<std::size_t> top, const scoring::AcceptabilityOptions* sampling) {
  const double per_ranking = ranking_work(problem, options.method);
  if (per_ranking > kMaxWork)
    throw InputError("matrix: " + size_words(problem) +
                     " are more work than allowed for one ranking (alternatives x criteria" +
                     (options.method == scoring::Method::promethee2 ? " x alternatives" : "") +
                     " at most 2e9)");
  if (sampling && static_cast<double>(sampling->samples) * per_ranking > kMaxWork)
    throw InputError("acceptability.samples: " + std::to_string(sampling->samples) +
                     " samples of " + size_words(problem) +
                     " are more work than allowed (samples x alternatives x criteria" +
                     (options.method == scoring::Method::promethee2 ? " x alternatives" : "") +
                     " at most 2e9): at most " +
                     std::to_string(static_cast<std::uint64_t>(kMaxWork / per_ranking)) +
                     " samples for this problem");
  if (top && options.method != scoring::Method::wsm &&
      kRankingsPerScannedCriterion * static_cast<double>(problem.columns()) * per_ranking >
          kMaxWork)
    throw InputError("stability: scanned weight intervals of " + size_words(problem) +
                     " are more work than allowed (120 rankings per criterion, at most 2e9 "
                     "values in all); use fewer alternatives or criteria, or WSM (exact)");
}

void write_stability(Writer& out, const scoring::StabilityResult& stability,
                     const scoring::DecisionProblem& problem, bool exact, Language language) {
  out.Key("stability");
  out.StartObject();
  out.Key("top");
  out.Uint64(stability.top_k);
  out.Key("exact");
  out.Bool(exact);
  out.Key("intervals");
  out.StartArray();
  for (const scoring::WeightInterval& interval : stability.intervals) {
    out.StartObject();
    out.Key("criterion");
    out.Uint64(interval.criterion);
    out.Key("low");
    out.Double(interval.low);
    out.Key("high");
    out.Double(interval.high);
    out.Key("name");
    out.String(problem.criteria[interval.criterion].name.c_str());
    out.Key("weight");
    out.Double(interval.weight);
    const scoring::Sentence sentence = scoring::stability_sentence(stability, problem, interval);
    out.Key("in_words");
    out.String(message(sentence.key, language, written_plainly(sentence.args)).c_str());
    out.EndObject();
  }
  out.EndArray();
  write_provenance(out, stability.provenance);
  out.EndObject();
}

void write_acceptability(Writer& out, const scoring::AcceptabilityResult& result,
                         const scoring::DecisionProblem& problem, std::size_t samples) {
  out.Key("acceptability");
  out.StartObject();
  write_texts(out, "alternatives", problem.alternatives);
  out.Key("shares");
  out.StartArray();
  for (std::size_t a = 0; a < result.alternatives; ++a) {
    out.StartArray();
    for (std::size_t r = 0; r < result.alternatives; ++r)
      out.Double(result.share(a, r));
    out.EndArray();
  }
  out.EndArray();
  write_numbers(out, "first", result.first);
  out.Key("samples");
  out.Uint64(samples);
  out.Key("counted");
  out.Uint64(result.provenance.samples);
  out.Key("left_out");
  out.Uint64(samples - result.provenance.samples);
  write_provenance(out, result.provenance);
  out.EndObject();
}

} // namespace

int sensitivity_command(const std::vector<std::string>& args, Language language) {
  CommandLine line;
  if (int exit = parse_command_line(args, {}, kHelp, line); exit >= 0) return exit;
  return run_json_command(
      line.path, language, [&](const rapidjson::Document& document, Writer& out) {
        // Bounded before the matrix is read: the acceptability matrix is n².
        const rapidjson::Value& alternatives = member(document, "alternatives", "");
        if (alternatives.IsArray() && alternatives.Size() > kMaxAlternatives)
          throw InputError("alternatives: " + std::to_string(alternatives.Size()) +
                           " alternatives; sensitivity takes at most " +
                           std::to_string(kMaxAlternatives));
        const scoring::DecisionProblem problem = read_problem(document);
        const RankingChoice choice_made = read_ranking_choice(document);
        const scoring::RankingOptions& options = choice_made.options;
        const rapidjson::Value* stability = optional_member(document, "stability");
        const rapidjson::Value* acceptability = optional_member(document, "acceptability");
        if (!stability && !acceptability)
          throw InputError(
              "stability, acceptability", "cli.input.missing_one_of",
              {"\"stability\": {\"top\": 3}, \"acceptability\": {\"samples\": 10000}"});
        std::optional<std::size_t> top;
        if (stability) top = read_top(*stability, std::max<std::size_t>(problem.rows(), 1));
        std::optional<scoring::AcceptabilityOptions> sampling;
        if (acceptability) sampling = read_sampling(*acceptability);

        check_work(problem, options, top, sampling ? &*sampling : nullptr);
        const scoring::RankingResult ranked = scoring::rank(problem, options);
        if (ranked.error)
          throw InputError(shown(line.path) + ": " + message(*ranked.error, language));

        out.StartObject();
        out.Key("method");
        out.String(choice_made.method.c_str());
        write_indices(out, "ranking", ranked.ranking);
        write_numbers(out, "scores", ranked.scores);
        write_numbers(out, "weights", scoring::normalised_weights(problem));
        if (top) {
          const scoring::StabilityResult result = scoring::weight_stability(problem, options, *top);
          if (result.error)
            throw InputError(shown(line.path) + ": " + message(*result.error, language));
          write_stability(out, result, problem, options.method == scoring::Method::wsm, language);
        }
        if (sampling) {
          const scoring::AcceptabilityResult result =
              scoring::rank_acceptability(problem, options, *sampling);
          if (result.error)
            throw InputError(shown(line.path) + ": " + message(*result.error, language));
          write_acceptability(out, result, problem, sampling->samples);
        }
        out.EndObject();
      });
}

} // namespace rumbo::cli
