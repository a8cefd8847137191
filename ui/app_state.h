#pragma once

// The page's one Session, its Storage and Navigation, and the frame loop's timings,
// shared by the frame loop (main.cpp) and the test hook (test_hook.cpp).

#include "ui/app_frame.h"
#include "ui/frame_times.h"
#include "ui/session.h"
#include "ui/storage.h"

namespace rumbo::ui {

struct AppState {
  Session session;
  Storage storage;
  Navigation navigation;
  FrameTimes frame_times;
};

AppState& app_state();

} // namespace rumbo::ui
