#pragma once

namespace rumbo {

// The application's version (CMake's project version), written into saved
// files and shown to the user so that a file can be traced to the app that made it.
const char* app_version();

} // namespace rumbo
