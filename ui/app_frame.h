#pragma once

// The frame around every screen: the top bar (workspace, undo and redo,
// language), the step bar with each step's progress, and the current screen.

#include "ui/session.h"

#include <cstdint>
#include <string>

namespace rumbo::ui {

// Which screen is showing: page state, not workspace data.
struct Navigation {
  std::string screen = "home";
  std::uint64_t workspace_key = 0; // the current workspace when last drawn
};

void draw_app(Session& session, Navigation& navigation);

} // namespace rumbo::ui
