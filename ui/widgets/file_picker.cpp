#include "ui/widgets/file_picker.h"

#include "ui/page.h"
#include "ui/widgets/item_marks.h"

namespace rumbo::ui {

void file_picker_button(const char* label, const std::string& mark, ImVec2 size) {
  if (ImGui::Button(label, size)) rumbo_page_pick_file();
  mark_item(mark);
  if (ImGui::IsItemHovered()) {
    const ImVec2 at = ImGui::GetItemRectMin(), extent = ImGui::GetItemRectSize();
    rumbo_page_file_button(at.x, at.y, extent.x, extent.y);
  }
}

} // namespace rumbo::ui
