#include "ui/widgets/csv_export.h"

#include "core/files/csv_exports.h"
#include "ui/page.h"
#include "ui/text.h"
#include "ui/widgets/item_marks.h"

#include <imgui.h>

namespace rumbo::ui {

void csv_export_button(Session& session, const char* what_key, const std::string& mark,
                       FunctionRef<std::string()> build) {
  const bool clicked = ImGui::Button(tr("common.export_csv"));
  mark_item(mark);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("common.export_csv_hint"));
  const OpenWorkspace* open = session.current();
  if (!clicked || !open) return;
  rumbo_page_download(csv_file_name(open->name, tr(what_key)).c_str(), build().c_str());
}

} // namespace rumbo::ui
