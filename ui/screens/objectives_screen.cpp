// Visión y objetivos / Vision and objectives: the future the strategy works
// towards, the strategic objectives that make it concrete, and for each
// objective its measurable indicators (KPIs): where it starts (baseline and
// its year) and where it should arrive (target and its year). Evaluation
// cycles record the indicators' actual values later (Seguimiento).
//
// Index of this file:
// [SECTION] Small helpers
// [SECTION] Dialog state and confirmation
// [SECTION] Deleting what others refer to
// [SECTION] Vision
// [SECTION] Objective dialog
// [SECTION] Indicator dialog
// [SECTION] Objectives and their indicators
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/messages.h"
#include "core/model/date.h"
#include "core/model/references.h"
#include "core/text/number_format.h"
#include "core/text/typed_text.h"
#include "ui/charts/charts.h"
#include "ui/fonts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/item_marks.h"
#include "ui/widgets/screen_heading.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <utility>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

// Enough decimals for the value and no more: 620, 0,31, 2,5.
int decimals_of(double value) {
  for (int decimals = 0; decimals < 3; ++decimals) {
    const double scaled = value * std::pow(10.0, decimals);
    if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
      return decimals;
  }
  return 3;
}

std::string value_text(std::optional<double> value) {
  return value ? number(*value, decimals_of(*value)) : std::string("—");
}

// "410 (2024)": a value with its year.
std::string value_in_year(std::optional<double> value, int year) {
  if (!value) return "—";
  return year ? trf("objectives.value_in_year", {value_text(value), std::to_string(year)})
              : value_text(value);
}

// The change from baseline to target, relative to the baseline: "+51 %".
std::string expected_change(const Kpi& kpi) {
  if (!kpi.baseline || !kpi.target || *kpi.baseline == 0) return "—";
  const double change = (*kpi.target - *kpi.baseline) / std::abs(*kpi.baseline);
  return (change > 0 ? "+" : "") + percent(change, 0);
}

//-----------------------------------------------------------------------------
// [SECTION] Dialog state and confirmation
//-----------------------------------------------------------------------------

struct ObjectiveDialog {
  bool open = false;    // open on the next frame, at the screen's level
  ObjectId editing = 0; // 0: a new objective
  Objective draft;
};

// An indicator being written: numbers and years as typed, read on saving.
struct KpiDialog {
  bool open = false;
  ObjectId editing = 0;
  Kpi draft;
  std::string baseline, baseline_year, target, target_year;
};

// What this screen shows, not what the strategy says: lives while the page does.
struct View {
  bool vision_open = false;
  ObjectiveDialog objective;
  KpiDialog kpi;
  Confirmation confirm;
};

View& view() {
  static View state;
  return state;
}

//-----------------------------------------------------------------------------
// [SECTION] Deleting what others refer to
//-----------------------------------------------------------------------------

// "3 indicadores": a count of objects of one collection, in words.
std::string count_of(const std::string& collection, std::size_t n) {
  const std::string count = std::to_string(n);
  if (collection == "kpis") return trn("objectives.count.kpis", n, {count});
  if (collection == "context_items") return trn("objectives.count.items", n, {count});
  if (collection == "actions") return trn("objectives.count.actions", n, {count});
  if (collection == "cycles") return trn("objectives.count.cycles", n, {count});
  return trf("objectives.count.other", {count, message("collection." + collection, language())});
}

// "3 indicadores, 6 factores del diagnóstico y 12 acciones".
std::string in_words(const std::map<std::string, std::set<ObjectId>>& objects) {
  std::vector<std::string> parts;
  for (const auto& [collection, ids] : objects)
    parts.push_back(count_of(collection, ids.size()));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? tr("objectives.list_and") : ", ";
    out += parts[i];
  }
  return out;
}

