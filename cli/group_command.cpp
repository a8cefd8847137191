// rumbo-cli group: a workshop's direct weights or scores put together, with
// their dispersion, Kendall's W and who is furthest from the group, on
// core/scoring/group_judgement.h (docs/scoring.md, "Group judgement").

#include "cli/command_line.h"
#include "cli/json_io.h"
#include "cli/method_commands.h"
#include "core/messages.h"
#include "core/scoring/group_judgement.h"

namespace rumbo::cli {

namespace {

constexpr const char* kHelp = R"(usage: rumbo-cli group TABLE.json|-
A workshop's judgements put together: each participant's direct weights for
the criteria (normalised per participant) or scores for items, aggregated by
mean or median, with each item's dispersion, Kendall's W (tie-corrected, with
chi-square, degrees of freedom and p), each participant's agreement with the
group (Spearman's rho) and who is furthest. TABLE.json ("-" reads standard
input) has one row per participant (at most 1000) and one value per item (at
most 1000), higher is better:
  {"weights": [[40, 30, 20, 10], [0.5, 0.2, 0.2, 0.1]], "aggregation": "median"}
  {"scores": [[5, 4, 3, 2, 1], [4, 5, 3, 2, 1]], "aggregation": "mean"}
"aggregation" is "mean" (the default) or "median". Writes JSON: "weights" or
"scores" (and "ranking" for scores), "dispersion" (mean, median, sd, q1, q3,
iqr, min, max per item), "concordance" (w, w_uncorrected, chi_square, df,
p_value, rank_sums, group_ranking, agreement, furthest; null when W is
undefined) and "provenance". Pairwise comparison matrices: rumbo-cli ahp.
Details: docs/scoring.md, "Group judgement".
)";

// The table under `key`, its size checked before any row is read.
scoring::ParticipantTable read_table(const rapidjson::Value& list, const std::string& key,
                                     Language language) {
  auto rows = array(list, key);
  if (rows.Size() > scoring::kGroupMaxParticipants)
    throw InputError(key + ": " + message("scoring.group.too_many_participants", language));
  std::vector<std::vector<double>> values;
  for (const auto& row : rows) {
    const std::string path = key + "[" + std::to_string(values.size()) + "]";
    if (row.IsArray() && row.Size() > scoring::kGroupMaxItems)
      throw InputError(path + ": " + message("scoring.group.too_many_items", language));
    values.push_back(numbers(row, path));
  }
  scoring::TableBuild built = scoring::table_from_rows(values);
  if (built.error) {
    const std::string where = built.error->key == "scoring.group.no_participants"
                                  ? key
                                  : key + "[" + std::to_string(built.error->participant) + "]";
    throw InputError(where + ": " + message(built.error->key, language));
  }
  if (built.table.items == 0)
    throw InputError(key + "[0]: " + message("scoring.group.no_items", language));
  return built.table;
}

// The path of the value an error names: "scores[1][3]", "weights[2]" or the table.
std::string error_path(const scoring::GroupError& error, const std::string& key) {
  const std::string row = key + "[" + std::to_string(error.participant) + "]";
  if (error.key == "scoring.group.not_finite" || error.key == "scoring.group.negative_weight")
    return row + "[" + std::to_string(error.item) + "]";
  if (error.key == "scoring.group.zero_weights" || error.key == "scoring.group.not_rectangular")
    return row;
  return key;
}

void write_dispersion(Writer& out, const std::vector<scoring::ItemDispersion>& dispersion) {
  out.Key("dispersion");
  out.StartArray();
  for (const scoring::ItemDispersion& item : dispersion) {
    out.StartObject();
    out.Key("mean");
    out.Double(item.mean);
    out.Key("median");
    out.Double(item.median);
    out.Key("sd");
    out.Double(item.standard_deviation);
    out.Key("q1");
    out.Double(item.first_quartile);
    out.Key("q3");
    out.Double(item.third_quartile);
    out.Key("iqr");
    out.Double(item.interquartile_range);
    out.Key("min");
    out.Double(item.min);
    out.Key("max");
    out.Double(item.max);
    out.EndObject();
  }
  out.EndArray();
}

void write_concordance(Writer& out, const std::optional<scoring::Concordance>& concordance) {
  out.Key("concordance");
  if (!concordance) {
    out.Null();
    return;
  }
  out.StartObject();
  out.Key("w");
  out.Double(concordance->w);
  out.Key("w_uncorrected");
  out.Double(concordance->w_uncorrected);
  out.Key("chi_square");
  out.Double(concordance->chi_square);
  out.Key("df");
  out.Uint64(concordance->degrees_of_freedom);
  out.Key("p_value");
  out.Double(concordance->p_value);
  write_numbers(out, "rank_sums", concordance->rank_sums);
  write_indices(out, "group_ranking", concordance->group_ranking);
  write_numbers(out, "agreement", concordance->agreement);
  write_indices(out, "furthest", concordance->furthest);
  out.EndObject();
}

} // namespace

int group_command(const std::vector<std::string>& args, Language language) {
  CommandLine line;
  if (int exit = parse_command_line(args, {}, kHelp, line); exit >= 0) return exit;
  return run_json_command(
      line.path, language, [&](const rapidjson::Document& document, Writer& out) {
        const rapidjson::Value* weights = optional_member(document, "weights");
        const rapidjson::Value* scores = optional_member(document, "scores");
        if (weights && scores)
          throw InputError("weights, scores", "cli.input.only_one_of", {"weights, scores"});
        if (!weights && !scores)
          throw InputError("weights", "cli.input.missing_one_of", {"weights, scores"});
        const std::string key = weights ? "weights" : "scores";
        const scoring::Average aggregation = *scoring::parse_aggregation(
            choice(document, "aggregation", "", {"mean", "median"}, "mean"));
        const scoring::ParticipantTable table =
            read_table(weights ? *weights : *scores, key, language);
        out.StartObject();
        if (weights) {
          const scoring::WeightAggregation result = scoring::aggregate_weights(table, aggregation);
          if (result.error)
            throw InputError(error_path(*result.error, key) + ": " +
                             message(result.error->key, language));
          write_numbers(out, "weights", result.weights);
          write_dispersion(out, result.dispersion);
          write_concordance(out, result.concordance);
          write_provenance(out, result.provenance);
        } else {
          const scoring::ScoreAggregation result = scoring::aggregate_scores(table, aggregation);
          if (result.error)
            throw InputError(error_path(*result.error, key) + ": " +
                             message(result.error->key, language));
          write_numbers(out, "scores", result.scores);
          write_indices(out, "ranking", result.ranking);
          write_dispersion(out, result.dispersion);
          write_concordance(out, result.concordance);
          write_provenance(out, result.provenance);
        }
        out.EndObject();
      });
}

} // namespace rumbo::cli
