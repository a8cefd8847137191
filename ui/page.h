#pragma once

// What the C++ app tells the page around it. Implemented in JavaScript by
// web/page_hook.js, which keeps window.rumbo (the browser tests' read API) and
// the loading and error messages up to date.
extern "C" {

// The app has started; `version` is shown by the page and read by tests.
void rumbo_page_started(const char* version);

// One frame reached the screen. `has_content` is false for frames that drew
// nothing yet (Dear ImGui hides new windows on their first frame).
void rumbo_page_frame_drawn(int has_content);

// A text field started (1) or stopped (0) taking typed text: the page moves
// the keyboard focus to its text proxy (web/shell.js) or back to the canvas.
void rumbo_page_text_input(int active);

// Text the user copied in the app (Ctrl+C, a "copy table" button), for the
// system clipboard.
void rumbo_page_copy(const char* text);

// A file for the user to keep: the page offers `text` as a download named
// `file_name` (UTF-8, JSON). Called on a click, so browsers allow it.
void rumbo_page_download(const char* file_name, const char* text);

// Browser storage (web/storage.js through web/shell.js). Each call returns at
// once; the answers come back through the rumbo_storage_* functions of
// ui/storage.cpp.
// Read every stored workspace and offer each to the app.
void rumbo_page_storage_restore(void);
// Write `size` bytes (copied at once) as workspace `id`'s new current version.
void rumbo_page_storage_save(const char* id, const char* name, const void* bytes, int size,
                             double revision);
// Delete workspace `id` and all its versions.
void rumbo_page_storage_remove(const char* id);
// This tab wants to write workspace `id`; with `take_over`, even if another tab does.
void rumbo_page_storage_hold(const char* id, int take_over);
// This tab no longer writes workspace `id` (once its last save is written).
void rumbo_page_storage_release(const char* id);
// List the stored versions of workspace `id`; read one of them back.
void rumbo_page_storage_list_versions(const char* id);
void rumbo_page_storage_read_version(const char* id, int seq, double saved_at);

// Open the browser's file picker (a workspace or a CSV file). Browsers allow
// it only during a click: the page also opens it on a click inside the rect
// given to rumbo_page_file_button, in CSS pixels, which covers Safari.
void rumbo_page_pick_file(void);
void rumbo_page_file_button(float x, float y, float width, float height);

// The browser's preferred languages in the user's order, as tags separated by
// spaces ("es-CO es en"), written into `out` (at most `size` bytes, ended by 0).
void rumbo_page_languages(char* out, int size);

// The app cannot start (no WebGL2 context, say): the page explains it in
// plain words and shows `detail` for whoever helps the user.
void rumbo_page_startup_failed(const char* detail);
}
