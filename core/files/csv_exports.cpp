#include "core/files/csv_exports.h"

#include "core/files/csv.h"
#include "core/messages.h"
#include "core/scoring/methods.h"

#include <cmath>

namespace rumbo {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// The names of the objects `ids` refer to, in order, one per line of the
// cell (a spreadsheet shows them stacked; commas could be in the names).
template <class T, class Id, class Name>
std::string names_of(const std::vector<T>& items, const std::vector<Id>& ids, Name name) {
  std::string out;
  for (const Id& id : ids)
    if (const T* item = find_by_id(items, id.value)) out += (out.empty() ? "" : "\n") + name(*item);
  return out;
}

template <class T>
std::string name_of(const std::vector<T>& items, ObjectId id, Language language) {
  const T* item = find_by_id(items, id);
  return item ? item->name.in(language) : std::string();
}

double rounded(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

} // namespace

std::string actions_csv(const Workspace& ws, Language language, const Locale& locale) {
  auto column = [language](const char* key, std::vector<std::string> args = {}) {
    return message(std::string("csv.column.") + key, language, args);
  };
  const std::string& currency = ws.profile.currency;
  std::vector<std::string> header = {column("title"),
                                     column("description"),
                                     column("axis"),
                                     column("mechanism"),
                                     column("status"),
                                     column("lead"),
                                     column("partners"),
                                     column("objectives"),
                                     column("cost_per_year", {currency}),
                                     column("external_funding", {currency}),
                                     column("staff_effort"),
                                     column("start"),
                                     column("end"),
                                     column("depends_on"),
                                     column("exclusive_group"),
                                     column("risk")};
  for (const Criterion& criterion : ws.criteria)
    header.push_back(criterion.name.in(language));
  Rows rows{header};
  for (const Action& a : ws.actions) {
    const Actor* lead = find_by_id(ws.actors, a.lead.value);
    std::vector<std::string> row = {
        a.title,
        a.description,
        name_of(ws.axes, a.axis.value, language),
        name_of(ws.mechanisms, a.mechanism.value, language),
        label(a.status, language),
        lead ? lead->name : std::string(),
        names_of(ws.partners, a.partners, [](const Partner& p) { return p.name; }),
        names_of(ws.objectives, a.objectives, [](const Objective& o) { return o.title; }),
        csv_number(a.cost_per_year, locale),
        csv_number(a.external_funding, locale),
        csv_number(a.staff_effort, locale),
        to_iso(a.start),
        to_iso(a.end),
        names_of(ws.actions, a.depends_on, [](const Action& d) { return d.title; }),
        a.exclusive_group,
        std::to_string(a.risk)};
    for (const Criterion& criterion : ws.criteria) {
      std::string score;
      for (const CriterionScore& s : a.scores)
        if (s.criterion == criterion.id) score = csv_number(s.value, locale);
      row.push_back(score);
    }
    rows.push_back(std::move(row));
  }
  return write_csv(rows, locale);
}

std::string indicators_csv(const Workspace& ws, Language language, const Locale& locale) {
  auto column = [language](const char* key) {
    return message(std::string("csv.column.") + key, language);
  };
  std::vector<std::string> header = {column("id"),
                                     column("dimension"),
                                     column("indicator"),
                                     column("unit"),
                                     column("direction"),
                                     column("kind"),
                                     ws.profile.name.empty() ? message("csv.own_city", language)
                                                             : ws.profile.name};
  for (const PeerCity& peer : ws.peers)
    header.push_back(peer.name);
  header.push_back(column("year"));
  header.push_back(column("source"));
  Rows rows{header};
  for (const Indicator& indicator : ws.indicators) {
    std::vector<std::string> row = {std::to_string(indicator.id.value),
                                    label(indicator.dimension, language),
                                    indicator.name.in(language),
                                    indicator.unit,
                                    label(indicator.direction, language),
                                    label(indicator.kind, language),
                                    indicator.value ? csv_number(*indicator.value, locale) : ""};
    for (const PeerCity& peer : ws.peers) {
      std::string value;
      for (const PeerValue& v : peer.values)
        if (v.indicator == indicator.id) value = csv_number(v.value, locale);
      row.push_back(value);
    }
    row.push_back(indicator.year ? std::to_string(indicator.year) : "");
    row.push_back(indicator.source);
    rows.push_back(std::move(row));
  }
  return write_csv(rows, locale);
}

std::string ranking_csv(const Workspace& ws, const scoring::WorkspaceScores& scores,
                        Language language, const Locale& locale) {
  const bool higher = scoring::method_info(ws.scoring.method).higher_is_better;
  Rows rows{{message("csv.column.rank", language), message("csv.column.action", language),
             message(higher ? "csv.column.score" : "csv.column.score_vikor", language),
             message("csv.column.method", language)}};
  const std::string method = label(ws.scoring.method, language);
  const std::vector<std::string>& titles = scores.actions.problem.alternatives;
  std::size_t rank = 0;
  for (std::size_t alternative : scores.ranking.ranking) {
    if (alternative >= titles.size() || alternative >= scores.ranking.scores.size()) continue;
    rows.push_back({std::to_string(++rank), titles[alternative],
                    csv_number(rounded(scores.ranking.scores[alternative], 4), locale), method});
  }
  return write_csv(rows, locale);
}

std::string portfolio_csv(const Workspace& ws, const scoring::WorkspaceScores& scores,
                          Language language, const Locale& locale) {
  const std::string& currency = ws.profile.currency;
  const std::size_t years = ws.portfolio.budget_per_year.size();
  const int first_year = scores.portfolio_plan ? scores.portfolio_plan->first_year : 0;
  std::vector<std::string> header = {message("csv.column.action", language),
                                     message("csv.column.axis", language)};
  for (std::size_t y = 0; y < years; ++y)
    header.push_back(message(
        "csv.column.cost_in_year", language,
        {first_year ? std::to_string(first_year + static_cast<int>(y)) : std::to_string(y + 1),
         currency}));
  header.push_back(message("csv.column.staff", language));
  header.push_back(message("csv.column.value", language));
  Rows rows{header};
  if (!scores.portfolio || !scores.portfolio_plan) return write_csv(rows, locale);

  const scoring::PortfolioPlan& plan = *scores.portfolio_plan;
  const scoring::PortfolioResult& result = *scores.portfolio;
  for (std::size_t j : result.chosen) {
    if (j >= plan.actions.size() || j >= plan.problem.actions.size()) continue;
    const Action* action = find_by_id(ws.actions, plan.actions[j].value);
    const scoring::PortfolioAction& item = plan.problem.actions[j];
    std::vector<std::string> row = {action ? action->title : item.name,
                                    action ? name_of(ws.axes, action->axis.value, language) : ""};
    for (std::size_t y = 0; y < years; ++y)
      row.push_back(csv_number(y < item.cost.size() ? item.cost[y] : 0, locale));
    row.push_back(csv_number(item.staff, locale));
    row.push_back(csv_number(rounded(item.value, 4), locale));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> total = {message("csv.total", language), ""};
  std::vector<std::string> limits = {message("csv.budget", language), ""};
  for (std::size_t y = 0; y < years; ++y) {
    total.push_back(
        csv_number(y < result.cost_per_year.size() ? result.cost_per_year[y] : 0, locale));
    limits.push_back(csv_number(ws.portfolio.budget_per_year[y], locale));
  }
  total.push_back(csv_number(result.staff_used, locale));
  total.push_back(csv_number(rounded(result.score, 4), locale));
  limits.push_back(ws.portfolio.staff_capacity ? csv_number(*ws.portfolio.staff_capacity, locale)
                                               : "");
  rows.push_back(std::move(total));
  rows.push_back(std::move(limits));
  return write_csv(rows, locale);
}

std::string csv_file_name(const std::string& workspace_name, const std::string& what) {
  std::string name = workspace_name.empty() ? what : workspace_name + " - " + what;
  for (char& c : name)
    if (std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos ||
        static_cast<unsigned char>(c) < 0x20)
      c = '-';
  return name + ".csv";
}

} // namespace rumbo
