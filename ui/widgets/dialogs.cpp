#include "ui/widgets/dialogs.h"

#include "core/commands/edits.h"
#include "ui/charts/charts.h"
#include "ui/text.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>

#include <algorithm>

namespace rumbo::ui {

void next_dialog_geometry(float width_em, bool keep_centred) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(width_em * ImGui::GetFontSize(), viewport->WorkSize.x * 0.95f);
  ImGui::SetNextWindowPos(viewport->GetCenter(),
                          keep_centred ? ImGuiCond_Always : ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
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
  constexpr std::size_t kListed = 6;
  if (!confirm.items.empty()) {
    ImGui::Indent(ImGui::GetFontSize());
    for (std::size_t i = 0; i < confirm.items.size() && i < kListed; ++i)
      ImGui::BulletText("%s", confirm.items[i].c_str());
    if (confirm.items.size() > kListed)
      ImGui::TextDisabled(
          "%s",
          trf(confirm.more.c_str(), {std::to_string(confirm.items.size() - kListed)}).c_str());
    ImGui::Unindent(ImGui::GetFontSize());
  }
  if (!confirm.note.empty()) muted_text(confirm.note);
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

Confirmation removal_confirmation(const Workspace& ws, ObjectId id, const std::string& name,
                                  const std::string& subject, const RemovalWords& words) {
  Confirmation confirm;
  confirm.open = true;
  confirm.title = tr(words.title);
  confirm.message = trf(words.question, {name});
  confirm.command = [id, subject](const Workspace& now) {
    return remove_objects(now, {id}, Cascade::cascade, subject).command;
  };
  const RemoveOutcome outcome = remove_objects(ws, {id}, Cascade::refuse_if_referenced, subject);
  if (outcome.command) {
    confirm.button = tr(words.yes);
    confirm.note = tr(words.undo);
    return confirm;
  }
  for (const RefSite& site : outcome.referrers)
    if (const Action* action = find_by_id(ws.actions, site.owner))
      confirm.items.push_back("«" + action->title + "»");
  confirm.message +=
      " " + (confirm.items.size() == 1 ? std::string(tr(words.used_one))
                                       : trf(words.used, {std::to_string(confirm.items.size())}));
  confirm.more = words.more;
  confirm.note = std::string(tr(words.consequence)) + " " + tr(words.undo);
  confirm.button = tr(words.anyway);
  return confirm;
}

} // namespace rumbo::ui
