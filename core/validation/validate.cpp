#include "core/validation/validate.h"

#include "core/files/storable.h"
#include "core/model/references.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

namespace rumbo {

namespace {

std::string number_text(double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

class Checker {
public:
  explicit Checker(const Workspace& ws) : ws_(ws) {}

  std::vector<Finding> run() {
    check_storable();
    check_ids();
    check_references();
    check_profile();
    check_diagnosis();
    check_readiness();
    check_objectives();
    check_catalogues();
    check_actors_and_partners();
    check_actions();
    check_criteria();
    check_portfolio();
    check_scoring();
    check_cycles();
    return std::move(findings_);
  }

private:
  const Workspace& ws_;
  std::vector<Finding> findings_;

  void add(Severity severity, std::string key, std::string path, ObjectId object,
           std::vector<std::string> args = {}) {
    findings_.push_back({severity, std::move(key), std::move(path), object, std::move(args)});
  }

  static std::string at(const char* collection, std::size_t index) {
    return std::string(collection) + "[" + std::to_string(index) + "]";
  }

  void range(const std::string& path, ObjectId object, const char* field, int value, int low,
             int high) {
    if (value < low || value > high)
      add(Severity::warning, "check.out_of_range", path + "." + field, object,
          {std::string("@field.") + field, std::to_string(value), std::to_string(low),
           std::to_string(high)});
  }

  void not_negative(const std::string& path, ObjectId object, const char* field, double value) {
    if (value < 0)
      add(Severity::warning, "check.negative", path + "." + field, object,
          {std::string("@field.") + field, number_text(value)});
  }

  void named(const std::string& path, ObjectId object, bool empty) {
    if (empty) add(Severity::warning, "check.no_name", path, object);
  }

  template <class T>
  static std::unordered_map<ObjectId, const T*> by_id(const std::vector<T>& items) {
    std::unordered_map<ObjectId, const T*> map;
    for (const T& item : items)
      map.emplace(item.id.value, &item);
    return map;
  }
  template <class T>
  static const T* lookup(const std::unordered_map<ObjectId, const T*>& map, ObjectId id) {
    auto found = map.find(id);
    return found == map.end() ? nullptr : found->second;
  }

  // One entry per referenced object in lists like a peer's values or a cycle's KPI actuals.
  template <class Entry, class Ref>
  void unique_entries(const std::vector<Entry>& entries, Ref Entry::*reference,
                      const std::string& path, ObjectId owner) {
    std::set<ObjectId> seen;
    for (std::size_t j = 0; j < entries.size(); ++j)
      if (!seen.insert((entries[j].*reference).value).second)
        add(Severity::error, "check.duplicate_entry", path + "[" + std::to_string(j) + "]", owner);
  }

  void check_ids() {
    // 0 is "no object", and the counter must leave room for one more id.
    if (ws_.next_id == 0 || ws_.next_id == std::numeric_limits<ObjectId>::max())
      add(Severity::error, "check.id_counter", "next_id", 0, {std::to_string(ws_.next_id)});
    std::unordered_set<ObjectId> seen;
    for_each_collection_type([&](auto* type) {
      using T = std::remove_pointer_t<decltype(type)>;
      const auto& items = collection<T>(ws_);
      for (std::size_t i = 0; i < items.size(); ++i) {
        ObjectId id = items[i].id.value;
        std::string path = at(collection_key<T>(), i) + ".id";
        if (id == 0) {
          add(Severity::error, "check.id_zero", path, 0);
        } else if (!seen.insert(id).second) {
          add(Severity::error, "check.id_duplicate", path, id, {std::to_string(id)});
        } else if (id >= ws_.next_id) {
          add(Severity::error, "check.id_beyond_counter", path, id,
              {std::to_string(id), std::to_string(ws_.next_id)});
        }
      }
    });
  }

  void check_storable() {
    if (std::optional<LoadError> problem = storage_problem(ws_))
      add(Severity::error, problem->key, problem->path, 0, problem->args);
  }

  void check_references() {
    std::unordered_map<ObjectId, const char*> holders = collections_by_id(ws_);
    for (const RefSite& site : references(ws_)) {
      std::string path = (site.owner == 0 ? std::string(site.owner_collection)
                                          : at(site.owner_collection, site.owner_index)) +
                         "." + site.field;
      if (site.target == 0) {
        if (site.kind != RefKind::optional)
          add(Severity::error, "check.reference_missing", path, site.owner,
              {std::string("@collection.") + site.target_collection});
        continue;
      }
      auto holder = holders.find(site.target);
      if (holder == holders.end() || std::string_view(holder->second) != site.target_collection)
        add(Severity::error, "check.reference_dangling", path, site.owner,
            {std::to_string(site.target), std::string("@collection.") + site.target_collection});
    }
  }

  void check_profile() {
    const Profile& p = ws_.profile;
    if (p.population < 0)
      add(Severity::warning, "check.negative", "profile.population", 0,
          {"@field.population", std::to_string(p.population)});
    not_negative("profile", 0, "area_km2", p.area_km2);
    not_negative("profile", 0, "gdp_per_capita", p.gdp_per_capita);
    if (p.plan_start_year != 0)
      range("profile", 0, "plan_start_year", p.plan_start_year, kFirstYear, kLastYear);
    if (p.plan_end_year != 0)
      range("profile", 0, "plan_end_year", p.plan_end_year, kFirstYear, kLastYear);
    if (p.plan_start_year != 0 && p.plan_end_year != 0 && p.plan_end_year < p.plan_start_year)
      add(Severity::warning, "check.plan_period", "profile.plan_end_year", 0,
          {std::to_string(p.plan_start_year), std::to_string(p.plan_end_year)});
    for (std::size_t i = 0; i < p.sectors.size(); ++i) {
      double share = p.sectors[i].export_share;
      if (share < 0 || share > 100)
        add(Severity::warning, "check.percent", at("profile.sectors", i) + ".export_share", 0,
            {number_text(share)});
    }
  }

  void check_diagnosis() {
    for (std::size_t i = 0; i < ws_.context_items.size(); ++i) {
      const ContextItem& item = ws_.context_items[i];
      std::string path = at("context_items", i);
      named(path + ".text", item.id.value, item.text.empty());
      range(path, item.id.value, "impact", item.impact, 1, 5);
      range(path, item.id.value, "likelihood", item.likelihood, 1, 5);
      if (is_internal(item.quadrant) && item.pestel != Pestel::none)
        add(Severity::warning, "check.pestel_on_internal", path + ".pestel", item.id.value);
    }
    auto items = by_id(ws_.context_items);
    for (std::size_t i = 0; i < ws_.tows_options.size(); ++i) {
      const TowsOption& option = ws_.tows_options[i];
      std::string path = at("tows_options", i);
      named(path + ".text", option.id.value, option.text.empty());
      const ContextItem* internal = lookup(items, option.internal_item.value);
      const ContextItem* external = lookup(items, option.external_item.value);
      if (internal && !is_internal(internal->quadrant))
        add(Severity::warning, "check.tows_internal", path + ".internal_item", option.id.value);
      if (external && is_internal(external->quadrant))
        add(Severity::warning, "check.tows_external", path + ".external_item", option.id.value);
    }
  }

  void check_readiness() {
    for (std::size_t i = 0; i < ws_.indicators.size(); ++i) {
      const Indicator& indicator = ws_.indicators[i];
      std::string path = at("indicators", i);
      ObjectId id = indicator.id.value;
      named(path + ".name", id, indicator.name.empty());
      not_negative(path, id, "weight", indicator.weight);
      if (indicator.year != 0) range(path, id, "year", indicator.year, 1900, 2200);
      if (indicator.kind == IndicatorKind::maturity) {
        if (indicator.value && (*indicator.value < 0 || *indicator.value > kMaturityLevels - 1 ||
                                *indicator.value != std::floor(*indicator.value)))
          add(Severity::warning, "check.maturity_level", path + ".value", id,
              {number_text(*indicator.value)});
        if (indicator.rubric.size() != kMaturityLevels)
          add(Severity::warning, "check.rubric_levels", path + ".rubric", id,
              {std::to_string(indicator.rubric.size())});
      }
    }
    for (std::size_t i = 0; i < ws_.peers.size(); ++i) {
      const PeerCity& peer = ws_.peers[i];
      std::string path = at("peers", i);
      named(path + ".name", peer.id.value, peer.name.empty());
      unique_entries(peer.values, &PeerValue::indicator, path + ".values", peer.id.value);
    }
  }

  void check_objectives() {
    for (std::size_t i = 0; i < ws_.objectives.size(); ++i)
      named(at("objectives", i) + ".title", ws_.objectives[i].id.value,
            ws_.objectives[i].title.empty());
    for (std::size_t i = 0; i < ws_.kpis.size(); ++i) {
      const Kpi& kpi = ws_.kpis[i];
      std::string path = at("kpis", i);
      named(path + ".name", kpi.id.value, kpi.name.empty());
      if (kpi.baseline_year != 0)
        range(path, kpi.id.value, "baseline_year", kpi.baseline_year, 1900, 2200);
      if (kpi.target_year != 0)
        range(path, kpi.id.value, "target_year", kpi.target_year, 1900, 2200);
      if (kpi.baseline_year != 0 && kpi.target_year != 0 && kpi.target_year < kpi.baseline_year)
        add(Severity::warning, "check.target_before_baseline", path + ".target_year", kpi.id.value,
            {std::to_string(kpi.baseline_year), std::to_string(kpi.target_year)});
    }
  }

  void check_catalogues() {
    for (std::size_t i = 0; i < ws_.axes.size(); ++i)
      named(at("axes", i) + ".name", ws_.axes[i].id.value, ws_.axes[i].name.empty());
    for (std::size_t i = 0; i < ws_.mechanisms.size(); ++i)
      named(at("mechanisms", i) + ".name", ws_.mechanisms[i].id.value,
            ws_.mechanisms[i].name.empty());
  }

  void check_actors_and_partners() {
    for (std::size_t i = 0; i < ws_.actors.size(); ++i) {
      const Actor& actor = ws_.actors[i];
      std::string path = at("actors", i);
      named(path + ".name", actor.id.value, actor.name.empty());
      range(path, actor.id.value, "influence", actor.influence, 1, 5);
      range(path, actor.id.value, "interest", actor.interest, 1, 5);
    }
    for (std::size_t i = 0; i < ws_.partners.size(); ++i)
      named(at("partners", i) + ".name", ws_.partners[i].id.value, ws_.partners[i].name.empty());
  }

  void check_actions() {
    auto criteria = by_id(ws_.criteria);
    for (std::size_t i = 0; i < ws_.actions.size(); ++i) {
      const Action& action = ws_.actions[i];
      std::string path = at("actions", i);
      ObjectId id = action.id.value;
      named(path + ".title", id, action.title.empty());
      not_negative(path, id, "cost_per_year", action.cost_per_year);
      not_negative(path, id, "external_funding", action.external_funding);
      not_negative(path, id, "staff_effort", action.staff_effort);
      range(path, id, "risk", action.risk, 1, 5);
      if (action.start.is_set() && action.end.is_set() && action.end < action.start)
        add(Severity::warning, "check.end_before_start", path + ".end", id,
            {to_iso(action.start), to_iso(action.end)});
      unique_entries(action.scores, &CriterionScore::criterion, path + ".scores", id);
      for (std::size_t j = 0; j < action.scores.size(); ++j) {
        const CriterionScore& score = action.scores[j];
        std::string score_path = path + ".scores[" + std::to_string(j) + "]";
        const Criterion* criterion = lookup(criteria, score.criterion.value);
        if (criterion && (score.value < criterion->scale_min || score.value > criterion->scale_max))
          add(Severity::warning, "check.score_out_of_scale", score_path + ".value", id,
              {number_text(score.value), number_text(criterion->scale_min),
               number_text(criterion->scale_max)});
      }
    }
    check_dependency_cycles();
  }

  // Depth-first search with an explicit stack (a chain of thousands of
  // dependencies must not overflow the call stack). A back edge closes a
  // cycle, reported with the titles along it so the user can see which
  // dependency to remove; long cycles and many cycles are cut short.
  void check_dependency_cycles() {
    constexpr std::size_t kMaxTitles = 8;
    constexpr int kMaxCycles = 20;
    std::unordered_map<ObjectId, std::size_t> index;
    for (std::size_t i = 0; i < ws_.actions.size(); ++i)
      index.emplace(ws_.actions[i].id.value, i);
    constexpr std::size_t kUnvisited = SIZE_MAX - 1, kClosed = SIZE_MAX;
    std::vector<std::size_t> depth(ws_.actions.size(),
                                   kUnvisited);             // position on the trail while open
    std::vector<std::pair<std::size_t, std::size_t>> trail; // action, next dependency to follow
    int cycles = 0;
    for (std::size_t root = 0; root < ws_.actions.size(); ++root) {
      if (depth[root] != kUnvisited) continue;
      depth[root] = 0;
      trail.push_back({root, 0});
      while (!trail.empty()) {
        auto& [i, next] = trail.back();
        const auto& depends_on = ws_.actions[i].depends_on;
        if (next == depends_on.size()) {
          depth[i] = kClosed;
          trail.pop_back();
          continue;
        }
        auto found = index.find(depends_on[next++].value);
        if (found == index.end()) continue;
        std::size_t j = found->second;
        if (depth[j] == kUnvisited) {
          depth[j] = trail.size();
          trail.push_back({j, 0});
        } else if (depth[j] != kClosed && cycles++ < kMaxCycles) {
          std::string titles;
          for (std::size_t k = depth[j]; k < trail.size(); ++k) {
            if (k - depth[j] == kMaxTitles) {
              titles += "… → ";
              break;
            }
            titles += "«" + ws_.actions[trail[k].first].title + "» → ";
          }
          titles += "«" + ws_.actions[j].title + "»";
          std::size_t owner = trail.back().first;
          add(Severity::error, "check.dependency_cycle", at("actions", owner) + ".depends_on",
              ws_.actions[owner].id.value, {titles});
        }
      }
    }
  }

  void check_criteria() {
    for (std::size_t i = 0; i < ws_.criteria.size(); ++i) {
      const Criterion& criterion = ws_.criteria[i];
      std::string path = at("criteria", i);
      named(path + ".name", criterion.id.value, criterion.name.empty());
      not_negative(path, criterion.id.value, "weight", criterion.weight);
      if (!(criterion.scale_min < criterion.scale_max))
        add(Severity::warning, "check.scale", path + ".scale_max", criterion.id.value,
            {number_text(criterion.scale_min), number_text(criterion.scale_max)});
    }
    std::set<std::pair<ObjectId, ObjectId>> pairs;
    const auto& judgements = ws_.comparison.judgements;
    for (std::size_t j = 0; j < judgements.size(); ++j) {
      const PairwiseJudgement& judgement = judgements[j];
      std::string path = at("comparison.judgements", j);
      if (judgement.first == judgement.second)
        add(Severity::error, "check.judgement_self", path, 0);
      if (judgement.value < 1.0 / 9 - 1e-9 || judgement.value > 9 + 1e-9)
        add(Severity::error, "check.judgement_scale", path + ".value", 0,
            {number_text(judgement.value)});
      auto key = std::minmax(judgement.first.value, judgement.second.value);
      if (!pairs.insert(key).second) add(Severity::error, "check.duplicate_entry", path, 0);
    }
  }

  void check_portfolio() {
    const PortfolioSettings& p = ws_.portfolio;
    for (std::size_t y = 0; y < p.budget_per_year.size(); ++y)
      not_negative("portfolio.budget_per_year[" + std::to_string(y) + "]", 0, "budget",
                   p.budget_per_year[y]);
    if (p.staff_capacity) not_negative("portfolio", 0, "staff_capacity", *p.staff_capacity);
    for (std::size_t i = 0; i < p.axis_minimums.size(); ++i)
      if (p.axis_minimums[i].minimum < 0)
        add(Severity::warning, "check.negative", at("portfolio.axis_minimums", i) + ".minimum", 0,
            {"@field.minimum", std::to_string(p.axis_minimums[i].minimum)});
    unique_entries(p.axis_minimums, &AxisMinimum::axis, "portfolio.axis_minimums", 0);
  }

  void check_scoring() {
    const ScoringSettings& settings = ws_.scoring;
    auto within = [&](const char* field, double value, double low, double high) {
      if (value < low || value > high)
        add(Severity::warning, "check.out_of_range", std::string("scoring.") + field, 0,
            {std::string("@field.") + field, number_text(value), number_text(low),
             number_text(high)});
    };
    within("vikor_v", settings.vikor_v, 0, 1);
    within("weight_spread", settings.weight_spread, 0, 1);
    within("score_spread", settings.score_spread, 0, 1);
    if (settings.samples == 0 || settings.samples > kMaxScoringSamples)
      add(Severity::warning, "check.out_of_range", "scoring.samples", 0,
          {"@field.samples", std::to_string(settings.samples), "1",
           std::to_string(kMaxScoringSamples)});
    if (settings.top_k == 0)
      add(Severity::warning, "check.at_least", "scoring.top_k", 0, {"@field.top_k", "0", "1"});
    for (std::size_t i = 0; i < settings.preferences.size(); ++i) {
      const PreferenceEntry& entry = settings.preferences[i];
      std::string path = at("scoring.preferences", i);
      not_negative(path, 0, "q", entry.q);
      not_negative(path, 0, "p", entry.p);
      not_negative(path, 0, "s", entry.s);
      // Only these two functions use both thresholds; PROMETHEE refuses q > p in them.
      if ((entry.type == PreferenceShape::level || entry.type == PreferenceShape::linear) &&
          entry.q > entry.p)
        add(Severity::warning, "check.thresholds_order", path + ".q", 0,
            {number_text(entry.q), number_text(entry.p)});
    }
    unique_entries(settings.preferences, &PreferenceEntry::criterion, "scoring.preferences", 0);
  }

  void check_cycles() {
    for (std::size_t i = 0; i < ws_.cycles.size(); ++i) {
      const EvaluationCycle& cycle = ws_.cycles[i];
      std::string path = at("cycles", i);
      named(path + ".name", cycle.id.value, cycle.name.empty());
      unique_entries(cycle.kpi_actuals, &KpiActual::kpi, path + ".kpi_actuals", cycle.id.value);
      unique_entries(cycle.statuses, &StatusRecord::action, path + ".statuses", cycle.id.value);
    }
  }
};

} // namespace

std::vector<Finding> validate(const Workspace& ws) { return Checker(ws).run(); }

bool has_errors(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

} // namespace rumbo
