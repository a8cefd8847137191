// The page around the wasm app. It checks that the browser can run Rumbo,
// shows progress while the app loads, explains in plain words when it cannot
// run, wakes the app's frame loop on input, and publishes window.rumbo, the
// read API of the browser tests. It holds none of the app's state.
(function () {
  'use strict';

  const rumbo = {
    ready: false, // true once the first frame with content is on screen
    version: '',
    frames: 0, // frames drawn so far
    firstFrameMs: null, // ms from navigation start to the first frame
  };
  window.rumbo = rumbo;

  const $ = (id) => document.getElementById(id);

  const failures = {
    webassembly: {
      title: 'Este navegador no puede abrir Rumbo',
      text: 'Rumbo necesita un navegador actualizado (Chrome, Edge, Firefox o Safari de los últimos años) con WebAssembly activado. Si usa un equipo institucional, pida que lo actualicen o pruebe con otro navegador.',
      en: 'This browser cannot run Rumbo: it needs a recent browser with WebAssembly enabled.',
    },
    webgl2: {
      title: 'Rumbo no puede dibujar su pantalla en este navegador',
      text: 'Rumbo usa WebGL2 para dibujar, y este navegador no lo ofrece o lo tiene desactivado (a veces por la aceleración gráfica o por las políticas del equipo). Pruebe con otro navegador o active la aceleración por hardware en su configuración.',
      en: 'Rumbo draws with WebGL2, which this browser lacks or has turned off. Try another browser or enable hardware acceleration.',
    },
    crash: {
      title: 'Rumbo no pudo iniciar',
      text: 'Ocurrió un error inesperado. Recargue la página; si el problema continúa, envíe el detalle técnico de abajo a quien le dio acceso a Rumbo.',
      en: 'Rumbo could not start. Reload the page; if it happens again, send the technical detail below to whoever gave you Rumbo.',
    },
  };

  function showFailure(kind, detail) {
    const f = failures[kind];
    $('loading').hidden = true;
    $('canvas').hidden = true;
    $('failure-title').textContent = f.title;
    $('failure-text').textContent = f.text;
    $('failure-en').textContent = f.en;
    if (detail) {
      $('failure-detail').textContent = detail;
      $('failure-details').hidden = false;
    }
    $('failure').hidden = false;
  }

  // A module with one try/end block and one SIMD constant: browsers without
  // wasm exception handling (older than Chrome 95, Firefox 100, Safari 15.2)
  // or without wasm SIMD (Safari 16.0 to 16.3) reject it, and would reject
  // the app itself with a cryptic error.
  const WASM_FEATURES_PROBE = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
    0x03, 0x02, 0x01, 0x00, 0x0a, 0x1a, 0x01, 0x18, 0x00, 0x06, 0x40, 0x0b, 0xfd, 0x0c,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x1a, 0x0b,
  ]);

  function missingFeature() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return 'webassembly';
    if (!WebAssembly.validate(WASM_FEATURES_PROBE)) return 'webassembly';
    // The page's security policy allows wasm through 'wasm-unsafe-eval', which
    // browsers older than Chrome 97 and Safari 16 do not know: they refuse to
    // compile any module, which this shows before the app would fail.
    try {
      new WebAssembly.Module(WASM_FEATURES_PROBE);
    } catch (_) {
      return 'webassembly';
    }
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'webgl2';
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
    return null;
  }

  function showProgress(status) {
    // Emscripten reports packed-asset downloads as "Downloading data... (done/total)".
    const m = /\((\d+)\/(\d+)\)/.exec(status || '');
    if (!m || Number(m[2]) === 0) return;
    const bar = $('loading-bar');
    bar.classList.add('measured');
    bar.firstElementChild.style.width = Math.round((100 * Number(m[1])) / Number(m[2])) + '%';
  }

  function wake() {
    if (rumbo.ready && Module._rumbo_wake) Module._rumbo_wake();
  }

  // A new devicePixelRatio (a window moved to a projector) does not always
  // fire 'resize'; the frame loop follows the ratio once it is awake.
  function watchPixelRatio() {
    const query = matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
    query.addEventListener('change', () => {
      wake();
      watchPixelRatio();
    }, { once: true });
  }

  // Typed text reaches the app through a hidden <input>, focused while a
  // text field of the app is active: the browser composes accents there
  // (dead keys, AltGr, IME, phone keyboards), which SDL's own text input
  // loses. Keys still reach SDL (it listens on the window) for editing and
  // shortcuts.
  const proxy = $('text-proxy');
  let textActive = false;
  let composing = false;
  function sendTyped() {
    if (composing || !proxy.value) return;
    Module.ccall('rumbo_text_typed', null, ['string'], [proxy.value]);
    proxy.value = '';
  }
  proxy.addEventListener('compositionstart', () => { composing = true; });
  proxy.addEventListener('compositionend', () => { composing = false; sendTyped(); });
  proxy.addEventListener('input', (e) => { if (!e.isComposing) sendTyped(); });
  // SDL cancels every keypress it hears (on the window) while its own text
  // input is on, and a cancelled keypress types nothing into the proxy.
  proxy.addEventListener('keypress', (e) => e.stopPropagation());
  // Pasting into a text field: SDL must not hear Ctrl/Cmd+V (it would cancel
  // the paste, and ImGui would paste what it copied last); the browser then
  // pastes into the proxy, and the app pastes that text.
  window.addEventListener('keydown', (e) => {
    if (textActive && (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'v') {
      e.stopImmediatePropagation();
      if (document.activeElement !== proxy) proxy.focus();
    }
  }, { capture: true });
  proxy.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (text) Module.ccall('rumbo_text_pasted', null, ['string'], [text]);
  });
  // Copying out: the async clipboard where the page is a secure context
  // (https, localhost); elsewhere (file://) a selected textarea and the old
  // copy command, which the key press that asked for it still allows.
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).catch(() => copyByCommand(text));
    } else {
      copyByCommand(text);
    }
  }
  function copyByCommand(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0';
    const focused = document.activeElement;
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand('copy');
    } finally {
      area.remove();
      if (focused) focused.focus();
    }
  }
  // A file for the user, made in the page (a blob: link), so nothing leaves the browser.
  function download(fileName, text) {
    const type = /\.csv$/i.test(fileName) ? 'text/csv;charset=utf-8' : 'application/json';
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  // Bytes for the app go into its inbox (ui/inbox.h), then `name` takes them.
  function handOver(bytes, name, returns, types, args) {
    const at = Module.ccall('rumbo_inbox', 'number', ['number'], [bytes.length]);
    Module.HEAPU8.set(bytes, at); // read after the call: memory may have grown
    return Module.ccall(name, returns, types, args);
  }
  // Calls into the app from outside a frame wake the frame loop, so the change reaches the screen.
  const andWake = (result) => {
    wake();
    return result;
  };
  // What web/storage.js tells the app (ui/storage.cpp).
  const storage = window.RumboStorage.connect({
    offer: (id, name, savedAt, bytes, damagedAt) => handOver(bytes, 'rumbo_storage_offer', 'string',
      ['string', 'string', 'number', 'number'], [id, name, savedAt, damagedAt]),
    unreadable: (name, versions, why) => andWake(Module.ccall('rumbo_storage_unreadable', null,
      ['string', 'number', 'string'], [name, versions, why])),
    restored: () => andWake(Module.ccall('rumbo_storage_restored', null)),
    unavailable: (why) => andWake(Module.ccall('rumbo_storage_unavailable', null, ['string'], [why])),
    saved: (id, revision, savedAt, failure) => andWake(Module.ccall('rumbo_storage_saved', null,
      ['string', 'number', 'number', 'string'], [id, revision, savedAt, failure])),
    writer: (id, state) => andWake(Module.ccall('rumbo_storage_writer', null, ['string', 'number'], [id, state])),
    refresh: (id, name, bytes) => andWake(handOver(bytes, 'rumbo_storage_refresh', null, ['string', 'string'], [id, name])),
    added: (id, name, savedAt, bytes) => andWake(handOver(bytes, 'rumbo_storage_added', null,
      ['string', 'string', 'number'], [id, name, savedAt])),
    removed: (id) => andWake(Module.ccall('rumbo_storage_removed', null, ['string'], [id])),
    space: (used, quota, persisted) => andWake(Module.ccall('rumbo_storage_space', null,
      ['number', 'number', 'number'], [used, quota, persisted ? 1 : 0])),
    versions: (id, list) => andWake(Module.ccall('rumbo_storage_versions', null, ['string', 'string'], [id, list])),
    version: (id, savedAt, bytes) => andWake(handOver(bytes, 'rumbo_storage_version', null,
      ['string', 'number'], [id, savedAt])),
  });
  // Saving never waits for the page to close (a save started then may never
  // finish): changes are saved within a second, and at once when the page is hidden.
  function flush() {
    if (rumbo.ready) Module.ccall('rumbo_storage_flush', null);
  }
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);

  // Files in: a picked or dropped workspace (.rumbo.json) or spreadsheet (.csv).
  const MAX_FILE_BYTES = 50 * 1024 * 1024;
  async function openFile(file) {
    if (!file) return;
    let bytes = new Uint8Array(0);
    if (file.size <= MAX_FILE_BYTES) bytes = new Uint8Array(await file.arrayBuffer());
    handOver(bytes, 'rumbo_file_opened', null, ['string', 'number'], [file.name, file.size]);
    wake();
  }
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = '.json,.rumbo,.csv,.txt,application/json,text/csv';
  picker.hidden = true;
  picker.addEventListener('change', () => {
    openFile(picker.files[0]);
    picker.value = '';
  });
  document.body.appendChild(picker);
  let pickerOpenedAt = 0;
  function pickFile() {
    if (performance.now() - pickerOpenedAt < 1000) return; // one click, one picker
    pickerOpenedAt = performance.now();
    picker.click();
  }
  // Safari opens a picker only from the click's own handler: where the app
  // drew its "open a file" button last frame, a click opens it here.
  let fileButton = null;
  window.addEventListener('pointerup', (e) => {
    const b = fileButton;
    if (b && e.clientX >= b.x && e.clientX < b.x + b.width && e.clientY >= b.y && e.clientY < b.y + b.height) pickFile();
  }, { capture: true });
  // SDL hears no dropped files on the web.
  const dropHint = $('drop-hint');
  window.addEventListener('dragover', (e) => {
    if (!e.dataTransfer || !Array.from(e.dataTransfer.types).includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    dropHint.hidden = false;
  });
  window.addEventListener('dragleave', (e) => { if (!e.relatedTarget) dropHint.hidden = true; });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    dropHint.hidden = true;
    if (rumbo.ready && e.dataTransfer && e.dataTransfer.files.length) openFile(e.dataTransfer.files[0]);
  });

  // A click inside an active field focuses the canvas; typing must still land here.
  $('canvas').addEventListener('focus', () => { if (textActive) setTimeout(() => proxy.focus()); });

  const Module = {
    canvas: $('canvas'),
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    setStatus: showProgress,
    onAbort: (what) => showFailure('crash', String(what)),
    // Called from C++ through web/page_hook.js.
    shell: {
      started(version) {
        rumbo.version = version;
      },
      frameDrawn(hasContent) {
        rumbo.frames += 1;
        if (hasContent && !rumbo.ready) {
          rumbo.firstFrameMs = Math.round(performance.now());
          rumbo.ready = true;
          $('loading').hidden = true;
          // Not from inside the frame: focusing fires 'focus', which calls into the app.
          setTimeout(() => $('canvas').focus());
        }
      },
      copy,
      download,
      storage,
      pickFile,
      fileButton(x, y, width, height) {
        fileButton = width > 0 ? { x, y, width, height } : null;
      },
      textInput(active) {
        textActive = active;
        // Not from inside the frame: focus events call into the app.
        setTimeout(() => (active ? proxy : $('canvas')).focus());
      },
      startupFailed(detail) {
        showFailure(/webgl|egl|context/i.test(detail) ? 'webgl2' : 'crash', detail);
      },
    },
  };
  window.Module = Module;

  // The browser tests' calls into the app (ui/test_hook.cpp); each wakes the
  // frame loop so the change reaches the screen.
  const call = (name, returns, types = [], args = []) => Module.ccall(name, returns, types, args);
  Object.defineProperties(rumbo, {
    screens: { get: () => call('rumbo_test_screens', 'string').split(',') },
    screen: { get: () => call('rumbo_test_screen', 'string') },
    lastError: { get: () => call('rumbo_test_last_error', 'string') },
    language: { get: () => call('rumbo_test_language', 'string') },
    locale: { get: () => call('rumbo_test_locale', 'string') },
    workspaceNames: { get: () => call('rumbo_test_workspace_names', 'string').split('\n').slice(0, -1) },
    currentWorkspace: { get: () => call('rumbo_test_current_workspace', 'number') },
    // The notices shown under the top bar (a file that could not be opened, a damaged copy).
    notices: { get: () => call('rumbo_test_notices', 'string').split('\n').filter((t) => t) },
    scoringBusy: { get: () => call('rumbo_test_scoring_busy', 'number') === 1 },
  });
  // The workspaces open in the app and their stored copies: [{id, name, modified, saved}].
  rumbo.listWorkspaces = () => JSON.parse(call('rumbo_test_list_workspaces', 'string'));
  // "saved", "saving", "failed", "read-only", "unavailable" or "" (no workspace open).
  Object.defineProperty(rumbo, 'saveState', { get: () => call('rumbo_test_save_state', 'string') });
  // Saves what is not saved yet; resolves once it is written.
  rumbo.flushSave = () => {
    flush();
    return storage.flushed();
  };
  // Storage timings for the benchmark: {opened: [{id, bytes, ms}], lastWrite: {id, bytes, ms}}.
  rumbo.storageStats = () => storage.stats;
  // One save of the open workspace as the app makes it (serialised in C++,
  // then written, read back and made current by web/storage.js), under a
  // benchmark id: ms of each part, measured while the frame loop sleeps.
  rumbo.benchSave = async () => {
    const started = performance.now();
    const size = call('rumbo_test_binary_size', 'number');
    const at = call('rumbo_test_binary_data', 'number');
    const bytes = Module.HEAPU8.slice(at, at + size);
    const serialised = performance.now();
    const store = window.RumboStorage.createStore();
    await store.open();
    const opened = performance.now();
    await store.save('bench', 'bench', bytes);
    const written = performance.now();
    await store.remove('bench');
    return { bytes: size, serialiseMs: serialised - started, writeMs: written - opened, totalMs: serialised - started + written - opened };
  };
  rumbo.clearNotices = () => andWake(call('rumbo_test_clear_notices', null));
  rumbo.setTitle = (title) => andWake(call('rumbo_test_set_title', 'number', ['string'], [title]) === 1);
  rumbo.goto = (id) => andWake(call('rumbo_test_goto', 'number', ['string'], [id]) === 1);
  rumbo.loadSample = () => andWake(call('rumbo_test_load_sample', 'number') === 1);
  rumbo.exportWorkspace = () => call('rumbo_test_export_workspace', 'string');
  rumbo.ranking = () => call('rumbo_test_ranking', 'string').split('\n').filter((t) => t);
  rumbo.itemRect = (name) => {
    const rect = call('rumbo_test_item_rect', 'string', ['string'], [name]);
    return rect ? JSON.parse(rect) : null;
  };
  rumbo.setLanguage = (code) => andWake(call('rumbo_test_set_language', null, ['string'], [code]));
  // Opens a workspace file's text as a new workspace: {ok, error}, the error
  // in the user's language. The bytes go straight into wasm memory (a ccall
  // string would be copied onto the small wasm stack).
  rumbo.importWorkspace = (text, name = '') => {
    const error = handOver(new TextEncoder().encode(text), 'rumbo_test_import_workspace', 'string', ['string'], [name]);
    return andWake({ ok: error === '', error });
  };
  // Opens a .csv file's text in the import dialog; what the dialog says,
  // one line each (the rows' problems, then the import button).
  // `text` is a string, or the file's bytes (a Uint8Array) as a spreadsheet wrote them.
  rumbo.openCsvImport = (text, name = '') =>
    andWake(handOver(text instanceof Uint8Array ? text : new TextEncoder().encode(text),
      'rumbo_test_open_csv_import', 'string', ['string'], [name]));
  // CPU ms of the app's last frames (at most 240), oldest first.
  rumbo.frameTimes = () => JSON.parse(call('rumbo_test_frame_times', 'string'));
  rumbo.clearFrameTimes = () => call('rumbo_test_clear_frame_times', null);

  const missing = missingFeature();
  if (missing) {
    showFailure(missing);
    return;
  }

  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'wheel', 'keydown',
    'keyup', 'touchstart', 'touchmove', 'touchend', 'resize', 'focus', 'blur', 'visibilitychange']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  $('canvas').addEventListener('contextmenu', (e) => e.preventDefault());
  watchPixelRatio();

  // Anything thrown before the first frame means the app cannot start.
  window.addEventListener('error', (e) => {
    if (!rumbo.ready) showFailure('crash', e.message);
  });

  // The hosted page loads app.js beside it; the single-file page (rumbo.html)
  // carries the same code inline, so it runs from file:// with no server.
  const app = document.createElement('script');
  const inline = document.getElementById('rumbo-app');
  if (inline) {
    app.textContent = inline.textContent;
    inline.remove(); // the app's text is large: keep one copy, not two
  } else {
    app.src = 'app.js';
    app.onerror = () => showFailure('crash', 'app.js no se pudo cargar / could not be loaded');
  }
  document.body.appendChild(app);
})();
