// "Importar valores de indicadores (CSV)": an office has its indicators, or
// its peer cities', in a spreadsheet. The dialog shows the first rows of the
// file, which column is the indicator, the city, the value (or which columns
// are cities), the year and the source, the rows that will not be imported
// and why, and imports the rest as one undo step. Nothing changes before
// "Importar".

#include "ui/screens/csv_import.h"

#include "core/commands/import_indicator_values.h"
#include "core/text/typed_text.h"
#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/text.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/item_marks.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>

#include <algorithm>
#include <set>

namespace rumbo::ui {
namespace {

constexpr const char* kPopupId = "###csv_import";
constexpr std::size_t kPreviewRows = 5;
constexpr std::size_t kPreviewColumns = 12;

// The file being imported and what the official chose. The raw bytes are
// not kept: the table is all the dialog needs.
struct Dialog {
  bool open = false;
  std::string file_name;
  CsvReadResult read;
  IndicatorCsvMapping mapping;
  IndicatorCsvPreview preview;
  // The workspace and mapping the preview was made for.
  std::uint64_t previewed_key = 0, previewed_revision = 0;
  std::optional<IndicatorCsvMapping> previewed_mapping;
};

Dialog& dialog() {
  static Dialog state;
  return state;
}

// The preview follows the mapping and the workspace (an undo, another
// strategy) as they change.
void refresh(Session& session, Dialog& d) {
  const OpenWorkspace* open = session.current();
  if (!open || !d.read.table) return;
  if (d.previewed_mapping == d.mapping && d.previewed_key == open->key &&
      d.previewed_revision == open->revision)
    return;
  d.preview = preview_indicator_import(open->workspace, *d.read.table, d.mapping);
  d.previewed_mapping = d.mapping;
  d.previewed_key = open->key;
  d.previewed_revision = open->revision;
}

// Spreadsheet column letters, as the official sees them: A, B, ..., Z, AA.
std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::string column_name(const CsvTable& table, std::size_t column) {
  const std::string header = column < table.header.size() ? csv_text(table.header[column]) : "";
  return column_letters(column) + (header.empty() ? "" : " · " + brief(header, 32));
}

// A combo of the table's columns; `optional` adds "none".
void column_choice(const char* label_key, const char* id, const CsvTable& table,
                   std::optional<std::size_t>& column, bool optional, float label_width) {
  field_label(tr(label_key), label_width);
  const std::string preview =
      column ? column_name(table, *column)
             : std::string(tr(optional ? "csv_import.none" : "csv_import.choose"));
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo(id, preview.c_str())) {
    if (optional && ImGui::Selectable(tr("csv_import.none"), !column)) column.reset();
    for (std::size_t c = 0; c < table.columns; ++c)
      if (ImGui::Selectable(column_name(table, c).c_str(), column == c)) column = c;
    ImGui::EndCombo();
  }
  mark_item(std::string("csv_import.") + (id + 2));
}

// Which columns hold a city's values, in the wide form: a tick per column
// that is not the indicator, the year or the source, wrapped to the cell.
void city_columns(Dialog& d, const CsvTable& table, float label_width) {
  IndicatorCsvMapping& m = d.mapping;
  field_label(tr("csv_import.field.cities"), label_width);
  ImGui::BeginGroup();
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  bool first = true;
  for (std::size_t c = 0; c < table.columns; ++c) {
    if (c == m.indicator || c == m.year || c == m.source) continue;
    const std::string name = column_name(table, c);
    const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                        ImGui::CalcTextSize(name.c_str()).x;
    if (!first) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    first = false;
    auto at = std::find(m.city_columns.begin(), m.city_columns.end(), c);
    bool ticked = at != m.city_columns.end();
    ImGui::PushID(static_cast<int>(c));
    if (ImGui::Checkbox(name.c_str(), &ticked)) {
      if (ticked)
        m.city_columns.insert(std::upper_bound(m.city_columns.begin(), m.city_columns.end(), c), c);
      else
        m.city_columns.erase(at);
    }
    ImGui::PopID();
  }
  ImGui::EndGroup();
}

// The table's shape across the dialog; under it, what identifies a value
// (left) and what describes the city's own (right).
void mapping_section(Dialog& d, const CsvTable& table) {
  IndicatorCsvMapping& m = d.mapping;
  const float e = ImGui::GetFontSize();
  const float label_width = 10 * e;
  bold_text(tr("csv_import.columns"));
  int layout = m.layout == CsvLayout::wide ? 1 : 0;
  field_label(tr("csv_import.layout"), label_width);
  ImGui::RadioButton(tr("csv_import.layout_long"), &layout, 0);
  mark_item("csv_import.layout_long");
  ImGui::SameLine();
  ImGui::RadioButton(tr("csv_import.layout_wide"), &layout, 1);
  mark_item("csv_import.layout_wide");
  m.layout = layout == 1 ? CsvLayout::wide : CsvLayout::long_form;

  if (!ImGui::BeginTable("##csv_mapping", 2, ImGuiTableFlags_SizingStretchSame)) return;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  column_choice("csv_import.field.indicator", "##indicator", table, m.indicator, false,
                label_width);
  if (m.layout == CsvLayout::long_form) {
    column_choice("csv_import.field.city", "##city", table, m.city, false, label_width);
    column_choice("csv_import.field.value", "##value", table, m.value, false, label_width);
  } else {
    city_columns(d, table, label_width);
  }
  ImGui::TableNextColumn();
  column_choice("csv_import.field.year", "##year", table, m.year, true, label_width);
  column_choice("csv_import.field.source", "##source", table, m.source, true, label_width);
  ImGui::EndTable();
}

// The first rows as the spreadsheet has them; the columns that are
// imported are tinted, the rows with a problem marked.
void preview_table(const Dialog& d, const CsvTable& table) {
  bold_text(tr("csv_import.preview"));
  const IndicatorCsvMapping& m = d.mapping;
  std::set<std::size_t> used;
  for (std::optional<std::size_t> c : {m.indicator, m.year, m.source})
    if (c) used.insert(*c);
  if (m.layout == CsvLayout::long_form) {
    for (std::optional<std::size_t> c : {m.city, m.value})
      if (c) used.insert(*c);
  } else {
    used.insert(m.city_columns.begin(), m.city_columns.end());
  }
  std::set<std::size_t> rows_with_problems;
  for (const CsvProblem& problem : d.preview.problems)
    rows_with_problems.insert(problem.row);

  // Cells are cut to their column: the preview shows the shape, not every word.
  const std::size_t columns = std::min(table.columns, kPreviewColumns);
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##csv_preview", static_cast<int>(columns) + 1, flags)) return;
  ImGui::TableSetupColumn(tr("csv_import.row"), ImGuiTableColumnFlags_WidthFixed);
  for (std::size_t c = 0; c < columns; ++c)
    ImGui::TableSetupColumn(column_name(table, c).c_str());
  ImGui::TableHeadersRow();
  const ImU32 tint = ImGui::GetColorU32(ImVec4(0.26f, 0.59f, 0.98f, 0.16f));
  for (std::size_t r = 0; r < std::min(table.rows.size(), kPreviewRows); ++r) {
    const CsvRow& row = table.rows[r];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (rows_with_problems.count(row.number))
      ImGui::TextColored(ImVec4(0.70f, 0.16f, 0.0f, 1.0f), "%zu !", row.number);
    else
      ImGui::Text("%zu", row.number);
    for (std::size_t c = 0; c < columns; ++c) {
      ImGui::TableNextColumn();
      if (used.count(c)) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, tint);
      if (c < row.cells.size()) ImGui::TextUnformatted(brief(csv_text(row.cells[c]), 60).c_str());
    }
  }
  ImGui::EndTable();
  if (table.rows.size() > kPreviewRows)
    muted_text(trn("csv_import.more_rows", table.rows.size() - kPreviewRows,
                   {std::to_string(table.rows.size() - kPreviewRows)}));
}

