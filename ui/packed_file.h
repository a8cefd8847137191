#pragma once

// Files packed with the app under /assets (catalogues, templates, the sample
// city): the only files the UI reads. Plain C file functions rather than
// <fstream> and <filesystem>, which would add their code to the page for
// three calls at start-up.

#include <optional>
#include <string>
#include <vector>

namespace rumbo::ui {

// The whole file, or nothing when it is missing (a broken deployment).
std::optional<std::string> read_packed_file(const char* path);

// The paths of the files in `folder` whose names end in `ending`, in name
// order; none when the folder is missing.
std::vector<std::string> packed_files(const std::string& folder, const std::string& ending);

// The names of the entries of `folder` (files and folders), in name order.
std::vector<std::string> packed_names(const std::string& folder);

} // namespace rumbo::ui
