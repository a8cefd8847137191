#include "cli/command_line.h"

#include "cli/json_io.h"

#include <algorithm>
#include <iostream>
#include <string_view>

namespace rumbo::cli {

bool CommandLine::has(const std::string& flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

int parse_command_line(const std::vector<std::string>& args,
                       const std::vector<std::string>& allowed, const char* help,
                       CommandLine& line) {
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << help;
    return kExitOk;
  }
  bool have_path = false;
  bool wrong = false;
  for (const std::string& arg : args) {
    if (std::find(allowed.begin(), allowed.end(), arg) != allowed.end()) {
      if (!line.has(arg)) line.flags.push_back(arg);
    } else if ((arg.size() > 1 && arg[0] == '-') || have_path) {
      wrong = true; // an unknown option, or a second file
    } else {
      line.path = arg;
      have_path = true;
    }
  }
  if (wrong || !have_path) {
    std::string_view text = help;
    std::cerr << text.substr(0, text.find('\n') + 1);
    return kExitUsage;
  }
  return -1;
}

} // namespace rumbo::cli
