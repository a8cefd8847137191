// Numbers that rapidjson 1.1.0 misreads at full precision
// (core/files/json_numbers.h), made readable or refused before it parses.
// The values in the comments are what it read instead, on x86-64 with g++.

#include "core/files/json_numbers.h"

#include <catch2/catch.hpp>

using rumbo::JsonNumbers;
using rumbo::readable_numbers;

TEST_CASE("json numbers: a zero with a fraction or an exponent is written 0.0 in its place",
          "[json]") {
  // 0e-100 read as 1.0141204801825835e+31; 0.0…0 (25 decimals) as -1.37e-194.
  const JsonNumbers out = readable_numbers(
      R"({"a": 0e-100, "b": [-0.000, 0E+25], "c": 0.0000000000000000000000000, "d": -0e-5})");
  CHECK(out.ok());
  CHECK(out.text ==
        R"({"a": 0.0   , "b": [-0.0  , 0.0  ], "c": 0.0                        , "d": -0.0 })");
}

TEST_CASE("json numbers: other numbers, texts and malformed numbers are left alone", "[json]") {
  for (const char* json :
       {R"([0, -0, 10e-100, 1.5, 2.220446049250313e-16, 1e308, 184467440737095516154])",
        R"({"0e-100": "say \"0e-100\" \\", "n": 1})", R"([0e, -, 00e-5, 0.e5, .0e-5, 1e-0e-5])"}) {
    INFO(json);
    const JsonNumbers out = readable_numbers(json);
    CHECK(out.ok());
    CHECK(out.text == json);
  }
}

TEST_CASE("json numbers: a zero the parser reads before an error is rewritten too", "[json]") {
  // rapidjson converts the number, then finds the stray 'x' or 'e5'.
  CHECK(readable_numbers("[0e-100x, 0e-100e5]").text == "[0.0   x, 0.0   e5]");
}

TEST_CASE("json numbers: the digits of 2^64 - 1 and then 5 to 9 are refused, with where",
          "[json]") {
  // 184467440737095516159 read as -2.0152837033678636e+264.
  for (const char* number : {"184467440737095516159", "0.184467440737095516159",
                             "-1.84467440737095516155e3", "0.00018446744073709551615500"}) {
    INFO(number);
    const JsonNumbers out = readable_numbers(std::string("{\"x\": ") + number + "}");
    CHECK_FALSE(out.ok());
    CHECK(out.unreadable == number);
    CHECK(out.unreadable_at == 6);
  }
}

// Found by the workspace fuzzer: a long significand times 10^308 passed
// rapidjson 1.1.0's exponent check and its slow path read past its table of
// cached powers (diyfp.h, "index 93 out of bounds for type uint64_t[87]").
TEST_CASE("json numbers: a number above the largest double is refused before rapidjson reads it",
          "[json]") {
  const std::string huge = "7" + std::string(100, '5') + "7e+308";
  for (const std::string& number :
       {huge, std::string("1e309"), std::string("0.01e311"), std::string("-123.4e307")}) {
    INFO(number);
    const JsonNumbers out = readable_numbers("{\"x\": " + number + "}");
    CHECK_FALSE(out.ok());
    CHECK(out.unreadable_key == "load.number_too_large");
    CHECK(out.unreadable_at == 6);
  }
  // The largest doubles and the smallest still read.
  for (const char* number : {"1.7976931348623157e308", "9.9e307", "1e-320", "0.001e-300"}) {
    INFO(number);
    CHECK(readable_numbers(std::string("{\"x\": ") + number + "}").ok());
  }
}
