#include "cli/index_spec.h"

#include "core/scoring/workspace_scoring.h"

#include <algorithm>
#include <cstdint>

namespace rumbo::cli {

namespace {

scoring::Normalisation normalisation_of(const std::string& word) {
  return word == "minmax"               ? scoring::Normalisation::minmax
         : word == "zscore"             ? scoring::Normalisation::zscore
         : word == "goalposts"          ? scoring::Normalisation::goalposts
         : word == "distance_to_target" ? scoring::Normalisation::distance_to_target
                                        : scoring::Normalisation::rank;
}

const std::vector<std::string> kNormalisations = {"minmax", "zscore", "goalposts",
                                                  "distance_to_target", "rank"};

scoring::AggregationChoice read_aggregation(const rapidjson::Value& value,
                                            const std::string& path) {
  auto read = [&](const char* name) {
    return choice(value, name, path, {"arithmetic", "geometric"}, "arithmetic") == "geometric"
               ? scoring::Aggregation::geometric
               : scoring::Aggregation::arithmetic;
  };
  return {read("within"), read("across")};
}

} // namespace

scoring::IndexProblem read_index_spec(const rapidjson::Value& root) {
  scoring::IndexProblem problem;
  std::size_t i = 0;
  for (const auto& item : array(member(root, "indicators", ""), "indicators")) {
    std::string path = "indicators[" + std::to_string(i++) + "]";
    scoring::IndexIndicator indicator;
    indicator.name = text(member(item, "name", path), path + ".name");
    indicator.direction = choice(item, "direction", path, {"higher_is_better", "lower_is_better"},
                                 "higher_is_better") == "lower_is_better"
                              ? scoring::Direction::cost
                              : scoring::Direction::benefit;
    if (const rapidjson::Value* group = optional_member(item, "group"))
      indicator.group = text(*group, path + ".group");
    if (const rapidjson::Value* weight = optional_member(item, "weight"))
      indicator.weight = number(*weight, path + ".weight");
    indicator.transform = choice(item, "transform", path, {"none", "log"}, "none") == "log"
                              ? scoring::Transform::log
                              : scoring::Transform::none;
    if (const rapidjson::Value* v = optional_member(item, "min"))
      indicator.min = number(*v, path + ".min");
    if (const rapidjson::Value* v = optional_member(item, "max"))
      indicator.max = number(*v, path + ".max");
    if (const rapidjson::Value* v = optional_member(item, "target"))
      indicator.target = number(*v, path + ".target");
    problem.indicators.push_back(indicator);
  }
  if (const rapidjson::Value* weights = optional_member(root, "group_weights")) {
    if (!weights->IsObject()) throw InputError("group_weights", "cli.input.expected_object");
    for (const auto& entry : weights->GetObject())
      problem.group_weights.push_back(
          {entry.name.GetString(),
           number(entry.value, std::string("group_weights.") + entry.name.GetString())});
  }
  problem.normalisation =
      normalisation_of(choice(root, "normalisation", "", kNormalisations, "minmax"));
  if (const rapidjson::Value* aggregation = optional_member(root, "aggregation"))
    problem.aggregation = read_aggregation(*aggregation, "aggregation");
  std::string missing = choice(root, "missing", "", {"exclude", "mean", "median"}, "exclude");
  problem.missing = missing == "exclude" ? scoring::MissingPolicy::exclude
                    : missing == "mean"  ? scoring::MissingPolicy::mean
                                         : scoring::MissingPolicy::median;
  if (const rapidjson::Value* scale = optional_member(root, "scale"))
    problem.scale = number(*scale, "scale");
  return problem;
}

scoring::IndexProblem read_index_problem(const rapidjson::Value& root) {
  scoring::IndexProblem problem = read_index_spec(root);
  std::size_t u = 0;
  for (const auto& unit : array(member(root, "units", ""), "units"))
    problem.units.push_back(text(unit, "units[" + std::to_string(u++) + "]"));
  std::size_t i = 0;
  for (const auto& row : array(member(root, "values", ""), "values")) {
    std::string path = "values[" + std::to_string(i++) + "]";
    std::vector<std::optional<double>> values;
    std::size_t j = 0;
    for (const auto& value : array(row, path)) {
      std::string at = path + "[" + std::to_string(j++) + "]";
      values.push_back(value.IsNull() ? std::nullopt : std::optional<double>(number(value, at)));
    }
    problem.values.push_back(std::move(values));
  }
  return problem;
}

scoring::UncertaintyOptions read_uncertainty(const rapidjson::Value& root) {
  scoring::UncertaintyOptions options =
      scoring::readiness_uncertainty_options(scoring::ScoringChoices{});
  options.samples = kDefaultIndexSamples;
  const rapidjson::Value* given = optional_member(root, "uncertainty");
  if (!given) return options;
  object(*given, "uncertainty");
  if (const rapidjson::Value* samples = optional_member(*given, "samples"))
    options.samples = whole_number(*samples, "uncertainty.samples", 1, kMaxIndexSamples);
  if (const rapidjson::Value* seed = optional_member(*given, "seed"))
    options.seed = whole_number(*seed, "uncertainty.seed", 0, UINT64_MAX);
  if (const rapidjson::Value* spread = optional_member(*given, "weight_spread"))
    options.weight_spread = number_between(*spread, "uncertainty.weight_spread", 0, 1);
  if (const rapidjson::Value* list = optional_member(*given, "normalisations")) {
    options.normalisations.clear();
    std::size_t i = 0;
    for (const auto& item : array(*list, "uncertainty.normalisations")) {
      const std::string path = "uncertainty.normalisations[" + std::to_string(i++) + "]";
      const std::string word = text(item, path);
      if (std::find(kNormalisations.begin(), kNormalisations.end(), word) == kNormalisations.end())
        throw InputError(path, "cli.input.not_one_of",
                         {word, "minmax, zscore, goalposts, distance_to_target, rank"});
      options.normalisations.push_back(normalisation_of(word));
    }
  }
  if (const rapidjson::Value* list = optional_member(*given, "aggregations")) {
    options.aggregations.clear();
    std::size_t i = 0;
    for (const auto& item : array(*list, "uncertainty.aggregations"))
      options.aggregations.push_back(
          read_aggregation(item, "uncertainty.aggregations[" + std::to_string(i++) + "]"));
  }
  return options;
}

} // namespace rumbo::cli
