// Browser storage of the workspaces: IndexedDB used directly, not through
// Emscripten's IDBFS. IDBFS mirrors a whole in-memory file system with one
// sync at a time, can leave a sync without an answer on a quota error, and a
// sync from one tab deletes the files another tab wrote. Here each save is
// its own small transaction on one workspace's records, so a save either
// happened or did not, two tabs never overwrite each other's other
// workspaces, and every failure comes back as an answer.
//
// Layout (database "rumbo"):
//   workspaces: {id, name, current, savedAt, versions: [{seq, savedAt, size}]}
//               one record per workspace; versions newest first;
//   versions:   {id, seq, savedAt, crc, bytes} keyed by [id, seq], the
//               workspace in the portable binary format (core/files).
// A save writes the new version beside the old ones, reads it back and checks
// its CRC-32, and only then points `current` at it (one transaction), so the
// only good copy is never overwritten. The C++ side never talks to IndexedDB:
// web/shell.js connects the two.
(function () {
  'use strict';

  const DB_NAME = 'rumbo';
  const DB_VERSION = 1;
  // Stored versions: the two newest (the current copy and the one before it)
  // and the last of every five minutes of work, at most this many in all.
  const KEEP_VERSIONS = 20;
  const CHECKPOINT_MS = 5 * 60 * 1000;
  // Some browsers never answer a write refused for lack of space.
  const ANSWER_MS = 10_000;

  const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i += 1) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  // The versions to keep of `versions` (newest first): the newest two, then
  // the newest of each five-minute period, at most KEEP_VERSIONS.
  function versionsToKeep(versions) {
    const kept = [];
    const periods = new Set();
    versions.forEach((v, i) => {
      const period = Math.floor(v.savedAt / CHECKPOINT_MS);
      if (i < 2 || !periods.has(period)) kept.push(v);
      periods.add(period);
    });
    return kept.slice(0, KEEP_VERSIONS);
  }

  // Why a request failed, as one of the words the C++ side turns into the
  // user's language: quota, unavailable, timeout, damaged, or other.
  function reason(error) {
    const name = error && error.name;
    if (name === 'QuotaExceededError') return 'quota';
    if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'unavailable';
    if (name === 'TimeoutError') return 'timeout';
    if (name === 'DamagedError') return 'damaged';
    return 'other';
  }

  function failure(name, message) {
    const error = new Error(message);
    error.name = name;
    return error;
  }

  function withTimeout(promise) {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(failure('TimeoutError', 'IndexedDB did not answer')), ANSWER_MS);
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }

  function openDatabase() {
    return withTimeout(new Promise((resolve, reject) => {
      if (!window.indexedDB) {
        reject(failure('InvalidStateError', 'no IndexedDB in this browser'));
        return;
      }
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('workspaces')) db.createObjectStore('workspaces', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('versions')) db.createObjectStore('versions', { keyPath: ['id', 'seq'] });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(failure('InvalidStateError', 'the database is blocked by another tab'));
    }));
  }

  // Runs `work(stores, done)` in one transaction; resolves with what it gave
  // done() once the transaction has committed, rejects if it aborted.
  function transaction(db, mode, work) {
    return withTimeout(new Promise((resolve, reject) => {
      let tx;
      try {
        // 'strict': a write completes only once it is on disk, so "Guardado"
        // holds after a power cut too (browsers may default to 'relaxed',
        // which completes before the flush). One flush per save, at most
        // about one a second.
        tx = db.transaction(['workspaces', 'versions'], mode,
          mode === 'readwrite' ? { durability: 'strict' } : undefined);
      } catch (e) {
        reject(e);
        return;
      }
      let result;
      let failed = null;
      tx.oncomplete = () => (failed ? reject(failed) : resolve(result));
      tx.onabort = () => reject(failed || tx.error || failure('UnknownError', 'transaction aborted'));
      const stores = { workspaces: tx.objectStore('workspaces'), versions: tx.objectStore('versions') };
      try {
        work(stores, (value) => { result = value; }, (error) => {
          failed = error;
          tx.abort();
        });
      } catch (e) {
        failed = e;
        try { tx.abort(); } catch (_) { /* already finished */ }
      }
    }));
  }

  const get = (store, key, then) => { store.get(key).onsuccess = (e) => then(e.target.result); };
  // A request's callback that writes: a write refused at once (some browsers
  // throw on a full disk) fails the transaction instead of escaping as an
  // uncaught error.
  const guarded = (fail, then) => (value) => {
    try {
      then(value);
    } catch (e) {
      fail(e);
    }
  };

  function createStore() {
    let db = null;

    async function open() {
      db = await openDatabase();
      // Another version of the page (an update in another tab) asks to upgrade.
      db.onversionchange = () => db.close();
    }

    // Every workspace record with the bytes of its current version, oldest first.
    function readAll() {
      return transaction(db, 'readonly', (s, done) => {
        s.workspaces.getAll().onsuccess = (e) => {
          const records = e.target.result.sort((a, b) => a.savedAt - b.savedAt);
          let left = records.length;
          if (!left) done([]);
          for (const record of records) {
            get(s.versions, [record.id, record.current], (v) => {
              record.bytes = v ? new Uint8Array(v.bytes) : new Uint8Array(0);
              left -= 1;
              if (!left) done(records);
            });
          }
        };
      });
    }

    function readRecord(id) {
      return transaction(db, 'readonly', (s, done) => get(s.workspaces, id, done));
    }

    function readVersion(id, seq) {
      return transaction(db, 'readonly', (s, done) => get(s.versions, [id, seq], (v) => done(v ? new Uint8Array(v.bytes) : null)));
    }

    // Writes `bytes` as the new current version of workspace `id`; resolves
    // with the record as it now is.
    async function save(id, name, bytes) {
      const crc = crc32(bytes);
      const savedAt = Date.now();
      // The new version beside the listed ones, under the next number (an
      // unlisted one left by a save that never finished is overwritten).
      const seq = await transaction(db, 'readwrite', (s, done, fail) => {
        get(s.workspaces, id, guarded(fail, (before) => {
          const listed = before ? before.versions : [];
          const next = listed.reduce((top, v) => Math.max(top, v.seq), 0) + 1;
          // A copy: the transaction keeps the buffer it was given.
          s.versions.put({ id, seq: next, savedAt, crc, bytes: bytes.slice().buffer });
          done(next);
        }));
      });
      return transaction(db, 'readwrite', (s, done, fail) => {
        get(s.versions, [id, seq], (written) => {
          if (!written || crc32(new Uint8Array(written.bytes)) !== crc) {
            fail(failure('DamagedError', 'the version read back differs from what was written'));
            return;
          }
          get(s.workspaces, id, guarded(fail, (now) => {
            const versions = [{ seq, savedAt, size: bytes.length }, ...(now ? now.versions : [])];
            const kept = versionsToKeep(versions);
            for (const v of versions) if (!kept.includes(v)) s.versions.delete([id, v.seq]);
            const record = { id, name, current: seq, savedAt, versions: kept };
            s.workspaces.put(record);
            done(record);
          }));
        });
      });
    }

    function remove(id) {
      return transaction(db, 'readwrite', (s) => {
        s.workspaces.delete(id);
        s.versions.delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
      });
    }

    return { open, readAll, readRecord, readVersion, save, remove };
  }

  // What the app asked for, and the tabs' agreement on who writes what.
  // `app` holds the app's entry points: offer(...) and the others below, each
  // a thin call into C++ (web/shell.js makes it).
  function connect(app) {
    const store = createStore();
    // Read as soon as the page loads, while the app itself still downloads.
    const loaded = store.open().then(() => store.readAll());
    const held = new Map(); // id -> release(): this tab writes that workspace
    const asked = new Map(); // id -> promise of the last hold(): true once held
    const waiting = new Map(); // id -> AbortController of a queued lock request
    const knownSeq = new Map(); // id -> the stored version this tab holds
    const queued = new Map(); // id -> the newest save not yet started
    const writing = new Set();
    const releaseAfterSave = new Set();
    let current = '';
    let idle = [];
    let askedPersist = false;
    const channel = 'BroadcastChannel' in window ? new BroadcastChannel('rumbo-storage') : null;
    const lockName = (id) => 'rumbo-workspace:' + id;
    const ELSEWHERE = {};
    // For the benchmark: how long each stored workspace took to open, and the last write.
    const stats = { opened: [], lastWrite: null };

    function tellWriter(id, state) {
      app.writer(id, state);
    }

    async function refreshIfNewer(id) {
      const record = await store.readRecord(id);
      if (!record || record.current === knownSeq.get(id)) return;
      const bytes = await store.readVersion(id, record.current);
      if (!bytes) return;
      knownSeq.set(id, record.current);
      app.refresh(id, record.name, bytes);
    }

    async function updateSpace() {
      if (!navigator.storage || !navigator.storage.estimate) return;
      try {
        const { usage, quota } = await navigator.storage.estimate();
        const persisted = navigator.storage.persisted ? await navigator.storage.persisted() : false;
        app.space(usage || 0, quota || 0, persisted);
      } catch (_) { /* an estimate is a nicety */ }
    }

    async function restore() {
      let records;
      try {
        records = await loaded;
      } catch (e) {
        app.unavailable(reason(e) + ':' + (e && e.message));
        app.restored();
        return;
      }
      const damaged = [];
      for (const record of records) {
        const started = performance.now();
        const why = app.offer(record.id, record.name, record.savedAt, record.bytes, 0);
        stats.opened.push({ id: record.id, bytes: record.bytes.length, ms: performance.now() - started });
        if (why) damaged.push({ record, why });
        else knownSeq.set(record.id, record.current);
        record.bytes = null;
      }
      app.restored();
      // A current copy that does not load: the newest earlier one that does.
      for (const { record, why } of damaged) {
        let opened = false;
        for (const v of record.versions) {
          if (v.seq === record.current) continue;
          const bytes = await store.readVersion(record.id, v.seq).catch(() => null);
          if (bytes && !app.offer(record.id, record.name, v.savedAt, bytes, record.savedAt)) {
            knownSeq.set(record.id, record.current);
            opened = true;
            break;
          }
        }
        if (!opened) app.unreadable(record.name, record.versions.length, why);
      }
      if (damaged.length) app.restored(); // opens what was recovered if nothing else is open
      updateSpace();
    }

    function hold(id, takeOver) {
      current = id;
      releaseAfterSave.delete(id);
      if (!navigator.locks) { // no Web Locks (very old browsers): one tab assumed
        tellWriter(id, 1);
        return;
      }
      if (held.has(id) && !takeOver) {
        tellWriter(id, 1);
        return;
      }
      if (waiting.has(id)) waiting.get(id).abort();
      let answer;
      asked.set(id, new Promise((resolve) => { answer = resolve; }));
      const granted = (lock) => {
        if (!lock) return ELSEWHERE;
        return new Promise((release) => {
          held.set(id, release);
          refreshIfNewer(id).catch(() => {}).then(() => {
            tellWriter(id, 1);
            answer(true);
          });
        });
      };
      const lost = () => {
        answer(false);
        if (held.delete(id)) tellWriter(id, 2);
      };
      const options = takeOver ? { steal: true } : { ifAvailable: true };
      navigator.locks.request(lockName(id), options, granted).then((result) => {
        if (result !== ELSEWHERE) return;
        // Another tab writes it: read-only here until that tab lets go.
        answer(false);
        tellWriter(id, 0);
        const stop = new AbortController();
        waiting.set(id, stop);
        navigator.locks.request(lockName(id), { signal: stop.signal }, (lock) => {
          waiting.delete(id);
          if (current !== id) return undefined;
          return granted(lock);
        }).catch(lost);
      }, lost);
    }

    function release(id) {
      if (waiting.has(id)) {
        waiting.get(id).abort();
        waiting.delete(id);
      }
      if (current === id) current = '';
      asked.delete(id);
      if (writing.has(id) || queued.has(id)) {
        releaseAfterSave.add(id);
        return;
      }
      const letGo = held.get(id);
      held.delete(id);
      if (letGo) letGo();
    }

    // Runs write() holding workspace id's lock: the one this tab holds, or
    // one taken for the write alone (a workspace not being worked on, a
    // copy just made); ELSEWHERE if another tab holds it.
    async function withLock(id, write) {
      if (asked.has(id)) await asked.get(id); // this tab's own request comes first
      if (held.has(id) || !navigator.locks) return write();
      return navigator.locks.request(lockName(id), { ifAvailable: true }, (lock) => (lock ? write() : ELSEWHERE));
    }

    async function writeNext(id) {
      const job = queued.get(id);
      if (!job) {
        writing.delete(id);
        if (releaseAfterSave.delete(id)) release(id);
        if (!writing.size) {
          idle.forEach((done) => done());
          idle = [];
        }
        return;
      }
      queued.delete(id);
      writing.add(id);
      try {
        const started = performance.now();
        const record = await withLock(id, () => store.save(id, job.name, job.bytes));
        stats.lastWrite = { id, bytes: job.bytes.length, ms: performance.now() - started };
        if (record === ELSEWHERE) {
          tellWriter(id, 0);
          app.saved(id, job.revision, 0, 'elsewhere');
        } else {
          const added = !knownSeq.has(id);
          knownSeq.set(id, record.current);
          app.saved(id, job.revision, record.savedAt, '');
          if (channel) channel.postMessage({ type: added ? 'added' : 'saved', id });
          if (!askedPersist && navigator.storage && navigator.storage.persist) {
            askedPersist = true;
            await navigator.storage.persist().catch(() => false);
          }
          updateSpace();
        }
      } catch (e) {
        app.saved(id, job.revision, 0, reason(e) + ':' + ((e && e.message) || e));
      }
      writeNext(id);
    }

    function save(id, name, bytes, revision) {
      queued.set(id, { name, bytes, revision });
      if (!writing.has(id)) writeNext(id);
    }

    async function remove(id) {
      queued.delete(id);
      release(id);
      knownSeq.delete(id);
      try {
        await store.remove(id);
        if (channel) channel.postMessage({ type: 'removed', id });
      } catch (_) { /* its records stay; the app no longer lists it */ }
      updateSpace();
    }

    async function listVersions(id) {
      const record = await store.readRecord(id).catch(() => null);
      const versions = record ? record.versions.filter((v) => v.seq !== record.current) : [];
      app.versions(id, versions.map((v) => `${v.seq} ${v.savedAt} ${v.size}`).join('\n'));
    }

    async function readVersion(id, seq, savedAt) {
      const bytes = await store.readVersion(id, seq).catch(() => null);
      app.version(id, savedAt, bytes || new Uint8Array(0));
    }

    if (channel) {
      channel.onmessage = async ({ data }) => {
        if (data.type === 'removed') {
          knownSeq.delete(data.id);
          app.removed(data.id);
        } else if (data.type === 'added' && !knownSeq.has(data.id)) {
          const record = await store.readRecord(data.id).catch(() => null);
          const bytes = record && (await store.readVersion(data.id, record.current).catch(() => null));
          if (!bytes || knownSeq.has(data.id)) return;
          knownSeq.set(data.id, record.current);
          app.added(data.id, record.name, record.savedAt, bytes);
        } else if (data.type === 'saved' && data.id === current && !held.has(data.id)) {
          // Watching another tab's work: show each of its saves.
          refreshIfNewer(data.id).catch(() => {});
        }
      };
    }

    // Resolves once every save asked for so far is written (or failed).
    function flushed() {
      return writing.size || queued.size ? new Promise((done) => idle.push(done)) : Promise.resolve();
    }

    return { restore, save, remove, hold, release, listVersions, readVersion, flushed, stats };
  }

  window.RumboStorage = { createStore, connect, crc32, versionsToKeep, reason, KEEP_VERSIONS, CHECKPOINT_MS };
})();
