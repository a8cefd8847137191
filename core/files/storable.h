#pragma once

#include "core/files/load_error.h"
#include "core/model/workspace.h"

#include <optional>

namespace rumbo {

// The first value of the workspace that a loader would refuse (a text over
// the length bound, a non-finite number, an impossible date, a list over its
// bound), with its path ("actions[3].title"), or nothing. validate() reports
// it as an error, so a workspace that validates always saves and loads again.
std::optional<LoadError> storage_problem(const Workspace& ws);

} // namespace rumbo
