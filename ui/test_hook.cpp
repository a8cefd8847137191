// Thin calls behind window.rumbo for the browser tests and the page benchmark
// (web/shell.js): what is on screen, moving between screens, loading the
// sample city or a workspace file, reading the workspace back, and the recent
// frame times. They go through the same Session calls as the screens.

#include "core/commands/edits.h"
#include "core/files/workspace_file.h"
#include "core/text/languages.h"
#include "ui/app_state.h"
#include "ui/files_in.h"
#include "ui/page_exchange.h"
#include "ui/screens/csv_import.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/item_marks.h"

#include <emscripten.h>

#include <cstdio>
#include <string>

using rumbo::ui::hand_over;

namespace {

// The benchmark's copy of the workspace in the binary format.
std::string& binary() {
  static std::string bytes;
  return bytes;
}

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

// Opens the inbox's bytes as the file `name` the way a dropped file opens;
// "" or why they could not be.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_import_workspace(const char* name) {
  const std::string bytes = rumbo::ui::take_inbox();
  std::optional<std::string> error = rumbo::ui::open_file(rumbo::ui::app_state().session, name,
                                                          bytes, static_cast<double>(bytes.size()));
  return hand_over(error.value_or(""));
}

// Sets the strategy's title as the Profile screen's field does: the quick
// edit of the storage tests, which repeat it many times.
EMSCRIPTEN_KEEPALIVE int rumbo_test_set_title(const char* title) {
  rumbo::ui::Session& session = rumbo::ui::app_state().session;
  if (!session.workspace() || session.current()->read_only()) return 0;
  const std::string value = title;
  session.apply(rumbo::edit_workspace(*session.workspace(), "profile.title", "title",
                                      [&](rumbo::Workspace& ws) { ws.profile.title = value; }));
  session.seal();
  return 1;
}

// The open workspaces and their stored copies, as JSON:
// [{"id", "name", "modified", "saved"}], `saved` 0 when never written.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_list_workspaces() {
  auto quoted = [](const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
      if (c == '"' || c == '\\') out += '\\';
      if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    return out + "\"";
  };
  std::string list;
  for (const auto& entry : rumbo::ui::app_state().session.workspaces()) {
    char times[80];
    std::snprintf(times, sizeof times, ",\"modified\":%.0f,\"saved\":%.0f}", entry->modified_ms,
                  entry->stored ? entry->saved_at_ms : 0.0);
    list += (list.empty() ? "" : ",") + std::string("{\"id\":") + quoted(entry->store_id) +
            ",\"name\":" + quoted(entry->name) + times;
  }
  return hand_over("[" + list + "]");
}

// The current workspace's saving: "saved", "saving", "failed", "read-only",
// "unavailable", or "" with none open.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_save_state() {
  const auto& app = rumbo::ui::app_state();
  const rumbo::ui::OpenWorkspace* open = app.session.current();
  if (!open) return "";
  if (!app.storage.available()) return "unavailable";
  if (open->read_only()) return "read-only";
  if (!app.storage.problem().empty()) return "failed";
  return open->unsaved() ? "saving" : "saved";
}

// The current workspace in the portable binary format, as a save stores it:
// its size, then where it is (valid until the next call). For the benchmark.
EMSCRIPTEN_KEEPALIVE int rumbo_test_binary_size() {
  std::string& binary_copy = binary();
  const rumbo::Workspace* ws = rumbo::ui::app_state().session.workspace();
  binary_copy = ws ? rumbo::save_binary(*ws) : std::string();
  return static_cast<int>(binary_copy.size());
}
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_binary_data() { return binary().data(); }

// What the bands under the top bar tell the user (ui/storage.h notices), one per line.
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_notices() {
  std::string text;
  for (const std::string& notice : rumbo::ui::app_state().storage.notices())
    text += notice + "\n";
  return hand_over(text);
}

EMSCRIPTEN_KEEPALIVE void rumbo_test_clear_notices() {
  rumbo::ui::app_state().storage.dismiss_notices();
}

// Opens the inbox's bytes in the CSV import dialog, as a picked or dropped
// .csv file; what the dialog says (ui/screens/csv_import.h).
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_open_csv_import(const char* name) {
  rumbo::ui::open_csv_import(rumbo::ui::take_inbox(), name);
  return hand_over(rumbo::ui::csv_import_summary());
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
  return hand_over(std::string(rumbo::ui::language().code()));
}

// A code Rumbo does not list leaves the language as it is.
EMSCRIPTEN_KEEPALIVE void rumbo_test_set_language(const char* code) {
  if (const auto* info = rumbo::find_language(rumbo::Language(code)))
    rumbo::ui::set_language(info->language);
}

// The locale numbers follow: "es-CO".
EMSCRIPTEN_KEEPALIVE const char* rumbo_test_locale() { return hand_over(rumbo::ui::locale().code); }

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
