// libFuzzer target for load(), the one way into Rumbo for a workspace: from
// browser storage, an imported file or a template. It reaches both loaders
// (JSON when the bytes start like an object, portable binary otherwise).
// A refusal names a known message; whatever load() accepts carries no
// integrity error and saves and loads again, in both formats, to the same
// workspace. Built and run by scripts/fuzz.

#include "contract.h"

#include "core/files/workspace_file.h"
#include "core/validation/validate.h"

using namespace rumbo;
using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const LoadResult result = load(fuzz::bytes_of(data, size));
  if (!result.ok()) {
    fuzz::require_reason(result.error);
    return 0;
  }
  require(result.findings == validate(*result.workspace), "the findings are the workspace's");
  fuzz::require_whole(*result.workspace);
  return 0;
}
