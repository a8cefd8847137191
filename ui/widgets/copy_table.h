#pragma once

// Any table on screen can be copied as tab-separated text, which pastes into
// a spreadsheet as cells: the screens' tables and the charts' "Show the
// data" tables share this.

#include "core/function_ref.h"

#include <string>
#include <vector>

namespace rumbo::ui {

struct TextTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// One line per row, the headings first; tabs and line breaks inside a cell
// become spaces so a cell never spills into the next.
std::string tab_separated(const TextTable& table);

// A small "Copy table" button; `build` runs only when it is clicked, so a
// screen pays nothing for it per frame. "Table copied" shows for a moment.
void copy_table_button(const char* id, FunctionRef<TextTable()> build);

} // namespace rumbo::ui
