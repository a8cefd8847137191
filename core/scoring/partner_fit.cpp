#include "core/scoring/partner_fit.h"

#include "core/model/enum_keys.h"
#include "core/stable_sort.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace rumbo::scoring {

namespace {

// A share as the whole percentage the sentence gives.
MessageArg percent(double share) { return MessageArg::number(std::round(100 * share)); }

} // namespace

std::vector<std::pair<AxisId, double>> axis_priorities(const Workspace& ws) {
  std::map<ObjectId, double> weight;
  double total = 0;
  for (const Action& action : ws.actions) {
    if (action.status == ActionStatus::dropped || !action.axis.valid()) continue;
    double w = 1.0 + static_cast<double>(action.objectives.size());
    weight[action.axis.value] += w;
    total += w;
  }
  std::vector<std::pair<AxisId, double>> priorities;
  for (const Axis& axis : ws.axes) {
    auto found = weight.find(axis.id.value);
    if (found != weight.end()) priorities.push_back({axis.id, found->second / total});
  }
  return priorities;
}

PartnerFitInputs partner_fit_inputs(const Workspace& ws) {
  PartnerFitInputs in;
  in.partners = ws.partners;
  for (const Action& action : ws.actions)
    in.actions.push_back(
        {action.status, action.axis.value, action.mechanism.value, action.objectives.size()});
  for (const Axis& axis : ws.axes)
    in.axes.push_back(axis.id.value);
  in.region = ws.profile.global_region;
  in.languages = ws.profile.languages;
  return in;
}

PartnerFitResult partner_fit(const Workspace& ws, const PartnerFitWeights& weights) {
  PartnerFitResult result;
  result.provenance.method = "partner_fit";
  double weight_sum =
      weights.themes + weights.mechanisms + weights.region + weights.relation + weights.languages;
  auto share = [&](double w) { return weight_sum > 0 ? w / weight_sum : 0.2; };
  for (auto [name, w] : {std::pair<const char*, double>{"themes", weights.themes},
                         {"mechanisms", weights.mechanisms},
                         {"region", weights.region},
                         {"relation", weights.relation},
                         {"languages", weights.languages}})
    result.provenance.parameters.push_back({name, std::to_string(share(w))});

  std::vector<std::pair<AxisId, double>> priorities = axis_priorities(ws);
  std::map<ObjectId, std::size_t> actions_by_mechanism;
  std::size_t actions_with_mechanism = 0;
  for (const Action& action : ws.actions) {
    if (action.status == ActionStatus::dropped || !action.mechanism.valid()) continue;
    ++actions_by_mechanism[action.mechanism.value];
    ++actions_with_mechanism;
  }
  bool city_in_south = ws.profile.global_region == GlobalRegion::south;

  for (const Partner& partner : ws.partners) {
    PartnerFit fit;
    fit.partner = partner.id;

    double themes = 0;
    int shared_axes = 0;
    for (auto [axis, priority] : priorities)
      if (std::find(partner.themes.begin(), partner.themes.end(), axis) != partner.themes.end()) {
        themes += priority;
        ++shared_axes;
      }
    fit.components.push_back(
        {"themes",
         themes,
         share(weights.themes),
         0,
         "fit.themes",
         {MessageArg::count(shared_axes), MessageArg::count(priorities.size()), percent(themes)}});

    std::size_t served = 0;
    for (MechanismId mechanism : partner.mechanisms) {
      auto found = actions_by_mechanism.find(mechanism.value);
      if (found != actions_by_mechanism.end()) served += found->second;
    }
    double mechanisms =
        actions_with_mechanism ? static_cast<double>(served) / actions_with_mechanism : 0;
    fit.components.push_back(
        {"mechanisms",
         mechanisms,
         share(weights.mechanisms),
         0,
         "fit.mechanisms",
         {MessageArg::count(served), MessageArg::count(actions_with_mechanism)}});

    double region = 1;
    std::string region_key = "fit.region_any";
    if (city_in_south) {
      if (partner.region == GlobalRegion::south) {
        region_key = "fit.region_south_south";
      } else if (partner.kind != PartnerKind::city) {
        region = 0.75;
        region_key = "fit.region_triangular";
      } else {
        region = 0.5;
        region_key = "fit.region_north_city";
      }
    }
    fit.components.push_back({"region", region, share(weights.region), 0, region_key, {}});

    static constexpr double kRelation[] = {0.0, 1.0 / 3, 2.0 / 3, 1.0};
    double relation = kRelation[static_cast<int>(partner.relation)];
    fit.components.push_back(
        {"relation",
         relation,
         share(weights.relation),
         0,
         "fit.relation",
         {MessageArg::of_text("@relation." + std::string(to_key(partner.relation)))}});

    std::string common;
    for (const std::string& language : partner.languages)
      if (std::find(ws.profile.languages.begin(), ws.profile.languages.end(), language) !=
          ws.profile.languages.end())
        common += (common.empty() ? "@language." : ", @language.") + language;
    double languages = common.empty() ? 0 : 1;
    fit.components.push_back({"languages",
                              languages,
                              share(weights.languages),
                              0,
                              common.empty() ? "fit.languages_none" : "fit.languages_shared",
                              {MessageArg::of_text(common)}});

    for (FitComponent& component : fit.components) {
      component.points = 100 * component.weight * component.value;
      fit.score += component.points;
    }
    result.partners.push_back(std::move(fit));
  }
  stable_sort_items(result.partners,
                    [](const PartnerFit& a, const PartnerFit& b) { return a.score > b.score; });
  return result;
}

} // namespace rumbo::scoring
