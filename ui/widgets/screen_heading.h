#pragma once

// The top of a screen: its title in the heading font, and the screen's main
// button ("Agregar actor") at the right of the same line when it has one.

#include <string>

namespace rumbo::ui {

// The width a button with `text` takes (its label and frame padding), to
// place buttons against the right edge.
float button_width(const char* text);

void screen_title(const char* title);
// True on the frame the button is clicked; the button is marked `mark` for tests.
bool screen_title(const char* title, const char* button, const std::string& mark);

} // namespace rumbo::ui
