#include "core/files/json_numbers.h"

#include <algorithm>

namespace rumbo {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool number_char(char c) {
  return digit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

enum class Hazard { none, zero, wraps, too_large };

// The number rapidjson parses at the start of `run` (a run of number
// characters), as its ParseNumber does: -?(0|[1-9][0-9]*)(\.[0-9]+)?
// ([eE][+-]?[0-9]+)?, what follows being the caller's error. Its length, 0
// when the parser stops with an error before converting anything, and what
// converting it at full precision would do.
std::size_t parsed_number(std::string_view run, Hazard& hazard) {
  hazard = Hazard::none;
  std::size_t i = 0;
  std::string digits;
  if (i < run.size() && run[i] == '-') ++i;
  if (i == run.size() || !digit(run[i])) return 0;
  if (run[i] == '0') {
    digits += run[i++];
  } else {
    while (i < run.size() && digit(run[i]))
      digits += run[i++];
  }
  const std::size_t whole_digits = digits.size();
  bool fraction_or_exponent = false;
  if (i < run.size() && run[i] == '.') {
    ++i;
    if (i == run.size() || !digit(run[i])) return 0;
    while (i < run.size() && digit(run[i]))
      digits += run[i++];
    fraction_or_exponent = true;
  }
  long exponent = 0;
  if (i < run.size() && (run[i] == 'e' || run[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < run.size() && (run[i] == '+' || run[i] == '-')) negative = run[i++] == '-';
    if (i == run.size() || !digit(run[i])) return 0;
    while (i < run.size() && digit(run[i]))
      exponent = std::min(exponent * 10 + (run[i++] - '0'), 1000000L);
    if (negative) exponent = -exponent;
    fraction_or_exponent = true;
  }
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) {
    if (fraction_or_exponent) hazard = Hazard::zero;
  } else {
    const std::string_view significant = std::string_view(digits).substr(first);
    // The power of ten of the first significant digit: 2 for "123", -3 for "0.00123e0".
    const long magnitude =
        static_cast<long>(whole_digits) - 1 - static_cast<long>(first) + exponent;
    if (significant.size() > 20 && significant.starts_with("18446744073709551615") &&
        significant[20] >= '5')
      hazard = Hazard::wraps;
    else if (magnitude > 308)
      hazard = Hazard::too_large;
  }
  return i;
}

} // namespace

JsonNumbers readable_numbers(std::string_view json) {
  JsonNumbers out;
  out.text = std::string(json);
  bool in_text = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_text) {
      if (c == '\\')
        ++i; // the escaped character, a quote perhaps
      else if (c == '"')
        in_text = false;
      continue;
    }
    if (c == '"') {
      in_text = true;
      continue;
    }
    if (!number_char(c)) continue;
    std::size_t end = i;
    while (end < json.size() && number_char(json[end]))
      ++end;
    Hazard hazard = Hazard::none;
    const std::size_t length = parsed_number(json.substr(i, end - i), hazard);
    if (hazard == Hazard::zero) {
      const std::string zero = c == '-' ? "-0.0" : "0.0";
      out.text.replace(i, length, zero + std::string(length - zero.size(), ' '));
    } else if ((hazard == Hazard::wraps || hazard == Hazard::too_large) && out.unreadable.empty()) {
      out.unreadable = std::string(json.substr(i, std::min<std::size_t>(length, 64)));
      out.unreadable_at = i;
      out.unreadable_key =
          hazard == Hazard::wraps ? "load.unreadable_number" : "load.number_too_large";
    }
    i = end - 1;
  }
  return out;
}

} // namespace rumbo
