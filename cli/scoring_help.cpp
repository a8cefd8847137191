// The --help texts of the first scoring commands (rank, index, ahp, score);
// the method commands carry their own (cli/*_command.cpp).

#include "cli/json_io.h"
#include "cli/scoring_commands.h"

#include <iostream>

namespace rumbo::cli {

namespace {

constexpr const char* kRank = R"(usage: rumbo-cli rank PROBLEM.json|-
Ranks alternatives on several criteria. PROBLEM.json ("-" reads standard input):
  {"method": "wsm|wpm|topsis|promethee2|vikor",
   "alternatives": ["A1", "A2"],
   "criteria": [{"name": "speed", "direction": "benefit|cost", "weight": 0.2,
                 "preference": {"type": "usual|u_shape|v_shape|level|linear|gaussian",
                                "q": 0, "p": 0, "s": 0}}],
   "matrix": [[2.0], [2.5]],                 one row per alternative
   "normalisation": "vector|minmax",        TOPSIS
   "v": 0.5}                                 VIKOR
Writes JSON: scores, ranking (best first), the method's own quantities,
weights, provenance. Details: docs/scoring.md, "Ranking methods".
)";

constexpr const char* kIndex = R"(usage: rumbo-cli index INDICATORS.json|-
A composite index of units (cities) on indicators. INDICATORS.json:
  {"units": ["City A", "City B"],
   "indicators": [{"name": "GDP", "direction": "higher_is_better|lower_is_better",
                   "group": "Economy", "weight": 1, "transform": "none|log",
                   "min": 0, "max": 100, "target": 50}],
   "values": [[31000], [null]],              one row per unit; null is missing
   "normalisation": "minmax|zscore|goalposts|distance_to_target|rank",
   "aggregation": {"within": "arithmetic|geometric", "across": "arithmetic|geometric"},
   "group_weights": {"Economy": 1}, "missing": "exclude|mean|median", "scale": 100}
Writes JSON: normalised values, weights, groups, index, ranks, notices,
missing and imputed counts, provenance. Details: docs/scoring.md, "Composite index".
)";

constexpr const char* kAhp = R"(usage: rumbo-cli ahp PAIRWISE.json|-
AHP priorities and consistency. PAIRWISE.json is one of:
  {"matrix": [[1, 3], [0.3333, 1]]}                     one reciprocal matrix
  {"matrices": [[[1, 3], [0.3333, 1]], ...], "weights": [1, 2]}   a group (AIJ)
  {"criteria": [[...]], "alternatives": [[[...]], ...], "mode": "distributive|ideal"}
with "method": "eigenvector|geometric_mean" and "ri": "saaty1980|saaty2005".
Writes JSON: weights, lambda_max, ci, ri, cr, gci, the judgement to revisit,
provenance. Details: docs/scoring.md, "AHP".
)";

constexpr const char* kScore = R"(usage: rumbo-cli score WORKSPACE|-
Scores a saved workspace (JSON or binary) with the methods it chose: readiness
index, ranking of the actions with weight intervals and first-place shares,
the portfolio and its frontier when a budget is set, and partner fit.
Details: docs/scoring.md, "Scoring a workspace".
)";

} // namespace

int scoring_help(const std::string& command) {
  const char* text = command == "rank"    ? kRank
                     : command == "index" ? kIndex
                     : command == "ahp"   ? kAhp
                     : command == "score" ? kScore
                                          : nullptr;
  if (!text) return -1;
  std::cout << text;
  return kExitOk;
}

} // namespace rumbo::cli
