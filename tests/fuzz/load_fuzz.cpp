// libFuzzer target for the one way into Rumbo: load() on arbitrary bytes,
// which reaches both loaders (JSON when the bytes start like an object,
// portable binary otherwise). Whatever load() accepts must save and load
// again to the same workspace. The same bytes go to the reader of the action
// catalogue, the other JSON that comes with the app, and to the CSV reader
// and the indicator import on top of it (a sample-like workspace with one
// indicator and one peer). Built and run by scripts/fuzz.

#include "core/files/action_catalogue.h"
#include "core/files/indicator_csv_import.h"
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
  const rumbo::CsvReadResult csv = rumbo::read_csv(bytes);
  if (!csv.table && csv.error.key.empty()) std::abort(); // a refusal must say why
  if (csv.table) {
    rumbo::Workspace ws;
    ws.profile.name = "San Aurelio";
    ws.indicators.push_back({});
    ws.indicators.back().id.value = 1;
    ws.indicators.back().name = {"Camas hoteleras", "Hotel beds"};
    ws.peers.push_back({});
    ws.peers.back().id.value = 2;
    ws.peers.back().name = "Altoverde";
    const rumbo::IndicatorCsvPreview preview =
        rumbo::preview_indicator_import(ws, *csv.table, rumbo::guess_mapping(ws, *csv.table));
    if (preview.problems.size() > preview.problem_count) std::abort();
  }
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
