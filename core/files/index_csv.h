#pragma once

// Indicators for a composite index as statistics offices publish them
// (Colombia's DANE, Brazil's IBGE, a federation of municipalities): a CSV
// with one row per unit, the unit's code in the first column, its name in a
// column "nombre" or "name", and one column per indicator. This matches the
// columns to the indicators of an index's description by name.

#include "core/files/csv.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rumbo {

struct IndexCsvUnits {
  std::vector<std::string> codes; // as written: DANE's "05001" keeps its leading zero
  std::vector<std::string> names; // empty when the file has no name column
  std::vector<std::vector<std::optional<double>>> values; // unit × indicator, the spec's order
  std::size_t missing = 0;                  // cells left empty or marked "NA", "..", "-"...
  std::vector<std::string> ignored_columns; // headers that name no indicator
  bool decimal_comma = false;
};

// Refused when `problems` is not empty: every problem found, up to
// kMaxIndexCsvProblems (and `problem_count` says how many there were).
inline constexpr std::size_t kMaxIndexCsvProblems = 20;
struct IndexCsvRead {
  std::optional<IndexCsvUnits> units;
  std::vector<CsvProblem> problems;
  std::size_t problem_count = 0;
};

// Column names compare as people type them (accents and capitals aside):
// "Exportaciones (USD)" matches "exportaciones (usd)". Every indicator must
// have exactly one column; a cell must be a number in the file's decimal
// form, or empty, or a missing-value mark; codes must be there and unique.
IndexCsvRead read_index_units(const CsvTable& table,
                              const std::vector<std::string>& indicator_names);

} // namespace rumbo
