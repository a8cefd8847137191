// Keeps the hosted Rumbo working with no network after one visit: the app's
// files are kept in a cache of their own version and served from it. The
// build (web/precache.cmake) writes the version and the file list below into
// dist/service_worker.js; a new deployment changes them, so the browser sees a
// new worker, which fetches the new files beside the old ones and then waits
// until the page asks it to take over (web/offline.js shows the prompt).
'use strict';

// A hash of every file below: the cache is named after it.
const VERSION = '@RUMBO_APP_VERSION@';
// Every file of the hosted site (paths relative to this worker) with the
// SHA-256 of its content as built.
const FILES = @RUMBO_APP_FILES@;

// Cache names are shared by the whole origin; the scope keeps two copies of
// Rumbo under different paths of one host from deleting each other's cache.
const PREFIX = 'rumbo ' + self.registration.scope + ' ';
const CACHE = PREFIX + VERSION;

const fileUrl = (path) => new URL(path, self.location).href;
const KEPT = new Set(Object.keys(FILES).map(fileUrl));
const INDEX = fileUrl('index.html');

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

// 'no-cache' asks the server every time (a cheap 304 when the browser already
// has the file), so a stale HTTP cache never lands in a new version. A file
// that differs from the build (a deployment still being copied, a proxy that
// rewrites pages) fails the install; the browser tries again on a later visit
// and the page keeps the version it has.
async function keepFile(cache, path) {
  const response = await fetch(new Request(fileUrl(path), { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  if (digest !== FILES[path]) throw new Error(`${path} is not the file of version ${VERSION}`);
  await cache.put(fileUrl(path), response);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      for (const path of Object.keys(FILES)) await keepFile(cache, path);
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
  })());
  // No skipWaiting() here: a page already open runs the old app, and only
  // the user decides when to switch (after the open work is saved).
});

self.addEventListener('message', (event) => {
  if (event.data === 'rumbo-activate') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page is controlled at once, so it works offline
    // without a second visit.
    await self.clients.claim();
  })());
});

async function fromCache(url, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(url)) || fetch(request);
}

// Pages are opened with whatever query string a link carries; the app's
// page is index.html, also when asked for as the folder itself.
function keptUrl(url) {
  const path = url.origin + url.pathname;
  if (path === self.registration.scope) return INDEX;
  return KEPT.has(path) ? path : null;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins are never cached (the page's policy allows none anyway).
  if (url.origin !== self.location.origin) return;
  const kept = keptUrl(url);
  if (kept) {
    event.respondWith(fromCache(kept, request));
  } else if (request.mode === 'navigate') {
    // Any other page of this site: from the network, and Rumbo itself when offline.
    event.respondWith(fetch(request).catch(() => fromCache(INDEX, request)));
  }
});
