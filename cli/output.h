#pragma once

// Where and how the table commands of rumbo-cli write (index from a CSV,
// score of many workspaces): "--format csv|json" and "-o OUT".

#include "core/model/label.h"
#include "core/text/locale.h"

#include <cstddef>
#include <string>
#include <vector>

namespace rumbo::cli {

enum class OutputFormat { json, csv };

struct OutputOptions {
  OutputFormat format = OutputFormat::json;
  std::string path; // empty: standard output
};

// Takes "--format csv|json" and "-o OUT" out of `args`; false when one is
// malformed or repeated (a usage error).
bool take_output_options(std::vector<std::string>& args, OutputOptions& options);

// The locale LANG names ("es_MX.UTF-8"), or else `language`'s default: how a
// CSV written for a spreadsheet separates cells and marks decimals.
const Locale& locale_from_environment(Language language);

// Writes `text` to the file or standard output; false (said on stderr) when
// the file cannot be written.
bool write_output(const std::string& text, const OutputOptions& options, Language language);

} // namespace rumbo::cli
