// Inicio / Home: the workspaces open in this page, creating one from a
// template or the sample city, and what Rumbo is for first-time visitors.

#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/file_picker.h"
#include "ui/widgets/item_marks.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

namespace rumbo::ui {
namespace {

// Which workspace the rename or delete dialog is about: page state only.
struct HomeDialogs {
  std::uint64_t key = 0;
  std::string name;
};

HomeDialogs& dialogs() {
  static HomeDialogs state;
  return state;
}

// Beside the button just drawn, wrapped at the screen's edge.
void hint(const char* text) {
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", text);
  ImGui::PopTextWrapPos();
}

void create_buttons(Session& session) {
  ImGui::PushFont(font(FontRole::bold));
  ImGui::SeparatorText(tr("home.create"));
  ImGui::PopFont();
  struct Choice {
    Origin origin;
    const char* label;
    const char* hint;
    const char* name;
  };
  const Choice choices[] = {
      {Origin::sample_city, "home.explore_sample", "home.explore_sample_hint", "home.sample_name"},
      {Origin::seed_method, "home.from_method", "home.from_method_hint", "home.method_name"},
      {Origin::empty, "home.from_empty", "home.from_empty_hint", "home.empty_name"},
  };
  for (const Choice& choice : choices) {
    if (ImGui::Button(tr(choice.label), ImVec2(320, 0)))
      session.create(choice.origin, tr(choice.name));
    mark_item(choice.label);
    hint(tr(choice.hint));
  }
  file_picker_button(tr("home.open_file"), "home.open_file", ImVec2(320, 0));
  hint(tr("home.open_file_hint"));
}

void open_list(Session& session) {
  HomeDialogs& dialog = dialogs();
  ImGui::PushFont(font(FontRole::bold));
  ImGui::SeparatorText(tr("home.open_workspaces"));
  ImGui::PopFont();
  if (session.workspaces().empty()) {
    ImGui::TextDisabled("%s",
                        tr(app_state().storage.restoring() ? "home.restoring" : "home.none_open"));
    return;
  }
  bool ask_rename = false, ask_delete = false;
  if (ImGui::BeginTable("##workspaces", 3,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                            ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(tr("home.column_name"), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr("home.column_modified"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 330);
    ImGui::TableHeadersRow();
    for (const auto& entry : session.workspaces()) {
      ImGui::PushID(static_cast<int>(entry->key));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool current = session.current() == entry.get();
      ImGui::AlignTextToFramePadding();
      if (current) ImGui::PushFont(font(FontRole::bold));
      ImGui::TextUnformatted(entry->name.c_str());
      if (current) ImGui::PopFont();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(date_time(entry->modified_ms).c_str());
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(tr("home.open"))) session.open(entry->key);
      ImGui::SameLine();
      if (ImGui::SmallButton(tr("home.duplicate")))
        session.duplicate(entry->key, trf("home.copy_of", {entry->name}));
      ImGui::SameLine();
      if (ImGui::SmallButton(tr("home.rename"))) {
        dialog = {entry->key, entry->name};
        ask_rename = true;
      }
      ImGui::SameLine();
      if (ImGui::SmallButton(tr("home.delete"))) {
        dialog = {entry->key, entry->name};
        ask_delete = true;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (ask_rename) ImGui::OpenPopup("##rename");
  if (ask_delete) ImGui::OpenPopup("##delete");
  if (ImGui::BeginPopupModal("##rename", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("home.rename_title"));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(420);
    const bool entered =
        ImGui::InputText("##name", &dialog.name, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool empty = dialog.name.find_first_not_of(' ') == std::string::npos;
    ImGui::BeginDisabled(empty);
    if ((ImGui::Button(tr("action.save")) || entered) && !empty) {
      session.rename(dialog.key, dialog.name);
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr("action.cancel"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopupModal("##delete", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(trf("home.delete_confirm", {dialog.name}).c_str());
    ImGui::TextDisabled("%s", tr("home.delete_warning"));
    if (ImGui::Button(tr("home.delete_yes"))) {
      for (const auto& entry : session.workspaces())
        if (entry->key == dialog.key) app_state().storage.remove(*entry);
      session.remove(dialog.key);
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("action.cancel"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

// Where the work is kept, and how much room it takes.
void storage_note(const Storage& storage) {
  if (!storage.available()) {
    ImGui::TextWrapped("%s", trf("home.storage_unavailable", {storage.problem()}).c_str());
    return;
  }
  ImGui::TextDisabled("%s", tr("home.privacy"));
  if (storage.quota_bytes() <= 0) return;
  ImGui::TextDisabled("%s", trf(storage.persistent() ? "home.space_persistent" : "home.space",
                                {byte_size(storage.used_bytes()), byte_size(storage.quota_bytes())})
                                .c_str());
}

} // namespace

void draw_home_screen(Session& session) {
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(tr("home.welcome"));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x > 900 ? 900 : 0);
  ImGui::TextWrapped("%s", tr("home.intro"));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  create_buttons(session);
  ImGui::Spacing();
  open_list(session);
  if (!session.last_error().empty()) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", session.last_error().c_str());
  }
  ImGui::Spacing();
  storage_note(app_state().storage);
}

} // namespace rumbo::ui
