#include "cli/json_io.h"

#include "core/files/json_numbers.h"
#include "core/files/limits.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace rumbo::cli {

namespace {
std::string at(const std::string& path, const char* name) {
  return path.empty() ? name : path + "." + name;
}
} // namespace

bool read_bounded_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes.resize(kMaxFileBytes + 1);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return !in.bad();
}

void parse_json_file(const std::string& path, rapidjson::Document& document) {
  std::string text;
  if (!read_bounded_file(path, text)) throw InputError(path + ": the file could not be read");
  if (text.size() > kMaxFileBytes) throw InputError(path + ": the file is larger than 16 MiB");
  // rapidjson 1.1.0 misreads some numbers at full precision (core/files/json_numbers.h).
  const JsonNumbers numbers = readable_numbers(text);
  if (!numbers.ok())
    throw InputError(path + ": the number " + numbers.unreadable +
                     " cannot be read exactly; write it with 17 digits or fewer");
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
    throw InputError(path + ": not valid JSON (line " + std::to_string(line) + ", column " +
                     std::to_string(column) + ")");
  }
  if (!document.IsObject()) throw InputError(path + ": expected a JSON object");
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* name,
                               const std::string& path) {
  const rapidjson::Value* value = optional_member(object, name);
  if (!value) throw InputError(at(path, name) + ": missing");
  return *value;
}

const rapidjson::Value* optional_member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  auto found = object.FindMember(name);
  return found == object.MemberEnd() || found->value.IsNull() ? nullptr : &found->value;
}

double number(const rapidjson::Value& value, const std::string& path) {
  if (!value.IsNumber() || !std::isfinite(value.GetDouble()))
    throw InputError(path + ": expected a number");
  return value.GetDouble();
}

std::string text(const rapidjson::Value& value, const std::string& path) {
  if (!value.IsString()) throw InputError(path + ": expected a text");
  return {value.GetString(), value.GetStringLength()};
}

const rapidjson::Value::ConstArray array(const rapidjson::Value& value, const std::string& path) {
  if (!value.IsArray()) throw InputError(path + ": expected a list");
  if (value.Size() > kMaxListItems) throw InputError(path + ": more than 20000 items");
  return value.GetArray();
}

std::vector<double> numbers(const rapidjson::Value& value, const std::string& path) {
  std::vector<double> out;
  std::size_t i = 0;
  for (const auto& item : array(value, path))
    out.push_back(number(item, path + "[" + std::to_string(i++) + "]"));
  return out;
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
    if (row.size() != n)
      throw InputError(row_path + ": expected " + std::to_string(n) + " numbers (a square matrix)");
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
  throw InputError(at(path, name) + ": \"" + word + "\" is not one of " + list);
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

} // namespace rumbo::cli
