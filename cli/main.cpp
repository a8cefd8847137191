// rumbo-cli: checks and converts workspace files outside the browser, for
// batch use and for people who write importers. Every file goes through the
// same load() as in the app.
//   rumbo-cli validate FILE
//   rumbo-cli convert FILE --to json|bin OUT
//   rumbo-cli info FILE
//   rumbo-cli rank PROBLEM.json      (a decision problem: docs/scoring.md)
//   rumbo-cli index INDICATORS.json  (a composite index: docs/scoring.md)
//   rumbo-cli index DATA.csv --spec INDICATORS.json [--format csv|json] [-o OUT]
//   rumbo-cli ahp PAIRWISE.json      (AHP: one matrix, a group, or a hierarchy)
//   rumbo-cli score WORKSPACE        (readiness, ranking, sensitivity, partner fit)
//   rumbo-cli score FILES... [--format csv|json] [-o OUT]   (a table of many strategies)
//   rumbo-cli portfolio [--frontier] PROBLEM.json, group TABLE.json,
//   sensitivity PROBLEM.json, weights SPEC.json   (cli/method_commands.h)
// Exit codes: 0 ok, 1 invalid input, 2 wrong usage. Messages follow LANG
// (any language assets/i18n/languages.json lists, English otherwise), and CSV
// output its locale.

#include "cli/json_io.h"
#include "cli/method_commands.h"
#include "cli/scoring_commands.h"
#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/text/languages.h"
#include "core/version.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace rumbo;

constexpr int kOk = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

// The language LANG names when Rumbo speaks it ("es_CO.UTF-8", "pt_BR.UTF-8"),
// English otherwise.
Language language_from_environment() {
  const char* lang = std::getenv("LANG");
  return match_language(lang ? lang : "").value_or(Language::en);
}

int usage() {
  std::cerr
      << "usage: rumbo-cli validate FILE\n"
         "       rumbo-cli convert FILE --to json|bin OUT\n"
         "       rumbo-cli info FILE\n"
         "       rumbo-cli rank PROBLEM.json\n"
         "       rumbo-cli index INDICATORS.json\n"
         "       rumbo-cli index DATA.csv --spec INDICATORS.json [--format csv|json] [-o OUT]\n"
         "       rumbo-cli ahp PAIRWISE.json\n"
         "       rumbo-cli score WORKSPACE\n"
         "       rumbo-cli score FILES... [--format csv|json] [-o OUT]\n"
         "       rumbo-cli portfolio [--frontier] PROBLEM.json\n"
         "       rumbo-cli group TABLE.json\n"
         "       rumbo-cli sensitivity PROBLEM.json\n"
         "       rumbo-cli weights SPEC.json\n"
         "A file may be - (standard input); rumbo-cli COMMAND --help describes the input\n"
         "of a scoring command.\n";
  return kUsage;
}

struct Opened {
  LoadResult result;
  bool read = false;
};

Opened open(const std::string& path, Language language) {
  Opened opened;
  std::string bytes;
  if (!cli::read_bounded_file(path, bytes)) {
    std::cerr << path << ": " << message("cli.input.unreadable", language) << "\n";
    return opened;
  }
  opened.read = true;
  opened.result = load(bytes);
  // An integrity failure is listed finding by finding by the caller.
  if (!opened.result.ok() && opened.result.error.key != "load.invalid")
    std::cerr << path << ": " << describe(opened.result.error, language) << "\n";
  return opened;
}

void print_findings(const std::string& path, const LoadResult& result, Language language) {
  for (const Finding& finding : result.findings)
    std::cerr << path << ": "
              << (finding.severity == Severity::error ? "error" : message("cli.warning", language))
              << ": " << describe(finding, language) << "\n";
}

int validate_command(const std::string& path, Language language) {
  Opened opened = open(path, language);
  print_findings(path, opened.result, language);
  if (!opened.result.ok()) return kInvalid;
  std::cout << path << ": ok\n";
  return kOk;
}

int convert_command(const std::string& path, const std::string& to, const std::string& out,
                    Language language) {
  if (to != "json" && to != "bin") return usage();
  Opened opened = open(path, language);
  if (!opened.result.ok()) {
    print_findings(path, opened.result, language);
    return kInvalid;
  }
  std::string bytes =
      to == "json" ? save_json(*opened.result.workspace) : save_binary(*opened.result.workspace);
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!file.flush()) {
    std::cerr << out << ": " << message("cli.cannot_write", language) << "\n";
    return kInvalid;
  }
  return kOk;
}

int info_command(const std::string& path, Language language) {
  Opened opened = open(path, language);
  if (!opened.result.ok()) return kInvalid;
  const LoadResult& r = opened.result;
  const Workspace& ws = *r.workspace;
  std::cout << "format: " << (r.format == FileFormat::json ? "json" : "binary") << "\n"
            << "format_version: " << r.header.format_version << "\n"
            << "written_by: Rumbo " << r.header.app_version << "\n"
            << "title: " << ws.profile.title << "\n"
            << "territory: " << ws.profile.name << "\n";
  for_each_collection_type([&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    std::cout << collection_key<T>() << ": " << collection<T>(ws).size() << "\n";
  });
  std::size_t warnings = r.findings.size();
  std::cout << "warnings: " << warnings << "\n";
  return kOk;
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  Language language = language_from_environment();
  if (args.size() == 1 && args[0] == "--version") {
    std::cout << "rumbo-cli " << app_version() << "\n";
    return kOk;
  }
  if (args.size() == 2 && args[0] == "validate") return validate_command(args[1], language);
  if (args.size() == 2 && args[0] == "info") return info_command(args[1], language);
  if (args.size() == 2 && (args[1] == "--help" || args[1] == "-h"))
    if (int exit = cli::scoring_help(args[0]); exit >= 0) return exit;
  if (args.size() == 2 && args[0] == "rank") return cli::rank_command(args[1], language);
  if (args.size() == 2 && args[0] == "index") return cli::index_command(args[1], language);
  if (args.size() > 2 && args[0] == "index") {
    std::vector<std::string> rest(args.begin() + 1, args.end());
    cli::OutputOptions output;
    if (cli::take_output_options(rest, output) && rest.size() == 3 && rest[1] == "--spec")
      return cli::index_csv_command(rest[0], rest[2], output, language);
    return usage();
  }
  if (args.size() == 2 && args[0] == "ahp") return cli::ahp_command(args[1], language);
  if (args.size() == 2 && args[0] == "score") return cli::score_command(args[1], language);
  if (args.size() > 2 && args[0] == "score") {
    std::vector<std::string> files(args.begin() + 1, args.end());
    cli::OutputOptions output;
    if (!cli::take_output_options(files, output) || files.empty()) return usage();
    return cli::score_table_command(files, output, language);
  }
  const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
  if (!args.empty() && args[0] == "portfolio") return cli::portfolio_command(rest, language);
  if (!args.empty() && args[0] == "group") return cli::group_command(rest, language);
  if (!args.empty() && args[0] == "sensitivity") return cli::sensitivity_command(rest, language);
  if (!args.empty() && args[0] == "weights") return cli::weights_command(rest, language);
  if (args.size() == 5 && args[0] == "convert" && args[2] == "--to")
    return convert_command(args[1], args[3], args[4], language);
  return usage();
}
