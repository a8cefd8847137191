#include "ui/welcome_screen.h"

#include "core/version.h"

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
  const float width = std::min(760.0f, viewport->WorkSize.x - 32.0f);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  ImGui::Begin("Rumbo — estrategia de internacionalización", nullptr,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings);

  ImGui::TextUnformatted("¡Le damos la bienvenida!");
  ImGui::Spacing();
  ImGui::TextWrapped(
      "Rumbo acompaña a alcaldías y gobernaciones en la construcción, la priorización y el "
      "seguimiento de su estrategia de internacionalización, a partir de tres preguntas: "
      "“¿dónde estamos?”, “¿a dónde queremos llegar?” y “¿cómo lo lograremos?”.");
  ImGui::Spacing();
  ImGui::SeparatorText("El proceso");
  for (std::size_t i = 0; i < std::size(kSteps); ++i) {
    ImGui::Text("%zu.", i + 1);
    ImGui::SameLine();
    ImGui::TextWrapped("%s: %s", kSteps[i].name, kSteps[i].what);
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextDisabled("Versión %s · Las pantallas de trabajo llegan en las próximas versiones.",
                      app_version());
  ImGui::TextDisabled("Lo que registre en Rumbo se queda en este navegador, salvo que lo exporte.");
  ImGui::End();
}

} // namespace rumbo::ui
