#pragma once

// The language files the build embeds into core (core/embed_language_data.cmake
// writes their definition): assets/i18n/languages.json and every
// assets/i18n/<code>/messages.json, by their path under assets/i18n/.

#include <cstddef>
#include <vector>

namespace rumbo {

struct EmbeddedFile {
  const char* path;
  const char* text;
  std::size_t size;
};

const std::vector<EmbeddedFile>& embedded_language_files();

} // namespace rumbo
