// "Añadir desde el catálogo": an office starting its list of actions picks
// typical ones (a twinning, a trade mission, a city brand...) instead of
// typing each from nothing. The dialog lists the catalogue with its axis,
// mechanism and description, filtered by words and axis; the ticked entries
// become actions of the strategy in one undo step.

#include "ui/screens/actions_catalogue.h"

#include "core/commands/add_from_catalogue.h"
#include "core/commands/edits.h"
#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/text/typed_text.h"
#include "ui/fonts.h"
#include "ui/packed_file.h"
#include "ui/text.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/item_marks.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>

namespace rumbo::ui {
namespace {

constexpr const char* kCataloguePath = "/assets/catalog/actions.json";

// The catalogue, and the seed's axes and mechanisms it names by key, to show
// their names when the strategy has not got them. Read once: packed files
// do not change while the page is open.
struct Shelf {
  std::vector<CatalogueAction> entries;
  LoadError error; // why the catalogue cannot be offered; key empty when it can
  std::vector<Axis> axes;
  std::vector<Mechanism> mechanisms;
};

// A catalogue fragment that cannot be read only costs the names: entries
// then show their axis and mechanism keys.
Workspace packed_fragment(const char* path) {
  const std::optional<std::string> bytes = read_packed_file(path);
  if (!bytes) return {};
  LoadResult loaded = load(*bytes);
  return loaded.ok() ? std::move(*loaded.workspace) : Workspace{};
}

const Shelf& shelf() {
  static const Shelf shelf = [] {
    Shelf read;
    if (const std::optional<std::string> bytes = read_packed_file(kCataloguePath)) {
      ActionCatalogueResult result = read_action_catalogue(*bytes);
      read.entries = std::move(result.entries);
      read.error = std::move(result.error);
    } else {
      read.error.key = "load.unreadable";
    }
    read.axes = packed_fragment("/assets/catalog/axes.rumbo.json").axes;
    read.mechanisms = packed_fragment("/assets/catalog/mechanisms.rumbo.json").mechanisms;
    return read;
  }();
  return shelf;
}

// What the official is choosing; starts afresh each time the dialog opens.
struct Dialog {
  bool open = false;
  std::string words;
  std::string axis;             // an axis key; empty: every axis
  std::set<std::string> chosen; // entry keys
};

Dialog& dialog() {
  static Dialog state;
  return state;
}

// Every word of the search is somewhere in the title or the description.
bool matches(const CatalogueAction& entry, const std::string& words) {
  const std::string haystack =
      folded(in_language(entry.title)) + " " + folded(in_language(entry.description));
  const std::string needle = folded(words);
  for (std::size_t at = 0; at < needle.size();) {
    const std::size_t end = std::min(needle.find(' ', at), needle.size());
    if (end > at && haystack.find(needle.substr(at, end - at)) == std::string::npos) return false;
    at = end + 1;
  }
  return true;
}

template <class T> const T* by_key(const std::vector<T>& items, const std::string& key) {
  for (const T& item : items)
    if (item.key == key) return &item;
  return nullptr;
}

// The strategy's name for the axis or mechanism `key`; the seed's with an
// asterisk when the strategy has none with that key (the action will be
// added without it, and a note under the list says so).
template <class T>
std::string name_of_key(const std::vector<T>& own, const std::vector<T>& seed,
                        const std::string& key, bool& missing) {
  if (const T* item = by_key(own, key)) return in_language(item->name);
  missing = true;
  const T* item = by_key(seed, key);
  return (item ? in_language(item->name) : key) + "*";
}

void axis_filter(const Workspace& ws, Dialog& d, float width) {
  const Shelf& s = shelf();
  bool missing = false;
  const std::string preview =
      d.axis.empty() ? tr("actions.every_axis") : name_of_key(ws.axes, s.axes, d.axis, missing);
  ImGui::SetNextItemWidth(width);
  const bool open = ImGui::BeginCombo("##catalogue_axis", preview.c_str());
  mark_item("actions.catalogue.axis");
  if (!open) return;
  if (ImGui::Selectable(tr("actions.every_axis"), d.axis.empty())) d.axis.clear();
  std::vector<std::string> keys;
  for (const CatalogueAction& entry : s.entries)
    if (std::find(keys.begin(), keys.end(), entry.axis_key) == keys.end())
      keys.push_back(entry.axis_key);
  for (const std::string& key : keys)
    if (ImGui::Selectable(name_of_key(ws.axes, s.axes, key, missing).c_str(), d.axis == key))
      d.axis = key;
  ImGui::EndCombo();
}

// One entry: its tick and title, where it belongs, what it is.
void entry_row(const Workspace& ws, Dialog& d, const CatalogueAction& entry, bool& missing) {
  const Shelf& s = shelf();
  ImGui::PushID(entry.key.c_str());
  bool on = d.chosen.count(entry.key) != 0;
  ImGui::PushFont(font(FontRole::bold));
  if (ImGui::Checkbox(in_language(entry.title).c_str(), &on)) {
    if (on)
      d.chosen.insert(entry.key);
    else
      d.chosen.erase(entry.key);
  }
  ImGui::PopFont();
  mark_item("actions.catalogue.entry." + entry.key);
  const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::Indent(indent);
  if (in_workspace(ws, entry)) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.0f, 0.40f, 0.30f, 1.0f));
    ImGui::TextUnformatted(tr("actions.catalogue.already"));
    ImGui::PopStyleColor();
  }
  std::string where =
      trf("actions.catalogue.axis", {name_of_key(ws.axes, s.axes, entry.axis_key, missing)}) +
      " · " +
      trf("actions.catalogue.mechanism",
          {name_of_key(ws.mechanisms, s.mechanisms, entry.mechanism_key, missing)});
  if (entry.typical_months > 0)
    where += " · " + trf("actions.catalogue.months", {std::to_string(entry.typical_months)});
  muted_text(where);
  ImGui::TextWrapped("%s", in_language(entry.description).c_str());
  ImGui::Unindent(indent);
  ImGui::PopID();
}

