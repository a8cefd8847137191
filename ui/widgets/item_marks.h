#pragma once

// Named places on screen for the browser tests, which drive the app with a
// real mouse and keyboard: a screen marks the item it just drew
// (`mark_item("actions.cost")`), and window.rumbo.itemRect("actions.cost")
// answers where it was in the last frame, in CSS pixels. Tests then click
// what an official would click, without hard-coded coordinates.

#include <optional>
#include <string>

namespace rumbo::ui {

struct ItemRect {
  float x = 0, y = 0, width = 0, height = 0;
};

// Forgets the marks of the previous frame; called once at the frame's start.
void begin_item_marks();
// Marks the last item drawn (ImGui's "last item") with `name`.
void mark_item(const std::string& name);
// Marks a part of an item (a point of a chart), in screen coordinates.
void mark_rect(const std::string& name, const ItemRect& rect);
std::optional<ItemRect> marked_item(const std::string& name);

} // namespace rumbo::ui
