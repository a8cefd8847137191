// Shared pieces of the browser tests: Debian's Chromium through
// playwright-core, dist/ served on loopback, problem collection and
// screenshot checks. Tests read the app's state through window.rumbo, never
// through pixels, except to check that something was drawn at all.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.RUMBO_DIST || join(ROOT, 'dist');
export const BUILD = process.env.RUMBO_BUILD || join(ROOT, 'build');
export const ARTIFACTS = join(BUILD, 'test-artifacts');

// Software WebGL2 (SwiftShader) and no calls to Google's services, which this
// network refuses. Also used by the abrupt-close soak (tests/soak/).
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run',
];

export function projectVersion() {
  const m = /project\(rumbo VERSION ([0-9.]+)/.exec(readFileSync(join(ROOT, 'CMakeLists.txt'), 'utf8'));
  return m[1];
}

// The two pages under test: dist/ served on loopback (one port for as long
// as it runs, so the page keeps its origin and its storage), and rumbo.html
// alone in a folder, from file://, which proves it needs nothing beside it.
export async function serveTargets() {
  const { server, url } = await startServer(DIST, 0);
  const alone = mkdtempSync(join(tmpdir(), 'rumbo-single-'));
  copyFileSync(join(DIST, 'rumbo.html'), join(alone, 'rumbo.html'));
  return {
    targets: [
      { name: 'hosted', url: url + 'index.html' },
      { name: 'single-file', url: pathToFileURL(join(alone, 'rumbo.html')).href },
    ],
    async close() {
      await new Promise((done) => server.close(done));
      rmSync(alone, { recursive: true, force: true });
    },
  };
}

export async function launch() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const served = await serveTargets();
  return {
    browser,
    targets: served.targets,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

// Whether a request stays on the page's own origin, or is made inside the
// page (data:, blob:). Rumbo never asks another origin for anything.
export function isOwnRequest(pageUrl, requestUrl) {
  const request = new URL(requestUrl);
  if (request.protocol === 'data:' || request.protocol === 'blob:') return true;
  const page = new URL(pageUrl);
  if (page.protocol === 'file:') return request.protocol === 'file:';
  return request.origin === page.origin;
}

// Opens a page and records everything that would show a user a broken app:
// console errors, uncaught exceptions, failed requests and HTTP errors.
// Spanish (Colombia) unless a test asks otherwise: most of Rumbo's users.
// Every request of the page's context (its service worker's too) is kept in
// `requests`, and every Content-Security-Policy violation in `violations`;
// close() fails the test on a request to another origin or on a violation,
// whatever the test itself checked.
export async function openPage(browser, url, { viewport = { width: 1280, height: 800 }, dpr = 1, init, locale = 'es-CO' } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: dpr, locale });
  const requests = [];
  const violations = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.exposeBinding('rumboReportViolation', (_source, text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.rumboReportViolation(`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'}` +
        ` (${e.sourceFile || 'page'}:${e.lineNumber})`);
    }, { capture: true });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  if (init) await page.addInitScript(init);
  await page.goto(url);
  const close = async () => {
    await context.close();
    const foreign = requests.filter((r) => !isOwnRequest(url, r));
    if (foreign.length > 0) throw new Error(`requests to another origin: ${foreign.join(', ')}`);
    if (violations.length > 0) throw new Error(`Content-Security-Policy violations: ${violations.join('; ')}`);
  };
  return { page, context, problems, requests, violations, close };
}

export async function waitReady(page) {
  await page.waitForFunction(() => window.rumbo && window.rumbo.ready, null, { timeout: 30_000 });
}

export async function saveScreenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const png = await page.screenshot();
  writeFileSync(join(ARTIFACTS, name), png);
  return PNG.sync.read(png);
}

// How much of the image is not its most common colour, and how many
// distinct colours it has: a blank or single-colour frame has neither.
export function inkStats(image) {
  const counts = new Map();
  let dark = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
    const key = (r << 16) | (g << 8) | b;
    counts.set(key, (counts.get(key) || 0) + 1);
    if (0.299 * r + 0.587 * g + 0.114 * b < 110) dark += 1;
  }
  const pixels = image.width * image.height;
  const dominant = Math.max(...counts.values());
  return { colours: counts.size, notBackground: 1 - dominant / pixels, darkPixels: dark };
}

// Share of pixels that differ noticeably between two same-sized images.
export function differingShare(a, b) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) +
      Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > 48) differ += 1;
  }
  return differ / (a.width * a.height);
}

// Polls fn() until it returns a truthy value or the time runs out.
export async function eventually(fn, { timeout = 10_000, every = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, every));
  }
}

// Frames are drawn on input and for a moment after; give the screen time to settle.
export const settle = (page) => page.waitForTimeout(400);

// Where the app drew an item in its last frame, once it is on screen.
export async function rectOf(page, name) {
  const rect = await eventually(() => page.evaluate((n) => window.rumbo.itemRect(n), name));
  assert.ok(rect, `${name} is on screen`);
  return rect;
}

// A real click in the middle of a marked item, with a frame between press
// and release as a hand leaves it.
export async function clickItem(page, name) {
  const rect = await rectOf(page, name);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(50);
  await page.mouse.up();
  await settle(page);
  return rect;
}
