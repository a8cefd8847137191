#pragma once

// Reading the JSON problem files of rumbo-cli's scoring commands and writing
// their answers. Problem files are untrusted like any input: bounded in size
// and nesting, and every wrong value is reported with its path
// ("criteria[2].weight: expected a number").

#include "core/files/rapidjson.h"
#include "core/scoring/provenance.h"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace rumbo::cli {

// A problem with the input, in plain words, with the JSON path.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads at most one byte more than a file may have, so an oversized file is
// refused without reading all of it. False when it cannot be read.
bool read_bounded_file(const std::string& path, std::string& bytes);

// Parses a file; throws InputError on I/O, size, nesting or syntax problems.
void parse_json_file(const std::string& path, rapidjson::Document& document);

// Typed access that throws InputError naming `path` on a wrong or missing value.
const rapidjson::Value& member(const rapidjson::Value& object, const char* name,
                               const std::string& path);
const rapidjson::Value* optional_member(const rapidjson::Value& object, const char* name);
double number(const rapidjson::Value& value, const std::string& path);
std::string text(const rapidjson::Value& value, const std::string& path);
const rapidjson::Value::ConstArray array(const rapidjson::Value& value, const std::string& path);
std::vector<double> numbers(const rapidjson::Value& value, const std::string& path);
// A square matrix of numbers, row-major.
std::vector<double> square_matrix(const rapidjson::Value& value, const std::string& path,
                                  std::size_t& n);
// One of `choices`, or `fallback` when the member is absent.
std::string choice(const rapidjson::Value& object, const char* name, const std::string& path,
                   const std::vector<std::string>& choices, const std::string& fallback);

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_numbers(Writer& out, const char* name, const std::vector<double>& values);
void write_indices(Writer& out, const char* name, const std::vector<std::size_t>& values);
// "provenance": {"method", "parameters": {...}}: what produced a result.
void write_provenance(Writer& out, const scoring::Provenance& provenance);

} // namespace rumbo::cli
