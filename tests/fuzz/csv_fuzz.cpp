// libFuzzer target for spreadsheets' CSV: read_csv (core/files/csv.h) on
// arbitrary bytes, and on what it accepts the import of indicator and peer
// values (core/files/indicator_csv_import.h) into the sample city, as the
// CSV import dialog does: the mapping the header suggests and two a user
// could pick by hand, each with and without creating unknown cities.
//
// Contracts: a refused file names a known message and a row of the file; an
// accepted table is whole (a header, cells of clean UTF-8 within the bounds,
// rows in order) and read in the encoding its bytes are in (UTF-8, or
// Windows-1252 when they are not UTF-8, which the user is told); a preview names known problems at
// rows of the table and only values it can set; applying it sets exactly those values as one undo
// step and leaves a workspace without integrity errors, which undoing gives
// back as it was; the workspace after the import that set the most values
// saves and loads back the same. Built and run by scripts/fuzz.

#include "contract.h"

#include "core/commands/history.h"
#include "core/commands/import_indicator_values.h"
#include "core/files/csv.h"
#include "core/files/indicator_csv_import.h"
#include "core/files/limits.h"
#include "core/files/workspace_file.h"
#include "core/utf8.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

using namespace rumbo;
using fuzz::require;

namespace {

// The readiness part of the sample city: its profile, its five peers, and
// the ten indicators tests/fuzz/corpus/csv/ names (maturity levels and
// measured values, in both directions). The rest of the sample would only
// make each run slower: the import compares every name of the workspace
// with the file's cells, run after run.
const Workspace& city() {
  static const Workspace ws = [] {
    std::ifstream in(RUMBO_ASSETS_DIR "/samples/sample-city.rumbo.json", std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    LoadResult loaded = load(bytes);
    require(loaded.ok(), "the sample city loads");
    const std::set<ObjectId> kept = {31, 32, 33, 34, 38, 42, 43, 44, 45, 46};
    Workspace readiness;
    readiness.next_id = loaded.workspace->next_id;
    readiness.profile = loaded.workspace->profile;
    for (const Indicator& indicator : loaded.workspace->indicators)
      if (kept.count(indicator.id.value)) readiness.indicators.push_back(indicator);
    require(readiness.indicators.size() == kept.size(), "the sample has the indicators named");
    readiness.peers = loaded.workspace->peers;
    for (PeerCity& peer : readiness.peers)
      std::erase_if(peer.values,
                    [&](const PeerValue& v) { return !kept.count(v.indicator.value); });
    fuzz::require_whole(readiness);
    return readiness;
  }();
  return ws;
}

void require_reason(const CsvProblem& problem) {
  fuzz::require_message(problem.key, "a CSV problem's message is known");
  require(!describe(problem, Language::es).empty() && !describe(problem, Language::en).empty(),
          "a CSV problem is described in both languages");
}

void require_whole(const CsvTable& table) {
  require(std::string_view(",;\t").find(table.delimiter) != std::string_view::npos,
          "the delimiter is a comma, a semicolon or a tab");
  require(!table.header.empty(), "an accepted table has a header");
  require(std::any_of(table.header.begin(), table.header.end(),
                      [](const std::string& cell) {
                        return cell.find_first_not_of(" \t;,") != std::string::npos;
                      }),
          "the header is not blank");
  require(table.rows.size() < kMaxCsvRows, "at most kMaxCsvRows rows");
  require(table.columns <= kMaxCsvColumns && table.header.size() <= table.columns,
          "at most kMaxCsvColumns columns, the header's included");
  std::size_t previous = 1; // the header's row, at least
  for (const CsvRow& row : table.rows) {
    require(row.number > previous, "rows are numbered in order, after the header");
    require(!row.cells.empty() && row.cells.size() <= table.columns, "a row fits the columns");
    previous = row.number;
  }
  auto clean = [](const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) {
      return cell.size() <= kMaxTextBytes && fuzz::clean_text(cell);
    });
  };
  require(clean(table.header), "header cells are clean UTF-8 within the bounds");
  for (const CsvRow& row : table.rows)
    require(clean(row.cells), "cells are clean UTF-8 within the bounds");
}

// A table read as UTF-8 came from UTF-8 bytes; one read as Windows-1252 from
// bytes that are not UTF-8 and carry no byte-order mark, and the user is
// told.
void require_encoding(std::string_view bytes, const CsvReadResult& read) {
  const bool marked = bytes.starts_with("\xEF\xBB\xBF");
  if (marked) bytes.remove_prefix(3);
  const bool utf8 = !decode_utf8(bytes).error_byte;
  const bool told = !describe_encoding(read, Language::es).empty() &&
                    !describe_encoding(read, Language::en).empty();
  if (read.encoding == CsvEncoding::utf8)
    require(utf8 && !told, "a table read as UTF-8 comes from UTF-8, and nothing is said");
  else
    require(!utf8 && !marked && told, "a table read as Windows-1252 comes from bytes that are not "
                                      "UTF-8, without a byte-order mark, and the user is told");
}

