// Acciones / Actions: what the strategy will do. A table of every action
// that can be filtered (axis, mechanism, status, words of its title) and
// sorted by any column, and beside it the editor of the selected action:
// what it is, where it belongs, what it costs, when it runs, what it needs.
// Actions are written from nothing or taken from the catalogue of typical
// actions (actions_catalogue.cpp).
//
// Index of this file:
// [SECTION] Selection and filters
// [SECTION] Commands and pickers
// [SECTION] The table
// [SECTION] The editor
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/files/csv_exports.h"
#include "core/messages.h"
#include "core/model/enum_keys.h"
#include "core/stable_sort.h"
#include "ui/fonts.h"
#include "ui/screens/actions_catalogue.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/copy_table.h"
#include "ui/widgets/csv_export.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/item_marks.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Selection and filters
//-----------------------------------------------------------------------------

// What the official is looking at: not part of the strategy, so not in the
// workspace and not undone.
struct View {
  std::uint64_t workspace_key = 0;
  ObjectId selected = 0;
  std::string words;
  ObjectId axis = 0;      // 0: every axis
  ObjectId mechanism = 0; // 0: every mechanism
  int status = -1;        // -1: every status
  std::optional<ObjectId> confirm_delete;
  std::vector<RefSite> referrers; // of the action whose removal was refused
  std::string dependency_problem;
  bool reveal_selected = false; // scroll the table to it: it was just added
  // The table's rows (indices into the actions), filtered and sorted, the
  // ranking places and the widest cost: worked out again only when the
  // workspace, the filters, the sort, the language or the font size change,
  // not in every frame (500 actions cost milliseconds to sort and measure).
  std::uint64_t rows_revision = 0;
  std::string rows_key;
  std::vector<std::size_t> rows;
  std::map<ObjectId, std::size_t> places;
  std::uint64_t widths_revision = 0;
  std::string widths_key;
  float cost_width = 0;
};

View& view(Session& session) {
  static View state;
  const std::uint64_t key = session.current() ? session.current()->key : 0;
  if (state.workspace_key != key) {
    state = View{};
    state.workspace_key = key;
  }
  return state;
}

std::string lowered(const std::string& text) {
  std::string out = text;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool shown(const View& v, const Action& action) {
  if (v.axis && action.axis.value != v.axis) return false;
  if (v.mechanism && action.mechanism.value != v.mechanism) return false;
  if (v.status >= 0 && static_cast<int>(action.status) != v.status) return false;
  return v.words.empty() || lowered(action.title).find(lowered(v.words)) != std::string::npos;
}

// Axes and mechanisms are named in both languages; actors by the user.
const std::string& shown_name(const Label& name) { return in_language(name); }
const std::string& shown_name(const std::string& name) { return name; }

template <class T> std::string name_of(const std::vector<T>& items, ObjectId id) {
  const T* item = find_by_id(items, id);
  return item ? shown_name(item->name) : std::string();
}

// The action's place in the current ranking (1 = first), 0 when unranked.
std::map<ObjectId, std::size_t> ranking_places(Session& session) {
  const scoring::WorkspaceScores& scores = session.scores();
  std::map<ObjectId, std::size_t> places;
  if (scores.ranking.error) return places;
  for (std::size_t r = 0; r < scores.ranking.ranking.size(); ++r) {
    const std::size_t alternative = scores.ranking.ranking[r];
    if (alternative < scores.actions.actions.size())
      places[scores.actions.actions[alternative].value] = r + 1;
  }
  return places;
}

//-----------------------------------------------------------------------------
// [SECTION] Commands and pickers
//-----------------------------------------------------------------------------

// "Costo por año de «Feria de inversión»": what the undo button names.
template <class Change>
Command edit_action(Session& session, const Action& action, const char* field,
                    const char* label_key, Change change) {
  return edit_object<Action>(*session.workspace(), action.id.value, field,
                             trf("actions.edit_subject", {tr(label_key), action.title}), change);
}

// A combo choosing one object of `items` by id, or none.
template <class T>
std::optional<ObjectId> id_combo(const char* id, const std::vector<T>& items, ObjectId current,
                                 const char* none_key, float width = -FLT_MIN) {
  std::optional<ObjectId> chosen;
  const T* item = find_by_id(items, current);
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, item ? shown_name(item->name).c_str() : tr(none_key))) {
    if (ImGui::Selectable(tr(none_key), !item)) chosen = 0;
    for (const T& each : items) {
      ImGui::PushID(static_cast<int>(each.id.value));
      if (ImGui::Selectable(shown_name(each.name).c_str(), each.id.value == current))
        chosen = each.id.value;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return chosen;
}

std::optional<int> status_combo(const char* id, int current, const char* all_key,
                                float width = -FLT_MIN) {
  std::optional<int> chosen;
  const auto keys = enum_keys<ActionStatus>();
  const std::string preview =
      current < 0 && all_key ? tr(all_key) : label(static_cast<ActionStatus>(current), language());
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, preview.c_str())) {
    if (all_key && ImGui::Selectable(tr(all_key), current < 0)) chosen = -1;
    for (std::size_t s = 0; s < keys.size(); ++s)
      if (ImGui::Selectable(label(static_cast<ActionStatus>(s), language()).c_str(),
                            current == static_cast<int>(s)))
        chosen = static_cast<int>(s);
    ImGui::EndCombo();
  }
  return chosen;
}

