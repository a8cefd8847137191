#include "core/files/json_problems.h"

namespace rumbo {

const char* json_syntax_key(rapidjson::ParseErrorCode code) {
  switch (code) {
  case rapidjson::kParseErrorDocumentEmpty:
    return "json.empty";
  case rapidjson::kParseErrorDocumentRootNotSingular:
    return "json.trailing";
  case rapidjson::kParseErrorObjectMissName:
    return "json.missing_name";
  case rapidjson::kParseErrorObjectMissColon:
    return "json.missing_colon";
  case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
    return "json.missing_comma_object";
  case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
    return "json.missing_comma_array";
  case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
  case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
  case rapidjson::kParseErrorStringEscapeInvalid:
    return "json.bad_escape";
  case rapidjson::kParseErrorStringMissQuotationMark:
    return "json.unterminated_string";
  case rapidjson::kParseErrorStringInvalidEncoding:
    return "json.bad_encoding";
  case rapidjson::kParseErrorNumberTooBig:
  case rapidjson::kParseErrorNumberMissFraction:
  case rapidjson::kParseErrorNumberMissExponent:
    return "json.bad_number";
  default:
    return "json.syntax";
  }
}

void locate(std::string_view text, std::size_t offset, LoadError& error) {
  error.line = 1;
  error.column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++error.line;
      error.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++error.column; // count characters, not the continuation bytes of UTF-8
    }
  }
}

std::string json_type_key(const rapidjson::Value& value) {
  switch (value.GetType()) {
  case rapidjson::kNullType:
    return "type.null";
  case rapidjson::kFalseType:
  case rapidjson::kTrueType:
    return "type.true_false";
  case rapidjson::kObjectType:
    return "type.object";
  case rapidjson::kArrayType:
    return "type.array";
  case rapidjson::kStringType:
    return "type.text";
  case rapidjson::kNumberType:
    return value.IsInt64() || value.IsUint64() ? "type.whole_number" : "type.number";
  }
  return {};
}

} // namespace rumbo
