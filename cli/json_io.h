#pragma once

// Reading the JSON problem files of rumbo-cli's scoring commands and writing
// their answers. Problem files are untrusted like any input: bounded in size
// and nesting, and every wrong value is reported with its path
// ("criteria[2].weight: expected a number"). A path of "-" is standard input,
// bounded like a file.

#include "core/files/rapidjson.h"
#include "core/model/label.h"
#include "core/scoring/provenance.h"

#include "core/function_ref.h"
#include "core/scoring/provenance.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace rumbo::cli {

// A problem with the input, in plain words, with the JSON path.
// Either a message key of core/messages.h with its arguments, said in the
// user's language, or (for messages only one command has) a text as it is.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
  InputError(std::string where, std::string key, std::vector<std::string> args = {})
      : std::runtime_error(where + ": " + key), where_(std::move(where)), key_(std::move(key)),
        args_(std::move(args)) {}
  // "criteria[2].weight: se esperaba un número".
  std::string describe(Language language) const;

private:
  std::string where_, key_;
  std::vector<std::string> args_;
};

// Reads at most one byte more than a file may have, so an oversized file is
// refused without reading all of it; "-" reads standard input the same way.
// False when it cannot be read.
bool read_bounded_file(const std::string& path, std::string& bytes);

// How a path is named in messages: "(stdin)" for "-".
std::string shown(const std::string& path);

// Parses a file; throws InputError on I/O, size, nesting or syntax problems.
void parse_json_file(const std::string& path, rapidjson::Document& document);

// Typed access that throws InputError naming `path` on a wrong or missing value.
const rapidjson::Value& member(const rapidjson::Value& object, const char* name,
                               const std::string& path);
const rapidjson::Value* optional_member(const rapidjson::Value& object, const char* name);
const rapidjson::Value& object(const rapidjson::Value& value, const std::string& path);
double number(const rapidjson::Value& value, const std::string& path);
std::string text(const rapidjson::Value& value, const std::string& path);
const rapidjson::Value::ConstArray array(const rapidjson::Value& value, const std::string& path);
std::vector<double> numbers(const rapidjson::Value& value, const std::string& path);
// A list of texts (names of alternatives, units, criteria).
std::vector<std::string> texts(const rapidjson::Value& value, const std::string& path);
// A number in [low, high]; the message states the range.
double number_between(const rapidjson::Value& value, const std::string& path, double low,
                      double high);
// A whole number in [low, high] (2 and 2.0 alike); the message states the range.
std::uint64_t whole_number(const rapidjson::Value& value, const std::string& path,
                           std::uint64_t low, std::uint64_t high);
// A square matrix of numbers, row-major.
std::vector<double> square_matrix(const rapidjson::Value& value, const std::string& path,
                                  std::size_t& n);
// One of `choices`, or `fallback` when the member is absent.
std::string choice(const rapidjson::Value& object, const char* name, const std::string& path,
                   const std::vector<std::string>& choices, const std::string& fallback);

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_numbers(Writer& out, const char* name, const std::vector<double>& values);
void write_indices(Writer& out, const char* name, const std::vector<std::size_t>& values);
void write_texts(Writer& out, const char* name, const std::vector<std::string>& values);
// "provenance": the method, its parameters, and for Monte Carlo runs the seed
// and the samples counted.
void write_provenance(Writer& out, const scoring::Provenance& provenance);

// The frame of every command that reads a JSON problem: parse `path` ("-" for
// standard input), let `write` compute and write the answer, print it to
// stdout. Bad input (an InputError) is one line on stderr and exit 1; the
// answer is printed only when it is complete. Returns the exit code.
int run_json_command(const std::string& path, Language language,
                     FunctionRef<void(const rapidjson::Document&, Writer&)> write);

// Exit codes of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

} // namespace rumbo::cli