// The mappings of the import dialog: the one the header suggests, and two a
// user could pick (indicator, city, value, year, source in that order; or
// the indicator first and every other column a city).
std::vector<IndicatorCsvMapping> mappings(const Workspace& ws, const CsvTable& table) {
  std::vector<IndicatorCsvMapping> out{guess_mapping(ws, table)};
  for (std::size_t c : out.front().city_columns)
    require(c < table.header.size(), "a suggested city column is a column of the header");
  for (const std::optional<std::size_t>& c :
       {out.front().indicator, out.front().city, out.front().value, out.front().year,
        out.front().source})
    require(!c || *c < table.header.size(), "a suggested column is a column of the header");
  IndicatorCsvMapping long_form;
  long_form.indicator = 0;
  long_form.city = 1;
  long_form.value = 2;
  long_form.year = 3;
  long_form.source = 4;
  out.push_back(long_form);
  IndicatorCsvMapping wide;
  wide.layout = CsvLayout::wide;
  wide.indicator = 0;
  for (std::size_t c = 1; c < table.columns; ++c)
    wide.city_columns.push_back(c);
  out.push_back(wide);
  return out;
}

void require_sound(const Workspace& ws, const IndicatorCsvPreview& preview,
                   const std::set<std::size_t>& rows, bool create) {
  require(preview.problems.size() == std::min(preview.problem_count, kMaxListedProblems),
          "the first kMaxListedProblems problems are listed, and all counted");
  for (const CsvProblem& problem : preview.problems) {
    require_reason(problem);
    require(problem.row == 0 || rows.count(problem.row), "a problem names a row of the table");
  }
  for (const IndicatorCsvValue& v : preview.values) {
    require(rows.count(v.row) == 1, "a value comes from a row of the file");
    require(std::isfinite(v.value), "a value is a finite number");
    const Indicator* indicator = find_by_id(ws.indicators, v.indicator.value);
    require(indicator != nullptr, "a value is for an indicator of the workspace");
    if (indicator->kind == IndicatorKind::maturity)
      require(v.value == std::floor(v.value) && v.value >= 0 && v.value < kMaturityLevels,
              "a maturity value is a level");
    if (v.peer.value) {
      require(find_by_id(ws.peers, v.peer.value) && v.new_city.empty(),
              "a peer's value is for a peer of the workspace");
    } else if (!v.new_city.empty()) {
      require(create, "a new city only when the user asked for new cities");
      require(
          std::count(preview.unknown_cities.begin(), preview.unknown_cities.end(), v.new_city) == 1,
          "a new city is listed as unknown");
    }
    require(!v.year || (*v.year >= 1900 && *v.year <= 2200), "a year is a plausible year");
    require(fuzz::clean_text(v.new_city) && fuzz::clean_text(v.source),
            "names and sources are clean UTF-8");
  }
}

bool holds_value(const Workspace& after, const IndicatorCsvValue& v) {
  if (!v.peer.value && v.new_city.empty()) {
    const Indicator* indicator = find_by_id(after.indicators, v.indicator.value);
    return indicator && indicator->value == v.value && (!v.year || indicator->year == *v.year) &&
           (v.source.empty() || indicator->source == v.source);
  }
  for (const PeerCity& peer : after.peers) {
    if (v.peer.value ? peer.id.value != v.peer.value : peer.name != v.new_city) continue;
    return std::any_of(peer.values.begin(), peer.values.end(), [&](const PeerValue& p) {
      return p.indicator == v.indicator && p.value == v.value;
    });
  }
  return false;
}

// The workspace after the import, checked.
Workspace require_applies(const Workspace& ws, const IndicatorCsvPreview& preview) {
  Workspace after = ws;
  History history;
  history.apply(after, import_indicator_values(ws, preview, "CSV"));
  // Values equal to the ones the workspace holds change nothing, and leave no step.
  require(history.undo_depth() == (after == ws ? 0u : 1u), "an import is one undo step");
  for (const IndicatorCsvValue& v : preview.values)
    require(holds_value(after, v), "every value of the preview is set");
  std::set<std::string> new_cities;
  for (const IndicatorCsvValue& v : preview.values)
    if (!v.new_city.empty()) new_cities.insert(v.new_city);
  require(after.peers.size() == ws.peers.size() + new_cities.size(), "each new city is added once");
  fuzz::require_valid(after);
  Workspace undone = after;
  history.undo(undone);
  require(undone == ws, "undoing the import gives the workspace back");
  return after;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  city();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const CsvReadResult read = read_csv(fuzz::bytes_of(data, size));
  if (!read.table) {
    require_reason(read.error);
    require(read.error.row <= kMaxCsvRows + 1, "a refusal names a row of the file or none");
    return 0;
  }
  const CsvTable& table = *read.table;
  require_whole(table);
  require_encoding(fuzz::bytes_of(data, size), read);
  std::set<std::size_t> rows;
  for (const CsvRow& row : table.rows)
    rows.insert(row.number);
  const Workspace& ws = city();
  // Saving and loading is the slowest check: done once, on the import that
  // set the most values.
  std::optional<Workspace> richest;
  std::size_t most = 0;
  for (IndicatorCsvMapping mapping : mappings(ws, table)) {
    for (bool create : {false, true}) {
      mapping.create_unknown_cities = create;
      const IndicatorCsvPreview preview = preview_indicator_import(ws, table, mapping);
      require_sound(ws, preview, rows, create);
      if (preview.values.empty()) continue;
      Workspace after = require_applies(ws, preview);
      if (preview.values.size() > most) most = preview.values.size(), richest = std::move(after);
    }
  }
  if (richest) fuzz::require_round_trip(*richest);
  return 0;
}
