#include "ui/widgets/screen_heading.h"

#include "ui/fonts.h"
#include "ui/widgets/item_marks.h"

#include <imgui.h>

#include <algorithm>

namespace rumbo::ui {

float button_width(const char* text) {
  return ImGui::CalcTextSize(text, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void screen_title(const char* title) {
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
}

bool screen_title(const char* title, const char* button, const std::string& mark) {
  screen_title(title);
  // At the right edge, or just after a title too long to leave room.
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + ImGui::GetFontSize(),
                           ImGui::GetWindowContentRegionMax().x - button_width(button)));
  const bool clicked = ImGui::Button(button);
  mark_item(mark);
  return clicked;
}

} // namespace rumbo::ui
