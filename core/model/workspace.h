#pragma once

#include "core/model/actions.h"
#include "core/model/actors.h"
#include "core/model/criteria.h"
#include "core/model/diagnosis.h"
#include "core/model/evaluation.h"
#include "core/model/objectives.h"
#include "core/model/partners.h"
#include "core/model/portfolio_settings.h"
#include "core/model/profile.h"
#include "core/model/readiness.h"
#include "core/model/scoring_settings.h"
#include "core/model/themes.h"

#include <vector>

namespace rumbo {

// One city's internationalisation strategy: everything a screen shows, a
// score reads or a file holds. Plain data; change it through commands.
struct Workspace {
  ObjectId next_id = 1; // the id the next new object gets
  Profile profile;
  std::vector<ContextItem> context_items;
  std::vector<TowsOption> tows_options;
  std::vector<Indicator> indicators;
  std::vector<PeerCity> peers;
  Vision vision;
  std::vector<Objective> objectives;
  std::vector<Kpi> kpis;
  std::vector<Axis> axes;
  std::vector<Mechanism> mechanisms;
  std::vector<Actor> actors;
  std::vector<Partner> partners;
  std::vector<Action> actions;
  std::vector<Criterion> criteria;
  CriteriaComparison comparison;
  PortfolioSettings portfolio;
  ScoringSettings scoring;
  std::vector<EvaluationCycle> cycles;
  bool operator==(const Workspace&) const = default;
};

// The collection of a workspace that holds objects of type T; lets commands,
// references and validation treat every collection alike.
template <class T> std::vector<T>& collection(Workspace& ws);
template <class T> const std::vector<T>& collection(const Workspace& ws) {
  return collection<T>(const_cast<Workspace&>(ws));
}

// Calls f(tag) once for each collection type, as f(static_cast<T*>(nullptr)).
template <class F> void for_each_collection_type(F&& f) {
  f(static_cast<ContextItem*>(nullptr));
  f(static_cast<TowsOption*>(nullptr));
  f(static_cast<Indicator*>(nullptr));
  f(static_cast<PeerCity*>(nullptr));
  f(static_cast<Objective*>(nullptr));
  f(static_cast<Kpi*>(nullptr));
  f(static_cast<Axis*>(nullptr));
  f(static_cast<Mechanism*>(nullptr));
  f(static_cast<Actor*>(nullptr));
  f(static_cast<Partner*>(nullptr));
  f(static_cast<Action*>(nullptr));
  f(static_cast<Criterion*>(nullptr));
  f(static_cast<EvaluationCycle*>(nullptr));
}

// The type of object an id refers to: ObjectOf<ActorId>::type is Actor.
template <class IdType> struct ObjectOf;
#define RUMBO_OBJECT_OF(Type)                                                                      \
  template <> struct ObjectOf<decltype(Type::id)> { using type = Type; };
RUMBO_OBJECT_OF(ContextItem)
RUMBO_OBJECT_OF(TowsOption)
RUMBO_OBJECT_OF(Indicator)
RUMBO_OBJECT_OF(PeerCity)
RUMBO_OBJECT_OF(Objective)
RUMBO_OBJECT_OF(Kpi)
RUMBO_OBJECT_OF(Axis)
RUMBO_OBJECT_OF(Mechanism)
RUMBO_OBJECT_OF(Actor)
RUMBO_OBJECT_OF(Partner)
RUMBO_OBJECT_OF(Action)
RUMBO_OBJECT_OF(Criterion)
RUMBO_OBJECT_OF(EvaluationCycle)
#undef RUMBO_OBJECT_OF

// The collection's name in files and in the paths of findings ("actions").
template <class T> const char* collection_key();

// The object with this id in `items`, or nullptr.
template <class T> T* find_by_id(std::vector<T>& items, ObjectId id) {
  for (T& item : items)
    if (item.id.value == id) return &item;
  return nullptr;
}
template <class T> const T* find_by_id(const std::vector<T>& items, ObjectId id) {
  for (const T& item : items)
    if (item.id.value == id) return &item;
  return nullptr;
}

} // namespace rumbo
