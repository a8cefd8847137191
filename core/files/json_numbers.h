#pragma once

// JSON numbers that rapidjson 1.1.0, the version Debian ships, reads wrong
// at full precision (kParseFullPrecisionFlag, which every reader of ours
// uses so that a double saved is the double loaded). Two kinds of number
// reach its slow path with a significand of zero and normalise it with
// __builtin_clzll(0), which is undefined: the value read is then anything
// (1.01e+31 for "0e-100" on x86), natively and in wasm alike.
//   - a zero with a fraction or an exponent the fast path does not take:
//     "0e-100", "0e100", "0E-25" (how Java's BigDecimal writes a zero of
//     scale 25), "0.000000000000000000000000" (more than 22 decimals);
//   - 21 or more significant digits starting 18446744073709551615 (2^64 - 1)
//     and then a digit from 5 up, where its rounding wraps around.
// And a number above the largest double (its first significant digit at
// 10^309 or beyond, "7955…557e+308" with a long significand) can pass the
// parser's exponent check and make its slow path read past its table of
// powers of ten (internal/diyfp.h, GetCachedPowerByIndex).
// Fixed upstream after 1.1.0 (Tencent/rapidjson issues 1249, 1441 and pull
// request 2326). Found by tests/fuzz/workspace_fuzz.cpp.

#include <cstddef>
#include <string>
#include <string_view>

namespace rumbo {

struct JsonNumbers {
  // The JSON with each zero written with a fraction or an exponent (the
  // first kind among them) written "0.0" ("-0.0"), padded with spaces to its
  // length: the same value, and every other byte where it was, so the line
  // and column of a later error do not move.
  std::string text;
  // A number of the second or third kind, as written, and the byte it starts at;
  // empty when there is none. No rewriting reads it exactly: the file is
  // refused ("load.unreadable_number").
  std::string unreadable;
  std::size_t unreadable_at = 0;
  // The message key that says why: inexact, or beyond the largest double.
  std::string unreadable_key;
  bool ok() const { return unreadable.empty(); }
};

// `json` made safe for rapidjson 1.1.0's full-precision parse. Texts
// between quotes are left alone. A number is taken as rapidjson's parser
// reads it, the longest well-formed number at its start ("0e-100" of
// "0e-100x": the parser converts it before it meets the error).
JsonNumbers readable_numbers(std::string_view json);

} // namespace rumbo
