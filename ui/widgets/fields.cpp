#include "ui/widgets/fields.h"

#include "core/text/number_format.h"
#include "ui/text.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>

namespace rumbo::ui {
namespace {

// While a number field is being typed in, its text lives here (by ImGui id),
// so "1.2" on the way to "1.234" is not reformatted under the user's fingers.
std::map<ImGuiID, std::string>& drafts() {
  static std::map<ImGuiID, std::string> texts;
  return texts;
}

void finish(Session& session) {
  if (ImGui::IsItemDeactivated()) session.seal();
}

} // namespace

void field_label(const char* text, float column_width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine(column_width);
}

bool text_field(Session& session, const char* label, const std::string& value,
                MakeCommand<std::string> change, float width) {
  std::string edited = value;
  ImGui::SetNextItemWidth(width > 0 ? width : -FLT_MIN);
  const bool changed = ImGui::InputText(label, &edited) && edited != value;
  if (changed) session.apply(change(edited));
  finish(session);
  return changed;
}

bool text_area(Session& session, const char* label, const std::string& value,
               MakeCommand<std::string> change, float height_lines) {
  std::string edited = value;
  const bool changed =
      ImGui::InputTextMultiline(label, &edited,
                                ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * height_lines + 8)) &&
      edited != value;
  if (changed) session.apply(change(edited));
  finish(session);
  return changed;
}

bool int_field(Session& session, const char* label, long long value, long long low, long long high,
               MakeCommand<long long> change, float width) {
  long long edited = value;
  ImGui::SetNextItemWidth(width > 0 ? width : 160.0f);
  const long long step = 1;
  bool changed = ImGui::InputScalar(label, ImGuiDataType_S64, &edited, &step);
  edited = std::clamp(edited, low, high);
  changed = changed && edited != value;
  if (changed) session.apply(change(edited));
  finish(session);
  return changed;
}

bool number_field(Session& session, const char* label, std::optional<double> value, int decimals,
                  MakeCommand<std::optional<double>> change, float width) {
  const ImGuiID id = ImGui::GetID(label);
  auto& all = drafts();
  const auto draft = all.find(id);
  std::string text =
      draft != all.end() ? draft->second : (value ? number(*value, decimals) : std::string());
  ImGui::SetNextItemWidth(width > 0 ? width : 160.0f);
  double parsed = 0;
  const bool valid = text.empty() || parse_number(text, locale(), parsed);
  if (!valid) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.98f, 0.85f, 0.85f, 1));
  const bool typed = ImGui::InputText(label, &text);
  if (!valid) ImGui::PopStyleColor();
  if (!valid && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("field.not_a_number"));
  bool changed = false;
  if (ImGui::IsItemActive()) all[id] = text;
  if (typed) {
    std::optional<double> next;
    if (!text.empty() && parse_number(text, locale(), parsed)) next = parsed;
    if ((text.empty() || next) && next != value) {
      session.apply(change(next));
      changed = true;
    }
  }
  if (ImGui::IsItemDeactivated()) {
    all.erase(id);
    session.seal();
  }
  return changed;
}

} // namespace rumbo::ui
