#include "ui/packed_file.h"

#include <fstream>
#include <sstream>

namespace rumbo::ui {

std::optional<std::string> read_packed_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

} // namespace rumbo::ui
