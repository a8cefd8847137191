#pragma once

// What users type, tidied: without the spaces and blank lines around it
// before it is stored, and cut short to name it in a sentence ("Eliminación
// de «Fortalecer la gestión pública de la…»").

#include <cstddef>
#include <string>

namespace rumbo {

std::string trimmed(const std::string& text);

// At most `max_chars` characters (not bytes) of UTF-8 `text`, ending in an
// ellipsis when cut.
std::string brief(const std::string& text, std::size_t max_chars = 48);

// Lower case without accents, so "promocion" finds "Promoción" and "SAO
// PAULO" names "São Paulo": officials type fast, often on keyboards without
// dead keys, and spreadsheets come in capitals.
std::string folded(const std::string& text);

// How names compare when a person typed them (a spreadsheet's header, a
// city's name): folded, whitespace runs as one space, none at the ends.
std::string comparable(const std::string& text);

} // namespace rumbo
