#pragma once

// The catalogue of typical actions (assets/catalog/actions.json): what cities
// usually do to go international, for an office to start from instead of a
// blank table.
//
// It is a plain JSON list, not a workspace fragment like axes.rumbo.json,
// because an entry is not yet an Action: its title and description exist in
// both languages (an Action holds the one its user works in), and it names
// its axis and mechanism by catalogue key, because ids belong to each
// workspace. add_from_catalogue (core/commands/) turns entries into the
// actions of one workspace.
//
//   { "format": "rumbo-action-catalogue", "version": 1,
//     "actions": [ { "key": "trade_mission",
//                    "axis": "foreign_trade",
//                    "mechanism": "national_international_entities",
//                    "typical_months": 6,
//                    "title": { "es": "…", "en": "…" },
//                    "description": { "es": "…", "en": "…" } }, … ] }
//
// "typical_months" may be left out; every other field is required, and
// fields the reader does not know are refused, so a misspelt one is caught.

#include "core/files/load_error.h"
#include "core/model/label.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

inline constexpr const char* kActionCatalogueFormat = "rumbo-action-catalogue";
inline constexpr int kActionCatalogueVersion = 1;

// Bounds far above the shipped catalogue (about 40 entries of one sentence):
// anything beyond them is not a catalogue.
inline constexpr std::size_t kMaxCatalogueBytes = 1024 * 1024;
inline constexpr std::size_t kMaxCatalogueEntries = 1000;
inline constexpr std::size_t kMaxCatalogueKeyBytes = 64;
inline constexpr std::size_t kMaxCatalogueTitleBytes = 200;
inline constexpr std::size_t kMaxCatalogueDescriptionBytes = 1000;
inline constexpr int kMaxTypicalMonths = 120;

// One typical action.
struct CatalogueAction {
  std::string key; // stable: lower-case letters, digits and "_"
  Label title;
  Label description;
  std::string axis_key;      // an Axis::key of assets/catalog/axes.rumbo.json
  std::string mechanism_key; // a Mechanism::key of assets/catalog/mechanisms.rumbo.json
  int typical_months = 0;    // 0: not given
  bool operator==(const CatalogueAction&) const = default;
};

struct ActionCatalogueResult {
  std::vector<CatalogueAction> entries; // empty when there is an error
  LoadError error;                      // error.key is empty when the text was read
  bool ok() const { return error.key.empty(); }
};

// Reads the catalogue's text. Nothing of a text with a problem is kept: the
// error names what is wrong and where (line and column of a syntax error,
// the path "actions[3].title.es" of a field), for describe(LoadError).
ActionCatalogueResult read_action_catalogue(std::string_view text);

} // namespace rumbo
