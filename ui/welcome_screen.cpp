#include "ui/welcome_screen.h"

#include "core/version.h"
#include "ui/fonts.h"

#include <imgui.h>

#include <algorithm>

namespace rumbo::ui {

namespace {

struct Step {
  const char* name;
  const char* what;
};

constexpr Step kSteps[] = {
    {"Diagnóstico", "contexto externo, situación interna y preparación del territorio."},
    {"Priorización", "visión de futuro y objetivos estratégicos con sus indicadores."},
    {"Instrumentación", "acciones por eje temático y asignación de recursos."},
    {"Socios", "ciudades, redes y cooperantes afines a sus prioridades."},
    {"Seguimiento", "ciclos de evaluación y retroalimentación."},
};

} // namespace

void draw_welcome_screen() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(840.0f, viewport->WorkSize.x - 32.0f);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  ImGui::Begin("Rumbo — estrategia de internacionalización", nullptr,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings);

  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted("¡Le damos la bienvenida!");
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::TextWrapped(
      "Rumbo acompaña a alcaldías y gobernaciones en la construcción, la priorización y el "
      "seguimiento de su estrategia de internacionalización, a partir de tres preguntas: "
      "“¿dónde estamos?”, “¿a dónde queremos llegar?” y “¿cómo lo lograremos?”.");
  ImGui::Spacing();
  ImGui::PushFont(font(FontRole::bold));
  ImGui::SeparatorText("El proceso");
  ImGui::PopFont();
  for (std::size_t i = 0; i < std::size(kSteps); ++i) {
    ImGui::PushFont(font(FontRole::bold));
    ImGui::Text("%zu. %s:", i + 1, kSteps[i].name);
    ImGui::PopFont();
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 0.6f);
    ImGui::TextWrapped("%s", kSteps[i].what);
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextDisabled("Versión %s · Las pantallas de trabajo llegan en las próximas versiones.",
                      app_version());
  ImGui::TextDisabled("Lo que registre en Rumbo se queda en este navegador, salvo que lo exporte.");
  ImGui::End();
}

} // namespace rumbo::ui
