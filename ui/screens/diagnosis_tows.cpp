// Diagnóstico, "Cruce TOWS" tab: strategic options built from one internal
// item (a strength or weakness) and one external one (an opportunity or
// threat), grouped FO/FA/DO/DA, with the dialog that writes them.

#include "core/commands/edits.h"
#include "core/messages.h"
#include "ui/charts/chart_frame.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/diagnosis_parts.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <set>
#include <utility>

namespace rumbo::ui::diagnosis {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] TOWS option dialog
//-----------------------------------------------------------------------------

void open_tows_dialog(const TowsOption& option, ObjectId editing, std::optional<TowsKind> kind) {
  view().tows = {true, editing, option, kind};
}

// A combo of the board's items on one side (internal or external), limited
// to one quadrant when `only` says so; long texts wrap inside the list.
void item_choice(const char* id, const Workspace& ws, bool internal, std::optional<Quadrant> only,
                 ContextItemId& chosen) {
  const float e = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x;
  const ContextItem* current = find_by_id(ws.context_items, chosen.value);
  const std::string preview = current ? label(current->quadrant, language()) + ": " + current->text
                                      : std::string(tr("diagnosis.choose_item"));
  ImGui::SetNextItemWidth(width);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, 16 * e));
  if (!ImGui::BeginCombo(
          id, charts::frame::fit(preview, width - ImGui::GetFrameHeight() - e, ImGui::GetFontSize())
                  .c_str()))
    return;
  for (const ContextItem& item : ws.context_items) {
    if (is_internal(item.quadrant) != internal || (only && item.quadrant != *only)) continue;
    ImGui::PushID(static_cast<int>(item.id.value));
    const std::string text = label(item.quadrant, language()) + ": " + item.text;
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const bool selected = item.id == chosen;
    if (ImGui::Selectable("##choice", selected, 0, ImVec2(0, size.y))) chosen = item.id;
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                                        ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr,
                                        wrap);
    if (selected) ImGui::SetItemDefaultFocus();
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

std::optional<Quadrant> internal_of(std::optional<TowsKind> kind) {
  if (!kind) return std::nullopt;
  return *kind == TowsKind::so || *kind == TowsKind::st ? Quadrant::strength : Quadrant::weakness;
}

std::optional<Quadrant> external_of(std::optional<TowsKind> kind) {
  if (!kind) return std::nullopt;
  return *kind == TowsKind::so || *kind == TowsKind::wo ? Quadrant::opportunity : Quadrant::threat;
}

// The kind of an option whose two items are where they should be.
std::optional<TowsKind> kind_of(const Workspace& ws, const TowsOption& option) {
  const ContextItem* in = find_by_id(ws.context_items, option.internal_item.value);
  const ContextItem* out = find_by_id(ws.context_items, option.external_item.value);
  if (!in || !out || !is_internal(in->quadrant) || is_internal(out->quadrant)) return std::nullopt;
  return tows_kind(in->quadrant, out->quadrant);
}

} // namespace

void tows_dialog(Session& session) {
  TowsDialog& dialog = view().tows;
  if (dialog.open) {
    ImGui::OpenPopup("###diagnosis_tows");
    dialog.open = false;
  }
  const bool adding = dialog.editing == 0;
  next_dialog_geometry(46);
  const std::string title =
      (adding && dialog.kind ? trf("diagnosis.tows_new", {label(*dialog.kind, language())})
                             : std::string(tr("diagnosis.tows_edit"))) +
      "###diagnosis_tows";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  TowsOption& draft = dialog.draft;
  const float column = 11 * ImGui::GetFontSize();
  field_label(tr("diagnosis.tows_internal"), column);
  item_choice("##internal", ws, true, internal_of(dialog.kind), draft.internal_item);
  field_label(tr("diagnosis.tows_external"), column);
  item_choice("##external", ws, false, external_of(dialog.kind), draft.external_item);
  // Always there, so the text field below does not jump when both are chosen.
  field_label(tr("diagnosis.tows_kind"), column);
  if (const std::optional<TowsKind> kind = kind_of(ws, draft))
    ImGui::TextUnformatted(label(*kind, language()).c_str());
  else
    ImGui::TextDisabled("—");
  field_label(tr("diagnosis.tows_text"), column);
  if (adding && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::InputTextMultiline(
      "##text", &draft.text,
      ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3 + ImGui::GetStyle().FramePadding.y * 2));
  wrapped_preview(draft.text);
  ImGui::Indent(column - ImGui::GetStyle().WindowPadding.x);
  muted_text(tr("diagnosis.tows_text_hint"));
  ImGui::Unindent(column - ImGui::GetStyle().WindowPadding.x);

  ImGui::Spacing();
  const std::string text = trimmed(draft.text);
  const bool ready = !text.empty() && kind_of(ws, draft).has_value();
  ImGui::BeginDisabled(!ready);
  if (ImGui::Button(adding ? tr("diagnosis.add_button") : tr("diagnosis.save_button"))) {
    TowsOption option = draft;
    option.text = text;
    if (adding) {
      session.apply(add_object(ws, option, trf("diagnosis.subject.add_tows", {brief(text)})));
    } else if (const TowsOption* before = find_by_id(ws.tows_options, dialog.editing)) {
      const ObjectId id = dialog.editing;
      option.id = before->id;
      if (option != *before)
        session.apply(transaction(ws, CommandKind::edit,
                                  trf("diagnosis.subject.edit", {brief(before->text)}),
                                  [&](Workspace& after) {
                                    if (TowsOption* o = find_by_id(after.tows_options, id))
                                      *o = option;
                                  }));
    }
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  if (!ready) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("diagnosis.tows_needed"));
  }
  ImGui::EndPopup();
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] TOWS cross
//-----------------------------------------------------------------------------

