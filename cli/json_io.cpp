#include "cli/json_io.h"

#include "core/files/json_numbers.h"
#include "core/files/limits.h"
#include "core/messages.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace rumbo::cli {

namespace {
std::string at(const std::string& path, const char* name) {
  return path.empty() ? name : path + "." + name;
}
} // namespace

// In pieces, as the file grows: a buffer of the largest size allowed, filled
// with zeros for every file, was most of the time `score` spent on 1,100
// small workspaces.
bool read_bounded_file(const std::string& path, std::string& bytes) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) return false;
  bytes.clear();
  char piece[64 * 1024];
  while (bytes.size() <= kMaxFileBytes) {
    const std::size_t wanted = std::min(sizeof piece, kMaxFileBytes + 1 - bytes.size());
    const std::size_t got = std::fread(piece, 1, wanted, file);
    bytes.append(piece, got);
    if (got < wanted) break;
  }
  const bool failed = std::ferror(file) != 0;
  if (file != stdin) std::fclose(file);
  return !failed;
}

std::string shown(const std::string& path) { return path == "-" ? "(stdin)" : path; }

void parse_json_file(const std::string& path, rapidjson::Document& document) {
  std::string text;
  if (!read_bounded_file(path, text)) throw InputError(shown(path), "cli.input.unreadable");
  if (text.size() > kMaxFileBytes) throw InputError(shown(path), "cli.input.too_large", {"16"});
  // rapidjson 1.1.0 misreads some numbers at full precision (core/files/json_numbers.h).
  const JsonNumbers numbers = readable_numbers(text);
  if (!numbers.ok())
    throw InputError(shown(path), "cli.input.inexact_number", {numbers.unreadable});
  text = numbers.text;
  // The iterative parser cannot overflow the stack however deep the nesting.
  document.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag>(text.c_str(),
                                                                                      text.size());
  if (document.HasParseError()) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < document.GetErrorOffset() && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    throw InputError(shown(path), "cli.input.not_json",
                     {std::to_string(line), std::to_string(column)});
  }
  if (!document.IsObject()) throw InputError(shown(path), "cli.input.expected_object");
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* name,
                               const std::string& path) {
  const rapidjson::Value* value = optional_member(object, name);
  if (!value) throw InputError(at(path, name), "cli.input.missing");
  return *value;
}

const rapidjson::Value* optional_member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  auto found = object.FindMember(name);
  return found == object.MemberEnd() || found->value.IsNull() ? nullptr : &found->value;
}

const rapidjson::Value& object(const rapidjson::Value& value, const std::string& path) {
  if (!value.IsObject()) throw InputError(path, "cli.input.expected_object");
  return value;
}

double number(const rapidjson::Value& value, const std::string& path) {
  if (!value.IsNumber() || !std::isfinite(value.GetDouble()))
    throw InputError(path, "cli.input.expected_number");
  return value.GetDouble();
}

std::string text(const rapidjson::Value& value, const std::string& path) {
  if (!value.IsString()) throw InputError(path, "cli.input.expected_text");
  return {value.GetString(), value.GetStringLength()};
}

const rapidjson::Value::ConstArray array(const rapidjson::Value& value, const std::string& path) {
  if (!value.IsArray()) throw InputError(path, "cli.input.expected_list");
  if (value.Size() > kMaxListItems)
    throw InputError(path, "cli.input.too_many_items", {std::to_string(kMaxListItems)});
  return value.GetArray();
}

std::vector<double> numbers(const rapidjson::Value& value, const std::string& path) {
  auto list = array(value, path);
  std::vector<double> out;
  out.reserve(list.Size());
  // The path of an item is made only for the message of a wrong one: a table
  // of a million numbers is read without a million strings.
  for (const auto& item : list)
    out.push_back(item.IsNumber() && std::isfinite(item.GetDouble())
                      ? item.GetDouble()
                      : number(item, path + "[" + std::to_string(out.size()) + "]"));
  return out;
}

std::vector<std::string> texts(const rapidjson::Value& value, const std::string& path) {
  std::vector<std::string> out;
  for (const auto& item : array(value, path))
    out.push_back(text(item, path + "[" + std::to_string(out.size()) + "]"));
  return out;
}

