#include "core/files/action_catalogue.h"

#include "core/files/json_numbers.h"
#include "core/files/json_problems.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <set>

namespace rumbo {
namespace {

// At most 64 bytes of `text`, cut on a character boundary: a name in a
// message, however long the name in the file.
std::string shortened(std::string_view text) {
  std::size_t size = std::min<std::size_t>(text.size(), 64);
  while (size < text.size() && size > 0 && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80)
    --size;
  return std::string(text.substr(0, size));
}

// Walks the parsed document keeping the path of the value being read, so a
// problem can say where it is; a problem ends the walk with a LoadFailure.
class Walk {
public:
  [[noreturn]] void fail(std::string key, std::vector<std::string> args = {},
                         std::string expected = {}, std::string found = {}) const {
    LoadError error;
    error.key = std::move(key);
    error.args = std::move(args);
    error.expected = std::move(expected);
    error.found = std::move(found);
    for (const std::string& step : steps_) {
      if (!error.path.empty() && step.front() != '[') error.path += '.';
      error.path += step;
    }
    throw LoadFailure(std::move(error));
  }

  class Step {
  public:
    Step(Walk& walk, std::string step) : walk_(walk) { walk_.steps_.push_back(std::move(step)); }
    ~Step() { walk_.steps_.pop_back(); }
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

  private:
    Walk& walk_;
  };

  void expect(bool ok, const char* expected, const rapidjson::Value& value) const {
    if (!ok) fail("load.wrong_type", {}, expected, json_type_key(value));
  }

  void only_fields(const rapidjson::Value& object, std::initializer_list<std::string_view> known) {
    for (auto member = object.MemberBegin(); member != object.MemberEnd(); ++member) {
      const std::string_view name(member->name.GetString(), member->name.GetStringLength());
      bool found = false;
      for (std::string_view each : known)
        found = found || each == name;
      if (!found) fail("catalogue.unknown_field", {shortened(name)});
    }
  }

  // The member `name` of `object`; the caller has stepped into it.
  const rapidjson::Value& field(const rapidjson::Value& object, const char* name) {
    const auto member = object.FindMember(name);
    if (member == object.MemberEnd()) fail("load.missing_field");
    return member->value;
  }

