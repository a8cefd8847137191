#pragma once

// Actions taken from the catalogue of typical actions
// (core/files/action_catalogue.h) into one workspace.

#include "core/commands/command.h"
#include "core/files/action_catalogue.h"

#include <span>
#include <string>

namespace rumbo {

// The entry as an action of `ws`, with no id yet: title and description in
// `language`; the axis and mechanism of `ws` whose key is the entry's, or
// none when `ws` has no such axis or mechanism (a strategy built without the
// seed's method); when the plan's first year is known, it runs from
// 1 January of that year for its typical duration.
Action action_from_catalogue(const Workspace& ws, const CatalogueAction& entry, Language language);

// Adds every entry, in order, with fresh ids: one command, so one undo step
// takes them all back. added_id() of the command is the first one's id.
Command add_from_catalogue(const Workspace& ws, std::span<const CatalogueAction> entries,
                           Language language, std::string subject);

// Whether `ws` already has an action with the entry's title in either
// language (a strategy may have been started in the other one).
bool in_workspace(const Workspace& ws, const CatalogueAction& entry);

} // namespace rumbo
