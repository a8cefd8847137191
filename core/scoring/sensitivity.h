#pragma once

// How robust a ranking is to the weights and scores behind it.
//  - Weight stability: for each criterion, the interval of its weight (the
//    others rescaled proportionally so the sum stays 1) within which the
//    top-k order stays the same.
//  - Rank acceptability (after Lahdelma, Hokkanen & Salminen 1998, SMAA):
//    Monte Carlo samples of the weights (around the chosen ones, or uniform
//    on the simplex when they are unknown) and of the scores (± a spread),
//    giving for every alternative the share of samples in which it holds
//    each rank. Deterministic for a given seed.

#include "core/scoring/decision_problem.h"
#include "core/scoring/mcda.h"
#include "core/scoring/provenance.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rumbo::scoring {

struct WeightInterval {
  std::size_t criterion = 0;
  double weight = 0; // the current normalised weight
  double low = 0;    // the order holds for every weight in [low, high]
  double high = 0;
};

struct StabilityResult {
  std::size_t top_k = 0;
  std::vector<WeightInterval> intervals; // one per criterion
  Provenance provenance;
  std::optional<std::string> error;
};

// Exact for WSM (scores are linear in the weight); for the other methods the
// boundary is found by scanning the weight in steps of `step` and bisecting
// the first change to 1e-4.
StabilityResult weight_stability(const DecisionProblem& problem, const RankingOptions& options,
                                 std::size_t top_k, double step = 0.02);

// The same intervals in steps of a criterion or more (see AcceptabilityRun).
class StabilityRun {
public:
  StabilityRun(const DecisionProblem& problem, const RankingOptions& options, std::size_t top_k,
               double step = 0.02);
  ~StabilityRun();
  StabilityRun(const StabilityRun&) = delete;
  StabilityRun& operator=(const StabilityRun&) = delete;

  // Finds the interval of up to `criteria` more criteria; true once all are found.
  bool advance(std::size_t criteria);
  bool done() const { return done_ == total_; }
  std::size_t found() const { return done_; }
  std::size_t total() const { return total_; }
  const StabilityResult& result() const { return result_; } // final once done()

private:
  struct State;
  std::unique_ptr<State> state_;
  std::size_t done_ = 0, total_ = 0;
  StabilityResult result_;
};

struct AcceptabilityOptions {
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  bool weights_unknown = false; // sample uniformly on the simplex instead of around the weights
  double weight_spread = 0.2;   // each weight × U[1 - spread, 1 + spread], then renormalised
  double score_spread = 0;      // each value + U[-spread, +spread] × (the criterion's max - min)
};

struct AcceptabilityResult {
  std::size_t alternatives = 0;
  std::vector<double>
      shares; // shares[a * alternatives + r]: samples in which a holds rank r (0 = first)
  std::vector<double> first; // shares of rank 0, for convenience
  Provenance provenance;
  std::optional<std::string> error;

  double share(std::size_t alternative, std::size_t rank) const {
    return shares[alternative * alternatives + rank];
  }
};

AcceptabilityResult rank_acceptability(const DecisionProblem& problem,
                                       const RankingOptions& options,
                                       const AcceptabilityOptions& sampling);

// The same sampling in steps, for a page that must keep drawing between them:
// the samples come from one random stream in the same order however they are
// divided, so the result is the one rank_acceptability() gives.
class AcceptabilityRun {
public:
  AcceptabilityRun(const DecisionProblem& problem, const RankingOptions& options,
                   const AcceptabilityOptions& sampling);
  ~AcceptabilityRun();
  AcceptabilityRun(const AcceptabilityRun&) = delete;
  AcceptabilityRun& operator=(const AcceptabilityRun&) = delete;

  // Draws up to `samples` more; true once every sample is drawn.
  bool advance(std::size_t samples);
  bool done() const { return drawn_ == total_; }
  std::size_t drawn() const { return drawn_; }
  std::size_t total() const { return total_; }
  const AcceptabilityResult& result() const { return result_; } // final once done()

private:
  void finish();

  struct State;
  std::unique_ptr<State> state_;
  std::size_t drawn_ = 0, total_ = 0;
  AcceptabilityResult result_;
};

} // namespace rumbo::scoring