// An item's text in a table cell: the beginning, the whole on hover.
void item_cell(const Workspace& ws, ContextItemId id) {
  const ContextItem* item = find_by_id(ws.context_items, id.value);
  if (!item) {
    ImGui::TextDisabled("%s", tr("diagnosis.item_missing"));
    return;
  }
  ImGui::TextWrapped("%s", brief(item->text, 90).c_str());
  if (item->text.size() > 90 && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(28 * ImGui::GetFontSize());
    ImGui::TextUnformatted(item->text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void options_table(Session& session, const char* id, const std::vector<TowsOption>& options,
                   const char* internal_heading, const char* external_heading) {
  const char* edit = tr("diagnosis.edit");
  const char* remove = tr("diagnosis.delete");
  const float buttons = button_width(edit) + button_width(remove) + ImGui::GetStyle().ItemSpacing.x;
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable(id, 4, flags)) return;
  ImGui::TableSetupColumn(tr("diagnosis.tows_text"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(internal_heading, ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(external_heading, ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("##buttons", ImGuiTableColumnFlags_WidthFixed, buttons);
  ImGui::TableHeadersRow();
  const Workspace& ws = *session.workspace();
  for (const TowsOption& option : options) {
    ImGui::PushID(static_cast<int>(option.id.value));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", option.text.empty() ? tr("diagnosis.no_text") : option.text.c_str());
    ImGui::TableNextColumn();
    item_cell(ws, option.internal_item);
    ImGui::TableNextColumn();
    item_cell(ws, option.external_item);
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(edit)) open_tows_dialog(option, option.id.value, std::nullopt);
    ImGui::SameLine();
    if (ImGui::SmallButton(remove)) request_delete_option(option);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

bool has_quadrant(const Workspace& ws, Quadrant quadrant) {
  return std::any_of(ws.context_items.begin(), ws.context_items.end(),
                     [&](const ContextItem& item) { return item.quadrant == quadrant; });
}

void tows_group(Session& session, TowsKind kind, const std::vector<TowsOption>& options) {
  const Workspace& ws = *session.workspace();
  const Quadrant in = *internal_of(kind), out = *external_of(kind);
  ImGui::PushID(static_cast<int>(kind));
  ImGui::Spacing();
  bold_text(label(kind, language()).c_str());
  muted_text(purpose(kind));
  if (!options.empty())
    options_table(session, "##options", options, label(in, language()).c_str(),
                  label(out, language()).c_str());
  const bool possible = has_quadrant(ws, in) && has_quadrant(ws, out);
  ImGui::BeginDisabled(!possible);
  if (ImGui::Button((std::string("+ ") + tr("diagnosis.tows_add")).c_str()))
    open_tows_dialog(TowsOption{}, 0, kind);
  ImGui::EndDisabled();
  if (!possible) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s",
                        trf("diagnosis.tows_impossible", {words(in).one, words(out).one}).c_str());
  } else if (options.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("diagnosis.tows_group_empty"));
  }
  ImGui::PopID();
}

TextTable tows_table(const Workspace& ws) {
  TextTable table;
  table.columns = {tr("diagnosis.tows_kind"), tr("diagnosis.tows_text"),
                   tr("diagnosis.tows_internal"), tr("diagnosis.tows_external")};
  auto text_of = [&](ContextItemId id) {
    const ContextItem* item = find_by_id(ws.context_items, id.value);
    return item ? item->text : std::string();
  };
  for (const TowsOption& option : ws.tows_options) {
    const std::optional<TowsKind> kind = kind_of(ws, option);
    table.rows.push_back({kind ? label(*kind, language()) : std::string(), option.text,
                          text_of(option.internal_item), text_of(option.external_item)});
  }
  return table;
}

} // namespace

void tows_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  muted_text(tr("diagnosis.tows_intro"));
  const bool internal =
      has_quadrant(ws, Quadrant::strength) || has_quadrant(ws, Quadrant::weakness);
  const bool external =
      has_quadrant(ws, Quadrant::opportunity) || has_quadrant(ws, Quadrant::threat);
  if (!internal || !external) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr("diagnosis.tows_needs_items"));
    if (ImGui::Button(tr("diagnosis.go_board"))) view().requested_tab = Tab::board;
    return;
  }
  // Copies, grouped by kind; an option whose items are missing or on the
  // wrong side (an imported file) is shown apart so it can be fixed.
  std::array<std::vector<TowsOption>, 4> groups;
  std::vector<TowsOption> broken;
  for (const TowsOption& option : ws.tows_options) {
    if (const std::optional<TowsKind> kind = kind_of(ws, option))
      groups[static_cast<std::size_t>(*kind)].push_back(option);
    else
      broken.push_back(option);
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(trn("diagnosis.tows_summary", ws.tows_options.size(),
                             {std::to_string(ws.tows_options.size()),
                              std::to_string(groups[0].size()), std::to_string(groups[1].size()),
                              std::to_string(groups[2].size()), std::to_string(groups[3].size())})
                             .c_str());
  ImGui::SameLine(0, ImGui::GetFontSize());
  copy_table_button("##tows_table", [&session] { return tows_table(*session.workspace()); });
  for (TowsKind kind : kKinds)
    tows_group(session, kind, groups[static_cast<std::size_t>(kind)]);
  if (!broken.empty()) {
    ImGui::Spacing();
    bold_text(tr("diagnosis.tows_broken"));
    muted_text(tr("diagnosis.tows_broken_hint"));
    options_table(session, "##broken", broken, tr("diagnosis.tows_internal"),
                  tr("diagnosis.tows_external"));
  }
}

} // namespace rumbo::ui::diagnosis
