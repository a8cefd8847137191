#pragma once

// The one way into rapidjson (and cereal's JSON archive) in Rumbo: core, cli
// and tests include this header, never <rapidjson/...> or
// <cereal/archives/json.hpp> themselves.
//
// Why: rapidjson's RAPIDJSON_ASSERT is a macro, fixed in each file by whatever
// was defined when rapidjson was first included. cereal defines it to throw,
// but only in files that include cereal before rapidjson; a file that did not
// got rapidjson's default (abort), and the same inline functions compiled two
// ways in one program are an ODR violation: the linker keeps either copy.
// That is how rumbo-cli came to abort (GetDouble(): Assertion 'IsNumber()')
// on a wrong-typed value that the page refused with a message.
//
// How the policy is kept: CMakeLists.txt defines RAPIDJSON_ASSERT as
// RUMBO_RAPIDJSON_ASSERT for every target, and only this header defines
// RUMBO_RAPIDJSON_ASSERT. A file that reaches rapidjson another way does not
// compile (an error naming RUMBO_RAPIDJSON_ASSERT); tests/CMakeLists.txt
// builds such a file to prove it.

// Throws what cereal's JSON archive throws, so a broken assumption inside
// rapidjson is one more load error, caught and reported, never an abort.
#define RUMBO_RAPIDJSON_ASSERT(x)                                                                  \
  if (!(x)) {                                                                                      \
    throw ::cereal::RapidJSONException("rapidjson internal assertion failure: " #x);               \
  }

// Declares cereal::RapidJSONException before rapidjson's code, and sets
// rapidjson's default parse and write flags, for every file alike.
#include <cereal/archives/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
