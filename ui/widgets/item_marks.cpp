#include "ui/widgets/item_marks.h"

#include <imgui.h>

#include <map>

namespace rumbo::ui {
namespace {

// Marks of the frame being drawn and of the last complete one: a test may
// ask between two frames, when the current map is still half filled.
struct Marks {
  std::map<std::string, ItemRect> drawing, drawn;
};

Marks& marks() {
  static Marks instance;
  return instance;
}

} // namespace

void begin_item_marks() {
  marks().drawn = std::move(marks().drawing);
  marks().drawing.clear();
}

void mark_item(const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  marks().drawing[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

void mark_rect(const std::string& name, const ItemRect& rect) { marks().drawing[name] = rect; }

std::optional<ItemRect> marked_item(const std::string& name) {
  const auto found = marks().drawn.find(name);
  if (found == marks().drawn.end()) return std::nullopt;
  return found->second;
}

} // namespace rumbo::ui
