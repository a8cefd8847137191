// Diagnóstico / Diagnosis: what the territory and its city government have
// and lack (strengths and weaknesses of the internal situation) and what the
// external context offers and threatens (opportunities and threats, read by
// PESTEL category) — the DOFA board, as Colombian planning calls SWOT. Then
// the TOWS cross, where one internal item meets one external item and
// becomes a strategic option (SO, ST, WO, WT) for the objectives to build on.
//
// Index of this file:
// [SECTION] Words, colours and small helpers
// [SECTION] Commands
// [SECTION] Item dialog
// [SECTION] DOFA board
// [SECTION] The screen
// The TOWS cross is in diagnosis_tows.cpp; what both parts share is in
// diagnosis_parts.h.

#include "core/commands/edits.h"
#include "core/messages.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/diagnosis_parts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/screen_heading.h"
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

namespace rumbo::ui {
using namespace diagnosis;
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Words, colours and small helpers
//-----------------------------------------------------------------------------

constexpr std::array<Quadrant, 4> kQuadrants = {Quadrant::strength, Quadrant::weakness,
                                                Quadrant::opportunity, Quadrant::threat};
constexpr std::array<Pestel, 6> kPestel = {Pestel::political,     Pestel::economic,
                                           Pestel::social,        Pestel::technological,
                                           Pestel::environmental, Pestel::legal};
constexpr const char* kItemPayload = "RUMBO_CONTEXT_ITEM";

// "Muy alto", "Alta"...: impact is masculine in Spanish, likelihood and
// urgency feminine.
const char* level_word(int level, bool feminine) {
  switch (std::clamp(level, 1, 5)) {
  case 1:
    return feminine ? tr("diagnosis.level_f.1") : tr("diagnosis.level_m.1");
  case 2:
    return feminine ? tr("diagnosis.level_f.2") : tr("diagnosis.level_m.2");
  case 3:
    return feminine ? tr("diagnosis.level_f.3") : tr("diagnosis.level_m.3");
  case 4:
    return feminine ? tr("diagnosis.level_f.4") : tr("diagnosis.level_m.4");
  default:
    return feminine ? tr("diagnosis.level_f.5") : tr("diagnosis.level_m.5");
  }
}

// The second score reads as likelihood outside and as urgency inside.
const char* second_score(Quadrant quadrant) {
  return is_internal(quadrant) ? tr("diagnosis.urgency") : tr("diagnosis.likelihood");
}

// Keeps the next item on this line when it fits, so rows of chips wrap.
void same_line_if_fits(float next_width) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width < right)
    ImGui::SameLine();
}

// Five dots, `level` of them filled: impact or likelihood at a glance.
void level_meter(const char* name, int level, charts::Hue hue, bool feminine) {
  const float e = ImGui::GetFontSize();
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", name);
  ImGui::SameLine(0, 0.4f * e);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float radius = 0.22f * e, step = 0.6f * e;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (int i = 0; i < 5; ++i) {
    const ImVec2 centre(at.x + radius + step * static_cast<float>(i), at.y + 0.5f * e + 1);
    if (i < level)
      draw->AddCircleFilled(centre, radius, charts::colour(hue));
    else
      draw->AddCircle(centre, radius, ImGui::GetColorU32(ImGuiCol_TextDisabled), 0, 1.2f);
  }
  ImGui::Dummy(ImVec2(step * 4 + radius * 2, e));
  ImGui::EndGroup();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip(
        "%s", trf("diagnosis.level_of", {name, std::to_string(level), level_word(level, feminine)})
                  .c_str());
}

// A small rounded tag (the PESTEL category on a card).
void chip(const std::string& text) {
  const float e = ImGui::GetFontSize();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 pad(0.45f * e, 0.05f * e);
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x + 2 * pad.x, at.y + e + 2),
                                            charts::colour(charts::Hue::sky_blue, 0.22f), 0.5f * e);
  ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + pad.x, at.y + pad.y),
                                      ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, e + 2));
}

//-----------------------------------------------------------------------------
// [SECTION] Commands
//-----------------------------------------------------------------------------

