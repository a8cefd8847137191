#include "ui/screens/screens.h"

namespace rumbo::ui {

const std::vector<ScreenInfo>& screens() {
  static const std::vector<ScreenInfo> all = {
      {"home", "screen.home", std::nullopt, draw_home_screen},
      {"profile", "screen.profile", Step::profile, draw_profile_screen},
      {"diagnosis", "screen.diagnosis", Step::diagnosis, draw_diagnosis_screen},
      {"readiness", "screen.readiness", Step::readiness, draw_readiness_screen},
      {"objectives", "screen.objectives", Step::objectives, draw_objectives_screen},
      {"actors", "screen.actors", Step::actors, draw_actors_screen},
      {"partners", "screen.partners", Step::partners, draw_partners_screen},
      {"actions", "screen.actions", Step::actions, draw_actions_screen},
      {"prioritise", "screen.prioritise", Step::prioritise, draw_prioritise_screen},
      {"portfolio", "screen.portfolio", Step::portfolio, draw_portfolio_screen},
      {"monitoring", "screen.monitoring", Step::monitoring, draw_monitoring_screen},
  };
  return all;
}

const ScreenInfo* find_screen(std::string_view id) {
  for (const ScreenInfo& screen : screens())
    if (id == screen.id) return &screen;
  return nullptr;
}

} // namespace rumbo::ui
