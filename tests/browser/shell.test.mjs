// The app shell in Chromium, for both ways Rumbo is deployed: the hosted
// site (dist/index.html over http) and the single file (dist/rumbo.html
// opened from file://).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  differingShare, eventually, inkStats, launch, openPage, projectVersion, saveScreenshot, waitReady,
} from './harness.mjs';

const env = await launch();
after(() => env.close());

for (const target of env.targets) {
  describe(`${target.name} page`, () => {
    test('draws the Spanish home screen with no console error or failed request', async () => {
      const { page, problems, close } = await openPage(env.browser, target.url);
      try {
        await waitReady(page);
        const state = await page.evaluate(() => ({ ...window.rumbo }));
        assert.equal(state.version, projectVersion());
        assert.ok(state.frames >= 1);
        assert.equal(await page.title(), 'Rumbo — estrategia de internacionalización');
        assert.equal(await page.isVisible('#loading'), false, 'the loading indicator is gone');
        assert.equal(await page.isVisible('#failure'), false);

        const image = await saveScreenshot(page, `${target.name}-home.png`);
        const ink = inkStats(image);
        assert.ok(ink.colours > 50, `a drawn frame has many colours (got ${ink.colours})`);
        // The app's window fills the page; its step bar, buttons and fields are not window white.
        assert.ok(ink.notBackground > 0.05, `more than a blank window is drawn (${ink.notBackground})`);
        assert.ok(ink.darkPixels > 2000, `text is drawn (${ink.darkPixels} dark pixels)`);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test('keeps the canvas the size of the window, at the screen\'s pixel density', async () => {
      const { page, problems, close } = await openPage(env.browser, target.url, {
        viewport: { width: 1000, height: 700 }, dpr: 2,
      });
      try {
        await waitReady(page);
        const size = () => page.evaluate(() => {
          const c = document.getElementById('canvas');
          return { width: c.width, height: c.height, css: c.clientWidth };
        });
        assert.deepEqual(await size(), { width: 2000, height: 1400, css: 1000 });

        await page.setViewportSize({ width: 820, height: 600 });
        const resized = await eventually(async () => {
          const s = await size();
          return s.width === 1640 && s.height === 1200 ? s : null;
        });
        assert.ok(resized, `canvas follows the window: ${JSON.stringify(await size())}`);
        await saveScreenshot(page, `${target.name}-resized-dpr2.png`);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test('follows a change of pixel density while open (browser zoom, a projector)', async () => {
      const { page, problems, close } = await openPage(env.browser, target.url, {
        viewport: { width: 1000, height: 700 },
      });
      try {
        await waitReady(page);
        const width = () => page.evaluate(() => document.getElementById('canvas').width);
        assert.equal(await width(), 1000);
        const frames = await page.evaluate(() => window.rumbo.frames);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setDeviceMetricsOverride', {
          width: 1000, height: 700, deviceScaleFactor: 1.5, mobile: false,
        });
        // Emulation changes the ratio without the events a real browser sends
        // (resize, a media query change); the next input must be enough.
        await page.mouse.move(500, 350);
        assert.ok(await eventually(async () => (await width()) === 1500),
          `the drawing buffer follows the new ratio (width ${await width()})`);
        assert.ok(await eventually(async () => (await page.evaluate(() => window.rumbo.frames)) > frames),
          'the app redraws at the new density');
        const ink = inkStats(await saveScreenshot(page, `${target.name}-dpr-change.png`));
        assert.ok(ink.darkPixels > 2000, 'text is still drawn after the fonts are rebuilt');
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test('stops drawing when nothing changes and wakes up on input', async () => {
      const { page, problems, close } = await openPage(env.browser, target.url);
      try {
        await waitReady(page);
        const frames = () => page.evaluate(() => window.rumbo.frames);
        // Idle: the frame count stays put for a whole second.
        const settled = await eventually(async () => {
          const before = await frames();
          await page.waitForTimeout(1000);
          return (await frames()) === before;
        }, { timeout: 20_000, every: 0 });
        assert.ok(settled, 'the frame loop goes to sleep when idle');
        const idle = await frames();
        await page.waitForTimeout(1500);
        assert.equal(await frames(), idle, 'no frames are drawn while idle');

        await page.mouse.move(400, 300);
        await page.mouse.move(420, 320);
        const woke = await eventually(async () => (await frames()) > idle, { timeout: 5000 });
        assert.ok(woke, 'input wakes the frame loop');
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test('explains in plain words when the browser has no WebGL2', async () => {
      const { page, close } = await openPage(env.browser, target.url, {
        init: () => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
            return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
          };
        },
      });
      try {
        await page.waitForSelector('#failure', { state: 'visible', timeout: 10_000 });
        assert.match(await page.textContent('#failure-title'), /no puede dibujar su pantalla/);
        assert.match(await page.textContent('#failure-text'), /WebGL2/);
        assert.equal(await page.isVisible('#loading'), false);
        await saveScreenshot(page, `${target.name}-no-webgl2.png`);
      } finally {
        await close();
      }
    });

    test('explains in plain words when the browser has no WebAssembly', async () => {
      const { page, close } = await openPage(env.browser, target.url, {
        init: () => {
          delete window.WebAssembly;
        },
      });
      try {
        await page.waitForSelector('#failure', { state: 'visible', timeout: 10_000 });
        assert.equal(await page.textContent('#failure-title'), 'Este navegador no puede abrir Rumbo');
        assert.match(await page.textContent('#failure-text'), /WebAssembly/);
        await saveScreenshot(page, `${target.name}-no-webassembly.png`);
      } finally {
        await close();
      }
    });
  });
}

test('the single-file page draws the same window as the hosted page', async () => {
  const shots = {};
  for (const target of env.targets) {
    const { page, close } = await openPage(env.browser, target.url);
    try {
      await waitReady(page);
      shots[target.name] = await saveScreenshot(page, `${target.name}-compared.png`);
    } finally {
      await close();
    }
  }
  const share = differingShare(shots.hosted, shots['single-file']);
  assert.ok(share < 0.001, `${(share * 100).toFixed(3)}% of pixels differ`);
});

describe('hosted page while loading', () => {
  const hosted = env.targets.find((t) => t.name === 'hosted');

  test('shows a loading indicator until the first frame is drawn', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      // Hold the wasm back so the loading state can be seen, as on a slow connection.
      let release;
      const held = new Promise((r) => (release = r));
      await page.route('**/app.wasm', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(hosted.url, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#loading', { state: 'visible' });
      assert.equal(await page.textContent('#loading-text'), 'Cargando Rumbo…');
      assert.equal(await page.evaluate(() => window.rumbo.ready), false);
      await saveScreenshot(page, 'hosted-loading.png');
      release();
      await waitReady(page);
      assert.equal(await page.isVisible('#loading'), false);
    } finally {
      await context.close();
    }
  });
});
