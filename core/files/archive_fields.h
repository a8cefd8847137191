#pragma once

// How model fields are written and read by cereal, with what a loader needs
// for untrusted input: every field read knows its path ("workspace.actions[3]
// .risk") so a failure can say where it happened; text and lists are bounded
// before anything is allocated; numbers must be finite; enums and dates are
// words. Serialisation functions (workspace_serialization.h) call field().

#include "core/files/limits.h"
#include "core/files/load_error.h"
#include "core/files/rapidjson.h"
#include "core/model/date.h"
#include "core/model/enum_keys.h"
#include "core/model/ids.h"
#include "core/model/label.h"
#include "core/utf8.h"

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>

#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rumbo::fields {

// The path of the field being read. A guard pushes one step; when an error
// unwinds through the guards the innermost one records the full path.
class ReadPath {
public:
  static ReadPath& current();
  void push(std::string step) { steps_.push_back(std::move(step)); }
  void pop() { steps_.pop_back(); }
  void record_failure() {
    if (!failed_) failure_ = steps_;
    failed_ = true;
  }
  // "workspace.actions[3].risk"
  static std::string join(const std::vector<std::string>& steps);
  // The steps to where reading failed, and a clean state for the next read.
  std::vector<std::string> take_failure();

private:
  std::vector<std::string> steps_;
  std::vector<std::string> failure_;
  bool failed_ = false;
};

// One step of the path for as long as a field is read. Every field of every
// type in every archive has one, so its work is in archive_fields.cpp rather
// than repeated at each field (app.wasm is smaller by a few KB gzip).
class PathStep {
public:
  explicit PathStep(const char* name);
  explicit PathStep(std::size_t index); // "[3]"
  ~PathStep();
  PathStep(const PathStep&) = delete;
  PathStep& operator=(const PathStep&) = delete;

private:
  int exceptions_;
};

[[noreturn]] inline void fail(std::string key, std::string expected = {}, std::string found = {},
                              std::vector<std::string> args = {}) {
  LoadError error;
  error.key = std::move(key);
  error.args = std::move(args);
  error.expected = std::move(expected);
  error.found = std::move(found);
  throw LoadFailure(std::move(error));
}

template <class Archive>
inline constexpr bool is_json = std::is_same_v<Archive, cereal::JSONInputArchive> ||
                                std::is_same_v<Archive, cereal::JSONOutputArchive>;

template <class Archive> inline constexpr bool is_loading = Archive::is_loading::value;

// StorableCheck (below) walks a workspace through the same functions and
// checks, instead of writing, what a loader would refuse.
template <class Archive> inline constexpr bool is_checking = requires {
  typename Archive::is_checking;
};

template <class Archive> void text_value(Archive& ar, std::string& text) {
  if constexpr (is_json<Archive>) {
    ar(text);
  } else if constexpr (is_loading<Archive>) {
    // Binary: the length comes before the bytes; check it before allocating.
    cereal::size_type size = 0;
    ar(cereal::make_size_tag(size));
    if (size > kMaxTextBytes) fail("load.text_too_long", {}, {}, {std::to_string(kMaxTextBytes)});
    text.resize(static_cast<std::size_t>(size));
    ar(cereal::binary_data(text.data(), text.size()));
  } else {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(text.size())));
    ar(cereal::binary_data(text.data(), text.size()));
  }
  if constexpr (is_loading<Archive>) {
    if (text.size() > kMaxTextBytes)
      fail("load.text_too_long", {}, {}, {std::to_string(kMaxTextBytes)});
    if (first_invalid_utf8(text)) fail("load.text_not_utf8");
  }
}

template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};
template <class T> struct IsId : std::false_type {};
template <class Tag> struct IsId<Id<Tag>> : std::true_type {};

template <class Archive, class T> void value(Archive& ar, T& v);

// A list, bounded before it is allocated and with each element's index in the path.
template <class T> struct ListRef { std::vector<T>& items; };

