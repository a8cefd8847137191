#include "core/model/enum_keys.h"

#include "core/scoring/methods.h"

namespace rumbo {

// Appending a word keeps old files loading; renaming or reordering one breaks
// them, so the lists below only ever grow at the end.
#define RUMBO_ENUM_KEYS(Enum, name, ...)                                                           \
  template <> std::span<const std::string_view> enum_keys<Enum>() {                                \
    static constexpr std::string_view keys[] = {__VA_ARGS__};                                      \
    return keys;                                                                                   \
  }                                                                                                \
  template <> std::string_view enum_name<Enum>() { return name; }

RUMBO_ENUM_KEYS(AssetKind, "asset_kind", "airport", "port", "university", "venue",
                "free_trade_zone", "industrial_park", "other")
RUMBO_ENUM_KEYS(Quadrant, "quadrant", "strength", "weakness", "opportunity", "threat")
RUMBO_ENUM_KEYS(Pestel, "pestel", "none", "political", "economic", "social", "technological",
                "environmental", "legal")
RUMBO_ENUM_KEYS(TowsKind, "tows", "so", "st", "wo", "wt")
RUMBO_ENUM_KEYS(Dimension, "dimension", "institutional_capacity", "strategic_framework",
                "economic_base", "connectivity", "international_positioning",
                "cooperation_experience", "participation", "knowledge_lobbying")
RUMBO_ENUM_KEYS(Direction, "direction", "higher_is_better", "lower_is_better")
RUMBO_ENUM_KEYS(IndicatorKind, "indicator_kind", "measured", "maturity")
RUMBO_ENUM_KEYS(ActorType, "actor_type", "local_government", "national_government",
                "private_sector", "academia", "civil_society", "international_organisation",
                "network", "other_city", "other")
RUMBO_ENUM_KEYS(ActorRole, "actor_role", "lead", "partner", "funder", "beneficiary", "ally")
RUMBO_ENUM_KEYS(PartnerKind, "partner_kind", "city", "network", "organisation", "funder")
RUMBO_ENUM_KEYS(GlobalRegion, "global_region", "south", "north")
RUMBO_ENUM_KEYS(Relation, "relation", "none", "contact", "agreement", "active_project")
RUMBO_ENUM_KEYS(ActionStatus, "action_status", "idea", "planned", "running", "done", "dropped")
RUMBO_ENUM_KEYS(CriterionKind, "criterion_kind", "benefit", "cost")
// The methods' words are their table's (core/scoring/methods.h).
template <> std::span<const std::string_view> enum_keys<RankingMethod>() {
  return scoring::kMethodKeys;
}
template <> std::string_view enum_name<RankingMethod>() { return "ranking_method"; }
RUMBO_ENUM_KEYS(TopsisNormalisationMethod, "topsis_normalisation", "vector", "minmax")
RUMBO_ENUM_KEYS(PreferenceShape, "preference_shape", "usual", "u_shape", "v_shape", "level",
                "linear", "gaussian")
RUMBO_ENUM_KEYS(IndexNormalisation, "index_normalisation", "minmax", "zscore", "goalposts",
                "distance_to_target", "rank")
RUMBO_ENUM_KEYS(IndexAggregation, "index_aggregation", "arithmetic", "geometric")
RUMBO_ENUM_KEYS(MissingValuePolicy, "missing_values", "exclude", "mean", "median")

#undef RUMBO_ENUM_KEYS

} // namespace rumbo
