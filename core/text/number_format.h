#pragma once

// Numbers and money as each language writes them: Spanish (es-CO) groups
// thousands with "." and marks decimals with "," (1.234.567,5); English
// uses "," and "." (1,234,567.5). Pesos have no decimals, dollars and euros
// two.

#include "core/model/label.h"

#include <string>
#include <string_view>

namespace rumbo {

// `decimals` digits after the separator, rounded half away from zero;
// thousands grouped; "−" never, a plain "-" for negatives (so pasted values
// stay numbers in a spreadsheet). Infinity and NaN come back as "—".
std::string format_number(double value, int decimals, Language language);

// A share (0.125) as a percentage ("12,5 %" / "12.5%").
std::string format_percent(double share, int decimals, Language language);

// An amount in a currency given by its ISO code ("COP", "USD", "EUR"):
// "$ 1.234.567" (es, COP), "COP 1,234,567" (en). Unknown codes get two
// decimals and the code as prefix.
std::string format_money(double amount, std::string_view currency, Language language);

// Reads a number as a user types it in `language`: "1.234,5" (es) or
// "1,234.5" (en), spaces and a leading "$" ignored. The other language's
// decimal mark is accepted too when it appears once and is not followed by
// exactly three digits ("2.5" in Spanish is 2,5; "2.500" is 2500). False
// when the text is not a finite number.
bool parse_number(std::string_view text, Language language, double& value);

} // namespace rumbo
