#pragma once

// Applies a preview of indicator values read from a spreadsheet
// (core/files/indicator_csv_import.h): one command, so one undo step takes
// every value back.

#include "core/commands/command.h"
#include "core/files/indicator_csv_import.h"

#include <string>

namespace rumbo {

// Sets each value of `preview` on the city's indicator (with its year and
// source when given) or on the peer city's list, adding the new cities the
// preview names as peers, in the order they first appear. Empty when the
// preview has no values.
Command import_indicator_values(const Workspace& ws, const IndicatorCsvPreview& preview,
                                std::string subject);

} // namespace rumbo
