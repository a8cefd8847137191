#include "ui/widgets/screen_heading.h"

#include "ui/fonts.h"
#include "ui/widgets/item_marks.h"

#include <imgui.h>

#include <algorithm>

namespace rumbo::ui {

float button_width(const char* text) {
  return ImGui::CalcTextSize(text, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void same_line_at_right(const char* button) { same_line_at_right({button}); }

void same_line_at_right(std::initializer_list<const char*> buttons) {
  float width = 0;
  for (const char* button : buttons)
    width += button_width(button) + (width > 0 ? ImGui::GetStyle().ItemSpacing.x : 0);
  ImGui::SameLine();
  const float after_line = ImGui::GetCursorPosX() - ImGui::GetStyle().ItemSpacing.x;
  ImGui::SameLine(
      std::max(after_line + ImGui::GetFontSize(), ImGui::GetWindowContentRegionMax().x - width));
}

void screen_title(const char* title) {
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
}

bool screen_title(const char* title, const char* button, const std::string& mark) {
  screen_title(title);
  same_line_at_right(button);
  const bool clicked = ImGui::Button(button);
  mark_item(mark);
  return clicked;
}

} // namespace rumbo::ui
