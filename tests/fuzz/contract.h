#pragma once

// What every fuzz target asserts of the reader it feeds: a refusal says why,
// in a message the user can read; what is accepted is whole. A broken
// contract prints what broke and aborts, so libFuzzer keeps the input as a
// finding. Shared by the targets of tests/fuzz/ (one per reader).

#include "core/files/load_error.h"
#include "core/model/workspace.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rumbo::fuzz {

// The bytes libFuzzer hands a target.
inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Aborts with `what` on standard error unless `holds`.
void require(bool holds, const char* what);

// A message key of core/messages.h: known, and describable in both languages.
void require_message(std::string_view key, const char* what);

// A refusal that names a known message, and known messages for what it
// expected and found and for its detail, if given.
void require_reason(const LoadError& error);

// Whether `text` is well-formed UTF-8 without NUL bytes: what every reader
// promises of the text it hands on.
bool clean_text(std::string_view text);

// A workspace without integrity errors (core/validation/validate.h).
void require_valid(const Workspace& ws);

// Saved in either format, the workspace loads back the same.
void require_round_trip(const Workspace& ws);

// A workspace a reader accepted is whole: valid, and it loads back the same.
void require_whole(const Workspace& ws);

} // namespace rumbo::fuzz