// A new action in the axis and mechanism being filtered, so it stays in view.
void add_action(Session& session, View& v) {
  Action action;
  action.title = tr("actions.new_title");
  action.axis.value = v.axis;
  action.mechanism.value = v.mechanism;
  if (v.status >= 0) action.status = static_cast<ActionStatus>(v.status);
  v.words.clear();
  const Command command = add_object(*session.workspace(), action, tr("actions.add_subject"));
  const ObjectId id = added_id(command);
  session.apply(command);
  session.seal();
  v.selected = id;
  v.reveal_selected = true;
}

// Actions just taken from the catalogue: the first is selected and shown,
// even when the filters would hide it.
void select_added(const Workspace& ws, View& v, ObjectId first) {
  const Action* action = find_by_id(ws.actions, first);
  if (!action) return;
  if (!shown(v, *action)) {
    v.words.clear();
    v.axis = v.mechanism = 0;
    v.status = -1;
  }
  v.selected = first;
  v.reveal_selected = true;
}

//-----------------------------------------------------------------------------
// [SECTION] The table
//-----------------------------------------------------------------------------

enum Column { title, axis, mechanism, status, cost, place, column_count };

// The search and the three filters share the rest of the toolbar's line
// when each still shows its "every ..." text whole; otherwise they take a
// line of their own, so a projector's narrower window does not cut them.
void filters(Session& session, View& v) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float widest = 0;
  for (const char* key : {"actions.search_hint", "actions.every_axis", "actions.every_mechanism",
                          "actions.every_status"})
    widest = std::max(widest, ImGui::CalcTextSize(tr(key)).x);
  const float needed =
      4 * (widest + 2 * style.FramePadding.x + ImGui::GetFrameHeight()) + 3 * style.ItemSpacing.x;
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < needed) ImGui::NewLine();
  const Workspace& ws = *session.workspace();
  const float width = (ImGui::GetContentRegionAvail().x - 3 * style.ItemSpacing.x) / 4;
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint("##words", tr("actions.search_hint"), &v.words);
  ImGui::SameLine();
  if (auto axis = id_combo("##axis_filter", ws.axes, v.axis, "actions.every_axis", width))
    v.axis = *axis;
  ImGui::SameLine();
  if (auto mechanism = id_combo("##mechanism_filter", ws.mechanisms, v.mechanism,
                                "actions.every_mechanism", width))
    v.mechanism = *mechanism;
  ImGui::SameLine();
  if (auto status = status_combo("##status_filter", v.status, "actions.every_status", width))
    v.status = *status;
}

