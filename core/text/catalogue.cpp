#include "core/text/catalogue.h"

#include "core/files/json_numbers.h"
#include "core/files/json_problems.h"
#include "core/files/rapidjson.h"
#include "core/utf8.h"

#include <cctype>

namespace rumbo {
namespace {

// A catalogue is a few hundred short sentences; anything far larger is not one.
constexpr std::size_t max_catalogue_bytes = 1 << 20;
constexpr std::size_t max_text_bytes = 4096;

} // namespace

std::optional<std::string> Catalogue::add(std::string_view json) {
  if (json.size() > max_catalogue_bytes) return "catalogue larger than 1 MiB";
  const JsonNumbers numbers = readable_numbers(json);
  if (!numbers.ok())
    return "number " + numbers.unreadable + " at byte " + std::to_string(numbers.unreadable_at) +
           " cannot be read exactly";
  rapidjson::Document document;
  document.Parse<kJsonParseFlags>(numbers.text.data(), numbers.text.size());
  if (document.HasParseError())
    return std::string("not JSON at byte ") + std::to_string(document.GetErrorOffset()) + ": " +
           rapidjson::GetParseError_En(document.GetParseError());
  if (!document.IsObject()) return "not a JSON object of key → text";
  std::map<std::string, std::string, std::less<>> texts;
  // By index: rapidjson's member iterators compare ambiguously under C++20.
  for (rapidjson::SizeType i = 0; i < document.MemberCount(); ++i) {
    const auto& member = *(document.MemberBegin() + i);
    const std::string key(member.name.GetString(), member.name.GetStringLength());
    if (!member.value.IsString()) return "\"" + key + "\" is not a text";
    std::string text(member.value.GetString(), member.value.GetStringLength());
    if (text.size() > max_text_bytes) return "\"" + key + "\" is longer than 4096 bytes";
    if (first_invalid_utf8(text)) return "\"" + key + "\" is not valid UTF-8";
    if (texts_.count(key)) return "\"" + key + "\" is already in another file";
    if (!texts.emplace(key, std::move(text)).second) return "\"" + key + "\" appears twice";
  }
  texts_.merge(texts);
  return std::nullopt;
}

const std::string& Catalogue::text(const std::string& key) const {
  const auto found = texts_.find(key);
  if (found != texts_.end()) return found->second;
  return *missing_.insert(key).first;
}

std::string Catalogue::format(const std::string& key, const std::vector<std::string>& args) const {
  return fill_placeholders(text(key), args);
}

std::vector<std::string> Catalogue::keys() const {
  std::vector<std::string> keys;
  keys.reserve(texts_.size());
  for (const auto& [key, text] : texts_)
    keys.push_back(key);
  return keys;
}

std::string fill_placeholders(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() &&
        std::isdigit(static_cast<unsigned char>(pattern[i + 1])) && pattern[i + 2] == '}') {
      const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < args.size()) {
        out += args[n];
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

} // namespace rumbo
