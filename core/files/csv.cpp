#include "core/files/csv.h"

#include "core/files/limits.h"
#include "core/messages.h"
#include "core/text/number_format.h"
#include "core/text/typed_text.h"
#include "core/text/windows_1252.h"
#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace rumbo {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// No text in any cell. Cells of only commas, semicolons and blanks count as
// empty: they are empty cells split on another delimiter (";;" read with
// commas), and say nothing about which delimiter the file uses.
bool blank(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) {
    return cell.find_first_not_of(" \t;,") == std::string::npos;
  });
}

// The records of `text` split on `delimiter`, at most `max_records` of them
// (blank ones counted). Each record remembers the byte it starts at, to
// name the row of a malformed UTF-8 sequence found afterwards.
struct Split {
  std::vector<CsvRow> rows; // blank rows included
  std::vector<std::size_t> starts;
  std::optional<CsvProblem> error;
};

Split split(std::string_view text, char delimiter, std::size_t max_records) {
  Split out;
  std::vector<std::string> cells;
  std::string cell;
  bool in_quotes = false, cell_started = false, record_started = false;
  std::size_t record_start = 0;
  auto fail = [&](const char* key, std::vector<std::string> args = {}) {
    out.error = CsvProblem{out.rows.size() + 1, key, std::move(args)};
  };
  auto end_cell = [&] {
    if (cells.size() == kMaxCsvColumns) {
      fail("csv.too_many_columns", {std::to_string(kMaxCsvColumns)});
      return;
    }
    cells.push_back(std::move(cell));
    cell.clear();
    cell_started = false;
  };
  auto end_record = [&](std::size_t next_start) {
    end_cell();
    if (out.error) return;
    if (out.rows.size() == max_records) {
      fail("csv.too_many_rows", {std::to_string(kMaxCsvRows)});
      return;
    }
    out.rows.push_back({out.rows.size() + 1, std::move(cells)});
    out.starts.push_back(record_start);
    cells.clear();
    record_started = false;
    record_start = next_start;
  };
  for (std::size_t i = 0; i < text.size() && !out.error; ++i) {
    const char c = text[i];
    record_started = true;
    if (in_quotes) {
      if (c != '"') {
        cell += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else {
        in_quotes = false;
      }
    } else if (c == '"' && !cell_started) {
      in_quotes = cell_started = true;
    } else if (c == delimiter) {
      end_cell();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_record(i + 1);
    } else {
      cell += c;
      cell_started = true;
    }
    if (cell.size() > kMaxTextBytes) fail("csv.cell_too_long", {std::to_string(kMaxTextBytes)});
  }
  if (out.error) return out;
  if (in_quotes) {
    fail("csv.open_quote");
    return out;
  }
  if (record_started) end_record(text.size());
  return out;
}

// The delimiter that cuts the first rows into the same number of cells,
// more than one; among those, the one that gives the most cells.
char detect_delimiter(std::string_view text) {
  constexpr std::size_t kSample = 50;
  char best = ',';
  std::pair<std::size_t, std::size_t> best_score{0, 0};
  for (char candidate : {';', '\t', ','}) {
    const Split sample = split(text, candidate, kSample);
    std::size_t width = 0, agreeing = 0;
    for (const CsvRow& row : sample.rows) {
      if (blank(row.cells)) continue;
      if (width == 0) width = row.cells.size();
      if (row.cells.size() == width) ++agreeing;
    }
    const std::pair<std::size_t, std::size_t> score{width > 1 ? agreeing : 0, width};
    if (score > best_score) best_score = score, best = candidate;
  }
  return best;
}

// The text without the blanks a spreadsheet puts between digit groups (a
// space, a no-break space U+00A0, a narrow one U+202F, a thin one U+2009) and
// a percent sign at the end.
std::string without_blanks(std::string_view cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const std::string_view rest = cell.substr(i);
    if (rest.starts_with("\xC2\xA0")) {
      ++i;
    } else if (rest.starts_with("\xE2\x80\xAF") || rest.starts_with("\xE2\x80\x89")) {
      i += 2;
    } else if (cell[i] != ' ' && cell[i] != '\t') {
      out += cell[i];
    }
  }
  if (!out.empty() && out.back() == '%') out.pop_back();
  return out;
}

// Whether a text cell would be taken for a formula by a spreadsheet.
bool formula_like(std::string_view cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

// The table in text that is UTF-8 if it is anything: rows with malformed
// UTF-8 are refused by their number.
CsvReadResult read_text(std::string_view bytes) {
  CsvReadResult result;
  const char delimiter = detect_delimiter(bytes);
  Split all = split(bytes, delimiter, kMaxCsvRows);
  if (all.error) {
    result.error = *all.error;
    if (result.error.key == "csv.too_many_rows") result.error.row = 0;
    return result;
  }
  // Row by row: rows end at ASCII line breaks, never inside a character.
  for (std::size_t r = 0; r < all.starts.size(); ++r) {
    const std::size_t end = r + 1 < all.starts.size() ? all.starts[r + 1] : bytes.size();
    if (first_invalid_utf8(bytes.substr(all.starts[r], end - all.starts[r]))) {
      result.error = {all.rows[r].number, "csv.not_utf8", {}};
      return result;
    }
  }
  CsvTable table;
  table.delimiter = delimiter;
  for (CsvRow& row : all.rows) {
    if (blank(row.cells)) continue;
    table.columns = std::max(table.columns, row.cells.size());
    if (table.header.empty() && table.rows.empty())
      table.header = std::move(row.cells);
    else
      table.rows.push_back(std::move(row));
  }
  if (table.header.empty()) {
    result.error = {0, "csv.empty", {}};
    return result;
  }
  result.table = std::move(table);
  return result;
}

} // namespace

