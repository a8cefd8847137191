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

// A real day of the Gregorian calendar between years 1900 and 2200 (the
// span a plan can sensibly name).
bool is_valid(const Date& date);

// "YYYY-MM-DD", or "" for an unset date.
std::string to_iso(const Date& date);

// Parses "YYYY-MM-DD" or ""; nullopt when the text is neither.
std::optional<Date> parse_iso_date(std::string_view text);

} // namespace rumbo
