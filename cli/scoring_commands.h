#pragma once

#include "cli/output.h"
#include "core/model/label.h"

#include <string>
#include <vector>

namespace rumbo::cli {

// Each reads a JSON problem (or a workspace) and writes a JSON answer to
// stdout; problems with the input go to stderr in plain words, in
// `language`. Each returns the exit code.
int rank_command(const std::string& path, Language language);
int index_command(const std::string& path, Language language);
// rumbo-cli index DATA.csv --spec INDICATORS.json [--format csv|json] [-o OUT]
int index_csv_command(const std::string& data_path, const std::string& spec_path,
                      const OutputOptions& output, Language language);
int ahp_command(const std::string& path, Language language);
int score_command(const std::string& path, Language language);
// rumbo-cli score FILES... [--format csv|json] [-o OUT]: a table, a row per file.
int score_table_command(const std::vector<std::string>& paths, const OutputOptions& output,
                        Language language);

// Prints the usage and input format of rank, index, ahp or score to stdout
// and returns 0; -1 for any other command.
int scoring_help(const std::string& command);

} // namespace rumbo::cli
