// Actores / Actors: who can push the strategy forward or hold it back. Each
// actor sits on the influence–interest grid (Mendelow's power–interest
// matrix), whose quadrants say how to treat them; the grid can be rearranged
// by dragging, and the list adds, edits and deletes actors.
//
// Index of this file:
// [SECTION] Quadrants and small helpers
// [SECTION] The actor dialog (add and edit)
// [SECTION] Deleting an actor
// [SECTION] Map tab
// [SECTION] List tab
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/messages.h"
#include "core/model/enum_keys.h"
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
#include <array>
#include <cmath>
#include <map>
#include <utility>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Quadrants and small helpers
//-----------------------------------------------------------------------------

constexpr int kLowest = 1, kHighest = 5;

enum class Quadrant { manage_closely, keep_satisfied, keep_informed, monitor };
constexpr std::array<Quadrant, 4> kQuadrants = {Quadrant::manage_closely, Quadrant::keep_satisfied,
                                                Quadrant::keep_informed, Quadrant::monitor};

// The middle value (3) counts as high: an actor on the line gets the closer
// of the two treatments, so no one is neglected for sitting on it.
Quadrant quadrant_of(const Actor& actor) {
  const bool influential = actor.influence >= 3, interested = actor.interest >= 3;
  if (influential) return interested ? Quadrant::manage_closely : Quadrant::keep_satisfied;
  return interested ? Quadrant::keep_informed : Quadrant::monitor;
}

const char* quadrant_name(Quadrant q) {
  switch (q) {
  case Quadrant::manage_closely:
    return tr("actors.quadrant.manage_closely");
  case Quadrant::keep_satisfied:
    return tr("actors.quadrant.keep_satisfied");
  case Quadrant::keep_informed:
    return tr("actors.quadrant.keep_informed");
  case Quadrant::monitor:
    return tr("actors.quadrant.monitor");
  }
  return "";
}

const char* quadrant_advice(Quadrant q) {
  switch (q) {
  case Quadrant::manage_closely:
    return tr("actors.advice.manage_closely");
  case Quadrant::keep_satisfied:
    return tr("actors.advice.keep_satisfied");
  case Quadrant::keep_informed:
    return tr("actors.advice.keep_informed");
  case Quadrant::monitor:
    return tr("actors.advice.monitor");
  }
  return "";
}

// "4 · Alta": the level in words, which differ in gender between the two
// scales in Spanish (influencia alta, interés alto).
std::string influence_level(int level) {
  switch (level) {
  case 1:
    return tr("actors.influence.1");
  case 2:
    return tr("actors.influence.2");
  case 3:
    return tr("actors.influence.3");
  case 4:
    return tr("actors.influence.4");
  default:
    return tr("actors.influence.5");
  }
}

std::string interest_level(int level) {
  switch (level) {
  case 1:
    return tr("actors.interest.1");
  case 2:
    return tr("actors.interest.2");
  case 3:
    return tr("actors.interest.3");
  case 4:
    return tr("actors.interest.4");
  default:
    return tr("actors.interest.5");
  }
}

std::string display_name(const Actor& actor) {
  return actor.name.empty() ? std::string(tr("actors.unnamed")) : actor.name;
}

// The actions this actor leads.
std::vector<const Action*> led_actions(const Workspace& ws, ActorId id) {
  std::vector<const Action*> led;
  for (const Action& action : ws.actions)
    if (action.lead == id) led.push_back(&action);
  return led;
}

// A combo of an enum's labels; true when the user picked another value.
template <class E> bool enum_combo(const char* id, E& value, float width) {
  const auto keys = enum_keys<E>();
  bool changed = false;
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, label(value, language()).c_str())) {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const E option = static_cast<E>(i);
      if (ImGui::Selectable(label(option, language()).c_str(), option == value)) {
        changed = option != value;
        value = option;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

// A 1..5 level as a combo of its words.
void level_combo(const char* id, int& value, std::string (*words)(int), float width) {
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, words(value).c_str())) {
    for (int level = kHighest; level >= kLowest; --level)
      if (ImGui::Selectable(words(level).c_str(), level == value)) value = level;
    ImGui::EndCombo();
  }
}

// What the screen keeps between frames: which dialog is open, on what, and
// the drag under way. View state only; the actors live in the workspace.
struct ActorsView {
  Actor draft; // the dialog's copy, applied on "Guardar"
  bool draft_is_new = false;
  bool open_dialog = false; // open the dialog on this frame
  Confirmation confirm;     // deleting, asked first
  // The drag on the grid: the actor, where it was when pressed, and
  // whether the mouse has taken it to another cell (else it was a click).
  ObjectId dragged = 0;
  int from_influence = 0, from_interest = 0;
  bool moved = false;
};

ActorsView& view() {
  static ActorsView state;
  return state;
}

