#pragma once

// How every persisted type of the model is written and read, in both file
// formats. Each type has a CEREAL_CLASS_VERSION. The migration rule (see
// docs/model.md): a field added in version N is read only when
// `version >= N`, and older files get a default or a value derived from what
// they have; a field is never removed or renamed, only left unwritten after a
// version bump with its old meaning migrated.

#include "core/files/archive_fields.h"
#include "core/model/cycle_comparison.h"
#include "core/model/workspace.h"

namespace rumbo {

template <class T> void check_version(std::uint32_t version) {
  fields::check_version(version, cereal::detail::Version<T>::version);
}

// Version 1 had a text in Spanish and one in English; version 2 has one per
// language code, so a third language needs no new version: in JSON
// {"es": "…", "en": "…", "pt-BR": "…"}, in binary a count and pairs.
template <class Archive> void serialize(Archive& ar, Label& x, std::uint32_t version) {
  check_version<Label>(version);
  if constexpr (fields::is_loading<Archive>) {
    x.texts.clear();
    if (version < 2) {
      std::string es, en;
      fields::field(ar, "es", es);
      fields::field(ar, "en", en);
      x.set(Language::es, std::move(es));
      x.set(Language::en, std::move(en));
      return;
    }
  }
  fields::label_texts(ar, x.texts);
}

template <class Archive> void serialize(Archive& ar, Sector& x, std::uint32_t version) {
  using fields::field;
  check_version<Sector>(version);
  field(ar, "name", x.name);
  field(ar, "export_share", x.export_share);
  field(ar, "productivity_notes", x.productivity_notes);
}

template <class Archive> void serialize(Archive& ar, TerritoryAsset& x, std::uint32_t version) {
  using fields::field;
  check_version<TerritoryAsset>(version);
  field(ar, "kind", x.kind);
  field(ar, "name", x.name);
  field(ar, "notes", x.notes);
}

template <class Archive> void serialize(Archive& ar, Profile& x, std::uint32_t version) {
  using fields::field;
  check_version<Profile>(version);
  field(ar, "title", x.title);
  field(ar, "name", x.name);
  field(ar, "country", x.country);
  field(ar, "region", x.region);
  // Version 2 added the territory's global region; every workspace before it
  // was a Latin-American city's, so older files are in the south.
  if (version >= 2)
    field(ar, "global_region", x.global_region);
  else
    x.global_region = GlobalRegion::south;
  field(ar, "population", x.population);
  field(ar, "area_km2", x.area_km2);
  field(ar, "gdp_per_capita", x.gdp_per_capita);
  field(ar, "currency", x.currency);
  field(ar, "languages", x.languages);
  field(ar, "plan_start_year", x.plan_start_year);
  field(ar, "plan_end_year", x.plan_end_year);
  field(ar, "sectors", x.sectors);
  field(ar, "assets", x.assets);
}

template <class Archive> void serialize(Archive& ar, ContextItem& x, std::uint32_t version) {
  using fields::field;
  check_version<ContextItem>(version);
  field(ar, "id", x.id);
  field(ar, "text", x.text);
  field(ar, "quadrant", x.quadrant);
  field(ar, "pestel", x.pestel);
  field(ar, "impact", x.impact);
  field(ar, "likelihood", x.likelihood);
  field(ar, "source", x.source);
  field(ar, "objectives", x.objectives);
}

template <class Archive> void serialize(Archive& ar, TowsOption& x, std::uint32_t version) {
  using fields::field;
  check_version<TowsOption>(version);
  field(ar, "id", x.id);
  field(ar, "text", x.text);
  field(ar, "internal_item", x.internal_item);
  field(ar, "external_item", x.external_item);
}

template <class Archive> void serialize(Archive& ar, Indicator& x, std::uint32_t version) {
  using fields::field;
  check_version<Indicator>(version);
  field(ar, "id", x.id);
  field(ar, "dimension", x.dimension);
  field(ar, "name", x.name);
  field(ar, "unit", x.unit);
  field(ar, "direction", x.direction);
  field(ar, "kind", x.kind);
  field(ar, "value", x.value);
  field(ar, "target", x.target);
  field(ar, "rubric", x.rubric);
  field(ar, "year", x.year);
  field(ar, "source", x.source);
  field(ar, "weight", x.weight);
}

template <class Archive> void serialize(Archive& ar, PeerValue& x, std::uint32_t version) {
  using fields::field;
  check_version<PeerValue>(version);
  field(ar, "indicator", x.indicator);
  field(ar, "value", x.value);
}

template <class Archive> void serialize(Archive& ar, PeerCity& x, std::uint32_t version) {
  using fields::field;
  check_version<PeerCity>(version);
  field(ar, "id", x.id);
  field(ar, "name", x.name);
  field(ar, "country", x.country);
  field(ar, "values", x.values);
}

template <class Archive> void serialize(Archive& ar, Vision& x, std::uint32_t version) {
  check_version<Vision>(version);
  fields::field(ar, "text", x.text);
}

template <class Archive> void serialize(Archive& ar, Objective& x, std::uint32_t version) {
  using fields::field;
  check_version<Objective>(version);
  field(ar, "id", x.id);
  field(ar, "title", x.title);
  field(ar, "description", x.description);
}

template <class Archive> void serialize(Archive& ar, Kpi& x, std::uint32_t version) {
  using fields::field;
  check_version<Kpi>(version);
  field(ar, "id", x.id);
  field(ar, "objective", x.objective);
  field(ar, "name", x.name);
  field(ar, "unit", x.unit);
  field(ar, "direction", x.direction);
  field(ar, "baseline", x.baseline);
  field(ar, "baseline_year", x.baseline_year);
  field(ar, "target", x.target);
  field(ar, "target_year", x.target_year);
}

template <class Archive> void serialize(Archive& ar, Axis& x, std::uint32_t version) {
  using fields::field;
  check_version<Axis>(version);
  field(ar, "id", x.id);
  field(ar, "key", x.key);
  field(ar, "name", x.name);
  field(ar, "description", x.description);
}

template <class Archive> void serialize(Archive& ar, Mechanism& x, std::uint32_t version) {
  using fields::field;
  check_version<Mechanism>(version);
  field(ar, "id", x.id);
  field(ar, "key", x.key);
  field(ar, "name", x.name);
  field(ar, "description", x.description);
}

template <class Archive> void serialize(Archive& ar, Actor& x, std::uint32_t version) {
  using fields::field;
  check_version<Actor>(version);
  field(ar, "id", x.id);
  field(ar, "name", x.name);
  field(ar, "type", x.type);
  field(ar, "influence", x.influence);
  field(ar, "interest", x.interest);
  field(ar, "role", x.role);
  field(ar, "contact_notes", x.contact_notes);
}

template <class Archive> void serialize(Archive& ar, Partner& x, std::uint32_t version) {
  using fields::field;
  check_version<Partner>(version);
  field(ar, "id", x.id);
  field(ar, "name", x.name);
  field(ar, "kind", x.kind);
  field(ar, "country", x.country);
  field(ar, "region", x.region);
  field(ar, "themes", x.themes);
  field(ar, "mechanisms", x.mechanisms);
  field(ar, "languages", x.languages);
  field(ar, "relation", x.relation);
  field(ar, "notes", x.notes);
}

template <class Archive> void serialize(Archive& ar, CriterionScore& x, std::uint32_t version) {
  using fields::field;
  check_version<CriterionScore>(version);
  field(ar, "criterion", x.criterion);
  field(ar, "value", x.value);
}

template <class Archive> void serialize(Archive& ar, Action& x, std::uint32_t version) {
  using fields::field;
  check_version<Action>(version);
  field(ar, "id", x.id);
  field(ar, "title", x.title);
  field(ar, "description", x.description);
  field(ar, "axis", x.axis);
  field(ar, "mechanism", x.mechanism);
  field(ar, "objectives", x.objectives);
  field(ar, "lead", x.lead);
  field(ar, "partners", x.partners);
  field(ar, "cost_per_year", x.cost_per_year);
  field(ar, "external_funding", x.external_funding);
  field(ar, "staff_effort", x.staff_effort);
  field(ar, "start", x.start);
  field(ar, "end", x.end);
  field(ar, "depends_on", x.depends_on);
  field(ar, "exclusive_group", x.exclusive_group);
  field(ar, "risk", x.risk);
  field(ar, "status", x.status);
  field(ar, "scores", x.scores);
}

template <class Archive> void serialize(Archive& ar, Criterion& x, std::uint32_t version) {
  using fields::field;
  check_version<Criterion>(version);
  field(ar, "id", x.id);
  field(ar, "key", x.key);
  field(ar, "name", x.name);
  field(ar, "description", x.description);
  field(ar, "kind", x.kind);
  field(ar, "scale_min", x.scale_min);
  field(ar, "scale_max", x.scale_max);
  field(ar, "weight", x.weight);
}

template <class Archive> void serialize(Archive& ar, PairwiseJudgement& x, std::uint32_t version) {
  using fields::field;
  check_version<PairwiseJudgement>(version);
  field(ar, "first", x.first);
  field(ar, "second", x.second);
  field(ar, "value", x.value);
}

template <class Archive> void serialize(Archive& ar, CriteriaComparison& x, std::uint32_t version) {
  using fields::field;
  check_version<CriteriaComparison>(version);
  field(ar, "use_for_weights", x.use_for_weights);
  field(ar, "judgements", x.judgements);
}

template <class Archive> void serialize(Archive& ar, AxisMinimum& x, std::uint32_t version) {
  using fields::field;
  check_version<AxisMinimum>(version);
  field(ar, "axis", x.axis);
  field(ar, "minimum", x.minimum);
}

template <class Archive> void serialize(Archive& ar, PortfolioSettings& x, std::uint32_t version) {
  using fields::field;
  check_version<PortfolioSettings>(version);
  field(ar, "budget_per_year", x.budget_per_year);
  field(ar, "staff_capacity", x.staff_capacity);
  field(ar, "axis_minimums", x.axis_minimums);
}

template <class Archive> void serialize(Archive& ar, PreferenceEntry& x, std::uint32_t version) {
  using fields::field;
  check_version<PreferenceEntry>(version);
  field(ar, "criterion", x.criterion);
  field(ar, "type", x.type);
  field(ar, "q", x.q);
  field(ar, "p", x.p);
  field(ar, "s", x.s);
}

template <class Archive> void serialize(Archive& ar, ScoringSettings& x, std::uint32_t version) {
  using fields::field;
  check_version<ScoringSettings>(version);
  field(ar, "method", x.method);
  field(ar, "topsis_normalisation", x.topsis_normalisation);
  field(ar, "vikor_v", x.vikor_v);
  field(ar, "preferences", x.preferences);
  field(ar, "normalisation", x.normalisation);
  field(ar, "aggregation_within", x.aggregation_within);
  field(ar, "aggregation_across", x.aggregation_across);
  field(ar, "missing", x.missing);
  field(ar, "top_k", x.top_k);
  field(ar, "samples", x.samples);
  field(ar, "seed", x.seed);
  field(ar, "weight_spread", x.weight_spread);
  field(ar, "score_spread", x.score_spread);
}

template <class Archive> void serialize(Archive& ar, KpiActual& x, std::uint32_t version) {
  using fields::field;
  check_version<KpiActual>(version);
  field(ar, "kpi", x.kpi);
  field(ar, "value", x.value);
}

template <class Archive> void serialize(Archive& ar, StatusRecord& x, std::uint32_t version) {
  using fields::field;
  check_version<StatusRecord>(version);
  field(ar, "action", x.action);
  field(ar, "status", x.status);
}

template <class Archive> void serialize(Archive& ar, FrozenWeight& x, std::uint32_t version) {
  using fields::field;
  check_version<FrozenWeight>(version);
  field(ar, "criterion", x.criterion);
  field(ar, "name", x.name);
  field(ar, "weight", x.weight);
}

template <class Archive> void serialize(Archive& ar, FrozenRank& x, std::uint32_t version) {
  using fields::field;
  check_version<FrozenRank>(version);
  field(ar, "action", x.action);
  field(ar, "title", x.title);
  field(ar, "rank", x.rank);
  field(ar, "score", x.score);
}

template <class Archive> void serialize(Archive& ar, EvaluationCycle& x, std::uint32_t version) {
  using fields::field;
  check_version<EvaluationCycle>(version);
  field(ar, "id", x.id);
  field(ar, "name", x.name);
  field(ar, "date", x.date);
  field(ar, "kpi_actuals", x.kpi_actuals);
  field(ar, "statuses", x.statuses);
  field(ar, "lessons", x.lessons);
  field(ar, "ranking_method", x.ranking_method);
  // Version 2 stores the method's key ("wsm"); version 1 stored its label in
  // the language of the day ("Suma ponderada (WSM)"), so cycles frozen in
  // different languages seemed to use different methods. A label that names
  // a method becomes its key; any other text stays as it was.
  if constexpr (fields::is_loading<Archive>) {
    if (version < 2)
      if (auto key = method_key_of_label(x.ranking_method)) x.ranking_method = *key;
  }
  field(ar, "frozen_weights", x.frozen_weights);
  field(ar, "frozen_ranking", x.frozen_ranking);
}

template <class Archive> void serialize(Archive& ar, Workspace& x, std::uint32_t version) {
  using fields::field;
  check_version<Workspace>(version);
  field(ar, "next_id", x.next_id);
  field(ar, "profile", x.profile);
  field(ar, "context_items", x.context_items);
  field(ar, "tows_options", x.tows_options);
  field(ar, "indicators", x.indicators);
  field(ar, "peers", x.peers);
  field(ar, "vision", x.vision);
  field(ar, "objectives", x.objectives);
  field(ar, "kpis", x.kpis);
  field(ar, "axes", x.axes);
  field(ar, "mechanisms", x.mechanisms);
  field(ar, "actors", x.actors);
  field(ar, "partners", x.partners);
  field(ar, "actions", x.actions);
  field(ar, "criteria", x.criteria);
  field(ar, "comparison", x.comparison);
  // Version 2 added the portfolio's limits; older workspaces had none set.
  if (version >= 2)
    field(ar, "portfolio", x.portfolio);
  else
    x.portfolio = {};
  // Version 3 added the scoring methods' choices; older workspaces were scored
  // with the defaults, which keep their scores as they were.
  if (version >= 3)
    field(ar, "scoring", x.scoring);
  else
    x.scoring = {};
  field(ar, "cycles", x.cycles);
}

} // namespace rumbo

