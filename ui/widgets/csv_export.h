#pragma once

// "Exportar CSV": a screen's table as a file for a spreadsheet
// (core/files/csv_exports.h), downloaded as "<strategy> - <what>.csv".

#include "core/function_ref.h"
#include "ui/session.h"

#include <string>

namespace rumbo::ui {

// The button; `what_key` names the table in the file name ("Acciones");
// `build` makes the file's text, only when clicked. Marked `mark` for tests.
void csv_export_button(Session& session, const char* what_key, const std::string& mark,
                       FunctionRef<std::string()> build);

} // namespace rumbo::ui
