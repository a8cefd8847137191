#include "core/model/date.h"

#include <cstdio>

namespace rumbo {

namespace {
bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool parse_digits(std::string_view text, int& out) {
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}
} // namespace

bool is_valid(const Date& date) {
  if (date.year < kFirstYear || date.year > kLastYear) return false;
  if (date.month < 1 || date.month > 12) return false;
  return date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

std::optional<int> parse_year(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  int year = 0;
  if (text.empty() || text.size() > 4 || !parse_digits(text, year)) return std::nullopt;
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  return year;
}

std::string to_iso(const Date& date) {
  if (!date.is_set()) return {};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.empty()) return Date{};
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date date;
  if (!parse_digits(text.substr(0, 4), date.year) || !parse_digits(text.substr(5, 2), date.month) ||
      !parse_digits(text.substr(8, 2), date.day))
    return std::nullopt;
  if (!is_valid(date)) return std::nullopt;
  return date;
}

} // namespace rumbo