// Adds the ticked entries in the catalogue's order; the first one's id.
ObjectId add_chosen(Session& session, const Dialog& d) {
  std::vector<CatalogueAction> chosen;
  for (const CatalogueAction& entry : shelf().entries)
    if (d.chosen.count(entry.key)) chosen.push_back(entry);
  if (chosen.empty()) return 0;
  const std::string subject =
      chosen.size() == 1 ? trf("actions.catalogue.subject_one", {in_language(chosen.front().title)})
                         : trf("actions.catalogue.subject_many", {std::to_string(chosen.size())});
  const Command command = add_from_catalogue(*session.workspace(), chosen, language(), subject);
  const ObjectId first = added_id(command);
  session.apply(command);
  session.seal();
  return first;
}

} // namespace

void catalogue_button() {
  if (ImGui::Button(tr("actions.catalogue.open"))) {
    Dialog& d = dialog();
    d = Dialog{};
    d.open = true;
  }
  mark_item("actions.catalogue");
}

ObjectId catalogue_dialog(Session& session) {
  Dialog& d = dialog();
  if (d.open) {
    ImGui::OpenPopup("###actions_catalogue");
    d.open = false;
  }
  next_dialog_geometry(50);
  const std::string title = std::string(tr("actions.catalogue.title")) + "###actions_catalogue";
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return 0;
  const Workspace& ws = *session.workspace();
  const Shelf& s = shelf();
  const float e = ImGui::GetFontSize();
  ObjectId added = 0;

  if (!s.error.key.empty()) {
    warning_text(trf("error.packed_file", {kCataloguePath, describe(s.error, language())}));
  } else {
    muted_text(tr("actions.catalogue.intro"));
    ImGui::Spacing();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - spacing) / 2;
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("##catalogue_words", tr("actions.catalogue.search_hint"), &d.words);
    mark_item("actions.catalogue.words");
    ImGui::SameLine();
    axis_filter(ws, d, width);

    // The list takes what the screen has left, so the buttons stay in view.
    const float list_height =
        std::clamp(ImGui::GetMainViewport()->WorkSize.y - 16 * e, 6 * e, 30 * e);
    if (ImGui::IsWindowAppearing()) ImGui::SetNextWindowScroll(ImVec2(0, 0));
    ImGui::BeginChild("##catalogue_entries", ImVec2(0, list_height), ImGuiChildFlags_Border);
    std::size_t shown = 0;
    bool missing = false;
    for (const CatalogueAction& entry : s.entries) {
      if (!d.axis.empty() && entry.axis_key != d.axis) continue;
      if (!matches(entry, d.words)) continue;
      if (shown++ > 0) ImGui::Separator();
      entry_row(ws, d, entry, missing);
    }
    if (shown == 0) muted_text(tr("actions.catalogue.none_match"));
    ImGui::EndChild();
    if (missing) muted_text(tr("actions.catalogue.missing_note"));
    ImGui::TextDisabled("%s", trf("actions.catalogue.shown",
                                  {std::to_string(shown), std::to_string(s.entries.size())})
                                  .c_str());
  }

  ImGui::Spacing();
  const std::size_t count = d.chosen.size();
  const std::string add_label = count == 0 ? std::string(tr("actions.catalogue.add_none"))
                                : count == 1
                                    ? std::string(tr("actions.catalogue.add_one"))
                                    : trf("actions.catalogue.add_many", {std::to_string(count)});
  ImGui::BeginDisabled(count == 0);
  if (ImGui::Button(add_label.c_str())) {
    added = add_chosen(session, d);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  mark_item("actions.catalogue.add");
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  mark_item("actions.catalogue.cancel");
  ImGui::EndPopup();
  return added;
}

} // namespace rumbo::ui
