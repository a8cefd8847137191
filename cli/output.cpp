#include "cli/output.h"

#include "core/messages.h"
#include "core/text/languages.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace rumbo::cli {

const Locale& locale_from_environment(Language language) {
  const char* lang = std::getenv("LANG");
  return match_locale(lang ? lang : "", language);
}

bool take_output_options(std::vector<std::string>& args, OutputOptions& options) {
  bool format_given = false, path_given = false;
  std::vector<std::string> rest;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--format" || arg == "-o") {
      if (i + 1 == args.size()) return false;
      const std::string& value = args[++i];
      if (arg == "-o") {
        if (path_given || value.empty()) return false;
        options.path = value;
        path_given = true;
      } else {
        if (format_given || (value != "csv" && value != "json")) return false;
        options.format = value == "csv" ? OutputFormat::csv : OutputFormat::json;
        format_given = true;
      }
    } else {
      rest.push_back(arg);
    }
  }
  args = std::move(rest);
  return true;
}

bool write_output(const std::string& text, const OutputOptions& options, Language language) {
  if (options.path.empty()) {
    std::cout << text;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  // Written whole or not at all: a failed write leaves no half file behind.
  const std::string partial = options.path + ".partial";
  std::FILE* file = std::fopen(partial.c_str(), "wb");
  bool written = file && std::fwrite(text.data(), 1, text.size(), file) == text.size();
  written = file && std::fclose(file) == 0 && written;
  if (written) written = std::rename(partial.c_str(), options.path.c_str()) == 0;
  if (!written) {
    std::remove(partial.c_str());
    std::cerr << options.path << ": " << message("cli.cannot_write", language) << "\n";
  }
  return written;
}

} // namespace rumbo::cli
