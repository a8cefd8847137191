#pragma once

// The ranking methods in one table: each method's word (in workspace files,
// CSV files, the CLI and its message keys "ranking_method.<word>"), whether
// its score is better when higher, and the settings it takes. Scoring, files,
// the CSV exports, the CLI and the screens read it; none keeps a list of its
// own. Rows only ever grow at the end (files store the words, the model's
// enum keeps their order).
//
// Adding a method: its code in mcda.cpp, a row here and a value at the end of
// both enums (the compile checks below fail until they agree), its words
// (ranking_method.<word>, prioritise.about_<word>) in every language's
// catalogue, and its tests. docs/architecture.md lists the files.

#include "core/model/scoring_settings.h"
#include "core/scoring/mcda.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace rumbo::scoring {

struct MethodInfo {
  RankingMethod model;   // the workspace's word for it
  Method method;         // the scoring library's
  std::string_view key;  // "wsm"
  bool higher_is_better; // VIKOR's Q is better when lower
  bool takes_topsis_normalisation;
  bool takes_vikor_v;
  bool takes_preferences; // PROMETHEE's preference functions
};

inline constexpr MethodInfo kMethods[] = {
    {RankingMethod::wsm, Method::wsm, "wsm", true, false, false, false},
    {RankingMethod::wpm, Method::wpm, "wpm", true, false, false, false},
    {RankingMethod::topsis, Method::topsis, "topsis", true, true, false, false},
    {RankingMethod::promethee2, Method::promethee2, "promethee2", true, false, false, true},
    {RankingMethod::vikor, Method::vikor, "vikor", false, false, true, false},
};

// Row i is value i of both enums.
constexpr bool methods_in_enum_order() {
  for (std::size_t i = 0; i < std::size(kMethods); ++i)
    if (static_cast<std::size_t>(kMethods[i].model) != i ||
        static_cast<std::size_t>(kMethods[i].method) != i)
      return false;
  return true;
}
static_assert(methods_in_enum_order(), "kMethods: row i must be value i of both enums");

// A value of either enum without a row fails to build here (-Wswitch -Werror).
constexpr const MethodInfo& method_info(Method method) {
  switch (method) {
  case Method::wsm:
  case Method::wpm:
  case Method::topsis:
  case Method::promethee2:
  case Method::vikor:
    break;
  }
  return kMethods[static_cast<std::size_t>(method)];
}
constexpr const MethodInfo& method_info(RankingMethod method) {
  switch (method) {
  case RankingMethod::wsm:
  case RankingMethod::wpm:
  case RankingMethod::topsis:
  case RankingMethod::promethee2:
  case RankingMethod::vikor:
    break;
  }
  return kMethods[static_cast<std::size_t>(method)];
}

// Every method's word, in table order: the model's enum words
// (enum_keys.cpp) and what the CLI accepts.
inline constexpr auto kMethodKeys = [] {
  std::array<std::string_view, std::size(kMethods)> keys{};
  for (std::size_t i = 0; i < keys.size(); ++i)
    keys[i] = kMethods[i].key;
  return keys;
}();

// The method a word names ("vikor"); nothing for any other word.
constexpr std::optional<Method> method_from_key(std::string_view key) {
  for (const MethodInfo& info : kMethods)
    if (info.key == key) return info.method;
  return std::nullopt;
}

// A score on 0..1 (VIKOR's Q, or a min-max share of any method's scores)
// seen so that higher is always better: for VIKOR, 0 best and 1 worst, it
// becomes 1 - x. For bars, portfolio values and anything else that needs
// "longer is better"; a result's own scores stay as its method defines them.
inline double better_is_higher(Method method, double score) {
  return method_info(method).higher_is_better ? score : 1.0 - score;
}

} // namespace rumbo::scoring
