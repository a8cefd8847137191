#pragma once

// What a screen shows in place of a result that is still being computed
// between frames (the Monte Carlo runs, the portfolio searches): what is
// being worked out and how far along it is, so a wait of a second or two on a
// large strategy never looks like a frozen page or a missing result.

#include "ui/session.h"

#include <string>

namespace rumbo::ui {

// A muted sentence (`what`) and a progress bar with the share done.
void scoring_progress(const Session& session, const std::string& what);

} // namespace rumbo::ui
