#include "core/files/workspace_file.h"

#include "core/crc32.h"
#include "core/files/json_numbers.h"
#include "core/files/json_problems.h"
#include "core/files/rapidjson.h"
#include "core/files/workspace_serialization.h"
#include "core/version.h"

#include <cstring>
#include <sstream>

namespace rumbo {

template <class Archive> void serialize(Archive& ar, FileHeader& x, std::uint32_t version) {
  using fields::field;
  check_version<FileHeader>(version);
  field(ar, "format", x.format);
  field(ar, "format_version", x.format_version);
  field(ar, "app_version", x.app_version);
}

} // namespace rumbo

CEREAL_CLASS_VERSION(rumbo::FileHeader, 1)

namespace rumbo {

namespace {

FileHeader current_header() {
  return {kWorkspaceFormatName, kWorkspaceFormatVersion, app_version()};
}

LoadError make_error(std::string key, std::vector<std::string> args = {}) {
  LoadError error;
  error.key = std::move(key);
  error.args = std::move(args);
  return error;
}

// The message key of what a rapidjson type check wanted: cereal reports a
// wrong type as "rapidjson internal assertion failure: IsInt()".
std::string expected_from_assertion(std::string_view what) {
  struct Pair {
    std::string_view check;
    const char* key;
  };
  static constexpr Pair kPairs[] = {
      {"IsObject", "type.object"},
      {"IsArray", "type.array"},
      {"IsString", "type.text"},
      {"IsBool", "type.true_false"},
      {"IsUint64", "type.whole_number"},
      {"IsInt64", "type.whole_number"},
      {"IsUint", "type.whole_number"},
      {"IsInt", "type.whole_number"},
      {"IsNumber", "type.number"},
      {"IsDouble", "type.number"},
      {"IsNull", "type.null"},
      // GetInt() and its kin assert on flags rather than calling IsInt().
      {"kIntFlag", "type.whole_number"},
      {"kUintFlag", "type.whole_number"},
      {"kInt64Flag", "type.whole_number"},
      {"kUint64Flag", "type.whole_number"},
  };
  for (const Pair& pair : kPairs)
    if (what.find(pair.check) != std::string_view::npos) return pair.key;
  return {};
}

// What the JSON holds at `steps`, as a type key ("type.nothing" if absent).
std::string found_at(const rapidjson::Value& root, const std::vector<std::string>& steps) {
  const rapidjson::Value* value = &root;
  for (const std::string& step : steps) {
    if (step.front() == '[') {
      std::size_t index = std::stoul(step.substr(1));
      if (!value->IsArray() || index >= value->Size()) return "type.nothing";
      value = &(*value)[static_cast<rapidjson::SizeType>(index)];
    } else {
      if (!value->IsObject()) return "type.nothing";
      auto member = value->FindMember(step.c_str());
      if (member == value->MemberEnd()) return "type.nothing";
      value = &member->value;
    }
  }
  return json_type_key(*value);
}

// SAX pass before cereal sees the text: reports syntax errors with line and
// column, refuses nesting deep enough to exhaust the stack of cereal's
// recursive parser, and refuses "\u0000" in text, which cereal would cut the
// text at without a word.
struct DepthGuard : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, DepthGuard> {
  std::size_t depth = 0;
  bool too_deep = false;
  bool nul_in_text = false;
  bool Default() { return true; }
  bool String(const char* text, rapidjson::SizeType length, bool) { return no_nul(text, length); }
  bool Key(const char* text, rapidjson::SizeType length, bool) { return no_nul(text, length); }
  bool no_nul(const char* text, rapidjson::SizeType length) {
    nul_in_text = std::memchr(text, 0, length) != nullptr;
    return !nul_in_text;
  }
  bool StartObject() { return enter(); }
  bool EndObject(rapidjson::SizeType) { return leave(); }
  bool StartArray() { return enter(); }
  bool EndArray(rapidjson::SizeType) { return leave(); }
  bool enter() {
    too_deep = ++depth > kMaxJsonDepth;
    return !too_deep;
  }
  bool leave() {
    --depth;
    return true;
  }
};

// The value reading failed on, as a type key ("type.text"), and where it is.
// The text is parsed again only here, when reading has already failed, so a
// good file is held in memory once. cereal reads an object's
// "cereal_class_version" inside the object's own step, so a wrong version
// would be blamed on the whole object: when the object's version is not a
// whole number, the step is lengthened to name it.
std::string wrong_value_in(std::string_view json, std::vector<std::string>& steps) {
  rapidjson::Document document;
  document.Parse<kJsonParseFlags>(json.data(), json.size());
  if (document.HasParseError()) return {};
  std::vector<std::string> version_steps = steps;
  version_steps.push_back("cereal_class_version");
  std::string version = found_at(document, version_steps);
  if (version != "type.nothing" && version != "type.whole_number") {
    steps = std::move(version_steps);
    return version;
  }
  return found_at(document, steps);
}

// Whether a JSON text says it is a Rumbo workspace: its header's format is
// ours. Such a file with a broken header is reported as broken, with where;
// any other JSON is some other program's file. `json` is the text as
// readable_numbers() left it, as for every parse at full precision.
bool claims_workspace(std::string_view json) {
  rapidjson::Document document;
  document.Parse<kJsonParseFlags>(json.data(), json.size());
  if (document.HasParseError() || !document.IsObject()) return false;
  const rapidjson::Value& root = document; // const iterators: one operator== for clang
  auto header = root.FindMember("header");
  if (header == root.MemberEnd() || !header->value.IsObject()) return false;
  auto format = header->value.FindMember("format");
  return format != header->value.MemberEnd() && format->value.IsString() &&
         std::string_view(format->value.GetString(), format->value.GetStringLength()) ==
             kWorkspaceFormatName;
}

// cereal names a missing field only in its message: "provided NVP (x) not found".
std::string missing_name(std::string_view what) {
  auto open = what.find("NVP (");
  auto close = what.find(')', open);
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  return std::string(what.substr(open + 5, close - open - 5));
}

// Turns whatever reading threw into a LoadError with a path. `json` is the
// text for JSON files (to say what was found), empty for binary ones.
template <class Read> std::optional<LoadError> read_guarded(Read&& read, std::string_view json) {
  try {
    read();
    fields::ReadPath::current().take_failure();
    return std::nullopt;
  } catch (const LoadFailure& failure) {
    LoadError error = failure.error;
    error.path = fields::ReadPath::join(fields::ReadPath::current().take_failure());
    return error;
  } catch (const cereal::RapidJSONException& e) {
    auto steps = fields::ReadPath::current().take_failure();
    LoadError error = make_error("load.wrong_type");
    error.expected = expected_from_assertion(e.what());
    if (!json.empty()) error.found = wrong_value_in(json, steps);
    error.path = fields::ReadPath::join(steps);
    if (error.expected == "type.whole_number" && error.found == "type.whole_number") {
      // A whole number that does not fit the field (a negative id, a risk of 3e9).
      error.key = "load.number_out_of_range";
      error.expected.clear();
      error.found.clear();
    }
    return error;
  } catch (const cereal::Exception& e) {
    auto steps = fields::ReadPath::current().take_failure();
    std::string name = missing_name(e.what());
    bool missing = !name.empty();
    if (missing && (steps.empty() || steps.back() != name))
      steps.push_back(name); // cereal_class_version
    LoadError error = make_error(missing         ? "load.missing_field"
                                 : !json.empty() ? "load.wrong_type"
                                                 : "load.truncated");
    if (!json.empty()) error.found = wrong_value_in(json, steps);
    error.path = fields::ReadPath::join(steps);
    return error;
  } catch (const std::exception&) {
    LoadError error = make_error("load.unreadable");
    error.path = fields::ReadPath::join(fields::ReadPath::current().take_failure());
    return error;
  }
}

LoadError check_header(const FileHeader& header) {
  if (header.format != kWorkspaceFormatName)
    return make_error("load.not_workspace", {header.format});
  if (header.format_version > kWorkspaceFormatVersion)
    return make_error("load.newer_format",
                      {std::to_string(header.format_version), header.app_version,
                       std::to_string(kWorkspaceFormatVersion), app_version()});
  if (header.format_version == 0) return make_error("load.bad_format_version");
  return {};
}

void load_json(std::string_view text, LoadResult& result) {
  result.format = FileFormat::json;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3); // a BOM from a text editor
  {
    rapidjson::Reader reader;
    DepthGuard guard;
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::ParseResult parsed = reader.Parse<rapidjson::kParseIterativeFlag>(stream, guard);
    if (guard.too_deep || guard.nul_in_text) {
      result.error = guard.too_deep ? make_error("json.too_deep", {std::to_string(kMaxJsonDepth)})
                                    : make_error("json.nul_in_text");
      locate(text, parsed.Offset(), result.error);
      return;
    }
    if (parsed.IsError()) {
      result.error = make_error(json_syntax_key(parsed.Code()));
      locate(text, parsed.Offset(), result.error);
      return;
    }
  }
  // cereal reads from a stream; the text is copied, which is cheap next to parsing.
  const JsonNumbers numbers = readable_numbers(text);
  if (!numbers.ok()) {
    result.error = make_error(numbers.unreadable_key, {numbers.unreadable});
    locate(text, numbers.unreadable_at, result.error);
    return;
  }
  std::istringstream stream{numbers.text};
  Workspace workspace;
  std::optional<LoadError> error = read_guarded(
      [&] {
        cereal::JSONInputArchive archive(stream);
        fields::field(archive, "header", result.header);
        LoadError header_error = check_header(result.header);
        if (!header_error.key.empty()) throw LoadFailure(header_error);
        fields::field(archive, "workspace", workspace);
      },
      numbers.text);
  if (error) {
    bool foreign = error->path.rfind("header", 0) == 0 &&
                   error->key != "load.newer_object_version" && !claims_workspace(numbers.text);
    result.error = foreign ? make_error("load.not_workspace", {""}) : *error;
    return;
  }
  result.workspace = std::move(workspace);
}

// The binary file: the format name as 16 plain bytes (so any other file is
// told apart before anything is parsed), then [header][body size u64][body
// CRC-32 u32] as one portable binary archive, then the body (the workspace,
// another archive).
constexpr std::string_view kBinaryMagic("rumbo-workspace\0", 16);

struct BinaryPrefix {
  FileHeader header;
  std::uint64_t body_size = 0;
  std::uint32_t body_crc = 0;
};

void load_binary(std::string_view bytes, LoadResult& result) {
  result.format = FileFormat::binary;
  if (bytes.substr(0, kBinaryMagic.size()) != kBinaryMagic) {
    result.error = make_error("load.not_workspace", {""});
    return;
  }
  bytes.remove_prefix(kBinaryMagic.size());
  std::istringstream stream{std::string(bytes)};
  BinaryPrefix prefix;
  std::optional<LoadError> error = read_guarded(
      [&] {
        cereal::PortableBinaryInputArchive archive(stream);
        fields::field(archive, "header", prefix.header);
        if (prefix.header.format != kWorkspaceFormatName)
          fields::fail("load.not_workspace", {}, {}, {prefix.header.format});
        archive(prefix.body_size, prefix.body_crc);
      },
      {});
  if (error) {
    // Bytes that do not even start like our header are some other file; a
    // header of a newer version is a newer Rumbo's file.
    if (error->key == "load.newer_object_version") {
      result.error = *error;
    } else {
      result.error = make_error("load.not_workspace", {""});
      result.error.path = error->path;
      result.error.detail_key = error->key;
      result.error.detail_args = error->args;
    }
    return;
  }
  result.header = prefix.header;
  LoadError header_error = check_header(prefix.header);
  if (!header_error.key.empty()) {
    result.error = header_error;
    return;
  }
  std::size_t body_start = static_cast<std::size_t>(stream.tellg());
  std::string_view body = bytes.substr(body_start);
  if (prefix.body_size != body.size()) {
    result.error =
        make_error(prefix.body_size > body.size() ? "load.truncated" : "load.trailing_bytes");
    return;
  }
  if (crc32(body) != prefix.body_crc) {
    result.error = make_error("load.checksum");
    return;
  }
  std::istringstream body_stream{std::string(body)};
  Workspace workspace;
  error = read_guarded(
      [&] {
        cereal::PortableBinaryInputArchive archive(body_stream);
        fields::field(archive, "workspace", workspace);
      },
      {});
  if (error) {
    result.error = *error;
    return;
  }
  if (body_stream.peek() != std::char_traits<char>::eof()) {
    result.error = make_error("load.trailing_bytes");
    return;
  }
  result.workspace = std::move(workspace);
}

} // namespace

