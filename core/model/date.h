#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rumbo {

// A calendar day. Files hold it as ISO 8601 text ("2027-03-01") so that a
// person or a spreadsheet can read it; 0-0-0 means "not set".
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool is_set() const { return year != 0 || month != 0 || day != 0; }
  auto operator<=>(const Date&) const = default;
};

// The years a plan, an indicator or a KPI can sensibly name.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;

// A real day of the Gregorian calendar between kFirstYear and kLastYear.
bool is_valid(const Date& date);

// A year as a user types it or a spreadsheet holds it: four digits, blanks
// around them allowed ("2026", " 2026 "); nullopt for anything else ("2026,5",
// "dos mil") and for years outside kFirstYear..kLastYear. Empty text is nullopt too: callers say
// what an empty field means.
std::optional<int> parse_year(std::string_view text);

// "YYYY-MM-DD", or "" for an unset date.
std::string to_iso(const Date& date);

// Parses "YYYY-MM-DD" or ""; nullopt when the text is neither.
std::optional<Date> parse_iso_date(std::string_view text);

} // namespace rumbo
