// rumbo-cli weights: weights that sum to 1 from what a team can say about its
// criteria (equal, points, an importance order), on core/scoring/weights.h.

#include "cli/command_line.h"
#include "cli/json_io.h"
#include "cli/method_commands.h"
#include "core/files/limits.h"
#include "core/messages.h"
#include "core/scoring/weights.h"

namespace rumbo::cli {

namespace {

constexpr const char* kHelp = R"(usage: rumbo-cli weights SPEC.json|-
Weights that sum to 1, in the order of the criteria. SPEC.json ("-" reads
standard input) is one of:
  {"method": "equal", "count": 4}                    1/n each
  {"method": "points", "points": [40, 30, 20, 10]}   points divided by their total
  {"method": "roc", "ranks": [3, 1, 4, 2]}           rank-order centroid (Barron &
                                                     Barrett 1996): 1 = most important,
                                                     equal ranks share their places
with an optional "criteria": ["Cost", "Impact", ...], one name per weight,
echoed back (for "equal" it may replace "count"). At most 20000 criteria.
Writes JSON: {"method": ..., "weights": [...], "criteria": [...]}.
Details: docs/scoring.md, "Weights".
)";

constexpr std::uint64_t kMaxRank = 1'000'000'000;

std::string at(const char* list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// The names must be as many as the weights.
void check_names(const std::vector<std::string>& names, std::size_t count) {
  if (!names.empty() && names.size() != count)
    throw InputError("criteria: expected " + std::to_string(count) +
                     " names (one per weight), found " + std::to_string(names.size()));
}

} // namespace

int weights_command(const std::vector<std::string>& args, Language language) {
  CommandLine line;
  if (int exit = parse_command_line(args, {}, kHelp, line); exit >= 0) return exit;
  return run_json_command(
      line.path, language, [&](const rapidjson::Document& document, Writer& out) {
        const std::string method =
            choice(document, "method", "", {"equal", "points", "roc"}, std::string());
        if (method.empty())
          throw InputError("method", "cli.input.missing_one_of", {"equal, points, roc"});
        std::vector<std::string> names;
        if (const rapidjson::Value* criteria = optional_member(document, "criteria"))
          names = texts(*criteria, "criteria");
        std::vector<double> weights;
        if (method == "equal") {
          const rapidjson::Value* count = optional_member(document, "count");
          if (!count && names.empty())
            throw InputError(
                "count: missing (the number of criteria, or their \"criteria\" names)");
          const std::size_t n =
              count ? whole_number(*count, "count", 1, kMaxListItems) : names.size();
          check_names(names, n);
          weights = scoring::equal_weights(n);
        } else if (method == "points") {
          const std::vector<double> points = numbers(member(document, "points", ""), "points");
          if (points.empty()) throw InputError("points: expected at least one number");
          check_names(names, points.size());
          for (std::size_t i = 0; i < points.size(); ++i)
            if (points[i] < 0)
              throw InputError(at("points", i) + ": " + message("scoring.bad_weights", language));
          weights = scoring::weights_from_points(points);
          if (weights.empty())
            throw InputError("points: " + message("scoring.bad_weights", language));
        } else {
          std::vector<std::size_t> ranks;
          for (const auto& rank : array(member(document, "ranks", ""), "ranks"))
            ranks.push_back(whole_number(rank, at("ranks", ranks.size()), 1, kMaxRank));
          if (ranks.empty()) throw InputError("ranks: expected at least one place");
          check_names(names, ranks.size());
          weights = scoring::rank_order_centroid(ranks);
        }
        out.StartObject();
        out.Key("method");
        out.String(method.c_str());
        write_numbers(out, "weights", weights);
        if (!names.empty()) write_texts(out, "criteria", names);
        out.EndObject();
      });
}

} // namespace rumbo::cli
