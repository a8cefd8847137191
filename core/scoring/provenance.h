#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rumbo::scoring {

// What produced a result, so a screen or a report can state it: "TOPSIS,
// vector normalisation, 3 missing scores left out, seed 42".
struct Provenance {
  std::string method;                                          // "topsis", "ahp.eigenvector"...
  std::vector<std::pair<std::string, std::string>> parameters; // name, value as text
  std::uint64_t seed = 0;                                      // Monte Carlo runs only
  std::size_t samples = 0;                                     // Monte Carlo runs only
  std::size_t missing = 0;                                     // values absent from the input
  std::size_t imputed = 0; // of those, filled in (the rest left out)
};

} // namespace rumbo::scoring
