#pragma once

// Sorting that keeps equal items in their order, for lists shown to the user
// or ranked with a tie rule. std::stable_sort is compiled anew for every
// comparison it is given (about 2 KB of the page each); here it is compiled
// once, for indices compared through a FunctionRef. The portfolio search
// keeps std::stable_sort in its inner loop, where a call per comparison
// would cost time.

#include "core/function_ref.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace rumbo {

// Sorts `indices` so that no index comes after one it is `before`.
void stable_sort_indices(std::vector<std::size_t>& indices,
                         FunctionRef<bool(std::size_t, std::size_t)> before);

// 0, 1, ..., count - 1 in the order of `before`.
std::vector<std::size_t> stable_order(std::size_t count,
                                      FunctionRef<bool(std::size_t, std::size_t)> before);

// Sorts `items` by `before(const T&, const T&)`.
template <class T, class Before> void stable_sort_items(std::vector<T>& items, Before&& before) {
  const std::vector<std::size_t> order = stable_order(
      items.size(), [&](std::size_t a, std::size_t b) { return before(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order)
    sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

} // namespace rumbo
