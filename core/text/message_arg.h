#pragma once

// An argument of a message that stays what it is (a number, an amount of
// money, a year of the plan, an axis) until it is written for a reader: a
// screen writes it in the user's locale and names the year and the axis; a
// file or the CLI writes it plainly. No one parses back text core wrote.

#include "core/function_ref.h"

#include <cstddef>
#include <string>
#include <vector>

namespace rumbo {

struct MessageArg {
  enum class Kind { text, count, number, money, plan_year, axis, axes };
  Kind kind = Kind::text;
  std::string text;                 // text
  double value = 0;                 // count (whole), number, money (in the workspace's currency)
  std::vector<std::size_t> indices; // plan_year (the plan's year from 0), axis, axes (from 0)

  static MessageArg of_text(std::string text) { return {Kind::text, std::move(text), 0, {}}; }
  static MessageArg count(std::size_t n) { return {Kind::count, {}, static_cast<double>(n), {}}; }
  static MessageArg number(double value) { return {Kind::number, {}, value, {}}; }
  static MessageArg money(double value) { return {Kind::money, {}, value, {}}; }
  static MessageArg plan_year(std::size_t year) { return {Kind::plan_year, {}, 0, {year}}; }
  static MessageArg axis(std::size_t axis) { return {Kind::axis, {}, 0, {axis}}; }
  static MessageArg axes(std::vector<std::size_t> axes) {
    return {Kind::axes, {}, 0, std::move(axes)};
  }
  bool operator==(const MessageArg&) const = default;
};

// How each kind is written for one reader; a list of axes is joined with ", ".
struct ArgWriter {
  FunctionRef<std::string(double)> count;
  FunctionRef<std::string(double)> number;
  FunctionRef<std::string(double)> money;
  FunctionRef<std::string(std::size_t)> plan_year;
  FunctionRef<std::string(std::size_t)> axis;
};

std::vector<std::string> written(const std::vector<MessageArg>& args, const ArgWriter& writer);

// Plainly, for files and the CLI: counts in full, other numbers with six
// significant digits ("13", "6.5", "2.916e+09"), years of the plan counted from 1, axes by
// their index from 0.
std::vector<std::string> written_plainly(const std::vector<MessageArg>& args);

} // namespace rumbo
