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

// The app cannot start (no WebGL2 context, say): the page explains it in
// plain words and shows `detail` for whoever helps the user.
void rumbo_page_startup_failed(const char* detail);
}
