#pragma once

// The screens, in the order of the strategy's steps (../shared/domain.md):
// diagnose, prioritise, instrument, partner, follow up. Each is drawn by one
// function in its own file here, reads the session and changes the
// workspace only through commands.

#include "core/model/progress.h"
#include "ui/session.h"

#include <optional>
#include <string_view>
#include <vector>

namespace rumbo::ui {

struct ScreenInfo {
  const char* id;        // stable, for window.rumbo.goto() and the tests
  const char* title_key; // catalogue key of its name in the step bar
  std::optional<Step> step;
  void (*draw)(Session&);
};

// Home first, then the steps that have a screen, in process order.
const std::vector<ScreenInfo>& screens();
const ScreenInfo* find_screen(std::string_view id);

void draw_home_screen(Session& session);
void draw_profile_screen(Session& session);
void draw_readiness_screen(Session& session);
void draw_diagnosis_screen(Session& session);
void draw_objectives_screen(Session& session);
void draw_actors_screen(Session& session);
void draw_partners_screen(Session& session);
void draw_actions_screen(Session& session);
void draw_prioritise_screen(Session& session);
void draw_portfolio_screen(Session& session);
void draw_monitoring_screen(Session& session);

} // namespace rumbo::ui
