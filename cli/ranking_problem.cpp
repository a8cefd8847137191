#include "cli/ranking_problem.h"

#include "core/model/enum_keys.h"
#include "core/scoring/methods.h"
#include "core/scoring/workspace_scoring.h"

namespace rumbo::cli {

namespace {

scoring::PreferenceFunction read_preference(const rapidjson::Value& criterion,
                                            const std::string& path) {
  scoring::PreferenceFunction preference;
  const rapidjson::Value* value = optional_member(criterion, "preference");
  if (!value) return preference;
  std::string at = path + ".preference";
  // The words of workspace files ("u_shape"), from the model's enum.
  const auto shapes = enum_keys<PreferenceShape>();
  const std::string type =
      choice(*value, "type", at, std::vector<std::string>(shapes.begin(), shapes.end()), "usual");
  preference.type = scoring::preference_type_of(*from_key<PreferenceShape>(type));
  if (const rapidjson::Value* q = optional_member(*value, "q"))
    preference.q = number(*q, at + ".q");
  if (const rapidjson::Value* p = optional_member(*value, "p"))
    preference.p = number(*p, at + ".p");
  if (const rapidjson::Value* s = optional_member(*value, "s"))
    preference.s = number(*s, at + ".s");
  return preference;
}

} // namespace

scoring::DecisionProblem read_problem(const rapidjson::Value& root) {
  scoring::DecisionProblem problem;
  problem.alternatives = texts(member(root, "alternatives", ""), "alternatives");
  std::size_t i = 0;
  for (const auto& item : array(member(root, "criteria", ""), "criteria")) {
    std::string path = "criteria[" + std::to_string(i++) + "]";
    scoring::DecisionCriterion criterion;
    criterion.name = text(member(item, "name", path), path + ".name");
    criterion.direction = choice(item, "direction", path, {"benefit", "cost"}, "benefit") == "cost"
                              ? scoring::Direction::cost
                              : scoring::Direction::benefit;
    criterion.weight = number(member(item, "weight", path), path + ".weight");
    criterion.preference = read_preference(item, path);
    problem.criteria.push_back(criterion);
  }
  i = 0;
  auto rows = array(member(root, "matrix", ""), "matrix");
  if (rows.Size() != problem.alternatives.size())
    throw InputError("matrix", "cli.input.rows_per_alternative",
                     {std::to_string(problem.alternatives.size()), std::to_string(rows.Size())});
  for (const auto& row : rows) {
    std::string path = "matrix[" + std::to_string(i++) + "]";
    std::vector<double> values = numbers(row, path);
    if (values.size() != problem.criteria.size())
      throw InputError(path, "cli.input.values_per_criterion",
                       {std::to_string(problem.criteria.size()), std::to_string(values.size())});
    problem.matrix.insert(problem.matrix.end(), values.begin(), values.end());
  }
  return problem;
}

RankingChoice read_ranking_choice(const rapidjson::Value& root) {
  RankingChoice choice_made;
  // The methods' words from their table (core/scoring/methods.h).
  choice_made.method = choice(
      root, "method", "",
      std::vector<std::string>(scoring::kMethodKeys.begin(), scoring::kMethodKeys.end()), "wsm");
  scoring::RankingOptions& options = choice_made.options;
  options.method = *scoring::method_from_key(choice_made.method);
  options.topsis_normalisation =
      choice(root, "normalisation", "", {"vector", "minmax"}, "vector") == "minmax"
          ? scoring::TopsisNormalisation::minmax
          : scoring::TopsisNormalisation::vector;
  if (const rapidjson::Value* v = optional_member(root, "v")) options.vikor_v = number(*v, "v");
  return choice_made;
}

} // namespace rumbo::cli
