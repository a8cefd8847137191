// Opening a workspace file's text through window.rumbo.importWorkspace(), the
// path a dropped or picked file takes: a good file opens as a new workspace,
// a broken one is refused with a message and leaves the open work alone. Also
// the frame times the page benchmark reads.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, eventually, launch, openPage, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const settle = (page) => page.waitForTimeout(400);
const brokenFile = (name) => readFileSync(join(ROOT, 'tests/data/broken', name));

// Drops a file named `name` onto the page, as a user dragging it from a
// folder: `bytes`, or `size` spaces (made in the page: a large file).
async function dropFile(page, name, bytes, size = 0) {
  const transfer = await page.evaluateHandle(({ name, bytes, size }) => {
    const data = new DataTransfer();
    data.items.add(new File([size ? new Uint8Array(size).fill(0x20) : new Uint8Array(bytes)], name));
    return data;
  }, { name, bytes: Array.from(bytes), size });
  await page.dispatchEvent('#canvas', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: transfer });
}
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
      const nested = (depth) => '['.repeat(depth) + ']'.repeat(depth);
      const withHeader = (change) => {
        const copy = structuredClone(good);
        change(copy);
        return JSON.stringify(copy);
      };
      const broken = {
        truncated: before.exported.slice(0, Math.floor(before.exported.length / 2)),
        'cut after the header': before.exported.slice(0, 200),
        'wrong type': JSON.stringify(wrongType),
        'bad reference': JSON.stringify(badReference),
        'not JSON': 'esto no es un archivo de Rumbo',
        'garbage bytes': '\u0000\u00ff\u1234 {"workspace": ',
        'another JSON document': '{"name": "lista de compras", "items": [1, 2, 3]}',
        empty: '',
        'only spaces': '   \n\t  ',
        'a JSON array': '[1, 2, 3]',
        'JSON null': 'null',
        'huge string': withHeader((f) => { f.workspace.profile.title = 'x'.repeat(200_000); }),
        'deep nesting': `{"header": ${nested(5000)}}`,
        'deep nesting in the workspace': withHeader((f) => { f.workspace.profile = JSON.parse(nested(200)); }),
        'unknown format version': withHeader((f) => { f.header.format_version = 99; }),
        'newer workspace version': withHeader((f) => { f.workspace.cereal_class_version = 99; }),
        'number too large': JSON.stringify(good).replace('"next_id":', '"next_id": 1e400, "x":'),
        'negative list size': withHeader((f) => { f.workspace.actions = -1; }),
        'duplicate ids': withHeader((f) => { f.workspace.actions[1].id = f.workspace.actions[0].id; }),
        'dependency loop': brokenFile('dependency-cycle.rumbo.json').toString('utf8'),
        'dangling lead': brokenFile('dangling-lead.rumbo.json').toString('utf8'),
        'missing comma': brokenFile('missing-comma.rumbo.json').toString('utf8'),
        'newer file format': brokenFile('newer-format.rumbo.json').toString('utf8'),
      };
      assert.ok(Object.keys(broken).length >= 20);
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

  test('files dropped onto the page or picked: a good one opens as new, broken ones only say why', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url);
    try {
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      await settle(page);
      const before = await state(page);
      // Binary and oversized files, which only come as files.
      const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
      const files = {
        'flipped bit (binary format)': ['copia.rumbo.bin', brokenFile('flipped-bit.rumbo.bin')],
        'truncated (binary format)': ['copia.rumbo.bin', brokenFile('truncated.rumbo.bin')],
        'binary junk': ['foto.jpg.rumbo.json', junk],
        'a spreadsheet as a workspace': ['hoja.rumbo.json', brokenFile('not-rumbo.csv')],
        oversized: ['enorme.rumbo.json', Buffer.alloc(0), 17 * 1024 * 1024],
      };
      for (const [what, [name, bytes, size]] of Object.entries(files)) {
        await dropFile(page, name, bytes, size);
        const notices = await eventually(async () => {
          const shown = await page.evaluate(() => window.rumbo.notices);
          return shown.length ? shown : null;
        });
        assert.ok(notices && notices[0].includes(name), `${what}: the message names the file (${notices})`);
        assert.doesNotMatch(notices[0], /\b(load|json|check)\.[a-z_]+/, `${what}: no message key`);
        assert.deepEqual(await state(page), before, `${what}: the open work is untouched`);
        await page.evaluate(() => window.rumbo.clearNotices());
      }
      assert.match((await state(page)).names.join(), /San Aurelio/);

      // A good file dropped: a new workspace, the open one kept.
      await dropFile(page, 'Plan 2027.rumbo.json', Buffer.from(before.exported, 'utf8'));
      await eventually(async () => (await state(page)).names.length === 2);
      assert.deepEqual((await state(page)).names, [...before.names, 'Plan 2027']);
      assert.equal((await state(page)).current, 1);

      // The same through the picker of Home's "Abrir un archivo…".
      assert.ok(await page.evaluate(() => window.rumbo.goto('home')));
      await settle(page);
      const button = await eventually(() => page.evaluate(() => window.rumbo.itemRect('home.open_file')));
      // Listening first: Playwright takes over the browser's dialog only once it listens.
      const chosen = page.waitForEvent('filechooser', { timeout: 10_000 });
      await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2);
      await settle(page); // the page learns where the button is while the mouse is over it
      await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
      const chooser = await chosen;
      await chooser.setFiles({ name: 'Elegido.rumbo.json', mimeType: 'application/json', buffer: Buffer.from(before.exported, 'utf8') });
      await eventually(async () => (await state(page)).names.length === 3);
      assert.deepEqual((await state(page)).names, [...before.names, 'Plan 2027', 'Elegido']);
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
      // In one call, so that no frame comes between (a save's answer draws one).
      assert.deepEqual(await page.evaluate(() => {
        window.rumbo.clearFrameTimes();
        return window.rumbo.frameTimes();
      }), []);
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
