#pragma once

#include "core/model/ids.h"
#include "core/model/workspace.h"

#include <string>
#include <vector>

namespace rumbo {

// Errors make a workspace untrustworthy: its structure is broken (an id
// used twice, a reference to nothing, a cycle of dependencies, an entry
// repeated) and no screen can produce it; a file with one is not loaded.
// Warnings are values a user can type or leave half-done (a year being
// typed, a negative cost, an end before the start, an empty name): the
// workspace loads, screens show the warning, and scoring skips or flags what
// it cannot use. This split keeps an autosave of unfinished work loadable.
enum class Severity { error, warning };

struct Finding {
  Severity severity = Severity::error;
  std::string key;               // message key, see core/messages.h
  std::string path;              // "actions[3].depends_on[0]"
  ObjectId object = 0;           // the object the finding is about, 0 for the workspace itself
  std::vector<std::string> args; // fills {0}, {1}... of the message
  bool operator==(const Finding&) const = default;
};

// Every integrity problem of the workspace, in a stable order.
std::vector<Finding> validate(const Workspace& ws);

bool has_errors(const std::vector<Finding>& findings);

} // namespace rumbo
