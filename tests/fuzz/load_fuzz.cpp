// libFuzzer target for the one way into Rumbo: load() on arbitrary bytes,
// which reaches both loaders (JSON when the bytes start like an object,
// portable binary otherwise). Whatever load() accepts must save and load
// again to the same workspace. The same bytes go to the reader of the action
// catalogue, the other JSON that comes with the app. Built and run by
// scripts/fuzz.

#include "core/files/action_catalogue.h"
#include "core/files/workspace_file.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const rumbo::ActionCatalogueResult catalogue = rumbo::read_action_catalogue(bytes);
  if (!catalogue.ok() && !catalogue.entries.empty()) std::abort(); // nothing of a broken one
  for (const rumbo::CatalogueAction& entry : catalogue.entries)    // what it accepts is whole
    if (entry.key.empty() || entry.title.es.empty() || entry.title.en.empty()) std::abort();
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
