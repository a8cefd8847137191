#pragma once

// The strategy's tables as CSV files for a spreadsheet (core/files/csv.h):
// what an office hands to the finance secretariat, pastes into a report or
// keeps beside the strategy. Headings and names are in `language`, numbers
// and cells as a spreadsheet of `locale` reads them, without thousands marks.

#include "core/model/workspace.h"
#include "core/scoring/workspace_scoring.h"
#include "core/text/locale.h"

#include <string>

namespace rumbo {

// Every field an official edits on the Acciones screen, with the names of
// what it refers to (axis, mechanism, lead, partners, objectives,
// dependencies), then one column of scores per criterion.
std::string actions_csv(const Workspace& ws, Language language, const Locale& locale);

// One row per indicator: id, dimension, name, unit, direction, kind, the
// city's value and each peer city's, year and source. The city's column is
// headed by its name, each peer's by theirs, so the file imports back as it
// is (core/files/indicator_csv_import.h, wide form).
std::string indicators_csv(const Workspace& ws, Language language, const Locale& locale);

// The actions best first: rank, title, score and the method that gave it.
std::string ranking_csv(const Workspace& ws, const scoring::WorkspaceScores& scores,
                        Language language, const Locale& locale);

// The chosen portfolio: each action with its cost in each year of the plan
// and its staff effort, then the totals and the limits they fit in. Only
// the headings when nothing is chosen yet.
std::string portfolio_csv(const Workspace& ws, const scoring::WorkspaceScores& scores,
                          Language language, const Locale& locale);

// "San Aurelio (ejemplo) - Acciones.csv": characters that file systems
// refuse (/ \ : * ? " < > |) become dashes.
std::string csv_file_name(const std::string& workspace_name, const std::string& what);

} // namespace rumbo
