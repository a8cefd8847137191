#pragma once

// Indicator values from a spreadsheet (core/files/indicator_csv_import.h):
// the dialog shows the file, which column holds what (guessed from the
// header, changeable), the rows that will not be imported and why, and
// imports the rest as one undo step. It belongs to the Preparación screen,
// which draws it; opening it brings that screen forward.

#include "ui/session.h"

#include <string>

namespace rumbo::ui {

// A .csv file the user picked or dropped on the page: its bytes and name.
// Without an open strategy, says so through the session's error instead.
void open_csv_import(std::string text, std::string file_name);

// The dialog, drawn every frame by the readiness screen. True on the frame
// the values were imported.
bool csv_import_dialog(Session& session);

// What the dialog says, one line each: the file's refusal, or the rows'
// problems, then the import button's label. For the browser tests.
std::string csv_import_summary();

} // namespace rumbo::ui
