#include "ui/fonts.h"

#include "core/display_charset.h"
#include "core/utf8.h"

#include <imgui.h>

#include <cstdio>

namespace rumbo::ui {

namespace {

constexpr const char* kFontPath = "/assets/fonts/ui-regular.ttf";

} // namespace

void load_fonts(float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  // The font is packed with the app and lives as long as the atlas.
  config.FontDataOwnedByAtlas = true;
  config.OversampleH = 2;
  const ImFont* font = io.Fonts->AddFontFromFileTTF(kFontPath, kBodyFontSize * pixel_ratio, &config,
                                                    ui_glyph_ranges().data());
  if (!font) {
    std::fprintf(stderr, "Rumbo: cannot read the UI font %s; accents will not display\n",
                 kFontPath);
    ImFontConfig fallback;
    fallback.SizePixels = kBodyFontSize * pixel_ratio;
    io.Fonts->AddFontDefault(&fallback);
  }
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / pixel_ratio;
}

std::string missing_required_glyphs() {
  const ImVector<ImFont*>& fonts = ImGui::GetIO().Fonts->Fonts;
  std::string missing;
  for (char32_t cp : decode_utf8(required_ui_characters()).code_points)
    if (fonts.empty() || !fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(cp)))
      append_utf8(missing, cp);
  return missing;
}

} // namespace rumbo::ui
