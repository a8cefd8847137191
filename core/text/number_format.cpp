#include "core/text/number_format.h"

#include "core/text/catalogue.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace rumbo {
namespace {

struct Marks {
  char decimal;
  char group;
};

// The marks as single characters: every locale's are ("," "." or a space).
Marks marks(const Locale& locale) {
  return {locale.decimal.empty() ? '.' : locale.decimal[0],
          locale.group.empty() ? ',' : locale.group[0]};
}

} // namespace

std::string format_number(double value, int decimals, const Locale& locale) {
  if (!std::isfinite(value)) return "—";
  decimals = decimals < 0 ? 0 : (decimals > 9 ? 9 : decimals);
  // printf rounds half to even on exact binary halves (0.125 → "0.12");
  // users expect half away from zero, so the value is rounded first.
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(value) * scale) / scale;
  char digits[400];
  std::snprintf(digits, sizeof digits, "%.*f", decimals, rounded);
  const std::string plain = digits;
  const std::size_t point = plain.find('.');
  const std::string whole = plain.substr(0, point);
  const Marks m = marks(locale);
  std::string out;
  if (value < 0 && rounded != 0) out += '-';
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += m.group;
    out += whole[i];
  }
  if (point != std::string::npos) {
    out += m.decimal;
    out += plain.substr(point + 1);
  }
  return out;
}

std::string format_percent(double share, int decimals, const Locale& locale) {
  if (!std::isfinite(share)) return "—";
  return fill_placeholders(locale.percent, {format_number(share * 100, decimals, locale)});
}

std::string format_money(double amount, std::string_view currency, const Locale& locale) {
  if (!std::isfinite(amount)) return "—";
  const bool pesos = currency == "COP" || currency.empty();
  const int decimals = pesos ? 0 : 2;
  const std::string number = format_number(amount, decimals, locale);
  const std::string sign = number.rfind('-', 0) == 0 ? "-" : "";
  const std::string magnitude = sign.empty() ? number : number.substr(1);
  const std::string code(pesos ? std::string_view("COP") : currency);
  const auto pattern = locale.money.find(code);
  return sign + (pattern != locale.money.end()
                     ? fill_placeholders(pattern->second, {magnitude})
                     : fill_placeholders(locale.money_other, {magnitude, code}));
}

bool parse_number(std::string_view text, const Locale& locale, double& value) {
  const Marks m = marks(locale);
  std::string cleaned;
  for (char c : text)
    if (c != ' ' && c != '$' && c != '\t') cleaned += c;
  if (cleaned.empty() || cleaned.size() > 64) return false;
  // The other language's decimal mark, used once and not as a thousands
  // group, is a decimal mark typed out of habit.
  const std::size_t first = cleaned.find(m.group), last = cleaned.rfind(m.group);
  const bool has_decimal = cleaned.find(m.decimal) != std::string::npos;
  bool group_is_decimal = false;
  if (first != std::string::npos && first == last && !has_decimal) {
    std::size_t digits_after = 0;
    while (first + 1 + digits_after < cleaned.size() &&
           std::isdigit(static_cast<unsigned char>(cleaned[first + 1 + digits_after])))
      ++digits_after;
    group_is_decimal = digits_after != 3 || first + 1 + digits_after != cleaned.size();
  }
  std::string number;
  for (std::size_t i = 0; i < cleaned.size(); ++i) {
    const char c = cleaned[i];
    if (c != m.group) {
      number += c == m.decimal ? '.' : c;
      continue;
    }
    if (group_is_decimal) {
      number += '.';
      continue;
    }
    // A thousands mark stands between digits and before exactly three: "1.2.3" is no number.
    std::size_t digits_after = 0;
    while (i + 1 + digits_after < cleaned.size() &&
           std::isdigit(static_cast<unsigned char>(cleaned[i + 1 + digits_after])))
      ++digits_after;
    if (i == 0 || !std::isdigit(static_cast<unsigned char>(cleaned[i - 1])) || digits_after != 3)
      return false;
  }
  for (std::size_t i = 0; i < number.size(); ++i) {
    const char c = number[i];
    const bool sign = (c == '-' || c == '+') && i == 0;
    if (!sign && c != '.' && !std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  char* end = nullptr;
  const double parsed = std::strtod(number.c_str(), &end);
  if (end == number.c_str() || *end != '\0' || !std::isfinite(parsed)) return false;
  value = parsed;
  return true;
}

} // namespace rumbo
