// The C++ side of the page (ui/page.h), linked with --js-library. Each
// function hands over to web/shell.js, which owns the page and window.rumbo.
// Names shell.js defines are quoted: the Closure Compiler (web/CMakeLists.txt)
// renames the unquoted ones.
mergeInto(LibraryManager.library, {
  rumbo_page_started: function (version) {
    Module['shell']['started'](UTF8ToString(version));
  },
  rumbo_page_frame_drawn: function (hasContent) {
    Module['shell']['frameDrawn'](hasContent !== 0);
  },
  rumbo_page_text_input: function (active) {
    Module['shell']['textInput'](active !== 0);
  },
  rumbo_page_languages: function (out, size) {
    const list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    stringToUTF8(list.join(' '), out, size);
  },
  rumbo_page_copy: function (text) {
    Module['shell']['copy'](UTF8ToString(text));
  },
  rumbo_page_download: function (fileName, text) {
    // UTF8ToString drops a leading byte-order mark, which a CSV needs for
    // Excel to read its accents: the file's text is decoded as it is.
    let end = text;
    while (HEAPU8[end]) end += 1;
    const content = new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.subarray(text, end));
    Module['shell']['download'](UTF8ToString(fileName), content);
  },
  rumbo_page_storage_restore: function () {
    Module['shell']['storage']['restore']();
  },
  rumbo_page_storage_save: function (id, name, bytes, size, revision) {
    Module['shell']['storage']['save'](UTF8ToString(id), UTF8ToString(name), HEAPU8.slice(bytes, bytes + size), revision);
  },
  rumbo_page_storage_remove: function (id) {
    Module['shell']['storage']['remove'](UTF8ToString(id));
  },
  rumbo_page_storage_hold: function (id, takeOver) {
    Module['shell']['storage']['hold'](UTF8ToString(id), takeOver !== 0);
  },
  rumbo_page_storage_release: function (id) {
    Module['shell']['storage']['release'](UTF8ToString(id));
  },
  rumbo_page_storage_list_versions: function (id) {
    Module['shell']['storage']['listVersions'](UTF8ToString(id));
  },
  rumbo_page_storage_read_version: function (id, seq, savedAt) {
    Module['shell']['storage']['readVersion'](UTF8ToString(id), seq, savedAt);
  },
  rumbo_page_pick_file: function () {
    Module['shell']['pickFile']();
  },
  rumbo_page_file_button: function (x, y, width, height) {
    Module['shell']['fileButton'](x, y, width, height);
  },
  rumbo_page_startup_failed: function (detail) {
    Module['shell']['startupFailed'](UTF8ToString(detail));
  },
});
