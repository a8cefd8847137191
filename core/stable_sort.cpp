#include "core/stable_sort.h"

#include <algorithm>
#include <numeric>

namespace rumbo {

void stable_sort_indices(std::vector<std::size_t>& indices,
                         FunctionRef<bool(std::size_t, std::size_t)> before) {
  std::stable_sort(indices.begin(), indices.end(), before);
}

std::vector<std::size_t> stable_order(std::size_t count,
                                      FunctionRef<bool(std::size_t, std::size_t)> before) {
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  stable_sort_indices(order, before);
  return order;
}

} // namespace rumbo
