#include "core/model/references.h"

#include <algorithm>
#include <type_traits>

namespace rumbo {

namespace {

// Visits every reference of the workspace as
//   visit(owner_collection, owner_index, owner_id, field, id, kind)
// where `id` is the typed id itself (mutable when `ws` is), so one walk
// serves listing, checking and cascading. A new reference in the model must
// be added here, and only here.
template <class W, class Visit> void walk_references(W& ws, Visit&& visit) {
  auto each = [&](auto& items, auto&& per_item) {
    for (std::size_t i = 0; i < items.size(); ++i)
      per_item(i, items[i]);
  };
  auto list = [](const char* name, std::size_t j) {
    return std::string(name) + "[" + std::to_string(j) + "]";
  };

  each(ws.context_items, [&](std::size_t i, auto& item) {
    for (std::size_t j = 0; j < item.objectives.size(); ++j)
      visit("context_items", i, item.id.value, list("objectives", j), item.objectives[j],
            RefKind::list_entry);
  });
  each(ws.tows_options, [&](std::size_t i, auto& option) {
    visit("tows_options", i, option.id.value, std::string("internal_item"), option.internal_item,
          RefKind::required);
    visit("tows_options", i, option.id.value, std::string("external_item"), option.external_item,
          RefKind::required);
  });
  each(ws.peers, [&](std::size_t i, auto& peer) {
    for (std::size_t j = 0; j < peer.values.size(); ++j)
      visit("peers", i, peer.id.value, list("values", j) + ".indicator", peer.values[j].indicator,
            RefKind::list_entry);
  });
  each(ws.kpis, [&](std::size_t i, auto& kpi) {
    visit("kpis", i, kpi.id.value, std::string("objective"), kpi.objective, RefKind::required);
  });
  each(ws.partners, [&](std::size_t i, auto& partner) {
    for (std::size_t j = 0; j < partner.themes.size(); ++j)
      visit("partners", i, partner.id.value, list("themes", j), partner.themes[j],
            RefKind::list_entry);
    for (std::size_t j = 0; j < partner.mechanisms.size(); ++j)
      visit("partners", i, partner.id.value, list("mechanisms", j), partner.mechanisms[j],
            RefKind::list_entry);
  });
  each(ws.actions, [&](std::size_t i, auto& action) {
    ObjectId id = action.id.value;
    visit("actions", i, id, std::string("axis"), action.axis, RefKind::optional);
    visit("actions", i, id, std::string("mechanism"), action.mechanism, RefKind::optional);
    for (std::size_t j = 0; j < action.objectives.size(); ++j)
      visit("actions", i, id, list("objectives", j), action.objectives[j], RefKind::list_entry);
    visit("actions", i, id, std::string("lead"), action.lead, RefKind::optional);
    for (std::size_t j = 0; j < action.partners.size(); ++j)
      visit("actions", i, id, list("partners", j), action.partners[j], RefKind::list_entry);
    for (std::size_t j = 0; j < action.depends_on.size(); ++j)
      visit("actions", i, id, list("depends_on", j), action.depends_on[j], RefKind::list_entry);
    for (std::size_t j = 0; j < action.scores.size(); ++j)
      visit("actions", i, id, list("scores", j) + ".criterion", action.scores[j].criterion,
            RefKind::list_entry);
  });
  for (std::size_t j = 0; j < ws.comparison.judgements.size(); ++j) {
    auto& judgement = ws.comparison.judgements[j];
    visit("comparison", 0, 0, list("judgements", j) + ".first", judgement.first,
          RefKind::list_entry);
    visit("comparison", 0, 0, list("judgements", j) + ".second", judgement.second,
          RefKind::list_entry);
  }
  for (std::size_t j = 0; j < ws.portfolio.axis_minimums.size(); ++j)
    visit("portfolio", 0, 0, list("axis_minimums", j) + ".axis", ws.portfolio.axis_minimums[j].axis,
          RefKind::list_entry);
  for (std::size_t j = 0; j < ws.scoring.preferences.size(); ++j)
    visit("scoring", 0, 0, list("preferences", j) + ".criterion",
          ws.scoring.preferences[j].criterion, RefKind::list_entry);
  // Frozen weights and rankings are history and are deliberately not references.
  each(ws.cycles, [&](std::size_t i, auto& cycle) {
    for (std::size_t j = 0; j < cycle.kpi_actuals.size(); ++j)
      visit("cycles", i, cycle.id.value, list("kpi_actuals", j) + ".kpi", cycle.kpi_actuals[j].kpi,
            RefKind::list_entry);
    for (std::size_t j = 0; j < cycle.statuses.size(); ++j)
      visit("cycles", i, cycle.id.value, list("statuses", j) + ".action", cycle.statuses[j].action,
            RefKind::list_entry);
  });
}

template <class IdType> const char* target_collection() {
  return collection_key<typename ObjectOf<std::remove_cvref_t<IdType>>::type>();
}

template <class T> void erase_ids(std::vector<T>& items, const std::set<ObjectId>& ids) {
  std::erase_if(items, [&](const T& item) { return ids.count(item.id.value) != 0; });
}

template <class T, class Ref> void erase_entries(std::vector<T>& entries, Ref T::*member) {
  std::erase_if(entries, [&](const T& entry) { return !(entry.*member).valid(); });
}

template <class IdType> void erase_empty(std::vector<IdType>& ids) {
  std::erase_if(ids, [](IdType id) { return !id.valid(); });
}

} // namespace

std::vector<RefSite> references(const Workspace& ws) {
  std::vector<RefSite> sites;
  walk_references(ws, [&](const char* owner_collection, std::size_t index, ObjectId owner,
                          std::string field, const auto& id, RefKind kind) {
    sites.push_back({owner_collection, index, owner, std::move(field), id.value,
                     target_collection<decltype(id)>(), kind});
  });
  return sites;
}

std::vector<RefSite> referrers(const Workspace& ws, ObjectId target) {
  std::vector<RefSite> sites = references(ws);
  std::erase_if(sites, [&](const RefSite& site) { return site.target != target; });
  return sites;
}

const char* collection_of(const Workspace& ws, ObjectId id) {
  const char* found = nullptr;
  for_each_collection_type([&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    if (!found && find_by_id(collection<T>(ws), id)) found = collection_key<T>();
  });
  return found;
}

void rename_ids(Workspace& ws, const std::map<ObjectId, ObjectId>& renamed) {
  // A reference follows a renamed id only if it points into the collection
  // that held the object: an action's axis 1 is not the indicator 1.
  std::map<ObjectId, const char*> holder;
  for (const auto& entry : renamed)
    holder[entry.first] = collection_of(ws, entry.first);
  for_each_collection_type([&](auto* type) {
    for (auto& item : collection<std::remove_pointer_t<decltype(type)>>(ws)) {
      auto found = renamed.find(item.id.value);
      if (found != renamed.end()) item.id.value = found->second;
    }
  });
  walk_references(ws,
                  [&](const char*, std::size_t, ObjectId, const std::string&, auto& id, RefKind) {
                    auto found = renamed.find(id.value);
                    if (found == renamed.end()) return;
                    const char* target = target_collection<decltype(id)>();
                    if (holder[id.value] && std::string_view(holder[id.value]) == target)
                      id.value = found->second;
                  });
}

std::unordered_map<ObjectId, const char*> collections_by_id(const Workspace& ws) {
  std::unordered_map<ObjectId, const char*> index;
  for_each_collection_type([&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    for (const auto& item : collection<T>(ws))
      index.emplace(item.id.value, collection_key<T>());
  });
  return index;
}

std::set<ObjectId> delete_with_cascade(Workspace& ws, const std::set<ObjectId>& ids) {
  std::set<ObjectId> deleted;
  std::set<ObjectId> pending = ids;
  while (!pending.empty()) {
    for_each_collection_type([&](auto* type) {
      erase_ids(collection<std::remove_pointer_t<decltype(type)>>(ws), pending);
    });
    deleted.insert(pending.begin(), pending.end());
    std::set<ObjectId> orphans; // owners of a required reference that now points nowhere
    walk_references(ws, [&](const char*, std::size_t, ObjectId owner, const std::string&, auto& id,
                            RefKind kind) {
      if (!deleted.count(id.value)) return;
      id.value = 0;
      if (kind == RefKind::required) orphans.insert(owner);
    });
    pending.clear();
    for (ObjectId orphan : orphans)
      if (!deleted.count(orphan)) pending.insert(orphan);
  }
  // Entries whose reference was cleared above go; optional references stay cleared.
  for (auto& item : ws.context_items)
    erase_empty(item.objectives);
  for (auto& peer : ws.peers)
    erase_entries(peer.values, &PeerValue::indicator);
  for (auto& partner : ws.partners) {
    erase_empty(partner.themes);
    erase_empty(partner.mechanisms);
  }
  for (auto& action : ws.actions) {
    erase_empty(action.objectives);
    erase_empty(action.partners);
    erase_empty(action.depends_on);
    erase_entries(action.scores, &CriterionScore::criterion);
  }
  std::erase_if(ws.comparison.judgements,
                [](const PairwiseJudgement& j) { return !j.first.valid() || !j.second.valid(); });
  erase_entries(ws.portfolio.axis_minimums, &AxisMinimum::axis);
  erase_entries(ws.scoring.preferences, &PreferenceEntry::criterion);
  for (auto& cycle : ws.cycles) {
    erase_entries(cycle.kpi_actuals, &KpiActual::kpi);
    erase_entries(cycle.statuses, &StatusRecord::action);
  }
  return deleted;
}

} // namespace rumbo
