#include "ui/packed_file.h"

#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace rumbo::ui {

std::optional<std::string> read_packed_file(const char* path) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path, "rb"), std::fclose);
  if (!file) return std::nullopt;
  std::string contents;
  char buffer[16384];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, file.get())) > 0)
    contents.append(buffer, read);
  if (std::ferror(file.get())) return std::nullopt;
  return contents;
}

std::vector<std::string> packed_names(const std::string& folder) {
  std::vector<std::string> names;
  const std::unique_ptr<DIR, int (*)(DIR*)> dir(opendir(folder.c_str()), closedir);
  if (!dir) return names;
  while (const dirent* entry = readdir(dir.get())) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> packed_files(const std::string& folder, const std::string& ending) {
  std::vector<std::string> paths;
  for (const std::string& name : packed_names(folder))
    if (name.size() > ending.size() &&
        name.compare(name.size() - ending.size(), ending.size(), ending) == 0)
      paths.push_back(folder + "/" + name);
  return paths;
}

} // namespace rumbo::ui
