#include "core/files/storable.h"

#include "core/files/workspace_serialization.h"

namespace rumbo {

std::optional<LoadError> storage_problem(const Workspace& ws) {
  try {
    fields::StorableCheck check;
    // The check reads only; serialize() takes the workspace non-const for loading.
    fields::field(check, "workspace", const_cast<Workspace&>(ws));
    fields::ReadPath::current().take_failure();
    return std::nullopt;
  } catch (const LoadFailure& failure) {
    LoadError error = failure.error;
    std::vector<std::string> steps = fields::ReadPath::current().take_failure();
    if (!steps.empty()) steps.erase(steps.begin()); // "workspace", as in validate()'s paths
    error.path = fields::ReadPath::join(steps);
    return error;
  }
}

} // namespace rumbo
