#include "ui/save_status.h"

#include "core/files/workspace_file.h"
#include "ui/fonts.h"
#include "ui/page.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/item_marks.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace rumbo::ui {
namespace {

constexpr ImVec4 kProblemText{0.62f, 0.10f, 0.08f, 1};
constexpr ImVec4 kProblemBackground{0.99f, 0.91f, 0.89f, 1};
constexpr ImVec4 kNoticeBackground{1.00f, 0.96f, 0.84f, 1};
constexpr ImVec4 kReadOnlyBackground{0.88f, 0.93f, 0.99f, 1};

// "San Aurelio (ejemplo)" → "San-Aurelio-ejemplo.rumbo.json": letters (with
// their accents) and digits kept, every other run of characters one dash.
std::string export_file_name(const std::string& name) {
  std::string stem;
  bool dash = false;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c >= 0x80) {
      if (dash && !stem.empty()) stem += '-';
      stem += static_cast<char>(c);
      dash = false;
    } else {
      dash = true;
    }
  }
  return (stem.empty() ? std::string("estrategia") : stem) + ".rumbo.json";
}

// A full-width band under the top bar: its text wrapped, its buttons after.
bool begin_banner(const char* id, ImVec4 background, const std::string& text, bool problem) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
  const bool open = ImGui::BeginChild(
      id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  if (problem) ImGui::PushStyleColor(ImGuiCol_Text, kProblemText);
  ImGui::TextWrapped("%s", text.c_str());
  if (problem) ImGui::PopStyleColor();
  return open;
}

void end_banner() {
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

struct VersionsDialog {
  bool open = false;
};

VersionsDialog& versions_dialog() {
  static VersionsDialog state;
  return state;
}

} // namespace

void export_workspace(const OpenWorkspace& open) {
  rumbo_page_download(export_file_name(open.name).c_str(), save_json(open.workspace).c_str());
}

void draw_save_status(AppState& app) {
  const std::string status = app.storage.status(app.session);
  if (status.empty()) return;
  ImGui::AlignTextToFramePadding();
  if (app.storage.failing())
    ImGui::TextColored(kProblemText, "%s", status.c_str());
  else
    ImGui::TextDisabled("%s", status.c_str());
  mark_item("app.save_status");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", app.storage.failing() ? app.storage.problem().c_str()
                                                  : tr("storage.status_hint"));
  if (!app.storage.available() || !app.session.current()) return;
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("storage.versions"))) {
    app.storage.request_versions(*app.session.current());
    versions_dialog().open = true;
  }
  mark_item("app.versions");
}

void draw_storage_banners(AppState& app) {
  OpenWorkspace* open = app.session.current();
  if (app.storage.failing() && open) {
    const std::string text = trf("storage.banner.failed", {app.storage.problem()});
    if (begin_banner("##save-failed", kProblemBackground, text, true)) {
      if (ImGui::Button(tr("storage.banner.download"))) export_workspace(*open);
      mark_item("storage.download");
    }
    end_banner();
  }
  if (open && open->read_only()) {
    if (begin_banner("##read-only", kReadOnlyBackground, tr("storage.banner.read_only"), false)) {
      if (ImGui::Button(tr("storage.banner.take_over"))) app.storage.take_over(*open);
      mark_item("storage.take_over");
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("%s", tr("storage.banner.take_over_hint"));
    }
    end_banner();
  }
  if (!app.storage.notices().empty()) {
    std::string text;
    for (const std::string& notice : app.storage.notices())
      text += (text.empty() ? "" : "\n") + notice;
    if (begin_banner("##notices", kNoticeBackground, text, false)) {
      if (ImGui::Button(tr("storage.banner.dismiss"))) app.storage.dismiss_notices();
      mark_item("storage.dismiss");
    }
    end_banner();
  }
}

void draw_versions_dialog(AppState& app) {
  VersionsDialog& dialog = versions_dialog();
  if (dialog.open) {
    ImGui::OpenPopup("##versions");
    dialog.open = false;
  }
  next_dialog_geometry(40);
  if (!ImGui::BeginPopupModal("##versions", nullptr, ImGuiWindowFlags_NoTitleBar)) return;
  const OpenWorkspace* open = app.session.current();
  if (!open) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(trf("storage.versions_title", {open->name}).c_str());
  ImGui::PopFont();
  ImGui::TextWrapped("%s", tr("storage.versions_explained"));
  ImGui::Spacing();
  const auto& versions = app.storage.versions();
  if (app.storage.versions_of() != open->store_id) {
    ImGui::TextDisabled("%s", tr("storage.versions_reading"));
  } else if (versions.empty()) {
    ImGui::TextDisabled("%s", tr("storage.versions_none"));
  } else if (ImGui::BeginTable(
                 "##list", 3,
                 ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                 ImVec2(0,
                        ImGui::GetFrameHeightWithSpacing() *
                            static_cast<float>(std::min<std::size_t>(versions.size(), 10) + 1)))) {
    ImGui::TableSetupColumn(tr("storage.versions_saved"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr("storage.versions_size"), ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableSetupColumn("##restore", ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < versions.size(); ++i) {
      const StoredVersion& version = versions[i];
      ImGui::PushID(version.seq);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(date_time(version.saved_at_ms).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(byte_size(version.size).c_str());
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(open->read_only());
      if (ImGui::SmallButton(tr("storage.versions_restore"))) {
        app.storage.restore_version(*open, version);
        ImGui::CloseCurrentPopup();
      }
      ImGui::EndDisabled();
      mark_item("storage.restore." + std::to_string(i));
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  if (ImGui::Button(tr("storage.versions_close"))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

} // namespace rumbo::ui