// The rows that will not be imported and why; a long list is cut, the
// first rows being the ones to fix first.
void problems_section(const Dialog& d) {
  constexpr std::size_t kShown = 8;
  const IndicatorCsvPreview& p = d.preview;
  if (p.problem_count == 0) return;
  bold_text(trf("csv_import.problems", {std::to_string(p.problem_count)}));
  mark_item("csv_import.problems");
  for (std::size_t i = 0; i < p.problems.size() && i < kShown; ++i)
    warning_text(describe(p.problems[i], language()));
  if (p.problem_count > kShown)
    muted_text(trf("csv_import.more_problems", {std::to_string(p.problem_count - kShown)}));
}

std::string import_label(const IndicatorCsvPreview& preview) {
  const std::size_t n = preview.values.size();
  return n == 0   ? std::string(tr("csv_import.import_none"))
         : n == 1 ? std::string(tr("csv_import.import_one"))
                  : trf("csv_import.import_many", {std::to_string(n)});
}

void summary(Session& session, Dialog& d) {
  const IndicatorCsvPreview& p = d.preview;
  if (!p.unknown_cities.empty()) {
    std::string names;
    for (const std::string& name : p.unknown_cities)
      names += (names.empty() ? "" : ", ") + brief(name, 40);
    ImGui::TextWrapped("%s", trf("csv_import.unknown_cities", {names}).c_str());
    ImGui::Checkbox(tr("csv_import.create_cities"), &d.mapping.create_unknown_cities);
    mark_item("csv_import.create_cities");
  }
  std::size_t own = 0;
  for (const IndicatorCsvValue& v : p.values)
    if (!v.peer.value && v.new_city.empty()) ++own;
  const std::string& city = session.workspace()->profile.name;
  if (!p.values.empty())
    ImGui::TextWrapped(
        "%s", trf("csv_import.summary", {std::to_string(p.values.size()), std::to_string(own),
                                         city.empty() ? tr("csv_import.the_city") : city,
                                         std::to_string(p.values.size() - own)})
                  .c_str());
  muted_text(tr("csv_import.undo_note"));
}

