#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace rumbo {

// CRC-32 as in zlib, gzip and PNG (reflected polynomial 0xEDB88320). Saved
// workspaces carry it so that a truncated or damaged copy is detected before
// it is loaded. `previous` is the CRC of the bytes before `data`, so a long
// input can be checked in pieces: crc32(b, crc32(a)) == crc32(a + b).
std::uint32_t crc32(std::span<const std::byte> data, std::uint32_t previous = 0);
std::uint32_t crc32(std::string_view data, std::uint32_t previous = 0);

} // namespace rumbo
