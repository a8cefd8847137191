#pragma once

#include "core/model/workspace.h"

#include <optional>
#include <span>
#include <string_view>

namespace rumbo {

// Enums are written to files as words ("strength", "lower_is_better"), not
// numbers, so a file stays readable and an importer cannot mix them up.
// enum_keys<E>()[i] is the word of the enum value i; the same words, prefixed
// with the enum's name ("quadrant.strength"), are the keys of its labels.
template <class E> std::span<const std::string_view> enum_keys();

// The enum's name in label keys ("quadrant").
template <class E> std::string_view enum_name();

template <class E> std::string_view to_key(E value) {
  return enum_keys<E>()[static_cast<std::size_t>(value)];
}

template <class E> std::optional<E> from_key(std::string_view key) {
  auto keys = enum_keys<E>();
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return static_cast<E>(i);
  return std::nullopt;
}

} // namespace rumbo
