// The C++ side of the page (ui/page.h), linked with --js-library. Each
// function hands over to web/shell.js, which owns the page and window.rumbo.
mergeInto(LibraryManager.library, {
  rumbo_page_started: function (version) {
    Module['shell'].started(UTF8ToString(version));
  },
  rumbo_page_frame_drawn: function (hasContent) {
    Module['shell'].frameDrawn(hasContent !== 0);
  },
  rumbo_page_text_input: function (active) {
    Module['shell'].textInput(active !== 0);
  },
  rumbo_page_copy: function (text) {
    Module['shell'].copy(UTF8ToString(text));
  },
  rumbo_page_download: function (fileName, text) {
    Module['shell'].download(UTF8ToString(fileName), UTF8ToString(text));
  },
  rumbo_page_startup_failed: function (detail) {
    Module['shell'].startupFailed(UTF8ToString(detail));
  },
});
