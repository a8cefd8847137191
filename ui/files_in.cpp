#include "ui/files_in.h"

#include "core/files/limits.h"
#include "core/messages.h"
#include "ui/app_state.h"
#include "ui/page_exchange.h"
#include "ui/screens/csv_import.h"
#include "ui/text.h"

#include <emscripten.h>

#include <cctype>
#include <string_view>

namespace rumbo::ui {
namespace {

bool ends_with_folded(const std::string& name, std::string_view ending) {
  if (name.size() < ending.size()) return false;
  for (std::size_t i = 0; i < ending.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(name[name.size() - ending.size() + i])) !=
        ending[i])
      return false;
  return true;
}

// "San Aurelio.rumbo.json" → "San Aurelio".
std::string file_stem(const std::string& file_name) {
  for (const char* extension : {".rumbo.json", ".json", ".rumbo"}) {
    const std::string ext = extension;
    if (file_name.size() > ext.size() &&
        file_name.compare(file_name.size() - ext.size(), ext.size(), ext) == 0)
      return file_name.substr(0, file_name.size() - ext.size());
  }
  return file_name;
}

} // namespace

std::optional<std::string> open_file(Session& session, const std::string& file_name,
                                     const std::string& bytes, double file_size) {
  std::optional<std::string> error;
  if (file_size > static_cast<double>(bytes.size()) || bytes.size() > kMaxFileBytes) {
    LoadError too_large;
    too_large.key = "load.too_large";
    too_large.args = {std::to_string(static_cast<long long>(file_size / 1024)),
                      std::to_string(kMaxFileBytes / 1024)};
    error = describe(too_large, language());
  } else if (ends_with_folded(file_name, ".csv") || ends_with_folded(file_name, ".tsv")) {
    // Indicator values from a spreadsheet: the import dialog says what it
    // found and changes nothing until the user confirms.
    open_csv_import(bytes, file_name);
  } else {
    error = session.import_text(bytes, file_stem(file_name));
  }
  if (error) return trf("files.open_failed", {file_name, *error});
  return std::nullopt;
}

} // namespace rumbo::ui

// A file the user picked or dropped (its bytes in the inbox).
extern "C" EMSCRIPTEN_KEEPALIVE void rumbo_file_opened(const char* file_name, double file_size) {
  auto& app = rumbo::ui::app_state();
  if (std::optional<std::string> error =
          rumbo::ui::open_file(app.session, file_name, rumbo::ui::take_inbox(), file_size))
    app.storage.notify(std::move(*error));
}
