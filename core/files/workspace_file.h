#pragma once

#include "core/files/load_error.h"
#include "core/model/workspace.h"
#include "core/validation/validate.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

// Every workspace file starts with this header, in both formats.
struct FileHeader {
  std::string format;               // always kWorkspaceFormatName
  std::uint32_t format_version = 0; // the layout of the file around the workspace
  std::string app_version;          // the Rumbo that wrote it, for tracing
  bool operator==(const FileHeader&) const = default;
};

inline constexpr const char* kWorkspaceFormatName = "rumbo-workspace";
inline constexpr std::uint32_t kWorkspaceFormatVersion = 1;

enum class FileFormat { json, binary };

// JSON for export and interchange: readable, two-space indented, UTF-8.
std::string save_json(const Workspace& workspace);

// Portable binary for browser storage: the header, the body's size and
// CRC-32, then the body. Little-endian whatever the machine.
std::string save_binary(const Workspace& workspace);

struct LoadResult {
  std::optional<Workspace> workspace; // set only when everything passed
  FileFormat format = FileFormat::json;
  FileHeader header;
  LoadError error;               // when workspace is empty
  std::vector<Finding> findings; // validation findings (errors make the load fail)
  bool ok() const { return workspace.has_value(); }
};

// The one way into Rumbo for a workspace from any source (storage, an
// imported file, a template): detect the format, parse, check the versions,
// migrate, validate, hand over. Never returns a partial workspace.
LoadResult load(std::string_view bytes);

} // namespace rumbo