template <class Archive, class T> void save(Archive& ar, const ListRef<T>& list) {
  if constexpr (is_checking<Archive>) {
    if (list.items.size() > kMaxListItems)
      fail("load.list_too_long", {}, {}, {std::to_string(kMaxListItems)});
  }
  ar(cereal::make_size_tag(static_cast<cereal::size_type>(list.items.size())));
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    PathStep step(i);
    value(ar, list.items[i]);
  }
}

template <class Archive, class T> void load(Archive& ar, ListRef<T>& list) {
  cereal::size_type size = 0;
  ar(cereal::make_size_tag(size));
  if (size > kMaxListItems) fail("load.list_too_long", {}, {}, {std::to_string(kMaxListItems)});
  list.items.clear();
  list.items.resize(static_cast<std::size_t>(size));
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    PathStep step(i);
    value(ar, list.items[i]);
  }
}

// Reads or writes one value of any model type (no name: the caller has set it).
template <class Archive, class T> void value(Archive& ar, T& v) {
  if constexpr (is_checking<Archive> && std::is_same_v<T, std::string>) {
    if (v.size() > kMaxTextBytes)
      fail("load.text_too_long", {}, {}, {std::to_string(kMaxTextBytes)});
    if (first_invalid_utf8(v)) fail("load.text_not_utf8");
  } else if constexpr (is_checking<Archive> && std::is_same_v<T, Date>) {
    if (v.is_set() && !is_valid(v)) fail("load.bad_date", {}, {}, {to_iso(v)});
  } else if constexpr (is_checking<Archive> && (std::is_enum_v<T> || IsId<T>::value)) {
    // Always storable.
  } else if constexpr (std::is_same_v<T, std::string>) {
    text_value(ar, v);
  } else if constexpr (std::is_same_v<T, bool> && !is_json<Archive> && is_loading<Archive>) {
    // cereal copies the byte into the bool; any byte but 0 or 1 would be
    // undefined behaviour, so read it as a number first.
    std::uint8_t byte = 0;
    ar(byte);
    if (byte > 1) fail("load.bad_boolean");
    v = byte == 1;
  } else if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T>) {
    ar(v);
  } else if constexpr (std::is_floating_point_v<T>) {
    ar(v);
    if ((is_loading<Archive> || is_checking<Archive>)&&!std::isfinite(v)) fail("load.not_finite");
  } else if constexpr (std::is_enum_v<T>) {
    std::string key;
    if constexpr (!is_loading<Archive>) key = std::string(to_key(v));
    text_value(ar, key);
    if constexpr (is_loading<Archive>) {
      auto parsed = from_key<T>(key);
      if (!parsed) {
        std::string allowed;
        for (auto word : enum_keys<T>())
          allowed += (allowed.empty() ? "" : ", ") + std::string(word);
        fail("load.unknown_word", {}, {}, {key, allowed});
      }
      v = *parsed;
    }
  } else if constexpr (std::is_same_v<T, Date>) {
    std::string text;
    if constexpr (!is_loading<Archive>) text = to_iso(v);
    text_value(ar, text);
    if constexpr (is_loading<Archive>) {
      auto parsed = parse_iso_date(text);
      if (!parsed) fail("load.bad_date", {}, {}, {text});
      v = *parsed;
    }
  } else if constexpr (IsId<T>::value) {
    ar(v.value);
  } else if constexpr (std::is_same_v<T, std::optional<double>>) {
    // Absent or present, as a list of zero or one number: [] or [12.5].
    std::vector<double> items;
    if (v) items.push_back(*v);
    ListRef<double> list{items};
    ar(list);
    if constexpr (is_loading<Archive>) {
      if (items.size() > 1) fail("load.optional_too_long");
      v = items.empty() ? std::nullopt : std::optional<double>(items.front());
    }
  } else if constexpr (IsVector<T>::value) {
    ListRef<typename T::value_type> list{v};
    ar(list);
  } else {
    ar(v); // a model struct: cereal calls its versioned serialize()
  }
}