// The TOWS options that use item `id`.
std::size_t tows_using(const Workspace& ws, ObjectId id) {
  return static_cast<std::size_t>(
      std::count_if(ws.tows_options.begin(), ws.tows_options.end(), [&](const TowsOption& o) {
        return o.internal_item.value == id || o.external_item.value == id;
      }));
}

// Puts `next` in place of item `id`. An item that crosses from internal to
// external (or back) takes its TOWS options with it: each crosses one
// internal with one external item, so they would no longer make sense.
Command replace_item(const Workspace& ws, ObjectId id, ContextItem next, std::string subject) {
  if (is_internal(next.quadrant)) next.pestel = Pestel::none;
  return transaction(ws, CommandKind::edit, std::move(subject), [&](Workspace& after) {
    ContextItem* item = find_by_id(after.context_items, id);
    if (!item) return;
    const bool crosses = is_internal(item->quadrant) != is_internal(next.quadrant);
    next.id = item->id;
    *item = next;
    if (crosses)
      std::erase_if(after.tows_options, [&](const TowsOption& o) {
        return o.internal_item.value == id || o.external_item.value == id;
      });
  });
}

// Moves an item to another quadrant, asking first when TOWS options would go.
void request_move(Session& session, ObjectId id, Quadrant to) {
  const Workspace& ws = *session.workspace();
  const ContextItem* item = find_by_id(ws.context_items, id);
  if (!item || item->quadrant == to) return;
  const std::string text = brief(item->text);
  auto command = [id, to, text](const Workspace& now) -> std::optional<Command> {
    const ContextItem* current = find_by_id(now.context_items, id);
    if (!current) return std::nullopt;
    ContextItem next = *current;
    next.quadrant = to;
    return replace_item(now, id, next, trf("diagnosis.subject.move", {text, words(to).plural}));
  };
  const std::size_t options = tows_using(ws, id);
  if (is_internal(item->quadrant) == is_internal(to) || options == 0) {
    if (const std::optional<Command> move = command(ws)) session.apply(*move);
    session.seal();
    return;
  }
  const bool one = options == 1;
  ask(tr("diagnosis.confirm_move_title"),
      trn("diagnosis.confirm_move_tows", options,
          {text, words(to).plural, std::to_string(options)}),
      one ? tr("diagnosis.confirm_move_button_one") : tr("diagnosis.confirm_move_button"), command);
}

void request_delete_item(Session& session, const ContextItem& item) {
  const ObjectId id = item.id.value;
  const std::string text = brief(item.text);
  const std::string subject = trf("diagnosis.subject.delete", {text});
  // Only TOWS options refer to an item, and they cannot live without it.
  const RemoveOutcome probe =
      remove_objects(*session.workspace(), {id}, Cascade::refuse_if_referenced, subject);
  std::set<ObjectId> options;
  for (const RefSite& site : probe.referrers)
    options.insert(site.owner);
  ask(tr("diagnosis.confirm_delete_title"),
      options.empty() ? trf("diagnosis.confirm_delete_item", {text})
                      : trn("diagnosis.confirm_delete_item_tows", options.size(),
                            {text, std::to_string(options.size())}),
      tr("diagnosis.delete_button"), [id, subject](const Workspace& now) {
        return remove_objects(now, {id}, Cascade::cascade, subject).command;
      });
}

//-----------------------------------------------------------------------------
// [SECTION] Item dialog
//-----------------------------------------------------------------------------

void open_item_dialog(const ContextItem& item, ObjectId editing) {
  view().item = {true, editing, item};
}

// 1 to 5 as radio buttons, with the word of the chosen level.
void level_buttons(const char* id, int& value, bool feminine) {
  ImGui::PushID(id);
  for (int level = 1; level <= 5; ++level) {
    if (level > 1) ImGui::SameLine();
    if (ImGui::RadioButton(std::to_string(level).c_str(), value == level)) value = level;
  }
  ImGui::SameLine(0, ImGui::GetFontSize());
  ImGui::TextDisabled("%s", level_word(value, feminine));
  ImGui::PopID();
}

