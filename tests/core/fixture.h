#pragma once

// A small workspace that uses every type and every kind of reference, for
// tests of files, validation and commands. Its ids are fixed so tests can
// name objects.

#include "core/model/workspace.h"

#include <fstream>
#include <sstream>
#include <string>

namespace rumbo::test {

namespace ids {
inline constexpr ObjectId axis = 1, mechanism = 2, objective = 3, kpi = 4, strength = 5,
                          opportunity = 6, tows = 7, indicator = 8, peer = 9, actor = 10,
                          partner = 11, impact = 12, cost = 13, fair = 14, cycle = 15, mission = 16;
}

inline Workspace fixture() {
  Workspace ws;
  ws.next_id = 17;
  ws.profile.title = "Estrategia de prueba 2026–2030";
  ws.profile.name = "Villa Ejemplo";
  ws.profile.country = "Colombia";
  ws.profile.region = "Santander";
  ws.profile.population = 312450;
  ws.profile.area_km2 = 1180.5;
  ws.profile.gdp_per_capita = 31.2e6;
  ws.profile.languages = {"es", "en"};
  ws.profile.plan_start_year = 2026;
  ws.profile.plan_end_year = 2030;
  ws.profile.sectors = {{"Café especial", 35.5, "Baja transformación local"}};
  ws.profile.assets = {{AssetKind::airport, "Aeropuerto regional", "Vuelos a Bogotá"}};
  ws.axes = {{{ids::axis},
              "foreign_trade",
              {"Comercio exterior", "Foreign trade"},
              {"Exportar", "Export"}}};
  ws.mechanisms = {{{ids::mechanism}, "twinning", {"Hermanamiento", "Twinning"}, {}}};
  ws.objectives = {{{ids::objective}, "Aumentar las exportaciones", "Con valor agregado"}};
  Kpi kpi;
  kpi.id = {ids::kpi};
  kpi.objective = {ids::objective};
  kpi.name = "Exportaciones no minero-energéticas";
  kpi.unit = "millones USD";
  kpi.baseline = 42.5;
  kpi.baseline_year = 2024;
  kpi.target = 60;
  kpi.target_year = 2030;
  ws.kpis = {kpi};
  ContextItem strength;
  strength.id = {ids::strength};
  strength.text = "Tradición cafetera reconocida";
  strength.impact = 4;
  strength.objectives = {{ids::objective}};
  ContextItem opportunity;
  opportunity.id = {ids::opportunity};
  opportunity.text = "Demanda de cafés especiales en Asia";
  opportunity.quadrant = Quadrant::opportunity;
  opportunity.pestel = Pestel::economic;
  ws.context_items = {strength, opportunity};
  ws.tows_options = {
      {{ids::tows}, "Misión comercial de café a Corea", {ids::strength}, {ids::opportunity}}};
  Indicator indicator;
  indicator.id = {ids::indicator};
  indicator.dimension = Dimension::knowledge_lobbying;
  indicator.name = {"Conocimiento de fuentes de apoyo", "Knowledge of sources of support"};
  indicator.unit = "nivel 0–4";
  indicator.kind = IndicatorKind::maturity;
  indicator.value = 2;
  indicator.rubric = {{"Ninguno", "None"},
                      {"Inicial", "Initial"},
                      {"Básico", "Basic"},
                      {"Avanzado", "Advanced"},
                      {"Experto", "Expert"}};
  indicator.year = 2025;
  indicator.source = "Autoevaluación";
  ws.indicators = {indicator};
  ws.peers = {{{ids::peer}, "Ciudad Par", "Perú", {{{ids::indicator}, 3}}}};
  Actor actor;
  actor.id = {ids::actor};
  actor.name = "Cámara de Comercio";
  actor.type = ActorType::private_sector;
  actor.influence = 4;
  actor.interest = 5;
  actor.role = ActorRole::partner;
  ws.actors = {actor};
  Partner partner;
  partner.id = {ids::partner};
  partner.name = "Red de Ciudades del Café";
  partner.kind = PartnerKind::network;
  partner.country = "Internacional";
  partner.themes = {{ids::axis}};
  partner.mechanisms = {{ids::mechanism}};
  partner.languages = {"es", "pt"};
  partner.relation = Relation::contact;
  ws.partners = {partner};
  Criterion impact;
  impact.id = {ids::impact};
  impact.key = "local_impact";
  impact.name = {"Impacto en el desarrollo local", "Impact on local development"};
  // A third language, as a Label of format version 2 (one text per language code) holds it.
  impact.name.set(Language("pt-BR"), "Impacto no desenvolvimento local");
  impact.weight = 60;
  Criterion cost = impact;
  cost.id = {ids::cost};
  cost.key = "cost";
  cost.name = {"Costo", "Cost"};
  cost.kind = CriterionKind::cost;
  cost.weight = 40;
  ws.criteria = {impact, cost};
  ws.comparison = {true, {{{ids::impact}, {ids::cost}, 3}}};
  Action fair;
  fair.id = {ids::fair};
  fair.title = "Feria internacional del café";
  fair.axis = {ids::axis};
  fair.mechanism = {ids::mechanism};
  fair.objectives = {{ids::objective}};
  fair.lead = {ids::actor};
  fair.partners = {{ids::partner}};
  fair.cost_per_year = 450e6;
  fair.external_funding = 120e6;
  fair.staff_effort = 6.5;
  fair.start = {2026, 3, 1};
  fair.end = {2027, 11, 30};
  fair.exclusive_group = "sede";
  fair.risk = 2;
  fair.status = ActionStatus::planned;
  fair.scores = {{{ids::impact}, 4.5}, {{ids::cost}, 3}};
  Action mission = fair;
  mission.id = {ids::mission};
  mission.title = "Misión comercial a Corea";
  mission.depends_on = {{ids::fair}};
  mission.exclusive_group.clear();
  mission.cost_per_year = 0.1 + 0.2; // a value whose shortest decimal form has 17 digits
  ws.actions = {fair, mission};
  EvaluationCycle cycle;
  cycle.id = {ids::cycle};
  cycle.name = "Ciclo 2026-I";
  cycle.date = {2026, 6, 30};
  cycle.kpi_actuals = {{{ids::kpi}, 44.1}};
  cycle.statuses = {{{ids::fair}, ActionStatus::running}};
  cycle.lessons = "La feria necesita un operador logístico — ¿quién lo financia?";
  cycle.ranking_method = "WSM";
  cycle.frozen_weights = {{{ids::impact}, "Impacto", 0.6}, {{ids::cost}, "Costo", 0.4}};
  cycle.frozen_ranking = {{{ids::fair}, "Feria internacional del café", 1, 0.82}};
  ws.cycles = {cycle};
  ws.vision.text = "En 2030, Villa Ejemplo es la capital del café especial de los Andes.";
  return ws;
}

inline std::string data_path(const std::string& name) {
  return std::string(RUMBO_TEST_DATA_DIR) + "/" + name;
}
inline std::string asset_path(const std::string& name) {
  return std::string(RUMBO_ASSETS_DIR) + "/" + name;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

} // namespace rumbo::test
