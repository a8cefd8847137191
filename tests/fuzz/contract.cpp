#include "contract.h"

#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/utf8.h"
#include "core/validation/validate.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace rumbo::fuzz {

void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "contract broken: %s\n", what);
  std::abort();
}

void require_message(std::string_view key, const char* what) {
  require(has_message(key), what);
  require(!message(key, Language::es).empty() && !message(key, Language::en).empty(), what);
}

void require_reason(const LoadError& error) {
  require(!error.key.empty(), "a refusal says why");
  require_message(error.key, "a refusal's message is known");
  if (!error.expected.empty()) require_message(error.expected, "'expected' is a known message");
  if (!error.found.empty()) require_message(error.found, "'found' is a known message");
  if (!error.detail_key.empty()) require_message(error.detail_key, "a detail is a known message");
  require(!describe(error, Language::es).empty() && !describe(error, Language::en).empty(),
          "a refusal is described in both languages");
}

bool clean_text(std::string_view text) {
  return text.find('\0') == std::string_view::npos && !decode_utf8(text).error_byte;
}

void require_valid(const Workspace& ws) {
  require(!has_errors(validate(ws)), "the workspace has no integrity errors");
}

void require_round_trip(const Workspace& ws) {
  for (const std::string& saved : {save_json(ws), save_binary(ws)}) {
    const LoadResult again = load(saved);
    if (!again.ok()) std::fprintf(stderr, "reloading failed: %s\n", again.error.key.c_str());
    require(again.ok(), "a saved workspace loads again");
    require(*again.workspace == ws, "a saved workspace loads again the same");
  }
}

void require_whole(const Workspace& ws) {
  require_valid(ws);
  require_round_trip(ws);
}

} // namespace rumbo::fuzz
