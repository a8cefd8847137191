#include "ui/app_frame.h"

#include "core/files/workspace_file.h"
#include "core/text/languages.h"
#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/page.h"
#include "ui/save_status.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/item_marks.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rumbo::ui {
namespace {

constexpr float kStepBarWidth = 250.0f;

// "Deshacer: Editar «Costo»" — what the button will undo or redo.
void history_button(const char* label_key, const char* tip_key, bool enabled, const Command* next,
                    bool& pressed) {
  ImGui::BeginDisabled(!enabled);
  pressed = ImGui::Button(tr(label_key));
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip | ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("%s", next ? trf(tip_key, {next->subject}).c_str() : tr(label_key));
}

void keyboard_shortcuts(Session& session) {
  // A text field being edited keeps Ctrl+Z for its own text.
  if (ImGui::GetIO().WantTextInput) return;
  if (session.current() && session.current()->read_only()) return;
  if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Z)) session.undo();
  if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Y) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z))
    session.redo();
}

void top_bar(Session& session, Navigation& navigation) {
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted("Rumbo");
  ImGui::PopFont();
  ImGui::SameLine();
  if (OpenWorkspace* open = session.current()) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("·");
    ImGui::SameLine();
    ImGui::TextUnformatted(open->name.c_str());
    ImGui::SameLine(0, 24);
    bool undo = false, redo = false;
    const History& history = open->history;
    const bool writable = !open->read_only();
    history_button("action.undo", "action.undo_what", writable && history.can_undo(),
                   history.next_undo(), undo);
    ImGui::SameLine();
    history_button("action.redo", "action.redo_what", writable && history.can_redo(),
                   history.next_redo(), redo);
    if (undo) session.undo();
    if (redo) session.redo();
    ImGui::SameLine();
    if (ImGui::Button(tr("app.export"))) export_workspace(*open);
    mark_item("app.export");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
      ImGui::SetTooltip("%s", tr("app.export_hint"));
    ImGui::SameLine(0, 24);
    draw_save_status(app_state());
    // Scores still being worked out show on every screen, not only where
    // they are drawn, so a slow moment never looks like a stuck page; the
    // usual few milliseconds after an edit show nothing, to avoid flicker.
    constexpr double kShowAfterMs = 300;
    if (session.scoring_ms() > kShowAfterMs) {
      ImGui::SameLine(0, 24);
      ImGui::TextDisabled(
          "%s", trf("common.scoring_progress", {percent(session.scoring_progress(), 0)}).c_str());
    }
  } else {
    ImGui::NewLine();
  }
  // As wide as the longest language name ("Português (Brasil)") and its arrow.
  float widest = 0;
  for (const LanguageInfo& info : languages())
    widest = std::max(widest, ImGui::CalcTextSize(info.name.c_str()).x);
  const float combo_width = widest + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - combo_width);
  ImGui::SetNextItemWidth(combo_width);
  const LanguageInfo* current = find_language(language());
  if (ImGui::BeginCombo("##language", current ? current->name.c_str() : "")) {
    for (const LanguageInfo& info : languages())
      if (ImGui::Selectable(info.name.c_str(), info.language == language()))
        set_language(info.language);
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip))
    ImGui::SetTooltip("%s", tr("app.language"));
  (void)navigation;
}

void step_bar(Session& session, Navigation& navigation) {
  const Workspace* ws = session.workspace();
  for (const ScreenInfo& screen : screens()) {
    if (screen.step && !ws) continue;
    const bool selected = navigation.screen == screen.id;
    ImGui::PushID(screen.id);
    std::string detail;
    if (screen.step && ws) {
      const StepProgress p = progress(*ws, *screen.step);
      const std::string key = std::string("progress.") + screen.id;
      // "0 de 1 acción completa": the noun agrees with the total.
      detail = p.total > 0
                   ? trn(key.c_str(), p.total, {std::to_string(p.done), std::to_string(p.total)})
                   : trn((key + ".count").c_str(), p.done, {std::to_string(p.done)});
    }
    // The detail wraps inside the bar ("26 de 26 indicadores con valor"),
    // so the selectable is sized to it and the texts drawn over it.
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 detail_size = ImGui::CalcTextSize(detail.c_str(), nullptr, false, width);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##step", selected, 0,
                          ImVec2(0, line + (detail.empty() ? 0 : detail_size.y))))
      navigation.screen = screen.id;
    mark_item(std::string("step.") + screen.id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), tr(screen.title_key));
    if (!detail.empty())
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x, at.y + line),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), detail.c_str(), nullptr, width);
    ImGui::Spacing();
    ImGui::PopID();
  }
}

} // namespace

AppState& app_state() {
  static AppState state;
  return state;
}

void draw_app(Session& session, Navigation& navigation) {
  begin_item_marks();
  rumbo_page_file_button(0, 0, 0, 0); // until a screen draws it under the mouse
  // A workspace just created or opened from Home is where the user wants to work.
  const std::uint64_t key = session.current() ? session.current()->key : 0;
  if (key != navigation.workspace_key) {
    navigation.workspace_key = key;
    if (key && navigation.screen == "home") navigation.screen = "profile";
  }
  const ScreenInfo* screen = find_screen(navigation.screen);
  if (!screen || (screen->step && !session.workspace())) {
    navigation.screen = "home";
    screen = find_screen("home");
  }
  keyboard_shortcuts(session);

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("##rumbo", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  top_bar(session, navigation);
  draw_storage_banners(app_state());
  ImGui::Separator();
  ImGui::BeginChild("##steps", ImVec2(kStepBarWidth, 0), ImGuiChildFlags_Border,
                    ImGuiWindowFlags_NavFlattened);
  step_bar(session, navigation);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##screen", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  // Another tab writes this workspace: it can be read here, not changed.
  const bool read_only = session.current() && session.current()->read_only() && screen->step;
  ImGui::BeginDisabled(read_only);
  screen->draw(session);
  ImGui::EndDisabled();
  ImGui::EndChild();
  draw_versions_dialog(app_state());
  ImGui::End();
}

} // namespace rumbo::ui
