#include "ui/widgets/text_blocks.h"

#include "ui/fonts.h"

#include <imgui.h>

namespace rumbo::ui {

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void warning_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.16f, 0.0f, 1.0f));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void bold_text(const std::string& text) {
  ImGui::PushFont(font(FontRole::bold));
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopFont();
}

} // namespace rumbo::ui
