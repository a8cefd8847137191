#pragma once

// Reading a decision problem and the method that ranks it, the input of
// `rumbo-cli rank` (docs/scoring.md) that `rumbo-cli sensitivity` reads too.

#include "cli/json_io.h"
#include "core/scoring/decision_problem.h"
#include "core/scoring/mcda.h"

#include <string>

namespace rumbo::cli {

// "alternatives", "criteria" (name, direction, weight, preference) and
// "matrix" of `root`; throws InputError with the path of a wrong value.
scoring::DecisionProblem read_problem(const rapidjson::Value& root);

// "method" (wsm by default), "normalisation" (TOPSIS) and "v" (VIKOR) of `root`.
struct RankingChoice {
  std::string method; // as written: "wsm", "topsis"...
  scoring::RankingOptions options;
};
RankingChoice read_ranking_choice(const rapidjson::Value& root);

} // namespace rumbo::cli