// The objectives an item informs: checkboxes in a combo, to keep the dialog short.
void objectives_choice(const Workspace& ws, std::vector<ObjectiveId>& chosen) {
  if (ws.objectives.empty()) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("diagnosis.no_objectives_yet"));
    return;
  }
  const std::string preview =
      chosen.empty() ? std::string(tr("diagnosis.objectives_none"))
                     : trf("diagnosis.objectives_chosen",
                           {std::to_string(chosen.size()), std::to_string(ws.objectives.size())});
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (!ImGui::BeginCombo("##objectives", preview.c_str())) return;
  std::vector<ObjectiveId> next;
  for (const Objective& objective : ws.objectives) {
    bool on = std::find(chosen.begin(), chosen.end(), objective.id) != chosen.end();
    const std::string name =
        (objective.title.empty() ? std::string(tr("diagnosis.untitled")) : objective.title) + "##" +
        std::to_string(objective.id.value);
    ImGui::Checkbox(name.c_str(), &on);
    if (on) next.push_back(objective.id);
  }
  chosen = next;
  ImGui::EndCombo();
}

void item_dialog(Session& session) {
  ItemDialog& dialog = view().item;
  if (dialog.open) {
    ImGui::OpenPopup("###diagnosis_item");
    dialog.open = false;
  }
  ContextItem& draft = dialog.draft;
  const bool adding = dialog.editing == 0;
  next_dialog_geometry(46);
  const std::string title =
      std::string(adding ? words(draft.quadrant).add : tr("diagnosis.edit_item_title")) +
      "###diagnosis_item";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize(), column = 11 * e;

  field_label(tr("diagnosis.field.quadrant"), column);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##quadrant", label(draft.quadrant, language()).c_str())) {
    for (Quadrant quadrant : kQuadrants)
      if (ImGui::Selectable(label(quadrant, language()).c_str(), quadrant == draft.quadrant))
        draft.quadrant = quadrant;
    ImGui::EndCombo();
  }

  field_label(tr("diagnosis.field.text"), column);
  if (adding && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::InputTextMultiline(
      "##text", &draft.text,
      ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3 + ImGui::GetStyle().FramePadding.y * 2));
  wrapped_preview(draft.text);

  field_label(tr("diagnosis.field.pestel"), column);
  if (is_internal(draft.quadrant)) {
    ImGui::TextDisabled("%s", tr("diagnosis.pestel_external_only"));
  } else {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##pestel", label(draft.pestel, language()).c_str())) {
      if (ImGui::Selectable(label(Pestel::none, language()).c_str(), draft.pestel == Pestel::none))
        draft.pestel = Pestel::none;
      for (Pestel pestel : kPestel)
        if (ImGui::Selectable(label(pestel, language()).c_str(), draft.pestel == pestel))
          draft.pestel = pestel;
      ImGui::EndCombo();
    }
  }

  field_label(tr("diagnosis.impact"), column);
  level_buttons("##impact", draft.impact, false);
  field_label(second_score(draft.quadrant), column);
  level_buttons("##likelihood", draft.likelihood, true);
  ImGui::Indent(column - ImGui::GetStyle().WindowPadding.x);
  muted_text(is_internal(draft.quadrant) ? tr("diagnosis.urgency_hint")
                                         : tr("diagnosis.likelihood_hint"));
  ImGui::Unindent(column - ImGui::GetStyle().WindowPadding.x);

  field_label(tr("diagnosis.field.source"), column);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##source", tr("diagnosis.source_hint"), &draft.source);

  field_label(tr("diagnosis.field.objectives"), column);
  objectives_choice(ws, draft.objectives);

  if (const ContextItem* before = adding ? nullptr : find_by_id(ws.context_items, dialog.editing)) {
    const std::size_t options = tows_using(ws, dialog.editing);
    if (options > 0 && is_internal(before->quadrant) != is_internal(draft.quadrant)) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.16f, 0.0f, 1.0f));
      ImGui::TextWrapped(
          "%s", trn("diagnosis.cross_warning", options, {std::to_string(options)}).c_str());
      ImGui::PopStyleColor();
    }
  }

  ImGui::Spacing();
  const std::string text = trimmed(draft.text);
  ImGui::BeginDisabled(text.empty());
  if (ImGui::Button(adding ? tr("diagnosis.add_button") : tr("diagnosis.save_button"))) {
    ContextItem item = draft;
    item.text = text;
    item.source = trimmed(item.source);
    if (is_internal(item.quadrant)) item.pestel = Pestel::none;
    if (adding) {
      session.apply(add_object(
          ws, item, trf("diagnosis.subject.add", {words(item.quadrant).one, brief(text)})));
    } else if (const ContextItem* before = find_by_id(ws.context_items, dialog.editing)) {
      item.id = before->id;
      if (item != *before)
        session.apply(replace_item(ws, dialog.editing, item,
                                   trf("diagnosis.subject.edit", {brief(before->text)})));
    }
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  if (text.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("diagnosis.text_needed"));
  }
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] DOFA board
//-----------------------------------------------------------------------------

