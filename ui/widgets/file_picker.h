#pragma once

// A button that opens the browser's file picker. Browsers open it only from
// the handler of the click itself, which an ImGui frame is not: the page
// opens it from its own click handler when the click lands on this button
// (its place is given to the page while the mouse is over it), and the
// button's own press asks too, for keyboard users where browsers allow it.
// The chosen file arrives through ui/files_in.h.

#include <imgui.h>

#include <string>

namespace rumbo::ui {

void file_picker_button(const char* label, const std::string& mark, ImVec2 size = ImVec2(0, 0));

} // namespace rumbo::ui
