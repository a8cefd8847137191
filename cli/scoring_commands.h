#pragma once

#include "core/model/label.h"

#include <string>

namespace rumbo::cli {

// Each reads a JSON problem (or a workspace) and writes a JSON answer to
// stdout; problems with the input go to stderr in plain words, in
// `language`. Each returns the exit code.
int rank_command(const std::string& path, Language language);
int index_command(const std::string& path, Language language);
int ahp_command(const std::string& path, Language language);
int score_command(const std::string& path, Language language);

// Prints the usage and input format of rank, index, ahp or score to stdout
// and returns 0; -1 for any other command.
int scoring_help(const std::string& command);

} // namespace rumbo::cli