void card_tooltip(const Workspace& ws, const ContextItem& item) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(28 * ImGui::GetFontSize());
  if (!item.source.empty())
    ImGui::TextWrapped("%s", trf("diagnosis.source_is", {item.source}).c_str());
  for (ObjectiveId id : item.objectives)
    if (const Objective* objective = find_by_id(ws.objectives, id.value))
      ImGui::TextWrapped("%s", trf("diagnosis.informs", {objective->title}).c_str());
  ImGui::TextDisabled("%s", tr("diagnosis.card_hint"));
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// Quadrants and cards are table cells, not child windows: a cell is as tall
// as its content in the same frame, where a child window sized to its content
// would settle over several frames (one per level of nesting).
void item_card(Session& session, const ContextItem& item) {
  const float e = ImGui::GetFontSize();
  const ObjectId id = item.id.value;
  const QuadrantWords w = words(item.quadrant);
  ImGui::PushID(static_cast<int>(id));
  // Tables read the cell padding when rows begin too: it stays pushed
  // until the table ends.
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0.6f * e, 0.45f * e));
  ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, ImGui::GetStyleColorVec4(ImGuiCol_Border));
  if (!ImGui::BeginTable("##card", 1, ImGuiTableFlags_BordersOuter)) {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::PopID();
    return;
  }
  ImGui::TableNextRow();
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32_WHITE);
  ImGui::TableNextColumn();
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;

  // The text is the handle: drag it to another quadrant, double-click to edit.
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::TextWrapped("%s", item.text.empty() ? tr("diagnosis.no_text") : item.text.c_str());
  const float text_height = ImGui::GetItemRectSize().y;
  ImGui::SetCursorScreenPos(top);
  ImGui::InvisibleButton("##handle",
                         ImVec2(std::max(1.0f, right - top.x), std::max(1.0f, text_height)));
  if (ImGui::BeginDragDropSource()) {
    ImGui::SetDragDropPayload(kItemPayload, &id, sizeof id);
    ImGui::TextUnformatted(brief(item.text, 60).c_str());
    ImGui::TextDisabled("%s", tr("diagnosis.drop_hint"));
    ImGui::EndDragDropSource();
  }
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) open_item_dialog(item, id);
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && !ImGui::IsMouseDown(0))
    card_tooltip(*session.workspace(), item);

  level_meter(tr("diagnosis.impact"), item.impact, w.hue, false);
  ImGui::SameLine(0, e);
  level_meter(second_score(item.quadrant), item.likelihood, w.hue, true);

  // The category and the buttons after the meters when all fit on one line,
  // else on a line of their own; the buttons always at the right end.
  const std::string category = !is_internal(item.quadrant) && item.pestel != Pestel::none
                                   ? label(item.pestel, language())
                                   : std::string();
  const char* edit = tr("diagnosis.edit");
  const char* move = tr("diagnosis.move");
  const char* remove = tr("diagnosis.delete");
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float buttons =
      button_width(edit) + button_width(move) + button_width(remove) + 2 * spacing;
  const float tag = category.empty() ? 0 : ImGui::CalcTextSize(category.c_str()).x + e + spacing;
  const bool one_line = ImGui::GetItemRectMax().x + spacing + tag + buttons < right;
  if (!category.empty()) {
    if (one_line) ImGui::SameLine();
    chip(category);
  }
  if (one_line || !category.empty()) ImGui::SameLine();
  ImGui::SetCursorScreenPos(ImVec2(right - buttons, ImGui::GetCursorScreenPos().y));
  if (ImGui::SmallButton(edit)) open_item_dialog(item, id);
  ImGui::SameLine();
  if (ImGui::SmallButton(move)) ImGui::OpenPopup("##move");
  ImGui::SameLine();
  if (ImGui::SmallButton(remove)) request_delete_item(session, item);
  if (ImGui::BeginPopup("##move")) {
    ImGui::TextDisabled("%s", tr("diagnosis.move_to"));
    for (Quadrant quadrant : kQuadrants)
      if (quadrant != item.quadrant && ImGui::MenuItem(words(quadrant).plural))
        request_move(session, id, quadrant);
    ImGui::EndPopup();
  }
  ImGui::EndTable();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  ImGui::PopID();
}

