#include "ui/fonts.h"

#include "core/display_charset.h"
#include "core/utf8.h"

#include <imgui.h>

#include <array>
#include <cstdio>

namespace rumbo::ui {

namespace {

struct FontFace {
  const char* path;
  float scale; // of kBodyFontSize
};

// Indexed by FontRole; body comes first so that it is ImGui's default font.
constexpr std::array<FontFace, 3> kFaces = {{
    {"/assets/fonts/ui-regular.ttf", 1.0f},
    {"/assets/fonts/ui-bold.ttf", 1.0f},
    {"/assets/fonts/ui-bold.ttf", 1.35f},
}};

std::array<ImFont*, kFaces.size()> loaded{};

// Symbols Noto Sans lacks, merged into every face from fonts that have them.
struct SymbolFont {
  const char* path;
  GlyphFont ranges;
};
constexpr std::array<SymbolFont, 2> kSymbolFonts = {{
    {"/assets/fonts/ui-math.ttf", GlyphFont::math},
    {"/assets/fonts/ui-shapes.ttf", GlyphFont::shapes},
}};

ImFont* add_face(const FontFace& face, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  const float size = kBodyFontSize * face.scale * pixel_ratio;
  if (ImFont* f = io.Fonts->AddFontFromFileTTF(face.path, size, nullptr,
                                               font_glyph_ranges(GlyphFont::text).data())) {
    for (const SymbolFont& symbols : kSymbolFonts) {
      ImFontConfig merge;
      merge.MergeMode = true;
      // A missing file leaves those symbols drawn as '?', which
      // missing_required_glyphs() reports at startup.
      io.Fonts->AddFontFromFileTTF(symbols.path, size, &merge,
                                   font_glyph_ranges(symbols.ranges).data());
    }
    return f;
  }
  std::fprintf(stderr, "Rumbo: cannot read the UI font %s; accents will not display\n", face.path);
  ImFontConfig fallback;
  fallback.SizePixels = size;
  return io.Fonts->AddFontDefault(&fallback);
}

} // namespace

void load_fonts(float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  for (std::size_t i = 0; i < kFaces.size(); ++i)
    loaded[i] = add_face(kFaces[i], pixel_ratio);
  // Built now, not at the first frame, so missing_required_glyphs() can look.
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / pixel_ratio;
}

ImFont* font(FontRole role) { return loaded[static_cast<std::size_t>(role)]; }

std::string missing_required_glyphs() {
  std::string missing;
  for (char32_t cp : decode_utf8(required_ui_characters()).code_points) {
    for (const ImFont* f : loaded) {
      if (!f || !f->FindGlyphNoFallback(static_cast<ImWchar>(cp))) {
        append_utf8(missing, cp);
        break;
      }
    }
  }
  return missing;
}

} // namespace rumbo::ui
