#include "ui/theme.h"

#include <imgui.h>

namespace rumbo::ui {

void apply_theme() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 8.0f;
  style.FrameRounding = 5.0f;
  style.WindowPadding = ImVec2(20.0f, 18.0f);
  style.FramePadding = ImVec2(10.0f, 6.0f);
  style.ItemSpacing = ImVec2(10.0f, 9.0f);
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImVec4(0.11f, 0.14f, 0.19f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.42f, 0.48f, 1.0f);
  c[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_TitleBg] = ImVec4(0.85f, 0.89f, 0.94f, 1.0f);
  c[ImGuiCol_TitleBgActive] = ImVec4(0.78f, 0.85f, 0.93f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.80f, 0.83f, 0.88f, 1.0f);
  c[ImGuiCol_Separator] = ImVec4(0.83f, 0.86f, 0.90f, 1.0f);
  // Fields must read as fields to someone who has never used the app: a
  // tinted box with an outline, not text on the page.
  style.FrameBorderSize = 1.0f;
  c[ImGuiCol_FrameBg] = ImVec4(0.96f, 0.97f, 0.99f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.91f, 0.94f, 0.98f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.80f, 0.88f, 0.98f, 1.0f);
}

ClearColor background_color() { return {0.93f, 0.95f, 0.97f, 1.0f}; }

} // namespace rumbo::ui
