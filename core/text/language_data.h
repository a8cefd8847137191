#pragma once

// The language files core reads: assets/i18n/languages.json and every
// assets/i18n/<code>/messages.json, by their path under assets/i18n/. Defined
// twice, one per program kind: embedded by the build for the CLI and the
// tests (core/embed_language_data.cmake writes it, linked into rumbo_core),
// read from the packed assets for the page (ui/language_files.cpp).

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