// The rows the filters let through, in the table's sort order.
std::vector<std::size_t> sorted_rows(const Workspace& ws, const View& v,
                                     const std::map<ObjectId, std::size_t>& places,
                                     const ImGuiTableColumnSortSpecs* spec) {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < ws.actions.size(); ++i)
    if (shown(v, ws.actions[i])) rows.push_back(i);
  if (!spec) return rows;
  auto place = [&](const Action& a) {
    const auto found = places.find(a.id.value);
    return found == places.end() ? std::size_t(-1) : found->second;
  };
  auto less = [&](const Action& a, const Action& b) {
    switch (spec->ColumnIndex) {
    case Column::title:
      return lowered(a.title) < lowered(b.title);
    case Column::axis:
      return name_of(ws.axes, a.axis.value) < name_of(ws.axes, b.axis.value);
    case Column::mechanism:
      return name_of(ws.mechanisms, a.mechanism.value) < name_of(ws.mechanisms, b.mechanism.value);
    case Column::status:
      return a.status < b.status;
    case Column::cost:
      return a.cost_per_year < b.cost_per_year;
    default:
      return place(a) < place(b);
    }
  };
  const bool descending = spec->SortDirection == ImGuiSortDirection_Descending;
  stable_sort_indices(rows, [&](std::size_t a, std::size_t b) {
    return descending ? less(ws.actions[b], ws.actions[a]) : less(ws.actions[a], ws.actions[b]);
  });
  return rows;
}

// The rows of the current workspace, filters and sort (see View::rows).
void update_rows(Session& session, View& v) {
  const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  const ImGuiTableColumnSortSpecs* spec =
      specs && specs->SpecsCount > 0 ? &specs->Specs[0] : nullptr;
  const std::string key = v.words + '\x1f' + std::to_string(v.axis) + ',' +
                          std::to_string(v.mechanism) + ',' + std::to_string(v.status) + ',' +
                          std::to_string(spec ? spec->ColumnIndex : -1) + ',' +
                          std::to_string(spec ? static_cast<int>(spec->SortDirection) : 0) + ',' +
                          (language() == Language::es ? "es" : "en");
  const std::uint64_t revision = session.current()->revision;
  if (revision == v.rows_revision && key == v.rows_key) return;
  v.places = ranking_places(session);
  v.rows = sorted_rows(*session.workspace(), v, v.places, spec);
  v.rows_revision = revision;
  v.rows_key = key;
}

TextTable as_text(const Workspace& ws, const std::vector<std::size_t>& rows,
                  const std::map<ObjectId, std::size_t>& places) {
  TextTable table;
  table.columns = {tr("actions.column.title"),     tr("actions.column.axis"),
                   tr("actions.column.mechanism"), tr("actions.column.status"),
                   tr("actions.column.cost"),      tr("actions.column.place")};
  for (std::size_t row : rows) {
    const Action& action = ws.actions[row];
    const auto place = places.find(action.id.value);
    table.rows.push_back({action.title, name_of(ws.axes, action.axis.value),
                          name_of(ws.mechanisms, action.mechanism.value),
                          label(action.status, language()), number(action.cost_per_year, 0),
                          place == places.end() ? "" : std::to_string(place->second)});
  }
  return table;
}

