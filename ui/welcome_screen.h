#pragma once

namespace rumbo::ui {

// The first window an official sees: what Rumbo is and the steps of the
// strategy it will lead them through.
void draw_welcome_screen();

} // namespace rumbo::ui