// The quadrant's cell of the board: heading, cards, add button. The whole
// cell takes dropped cards.
void quadrant_cell(Session& session, Quadrant quadrant) {
  const std::optional<Pestel> filter = is_internal(quadrant) ? std::nullopt : view().pestel;
  // Copies: a card's command changes the workspace's vector under the loop.
  std::vector<ContextItem> shown;
  std::size_t all = 0;
  for (const ContextItem& item : session.workspace()->context_items) {
    if (item.quadrant != quadrant) continue;
    ++all;
    if (!filter || item.pestel == *filter) shown.push_back(item);
  }
  const QuadrantWords w = words(quadrant);
  const float e = ImGui::GetFontSize();
  ImGui::PushID(static_cast<int>(quadrant));
  ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, charts::colour(w.hue, 0.08f));
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;

  const float square = top.y + ImGui::GetStyle().FramePadding.y;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x, square + 0.2f * e),
                                            ImVec2(top.x + 0.8f * e, square + e),
                                            charts::colour(w.hue), 0.2f * e);
  ImGui::Dummy(ImVec2(0.8f * e, e));
  ImGui::SameLine();
  // A row of cells shares its text baseline: set it here, or the right cell
  // would take the one the left cell's last button left behind.
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(w.plural);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("%s", filter ? trf("diagnosis.count_filtered",
                                         {std::to_string(shown.size()), std::to_string(all)})
                                         .c_str()
                                   : std::to_string(all).c_str());
  muted_text(w.hint);

  for (const ContextItem& item : shown)
    item_card(session, item);
  if (all == 0)
    muted_text(w.none);
  else if (shown.empty())
    muted_text(trf("diagnosis.filtered_none", {label(*filter, language())}).c_str());

  if (ImGui::Button((std::string("+ ") + w.add).c_str())) {
    ContextItem draft;
    draft.quadrant = quadrant;
    if (filter) draft.pestel = *filter;
    open_item_dialog(draft, 0);
  }
  const ImRect cell(top, ImVec2(top.x + width, ImGui::GetItemRectMax().y));
  if (ImGui::BeginDragDropTargetCustom(cell, ImGui::GetID("##drop"))) {
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kItemPayload)) {
      ObjectId id = 0;
      std::memcpy(&id, payload->Data, sizeof id);
      request_move(session, id, quadrant);
    }
    ImGui::EndDragDropTarget();
  }
  ImGui::PopID();
}

