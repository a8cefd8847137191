// rumbo-cli portfolio: the best set of actions within the budgets, on
// core/scoring/portfolio.h, from the "rumbo-portfolio" JSON format of
// docs/scoring.md.

#include "cli/command_line.h"
#include "cli/json_io.h"
#include "cli/method_commands.h"
#include "core/messages.h"
#include "core/scoring/portfolio.h"

#include <limits>

namespace rumbo::cli {

namespace {

constexpr const char* kHelp =
    R"(usage: rumbo-cli portfolio [--frontier] PROBLEM.json|-
The set of actions with the largest total value that fits the yearly budgets
and the staff, honouring dependencies, exclusive groups, decisions and
minimums per axis: proven optimal, or the best found with its gap when a limit
stops the search. PROBLEM.json ("-" reads standard input):
  {"format": "rumbo-portfolio", "version": 1,
   "budget": [120000, 150000],             one amount per year, at most 50 years
   "staff_capacity": 12.5,                  optional; absent: staff is not limited
   "actions": [{"name": "Trade mission", "value": 0.82, "cost": [30000, 10000],
                "staff": 1.5, "axis": 0, "decision": "open|include|exclude"}],
                                            at most 1000 actions, one cost per year
   "dependencies": [{"action": 3, "prerequisite": 0}],   0-based, at most 1000
   "exclusive_groups": [[4, 5, 6]],         at most one of each, at most 250 groups
   "axis_minimum": [1, 0, 2],               chosen actions per axis id, at most 100
   "options": {"time_limit_ms": 2000, "node_limit": 50000000}}
                                            time limit at most 600000 ms (per point)
Writes JSON: status (optimal, limit_reached, no_solution, infeasible), optimal,
score, bound, gap, stopped_by (when a limit stopped the search), chosen
(index and name), cost_per_year, staff_used, per_axis, binding limits, and
issue (key, path, args, actions, message) when there is no portfolio.
  --frontier   adds the best score with every yearly budget x 0.25, 0.5, ... 2
Exit 0 with an answer (an infeasible problem included), 1 when the input is
invalid. Formats and the method: docs/scoring.md, "Portfolio".
)";

constexpr double kMaxTimeLimitMs = 600000;
constexpr std::uint64_t kMaxNodeLimit = 1'000'000'000'000;
constexpr std::uint64_t kAnyIndex = std::numeric_limits<std::uint32_t>::max();

std::string at(const std::string& list, std::size_t i) {
  return list + "[" + std::to_string(i) + "]";
}

// A list of at most `limit` items; a longer one is refused before it is read.
rapidjson::Value::ConstArray bounded_list(const rapidjson::Value& value, const std::string& path,
                                          std::size_t limit, Language language) {
  auto list = array(value, path);
  if (list.Size() > limit)
    throw InputError(path + ": " +
                     message("portfolio.too_many", language,
                             {std::to_string(list.Size()), std::to_string(limit)}));
  return list;
}

scoring::PortfolioAction read_action(const rapidjson::Value& item, const std::string& path,
                                     std::size_t years, Language language) {
  object(item, path);
  scoring::PortfolioAction action;
  action.name = text(member(item, "name", path), path + ".name");
  action.value = number(member(item, "value", path), path + ".value");
  auto cost = array(member(item, "cost", path), path + ".cost");
  if (cost.Size() != years)
    throw InputError(path + ".cost: " +
                     message("portfolio.cost_years", language,
                             {std::to_string(cost.Size()), std::to_string(years)}));
  for (std::size_t y = 0; y < years; ++y)
    action.cost.push_back(number(cost[static_cast<rapidjson::SizeType>(y)], at(path + ".cost", y)));
  if (const rapidjson::Value* staff = optional_member(item, "staff"))
    action.staff = number(*staff, path + ".staff");
  if (const rapidjson::Value* axis = optional_member(item, "axis"))
    action.axis = whole_number(*axis, path + ".axis", 0, scoring::portfolio_limits::axes - 1);
  const std::string decision =
      choice(item, "decision", path, {"open", "include", "exclude"}, "open");
  action.decision = decision == "include"   ? scoring::ActionDecision::include
                    : decision == "exclude" ? scoring::ActionDecision::exclude
                                            : scoring::ActionDecision::open;
  return action;
}

// Sizes are checked before each list is read; values (negative, too large,
// indices out of range, cycles) by the core's validation, with its messages.
scoring::PortfolioProblem read_portfolio(const rapidjson::Value& root, Language language,
                                         scoring::PortfolioOptions& options) {
  namespace limits = scoring::portfolio_limits;
  if (const rapidjson::Value* format = optional_member(root, "format")) {
    const std::string word = text(*format, "format");
    if (word != "rumbo-portfolio")
      throw InputError("format: \"" + word + "\" is not \"rumbo-portfolio\"");
  }
  if (const rapidjson::Value* version = optional_member(root, "version")) {
    const std::uint64_t number =
        whole_number(*version, "version", 1, std::numeric_limits<std::uint64_t>::max());
    if (number > 1)
      throw InputError("version: the file is in version " + std::to_string(number) +
                       " of the format; this rumbo-cli reads version 1");
  }
  scoring::PortfolioProblem problem;
  std::size_t i = 0;
  for (const auto& amount :
       bounded_list(member(root, "budget", ""), "budget", limits::years, language))
    problem.budget.push_back(number(amount, at("budget", i++)));
  if (const rapidjson::Value* staff = optional_member(root, "staff_capacity"))
    problem.staff_capacity = number(*staff, "staff_capacity");
  i = 0;
  for (const auto& item :
       bounded_list(member(root, "actions", ""), "actions", limits::actions, language)) {
    problem.actions.push_back(read_action(item, at("actions", i), problem.budget.size(), language));
    ++i;
  }
  if (const rapidjson::Value* list = optional_member(root, "dependencies")) {
    i = 0;
    for (const auto& item : bounded_list(*list, "dependencies", limits::dependencies, language)) {
      const std::string path = at("dependencies", i++);
      object(item, path);
      scoring::PortfolioDependency dependency;
      dependency.action =
          whole_number(member(item, "action", path), path + ".action", 0, kAnyIndex);
      dependency.prerequisite =
          whole_number(member(item, "prerequisite", path), path + ".prerequisite", 0, kAnyIndex);
      problem.dependencies.push_back(dependency);
    }
  }
  if (const rapidjson::Value* list = optional_member(root, "exclusive_groups")) {
    i = 0;
    for (const auto& group : bounded_list(*list, "exclusive_groups", limits::groups, language)) {
      const std::string path = at("exclusive_groups", i++);
      std::vector<std::size_t> members;
      for (const auto& index : bounded_list(group, path, limits::actions, language))
        members.push_back(whole_number(index, at(path, members.size()), 0, kAnyIndex));
      problem.exclusive_groups.push_back(std::move(members));
    }
  }
  if (const rapidjson::Value* list = optional_member(root, "axis_minimum")) {
    i = 0;
    for (const auto& minimum : bounded_list(*list, "axis_minimum", limits::axes, language))
      problem.axis_minimum.push_back(
          whole_number(minimum, at("axis_minimum", i++), 0, limits::actions));
  }
  if (const rapidjson::Value* given = optional_member(root, "options")) {
    object(*given, "options");
    if (const rapidjson::Value* ms = optional_member(*given, "time_limit_ms"))
      options.time_limit_ms = number_between(*ms, "options.time_limit_ms", 0, kMaxTimeLimitMs);
    if (const rapidjson::Value* nodes = optional_member(*given, "node_limit"))
      options.node_limit = whole_number(*nodes, "options.node_limit", 0, kMaxNodeLimit);
  }
  return problem;
}

// "budget[0]: <the message>", or the file's name when the issue has no path.
std::string describe_issue(const scoring::PortfolioIssue& issue, const std::string& file,
                           Language language) {
  return (issue.path.empty() ? shown(file) : issue.path) + ": " +
         message(issue.key, language, written_plainly(issue.args));
}

void write_issue(Writer& out, const scoring::PortfolioIssue& issue, Language language) {
  out.Key("issue");
  out.StartObject();
  out.Key("key");
  out.String(issue.key.c_str());
  out.Key("path");
  out.String(issue.path.c_str());
  write_texts(out, "args", written_plainly(issue.args));
  write_indices(out, "actions", issue.actions);
  out.Key("message");
  out.String(message(issue.key, language, written_plainly(issue.args)).c_str());
  out.EndObject();
}

// Which limit ended a search that was not proven: read off the result, as
// the search stops at the first of them it meets.
const char* stopped_by(const scoring::PortfolioResult& result,
                       const scoring::PortfolioOptions& options) {
  if (result.status != scoring::PortfolioStatus::limit_reached &&
      result.status != scoring::PortfolioStatus::no_solution)
    return nullptr;
  if (result.nodes >= options.node_limit) return "node_limit";
  if (result.elapsed_ms >= options.time_limit_ms) return "time_limit";
  return "open_nodes"; // 200,000 nodes waiting to be explored
}

const char* limit_word(scoring::LimitKind kind) {
  switch (kind) {
  case scoring::LimitKind::budget:
    return "budget";
  case scoring::LimitKind::staff:
    return "staff";
  case scoring::LimitKind::axis_minimum:
    return "axis_minimum";
  }
  return "budget";
}

void write_result(Writer& out, const scoring::PortfolioProblem& problem,
                  const scoring::PortfolioResult& result, const scoring::PortfolioOptions& options,
                  Language language) {
  out.Key("status");
  out.String(portfolio_status_word(result.status));
  out.Key("optimal");
  out.Bool(result.optimal);
  out.Key("score");
  out.Double(result.score);
  out.Key("bound");
  out.Double(result.bound);
  out.Key("gap");
  out.Double(result.gap);
  if (const char* limit = stopped_by(result, options)) {
    out.Key("stopped_by");
    out.String(limit);
  }
  out.Key("chosen");
  out.StartArray();
  for (std::size_t j : result.chosen) {
    out.StartObject();
    out.Key("index");
    out.Uint64(j);
    out.Key("name");
    out.String(problem.actions[j].name.c_str());
    out.EndObject();
  }
  out.EndArray();
  write_numbers(out, "cost_per_year", result.cost_per_year);
  out.Key("staff_used");
  out.Double(result.staff_used);
  write_indices(out, "per_axis", result.per_axis);
  out.Key("binding");
  out.StartArray();
  for (const scoring::BindingLimit& limit : result.binding) {
    out.StartObject();
    out.Key("kind");
    out.String(limit_word(limit.kind));
    out.Key("index");
    out.Uint64(limit.index);
    out.Key("used");
    out.Double(limit.used);
    out.Key("limit");
    out.Double(limit.limit);
    out.EndObject();
  }
  out.EndArray();
  out.Key("nodes");
  out.Uint64(result.nodes);
  out.Key("elapsed_ms");
  out.Double(result.elapsed_ms);
  if (result.issue) write_issue(out, *result.issue, language);
  write_provenance(out, result.provenance);
}

void write_frontier(Writer& out, const std::vector<scoring::FrontierPoint>& points,
                    Language language) {
  out.Key("frontier");
  out.StartArray();
  for (const scoring::FrontierPoint& point : points) {
    out.StartObject();
    out.Key("budget_factor");
    out.Double(point.factor);
    out.Key("total_budget");
    out.Double(point.total_budget);
    out.Key("score");
    out.Double(point.result.score);
    out.Key("status");
    out.String(portfolio_status_word(point.result.status));
    out.Key("optimal");
    out.Bool(point.result.optimal);
    out.Key("gap");
    out.Double(point.result.gap);
    write_indices(out, "chosen", point.result.chosen);
    if (point.result.issue) write_issue(out, *point.result.issue, language);
    out.EndObject();
  }
  out.EndArray();
}

} // namespace

