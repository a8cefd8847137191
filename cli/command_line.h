#pragma once

// The arguments of a command that reads one file (or "-", standard input)
// and may take a few flags: `rumbo-cli portfolio --frontier PROBLEM.json`.

#include <string>
#include <vector>

namespace rumbo::cli {

struct CommandLine {
  std::string path;
  std::vector<std::string> flags; // those given, from `allowed`
  bool has(const std::string& flag) const;
};

// `args` are those after the command's name. `--help` (or -h) alone prints
// `help` to stdout; flags in `allowed` may come before or after the path.
// Returns the exit code to stop with (0 after help, 2 after printing help's
// first line, the usage, to stderr), or -1 with `line` filled in to go on.
int parse_command_line(const std::vector<std::string>& args,
                       const std::vector<std::string>& allowed, const char* help,
                       CommandLine& line);

} // namespace rumbo::cli
