#include "ui/widgets/dialogs.h"

#include "ui/charts/charts.h"
#include "ui/text.h"

#include <imgui.h>

#include <algorithm>

namespace rumbo::ui {

void next_dialog_geometry(float width_em) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(width_em * ImGui::GetFontSize(), viewport->WorkSize.x * 0.95f);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
}

void wrapped_preview(const std::string& text) {
  const float field = ImGui::GetItemRectSize().x - 2 * ImGui::GetStyle().FramePadding.x;
  bool long_line = false;
  for (std::size_t start = 0; start <= text.size() && !long_line;) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    long_line = ImGui::CalcTextSize(text.data() + start, text.data() + end).x > field;
    start = end + 1;
  }
  if (!long_line) return;
  const float indent = ImGui::GetItemRectMin().x - ImGui::GetCursorScreenPos().x;
  ImGui::Indent(indent);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::PushTextWrapPos(ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Unindent(indent);
}

void confirmation_dialog(Session& session, Confirmation& confirm, const char* popup_id,
                         float width_em) {
  const std::string id = std::string("###") + popup_id;
  if (confirm.open) {
    ImGui::OpenPopup(id.c_str());
    confirm.open = false;
  }
  next_dialog_geometry(width_em);
  const std::string title = confirm.title + id;
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextWrapped("%s", confirm.message.c_str());
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Button, charts::colour(charts::Hue::vermillion, 0.25f));
  if (ImGui::Button(confirm.button.c_str())) {
    if (const std::optional<Command> command = confirm.command(*session.workspace())) {
      session.apply(*command);
      session.seal();
    }
    ImGui::CloseCurrentPopup();
  }
  ImGui::PopStyleColor();
  ImGui::SameLine();
  if (ImGui::Button(tr("action.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

} // namespace rumbo::ui
