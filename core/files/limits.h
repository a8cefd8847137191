#pragma once

#include <cstddef>

namespace rumbo {

// Bounds on what a file may hold. A hostile or broken file hits one of these
// and is refused with a message, instead of exhausting the browser's memory.
// They are far above what a real strategy needs (the sample city uses a
// fraction of a percent of them).
inline constexpr std::size_t kMaxFileBytes = 16 * 1024 * 1024;
inline constexpr std::size_t kMaxTextBytes = 64 * 1024; // one text field
inline constexpr std::size_t kMaxListItems = 20000;     // one list
inline constexpr std::size_t kMaxJsonDepth = 32;        // nesting of JSON objects and arrays

} // namespace rumbo
