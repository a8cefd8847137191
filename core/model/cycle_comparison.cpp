#include "core/model/cycle_comparison.h"

#include "core/messages.h"
#include "core/model/enum_keys.h"
#include "core/model/kpi_progress.h"
#include "core/scoring/weights.h"
#include "core/text/languages.h"

#include <algorithm>

namespace rumbo {

const FrozenRank* rank_in(const EvaluationCycle& cycle, ActionId action) {
  for (const FrozenRank& r : cycle.frozen_ranking)
    if (r.action == action) return &r;
  return nullptr;
}

std::vector<double> frozen_weight_shares(const EvaluationCycle& cycle) {
  std::vector<double> weights;
  for (const FrozenWeight& w : cycle.frozen_weights)
    weights.push_back(w.weight);
  return scoring::weights_from_points(weights);
}

std::string frozen_method_key(RankingMethod method) { return std::string(to_key(method)); }

std::optional<std::string> method_key_of_label(const std::string& text) {
  for (std::string_view key : enum_keys<RankingMethod>())
    for (const LanguageInfo& language : languages())
      if (text == key || text == message("ranking_method." + std::string(key), language.language))
        return std::string(key);
  return std::nullopt;
}

std::string frozen_method_text(const std::string& stored, Language language) {
  if (stored.empty()) return "—";
  if (const auto method = from_key<RankingMethod>(stored)) return label(*method, language);
  return stored;
}

namespace {

void compare_rankings(const EvaluationCycle& a, const EvaluationCycle& b, CycleComparison& out) {
  for (const FrozenRank& r : b.frozen_ranking)
    out.ranked_actions.push_back({r.action, r.title});
  for (const FrozenRank& r : a.frozen_ranking)
    if (!rank_in(b, r.action)) out.ranked_actions.push_back({r.action, r.title});
  out.rankings = !a.frozen_ranking.empty() && !b.frozen_ranking.empty();
  if (!out.rankings) return;
  auto by_rank = [](const FrozenRank& x, const FrozenRank& y) { return x.rank < y.rank; };
  out.first_before = *std::min_element(a.frozen_ranking.begin(), a.frozen_ranking.end(), by_rank);
  out.first_after = *std::min_element(b.frozen_ranking.begin(), b.frozen_ranking.end(), by_rank);
  for (const FrozenRank& r : b.frozen_ranking) {
    const FrozenRank* before = rank_in(a, r.action);
    if (!before) {
      ++out.entered;
      continue;
    }
    if (before->rank == r.rank) continue;
    ++out.moved;
    const int rise = before->rank - r.rank;
    if (rise > 0 && (!out.largest_rise || rise > out.largest_rise->places))
      out.largest_rise = RankMove{*before, r, rise};
    if (rise < 0 && (!out.largest_fall || -rise > out.largest_fall->places))
      out.largest_fall = RankMove{*before, r, -rise};
  }
  for (const FrozenRank& r : a.frozen_ranking)
    if (!rank_in(b, r.action)) ++out.left;
}

void compare_weights(const EvaluationCycle& a, const EvaluationCycle& b, CycleComparison& out) {
  const std::vector<double> sa = frozen_weight_shares(a), sb = frozen_weight_shares(b);
  auto share = [](const std::vector<double>& shares, std::size_t i) {
    return i < shares.size() ? std::optional<double>(shares[i]) : std::nullopt;
  };
  for (std::size_t i = 0; i < b.frozen_weights.size(); ++i)
    out.weights.push_back(
        {b.frozen_weights[i].criterion, b.frozen_weights[i].name, std::nullopt, share(sb, i)});
  for (std::size_t i = 0; i < a.frozen_weights.size(); ++i) {
    const FrozenWeight& w = a.frozen_weights[i];
    auto same = std::find_if(out.weights.begin(), out.weights.end(),
                             [&](const WeightShareChange& row) { return row.criterion == w.criterion; });
    if (same != out.weights.end())
      same->before = share(sa, i);
    else
      out.weights.push_back({w.criterion, w.name, share(sa, i), std::nullopt});
  }
  for (std::size_t i = 0; i < out.weights.size(); ++i) {
    const WeightShareChange& w = out.weights[i];
    if (!w.changed()) continue;
    ++out.weights_changed;
    const double change = *w.after - *w.before;
    auto change_of = [&](std::size_t j) { return *out.weights[j].after - *out.weights[j].before; };
    if (change > 0 && (!out.largest_weight_rise || change > change_of(*out.largest_weight_rise)))
      out.largest_weight_rise = i;
    if (change < 0 && (!out.largest_weight_fall || change < change_of(*out.largest_weight_fall)))
      out.largest_weight_fall = i;
  }
}

} // namespace

CycleComparison compare_cycles(const Workspace& ws, const EvaluationCycle& a,
                               const EvaluationCycle& b) {
  CycleComparison out;
  out.same_method = a.ranking_method == b.ranking_method;
  compare_rankings(a, b, out);
  compare_weights(a, b, out);
  for (const Action& action : ws.actions) {
    const std::optional<ActionStatus> sa = status_of(a, action.id), sb = status_of(b, action.id);
    if (sb && sa != sb) ++out.status_changes, ++out.changed_to[*sb];
  }
  for (const Kpi& kpi : ws.kpis) {
    const std::optional<double> va = actual_of(a, kpi.id), vb = actual_of(b, kpi.id);
    if (!va || !vb) continue;
    ++out.kpis_compared;
    const double gain = kpi.direction == Direction::lower_is_better ? *va - *vb : *vb - *va;
    if (gain > 0) ++out.kpis_better;
    if (gain < 0) ++out.kpis_worse;
  }
  return out;
}

} // namespace rumbo
