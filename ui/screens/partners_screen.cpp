// Socios / Partners: the cities, networks, organisations and funders the
// territory could work with, ordered by how well each fits the strategy
// (core/scoring/partner_fit.h) with the reasons in words, filtered by region,
// mechanism and thematic axis; partners are added, edited and deleted here.
//
// Index of this file:
// [SECTION] View state and small helpers
// [SECTION] The partner dialog (add and edit)
// [SECTION] Deleting a partner
// [SECTION] Filters
// [SECTION] Ranking table and the selected partner
// [SECTION] The screen

#include "core/commands/edits.h"
#include "core/messages.h"
#include "core/model/enum_keys.h"
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
#include <utility>

namespace rumbo::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] View state and small helpers
//-----------------------------------------------------------------------------

// The languages offered as boxes in the dialog; a partner's other language
// codes (from a file) are kept as they are.
constexpr std::array<const char*, 6> kLanguages = {"es", "pt", "en", "fr", "de", "it"};

// What the screen keeps between frames. View state only.
struct PartnersView {
  Partner draft;
  bool draft_is_new = false;
  bool open_dialog = false;
  Confirmation confirm; // deleting, asked first
  ObjectId selected = 0;
  // Filters; 0 and nullopt mean "all".
  std::optional<GlobalRegion> region;
  ObjectId mechanism = 0;
  ObjectId axis = 0;
};

PartnersView& view() {
  static PartnersView state;
  return state;
}

std::string display_name(const Partner& partner) {
  return partner.name.empty() ? std::string(tr("partners.unnamed")) : partner.name;
}

// A language code's name; a code with none (from a file) is shown as it is.
std::string language_name(const std::string& code) {
  if (code == "es") return tr("partners.language.es");
  if (code == "pt") return tr("partners.language.pt");
  if (code == "en") return tr("partners.language.en");
  if (code == "fr") return tr("partners.language.fr");
  if (code == "de") return tr("partners.language.de");
  if (code == "it") return tr("partners.language.it");
  return code.c_str();
}

const char* component_name(const std::string& key) {
  if (key == "themes") return tr("partners.component.themes");
  if (key == "mechanisms") return tr("partners.component.mechanisms");
  if (key == "region") return tr("partners.component.region");
  if (key == "relation") return tr("partners.component.relation");
  if (key == "languages") return tr("partners.component.languages");
  return key.c_str();
}

// "Economía; Cultura": the names of the objects `ids` names, in the
// workspace's order.
template <class T, class IdType>
std::string names_of(const std::vector<T>& items, const std::vector<IdType>& ids) {
  std::string text;
  for (const T& item : items)
    if (std::find(ids.begin(), ids.end(), item.id) != ids.end())
      text += (text.empty() ? "" : "; ") + in_language(item.name);
  return text;
}

std::string languages_of(const Partner& partner) {
  std::string text;
  for (const std::string& code : partner.languages)
    text += (text.empty() ? "" : ", ") + language_name(code);
  return text;
}

// "Red de ciudades · España · Norte global"
std::string kind_line(const Partner& partner) {
  std::string line = label(partner.kind, language());
  if (!partner.country.empty()) line += " · " + partner.country;
  return line + " · " + label(partner.region, language());
}