CEREAL_CLASS_VERSION(rumbo::Label, 2)
CEREAL_CLASS_VERSION(rumbo::Sector, 1)
CEREAL_CLASS_VERSION(rumbo::TerritoryAsset, 1)
CEREAL_CLASS_VERSION(rumbo::Profile, 2)
CEREAL_CLASS_VERSION(rumbo::ContextItem, 1)
CEREAL_CLASS_VERSION(rumbo::TowsOption, 1)
CEREAL_CLASS_VERSION(rumbo::Indicator, 1)
CEREAL_CLASS_VERSION(rumbo::PeerValue, 1)
CEREAL_CLASS_VERSION(rumbo::PeerCity, 1)
CEREAL_CLASS_VERSION(rumbo::Vision, 1)
CEREAL_CLASS_VERSION(rumbo::Objective, 1)
CEREAL_CLASS_VERSION(rumbo::Kpi, 1)
CEREAL_CLASS_VERSION(rumbo::Axis, 1)
CEREAL_CLASS_VERSION(rumbo::Mechanism, 1)
CEREAL_CLASS_VERSION(rumbo::Actor, 1)
CEREAL_CLASS_VERSION(rumbo::Partner, 1)
CEREAL_CLASS_VERSION(rumbo::CriterionScore, 1)
CEREAL_CLASS_VERSION(rumbo::Action, 1)
CEREAL_CLASS_VERSION(rumbo::Criterion, 1)
CEREAL_CLASS_VERSION(rumbo::PairwiseJudgement, 1)
CEREAL_CLASS_VERSION(rumbo::CriteriaComparison, 1)
CEREAL_CLASS_VERSION(rumbo::KpiActual, 1)
CEREAL_CLASS_VERSION(rumbo::StatusRecord, 1)
CEREAL_CLASS_VERSION(rumbo::FrozenWeight, 1)
CEREAL_CLASS_VERSION(rumbo::FrozenRank, 1)
CEREAL_CLASS_VERSION(rumbo::EvaluationCycle, 2)
CEREAL_CLASS_VERSION(rumbo::AxisMinimum, 1)
CEREAL_CLASS_VERSION(rumbo::PortfolioSettings, 1)
CEREAL_CLASS_VERSION(rumbo::PreferenceEntry, 1)
CEREAL_CLASS_VERSION(rumbo::ScoringSettings, 1)
CEREAL_CLASS_VERSION(rumbo::Workspace, 3)