template <class T> struct IsListRef : std::false_type {};
template <class T> struct IsListRef<ListRef<T>> : std::true_type {};
template <class T> struct IsSizeTag : std::false_type {};
template <class T> struct IsSizeTag<cereal::SizeTag<T>> : std::true_type {};

// An archive that writes nothing: it walks a workspace through the same
// serialize() functions and fails, with the path, on anything a loader would
// refuse (a text too long, a non-finite number, an impossible date, a list
// too long), so what validate() accepts always saves and loads again.
struct StorableCheck {
  using is_loading = std::false_type;
  using is_checking = std::true_type;

  template <class T> StorableCheck& operator()(T&& item) {
    using U = std::remove_cvref_t<T>;
    if constexpr (std::is_arithmetic_v<U> || IsSizeTag<U>::value) {
      // Numbers are checked in value(); sizes in save(ListRef).
    } else if constexpr (IsListRef<U>::value) {
      save(*this, item);
    } else {
      serialize(*this, item, cereal::detail::Version<U>::version);
    }
    return *this;
  }
};

// A named field: `field(ar, "risk", action.risk)`.
template <class Archive, class T> void field(Archive& ar, const char* name, T& v) {
  PathStep step(name);
  if constexpr (is_json<Archive>) ar.setNextName(name);
  value(ar, v);
}

// The texts of a Label by language code: members of a JSON object, or a
// count and pairs in binary. A code must look like one ("es", "pt-BR").
template <class Archive>
void label_texts(Archive& ar, std::map<std::string, std::string, std::less<>>& texts) {
  constexpr std::size_t kMaxLanguages = 64;
  if constexpr (is_json<Archive> && is_loading<Archive>) {
    while (const char* name = ar.getNodeName()) {
      const std::string code = name;
      PathStep step(name);
      if (code == "cereal_class_version") {
        std::uint32_t ignored = 0;
        ar(ignored);
        continue;
      }
      std::string text;
      text_value(ar, text);
      if (!valid_language_code(code)) fail("load.language_code", {}, {}, {code});
      if (texts.size() >= kMaxLanguages)
        fail("load.list_too_long", {}, {}, {std::to_string(kMaxLanguages)});
      if (!text.empty()) texts.insert_or_assign(code, std::move(text));
    }
  } else if constexpr (is_json<Archive>) {
    for (auto& [code, text] : texts) {
      ar.setNextName(code.c_str());
      ar(text);
    }
  } else if constexpr (is_loading<Archive>) {
    cereal::size_type size = 0;
    ar(cereal::make_size_tag(size));
    if (size > kMaxLanguages) fail("load.list_too_long", {}, {}, {std::to_string(kMaxLanguages)});
    for (std::size_t i = 0; i < size; ++i) {
      PathStep step(i);
      std::string code, text;
      text_value(ar, code);
      text_value(ar, text);
      if (!valid_language_code(code)) fail("load.language_code", {}, {}, {code});
      if (!text.empty()) texts.insert_or_assign(std::move(code), std::move(text));
    }
  } else {
    if constexpr (is_checking<Archive>) {
      if (texts.size() > kMaxLanguages)
        fail("load.list_too_long", {}, {}, {std::to_string(kMaxLanguages)});
      for (const auto& [code, text] : texts)
        if (!valid_language_code(code)) fail("load.language_code", {}, {}, {code});
    }
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(texts.size())));
    for (auto& [code, text] : texts) {
      std::string key = code;
      value(ar, key);
      value(ar, text);
    }
  }
}

// The version of a type this build knows; a file from a newer build is refused
// instead of being read wrongly.
inline void check_version(std::uint32_t found, std::uint32_t known) {
  if (found > known)
    fail("load.newer_object_version", {}, {}, {std::to_string(found), std::to_string(known)});
}

} // namespace rumbo::fields