// Asks before deleting `id`. remove_objects refuses when others refer to
// it; then the question says in words what would go with it and what would
// only lose the reference, and "delete anyway" cascades.
void request_delete(Session& session, ObjectId id, const std::string& name, const char* title) {
  const Workspace& ws = *session.workspace();
  const std::string subject = trf("objectives.subject.delete", {brief(name)});
  auto cascade = [id, subject](const Workspace& now) {
    return remove_objects(now, {id}, Cascade::cascade, subject).command;
  };
  if (remove_objects(ws, {id}, Cascade::refuse_if_referenced, subject).command) {
    view().confirm = {true,
                      title,
                      trf("objectives.confirm_delete", {brief(name, 80)}),
                      tr("objectives.delete_button"),
                      cascade,
                      {},
                      {},
                      {}};
    return;
  }
  const RemoveOutcome outcome = remove_objects(ws, {id}, Cascade::cascade, subject);
  const auto where = collections_by_id(ws);
  std::map<std::string, std::set<ObjectId>> deleted, unlinked;
  for (ObjectId removed : outcome.removed)
    if (removed != id && where.count(removed)) deleted[where.at(removed)].insert(removed);
  for (const RefSite& site : references(ws))
    if (outcome.removed.count(site.target) && site.owner && !outcome.removed.count(site.owner))
      unlinked[site.owner_collection].insert(site.owner);
  std::string text = trf("objectives.in_use", {brief(name, 80)});
  if (!deleted.empty()) text += " " + trf("objectives.also_deleted", {in_words(deleted)});
  if (!unlinked.empty()) text += " " + trf("objectives.lose_reference", {in_words(unlinked)});
  text += " " + std::string(tr("objectives.undo_note"));
  view().confirm = {true, title, text, tr("objectives.delete_anyway"), cascade, {}, {}, {}};
}

//-----------------------------------------------------------------------------
// [SECTION] Vision
//-----------------------------------------------------------------------------

void vision_section(const Workspace& ws) {
  const float e = ImGui::GetFontSize();
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(tr("objectives.vision"));
  ImGui::PopFont();
  if (ws.vision.text.empty()) {
    muted_text(tr("objectives.vision_empty"));
    if (ImGui::Button(tr("objectives.vision_write"))) view().vision_open = true;
    return;
  }
  // The statement in a tinted band, large enough to read from the back of a room.
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0.9f * e, 0.7f * e));
  if (ImGui::BeginTable("##vision", 1, ImGuiTableFlags_PadOuterX)) {
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, charts::colour(charts::Hue::sky_blue, 0.15f));
    ImGui::TableNextColumn();
    ImGui::PushFont(font(FontRole::heading));
    ImGui::TextWrapped("%s", ws.vision.text.c_str());
    ImGui::PopFont();
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
  if (ImGui::Button(tr("objectives.vision_edit"))) view().vision_open = true;
}

