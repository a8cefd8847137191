#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace rumbo::scoring {

// Rankings put the higher score first and, among equal scores, the lower
// index. Rank acceptability re-sorts every sample: insertion-sorting
// (score, index) pairs with a two-part comparison took 1.5 times as long
// under wasm as natively, and one 64-bit integer per alternative sorts about
// as fast in both. A key is the score's bits, in an order where a higher
// score is smaller, with the index in place of its lowest bits. Two scores
// that differ only in those bits then come out by index; settle() puts them
// in their exact order afterwards, so the result is the same as sorting the
// pairs.
class ScoreKeys {
public:
  // For indices 0 .. count - 1; scores in `scores`, which must be finite.
  ScoreKeys(const double* scores, std::size_t count, bool higher_first)
      : scores_(scores), sign_(higher_first ? 1.0 : -1.0),
        index_bits_(count > 1 ? static_cast<unsigned>(std::bit_width(count - 1)) : 1),
        index_mask_((std::uint64_t{1} << index_bits_) - 1) {}

  std::uint64_t key(std::size_t index) const {
    return (descending_bits(sign_ * scores_[index]) & ~index_mask_) | index;
  }
  std::size_t index(std::uint64_t key) const { return static_cast<std::size_t>(key & index_mask_); }

  // Keys sorted in ascending order are in the ranking's order except among
  // neighbours whose scores share every bit above the index's: one pass of
  // insertion by the exact comparison among those alone.
  void settle(std::vector<std::uint64_t>& keys) const {
    for (std::size_t i = 1; i < keys.size(); ++i) {
      const std::uint64_t moving = keys[i];
      std::size_t j = i;
      for (; j > 0 && same_bucket(moving, keys[j - 1]) && ahead(moving, keys[j - 1]); --j)
        keys[j] = keys[j - 1];
      keys[j] = moving;
    }
  }

private:
  const double* scores_;
  double sign_;
  unsigned index_bits_;
  std::uint64_t index_mask_;

  bool same_bucket(std::uint64_t x, std::uint64_t y) const { return ((x ^ y) & ~index_mask_) == 0; }
  bool ahead(std::uint64_t x, std::uint64_t y) const {
    const double sx = sign_ * scores_[index(x)], sy = sign_ * scores_[index(y)];
    return sx != sy ? sx > sy : index(x) < index(y);
  }

  // IEEE 754 bits order like the numbers they encode once the sign bit is
  // set on positives and every bit of a negative is flipped; the complement
  // then puts the higher number first. Adding 0 turns -0 into +0, which
  // compare equal as numbers.
  static std::uint64_t descending_bits(double value) {
    value += 0.0;
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    bits = (bits >> 63) ? ~bits : bits | (std::uint64_t{1} << 63);
    return ~bits;
  }
};

} // namespace rumbo::scoring
