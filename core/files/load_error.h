#pragma once

#include "core/model/label.h"

#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace rumbo {

// Why a file could not be loaded, in terms a user can act on. `key` names the
// message (see core/messages.h); the rest says where and what.
struct LoadError {
  std::string key;
  std::vector<std::string> args; // fills {0}, {1}... of the message
  std::optional<std::size_t> count =
      std::nullopt;     // chooses the message's plural form, when it has forms
  std::string path;     // e.g. "workspace.actions[3].risk"
  std::size_t line = 0; // JSON syntax errors: 1-based line and column
  std::size_t column = 0;
  std::string expected; // message keys of what was expected and found, if known
  std::string found;
  std::string detail_key; // a further message, e.g. the first integrity error
  std::vector<std::string> detail_args;
};

// Thrown inside the loaders and caught by load(); never escapes core/files.
struct LoadFailure : std::exception {
  LoadError error;
  explicit LoadFailure(LoadError e) : error(std::move(e)) {}
  const char* what() const noexcept override { return error.key.c_str(); }
};

} // namespace rumbo
