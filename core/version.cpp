#include "core/version.h"

namespace rumbo {

const char* app_version() { return RUMBO_VERSION; }

} // namespace rumbo