template <class E> bool enum_combo(const char* id, E& value, float width) {
  const std::size_t count = enum_keys<E>().size();
  bool changed = false;
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, label(value, language()).c_str())) {
    for (std::size_t i = 0; i < count; ++i) {
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

void ask_to_edit(const Partner& partner) {
  PartnersView& v = view();
  v.draft = partner;
  v.draft_is_new = false;
  v.open_dialog = true;
}

void ask_to_add() {
  PartnersView& v = view();
  v.draft = Partner{};
  v.draft_is_new = true;
  v.open_dialog = true;
}

//-----------------------------------------------------------------------------
// [SECTION] The partner dialog (add and edit)
//-----------------------------------------------------------------------------

// Boxes for the objects of `items`, ticked when `chosen` names them.
template <class T, class IdType>
void id_checklist(const char* id, const std::vector<T>& items, std::vector<IdType>& chosen,
                  float height) {
  ImGui::BeginChild(id, ImVec2(0, height), ImGuiChildFlags_Border);
  for (const T& item : items) {
    ImGui::PushID(static_cast<int>(item.id.value));
    const auto at = std::find(chosen.begin(), chosen.end(), item.id);
    bool ticked = at != chosen.end();
    if (ImGui::Checkbox(in_language(item.name).c_str(), &ticked)) {
      if (ticked)
        chosen.push_back(item.id);
      else
        chosen.erase(at);
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && !item.description.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
      ImGui::TextUnformatted(in_language(item.description).c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
  if (items.empty()) ImGui::TextDisabled("%s", tr("partners.dialog.none_defined"));
  ImGui::EndChild();
}

void partner_dialog(Session& session) {
  PartnersView& v = view();
  const float e = ImGui::GetFontSize();
  if (v.open_dialog) ImGui::OpenPopup("###partner_dialog");
  v.open_dialog = false;
  const ImVec2 screen = ImGui::GetMainViewport()->Size;
  ImGui::SetNextWindowSize(ImVec2(std::min(56 * e, screen.x * 0.94f), 0));
  const std::string title =
      std::string(tr(v.draft_is_new ? "partners.dialog.add_title" : "partners.dialog.edit_title")) +
      "###partner_dialog";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const Workspace& ws = *session.workspace();
  if (!v.draft_is_new && !find_by_id(ws.partners, v.draft.id.value)) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  Partner& p = v.draft;
  const float column = 8.5f * e;
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;

  field_label(tr("partners.column.name"), column);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##name", tr("partners.name_hint"), &p.name);

  // Two fields a row: kind and country, region and relation.
  const float second = half + ImGui::GetStyle().ItemSpacing.x;
  const float narrow = half - column;
  field_label(tr("partners.column.kind"), column);
  enum_combo("##kind", p.kind, narrow);
  ImGui::SameLine(second);
  field_label(tr("partners.column.country"), second + column);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputText("##country", &p.country);
  field_label(tr("partners.column.region"), column);
  enum_combo("##region", p.region, narrow);
  ImGui::SameLine(second);
  field_label(tr("partners.column.relation"), second + column);
  enum_combo("##relation", p.relation, -FLT_MIN);

  field_label(tr("partners.column.languages"), column);
  for (const char* code : kLanguages) {
    const auto at = std::find(p.languages.begin(), p.languages.end(), code);
    bool spoken = at != p.languages.end();
    ImGui::PushID(code);
    if (ImGui::Checkbox(language_name(code).c_str(), &spoken)) {
      if (spoken)
        p.languages.push_back(code);
      else
        p.languages.erase(at);
    }
    ImGui::PopID();
    ImGui::SameLine();
  }
  ImGui::NewLine();

  // Axes and mechanisms side by side, each a scrolling list of boxes.
  const float list_height = std::min(8.5f * ImGui::GetFrameHeightWithSpacing(), screen.y * 0.3f);
  if (ImGui::BeginTable("##lists", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr("partners.dialog.themes"));
    id_checklist("##themes", ws.axes, p.themes, list_height);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr("partners.dialog.mechanisms"));
    id_checklist("##mechanisms", ws.mechanisms, p.mechanisms, list_height);
    ImGui::EndTable();
  }
  ImGui::TextUnformatted(tr("partners.column.notes"));
  ImGui::InputTextMultiline("##notes", &p.notes,
                            ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3 + 8));
  ImGui::Spacing();

  const bool named = p.name.find_first_not_of(" \t") != std::string::npos;
  ImGui::BeginDisabled(!named);
  const bool save = ImGui::Button(tr(v.draft_is_new ? "partners.dialog.add" : "action.save"));
  ImGui::EndDisabled();
  if (!named) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("partners.dialog.name_needed"));
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  if (save && named) {
    if (v.draft_is_new) {
      Command command = add_object(ws, p, trf("partners.subject.add", {p.name}));
      v.selected = added_id(command);
      session.apply(std::move(command));
    } else {
      const Partner edited = p;
      session.apply(edit_object<Partner>(ws, p.id.value, "dialog",
                                         trf("partners.subject.edit", {p.name}),
                                         [&](Partner& partner) { partner = edited; }));
    }
    session.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Deleting a partner
//-----------------------------------------------------------------------------

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------

bool passes(const PartnersView& v, const Partner& partner) {
  if (v.region && partner.region != *v.region) return false;
  if (v.mechanism && std::find(partner.mechanisms.begin(), partner.mechanisms.end(),
                               MechanismId{v.mechanism}) == partner.mechanisms.end())
    return false;
  if (v.axis && std::find(partner.themes.begin(), partner.themes.end(), AxisId{v.axis}) ==
                    partner.themes.end())
    return false;
  return true;
}

// A combo of "all" and the objects of `items`; `chosen` 0 is "all".
template <class T>
void id_filter(const char* label_text, const char* id, const std::vector<T>& items,
               ObjectId& chosen, float width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label_text);
  ImGui::SameLine();
  const T* current = find_by_id(items, chosen);
  if (!current) chosen = 0; // deleted, or another workspace's
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, current ? in_language(current->name).c_str() : tr("partners.all"))) {
    if (ImGui::Selectable(tr("partners.all"), chosen == 0)) chosen = 0;
    for (const T& item : items)
      if (ImGui::Selectable(in_language(item.name).c_str(), item.id.value == chosen))
        chosen = item.id.value;
    ImGui::EndCombo();
  }
}

void filter_bar(const Workspace& ws) {
  PartnersView& v = view();
  const float e = ImGui::GetFontSize(), gap = 1.2f * e;
  const char* region_label = tr("partners.filter.region");
  const char* mechanism_label = tr("partners.filter.mechanism");
  const char* axis_label = tr("partners.filter.axis");
  // The region combo is short; the other two share what is left of the line.
  const float region_width = 8 * e;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float labels = ImGui::CalcTextSize(region_label).x +
                       ImGui::CalcTextSize(mechanism_label).x + ImGui::CalcTextSize(axis_label).x +
                       3 * spacing + 2 * gap;
  const float each =
      std::clamp((ImGui::GetContentRegionAvail().x - labels - region_width) / 2, 8 * e, 18 * e);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(region_label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(region_width);
  const std::string region_now =
      v.region ? label(*v.region, language()) : std::string(tr("partners.all"));
  if (ImGui::BeginCombo("##region_filter", region_now.c_str())) {
    if (ImGui::Selectable(tr("partners.all"), !v.region)) v.region.reset();
    for (GlobalRegion region : {GlobalRegion::south, GlobalRegion::north})
      if (ImGui::Selectable(label(region, language()).c_str(), v.region == region))
        v.region = region;
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, gap);
  id_filter(mechanism_label, "##mechanism_filter", ws.mechanisms, v.mechanism, each);
  ImGui::SameLine(0, gap);
  id_filter(axis_label, "##axis_filter", ws.axes, v.axis, each);
}

//-----------------------------------------------------------------------------
// [SECTION] Ranking table and the selected partner
//-----------------------------------------------------------------------------

struct Row {
  std::size_t rank = 0; // 1-based, among all partners
  const Partner* partner = nullptr;
  const scoring::PartnerFit* fit = nullptr;
};

std::vector<Row> ranked_rows(Session& session) {
  const Workspace& ws = *session.workspace();
  std::vector<Row> rows;
  const std::vector<scoring::PartnerFit>& fits = session.scores().partners.partners;
  for (std::size_t i = 0; i < fits.size(); ++i)
    if (const Partner* partner = find_by_id(ws.partners, fits[i].partner.value))
      rows.push_back({i + 1, partner, &fits[i]});
  return rows;
}

std::string sentence(const scoring::FitComponent& component) {
  return message(component.explanation_key, language(), written_here(component.explanation_args));
}

TextTable ranking_as_text(const Workspace& ws, const std::vector<Row>& rows) {
  TextTable table;
  table.columns = {tr("partners.column.rank"),          tr("partners.column.name"),
                   tr("partners.column.kind"),          tr("partners.column.country"),
                   tr("partners.column.region"),        tr("partners.column.relation"),
                   tr("partners.column.fit"),           tr("partners.component.themes"),
                   tr("partners.component.mechanisms"), tr("partners.component.region"),
                   tr("partners.component.relation"),   tr("partners.component.languages"),
                   tr("partners.column.themes"),        tr("partners.column.mechanisms"),
                   tr("partners.column.languages"),     tr("partners.column.notes")};
  for (const Row& row : rows) {
    const Partner& p = *row.partner;
    std::vector<std::string> cells{std::to_string(row.rank),    p.name,
                                   label(p.kind, language()),   p.country,
                                   label(p.region, language()), label(p.relation, language()),
                                   number(row.fit->score, 1)};
    for (const char* key : {"themes", "mechanisms", "region", "relation", "languages"}) {
      std::string points;
      for (const scoring::FitComponent& c : row.fit->components)
        if (c.key == key) points = number(c.points, 1);
      cells.push_back(points);
    }
    cells.insert(cells.end(), {names_of(ws.axes, p.themes), names_of(ws.mechanisms, p.mechanisms),
                               languages_of(p), p.notes});
    table.rows.push_back(std::move(cells));
  }
  return table;
}

// The fit as a bar with its number on it.
void fit_bar(double score, float width) {
  ImGui::ProgressBar(static_cast<float>(std::clamp(score / 100.0, 0.0, 1.0)), ImVec2(width, 0),
                     number(score, 0).c_str());
}

void ranking_table(const std::vector<Row>& rows) {
  PartnersView& v = view();
  const float e = ImGui::GetFontSize();
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##partners", 4, flags)) return;
  ImGui::TableSetupColumn(tr("partners.column.rank"), ImGuiTableColumnFlags_WidthFixed, 1.6f * e);
  ImGui::TableSetupColumn(tr("partners.column.name"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(tr("partners.column.fit"), ImGuiTableColumnFlags_WidthFixed, 5.5f * e);
  ImGui::TableSetupColumn(tr("partners.column.relation"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
  ImGui::TableHeadersRow();
  for (const Row& row : rows) {
    const Partner& p = *row.partner;
    ImGui::PushID(static_cast<int>(p.id.value));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    // The whole row selects the partner; its height is the name's wrapped
    // lines and the kind line under them.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::TableSetColumnIndex(1);
    const float name_width = ImGui::GetContentRegionAvail().x;
    const std::string name = display_name(p), kind = kind_line(p);
    const float height = ImGui::CalcTextSize(name.c_str(), nullptr, false, name_width).y +
                         ImGui::GetStyle().ItemSpacing.y +
                         ImGui::CalcTextSize(kind.c_str(), nullptr, false, name_width).y;
    ImGui::TableSetColumnIndex(0);
    ImGui::SetCursorScreenPos(start);
    if (ImGui::Selectable("##row", v.selected == p.id.value,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                          ImVec2(0, height)))
      v.selected = p.id.value;
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
      ask_to_edit(p);
    ImGui::SetCursorScreenPos(start);
    ImGui::TextUnformatted(std::to_string(row.rank).c_str());
    ImGui::TableNextColumn();
    ImGui::PushFont(font(FontRole::bold));
    ImGui::TextWrapped("%s", name.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", kind.c_str());
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    fit_bar(row.fit->score, -FLT_MIN);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", label(p.relation, language()).c_str());
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void detail_list(const char* heading, const std::string& text) {
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(heading);
  ImGui::PopFont();
  if (text.empty())
    ImGui::TextDisabled("%s", tr("partners.none"));
  else
    ImGui::TextWrapped("%s", text.c_str());
}

// Why the selected partner scores what it does, part by part, and what it
// is: the panel an official reads before calling them.
void partner_detail(const Workspace& ws, const Row& row) {
  const Partner& p = *row.partner;
  const scoring::PartnerFit& fit = *row.fit;
  const float e = ImGui::GetFontSize();
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextWrapped("%s", display_name(p).c_str());
  ImGui::PopFont();
  muted_text(kind_line(p));
  if (ImGui::SmallButton(tr("partners.edit"))) ask_to_edit(p);
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("partners.delete"))) {
    static const RemovalWords words{
        "partners.delete_title",       "partners.delete_question", "partners.delete_yes",
        "partners.delete_used_one",    "partners.delete_used",     "partners.delete_more",
        "partners.delete_consequence", "partners.delete_anyway",   "partners.delete_undo"};
    const std::string name = display_name(p);
    view().confirm =
        removal_confirmation(ws, p.id.value, name, trf("partners.subject.delete", {name}), words);
  }
  ImGui::Spacing();
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextWrapped(
      "%s", trf("partners.fit_headline", {number(fit.score, 0), std::to_string(row.rank)}).c_str());
  ImGui::PopFont();
  if (ImGui::BeginTable("##why", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("##part", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##points", ImGuiTableColumnFlags_WidthFixed, 7.5f * e);
    for (const scoring::FitComponent& c : fit.components) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushFont(font(FontRole::bold));
      ImGui::TextUnformatted(component_name(c.key));
      ImGui::PopFont();
      ImGui::TextWrapped("%s", sentence(c).c_str());
      ImGui::TableNextColumn();
      ImGui::ProgressBar(static_cast<float>(std::clamp(c.value, 0.0, 1.0)),
                         ImVec2(-FLT_MIN, 0.6f * e), "");
      ImGui::TextDisabled(
          "%s",
          trf("partners.points_of", {number(c.points, 1), number(100 * c.weight, 0)}).c_str());
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  detail_list(tr("partners.column.themes"), names_of(ws.axes, p.themes));
  detail_list(tr("partners.column.mechanisms"), names_of(ws.mechanisms, p.mechanisms));
  detail_list(tr("partners.column.languages"), languages_of(p));
  if (!p.notes.empty()) detail_list(tr("partners.column.notes"), p.notes);
}

void partners_body(Session& session) {
  const Workspace& ws = *session.workspace();
  PartnersView& v = view();
  const float e = ImGui::GetFontSize();
  filter_bar(ws);
  const std::vector<Row> all = ranked_rows(session);
  std::vector<Row> shown;
  for (const Row& row : all)
    if (passes(v, *row.partner)) shown.push_back(row);
  const bool filtered = v.region || v.mechanism || v.axis;
  if (filtered) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(
        trf("partners.showing", {std::to_string(shown.size()), std::to_string(all.size())})
            .c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("partners.clear_filters"))) {
      v.region.reset();
      v.mechanism = v.axis = 0;
    }
    ImGui::SameLine();
  }
  copy_table_button("##copy_partners", [&ws, &shown] { return ranking_as_text(ws, shown); });
  if (shown.empty()) {
    ImGui::TextWrapped("%s", tr("partners.no_match"));
    return;
  }
  // The selection follows the filters: the best shown partner when the
  // chosen one is filtered out.
  const auto selected = std::find_if(shown.begin(), shown.end(), [&](const Row& row) {
    return row.partner->id.value == v.selected;
  });
  const Row& current = selected != shown.end() ? *selected : shown.front();
  v.selected = current.partner->id.value;

  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= 44 * e &&
      ImGui::BeginTable("##layout", 2,
                        ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupColumn("##ranking", ImGuiTableColumnFlags_WidthStretch, 1.15f);
    ImGui::TableSetupColumn("##detail", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ranking_table(shown);
    ImGui::TableNextColumn();
    ImGui::Indent(0.5f * e);
    partner_detail(ws, current);
    ImGui::Unindent(0.5f * e);
    ImGui::EndTable();
  } else {
    ranking_table(shown);
    ImGui::Separator();
    partner_detail(ws, current);
  }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen
//-----------------------------------------------------------------------------

void draw_partners_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  if (screen_title(tr("partners.title"), tr("partners.add"), "partners.add")) ask_to_add();
  muted_text(tr("partners.intro"));
  ImGui::Spacing();
  if (ws.partners.empty()) {
    ImGui::TextWrapped("%s", tr("partners.empty"));
    if (ImGui::Button(tr("partners.add_first"))) ask_to_add();
  } else {
    partners_body(session);
  }
  partner_dialog(session);
  confirmation_dialog(session, view().confirm, "partner_delete", 36);
}

} // namespace rumbo::ui
