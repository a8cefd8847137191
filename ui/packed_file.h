#pragma once

// Files packed with the app under /assets (catalogues, templates, the sample
// city): the only files the UI reads.

#include <optional>
#include <string>

namespace rumbo::ui {

// The whole file, or nothing when it is missing (a broken deployment).
std::optional<std::string> read_packed_file(const char* path);

} // namespace rumbo::ui