namespace {
std::string shortest(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", x);
  return buffer;
}
} // namespace

double number_between(const rapidjson::Value& value, const std::string& path, double low,
                      double high) {
  const double x = number(value, path);
  if (x < low || x > high)
    throw InputError(path, "cli.input.number_range", {shortest(low), shortest(high), shortest(x)});
  return x;
}

std::uint64_t whole_number(const rapidjson::Value& value, const std::string& path,
                           std::uint64_t low, std::uint64_t high) {
  const std::string from = std::to_string(low), to = std::to_string(high);
  if (!value.IsNumber()) throw InputError(path, "cli.input.whole_number", {from, to});
  std::uint64_t whole = 0;
  if (value.IsUint64()) {
    whole = value.GetUint64();
  } else {
    // 2.0 is 2; -1, 2.5, 1e300 are not whole numbers in range.
    const double x = value.GetDouble();
    if (!(x >= 0 && x < 18446744073709551616.0 && std::floor(x) == x))
      throw InputError(path, "cli.input.whole_number_found", {from, to, shortest(x)});
    whole = static_cast<std::uint64_t>(x);
  }
  if (whole < low || whole > high)
    throw InputError(path, "cli.input.whole_number_found", {from, to, std::to_string(whole)});
  return whole;
}

std::vector<double> square_matrix(const rapidjson::Value& value, const std::string& path,
                                  std::size_t& n) {
  auto rows = array(value, path);
  n = rows.Size();
  std::vector<double> out;
  out.reserve(n * n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string row_path = path + "[" + std::to_string(i) + "]";
    std::vector<double> row = numbers(rows[static_cast<rapidjson::SizeType>(i)], row_path);
    if (row.size() != n) throw InputError(row_path, "cli.input.square_row", {std::to_string(n)});
    out.insert(out.end(), row.begin(), row.end());
  }
  return out;
}

std::string choice(const rapidjson::Value& object, const char* name, const std::string& path,
                   const std::vector<std::string>& choices, const std::string& fallback) {
  const rapidjson::Value* value = optional_member(object, name);
  if (!value) return fallback;
  std::string word = text(*value, at(path, name));
  for (const std::string& allowed : choices)
    if (word == allowed) return word;
  std::string list;
  for (const std::string& allowed : choices)
    list += (list.empty() ? "" : ", ") + allowed;
  throw InputError(at(path, name), "cli.input.not_one_of", {word, list});
}

void write_numbers(Writer& out, const char* name, const std::vector<double>& values) {
  out.Key(name);
  out.StartArray();
  for (double v : values)
    out.Double(v);
  out.EndArray();
}

void write_indices(Writer& out, const char* name, const std::vector<std::size_t>& values) {
  out.Key(name);
  out.StartArray();
  for (std::size_t v : values)
    out.Uint64(v);
  out.EndArray();
}

void write_texts(Writer& out, const char* name, const std::vector<std::string>& values) {
  out.Key(name);
  out.StartArray();
  for (const std::string& v : values)
    out.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
  out.EndArray();
}

void write_provenance(Writer& out, const scoring::Provenance& provenance) {
  out.Key("provenance");
  out.StartObject();
  out.Key("method");
  out.String(provenance.method.c_str());
  out.Key("parameters");
  out.StartObject();
  for (const auto& [name, value] : provenance.parameters) {
    out.Key(name.c_str());
    out.String(value.c_str());
  }
  out.EndObject();
  if (provenance.samples > 0 || provenance.seed > 0) {
    out.Key("seed");
    out.Uint64(provenance.seed);
    out.Key("samples");
    out.Uint64(provenance.samples);
  }
  out.EndObject();
}

std::string InputError::describe(Language language) const {
  return key_.empty() ? what() : where_ + ": " + message(key_, language, args_);
}

int run_json_command(const std::string& path, Language language,
                     FunctionRef<void(const rapidjson::Document&, Writer&)> write) {
  try {
    rapidjson::Document document;
    parse_json_file(path, document);
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    write(document, out);
    std::cout << buffer.GetString() << "\n";
    return kExitOk;
  } catch (const InputError& error) {
    std::cerr << error.describe(language) << "\n";
    return kExitInvalid;
  }
}

} // namespace rumbo::cli
