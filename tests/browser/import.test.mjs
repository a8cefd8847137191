// Opening a workspace file's text through window.rumbo.importWorkspace(), the
// path a dropped or picked file takes: a good file opens as a new workspace,
// a broken one is refused with a message and leaves the open work alone. Also
// the frame times the page benchmark reads.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const settle = (page) => page.waitForTimeout(400);
const state = (page) => page.evaluate(() => ({
  names: window.rumbo.workspaceNames,
  current: window.rumbo.currentWorkspace,
  exported: window.rumbo.exportWorkspace(),
}));

describe('import', () => {
  test('an exported workspace opens again as a new, current workspace', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url);
    try {
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      await settle(page);
      const before = await state(page);
      assert.equal(before.names.length, 1);
      assert.equal(before.current, 0);

      const result = await page.evaluate((text) => window.rumbo.importWorkspace(text, 'copia.rumbo.json'),
        before.exported);
      assert.deepEqual(result, { ok: true, error: '' });
      await settle(page);
      const afterImport = await state(page);
      assert.deepEqual(afterImport.names, [...before.names, 'copia']);
      assert.equal(afterImport.current, 1, 'the imported workspace is the current one');
      const original = JSON.parse(before.exported).workspace;
      const imported = JSON.parse(afterImport.exported).workspace;
      assert.equal(imported.profile.name, original.profile.name);
      assert.deepEqual(imported.actions, original.actions);
      assert.deepEqual(imported, original, 'nothing is lost on the way');
      assert.equal(await page.evaluate(() => window.rumbo.screen), 'profile', 'it opens on its first step');

      // Without a file name, the list shows the strategy's title.
      assert.ok((await page.evaluate((text) => window.rumbo.importWorkspace(text), before.exported)).ok);
      assert.equal((await state(page)).names[2], original.profile.title);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('a broken file is refused with a message and changes nothing', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url);
    try {
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      await settle(page);
      const before = await state(page);
      const good = JSON.parse(before.exported);

      const wrongType = structuredClone(good);
      wrongType.workspace.actions[0].cost_per_year = 'mucho';
      const badReference = structuredClone(good);
      badReference.workspace.actions[0].lead = 999999;
      const broken = {
        truncated: before.exported.slice(0, Math.floor(before.exported.length / 2)),
        'wrong type': JSON.stringify(wrongType),
        'bad reference': JSON.stringify(badReference),
        'not JSON': 'esto no es un archivo de Rumbo',
        'garbage bytes': '\u0000\u00ff\u1234 {"workspace": ',
        'another JSON document': '{"name": "lista de compras", "items": [1, 2, 3]}',
        empty: '',
      };
      for (const [what, text] of Object.entries(broken)) {
        const result = await page.evaluate((t) => window.rumbo.importWorkspace(t, 'roto.json'), text);
        assert.equal(result.ok, false, what);
        assert.ok(result.error.length > 10, `${what}: a message (${result.error})`);
        assert.doesNotMatch(result.error, /\b(load|json|check)\.[a-z_]+/, `${what}: no message key (${result.error})`);
        assert.deepEqual(await state(page), before, `${what}: the open work is untouched`);
      }
      // The page speaks Spanish (es-CO), and so do its messages.
      const truncated = await page.evaluate((t) => window.rumbo.importWorkspace(t), broken.truncated);
      assert.match(truncated.error, /JSON/);
      await page.evaluate(() => window.rumbo.setLanguage('en'));
      const english = await page.evaluate((t) => window.rumbo.importWorkspace(t), broken.truncated);
      assert.notEqual(english.error, truncated.error, 'and in English after switching');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('frame times: one finite CPU time per drawn frame', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url);
    try {
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      await page.waitForTimeout(2000); // past the frames drawn after the last input: the loop sleeps
      await page.evaluate(() => window.rumbo.clearFrameTimes());
      assert.deepEqual(await page.evaluate(() => window.rumbo.frameTimes()), []);
      const framesBefore = await page.evaluate(() => window.rumbo.frames);
      for (let i = 0; i < 10; i += 1) {
        await page.mouse.move(300 + 20 * i, 300 + 5 * i);
        await page.waitForTimeout(30);
      }
      const times = await page.evaluate(() => window.rumbo.frameTimes());
      const frames = (await page.evaluate(() => window.rumbo.frames)) - framesBefore;
      assert.ok(times.length > 0, 'moving the mouse draws frames');
      assert.ok(times.length <= frames + 1, `${times.length} times for ${frames} frames`);
      for (const ms of times) assert.ok(Number.isFinite(ms) && ms >= 0 && ms < 10_000, String(ms));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
