#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

namespace rumbo::scoring {

// A small generator whose output is the same on every platform for a given
// seed: the standard library's distributions differ between libstdc++
// (native) and libc++ (wasm), and Monte Carlo results must not. xoshiro256**
// seeded through splitmix64 (Blackman & Vigna, https://prng.di.unimi.it/).
class Random {
public:
  explicit Random(std::uint64_t seed) {
    for (std::uint64_t& word : state_)
      word = splitmix(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, 1), 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  double uniform(double low, double high) { return low + (high - low) * uniform(); }

  // Uniform integer in [0, n), n > 0.
  std::uint64_t below(std::uint64_t n) {
    return static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
  }

  // Standard normal (Box-Muller; one value per call, the other discarded for simplicity).
  double normal() {
    double u = 1.0 - uniform(); // (0, 1]
    double v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
  }

  // A point drawn uniformly from the simplex {w >= 0, sum w = 1} of dimension n
  // (normalised standard exponentials: Rubinstein & Kroese, Simulation and the
  // Monte Carlo Method, 2nd ed., 2008, algorithm 2.5.3).
  std::vector<double> simplex(std::size_t n) {
    std::vector<double> w(n);
    double sum = 0;
    for (double& x : w)
      sum += x = -std::log(1.0 - uniform());
    for (double& x : w)
      x /= sum;
    return w;
  }

private:
  std::uint64_t state_[4];

  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
};

} // namespace rumbo::scoring
