// Entry point of the web app: SDL2 window, WebGL2 context, Dear ImGui, and the
// frame loop. This is the only place that owns the Emscripten main loop.
//
// The loop draws only while something changes: for a second after the last
// input or the last slice of pending scoring (ImGui settles hover, focus and
// layout over a few frames, and shows delayed tooltips after about half a
// second), then it pauses itself
// entirely, so an idle tab costs no CPU. The page (web/shell.js) calls
// rumbo_wake() on any input, resize or focus change.

#include "core/text/languages.h"
#include "core/version.h"
#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/page.h"
#include "ui/text.h"
#include "ui/theme.h"

#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

namespace {

// Measured in time, since screens refresh at 60 to 144 Hz and more, and in
// frames, since a slow machine may take longer than that for ImGui to lay out
// a new window (it hides it on its first frame).
constexpr double kDrawAfterInputMs = 1000.0;
constexpr int kMinFramesAfterInput = 5;

// Heavy scoring (Monte Carlo, portfolio searches) runs this long in each
// frame before drawing, leaving the rest of a 60 Hz frame to the drawing.
constexpr double kScoringSliceMs = 6.0;

// SDL user event code of text pasted from the system clipboard (typed text is 0).
constexpr int kPasted = 1;

struct App {
  SDL_Window* window = nullptr;
  float pixel_ratio = 1.0f;
  double last_input_ms = 0.0;
  int frames_since_input = 0;
  bool paused = false;
  bool text_input = false; // a text field is taking typed text
  Uint32 typed_event = 0;  // SDL event type of text from the page's text proxy
  std::string clipboard;   // what was last copied in the app
};

// The main loop is a C callback; this is the state it works on.
App app;

// A new devicePixelRatio (browser zoom, a window moved to a projector) needs a
// larger or smaller drawing buffer and fonts rasterised anew. SDL resizes the
// buffer only on a 'resize' event, which not every ratio change brings (the
// page wakes the loop for those); setting the same window size makes SDL read
// the ratio again.
void follow_pixel_ratio() {
  const auto ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (ratio == app.pixel_ratio) return;
  app.pixel_ratio = ratio;
  int width = 0, height = 0;
  SDL_GetWindowSize(app.window, &width, &height);
  SDL_SetWindowSize(app.window, width, height);
  rumbo::ui::load_fonts(ratio);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void draw_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  rumbo::ui::AppState& state = rumbo::ui::app_state();
  rumbo::ui::draw_app(state.session, state.navigation);
  ImGui::Render();

  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(app.window, &width, &height);
  glViewport(0, 0, width, height);
  const auto bg = rumbo::ui::background_color();
  glClearColor(bg.r, bg.g, bg.b, bg.a);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(app.window);
  const bool text_input = ImGui::GetIO().WantTextInput;
  if (text_input != app.text_input) {
    app.text_input = text_input;
    rumbo_page_text_input(text_input ? 1 : 0);
  }
  rumbo_page_frame_drawn(ImGui::GetDrawData()->TotalVtxCount > 0);
}

// A few frames to show a change that came with no input, without the
// second of frames that input gets.
void redraw() {
  app.frames_since_input = 0;
  if (!app.paused) return;
  app.paused = false;
  emscripten_resume_main_loop();
}

void tick() {
  // The whole frame's work on this thread, input included: what makes the
  // page feel slow (tests/bench/web_bench.mjs reads it).
  const double started = emscripten_get_now();
  bool had_input = false;
  for (SDL_Event event; SDL_PollEvent(&event);) {
    // Typed text comes from the page's text proxy (rumbo_text_typed), which
    // also gets what SDL's keypress-based text loses: dead keys (´ + a),
    // AltGr, IME and phone keyboards. SDL's copy would double it.
    if (event.type == app.typed_event) {
      const std::unique_ptr<char[]> text(static_cast<char*>(event.user.data1));
      ImGuiIO& io = ImGui::GetIO();
      if (event.user.code == kPasted) {
        // ImGui's own paste (shortcut, then the clipboard function), so that
        // it replaces the selection and keeps line breaks as a field allows.
        app.clipboard = text.get();
        const ImGuiKey shortcut = io.ConfigMacOSXBehaviors ? ImGuiMod_Super : ImGuiMod_Ctrl;
        io.AddKeyEvent(shortcut, true);
        io.AddKeyEvent(ImGuiKey_V, true);
        io.AddKeyEvent(ImGuiKey_V, false);
        io.AddKeyEvent(shortcut, false);
      } else {
        io.AddInputCharactersUTF8(text.get());
      }
    } else if (event.type != SDL_TEXTINPUT) {
      ImGui_ImplSDL2_ProcessEvent(&event);
    }
    had_input = true;
  }
  // Pending scores keep the loop going as input does: each frame advances
  // them a slice and shows the progress; their results need drawing too.
  // So does a change not yet saved, whose save is due within a second.
  rumbo::ui::AppState& state = rumbo::ui::app_state();
  const bool scoring = state.session.work(kScoringSliceMs);
  state.storage.follow_current(state.session);
  const bool saving = state.storage.autosave(state.session);
  const double now = emscripten_get_now();
  if (had_input || scoring || saving) {
    app.last_input_ms = now;
    app.frames_since_input = 0;
  } else if (now - app.last_input_ms > kDrawAfterInputMs &&
             app.frames_since_input >= kMinFramesAfterInput) {
    app.paused = true;
    emscripten_pause_main_loop();
    // "Guardado hace 3 s" moves on by itself: one frame when it does.
    if (const double in_ms = state.storage.status_changes_in(state.session); in_ms > 0)
      emscripten_set_timeout([](void*) { redraw(); }, in_ms, nullptr);
    return;
  }
  ++app.frames_since_input;
  follow_pixel_ratio();
  draw_frame();
  rumbo::ui::app_state().frame_times.record(emscripten_get_now() - started);
}

bool start() {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    rumbo_page_startup_failed(SDL_GetError());
    return false;
  }
  // WebGL2 is OpenGL ES 3.0.
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // The canvas' size comes from the page's CSS; SDL follows it and scales the
  // drawing buffer by devicePixelRatio because of ALLOW_HIGHDPI.
  // SDL writes the window title into the page's <title>.
  app.window =
      SDL_CreateWindow("Rumbo — estrategia de internacionalización", SDL_WINDOWPOS_UNDEFINED,
                       SDL_WINDOWPOS_UNDEFINED, 1280, 720,
                       SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!app.window) {
    rumbo_page_startup_failed(SDL_GetError());
    return false;
  }
  SDL_GLContext gl = SDL_GL_CreateContext(app.window);
  if (!gl) {
    rumbo_page_startup_failed(SDL_GetError());
    return false;
  }
  SDL_GL_MakeCurrent(app.window, gl);
  app.typed_event = SDL_RegisterEvents(1);
  if (app.typed_event == static_cast<Uint32>(-1)) app.typed_event = 0;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  // The UI does no file I/O of its own: window layout is not persisted.
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // Cmd rather than Ctrl for shortcuts (copy, paste, undo) on a Mac. (No
  // regular expression: clang-format would space one out inside EM_ASM.)
  io.ConfigMacOSXBehaviors = EM_ASM_INT({
    const platform = String(navigator.platform);
    return platform.startsWith("Mac") || platform.startsWith("iP") ? 1 : 0;
  });
  rumbo::ui::apply_theme();
  ImGui_ImplSDL2_InitForOpenGL(app.window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  // After the SDL backend, which installs its own clipboard functions.
  // The system clipboard is asynchronous in a browser: copies go out through
  // the page, and pastes come in as typed text (web/shell.js), so ImGui's
  // own paste only ever sees what was last copied here.
  io.SetClipboardTextFn = [](void*, const char* text) {
    app.clipboard = text;
    rumbo_page_copy(text);
  };
  io.GetClipboardTextFn = [](void*) { return app.clipboard.c_str(); };

  app.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  rumbo::ui::load_fonts(app.pixel_ratio);
  if (const std::string missing = rumbo::ui::missing_required_glyphs(); !missing.empty())
    std::fprintf(stderr, "Rumbo: the UI font cannot draw these characters: %s\n", missing.c_str());
  if (const std::string problem = rumbo::ui::load_catalogues(); !problem.empty())
    std::fprintf(stderr, "Rumbo: the text catalogues could not be read: %s\n", problem.c_str());
  // The first of the browser's languages Rumbo speaks (navigator.languages
  // in the user's order), English when none; numbers in the browser's locale
  // while it is of that language.
  char tags[512] = {};
  rumbo_page_languages(tags, sizeof tags);
  const std::string browser = tags;
  rumbo::Language chosen = rumbo::Language::en;
  std::string chosen_tag;
  for (std::size_t start = 0; start < browser.size();) {
    std::size_t end = browser.find(' ', start);
    if (end == std::string::npos) end = browser.size();
    const std::string tag = browser.substr(start, end - start);
    if (auto language = rumbo::match_language(tag)) {
      chosen = *language;
      chosen_tag = tag;
      break;
    }
    start = end + 1;
  }
  rumbo::ui::set_locale_tag(chosen_tag);
  rumbo::ui::set_language(chosen);
  return true;
}

} // namespace