std::string save_json(const Workspace& workspace) {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive archive(
        out, cereal::JSONOutputArchive::Options(
                 324, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
    FileHeader header = current_header();
    fields::field(archive, "header", header);
    // Saving never changes the workspace; cereal's one serialize() per type takes it non-const.
    fields::field(archive, "workspace", const_cast<Workspace&>(workspace));
  }
  out << '\n';
  return out.str();
}

std::string save_binary(const Workspace& workspace) {
  std::ostringstream body;
  {
    cereal::PortableBinaryOutputArchive archive(body);
    fields::field(archive, "workspace", const_cast<Workspace&>(workspace));
  }
  std::string body_bytes = body.str();
  std::ostringstream out;
  out << kBinaryMagic;
  {
    cereal::PortableBinaryOutputArchive archive(out);
    FileHeader header = current_header();
    fields::field(archive, "header", header);
    archive(static_cast<std::uint64_t>(body_bytes.size()), crc32(body_bytes));
  }
  out << body_bytes;
  return out.str();
}

LoadResult load(std::string_view bytes) {
  LoadResult result;
  if (bytes.size() > kMaxFileBytes) {
    result.error = make_error("load.too_large", {std::to_string((bytes.size() + 1023) / 1024),
                                                 std::to_string(kMaxFileBytes / 1024)});
    return result;
  }
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    result.error = make_error("load.empty");
    return result;
  }
  bool json = bytes[first] == '{' || bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (json)
    load_json(bytes, result);
  else
    load_binary(bytes, result);
  if (!result.workspace) return result;
  // Every released format so far shares one layout; class versions migrate
  // field by field inside serialize(). A new format version adds its step here.
  try {
    result.findings = validate(*result.workspace);
  } catch (const std::exception&) { // out of memory on a hostile file
    result.workspace.reset();
    result.error = make_error("load.unreadable");
    return result;
  }
  if (has_errors(result.findings)) {
    result.workspace.reset();
    const Finding& first_error =
        *std::find_if(result.findings.begin(), result.findings.end(),
                      [](const Finding& f) { return f.severity == Severity::error; });
    const std::size_t errors = static_cast<std::size_t>(
        std::count_if(result.findings.begin(), result.findings.end(),
                      [](const Finding& f) { return f.severity == Severity::error; }));
    result.error = make_error("load.invalid", {std::to_string(errors)});
    result.error.count = errors;
    result.error.path = first_error.path;
    result.error.detail_key = first_error.key;
    result.error.detail_args = first_error.args;
  }
  return result;
}

} // namespace rumbo
