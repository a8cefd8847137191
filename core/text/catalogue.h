#pragma once

// The screens' words in one language, read from assets/i18n/<language>/*.json:
// one file per screen (and common.json), each a flat JSON object of key →
// text, so translators edit plain files, screens added side by side never
// touch the same file, and a test checks that both languages have the same
// files and keys. Core's own sentences
// (load errors, findings, enum labels) stay in core/messages.h.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

class Catalogue {
public:
  // Adds the texts of one catalogue file. On a problem (not JSON, not a flat
  // object of strings, too large, a text not valid UTF-8, a key another file
  // already gave) nothing is added and the reason comes back, with its key
  // or JSON offset.
  std::optional<std::string> add(std::string_view json);

  // The text of `key`; the key itself when it is missing, so a gap shows on
  // screen instead of an empty label (and a test catches it first).
  const std::string& text(const std::string& key) const;

  // `text(key)` with "{0}", "{1}"... replaced by `args`.
  std::string format(const std::string& key, const std::vector<std::string>& args) const;

  bool has(const std::string& key) const { return texts_.count(key) != 0; }
  // The text of `key`, or null when it is missing (and nothing is recorded).
  const std::string* find(std::string_view key) const {
    const auto found = texts_.find(key);
    return found == texts_.end() ? nullptr : &found->second;
  }
  std::vector<std::string> keys() const;
  std::size_t size() const { return texts_.size(); }
  const std::set<std::string, std::less<>>& missing() const { return missing_; }

private:
  std::map<std::string, std::string, std::less<>> texts_;
  // Keys asked for but absent: their texts stay valid for the caller (a set
  // never moves its elements), and a screen can list them.
  mutable std::set<std::string, std::less<>> missing_;
};

// "{0} de {1}" with args {"12", "25"} → "12 de 25". A brace not followed by
// a digit and "}" stays as it is; a missing argument leaves its placeholder.
std::string fill_placeholders(std::string_view pattern, const std::vector<std::string>& args);

} // namespace rumbo
