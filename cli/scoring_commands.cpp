#include "cli/scoring_commands.h"

#include "cli/index_spec.h"
#include "cli/json_io.h"
#include "cli/method_commands.h"
#include "cli/ranking_problem.h"
#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/scoring/ahp.h"
#include "core/scoring/composite_index.h"
#include "core/scoring/explanations.h"
#include "core/scoring/mcda.h"
#include "core/scoring/workspace_scoring.h"

#include <iostream>

namespace rumbo::cli {

int rank_command(const std::string& path, Language language) {
  return run_json_command(path, language, [&](const rapidjson::Document& document, Writer& out) {
    scoring::DecisionProblem problem = read_problem(document);
    const RankingChoice choice_made = read_ranking_choice(document);
    const std::string& method = choice_made.method;
    const scoring::RankingOptions& options = choice_made.options;

    scoring::RankingResult result = scoring::rank(problem, options);
    if (result.error) throw InputError(shown(path) + ": " + message(*result.error, language));
    out.StartObject();
    out.Key("method");
    out.String(method.c_str());
    write_numbers(out, "scores", result.scores);
    write_indices(out, "ranking", result.ranking);
    if (options.method == scoring::Method::topsis)
      write_numbers(out, "closeness", result.closeness);
    if (options.method == scoring::Method::promethee2) {
      write_numbers(out, "phi_plus", result.phi_plus);
      write_numbers(out, "phi_minus", result.phi_minus);
      write_numbers(out, "phi", result.phi);
    }
    if (options.method == scoring::Method::vikor) {
      write_numbers(out, "S", result.S);
      write_numbers(out, "R", result.R);
      write_numbers(out, "Q", result.Q);
    }
    write_numbers(out, "weights", scoring::normalised_weights(problem));
    write_provenance(out, result.provenance);
    out.EndObject();
  });
}

namespace {

void write_optional_numbers(Writer& out, const std::vector<std::optional<double>>& values) {
  out.StartArray();
  for (const std::optional<double>& value : values)
    value ? out.Double(*value) : out.Null();
  out.EndArray();
}

} // namespace

int index_command(const std::string& path, Language language) {
  return run_json_command(path, language, [&](const rapidjson::Document& document, Writer& out) {
    scoring::IndexProblem problem = read_index_problem(document);
    scoring::IndexResult result = scoring::compute_index(problem);
    if (result.error)
      throw InputError(shown(path) + ": " +
                       message(result.error->key, language, result.error->args));
    out.StartObject();
    out.Key("normalised");
    out.StartArray();
    for (const auto& row : result.normalised)
      write_optional_numbers(out, row);
    out.EndArray();
    write_numbers(out, "weights", result.weights);
    out.Key("groups");
    out.StartArray();
    for (const scoring::SubIndex& group : result.groups) {
      out.StartObject();
      out.Key("name");
      out.String(group.name.c_str());
      out.Key("weight");
      out.Double(group.weight);
      out.Key("scores");
      write_optional_numbers(out, group.scores);
      out.Key("ranks");
      out.StartArray();
      for (const std::optional<int>& rank : group.ranks)
        rank ? out.Int(*rank) : out.Null();
      out.EndArray();
      out.EndObject();
    }
    out.EndArray();
    write_numbers(out, "index", result.index);
    out.Key("ranks");
    out.StartArray();
    for (int rank : result.ranks)
      out.Int(rank);
    out.EndArray();
    out.Key("notices");
    out.StartArray();
    for (const scoring::IndexMessage& notice : result.notices)
      out.String(message(notice.key, notice.count, language, notice.args).c_str());
    out.EndArray();
    out.Key("missing");
    out.Uint64(result.provenance.missing);
    out.Key("imputed");
    out.Uint64(result.provenance.imputed);
    write_provenance(out, result.provenance);
    out.EndObject();
  });
}

namespace {

scoring::PairwiseMatrix read_matrix(const rapidjson::Value& value, const std::string& path,
                                    Language language) {
  std::vector<std::vector<double>> rows;
  std::size_t i = 0;
  for (const auto& row : array(value, path))
    rows.push_back(numbers(row, path + "[" + std::to_string(i++) + "]"));
  scoring::BuiltMatrix built = scoring::matrix_from_rows(rows);
  if (built.error) throw InputError(path + ": " + message(built.error->key, language));
  return built.matrix;
}

// The error of an AHP run, with which matrix and which entry.
[[noreturn]] void fail(const scoring::JudgementError& error, const std::string& where,
                       Language language) {
  throw InputError(where + ": " + message(error.key, language) + " " +
                   message("where.matrix_entry", language,
                           {std::to_string(error.matrix), std::to_string(error.row + 1),
                            std::to_string(error.column + 1)}));
}

void write_matrix(Writer& out, const char* name, const scoring::PairwiseMatrix& matrix) {
  out.Key(name);
  out.StartArray();
  for (std::size_t i = 0; i < matrix.size; ++i) {
    out.StartArray();
    for (std::size_t j = 0; j < matrix.size; ++j)
      out.Double(matrix.at(i, j));
    out.EndArray();
  }
  out.EndArray();
}

void write_ahp_fields(Writer& out, const scoring::AhpResult& result) {
  write_numbers(out, "weights", result.weights);
  out.Key("lambda_max");
  out.Double(result.lambda_max);
  out.Key("ci");
  out.Double(result.ci);
  out.Key("ri");
  out.Double(result.random_index);
  out.Key("cr");
  out.Double(result.cr);
  out.Key("cr_defined");
  out.Bool(result.cr_defined);
  out.Key("gci");
  out.Double(result.gci);
  out.Key("revisit");
  if (result.revisit) {
    out.StartObject();
    out.Key("row");
    out.Uint64(result.revisit->row);
    out.Key("column");
    out.Uint64(result.revisit->column);
    out.Key("judgement");
    out.Double(result.revisit->judgement);
    out.Key("consistent_value");
    out.Double(result.revisit->consistent_value);
    out.Key("deviation");
    out.Double(result.revisit->deviation);
    out.EndObject();
  } else {
    out.Null();
  }
}

} // namespace

int ahp_command(const std::string& path, Language language) {
  return run_json_command(path, language, [&](const rapidjson::Document& document, Writer& out) {
    scoring::AhpOptions options;
    options.method = *scoring::parse_priority_method(
        choice(document, "method", "", {"eigenvector", "geometric_mean"}, "eigenvector"));
    options.random_index = *scoring::parse_random_index_table(
        choice(document, "ri", "", {"saaty1980", "saaty2005"}, "saaty1980"));
    out.StartObject();
    if (const rapidjson::Value* matrix = optional_member(document, "matrix")) {
      scoring::AhpResult result =
          scoring::analyse(read_matrix(*matrix, "matrix", language), options);
      if (result.error) fail(*result.error, shown(path), language);
      write_ahp_fields(out, result);
      write_provenance(out, result.provenance);
    } else if (const rapidjson::Value* matrices = optional_member(document, "matrices")) {
      std::vector<scoring::PairwiseMatrix> list;
      std::size_t i = 0;
      for (const auto& item : array(*matrices, "matrices"))
        list.push_back(read_matrix(item, "matrices[" + std::to_string(i++) + "]", language));
      scoring::GroupOptions group_options;
      group_options.ahp = options;
      if (const rapidjson::Value* weights = optional_member(document, "weights"))
        group_options.participant_weights = numbers(*weights, "weights");
      scoring::GroupResult result = scoring::analyse_group(list, group_options);
      if (result.error) fail(*result.error, shown(path), language);
      write_matrix(out, "aggregate", result.aggregate);
      write_ahp_fields(out, result.group);
      out.Key("consensus");
      out.Double(result.consensus);
      write_numbers(out, "participant_weights", result.participant_weights);
      write_numbers(out, "distance", result.distance);
      write_indices(out, "furthest", result.furthest);
      write_provenance(out, result.provenance);
    } else {
      scoring::HierarchyOptions hierarchy;
      hierarchy.ahp = options;
      hierarchy.mode = *scoring::parse_synthesis_mode(
          choice(document, "mode", "", {"distributive", "ideal"}, "distributive"));
      scoring::PairwiseMatrix criteria =
          read_matrix(member(document, "criteria", ""), "criteria", language);
      std::vector<scoring::PairwiseMatrix> alternatives;
      std::size_t i = 0;
      for (const auto& item : array(member(document, "alternatives", ""), "alternatives"))
        alternatives.push_back(
            read_matrix(item, "alternatives[" + std::to_string(i++) + "]", language));
      scoring::HierarchyResult result =
          scoring::analyse_hierarchy(criteria, alternatives, hierarchy);
      if (result.error) fail(*result.error, shown(path), language);
      out.Key("criteria");
      out.StartObject();
      write_ahp_fields(out, result.criteria);
      out.EndObject();
      out.Key("local");
      out.StartArray();
      for (const auto& row : result.local) {
        out.StartArray();
        for (double v : row)
          out.Double(v);
        out.EndArray();
      }
      out.EndArray();
      write_numbers(out, "global", result.global);
      write_numbers(out, "global_normalised", result.global_normalised);
      write_provenance(out, result.provenance);
    }
    out.EndObject();
  });
}

int score_command(const std::string& path, Language language) {
  std::string bytes;
  if (!read_bounded_file(path, bytes)) {
    std::cerr << shown(path) << ": " << message("cli.input.unreadable", language) << "\n";
    return kExitInvalid;
  }
  LoadResult loaded = load(bytes);
  if (!loaded.ok()) {
    std::cerr << shown(path) << ": " << describe(loaded.error, language) << "\n";
    return kExitInvalid;
  }
  const Workspace& ws = *loaded.workspace;
  scoring::WorkspaceScores scores = scoring::score_workspace(ws);

  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  out.Key("readiness");
  out.StartObject();
  if (scores.readiness.error) {
    out.Key("error");
    out.String(
        message(scores.readiness.error->key, language, scores.readiness.error->args).c_str());
  } else {
    scoring::IndexProblem problem = scoring::readiness_problem(ws, {});
    out.Key("units");
    out.StartArray();
    for (const std::string& unit : problem.units)
      out.String(unit.c_str());
    out.EndArray();
    write_numbers(out, "index", scores.readiness.index);
    out.Key("ranks");
    out.StartArray();
    for (int rank : scores.readiness.ranks)
      out.Int(rank);
    out.EndArray();
    out.Key("median_rank");
    out.StartArray();
    for (int rank : scores.readiness_uncertainty.median_rank)
      out.Int(rank);
    out.EndArray();
    out.Key("rank_interval_5_95");
    out.StartArray();
    for (std::size_t u = 0; u < scores.readiness_uncertainty.low_rank.size(); ++u) {
      out.StartArray();
      out.Int(scores.readiness_uncertainty.low_rank[u]);
      out.Int(scores.readiness_uncertainty.high_rank[u]);
      out.EndArray();
    }
    out.EndArray();
    if (!scores.readiness_uncertainty.error) {
      scoring::Sentence robustness = scoring::robustness_sentence(
          problem.units[0], scores.readiness.ranks[0], scores.readiness_uncertainty, 0);
      out.Key("robustness");
      out.String(message(robustness.key, language, written_plainly(robustness.args)).c_str());
    }
    out.Key("missing");
    out.Uint64(scores.readiness.provenance.missing);
    out.Key("imputed");
    out.Uint64(scores.readiness.provenance.imputed);
  }
  out.EndObject();

  out.Key("ranking");
  out.StartObject();
  if (scores.ranking.error) {
    out.Key("error");
    out.String(message(*scores.ranking.error, language).c_str());
  } else {
    out.Key("actions");
    out.StartArray();
    for (std::size_t index : scores.ranking.ranking) {
      out.StartObject();
      out.Key("title");
      out.String(scores.actions.problem.alternatives[index].c_str());
      out.Key("score");
      out.Double(scores.ranking.scores[index]);
      out.Key("first_share");
      out.Double(scores.acceptability.first.empty() ? 0 : scores.acceptability.first[index]);
      out.EndObject();
    }
    out.EndArray();
    out.Key("stability_top_k");
    out.Uint64(scores.stability.top_k);
    out.Key("weight_intervals");
    out.StartArray();
    for (const scoring::WeightInterval& interval : scores.stability.intervals) {
      out.StartObject();
      out.Key("criterion");
      out.String(scores.actions.problem.criteria[interval.criterion].name.c_str());
      out.Key("weight");
      out.Double(interval.weight);
      out.Key("low");
      out.Double(interval.low);
      out.Key("high");
      out.Double(interval.high);
      scoring::Sentence sentence =
          scoring::stability_sentence(scores.stability, scores.actions.problem, interval);
      out.Key("in_words");
      out.String(message(sentence.key, language, written_plainly(sentence.args)).c_str());
      out.EndObject();
    }
    out.EndArray();
    out.Key("imputed_scores");
    out.Uint64(scores.actions.provenance.imputed);
    write_provenance(out, scores.ranking.provenance);
  }
  out.EndObject();

  out.Key("portfolio");
  if (!scores.portfolio) {
    out.Null(); // no budget set in the workspace
  } else {
    const scoring::PortfolioResult& portfolio = *scores.portfolio;
    out.StartObject();
    out.Key("status");
    out.String(portfolio_status_word(portfolio.status));
    if (portfolio.issue) {
      out.Key("issue");
      out.String(
          message(portfolio.issue->key, language, written_plainly(portfolio.issue->args)).c_str());
    }
    out.Key("first_year");
    out.Int(scores.portfolio_plan->first_year);
    out.Key("chosen");
    out.StartArray();
    for (std::size_t index : portfolio.chosen)
      out.String(scores.portfolio_plan->problem.actions[index].name.c_str());
    out.EndArray();
    out.Key("score");
    out.Double(portfolio.score);
    write_numbers(out, "cost_per_year", portfolio.cost_per_year);
    out.Key("staff_used");
    out.Double(portfolio.staff_used);
    out.Key("gap");
    out.Double(portfolio.gap);
    out.Key("frontier");
    out.StartArray();
    for (const scoring::FrontierPoint& point : scores.frontier) {
      out.StartObject();
      out.Key("budget_factor");
      out.Double(point.factor);
      out.Key("total_budget");
      out.Double(point.total_budget);
      out.Key("score");
      out.Double(point.result.score);
      out.Key("status");
      out.String(portfolio_status_word(point.result.status));
      out.EndObject();
    }
    out.EndArray();
    out.EndObject();
  }

  out.Key("partners");
  out.StartArray();
  for (const scoring::PartnerFit& fit : scores.partners.partners) {
    const Partner* partner = find_by_id(ws.partners, fit.partner.value);
    out.StartObject();
    out.Key("name");
    out.String(partner ? partner->name.c_str() : "");
    out.Key("score");
    out.Double(fit.score);
    out.Key("why");
    out.StartArray();
    for (const scoring::FitComponent& component : fit.components)
      out.String(
          message(component.explanation_key, language, written_plainly(component.explanation_args))
              .c_str());
    out.EndArray();
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  std::cout << buffer.GetString() << "\n";
  return kExitOk;
}

} // namespace rumbo::cli
