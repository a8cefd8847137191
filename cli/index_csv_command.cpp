// rumbo-cli index DATA.csv --spec INDICATORS.json [--format csv|json] [-o OUT]:
// a composite index of many units (every municipality of a country) from the
// CSV a statistics office publishes, described by a small JSON file.

#include "cli/index_spec.h"
#include "cli/output.h"
#include "cli/scoring_commands.h"
#include "core/files/csv.h"
#include "core/files/index_csv.h"
#include "core/messages.h"

#include <iostream>

namespace rumbo::cli {

namespace {

constexpr int kOk = 0;
constexpr int kInvalid = 1;

struct IndexTable {
  const IndexCsvUnits& units;
  const scoring::IndexResult& index;
  const scoring::UncertaintyResult& uncertainty; // error: no intervals
};

std::string csv_table(const IndexTable& t, Language language) {
  auto column = [&](const char* key, std::vector<std::string> args = {}) {
    return message(std::string("index_csv.column.") + key, language, args);
  };
  const bool intervals = !t.uncertainty.error;
  std::vector<std::string> header = {column("code"), column("name"), column("index"),
                                     column("rank")};
  if (intervals)
    for (const char* key : {"rank_median", "rank_low", "rank_high"})
      header.push_back(column(key));
  for (const scoring::SubIndex& group : t.index.groups) {
    header.push_back(group.name);
    header.push_back(column("sub_index_rank", {group.name}));
  }
  header.push_back(column("missing"));
  std::vector<std::vector<std::string>> rows = {header};
  for (std::size_t u = 0; u < t.units.codes.size(); ++u) {
    std::vector<std::string> row = {t.units.codes[u], t.units.names[u],
                                    csv_number(t.index.index[u], locale_from_environment(language)),
                                    std::to_string(t.index.ranks[u])};
    if (intervals)
      for (int rank :
           {t.uncertainty.median_rank[u], t.uncertainty.low_rank[u], t.uncertainty.high_rank[u]})
        row.push_back(std::to_string(rank));
    for (const scoring::SubIndex& group : t.index.groups) {
      row.push_back(group.scores[u]
                        ? csv_number(*group.scores[u], locale_from_environment(language))
                        : std::string());
      row.push_back(group.ranks[u] ? std::to_string(*group.ranks[u]) : std::string());
    }
    std::size_t missing = 0;
    for (const std::optional<double>& value : t.units.values[u])
      missing += !value;
    row.push_back(std::to_string(missing));
    rows.push_back(std::move(row));
  }
  return write_csv(rows, locale_from_environment(language));
}

std::string json_table(const IndexTable& t, Language language) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  out.Key("units");
  out.StartArray();
  for (std::size_t u = 0; u < t.units.codes.size(); ++u) {
    out.StartObject();
    out.Key("code");
    out.String(t.units.codes[u].c_str());
    out.Key("name");
    out.String(t.units.names[u].c_str());
    out.Key("index");
    out.Double(t.index.index[u]);
    out.Key("rank");
    out.Int(t.index.ranks[u]);
    if (!t.uncertainty.error) {
      out.Key("median_rank");
      out.Int(t.uncertainty.median_rank[u]);
      out.Key("rank_interval_5_95");
      out.StartArray();
      out.Int(t.uncertainty.low_rank[u]);
      out.Int(t.uncertainty.high_rank[u]);
      out.EndArray();
    }
    out.Key("sub_indices");
    out.StartObject();
    for (const scoring::SubIndex& group : t.index.groups) {
      out.Key(group.name.c_str());
      out.StartObject();
      out.Key("score");
      group.scores[u] ? out.Double(*group.scores[u]) : out.Null();
      out.Key("rank");
      group.ranks[u] ? out.Int(*group.ranks[u]) : out.Null();
      out.EndObject();
    }
    out.EndObject();
    out.EndObject();
  }
  out.EndArray();
  out.Key("missing");
  out.Uint64(t.index.provenance.missing);
  out.Key("imputed");
  out.Uint64(t.index.provenance.imputed);
  out.Key("notices");
  out.StartArray();
  for (const scoring::IndexMessage& notice : t.index.notices)
    out.String(message(notice.key, notice.count, language, notice.args).c_str());
  out.EndArray();
  write_provenance(out, t.index.provenance);
  if (!t.uncertainty.error) {
    out.Key("uncertainty");
    out.StartObject();
    write_provenance(out, t.uncertainty.provenance);
    out.EndObject();
  }
  out.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

} // namespace

int index_csv_command(const std::string& data_path, const std::string& spec_path,
                      const OutputOptions& output, Language language) {
  std::string bytes;
  if (!read_bounded_file(data_path, bytes)) {
    std::cerr << data_path << ": " << message("load.unreadable", language) << "\n";
    return kInvalid;
  }
  const CsvReadResult csv = read_csv(bytes);
  if (!csv.table) {
    std::cerr << data_path << ": " << describe(csv.error, language) << "\n";
    return kInvalid;
  }
  if (const std::string said = describe_encoding(csv, language); !said.empty())
    std::cerr << data_path << ": " << said << "\n";

  scoring::IndexProblem problem;
  scoring::UncertaintyOptions uncertainty_options;
  try {
    rapidjson::Document spec;
    parse_json_file(spec_path, spec);
    problem = read_index_spec(spec);
    uncertainty_options = read_uncertainty(spec);
  } catch (const InputError& error) {
    std::cerr << spec_path << ": " << error.describe(language) << "\n";
    return kInvalid;
  }

  std::vector<std::string> names;
  for (const scoring::IndexIndicator& indicator : problem.indicators)
    names.push_back(indicator.name);
  const IndexCsvRead read = read_index_units(*csv.table, names);
  if (!read.units) {
    for (const CsvProblem& problem_found : read.problems)
      std::cerr << data_path << ": " << describe(problem_found, language) << "\n";
    if (read.problem_count > read.problems.size())
      std::cerr << data_path << ": "
                << message(
                       "index_csv.problems_more", language,
                       {std::to_string(read.problem_count), std::to_string(read.problems.size())})
                << "\n";
    return kInvalid;
  }
  const IndexCsvUnits& units = *read.units;
  if (!units.ignored_columns.empty()) {
    std::string list;
    for (const std::string& column : units.ignored_columns)
      list += (list.empty() ? "«" : ", «") + column + "»";
    std::cerr << data_path << ": " << message("index_csv.ignored_columns", language, {list})
              << "\n";
  }
  for (std::size_t u = 0; u < units.codes.size(); ++u)
    problem.units.push_back(units.names[u].empty() ? units.codes[u] : units.names[u]);
  problem.values = units.values;

  const scoring::IndexResult index = scoring::compute_index(problem);
  if (index.error) {
    std::cerr << spec_path << ": " << message(index.error->key, language, index.error->args)
              << "\n";
    return kInvalid;
  }
  const scoring::UncertaintyResult uncertainty =
      scoring::analyse_uncertainty(problem, uncertainty_options);
  if (uncertainty.error)
    std::cerr << spec_path << ": "
              << message(uncertainty.error->key, language, uncertainty.error->args) << "\n";
  if (units.missing > 0) {
    const char* key = problem.missing == scoring::MissingPolicy::mean ? "index_csv.missing.mean"
                      : problem.missing == scoring::MissingPolicy::median
                          ? "index_csv.missing.median"
                          : "index_csv.missing.exclude";
    std::cerr << data_path << ": " << message(key, language, {std::to_string(units.missing)})
              << "\n";
  }

  const IndexTable table{units, index, uncertainty};
  return write_output(output.format == OutputFormat::csv ? csv_table(table, language)
                                                         : json_table(table, language),
                      output, language)
             ? kOk
             : kInvalid;
}

} // namespace rumbo::cli