// Called by the page on input, resize or focus changes, and by the test
// hook's calls. A call while the loop runs still restarts its count: a jump to
// another screen just before the loop would pause needs its own frames (tab
// bars are laid out a frame late).
extern "C" EMSCRIPTEN_KEEPALIVE void rumbo_wake() {
  app.last_input_ms = emscripten_get_now();
  app.frames_since_input = 0;
  if (!app.paused) return;
  app.paused = false;
  emscripten_resume_main_loop();
}

namespace {

// It joins SDL's queue rather than going to ImGui at once, so that it keeps
// its place among the key presses around it (Ctrl+A, then typing).
void queue_text(const char* text, int code) {
  if (!app.typed_event) return;
  const std::size_t size = std::strlen(text) + 1;
  auto copy = std::make_unique<char[]>(size);
  std::memcpy(copy.get(), text, size);
  SDL_Event event{};
  event.type = app.typed_event;
  event.user.code = code;
  event.user.data1 = copy.get();
  if (SDL_PushEvent(&event) == 1) copy.release();
  rumbo_wake();
}

} // namespace

// Text typed into the page's text proxy, as UTF-8.
extern "C" EMSCRIPTEN_KEEPALIVE void rumbo_text_typed(const char* text) { queue_text(text, 0); }

// Text pasted from the system clipboard into the page's text proxy.
extern "C" EMSCRIPTEN_KEEPALIVE void rumbo_text_pasted(const char* text) {
  queue_text(text, kPasted);
}

int main() {
  rumbo_page_started(rumbo::app_version());
  if (!start()) return 1;
  app.last_input_ms = emscripten_get_now();
  rumbo_page_storage_restore();
  // fps 0: the browser's animation frames pace the loop. The loop outlives
  // main(), which returns at once (the runtime stays alive).
  emscripten_set_main_loop(tick, 0, false);
  return 0;
}
