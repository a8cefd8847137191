#pragma once

// The scoring methods as commands of their own, each on the core function a
// screen uses (docs/scoring.md has the formats):
//   rumbo-cli portfolio [--frontier] PROBLEM.json   the best set of actions within the budgets
//   rumbo-cli group TABLE.json                      a workshop's weights or scores put together
//   rumbo-cli sensitivity PROBLEM.json              weight stability and rank acceptability
//   rumbo-cli weights SPEC.json                     equal, points or rank-order centroid weights
// Each takes the arguments after its name, reads a file or "-" (standard
// input), writes JSON to stdout, prints its usage and input format for
// --help, and returns the exit code (0 ok, 1 invalid input, 2 wrong usage).

#include "core/model/label.h"
#include "core/scoring/portfolio.h"

#include <string>
#include <vector>

namespace rumbo::cli {

int portfolio_command(const std::vector<std::string>& args, Language language);
int group_command(const std::vector<std::string>& args, Language language);
int sensitivity_command(const std::vector<std::string>& args, Language language);
int weights_command(const std::vector<std::string>& args, Language language);

// "optimal", "limit_reached", "no_solution", "infeasible", "invalid".
const char* portfolio_status_word(scoring::PortfolioStatus status);

} // namespace rumbo::cli