void ask_to_edit(const Actor& actor) {
  ActorsView& v = view();
  v.draft = actor;
  v.draft_is_new = false;
  v.open_dialog = true;
}

void ask_to_add() {
  ActorsView& v = view();
  v.draft = Actor{};
  v.draft_is_new = true;
  v.open_dialog = true;
}

void ask_to_delete(const Workspace& ws, const Actor& actor) {
  static const RemovalWords words{
      "actors.delete_title",       "actors.delete_question", "actors.delete_yes",
      "actors.delete_leads_one",   "actors.delete_leads",    "actors.delete_more",
      "actors.delete_consequence", "actors.delete_anyway",   "actors.delete_undo"};
  const std::string name = display_name(actor);
  view().confirm =
      removal_confirmation(ws, actor.id.value, name, trf("actors.subject.delete", {name}), words);
}

//-----------------------------------------------------------------------------
// [SECTION] The actor dialog (add and edit)
//-----------------------------------------------------------------------------

void actor_dialog(Session& session) {
  ActorsView& v = view();
  const float e = ImGui::GetFontSize();
  if (v.open_dialog) ImGui::OpenPopup("###actor_dialog");
  v.open_dialog = false;
  const std::string title =
      std::string(tr(v.draft_is_new ? "actors.dialog.add_title" : "actors.dialog.edit_title")) +
      "###actor_dialog";
  ImGui::SetNextWindowSize(ImVec2(std::min(40 * e, ImGui::GetMainViewport()->Size.x * 0.9f), 0));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  // An undo (Ctrl+Z) may take away the actor being edited.
  if (!v.draft_is_new && !find_by_id(ws.actors, v.draft.id.value)) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  Actor& a = v.draft;
  const float column = 11 * e, width = -FLT_MIN;

  field_label(tr("actors.column.name"), column);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint("##name", tr("actors.name_hint"), &a.name);
  field_label(tr("actors.column.type"), column);
  enum_combo("##type", a.type, width);
  field_label(tr("actors.column.role"), column);
  enum_combo("##role", a.role, width);
  field_label(tr("actors.column.influence"), column);
  level_combo("##influence", a.influence, influence_level, width);
  field_label(tr("actors.column.interest"), column);
  level_combo("##interest", a.interest, interest_level, width);
  ImGui::SetCursorPosX(column);
  const Quadrant q = quadrant_of(a);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", trf("actors.dialog.quadrant", {quadrant_name(q)}).c_str());
  ImGui::PopTextWrapPos();
  ImGui::TextUnformatted(tr("actors.column.notes"));
  ImGui::InputTextMultiline("##notes", &a.contact_notes,
                            ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 4 + 8));
  ImGui::Spacing();

  const bool named = a.name.find_first_not_of(" \t") != std::string::npos;
  ImGui::BeginDisabled(!named);
  const bool save = ImGui::Button(tr(v.draft_is_new ? "actors.dialog.add" : "action.save"));
  ImGui::EndDisabled();
  if (!named) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("actors.dialog.name_needed"));
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  if (!v.draft_is_new) {
    const char* remove = tr("actors.delete");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width(remove));
    if (ImGui::Button(remove)) {
      if (const Actor* saved = find_by_id(ws.actors, a.id.value)) ask_to_delete(ws, *saved);
      ImGui::CloseCurrentPopup();
    }
  }
  if (save && named) {
    if (v.draft_is_new) {
      session.apply(add_object(ws, a, trf("actors.subject.add", {a.name})));
    } else {
      const Actor edited = a;
      session.apply(edit_object<Actor>(ws, a.id.value, "dialog",
                                       trf("actors.subject.edit", {a.name}),
                                       [&](Actor& actor) { actor = edited; }));
    }
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Deleting an actor
//-----------------------------------------------------------------------------

//-----------------------------------------------------------------------------
// [SECTION] Map tab
//-----------------------------------------------------------------------------

// Where each actor is drawn. A value of 3 counts as high (quadrant_of), so
// it is drawn a little inside the high side of the middle line rather than
// on it; actors that share a cell are spread up and down it so each name can
// be read. Every offset stays under half a step, so the chart's rounded
// values (tooltip, data table) are still the actor's.
std::vector<ImVec2> drawn_positions(const std::vector<Actor>& actors) {
  constexpr float kOffLine = 0.22f;
  std::map<std::pair<int, int>, std::vector<std::size_t>> cells;
  for (std::size_t i = 0; i < actors.size(); ++i)
    cells[{actors[i].interest, actors[i].influence}].push_back(i);
  std::vector<ImVec2> positions(actors.size());
  for (const auto& [cell, members] : cells) {
    const auto [interest, influence] = cell;
    const bool middle = influence == 3;
    const float centre = influence + (middle ? kOffLine : 0.0f);
    const float room = middle ? 0.4f - kOffLine : 0.4f; // each side of the centre
    const float gap = members.size() < 2
                          ? 0.0f
                          : std::min(0.26f, 2 * room / static_cast<float>(members.size() - 1));
    const float top = centre + gap * static_cast<float>(members.size() - 1) / 2;
    for (std::size_t k = 0; k < members.size(); ++k)
      positions[members[k]] =
          ImVec2(interest + (interest == 3 ? kOffLine : 0.0f), top - gap * static_cast<float>(k));
  }
  return positions;
}

void apply_drag(Session& session, const Actor& actor, const charts::ScatterDrag& drag) {
  ActorsView& v = view();
  if (v.dragged != actor.id.value) {
    v.dragged = actor.id.value;
    v.from_influence = actor.influence;
    v.from_interest = actor.interest;
    v.moved = false;
  }
  const int interest = std::clamp(static_cast<int>(std::lround(drag.x)), kLowest, kHighest);
  const int influence = std::clamp(static_cast<int>(std::lround(drag.y)), kLowest, kHighest);
  v.moved = v.moved || interest != v.from_interest || influence != v.from_influence;
  if (interest != actor.interest || influence != actor.influence)
    session.apply(edit_object<Actor>(*session.workspace(), actor.id.value, "position",
                                     trf("actors.subject.move", {display_name(actor)}),
                                     [&](Actor& a) {
                                       a.interest = interest;
                                       a.influence = influence;
                                     }));
  if (drag.finished) {
    // A press and release without leaving the cell is a click: open the actor.
    if (v.moved)
      session.seal();
    else
      ask_to_edit(actor);
    v.dragged = 0;
  }
}

void actor_map(Session& session) {
  const Workspace& ws = *session.workspace();
  const std::vector<Actor> actors = ws.actors; // a drag's command replaces the workspace's actor
  charts::ScatterChart chart;
  chart.title = tr("actors.map_title");
  chart.x_axis = tr("actors.axis.interest");
  chart.y_axis = tr("actors.axis.influence");
  chart.name_heading = tr("actors.column.name");
  chart.group_heading = tr("actors.column.role");
  // Half a step beyond 1 and 5 keeps the ticks on whole numbers, the
  // quadrant lines on 3 and the points spread in a cell inside the plot.
  chart.x_min = chart.y_min = kLowest - 0.5;
  chart.x_max = chart.y_max = kHighest + 0.5;
  chart.step = 1;
  chart.format = {charts::ValueFormat::Kind::number, 0, {}};
  chart.height_em = 26; // room for the names of actors that share a cell
  chart.mark = "actors.point";
  chart.quadrants = {quadrant_name(Quadrant::keep_satisfied),
                     quadrant_name(Quadrant::manage_closely), quadrant_name(Quadrant::monitor),
                     quadrant_name(Quadrant::keep_informed)};
  const std::size_t roles = enum_keys<ActorRole>().size();
  for (std::size_t r = 0; r < roles; ++r)
    chart.groups.push_back(label(static_cast<ActorRole>(r), language()));
  const std::vector<ImVec2> at = drawn_positions(actors);
  for (std::size_t i = 0; i < actors.size(); ++i)
    chart.points.push_back({display_name(actors[i]), at[i].x, at[i].y, 0,
                            static_cast<std::size_t>(actors[i].role), true});
  if (const std::optional<charts::ScatterDrag> drag = charts::scatter_chart("##grid", chart))
    if (drag->point < actors.size()) apply_drag(session, actors[drag->point], *drag);
}

// What each quadrant asks of the team, and who is in it.
void quadrant_guide(const Workspace& ws) {
  for (Quadrant q : kQuadrants) {
    std::vector<std::string> names;
    for (const Actor& actor : ws.actors)
      if (quadrant_of(actor) == q) names.push_back(display_name(actor));
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("%s (%zu)", quadrant_name(q), names.size());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", quadrant_advice(q));
    if (!names.empty()) {
      std::string list;
      for (const std::string& name : names)
        list += (list.empty() ? "" : "; ") + name;
      muted_text(list);
    }
    ImGui::Spacing();
  }
  muted_text(tr("actors.middle_note"));
}

void map_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize();
  muted_text(tr("actors.map_hint"));
  // At most 42 font sizes wide: the chart then puts a tick on every whole
  // number (wider, it would tick every half), and a squarer grid reads better.
  constexpr float kMapEm = 42, kGuideEm = 18;
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= (kMapEm + kGuideEm) * e &&
      ImGui::BeginTable("##map_layout", 2, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("##grid", ImGuiTableColumnFlags_WidthFixed, kMapEm * e);
    ImGui::TableSetupColumn("##guide", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    actor_map(session);
    ImGui::TableNextColumn();
    ImGui::Indent(0.5f * e);
    quadrant_guide(ws);
    ImGui::Unindent(0.5f * e);
    ImGui::EndTable();
  } else {
    if (ImGui::BeginTable("##map_alone", 1, ImGuiTableFlags_SizingFixedFit)) {
      ImGui::TableSetupColumn("##grid", ImGuiTableColumnFlags_WidthFixed,
                              std::min(avail, kMapEm * e));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      actor_map(session);
      ImGui::EndTable();
    }
    ImGui::Spacing();
    quadrant_guide(ws);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] List tab
//-----------------------------------------------------------------------------

TextTable list_as_text(const Workspace& ws) {
  TextTable table;
  table.columns = {tr("actors.column.name"),     tr("actors.column.type"),
                   tr("actors.column.role"),     tr("actors.column.influence"),
                   tr("actors.column.interest"), tr("actors.column.quadrant"),
                   tr("actors.column.leads"),    tr("actors.column.notes")};
  for (const Actor& a : ws.actors)
    table.rows.push_back({a.name, label(a.type, language()), label(a.role, language()),
                          std::to_string(a.influence), std::to_string(a.interest),
                          quadrant_name(quadrant_of(a)),
                          std::to_string(led_actions(ws, a.id).size()), a.contact_notes});
  return table;
}

void centred(const std::string& text) {
  const float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text.c_str()).x;
  if (room > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room / 2);
  ImGui::TextUnformatted(text.c_str());
}

void list_tab(Session& session) {
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize();
  copy_table_button("##copy_actors", [&ws] { return list_as_text(ws); });
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##actors", 8, flags)) return;
  ImGui::TableSetupColumn(tr("actors.column.name"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
  ImGui::TableSetupColumn(tr("actors.column.type"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  // Wide enough for the longest role: one word each, which must not break.
  float role_width = ImGui::CalcTextSize(tr("actors.column.role")).x;
  for (std::size_t r = 0; r < enum_keys<ActorRole>().size(); ++r)
    role_width = std::max(
        role_width, ImGui::CalcTextSize(label(static_cast<ActorRole>(r), language()).c_str()).x);
  ImGui::TableSetupColumn(tr("actors.column.role"), ImGuiTableColumnFlags_WidthFixed, role_width);
  ImGui::TableSetupColumn(tr("actors.column.influence"), ImGuiTableColumnFlags_WidthFixed,
                          5.2f * e);
  ImGui::TableSetupColumn(tr("actors.column.interest"), ImGuiTableColumnFlags_WidthFixed, 4.4f * e);
  ImGui::TableSetupColumn(tr("actors.column.quadrant"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn(tr("actors.column.leads"), ImGuiTableColumnFlags_WidthFixed, 5.5f * e);
  ImGui::TableSetupColumn("##buttons", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize(tr("actors.edit")).x +
                              ImGui::CalcTextSize(tr("actors.delete")).x + 2.5f * e);
  ImGui::TableHeadersRow();
  for (const Actor& actor : ws.actors) {
    ImGui::PushID(static_cast<int>(actor.id.value));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", display_name(actor).c_str());
    if (!actor.contact_notes.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(26 * e);
      ImGui::TextUnformatted(actor.contact_notes.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", label(actor.type, language()).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", label(actor.role, language()).c_str());
    ImGui::TableNextColumn();
    centred(std::to_string(actor.influence));
    ImGui::TableNextColumn();
    centred(std::to_string(actor.interest));
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", quadrant_name(quadrant_of(actor)));
    ImGui::TableNextColumn();
    const std::size_t leads = led_actions(ws, actor.id).size();
    if (leads == 0)
      ImGui::TextDisabled("—");
    else
      ImGui::TextUnformatted(
          trf(leads == 1 ? "actors.leads_one" : "actors.leads_many", {std::to_string(leads)})
              .c_str());
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(tr("actors.edit"))) ask_to_edit(actor);
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("actors.delete"))) ask_to_delete(ws, actor);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_actors_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  if (screen_title(tr("actors.title"), tr("actors.add"), "actors.add")) ask_to_add();
  muted_text(tr("actors.intro"));
  ImGui::Spacing();

  if (ws.actors.empty()) {
    ImGui::TextWrapped("%s", tr("actors.empty"));
    if (ImGui::Button(tr("actors.add_first"))) ask_to_add();
  } else if (ImGui::BeginTabBar("##actors_tabs")) {
    if (ImGui::BeginTabItem((std::string(tr("actors.tab.map")) + "###map").c_str())) {
      ImGui::Spacing();
      map_tab(session);
      ImGui::EndTabItem();
    }
    const std::string list = trf("actors.tab.list", {std::to_string(ws.actors.size())}) + "###list";
    if (ImGui::BeginTabItem(list.c_str())) {
      ImGui::Spacing();
      list_tab(session);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  actor_dialog(session);
  confirmation_dialog(session, view().confirm, "actor_delete", 36);
}

} // namespace rumbo::ui
