#pragma once

// Readiness values from a spreadsheet: the city's own values and its peer
// cities', as an office collects them from DANE, ministries or a network's
// report. Two shapes of table are read:
//   long: one row per indicator and city ("Indicador; Ciudad; Valor; Año");
//   wide: one row per indicator and one column per city (what the
//         indicators export writes, and how a comparison table looks).
// The preview says, before anything changes, which values will be set and
// what is wrong with each row that will not; import_indicator_values
// (core/commands/import_indicator_values.h) applies it as one undo step.

#include "core/files/csv.h"
#include "core/model/workspace.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rumbo {

enum class CsvLayout { long_form, wide };

// Which column holds what. Columns are positions in the table's rows.
struct IndicatorCsvMapping {
  CsvLayout layout = CsvLayout::long_form;
  // The indicator's name (Spanish or English, accents and capitals aside) or
  // its id, as the indicators export writes it.
  std::optional<std::size_t> indicator;
  std::optional<std::size_t> city;       // long: the city's or a peer's name
  std::optional<std::size_t> value;      // long
  std::vector<std::size_t> city_columns; // wide: each headed by a city's name
  std::optional<std::size_t> year;       // optional: the year of the city's value
  std::optional<std::size_t> source;     // optional: where the city's value comes from
  bool create_unknown_cities = false;    // else their values are row errors
  bool operator==(const IndicatorCsvMapping&) const = default;
};

// The mapping the header suggests, in Spanish or English ("Indicador",
// "Ciudad", "Valor", "Año", "Fuente"...): long when it has a city and a value
// column, else wide, with the columns headed by a known city or holding
// numbers as cities (a city's first column only).
IndicatorCsvMapping guess_mapping(const Workspace& ws, const CsvTable& table);

// One value the import will set.
struct IndicatorCsvValue {
  std::size_t row = 0; // the spreadsheet row it comes from
  IndicatorId indicator;
  PeerCityId peer; // none: the city itself, or a city to create (`new_city`)
  std::string new_city;
  double value = 0;
  std::optional<int> year; // the city's own values only
  std::string source;      // the city's own values only; empty: kept as it is
  bool operator==(const IndicatorCsvValue&) const = default;
};

struct IndicatorCsvPreview {
  std::vector<IndicatorCsvValue> values;
  // Rows with a problem set nothing. Row 0: the mapping itself is not
  // complete, or has two columns of one city. Only the first
  // kMaxListedProblems are kept; problem_count has all.
  std::vector<CsvProblem> problems;
  std::size_t problem_count = 0;
  // Names of cities that are neither the city nor one of its peers, in the
  // order they first appear.
  std::vector<std::string> unknown_cities;
  bool decimal_comma = false; // how the file's numbers were read
};

inline constexpr std::size_t kMaxListedProblems = 200;

IndicatorCsvPreview preview_indicator_import(const Workspace& ws, const CsvTable& table,
                                             const IndicatorCsvMapping& mapping);

} // namespace rumbo