CsvReadResult read_csv(std::string_view bytes) {
  constexpr std::size_t kMegabyte = 1024 * 1024;
  if (bytes.size() > kMaxCsvBytes)
    return {{},
            {0,
             "csv.too_large",
             {std::to_string((bytes.size() + kMegabyte - 1) / kMegabyte),
              std::to_string(kMaxCsvBytes / kMegabyte)}}};
  // A byte-order mark says UTF-8: such a file is never read as Windows-1252.
  const bool marked_utf8 = bytes.starts_with(kByteOrderMark);
  if (marked_utf8) bytes.remove_prefix(kByteOrderMark.size());
  if (bytes.find('\0') != std::string_view::npos) return {{}, {0, "csv.binary", {}}};
  if (!marked_utf8 && first_invalid_utf8(bytes)) {
    if (std::optional<std::string> text = windows_1252_to_utf8(bytes)) {
      CsvReadResult result = read_text(*text);
      result.encoding = CsvEncoding::windows_1252;
      return result;
    }
  }
  return read_text(bytes);
}

std::string describe_encoding(const CsvReadResult& result, Language language) {
  return result.encoding == CsvEncoding::windows_1252
             ? message("csv.read_as_windows_1252", language)
             : std::string();
}

std::string describe(const CsvProblem& problem, Language language) {
  const std::string text = message(problem.key, language, problem.args);
  return problem.row == 0 ? text
                          : message("csv.row", language, {std::to_string(problem.row), text});
}

std::string write_csv(const std::vector<std::vector<std::string>>& rows, const Locale& locale) {
  const char delimiter = locale.csv_delimiter;
  std::string out(kByteOrderMark);
  for (const std::vector<std::string>& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += delimiter;
      std::string cell = row[c];
      double number = 0;
      if (formula_like(cell) && !parse_csv_number(cell, locale.decimal_comma(), number))
        cell.insert(0, 1, '\'');
      const bool quote =
          cell.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string::npos ||
          (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
      if (!quote) {
        out += cell;
        continue;
      }
      out += '"';
      for (char ch : cell)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

std::string csv_number(double value, const Locale& locale) {
  if (!std::isfinite(value)) return {};
  char digits[400];
  std::snprintf(digits, sizeof digits, "%.10f", value);
  std::string text = digits;
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  if (const std::size_t point = text.find('.'); point != std::string::npos)
    text.replace(point, 1, locale.decimal);
  return text;
}

std::string csv_text(std::string_view cell) {
  std::string text = trimmed(std::string(cell));
  if (text.size() > 1 && text.front() == '\'' && formula_like(std::string_view(text).substr(1)))
    text.erase(0, 1);
  return text;
}

bool parse_csv_number(std::string_view cell, bool decimal_comma, double& value) {
  const std::string text = without_blanks(cell);
  const auto commas = std::count(text.begin(), text.end(), ',');
  const auto points = std::count(text.begin(), text.end(), '.');
  bool comma_is_decimal = decimal_comma;
  if (commas > 0 && points > 0)
    comma_is_decimal = text.rfind(',') > text.rfind('.');
  else if (commas > 1)
    comma_is_decimal = false;
  else if (points > 1)
    comma_is_decimal = true;
  // Only the two marks matter here, not the user's locale: the cell says which it uses.
  static const Locale comma = [] {
    Locale l;
    l.decimal = ",";
    l.group = ".";
    return l;
  }();
  static const Locale point = [] {
    Locale l;
    l.decimal = ".";
    l.group = ",";
    return l;
  }();
  return parse_number(text, comma_is_decimal ? comma : point, value);
}

bool uses_decimal_comma(const std::vector<std::string_view>& cells, bool fallback) {
  for (std::string_view cell : cells) {
    const std::string text = without_blanks(cell);
    const std::size_t comma = text.rfind(','), point = text.rfind('.');
    if (comma != std::string::npos && point != std::string::npos) return comma > point;
    const std::size_t mark = comma != std::string::npos ? comma : point;
    if (mark == std::string::npos || text.find(text[mark]) != mark) continue;
    std::size_t digits = 0;
    while (mark + 1 + digits < text.size() && text[mark + 1 + digits] >= '0' &&
           text[mark + 1 + digits] <= '9')
      ++digits;
    if (digits != 3 || mark + 1 + digits != text.size()) return mark == comma;
  }
  return fallback;
}

} // namespace rumbo
