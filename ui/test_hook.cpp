// Thin calls behind window.rumbo for the browser tests and the page benchmark
// (web/shell.js): what is on screen, moving between screens, loading the
// sample city or a workspace file, reading the workspace back, and the recent
// frame times. They go through the same Session calls as the screens.

#include "core/files/workspace_file.h"
#include "ui/app_state.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/item_marks.h"

#include <emscripten.h>

#include <cstdio>
#include <string>

namespace {

// Strings handed to JavaScript stay valid until the next call that returns one.
const char* hand_over(std::string text) {
  static std::string kept;
  kept = std::move(text);
  return kept.c_str();
}

// Bytes from JavaScript come through here rather than as a ccall string,
// which is copied onto the wasm stack (5 MB): a workspace file may be larger.
std::string incoming;

} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* rumbo_test_screens() {
  std::string list;
  for (const rumbo::ui::ScreenInfo& screen : rumbo::ui::screens())
    list += (list.empty() ? "" : ",") + std::string(screen.id);
  return hand_over(list);
}

EMSCRIPTEN_KEEPALIVE const char* rumbo_test_screen() {
  return hand_over(rumbo::ui::app_state().navigation.screen);
}

EMSCRIPTEN_KEEPALIVE int rumbo_test_goto(const char* id) {
  const rumbo::ui::ScreenInfo* screen = rumbo::ui::find_screen(id);
  auto& state = rumbo::ui::app_state();
  if (!screen || (screen->step && !state.session.workspace())) return 0;
  state.navigation.screen = id;
  return 1;
}

EMSCRIPTEN_KEEPALIVE int rumbo_test_load_sample() {
  return rumbo::ui::app_state().session.create(rumbo::ui::Origin::sample_city,
                                               rumbo::ui::tr("home.sample_name"))
             ? 1
             : 0;
}

// Room for `size` bytes, which the page fills before its next call.
EMSCRIPTEN_KEEPALIVE char* rumbo_test_incoming(int size) {
  incoming.assign(static_cast<std::size_t>(size), '\0');
  return incoming.data();
}

// Opens the incoming bytes as a new workspace; "" or why they could not be.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_import_workspace(const char* name) {
  std::optional<std::string> error = rumbo::ui::app_state().session.import_text(incoming, name);
  std::string().swap(incoming); // a file can be megabytes: give them back
  return hand_over(error.value_or(""));
}

// The open workspaces' names, oldest first, one per line.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_workspace_names() {
  std::string names;
  for (const auto& entry : rumbo::ui::app_state().session.workspaces())
    names += entry->name + "\n";
  return hand_over(names);
}

// Scores of the last change still being worked out between frames.
EMSCRIPTEN_KEEPALIVE int rumbo_test_scoring_busy() {
  return rumbo::ui::app_state().session.scoring_busy() ? 1 : 0;
}

// The current workspace's place in that list, or -1.
EMSCRIPTEN_KEEPALIVE int rumbo_test_current_workspace() {
  rumbo::ui::Session& session = rumbo::ui::app_state().session;
  const auto& open = session.workspaces();
  for (std::size_t i = 0; i < open.size(); ++i)
    if (open[i].get() == session.current()) return static_cast<int>(i);
  return -1;
}

EMSCRIPTEN_KEEPALIVE const char* rumbo_test_export_workspace() {
  const rumbo::Workspace* ws = rumbo::ui::app_state().session.workspace();
  return hand_over(ws ? rumbo::save_json(*ws) : std::string());
}

EMSCRIPTEN_KEEPALIVE const char* rumbo_test_last_error() {
  return hand_over(rumbo::ui::app_state().session.last_error());
}

EMSCRIPTEN_KEEPALIVE const char* rumbo_test_language() {
  return rumbo::ui::language() == rumbo::Language::es ? "es" : "en";
}

EMSCRIPTEN_KEEPALIVE void rumbo_test_set_language(const char* code) {
  rumbo::ui::set_language(std::string(code) == "en" ? rumbo::Language::en : rumbo::Language::es);
}

// The current workspace's ranking of actions, best first, one title per line.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_ranking() {
  rumbo::ui::Session& session = rumbo::ui::app_state().session;
  if (!session.workspace()) return "";
  const rumbo::scoring::WorkspaceScores& scores = session.scores();
  std::string titles;
  for (std::size_t alternative : scores.ranking.ranking)
    titles += scores.actions.problem.alternatives[alternative] + "\n";
  return hand_over(titles);
}

// {"x", "y", "width", "height"} of an item a screen marked in the last frame, or "".
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_item_rect(const char* name) {
  const std::optional<rumbo::ui::ItemRect> rect = rumbo::ui::marked_item(name);
  if (!rect) return "";
  return hand_over("{\"x\":" + std::to_string(rect->x) + ",\"y\":" + std::to_string(rect->y) +
                   ",\"width\":" + std::to_string(rect->width) +
                   ",\"height\":" + std::to_string(rect->height) + "}");
}

// CPU time of the last frames, oldest first, as a JSON array of ms.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_frame_times() {
  std::string list = "[";
  for (double ms : rumbo::ui::app_state().frame_times.recent()) {
    char number[32];
    std::snprintf(number, sizeof number, "%s%.3f", list.size() > 1 ? "," : "", ms);
    list += number;
  }
  return hand_over(list + "]");
}

EMSCRIPTEN_KEEPALIVE void rumbo_test_clear_frame_times() {
  rumbo::ui::app_state().frame_times.clear();
}
}
