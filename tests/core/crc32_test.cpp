#include "core/crc32.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using rumbo::crc32;

// Reference values: the "check" value of CRC-32/ISO-HDLC in Greg Cook's
// Catalogue of parametrised CRC algorithms (the CRC of gzip, RFC 1952, and
// PNG); the other strings and the large buffer were checked against Python's
// zlib.crc32, an independent implementation.
TEST_CASE("crc32 matches the published check value and zlib", "[crc32]") {
  CHECK(crc32(std::string_view("123456789")) == 0xCBF43926u);
  CHECK(crc32(std::string_view("")) == 0u);
  CHECK(crc32(std::string_view("The quick brown fox jumps over the lazy dog")) == 0x414FA339u);
  CHECK(crc32(std::string_view("Estrategia de internacionalización — Bogotá, Medellín, Cúcuta")) ==
        0xE2706FF3u);
}

TEST_CASE("crc32 of a 1 MiB buffer matches zlib", "[crc32]") {
  std::vector<std::byte> buffer(std::size_t{1} << 20);
  for (std::size_t i = 0; i < buffer.size(); ++i)
    buffer[i] = std::byte((i * 7 + 3) % 251);
  CHECK(crc32(buffer) == 0x2F7CF01Fu); // zlib.crc32(bytes((i*7+3)%251 for i in range(1<<20)))
}

TEST_CASE("crc32 computed in pieces equals crc32 of the whole", "[crc32]") {
  const std::string text =
      "Plan de internacionalización 2024–2027: diagnóstico, acciones y socios.";
  const std::uint32_t whole = crc32(text);
  for (std::size_t split = 0; split <= text.size(); ++split) {
    const std::string_view view(text);
    CHECK(crc32(view.substr(split), crc32(view.substr(0, split))) == whole);
  }
}

TEST_CASE("crc32 tells a saved file from a cut-short or damaged copy", "[crc32]") {
  std::vector<std::byte> file(4096);
  for (std::size_t i = 0; i < file.size(); ++i)
    file[i] = std::byte(i * 31 % 256);
  const std::uint32_t good = crc32(file);
  const std::span<const std::byte> whole(file);

  // A write interrupted at any point (a closed tab, a full disk).
  int undetected = 0;
  for (std::size_t length = 0; length < file.size(); ++length)
    if (crc32(whole.first(length)) == good) ++undetected;
  CHECK(undetected == 0);

  // A run of damaged bytes anywhere: CRC-32 detects every burst of up to 32 bits.
  for (std::size_t at = 0; at + 4 <= file.size(); at += 61) {
    auto damaged = file;
    for (std::size_t k = 0; k < 4; ++k)
      damaged[at + k] ^= std::byte(0xA5);
    CHECK(crc32(damaged) != good);
  }
}
