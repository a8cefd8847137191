#pragma once

// How well each candidate partner fits the city's strategy, with a breakdown
// that explains the score in words. Our own transparent model (there is no
// standard one); docs/scoring.md states it:
//   fit = 100 × Σ_k weight_k × component_k, each component in [0, 1]:
//   themes     the share of the city's priorities (axes, weighted by the
//              actions planned in them and the objectives those serve) that
//              the partner works on;
//   mechanisms the share of the city's actions whose cooperation mechanism the
//              partner offers;
//   region     south-south cooperation 1, triangular (a northern funder,
//              network or organisation supporting southern cities) 0.75, a
//              northern city 0.5 — for a city in the global south (its
//              profile says); a northern city scores 1 for any region;
//   relation   none 0, contact 1/3, agreement 2/3, active project 1;
//   languages  1 when the partner shares a language with the city, else 0.

#include "core/model/workspace.h"
#include "core/scoring/provenance.h"
#include "core/text/message_arg.h"

#include <string>
#include <vector>

namespace rumbo::scoring {

struct PartnerFitWeights {
  double themes = 0.35;
  double mechanisms = 0.25;
  double region = 0.15;
  double relation = 0.15;
  double languages = 0.10;
};

// One part of the score and the sentence that explains it (a message key
// with its arguments, see core/messages.h).
struct FitComponent {
  std::string key;   // "themes", "mechanisms", "region", "relation", "languages"
  double value = 0;  // 0..1
  double weight = 0; // normalised
  double points = 0; // 100 × weight × value
  std::string explanation_key;
  std::vector<MessageArg> explanation_args; // typed; "@relation.contact" texts are message keys
};

struct PartnerFit {
  PartnerId partner;
  double score = 0; // 0..100
  std::vector<FitComponent> components;
};

struct PartnerFitResult {
  std::vector<PartnerFit> partners; // best first; ties keep the workspace's order
  Provenance provenance;
};

PartnerFitResult partner_fit(const Workspace& ws, const PartnerFitWeights& weights = {});

// What partner_fit reads of a workspace, nothing else: equal inputs give an
// equal result, so a scoring run keeps the last one (a weight drag does not
// touch any of it).
struct PartnerFitInputs {
  struct ActionPart {
    ActionStatus status;
    ObjectId axis, mechanism;
    std::size_t objectives;
    bool operator==(const ActionPart&) const = default;
  };
  std::vector<Partner> partners;
  std::vector<ActionPart> actions;
  std::vector<ObjectId> axes;
  GlobalRegion region = GlobalRegion::south;
  std::vector<std::string> languages;
  bool operator==(const PartnerFitInputs&) const = default;
};
PartnerFitInputs partner_fit_inputs(const Workspace& ws);

// The city's priority of each axis (sums to 1 over the axes with weight; empty
// when no action is planned): each action that is not dropped adds 1 plus the
// number of objectives it serves to its axis.
std::vector<std::pair<AxisId, double>> axis_priorities(const Workspace& ws);

} // namespace rumbo::scoring
