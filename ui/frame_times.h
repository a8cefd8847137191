#pragma once

// CPU time of the frame loop's recent frames, for the page benchmark
// (tests/bench/web_bench.mjs reads it through window.rumbo.frameTimes()).
// A fixed ring: it costs nothing to keep while nobody reads it.

#include <array>
#include <cstddef>
#include <vector>

namespace rumbo::ui {

class FrameTimes {
public:
  // Four seconds of continuous drawing at 60 Hz; the bench reads fewer.
  static constexpr std::size_t kCapacity = 240;

  void record(double ms) {
    times_[next_] = ms;
    next_ = (next_ + 1) % kCapacity;
    if (count_ < kCapacity) ++count_;
  }

  // Oldest first.
  std::vector<double> recent() const {
    std::vector<double> times;
    times.reserve(count_);
    for (std::size_t i = 0; i < count_; ++i)
      times.push_back(times_[(next_ + kCapacity - count_ + i) % kCapacity]);
    return times;
  }

  void clear() { count_ = 0; }

private:
  std::array<double, kCapacity> times_{};
  std::size_t next_ = 0;
  std::size_t count_ = 0;
};

} // namespace rumbo::ui
