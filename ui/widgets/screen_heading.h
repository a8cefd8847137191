#pragma once

// The top of a screen: its title in the heading font, and the screen's main
// button ("Agregar actor") at the right of the same line when it has one.

#include <initializer_list>
#include <string>

namespace rumbo::ui {

// The width a button with `text` takes (its label and frame padding), to
// place buttons against the right edge.
float button_width(const char* text);

// Moves onto the line just drawn, where a button labelled `button` ends at
// the right edge, or just after the line when it is too long to leave room.
void same_line_at_right(const char* button);
// The same for a row of buttons, in their order.
void same_line_at_right(std::initializer_list<const char*> buttons);

void screen_title(const char* title);
// True on the frame the button is clicked; the button is marked `mark` for tests.
bool screen_title(const char* title, const char* button, const std::string& mark);

} // namespace rumbo::ui
