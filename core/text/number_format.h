#pragma once

// Numbers and money as each locale writes them (core/text/locale.h): es-CO
// groups thousands with "." and marks decimals with "," (1.234.567,5); en-US
// and es-MX use "," and "." (1,234,567.5). Pesos have no decimals, dollars and
// euros two.

#include "core/text/locale.h"

#include <string>
#include <string_view>

namespace rumbo {

// `decimals` digits after the separator, rounded half away from zero;
// thousands grouped; "−" never, a plain "-" for negatives (so pasted values
// stay numbers in a spreadsheet). Infinity and NaN come back as "—".
std::string format_number(double value, int decimals, const Locale& locale);

// A share (0.125) as a percentage ("12,5 %" / "12.5%").
std::string format_percent(double share, int decimals, const Locale& locale);

// An amount in a currency given by its ISO code ("COP", "USD", "EUR"), by the
// locale's pattern: "$ 1.234.567" (es-CO, COP), "COP 1,234,567" (en-US).
// Pesos have no decimals, every other currency two.
std::string format_money(double amount, std::string_view currency, const Locale& locale);

// Reads a number as a user types it in `locale`: "1.234,5" (es-CO) or
// "1,234.5" (en-US), spaces and a leading "$" ignored. The other decimal
// mark is accepted too when it appears once and is not followed by
// exactly three digits ("2.5" in Spanish is 2,5; "2.500" is 2500). False
// when the text is not a finite number.
bool parse_number(std::string_view text, const Locale& locale, double& value);

} // namespace rumbo