// The vision is one text, edited in place: each keystroke is a change, and
// the typing is one undo step.
void vision_dialog(Session& session) {
  if (view().vision_open) {
    ImGui::OpenPopup("###objectives_vision");
    view().vision_open = false;
  }
  next_dialog_geometry(46);
  const std::string title = std::string(tr("objectives.vision")) + "###objectives_vision";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  const int end = ws.profile.plan_end_year;
  muted_text(end ? trf("objectives.vision_hint_year", {std::to_string(end)})
                 : std::string(tr("objectives.vision_hint")));
  if (ws.vision.text.empty() && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  text_area(
      session, "##vision", ws.vision.text,
      [&session](const std::string& text) {
        return edit_workspace(*session.workspace(), "vision.text", tr("objectives.subject.vision"),
                              [&](Workspace& after) { after.vision.text = text; });
      },
      5);
  wrapped_preview(session.workspace()->vision.text);
  ImGui::Spacing();
  if (ImGui::Button(tr("objectives.done")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Objective dialog
//-----------------------------------------------------------------------------

void objective_dialog(Session& session) {
  ObjectiveDialog& dialog = view().objective;
  if (dialog.open) {
    ImGui::OpenPopup("###objectives_objective");
    dialog.open = false;
  }
  const bool adding = dialog.editing == 0;
  next_dialog_geometry(46);
  const std::string title =
      std::string(adding ? tr("objectives.new_objective") : tr("objectives.edit_objective")) +
      "###objectives_objective";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  Objective& draft = dialog.draft;
  const float column = 9 * ImGui::GetFontSize();
  field_label(tr("objectives.field.title"), column);
  if (adding && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##title", tr("objectives.title_hint"), &draft.title);
  field_label(tr("objectives.field.description"), column);
  ImGui::InputTextMultiline(
      "##description", &draft.description,
      ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3 + ImGui::GetStyle().FramePadding.y * 2));
  wrapped_preview(draft.description);

  ImGui::Spacing();
  const std::string name = trimmed(draft.title);
  ImGui::BeginDisabled(name.empty());
  if (ImGui::Button(adding ? tr("objectives.add_button") : tr("objectives.save_button"))) {
    Objective objective = draft;
    objective.title = name;
    objective.description = trimmed(objective.description);
    if (adding) {
      session.apply(
          add_object(ws, objective, trf("objectives.subject.new_objective", {brief(name)})));
    } else if (const Objective* before = find_by_id(ws.objectives, dialog.editing)) {
      objective.id = before->id;
      if (objective != *before)
        session.apply(edit_object<Objective>(ws, dialog.editing, "dialog",
                                             trf("objectives.subject.edit", {brief(before->title)}),
                                             [&](Objective& o) { o = objective; }));
    }
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  if (name.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("objectives.title_needed"));
  }
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Indicator dialog
//-----------------------------------------------------------------------------

void open_kpi_dialog(const Kpi& kpi, ObjectId editing) {
  auto typed = [](std::optional<double> value) {
    return value ? number(*value, decimals_of(*value)) : std::string();
  };
  auto year = [](int y) { return y ? std::to_string(y) : std::string(); };
  view().kpi = {true,
                editing,
                kpi,
                typed(kpi.baseline),
                year(kpi.baseline_year),
                typed(kpi.target),
                year(kpi.target_year)};
}

// A number as typed: empty is "no value"; anything else must parse.
std::optional<std::optional<double>> read_number(const std::string& text) {
  if (trimmed(text).empty()) return std::optional<double>();
  double value = 0;
  if (!parse_number(text, locale(), value)) return std::nullopt;
  return std::optional<double>(value);
}

// A year as typed (core's parse_year): empty is "unknown" (0).
std::optional<int> read_year(const std::string& text) {
  if (trimmed(text).empty()) return 0;
  return parse_year(text);
}

// A text field for a number or a year, tinted when what is typed cannot be read.
void typed_field(const char* id, std::string& text, bool valid, float width, const char* hint) {
  if (!valid) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.98f, 0.85f, 0.85f, 1));
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint(id, hint, &text);
  if (!valid) ImGui::PopStyleColor();
}

void kpi_dialog(Session& session) {
  KpiDialog& dialog = view().kpi;
  if (dialog.open) {
    ImGui::OpenPopup("###objectives_kpi");
    dialog.open = false;
  }
  const bool adding = dialog.editing == 0;
  next_dialog_geometry(46);
  const std::string title =
      std::string(adding ? tr("objectives.new_kpi") : tr("objectives.edit_kpi")) +
      "###objectives_kpi";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  Kpi& draft = dialog.draft;
  const float e = ImGui::GetFontSize(), column = 9 * e;

  field_label(tr("objectives.field.objective"), column);
  const Objective* owner = find_by_id(ws.objectives, draft.objective.value);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##objective", owner ? owner->title.c_str() : "")) {
    for (const Objective& objective : ws.objectives) {
      ImGui::PushID(static_cast<int>(objective.id.value));
      if (ImGui::Selectable(objective.title.c_str(), objective.id == draft.objective))
        draft.objective = objective.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  field_label(tr("objectives.field.name"), column);
  if (adding && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##name", tr("objectives.name_hint"), &draft.name);
  field_label(tr("objectives.field.unit"), column);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##unit", tr("objectives.unit_hint"), &draft.unit);
  field_label(tr("objectives.field.direction"), column);
  for (Direction direction : {Direction::higher_is_better, Direction::lower_is_better}) {
    if (direction == Direction::lower_is_better) ImGui::SameLine();
    if (ImGui::RadioButton(label(direction, language()).c_str(), draft.direction == direction))
      draft.direction = direction;
  }

  const auto baseline = read_number(dialog.baseline), target = read_number(dialog.target);
  const auto baseline_year = read_year(dialog.baseline_year);
  const auto target_year = read_year(dialog.target_year);
  field_label(tr("objectives.field.baseline"), column);
  typed_field("##baseline", dialog.baseline, baseline.has_value(), 9 * e, "");
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("objectives.in_year"));
  ImGui::SameLine();
  typed_field("##baseline_year", dialog.baseline_year, baseline_year.has_value(), 5 * e, "");
  field_label(tr("objectives.field.target"), column);
  typed_field("##target", dialog.target, target.has_value(), 9 * e, "");
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("objectives.in_year"));
  ImGui::SameLine();
  typed_field("##target_year", dialog.target_year, target_year.has_value(), 5 * e, "");

  const bool numbers_read = baseline && target && baseline_year && target_year;
  if (!numbers_read)
    warning_text(tr("objectives.numbers_hint"));
  else if (*baseline_year && *target_year && *target_year < *baseline_year)
    warning_text(trf("objectives.years_order",
                     {std::to_string(*baseline_year), std::to_string(*target_year)}));
  else if (*baseline && *target && **baseline != 0)
    muted_text(trf("objectives.change_is", {expected_change([&] {
                     Kpi kpi = draft;
                     kpi.baseline = *baseline;
                     kpi.target = *target;
                     return kpi;
                   }())}));

  ImGui::Spacing();
  const std::string name = trimmed(draft.name);
  const bool ready =
      !name.empty() && numbers_read && find_by_id(ws.objectives, draft.objective.value);
  ImGui::BeginDisabled(!ready);
  if (ImGui::Button(adding ? tr("objectives.add_button") : tr("objectives.save_button"))) {
    Kpi kpi = draft;
    kpi.name = name;
    kpi.unit = trimmed(kpi.unit);
    kpi.baseline = *baseline;
    kpi.target = *target;
    kpi.baseline_year = *baseline_year;
    kpi.target_year = *target_year;
    if (adding) {
      session.apply(add_object(ws, kpi, trf("objectives.subject.new_kpi", {brief(name)})));
    } else if (const Kpi* before = find_by_id(ws.kpis, dialog.editing)) {
      kpi.id = before->id;
      if (kpi != *before)
        session.apply(edit_object<Kpi>(ws, dialog.editing, "dialog",
                                       trf("objectives.subject.edit", {brief(before->name)}),
                                       [&](Kpi& k) { k = kpi; }));
    }
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  if (name.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("objectives.name_needed"));
  }
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Objectives and their indicators
//-----------------------------------------------------------------------------

TextTable kpi_table(const Workspace& ws, ObjectId objective) {
  TextTable table;
  table.columns = {tr("objectives.field.name"),      tr("objectives.field.unit"),
                   tr("objectives.field.direction"), tr("objectives.field.baseline"),
                   tr("objectives.baseline_year"),   tr("objectives.field.target"),
                   tr("objectives.target_year"),     tr("objectives.column.change")};
  auto year = [](int y) { return y ? std::to_string(y) : std::string(); };
  auto cell = [](std::optional<double> v) { return v ? number(*v, decimals_of(*v)) : ""; };
  for (const Kpi& kpi : ws.kpis)
    if (kpi.objective.value == objective)
      table.rows.push_back({kpi.name, kpi.unit, label(kpi.direction, language()),
                            cell(kpi.baseline), year(kpi.baseline_year), cell(kpi.target),
                            year(kpi.target_year), expected_change(kpi)});
  return table;
}

void kpi_rows(Session& session, const std::vector<Kpi>& kpis) {
  const float e = ImGui::GetFontSize();
  const char* edit = tr("objectives.edit");
  const char* remove = tr("objectives.delete");
  const float buttons = button_width(edit) + button_width(remove) + ImGui::GetStyle().ItemSpacing.x;
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##kpis", 5, flags)) return;
  ImGui::TableSetupColumn(tr("objectives.column.kpi"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("objectives.field.baseline"), ImGuiTableColumnFlags_WidthFixed,
                          7.5f * e);
  ImGui::TableSetupColumn(tr("objectives.field.target"), ImGuiTableColumnFlags_WidthFixed,
                          7.5f * e);
  ImGui::TableSetupColumn(tr("objectives.column.change"), ImGuiTableColumnFlags_WidthFixed,
                          6.0f * e);
  ImGui::TableSetupColumn("##buttons", ImGuiTableColumnFlags_WidthFixed, buttons);
  ImGui::TableHeadersRow();
  for (const Kpi& kpi : kpis) {
    ImGui::PushID(static_cast<int>(kpi.id.value));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", kpi.name.empty() ? tr("objectives.untitled") : kpi.name.c_str());
    // Unit and direction under the name, as part of it.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
    muted_text(kpi.unit.empty() ? label(kpi.direction, language())
                                : trf("objectives.unit_and_direction",
                                      {kpi.unit, label(kpi.direction, language())}));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value_in_year(kpi.baseline, kpi.baseline_year).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value_in_year(kpi.target, kpi.target_year).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(expected_change(kpi).c_str());
    if (kpi.baseline && kpi.target &&
        (*kpi.target < *kpi.baseline) != (kpi.direction == Direction::lower_is_better) &&
        *kpi.target != *kpi.baseline) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.70f, 0.16f, 0.0f, 1.0f), "!");
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
        ImGui::SetTooltip("%s", tr("objectives.wrong_way"));
    }
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(edit)) open_kpi_dialog(kpi, kpi.id.value);
    ImGui::SameLine();
    if (ImGui::SmallButton(remove))
      request_delete(session, kpi.id.value, kpi.name, tr("objectives.delete_kpi_title"));
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// How many objects of `items` name the objective in their list.
template <class T> std::size_t naming(const std::vector<T>& items, ObjectiveId id) {
  return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [&](const T& item) {
    return std::find(item.objectives.begin(), item.objectives.end(), id) != item.objectives.end();
  }));
}

void objective_block(Session& session, const Objective& objective, std::size_t number) {
  const Workspace& ws = *session.workspace();
  const ObjectId id = objective.id.value;
  ImGui::PushID(static_cast<int>(id));
  ImGui::Separator();
  const char* edit = tr("objectives.edit");
  const char* remove = tr("objectives.delete");
  const char *up = "▲", *down = "▼";
  const float buttons = button_width(up) + button_width(down) + button_width(edit) +
                        button_width(remove) + 3 * ImGui::GetStyle().ItemSpacing.x;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const float top = ImGui::GetCursorScreenPos().y;

  // The title wraps before the buttons at the right.
  ImGui::PushFont(font(FontRole::bold));
  ImGui::PushTextWrapPos(right - buttons - ImGui::GetFontSize() - ImGui::GetWindowPos().x);
  ImGui::TextWrapped("%s",
                     trf("objectives.numbered",
                         {std::to_string(number),
                          objective.title.empty() ? tr("objectives.untitled") : objective.title})
                         .c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  const float after_title = ImGui::GetCursorScreenPos().y;
  ImGui::SetCursorScreenPos(ImVec2(right - buttons, top));
  // Objectives are numbered in their order, which the official sets.
  const std::size_t place = number - 1;
  auto move_button = [&](const char* arrow, const char* tip_key, bool possible, std::size_t to) {
    ImGui::BeginDisabled(!possible);
    if (ImGui::SmallButton(arrow)) {
      session.apply(edit_workspace(
          ws, "objectives.order", trf("objectives.subject.move", {brief(objective.title)}),
          [&](Workspace& after) { std::swap(after.objectives[place], after.objectives[to]); }));
      session.seal(); // each move its own undo step
    }
    ImGui::EndDisabled();
    mark_item(std::string(tip_key) + "." + std::to_string(place));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip | ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", tr(tip_key));
    ImGui::SameLine();
  };
  move_button(up, "objectives.move_up", place > 0, place > 0 ? place - 1 : 0);
  move_button(down, "objectives.move_down", place + 1 < ws.objectives.size(), place + 1);
  if (ImGui::SmallButton(edit)) view().objective = {true, id, objective};
  ImGui::SameLine();
  if (ImGui::SmallButton(remove))
    request_delete(session, id, objective.title, tr("objectives.delete_objective_title"));
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, after_title));
  ImGui::SetCursorPosX(ImGui::GetCursorStartPos().x);
  ImGui::Dummy(ImVec2(0, 0));

  if (!objective.description.empty()) ImGui::TextWrapped("%s", objective.description.c_str());
  const std::size_t items = naming(ws.context_items, objective.id);
  const std::size_t actions = naming(ws.actions, objective.id);
  if (items || actions)
    muted_text(
        trf("objectives.links", {count_of("context_items", items), count_of("actions", actions)}));

  std::vector<Kpi> kpis; // copies: a row's command changes the workspace's vector
  for (const Kpi& kpi : ws.kpis)
    if (kpi.objective == objective.id) kpis.push_back(kpi);
  if (kpis.empty())
    warning_text(tr("objectives.no_kpis"));
  else
    kpi_rows(session, kpis);
  if (ImGui::Button((std::string("+ ") + tr("objectives.add_kpi")).c_str())) {
    Kpi kpi;
    kpi.objective = objective.id;
    // Usual in a plan: the baseline is the year before it starts, the target its last year.
    if (ws.profile.plan_start_year) kpi.baseline_year = ws.profile.plan_start_year - 1;
    kpi.target_year = ws.profile.plan_end_year;
    open_kpi_dialog(kpi, 0);
  }
  if (!kpis.empty()) {
    ImGui::SameLine();
    copy_table_button("##kpi_table",
                      [&session, id] { return kpi_table(*session.workspace(), id); });
  }
  ImGui::Spacing();
  ImGui::PopID();
}

void objectives_section(Session& session) {
  const Workspace& ws = *session.workspace();
  ImGui::PushFont(font(FontRole::bold));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(trf("objectives.heading", {std::to_string(ws.objectives.size())}).c_str());
  ImGui::PopFont();
  ImGui::SameLine(0, ImGui::GetFontSize());
  if (ImGui::Button((std::string("+ ") + tr("objectives.add_objective")).c_str()))
    view().objective = {true, 0, Objective{}};
  muted_text(tr("objectives.objectives_intro"));
  if (ws.objectives.empty()) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr("objectives.no_objectives"));
    return;
  }
  const std::vector<Objective> objectives = ws.objectives; // copies, as above
  for (std::size_t i = 0; i < objectives.size(); ++i)
    objective_block(session, objectives[i], i + 1);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_objectives_screen(Session& session) {
  screen_title(tr("objectives.title"));
  muted_text(tr("objectives.intro"));
  ImGui::Spacing();
  vision_section(*session.workspace());
  ImGui::Spacing();
  ImGui::Spacing();
  objectives_section(session);
  vision_dialog(session);
  objective_dialog(session);
  kpi_dialog(session);
  confirmation_dialog(session, view().confirm, "objectives_confirm", 36);
}

} // namespace rumbo::ui