void refusal(const Dialog& d) {
  warning_text(tr("csv_import.cannot_read"));
  warning_text(describe(d.read.error, language()));
  mark_item("csv_import.problems");
  ImGui::Spacing();
  muted_text(tr("csv_import.formats"));
}

} // namespace

void open_csv_import(std::string text, std::string file_name) {
  AppState& state = app_state();
  const Workspace* ws = state.session.workspace();
  if (!ws) {
    state.session.set_error(tr("csv_import.no_workspace"));
    return;
  }
  Dialog& d = dialog();
  d = Dialog{};
  d.open = true;
  d.file_name = std::move(file_name);
  d.read = read_csv(text);
  if (d.read.table) d.mapping = guess_mapping(*ws, *d.read.table);
  refresh(state.session, d);
  state.navigation.screen = "readiness";
}

bool csv_import_dialog(Session& session) {
  Dialog& d = dialog();
  if (d.open) {
    ImGui::OpenPopup(kPopupId);
    d.open = false;
  }
  next_dialog_geometry(62, true);
  const std::string title = std::string(tr("csv_import.title")) + kPopupId;
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings))
    return false;
  bool imported = false;
  // The body scrolls when the screen is short (a laptop at 1280×720, a
  // projector): the buttons stay in view.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float e = ImGui::GetFontSize();
  const float room = ImGui::GetMainViewport()->WorkSize.y * 0.92f - ImGui::GetFrameHeight() -
                     2 * style.WindowPadding.y - ImGui::GetFrameHeightWithSpacing() -
                     2 * style.ItemSpacing.y;
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, std::max(room, 8 * e)));
  ImGui::BeginChild("##csv_body", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY);
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(d.file_name.c_str());
  ImGui::PopFont();
  if (!d.read.table || !session.workspace()) {
    refusal(d);
  } else {
    refresh(session, d);
    const CsvTable& table = *d.read.table;
    const char* separator = table.delimiter == ';'    ? "csv_import.separator.semicolon"
                            : table.delimiter == '\t' ? "csv_import.separator.tab"
                                                      : "csv_import.separator.comma";
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trn("csv_import.facts", table.rows.size(),
                                  {std::to_string(table.rows.size()), tr(separator),
                                   tr(d.preview.decimal_comma ? "csv_import.decimal.comma"
                                                              : "csv_import.decimal.point")})
                                  .c_str());
    // Excel's "CSV" on Windows, converted: the user checks the accents.
    if (const std::string said = describe_encoding(d.read, language()); !said.empty()) {
      mark_item("csv_import.encoding");
      warning_text(said);
    }
    ImGui::Spacing();
    mapping_section(d, table);
    ImGui::Spacing();
    preview_table(d, table);
    ImGui::Spacing();
    problems_section(d);
    summary(session, d);
  }
  ImGui::EndChild();

  ImGui::Spacing();
  const bool can_import = d.read.table && session.workspace() && !d.preview.values.empty();
  if (d.read.table) {
    ImGui::BeginDisabled(!can_import);
    if (ImGui::Button(import_label(d.preview).c_str())) {
      session.apply(import_indicator_values(*session.workspace(), d.preview,
                                            trf("csv_import.subject", {d.file_name})));
      session.seal();
      imported = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    mark_item("csv_import.confirm");
    ImGui::SameLine();
  }
  if (ImGui::Button(tr(d.read.table ? "action.cancel" : "csv_import.close")) ||
      ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  mark_item("csv_import.cancel");
  ImGui::EndPopup();
  return imported;
}

std::string csv_import_summary() {
  const Dialog& d = dialog();
  if (!d.read.table) return describe(d.read.error, language()) + "\n";
  std::string lines;
  if (const std::string said = describe_encoding(d.read, language()); !said.empty())
    lines += said + "\n";
  for (const CsvProblem& problem : d.preview.problems)
    lines += describe(problem, language()) + "\n";
  return lines + import_label(d.preview) + "\n";
}

} // namespace rumbo::ui
