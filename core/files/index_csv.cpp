#include "core/files/index_csv.h"

#include "core/text/typed_text.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace rumbo {
namespace {

// How statistics offices write "no data" (folded by comparable()).
bool missing_mark(const std::string& cell) {
  static constexpr std::string_view kMarks[] = {"",     "na",  "n/a", "n.a.", "nd", "n.d.", "sd",
                                                "s.d.", "s/d", "..",  "...",  "-",  "—",    "–"};
  const std::string c = comparable(cell);
  return std::find(std::begin(kMarks), std::end(kMarks), c) != std::end(kMarks);
}

bool is_name_column(const std::string& header) {
  const std::string h = comparable(header);
  return h == "nombre" || h == "name" || h == "municipio" || h == "nome";
}

} // namespace

IndexCsvRead read_index_units(const CsvTable& table,
                              const std::vector<std::string>& indicator_names) {
  IndexCsvRead read;
  auto problem = [&](std::size_t row, std::string key, std::vector<std::string> args) {
    if (read.problems.size() < kMaxIndexCsvProblems)
      read.problems.push_back({row, std::move(key), std::move(args)});
    ++read.problem_count;
  };

  // Columns: the first is the code; then the name, and the indicators.
  std::optional<std::size_t> name_column;
  std::vector<std::optional<std::size_t>> column_of(indicator_names.size());
  std::map<std::string, std::size_t> wanted; // comparable name -> indicator
  for (std::size_t i = 0; i < indicator_names.size(); ++i)
    wanted.emplace(comparable(indicator_names[i]), i);
  IndexCsvUnits units;
  for (std::size_t c = 1; c < table.header.size(); ++c) {
    const std::string header = csv_text(table.header[c]);
    if (!name_column && is_name_column(header)) {
      name_column = c;
      continue;
    }
    auto found = wanted.find(comparable(header));
    if (found == wanted.end()) {
      if (!header.empty()) units.ignored_columns.push_back(header);
      continue;
    }
    if (column_of[found->second])
      problem(1, "index_csv.repeated_column", {header});
    else
      column_of[found->second] = c;
  }
  if (table.header.size() < 2) problem(1, "index_csv.too_few_columns", {});
  for (std::size_t i = 0; i < indicator_names.size(); ++i)
    if (!column_of[i]) problem(1, "index_csv.no_column", {indicator_names[i]});
  if (!read.problems.empty()) return read;

  // The decimal mark: the one the value cells can only mean, else the
  // delimiter's custom (';' goes with a decimal comma).
  std::vector<std::string_view> cells;
  for (const CsvRow& row : table.rows)
    for (const std::optional<std::size_t>& c : column_of)
      if (*c < row.cells.size()) cells.push_back(row.cells[*c]);
  units.decimal_comma = uses_decimal_comma(cells, table.delimiter == ';');

  std::map<std::string, std::size_t> row_of_code;
  for (const CsvRow& row : table.rows) {
    const std::string code = row.cells.empty() ? std::string() : csv_text(row.cells[0]);
    if (code.empty()) {
      problem(row.number, "index_csv.no_code", {});
      continue;
    }
    if (auto [at, fresh] = row_of_code.emplace(code, row.number); !fresh) {
      problem(row.number, "index_csv.repeated_code", {code, std::to_string(at->second)});
      continue;
    }
    std::vector<std::optional<double>> values;
    values.reserve(column_of.size());
    for (std::size_t i = 0; i < column_of.size(); ++i) {
      const std::size_t c = *column_of[i];
      const std::string cell = c < row.cells.size() ? csv_text(row.cells[c]) : std::string();
      // A number first: folding text to compare it with the marks of
      // missing values is what reading a large table would spend its time on.
      double value = 0;
      if (!cell.empty() && parse_csv_number(cell, units.decimal_comma, value)) {
        values.push_back(value);
      } else if (missing_mark(cell)) {
        values.push_back(std::nullopt);
        ++units.missing;
      } else {
        problem(row.number, "index_csv.not_a_number", {cell, indicator_names[i]});
        values.push_back(std::nullopt);
      }
    }
    units.codes.push_back(code);
    units.names.push_back(name_column && *name_column < row.cells.size()
                              ? csv_text(row.cells[*name_column])
                              : std::string());
    units.values.push_back(std::move(values));
  }
  if (units.codes.empty() && read.problems.empty()) problem(0, "index_csv.no_units", {});
  if (read.problems.empty()) read.units = std::move(units);
  return read;
}

} // namespace rumbo