void action_table(Session& session, View& v) {
  const Workspace& ws = *session.workspace();
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_Hideable;
  const float footer = ImGui::GetFrameHeightWithSpacing();
  if (!ImGui::BeginTable("##actions", Column::column_count, flags, ImVec2(0, -footer))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // The table shares the screen with the editor: the axis and mechanism
  // columns start hidden (right-click a heading to show them; the filters
  // above choose by them).
  ImGui::TableSetupColumn(tr("actions.column.title"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(tr("actions.column.axis"),
                          ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultHide,
                          1.5f);
  ImGui::TableSetupColumn(tr("actions.column.mechanism"),
                          ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultHide,
                          1.3f);
  // Numbers and statuses get the width of their widest text: a cost cut
  // short on the left would read as a smaller one.
  const ImGuiStyle& style = ImGui::GetStyle();
  float status_width = 0;
  for (std::size_t s = 0; s < enum_keys<ActionStatus>().size(); ++s)
    status_width =
        std::max(status_width,
                 ImGui::CalcTextSize(label(static_cast<ActionStatus>(s), language()).c_str()).x);
  const std::string widths_key =
      std::to_string(ImGui::GetFontSize()) + ',' + tr("actions.column.cost");
  if (session.current()->revision != v.widths_revision || widths_key != v.widths_key) {
    v.cost_width = ImGui::CalcTextSize(tr("actions.column.cost")).x;
    for (const Action& action : ws.actions)
      v.cost_width =
          std::max(v.cost_width, ImGui::CalcTextSize(number(action.cost_per_year, 0).c_str()).x);
    v.widths_revision = session.current()->revision;
    v.widths_key = widths_key;
  }
  const float cost_width = v.cost_width;
  const float sort_arrow = ImGui::GetFontSize();
  ImGui::TableSetupColumn(tr("actions.column.status"), ImGuiTableColumnFlags_WidthFixed,
                          status_width + sort_arrow);
  const std::string cost_heading =
      trf("actions.column.cost_in", {tr("actions.column.cost"), ws.profile.currency});
  ImGui::TableSetupColumn(cost_heading.c_str(),
                          ImGuiTableColumnFlags_WidthFixed |
                              ImGuiTableColumnFlags_PreferSortDescending,
                          cost_width + sort_arrow);
  ImGui::TableSetupColumn(tr("actions.column.place"), ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize(tr("actions.column.place")).x + sort_arrow +
                              style.CellPadding.x);
  ImGui::TableHeadersRow();
  update_rows(session, v);
  const std::vector<std::size_t>& rows = v.rows;
  const std::map<ObjectId, std::size_t>& places = v.places;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  int reveal = -1;
  if (v.reveal_selected) {
    for (std::size_t r = 0; r < rows.size(); ++r)
      if (ws.actions[rows[r]].id.value == v.selected) reveal = static_cast<int>(r);
    if (reveal >= 0) clipper.IncludeItemByIndex(reveal);
    v.reveal_selected = false;
  }
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const Action& action = ws.actions[rows[static_cast<std::size_t>(r)]];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(action.id.value));
      if (ImGui::Selectable(action.title.empty() ? "—" : action.title.c_str(),
                            v.selected == action.id.value, ImGuiSelectableFlags_SpanAllColumns))
        v.selected = action.id.value;
      if (r == reveal) ImGui::SetScrollHereY(0.5f);
      mark_item("actions.row." + std::to_string(r));
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(name_of(ws.axes, action.axis.value).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(name_of(ws.mechanisms, action.mechanism.value).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label(action.status, language()).c_str());
      ImGui::TableNextColumn();
      const std::string cost = number(action.cost_per_year, 0);
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                           ImGui::CalcTextSize(cost.c_str()).x);
      ImGui::TextUnformatted(cost.c_str());
      ImGui::TableNextColumn();
      const auto place = places.find(action.id.value);
      if (place != places.end()) ImGui::Text("%zu", place->second);
    }
  ImGui::EndTable();
  ImGui::TextDisabled(
      "%s", trf("actions.shown", {std::to_string(rows.size()), std::to_string(ws.actions.size())})
                .c_str());
  ImGui::SameLine();
  copy_table_button("##copy", [&] { return as_text(ws, rows, places); });
}

//-----------------------------------------------------------------------------
// [SECTION] The editor
//-----------------------------------------------------------------------------

// The year of a date; setting it keeps month and day, or starts the plan
// year on 1 January and ends it on 31 December.
void year_of(Session& session, const Action& action, const char* id, const char* label_key,
             bool start) {
  const Date& date = start ? action.start : action.end;
  int year = date.year;
  ImGui::SetNextItemWidth(7 * ImGui::GetFontSize());
  if (ImGui::InputInt(id, &year, 1, 1) && year != date.year && year >= 1900 && year <= 2200)
    session.apply(edit_action(session, action, start ? "start" : "end", label_key, [&](Action& a) {
      Date& d = start ? a.start : a.end;
      if (!d.is_set()) d = start ? Date{year, 1, 1} : Date{year, 12, 31};
      d.year = year;
    }));
  if (ImGui::IsItemDeactivated()) session.seal();
}

// Ticks in a small scrolling box: objectives, partners, dependencies.
template <class T, class IdT, class Name>
void pick_many(Session& session, const Action& action, const char* id, const char* label_key,
               const std::vector<T>& items, std::vector<IdT> Action::*member, Name name,
               ObjectId skip = 0) {
  const float e = ImGui::GetFontSize();
  const std::vector<IdT>& chosen = action.*member;
  const float rows = std::clamp(static_cast<float>(items.size()), 1.0f, 5.0f);
  ImGui::BeginChild(id, ImVec2(0, rows * ImGui::GetFrameHeight() + 0.5f * e),
                    ImGuiChildFlags_Border);
  if (items.empty()) ImGui::TextDisabled("%s", tr("actions.none_yet"));
  for (const T& item : items) {
    if (item.id.value == skip) continue;
    bool on = std::find(chosen.begin(), chosen.end(), IdT{item.id.value}) != chosen.end();
    ImGui::PushID(static_cast<int>(item.id.value));
    if (ImGui::Checkbox(name(item).c_str(), &on)) {
      Command command = edit_action(session, action, id, label_key, [&](Action& a) {
        std::vector<IdT>& list = a.*member;
        if (on)
          list.push_back(IdT{item.id.value});
        else
          list.erase(std::remove(list.begin(), list.end(), IdT{item.id.value}), list.end());
      });
      session.apply(std::move(command));
      session.seal();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

// A dependency that would close a loop (A needs B needs A) is refused with
// the loop named, because no plan can order such actions.
bool would_loop(const Workspace& ws, ObjectId from, ObjectId to) {
  std::vector<ObjectId> pending{to};
  std::set<ObjectId> seen;
  while (!pending.empty()) {
    const ObjectId at = pending.back();
    pending.pop_back();
    if (at == from) return true;
    if (!seen.insert(at).second) continue;
    if (const Action* a = find_by_id(ws.actions, at))
      for (ActionId next : a->depends_on)
        pending.push_back(next.value);
  }
  return false;
}

void dependencies(Session& session, View& v, const Action& action) {
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize();
  const float rows = std::clamp(static_cast<float>(ws.actions.size()) - 1, 1.0f, 5.0f);
  ImGui::BeginChild("##depends", ImVec2(0, rows * ImGui::GetFrameHeight() + 0.5f * e),
                    ImGuiChildFlags_Border);
  for (const Action& other : ws.actions) {
    if (other.id == action.id) continue;
    bool on = std::find(action.depends_on.begin(), action.depends_on.end(), other.id) !=
              action.depends_on.end();
    ImGui::PushID(static_cast<int>(other.id.value));
    if (ImGui::Checkbox(other.title.c_str(), &on)) {
      if (on && would_loop(ws, action.id.value, other.id.value)) {
        v.dependency_problem = trf("actions.dependency_loop", {other.title, action.title});
      } else {
        v.dependency_problem.clear();
        session.apply(
            edit_action(session, action, "depends_on", "actions.depends_on", [&](Action& a) {
              if (on)
                a.depends_on.push_back(other.id);
              else
                a.depends_on.erase(std::remove(a.depends_on.begin(), a.depends_on.end(), other.id),
                                   a.depends_on.end());
            }));
        session.seal();
      }
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (!v.dependency_problem.empty()) {
    warning_text(v.dependency_problem.c_str());
  }
}

void money_field(Session& session, const Action& action, const char* id, const char* field,
                 const char* label_key, double Action::*member, int decimals, float column) {
  field_label(tr(label_key), column);
  number_field(
      session, id, action.*member, decimals,
      [&session, &action, field, label_key, member](const std::optional<double>& value) {
        return edit_action(session, action, field, label_key,
                           [&](Action& a) { a.*member = std::max(0.0, value.value_or(0)); });
      },
      -FLT_MIN);
}

void delete_button(Session& session, View& v, const Action& action) {
  if (ImGui::Button(tr("actions.delete"))) {
    v.confirm_delete = action.id.value;
    v.referrers.clear();
    ImGui::OpenPopup("##confirm_delete");
  }
  if (!ImGui::BeginPopupModal("##confirm_delete", nullptr, ImGuiWindowFlags_AlwaysAutoResize))
    return;
  ImGui::TextUnformatted(trf("actions.delete_confirm", {action.title}).c_str());
  if (!v.referrers.empty())
    ImGui::TextWrapped("%s", trn("actions.delete_referrers", v.referrers.size(),
                                 {std::to_string(v.referrers.size())})
                                 .c_str());
  else
    ImGui::TextDisabled("%s", tr("actions.delete_undo_hint"));
  const Cascade cascade = v.referrers.empty() ? Cascade::refuse_if_referenced : Cascade::cascade;
  if (ImGui::Button(tr(v.referrers.empty() ? "actions.delete_yes" : "actions.delete_anyway"))) {
    RemoveOutcome outcome = remove_objects(*session.workspace(), {action.id.value}, cascade,
                                           trf("actions.delete_subject", {action.title}));
    if (outcome.command) {
      session.apply(std::move(*outcome.command));
      session.seal();
      v.selected = 0;
      v.referrers.clear();
      ImGui::CloseCurrentPopup();
    } else {
      v.referrers = outcome.referrers;
    }
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel"))) {
    v.referrers.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void editor(Session& session, View& v, const Action& action) {
  const Workspace& ws = *session.workspace();
  const float e = ImGui::GetFontSize();
  // Labels in one column as wide as the widest, up to half the editor.
  float column = 0;
  for (const char* key :
       {"actions.title", "actions.column.axis", "actions.column.mechanism", "actions.column.status",
        "actions.lead", "actions.column.cost", "actions.funding", "actions.staff", "actions.years",
        "actions.risk", "actions.exclusive_group"})
    column = std::max(column, ImGui::CalcTextSize(tr(key)).x);
  column = std::min(column + e, 0.55f * ImGui::GetContentRegionAvail().x);
  ImGui::PushID(static_cast<int>(action.id.value));
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextWrapped("%s", action.title.empty() ? "—" : action.title.c_str());
  ImGui::PopFont();

  field_label(tr("actions.title"), column);
  text_field(session, "##title", action.title, [&](const std::string& text) {
    return edit_action(session, action, "title", "actions.title",
                       [&](Action& a) { a.title = text; });
  });
  ImGui::TextUnformatted(tr("actions.description"));
  text_area(
      session, "##description", action.description,
      [&](const std::string& text) {
        return edit_action(session, action, "description", "actions.description",
                           [&](Action& a) { a.description = text; });
      },
      3);

  field_label(tr("actions.column.axis"), column);
  if (auto axis = id_combo("##axis", ws.axes, action.axis.value, "actions.no_axis")) {
    session.apply(edit_action(session, action, "axis", "actions.column.axis",
                              [&](Action& a) { a.axis.value = *axis; }));
    session.seal();
  }
  field_label(tr("actions.column.mechanism"), column);
  if (auto mechanism =
          id_combo("##mechanism", ws.mechanisms, action.mechanism.value, "actions.no_mechanism")) {
    session.apply(edit_action(session, action, "mechanism", "actions.column.mechanism",
                              [&](Action& a) { a.mechanism.value = *mechanism; }));
    session.seal();
  }
  field_label(tr("actions.column.status"), column);
  if (auto status = status_combo("##status", static_cast<int>(action.status), nullptr)) {
    session.apply(edit_action(session, action, "status", "actions.column.status",
                              [&](Action& a) { a.status = static_cast<ActionStatus>(*status); }));
    session.seal();
  }
  field_label(tr("actions.lead"), column);
  if (auto lead = id_combo("##lead", ws.actors, action.lead.value, "actions.no_lead")) {
    session.apply(edit_action(session, action, "lead", "actions.lead",
                              [&](Action& a) { a.lead.value = *lead; }));
    session.seal();
  }

  ImGui::SeparatorText(tr("actions.resources"));
  money_field(session, action, "##cost", "cost_per_year", "actions.column.cost",
              &Action::cost_per_year, 0, column);
  mark_item("actions.cost");
  money_field(session, action, "##funding", "external_funding", "actions.funding",
              &Action::external_funding, 0, column);
  money_field(session, action, "##staff", "staff_effort", "actions.staff", &Action::staff_effort, 1,
              column);
  field_label(tr("actions.years"), column);
  year_of(session, action, "##start", "actions.start", true);
  ImGui::SameLine();
  ImGui::TextUnformatted("–");
  ImGui::SameLine();
  year_of(session, action, "##end", "actions.end", false);
  if (action.start.is_set() && action.end.is_set() && action.end < action.start) {
    warning_text(tr("actions.end_before_start"));
  }
  field_label(tr("actions.risk"), column);
  int risk = action.risk;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::SliderInt("##risk", &risk, 1, 5, tr("actions.risk_value")) && risk != action.risk)
    session.apply(edit_action(session, action, "risk", "actions.risk",
                              [&](Action& a) { a.risk = std::clamp(risk, 1, 5); }));
  if (ImGui::IsItemDeactivated()) session.seal();

  ImGui::SeparatorText(tr("actions.links"));
  ImGui::TextUnformatted(tr("actions.objectives"));
  pick_many(session, action, "##objectives", "actions.objectives", ws.objectives,
            &Action::objectives, [](const Objective& o) { return o.title; });
  ImGui::TextUnformatted(tr("actions.partners"));
  pick_many(session, action, "##partners", "actions.partners", ws.partners, &Action::partners,
            [](const Partner& p) { return p.name; });
  ImGui::TextUnformatted(tr("actions.depends_on"));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", tr("actions.depends_on_hint"));
  dependencies(session, v, action);
  field_label(tr("actions.exclusive_group"), column);
  text_field(session, "##group", action.exclusive_group, [&](const std::string& text) {
    return edit_action(session, action, "exclusive_group", "actions.exclusive_group",
                       [&](Action& a) { a.exclusive_group = text; });
  });
  ImGui::TextDisabled("%s", tr("actions.exclusive_group_hint"));

  ImGui::Spacing();
  delete_button(session, v, action);
  ImGui::PopID();
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_actions_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  View& v = view(session);
  if (!find_by_id(ws.actions, v.selected))
    v.selected = ws.actions.empty() ? 0 : ws.actions.front().id.value;

  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(tr("screen.actions"));
  ImGui::PopFont();
  ImGui::TextDisabled("%s", tr("actions.intro"));
  ImGui::Spacing();

  if (ImGui::Button(tr("actions.add"))) add_action(session, v);
  mark_item("actions.add");
  ImGui::SameLine();
  catalogue_button();
  ImGui::SameLine();
  csv_export_button(session, "actions.csv_name", "actions.export_csv",
                    [&session] { return actions_csv(*session.workspace(), language(), locale()); });
  filters(session, v);
  ImGui::Spacing();
  if (const ObjectId first = catalogue_dialog(session)) select_added(ws, v, first);

  if (ws.actions.empty()) {
    ImGui::TextWrapped("%s", tr("actions.empty"));
    return;
  }
  const float e = ImGui::GetFontSize();
  const float editor_width = std::max(21 * e, ImGui::GetContentRegionAvail().x * 0.36f);
  ImGui::BeginChild("##list", ImVec2(ImGui::GetContentRegionAvail().x - editor_width - e, 0));
  action_table(session, v);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##editor", ImVec2(0, 0), ImGuiChildFlags_Border);
  if (const Action* action = find_by_id(ws.actions, v.selected)) editor(session, v, *action);
  ImGui::EndChild();
}

} // namespace rumbo::ui