const char* portfolio_status_word(scoring::PortfolioStatus status) {
  switch (status) {
  case scoring::PortfolioStatus::optimal:
    return "optimal";
  case scoring::PortfolioStatus::limit_reached:
    return "limit_reached";
  case scoring::PortfolioStatus::no_solution:
    return "no_solution";
  case scoring::PortfolioStatus::infeasible:
    return "infeasible";
  case scoring::PortfolioStatus::invalid:
    return "invalid";
  }
  return "invalid";
}

int portfolio_command(const std::vector<std::string>& args, Language language) {
  CommandLine line;
  if (int exit = parse_command_line(args, {"--frontier"}, kHelp, line); exit >= 0) return exit;
  return run_json_command(
      line.path, language, [&](const rapidjson::Document& document, Writer& out) {
        scoring::PortfolioOptions options;
        const scoring::PortfolioProblem problem = read_portfolio(document, language, options);
        const scoring::PortfolioResult result = scoring::select_portfolio(problem, options);
        if (result.status == scoring::PortfolioStatus::invalid)
          throw InputError(describe_issue(result.issue.value_or(scoring::PortfolioIssue{}),
                                          line.path, language));
        out.StartObject();
        write_result(out, problem, result, options, language);
        if (line.has("--frontier"))
          write_frontier(
              out,
              scoring::portfolio_frontier(problem, scoring::default_frontier_factors(), options),
              language);
        out.EndObject();
      });
}

} // namespace rumbo::cli