// Two quadrants side by side, a narrow untinted gap between them.
void quadrant_pair(const char* id, Session& session, Quadrant left, Quadrant right) {
  const float e = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0.6f * e, 0.6f * e));
  if (!ImGui::BeginTable(id, 3, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
    ImGui::PopStyleVar();
    return;
  }
  ImGui::TableSetupColumn("##left", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("##gap", ImGuiTableColumnFlags_WidthFixed, 0.1f * e);
  ImGui::TableSetupColumn("##right", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  quadrant_cell(session, left);
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  quadrant_cell(session, right);
  ImGui::EndTable();
  ImGui::PopStyleVar();
}

// Chips that filter the external quadrants by PESTEL category, with counts:
// an empty category is itself a finding of the diagnosis.
void pestel_filter(const Workspace& ws) {
  std::array<int, 7> counts{};
  int external = 0;
  for (const ContextItem& item : ws.context_items)
    if (!is_internal(item.quadrant)) ++external, ++counts[static_cast<std::size_t>(item.pestel)];
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("diagnosis.pestel_filter"));
  std::optional<Pestel>& chosen = view().pestel;
  auto option = [&](const std::string& text, std::optional<Pestel> value, int id) {
    const bool active = chosen == value;
    same_line_if_fits(button_width(text.c_str()));
    ImGui::PushID(id);
    if (active) {
      ImGui::PushStyleColor(ImGuiCol_Button, charts::colour(charts::Hue::blue));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, charts::colour(charts::Hue::blue, 0.85f));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    if (ImGui::Button(text.c_str())) chosen = active ? std::nullopt : value;
    if (active) ImGui::PopStyleColor(3);
    ImGui::PopID();
  };
  option(trf("diagnosis.pestel_all", {std::to_string(external)}), std::nullopt, -1);
  for (Pestel pestel : kPestel)
    option(
        trf("diagnosis.pestel_count",
            {label(pestel, language()), std::to_string(counts[static_cast<std::size_t>(pestel)])}),
        pestel, static_cast<int>(pestel));
  if (counts[0] > 0 || chosen == Pestel::none)
    option(
        trf("diagnosis.pestel_count", {label(Pestel::none, language()), std::to_string(counts[0])}),
        Pestel::none, 0);
}

TextTable board_table(const Workspace& ws) {
  TextTable table;
  table.columns = {tr("diagnosis.field.quadrant"),        tr("diagnosis.field.text"),
                   tr("diagnosis.field.pestel"),          tr("diagnosis.impact"),
                   tr("diagnosis.likelihood_or_urgency"), tr("diagnosis.field.source")};
  for (Quadrant quadrant : kQuadrants)
    for (const ContextItem& item : ws.context_items)
      if (item.quadrant == quadrant)
        table.rows.push_back({label(item.quadrant, language()), item.text,
                              is_internal(item.quadrant) ? "" : label(item.pestel, language()),
                              std::to_string(item.impact), std::to_string(item.likelihood),
                              item.source});
  return table;
}

void board_tab(Session& session) {
  muted_text(tr("diagnosis.board_intro"));
  copy_table_button("##board_table", [&session] { return board_table(*session.workspace()); });
  ImGui::Spacing();
  bold_text(tr("diagnosis.internal"));
  quadrant_pair("##internal", session, Quadrant::strength, Quadrant::weakness);
  ImGui::Spacing();
  bold_text(tr("diagnosis.external"));
  pestel_filter(*session.workspace());
  quadrant_pair("##external", session, Quadrant::opportunity, Quadrant::threat);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_diagnosis_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  screen_title(tr("diagnosis.title"));
  muted_text(tr("diagnosis.intro"));
  ImGui::Spacing();

  const std::optional<Tab> wanted = std::exchange(view().requested_tab, std::nullopt);
  auto flags = [&](Tab tab) {
    return wanted == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
  };
  if (ImGui::BeginTabBar("##diagnosis")) {
    const std::string board = trn("diagnosis.tab.board", ws.context_items.size(),
                                  {std::to_string(ws.context_items.size())}) +
                              "###board";
    if (ImGui::BeginTabItem(board.c_str(), nullptr, flags(Tab::board))) {
      ImGui::Spacing();
      board_tab(session);
      ImGui::EndTabItem();
    }
    const std::string tows = trn("diagnosis.tab.tows", session.workspace()->tows_options.size(),
                                 {std::to_string(session.workspace()->tows_options.size())}) +
                             "###tows";
    if (ImGui::BeginTabItem(tows.c_str(), nullptr, flags(Tab::tows))) {
      ImGui::Spacing();
      tows_tab(session);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  item_dialog(session);
  tows_dialog(session);
  confirmation_dialog(session, view().confirm, "diagnosis_confirm", 34);
}

} // namespace rumbo::ui
