#pragma once

namespace rumbo {

// Global south or north: what makes cooperation south-south or triangular.
enum class GlobalRegion { south, north };

} // namespace rumbo
