#pragma once

// A file the user picked or dropped onto the page: a workspace
// (.rumbo.json, either format of core/files) opens as a new workspace, never
// in place of an open one; a spreadsheet (.csv) opens the import of
// indicator values, which asks before it changes anything.

#include "ui/session.h"

#include <optional>
#include <string>

namespace rumbo::ui {

// Opens `bytes`, read from the file `file_name` of `file_size` bytes (more
// than `bytes` holds when the page did not read a file over its size bound).
// On failure, what the user is told, naming the file; nothing changes.
std::optional<std::string> open_file(Session& session, const std::string& file_name,
                                     const std::string& bytes, double file_size);

} // namespace rumbo::ui
