#pragma once

// The sentences screens and reports use to say what a result means, as
// message keys with their arguments (core/messages.h), so that "the first
// three stay first while 'Cost' weighs between 12 % and 31 %" is written once.

#include "core/scoring/composite_index.h"
#include "core/scoring/decision_problem.h"
#include "core/scoring/sensitivity.h"

#include "core/text/message_arg.h"

#include <string>
#include <vector>

namespace rumbo::scoring {

// A message key and its arguments, typed (ranks and counts stay numbers
// until a reader writes them: "10.000 simulaciones" on a Spanish screen).
struct Sentence {
  std::string key;
  std::vector<MessageArg> args;
};

// How far one criterion's weight can move before the top of the ranking changes.
Sentence stability_sentence(const StabilityResult& stability, const DecisionProblem& problem,
                            const WeightInterval& interval);

// How robust a unit's readiness rank is to the modelling choices.
Sentence robustness_sentence(const std::string& unit, int rank,
                             const UncertaintyResult& uncertainty, std::size_t unit_index);

} // namespace rumbo::scoring
