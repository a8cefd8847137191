#pragma once

// What is wrong with a JSON text, in the words of core/messages.h: the
// message key of a syntax error, its line and column, the type a value has.
// Shared by the readers of JSON that comes from outside (workspace files,
// the action catalogue).

#include "core/files/load_error.h"
#include "core/files/rapidjson.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace rumbo {

// The flags of every rapidjson document we parse: UTF-8 checked, iterative
// (nesting, however deep, cannot exhaust the stack), numbers to full
// precision. Each distinct set of flags is another copy of rapidjson's
// parser in the page (about 5 KB).
constexpr unsigned kJsonParseFlags = rapidjson::kParseValidateEncodingFlag |
                                     rapidjson::kParseIterativeFlag |
                                     rapidjson::kParseFullPrecisionFlag;

// "json.missing_comma_array"...: the message key of a rapidjson parse error.
const char* json_syntax_key(rapidjson::ParseErrorCode code);

// Sets the 1-based line and column (in characters) of byte `offset` of `text`.
void locate(std::string_view text, std::size_t offset, LoadError& error);

// "type.text", "type.whole_number"...: what a value is, to say what was found.
std::string json_type_key(const rapidjson::Value& value);

} // namespace rumbo
