// Core's language files for the page: read from the packed assets
// (/assets/i18n/) when core first asks, instead of being embedded in
// app.wasm as they are in the CLI and the tests (core/text/language_data.h).

#include "core/text/language_data.h"
#include "ui/packed_file.h"

#include <memory>
#include <optional>
#include <string>

namespace rumbo {

const std::vector<EmbeddedFile>& embedded_language_files() {
  static const auto files = [] {
    struct Read {
      std::vector<std::string> paths, texts;
      std::vector<EmbeddedFile> files;
    };
    auto read = std::make_unique<Read>();
    const std::string root = "/assets/i18n";
    auto add = [&](const std::string& path) {
      if (std::optional<std::string> text = ui::read_packed_file((root + "/" + path).c_str())) {
        read->paths.push_back(path);
        read->texts.push_back(std::move(*text));
      }
    };
    add("languages.json");
    // Each language's folder; other entries have no messages.json to read.
    for (const std::string& name : ui::packed_names(root))
      add(name + "/messages.json");
    for (std::size_t i = 0; i < read->paths.size(); ++i)
      read->files.push_back({read->paths[i].c_str(), read->texts[i].data(), read->texts[i].size()});
    return read;
  }();
  return files->files;
}

} // namespace rumbo
