#pragma once

// CSV as spreadsheets write it and read it. An official keeps indicators in
// Excel, LibreOffice or Google Sheets, whose "CSV" differs by locale and
// version: comma, semicolon or tab between cells; quotes around cells that
// hold them (RFC 4180); CRLF, LF or an old Mac's CR; a UTF-8 byte-order mark
// or none; decimal comma or point. The reader takes all of these and refuses
// anything else (binary, truncated, oversized, neither UTF-8 nor
// Windows-1252) with a message that names the row, before anything is used.

#include "core/model/label.h"
#include "core/text/locale.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

// Bounds on a CSV file, on top of core/files/limits.h. A real table of
// indicators has tens of rows and a few columns per city.
inline constexpr std::size_t kMaxCsvBytes = 4 * 1024 * 1024;
inline constexpr std::size_t kMaxCsvRows = 20000;
inline constexpr std::size_t kMaxCsvColumns = 250;

// A spreadsheet row: `number` is the row the spreadsheet shows (1 is the
// header), counting blank lines, so "fila 7" points at the same row there.
struct CsvRow {
  std::size_t number = 0;
  std::vector<std::string> cells;
  bool operator==(const CsvRow&) const = default;
};

struct CsvTable {
  char delimiter = ',';
  std::vector<std::string> header; // the first non-blank row
  std::vector<CsvRow> rows;        // the rows under it; blank rows are left out
  std::size_t columns = 0;         // the most cells of any row, header included
};

// What is wrong with a file or one of its rows: a message key of
// core/messages.h with its arguments, and the spreadsheet row (0: the file).
struct CsvProblem {
  std::size_t row = 0;
  std::string key;
  std::vector<std::string> args;
  bool operator==(const CsvProblem&) const = default;
};

// The character encoding a file was read in.
enum class CsvEncoding { utf8, windows_1252 };

struct CsvReadResult {
  std::optional<CsvTable> table; // absent when refused
  CsvProblem error;              // why it was refused
  // Windows-1252 when the bytes were not UTF-8 and read as that code page
  // (Excel on Windows saves "CSV (delimitado por comas)" so): the table
  // holds the text as UTF-8, and the user is told (describe_encoding) so
  // they can check the accents.
  CsvEncoding encoding = CsvEncoding::utf8;
};

// Reads a whole file. Bytes that are not UTF-8 but are Windows-1252 text
// are converted. Refused: more than the bounds above, a NUL byte (not
// text), bytes neither UTF-8 nor Windows-1252 (with the row of the first
// malformed UTF-8), quotes left open at the end (truncated), or no header.
CsvReadResult read_csv(std::string_view bytes);

// "leído como Windows-1252…" for a file that was converted; empty for UTF-8.
std::string describe_encoding(const CsvReadResult& result, Language language);

// "fila 7: «abc» no es un número" in `language`.
std::string describe(const CsvProblem& problem, Language language);

// The file: a UTF-8 byte-order mark first (Excel then reads accents right),
// CRLF line ends, cells quoted when they hold the delimiter, a quote, a line
// break or blanks at either end. A text cell that a spreadsheet would run as
// a formula (starting with = + - @) gets a leading apostrophe, which the
// spreadsheet hides and read_csv's users take off again (csv_text).
std::string write_csv(const std::vector<std::vector<std::string>>& rows, const Locale& locale);

// A number as a spreadsheet of `locale` reads it: no thousands marks (a
// spreadsheet in another locale would misread them), the locale's decimal
// mark, as many decimals as the value has (up to 10).
std::string csv_number(double value, const Locale& locale);

// A cell as text: trimmed, and without the apostrophe write_csv puts before
// formula-like text.
std::string csv_text(std::string_view cell);

// Reads a number written in a spreadsheet: "1.234,5", "1234,5", "1,234.5",
// "1234.5", "12,5 %", with spaces (also no-break spaces) between groups.
// When a single mark could be either ("1.234"), `decimal_comma` says what
// the file uses. False for anything else ("abc", "1,2,3,4", "").
bool parse_csv_number(std::string_view cell, bool decimal_comma, double& value);

// Whether the cells written as numbers use a decimal comma: the first one
// whose mark can only be a decimal mark decides ("2,5", "0.31", "1.234,5");
// when none does, `fallback`.
bool uses_decimal_comma(const std::vector<std::string_view>& cells, bool fallback);

} // namespace rumbo
