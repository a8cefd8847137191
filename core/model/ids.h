#pragma once

#include <compare>
#include <cstdint>

namespace rumbo {

// Every object of a workspace has an id that never changes and is never a
// vector position, so references survive reordering, deletion of others and
// merging of imports. Ids come from one counter per workspace (Workspace::next_id)
// and are unique across all kinds of objects; 0 means "no object".
using ObjectId = std::uint32_t;

// A typed id keeps an action's reference to an actor from being handed an
// axis id by mistake; it converts to the untyped ObjectId only explicitly.
template <class Tag> struct Id {
  ObjectId value = 0;

  constexpr bool valid() const { return value != 0; }
  friend constexpr auto operator<=>(Id, Id) = default;
};

struct ContextItemTag;
struct TowsOptionTag;
struct IndicatorTag;
struct PeerCityTag;
struct ObjectiveTag;
struct KpiTag;
struct AxisTag;
struct MechanismTag;
struct ActorTag;
struct PartnerTag;
struct ActionTag;
struct CriterionTag;
struct CycleTag;

using ContextItemId = Id<ContextItemTag>;
using TowsOptionId = Id<TowsOptionTag>;
using IndicatorId = Id<IndicatorTag>;
using PeerCityId = Id<PeerCityTag>;
using ObjectiveId = Id<ObjectiveTag>;
using KpiId = Id<KpiTag>;
using AxisId = Id<AxisTag>;
using MechanismId = Id<MechanismTag>;
using ActorId = Id<ActorTag>;
using PartnerId = Id<PartnerTag>;
using ActionId = Id<ActionTag>;
using CriterionId = Id<CriterionTag>;
using CycleId = Id<CycleTag>;

} // namespace rumbo