  // A text of at most `max_bytes`, not empty. Its UTF-8 was checked by the parser.
  std::string text(const rapidjson::Value& value, std::size_t max_bytes) {
    expect(value.IsString(), "type.text", value);
    const std::size_t size = value.GetStringLength();
    if (size > max_bytes) fail("load.text_too_long", {std::to_string(max_bytes)});
    if (std::memchr(value.GetString(), 0, size)) fail("json.nul_in_text");
    std::string out(value.GetString(), size);
    bool blank = true;
    for (char c : out)
      blank = blank && (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    if (blank) fail("catalogue.empty_text");
    return out;
  }

  std::string key(const rapidjson::Value& value) {
    std::string out = text(value, kMaxCatalogueKeyBytes);
    for (char c : out)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
        fail("catalogue.bad_key", {out, std::to_string(kMaxCatalogueKeyBytes)});
    return out;
  }

  Label label(const rapidjson::Value& object, const char* name, std::size_t max_bytes) {
    Step step(*this, name);
    const rapidjson::Value& value = field(object, name);
    expect(value.IsObject(), "type.object", value);
    // Spanish and English are required; any other language code may follow.
    for (const char* required : {"es", "en"}) {
      Step step(*this, required);
      field(value, required);
    }
    Label out;
    // By index: rapidjson's member iterators compare ambiguously under C++20.
    for (rapidjson::SizeType i = 0; i < value.MemberCount(); ++i) {
      const auto& member = *(value.MemberBegin() + i);
      const std::string code(member.name.GetString(), member.name.GetStringLength());
      if (!valid_language_code(code)) fail("catalogue.unknown_field", {shortened(code)});
      Step language(*this, code);
      out.set(Language(code), text(member.value, max_bytes));
    }
    return out;
  }

  CatalogueAction entry(const rapidjson::Value& value) {
    expect(value.IsObject(), "type.object", value);
    only_fields(value, {"key", "title", "description", "axis", "mechanism", "typical_months"});
    CatalogueAction out;
    {
      Step step(*this, "key");
      out.key = key(field(value, "key"));
    }
    out.title = label(value, "title", kMaxCatalogueTitleBytes);
    out.description = label(value, "description", kMaxCatalogueDescriptionBytes);
    {
      Step step(*this, "axis");
      out.axis_key = key(field(value, "axis"));
    }
    {
      Step step(*this, "mechanism");
      out.mechanism_key = key(field(value, "mechanism"));
    }
    const auto months = value.FindMember("typical_months");
    if (months != value.MemberEnd()) {
      Step step(*this, "typical_months");
      expect(months->value.IsInt(), "type.whole_number", months->value);
      out.typical_months = months->value.GetInt();
      if (out.typical_months < 1 || out.typical_months > kMaxTypicalMonths)
        fail("catalogue.months_out_of_range", {std::to_string(kMaxTypicalMonths)});
    }
    return out;
  }

  std::vector<CatalogueAction> catalogue(const rapidjson::Value& root) {
    if (!root.IsObject()) fail("catalogue.not_action_catalogue");
    const auto format = root.FindMember("format");
    if (format == root.MemberEnd() || !format->value.IsString() ||
        std::string_view(format->value.GetString(), format->value.GetStringLength()) !=
            kActionCatalogueFormat)
      fail("catalogue.not_action_catalogue");
    only_fields(root, {"format", "version", "actions"});
    {
      Step step(*this, "version");
      const rapidjson::Value& version = field(root, "version");
      expect(version.IsInt(), "type.whole_number", version);
      if (version.GetInt() > kActionCatalogueVersion)
        fail("catalogue.newer_version",
             {std::to_string(version.GetInt()), std::to_string(kActionCatalogueVersion)});
      if (version.GetInt() < 1) fail("load.bad_format_version");
    }
    Step step(*this, "actions");
    const rapidjson::Value& actions = field(root, "actions");
    expect(actions.IsArray(), "type.array", actions);
    if (actions.Size() > kMaxCatalogueEntries)
      fail("load.list_too_long", {std::to_string(kMaxCatalogueEntries)});
    std::vector<CatalogueAction> entries;
    entries.reserve(actions.Size());
    std::set<std::string> keys;
    for (rapidjson::SizeType i = 0; i < actions.Size(); ++i) {
      Step at(*this, "[" + std::to_string(i) + "]");
      entries.push_back(entry(actions[i]));
      if (!keys.insert(entries.back().key).second) {
        Step key(*this, "key");
        fail("catalogue.duplicate_key", {entries.back().key});
      }
    }
    return entries;
  }

private:
  std::vector<std::string> steps_;
};

LoadError error_at(std::string_view text, std::string key, std::size_t offset,
                   std::vector<std::string> args = {}) {
  LoadError error;
  error.key = std::move(key);
  error.args = std::move(args);
  locate(text, offset, error);
  return error;
}

} // namespace

ActionCatalogueResult read_action_catalogue(std::string_view text) {
  ActionCatalogueResult result;
  if (text.size() > kMaxCatalogueBytes) {
    result.error.key = "load.too_large";
    result.error.args = {std::to_string((text.size() + 1023) / 1024),
                         std::to_string(kMaxCatalogueBytes / 1024)};
    return result;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3); // a BOM from a text editor
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    result.error.key = "load.empty";
    return result;
  }
  const JsonNumbers numbers = readable_numbers(text);
  if (!numbers.ok()) {
    result.error =
        error_at(text, numbers.unreadable_key, numbers.unreadable_at, {numbers.unreadable});
    return result;
  }
  try {
    rapidjson::Document document;
    document.Parse<kJsonParseFlags>(numbers.text.data(), numbers.text.size());
    if (document.HasParseError()) {
      result.error =
          error_at(text, json_syntax_key(document.GetParseError()), document.GetErrorOffset());
      return result;
    }
    Walk walk;
    result.entries = walk.catalogue(document);
  } catch (const LoadFailure& failure) {
    result.error = failure.error;
  } catch (const std::exception&) {
    result.error.key = "load.unreadable";
  }
  if (!result.ok()) result.entries.clear();
  return result;
}

} // namespace rumbo
