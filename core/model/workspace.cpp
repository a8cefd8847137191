#include "core/model/workspace.h"

namespace rumbo {

#define RUMBO_COLLECTION(Type, member)                                                             \
  template <> std::vector<Type>& collection<Type>(Workspace & ws) { return ws.member; }            \
  template <> const char* collection_key<Type>() { return #member; }

RUMBO_COLLECTION(ContextItem, context_items)
RUMBO_COLLECTION(TowsOption, tows_options)
RUMBO_COLLECTION(Indicator, indicators)
RUMBO_COLLECTION(PeerCity, peers)
RUMBO_COLLECTION(Objective, objectives)
RUMBO_COLLECTION(Kpi, kpis)
RUMBO_COLLECTION(Axis, axes)
RUMBO_COLLECTION(Mechanism, mechanisms)
RUMBO_COLLECTION(Actor, actors)
RUMBO_COLLECTION(Partner, partners)
RUMBO_COLLECTION(Action, actions)
RUMBO_COLLECTION(Criterion, criteria)
RUMBO_COLLECTION(EvaluationCycle, cycles)

#undef RUMBO_COLLECTION

} // namespace rumbo
