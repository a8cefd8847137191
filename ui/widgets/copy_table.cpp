#include "ui/widgets/copy_table.h"

#include "ui/text.h"

#include <imgui.h>

namespace rumbo::ui {

std::string tab_separated(const TextTable& table) {
  auto cell = [](const std::string& text) {
    std::string clean = text;
    for (char& c : clean)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return clean;
  };
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i)
      out += (i ? "\t" : "") + cell(cells[i]);
    return out + "\n";
  };
  std::string out = line(table.columns);
  for (const auto& row : table.rows)
    out += line(row);
  return out;
}

void copy_table_button(const char* id, FunctionRef<TextTable()> build) {
  ImGui::PushID(id);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID copied_key = ImGui::GetID("##copied_at");
  if (ImGui::SmallButton(tr("chart.copy_table"))) {
    ImGui::SetClipboardText(tab_separated(build()).c_str());
    storage->SetFloat(copied_key, static_cast<float>(ImGui::GetTime()));
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("chart.copy_table_hint"));
  if (ImGui::GetTime() - storage->GetFloat(copied_key, -100.0f) < 2.5) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr("chart.copied"));
  }
  ImGui::PopID();
}

} // namespace rumbo::ui
