#pragma once

#include "core/model/ids.h"
#include "core/model/workspace.h"

#include <string>
#include <vector>

namespace rumbo {

// Errors make a workspace untrustworthy (a reference to nothing, a cycle of
// dependencies, a value no screen can produce) and a file with one is not
// loaded. Warnings are unfinished work a screen can show and the user can fix
// (an action without a title, an end date before its start).
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
