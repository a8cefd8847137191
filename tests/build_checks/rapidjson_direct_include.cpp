// Must not compile: rapidjson reached without core/files/rapidjson.h, whose
// assertion policy every file must share (tests/CMakeLists.txt builds this
// and expects the compiler to name RUMBO_RAPIDJSON_ASSERT).
#include <rapidjson/document.h>

double first_number(const char* text) {
  rapidjson::Document document;
  document.Parse(text);
  return document[0].GetDouble();
}
