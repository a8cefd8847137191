// rumbo-cli score FILES... [--format csv|json] [-o OUT]: many strategies (every
// municipality's exported workspace) in one table, a row per file, from
// core's summary of each. A file that cannot be read or loaded is reported
// with its reason and skipped; the others go on.

#include "cli/json_io.h"
#include "cli/output.h"
#include "cli/scoring_commands.h"
#include "core/files/csv.h"
#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/scoring/workspace_summary.h"

#include <algorithm>
#include <cmath>
#include <iostream>

namespace rumbo::cli {

namespace {

constexpr int kOk = 0;
constexpr int kSkipped = 1;

struct Row {
  std::string file;
  scoring::WorkspaceSummary summary;
};

const char* status_key(scoring::PortfolioStatus status) {
  switch (status) {
  case scoring::PortfolioStatus::optimal:
    return "score_table.portfolio.optimal";
  case scoring::PortfolioStatus::limit_reached:
    return "score_table.portfolio.limit_reached";
  case scoring::PortfolioStatus::no_solution:
    return "score_table.portfolio.no_solution";
  case scoring::PortfolioStatus::infeasible:
    return "score_table.portfolio.infeasible";
  case scoring::PortfolioStatus::invalid:
    break;
  }
  return "score_table.portfolio.invalid";
}

// The JSON words of the statuses, as `rumbo-cli score WORKSPACE` writes them.
const char* status_word(scoring::PortfolioStatus status) {
  const std::string_view key = status_key(status);
  return key.data() + key.rfind('.') + 1;
}

std::string joined(const std::vector<std::string>& texts) {
  std::string out;
  for (const std::string& text : texts)
    out += (out.empty() ? "" : " · ") + text;
  return out;
}

std::string csv_table(const std::vector<Row>& rows, Language language) {
  std::vector<std::string> header;
  for (const char* key :
       {"file",      "territory", "title",         "readiness",    "readiness_rank", "units",
        "rank_low",  "rank_high", "first_actions", "portfolio",    "chosen",         "actions",
        "cost",      "budget",    "budget_used",   "axes_covered", "axes",           "currency",
        "kpi_cycle", "kpi_green", "kpi_amber",     "kpi_red",      "kpi_none"})
    header.push_back(message(std::string("score_table.column.") + key, language));
  std::vector<std::vector<std::string>> table = {header};
  auto number = [&](double value) { return csv_number(value, locale_from_environment(language)); };
  auto optional_rank = [](const std::optional<int>& rank) {
    return rank ? std::to_string(*rank) : std::string();
  };
  for (const Row& row : rows) {
    const scoring::WorkspaceSummary& s = row.summary;
    std::vector<std::string> cells = {row.file, s.territory, s.title};
    if (s.readiness) {
      cells.insert(cells.end(),
                   {number(std::round(100 * s.readiness->index) / 100),
                    std::to_string(s.readiness->rank), std::to_string(s.readiness->units),
                    optional_rank(s.readiness->rank_low), optional_rank(s.readiness->rank_high)});
    } else {
      cells.insert(cells.end(), 5, std::string());
    }
    cells.push_back(joined(s.first_actions));
    if (s.portfolio) {
      const scoring::PortfolioSummary& p = *s.portfolio;
      cells.insert(cells.end(),
                   {message(status_key(p.status), language), std::to_string(p.chosen),
                    std::to_string(p.actions), number(p.cost), number(p.budget),
                    p.budget > 0 ? number(std::round(1000 * p.cost / p.budget) / 10) : "",
                    std::to_string(p.axes_covered), std::to_string(p.axes_with_actions)});
    } else {
      cells.insert(cells.end(), 8, std::string());
    }
    cells.push_back(s.currency);
    if (s.kpis.measured) {
      cells.insert(cells.end(),
                   {s.kpis.cycle_name, std::to_string(s.kpis.green), std::to_string(s.kpis.amber),
                    std::to_string(s.kpis.red), std::to_string(s.kpis.none)});
    } else {
      cells.insert(cells.end(), 5, std::string());
    }
    table.push_back(std::move(cells));
  }
  return write_csv(table, locale_from_environment(language));
}

void write_summary(Writer& out, const Row& row) {
  const scoring::WorkspaceSummary& s = row.summary;
  out.StartObject();
  out.Key("file");
  out.String(row.file.c_str());
  out.Key("territory");
  out.String(s.territory.c_str());
  out.Key("title");
  out.String(s.title.c_str());
  out.Key("readiness");
  if (s.readiness) {
    out.StartObject();
    out.Key("index");
    out.Double(s.readiness->index);
    out.Key("rank");
    out.Int(s.readiness->rank);
    out.Key("units");
    out.Uint64(s.readiness->units);
    out.Key("rank_interval_5_95");
    if (s.readiness->rank_low && s.readiness->rank_high) {
      out.StartArray();
      out.Int(*s.readiness->rank_low);
      out.Int(*s.readiness->rank_high);
      out.EndArray();
    } else {
      out.Null();
    }
    out.EndObject();
  } else {
    out.Null();
  }
  out.Key("first_actions");
  out.StartArray();
  for (const std::string& title : s.first_actions)
    out.String(title.c_str());
  out.EndArray();
  out.Key("portfolio");
  if (s.portfolio) {
    const scoring::PortfolioSummary& p = *s.portfolio;
    out.StartObject();
    out.Key("status");
    out.String(status_word(p.status));
    out.Key("chosen");
    out.Uint64(p.chosen);
    out.Key("actions");
    out.Uint64(p.actions);
    out.Key("cost");
    out.Double(p.cost);
    out.Key("budget");
    out.Double(p.budget);
    out.Key("axes_covered");
    out.Uint64(p.axes_covered);
    out.Key("axes");
    out.Uint64(p.axes_with_actions);
    out.EndObject();
  } else {
    out.Null();
  }
  out.Key("currency");
  out.String(s.currency.c_str());
  out.Key("kpis");
  if (s.kpis.measured) {
    out.StartObject();
    out.Key("cycle");
    out.String(s.kpis.cycle_name.c_str());
    out.Key("green");
    out.Uint64(s.kpis.green);
    out.Key("amber");
    out.Uint64(s.kpis.amber);
    out.Key("red");
    out.Uint64(s.kpis.red);
    out.Key("none");
    out.Uint64(s.kpis.none);
    out.EndObject();
  } else {
    out.Null();
  }
  out.EndObject();
}

std::string json_table(const std::vector<Row>& rows,
                       const std::vector<std::pair<std::string, std::string>>& skipped) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  out.Key("strategies");
  out.StartArray();
  for (const Row& row : rows)
    write_summary(out, row);
  out.EndArray();
  out.Key("skipped");
  out.StartArray();
  for (const auto& [file, reason] : skipped) {
    out.StartObject();
    out.Key("file");
    out.String(file.c_str());
    out.Key("reason");
    out.String(reason.c_str());
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

// Why a file cannot be scored, in the user's words; empty when it can.
std::string load_failure(const std::string& path, std::optional<Workspace>& workspace,
                         Language language) {
  std::string bytes;
  if (!read_bounded_file(path, bytes)) return message("load.unreadable", language);
  LoadResult loaded = load(bytes);
  if (!loaded.ok()) return describe(loaded.error, language);
  workspace = std::move(loaded.workspace);
  return {};
}

} // namespace

int score_table_command(const std::vector<std::string>& paths, const OutputOptions& output,
                        Language language) {
  std::vector<Row> rows;
  std::vector<std::pair<std::string, std::string>> skipped;
  // A line per file on a terminal is noise for a thousand files: progress
  // every 5 %, and every skipped file with its reason.
  const std::size_t step = std::max<std::size_t>(1, paths.size() / 20);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::optional<Workspace> workspace;
    if (std::string reason = load_failure(paths[i], workspace, language); !reason.empty()) {
      std::cerr << paths[i] << ": " << message("score_table.skipped", language, {reason}) << "\n";
      skipped.emplace_back(paths[i], std::move(reason));
    } else {
      rows.push_back({paths[i], scoring::summarise_workspace(*workspace)});
    }
    if ((i + 1) % step == 0 || i + 1 == paths.size())
      std::cerr << message("score_table.progress", language,
                           {std::to_string(i + 1), std::to_string(paths.size())})
                << "\n";
  }
  const std::string text =
      output.format == OutputFormat::csv ? csv_table(rows, language) : json_table(rows, skipped);
  if (!write_output(text, output, language)) return kSkipped;
  if (!skipped.empty()) {
    std::cerr << message("score_table.skipped_count", language,
                         {std::to_string(skipped.size()), std::to_string(paths.size())})
              << "\n";
    return kSkipped;
  }
  return kOk;
}

} // namespace rumbo::cli
