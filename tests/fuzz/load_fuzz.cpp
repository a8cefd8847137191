// libFuzzer target for the one way into Rumbo: load() on arbitrary bytes,
// which reaches both loaders (JSON when the bytes start like an object,
// portable binary otherwise). Whatever load() accepts must save and load
// again to the same workspace. Built and run by scripts/fuzz.

#include "core/files/workspace_file.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rumbo::LoadResult result = rumbo::load(bytes);
  if (!result.ok()) {
    if (result.error.key.empty()) std::abort(); // a failure must say why
    return 0;
  }
  for (const std::string& saved :
       {rumbo::save_json(*result.workspace), rumbo::save_binary(*result.workspace)}) {
    rumbo::LoadResult again = rumbo::load(saved);
    if (!again.ok() || !(*again.workspace == *result.workspace)) std::abort();
  }
  return 0;
}
