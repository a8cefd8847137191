// Never lose work: the workspaces persist in the browser (IndexedDB) across
// reloads, abrupt closes and crashes; a damaged copy gives way to the
// previous one; a failing write keeps the work open and offers a download;
// two tabs never both write one workspace.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitReady, saveScreenshot, eventually } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const hosted = () => env.targets.find((t) => t.name === 'hosted');
const singleFile = () => env.targets.find((t) => t.name === 'single-file');
const title = (page) => page.evaluate(() => JSON.parse(window.rumbo.exportWorkspace() || '{}').workspace?.profile?.title);
const saved = (page) => eventually(() => page.evaluate(() => window.rumbo.saveState === 'saved'));

// A new page of `context`, ready, with its problems recorded.
async function newPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(url);
  await waitReady(page);
  return { page, problems };
}

describe('browser storage', () => {
  test('an edit typed into the page is there after a reload', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted().url);
    await waitReady(page);
    assert.equal(await page.evaluate(() => window.rumbo.saveState), '');
    await page.evaluate(() => window.rumbo.loadSample());
    await page.evaluate(() => window.rumbo.goto('profile'));
    const field = await eventually(() => page.evaluate(() => window.rumbo.itemRect('profile.title')));
    assert.ok(field, 'the title field is on screen');
    await page.mouse.click(field.x + field.width / 2, field.y + field.height / 2);
    // The field takes the keyboard a frame after the click.
    await eventually(() => page.evaluate(() => document.activeElement.id === 'text-proxy'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Estrategia guardada de San Aurelio');
    await page.keyboard.press('Tab');
    // Typed keys reach the field over the next frames.
    await eventually(async () => (await title(page)) === 'Estrategia guardada de San Aurelio');
    assert.equal(await title(page), 'Estrategia guardada de San Aurelio');
    assert.ok(await saved(page), 'the status reaches "saved"');
    await saveScreenshot(page, 'storage-saved.png');

    await page.reload();
    await waitReady(page);
    await eventually(async () => (await page.evaluate(() => window.rumbo.listWorkspaces())).length === 1);
    const list = await page.evaluate(() => window.rumbo.listWorkspaces());
    assert.equal(list.length, 1);
    assert.equal(list[0].name, 'San Aurelio (ejemplo)');
    assert.ok(list[0].saved > 0 && list[0].id.startsWith('ws-'));
    // The workspace worked on last opens again.
    assert.equal(await title(page), 'Estrategia guardada de San Aurelio');
    assert.equal(await page.evaluate(() => window.rumbo.saveState), 'saved');
    assert.deepEqual(problems, []);
    await close();
  });

  test('closing abruptly at random moments never leaves a broken workspace', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-CO' });
    let { page } = await newPage(context, hosted().url);
    await page.evaluate(() => window.rumbo.loadSample());
    await page.evaluate(() => window.rumbo.setTitle('estado 0'));
    assert.ok(await saved(page));
    await page.close();
    const counts = { newState: 0, previousState: 0, broken: 0 };
    const runs = 30;
    let before = 'estado 0'; // what the last run opened with
    for (let run = 1; run <= runs; run += 1) {
      ({ page } = await newPage(context, hosted().url));
      const opened = await eventually(() => title(page));
      // What the last run left: its new state, or the one it started from.
      if (run > 1 && opened === `estado ${run - 1}`) counts.newState += 1;
      else if (opened === before) counts.previousState += 1;
      else counts.broken += 1;
      before = opened;
      assert.equal(await page.evaluate(() => window.rumbo.listWorkspaces().length), 1, `run ${run}`);
      // A few edits, then the tab dies somewhere in the autosave window.
      for (let i = 0; i < 3; i += 1) await page.evaluate((t) => window.rumbo.setTitle(t), `estado ${run}`);
      await page.waitForTimeout(Math.floor(Math.random() * 1500));
      if (run % 2) {
        // The renderer dies mid-work; the command itself never answers.
        const cdp = await context.newCDPSession(page);
        const crashed = new Promise((done) => page.once('crash', done));
        cdp.send('Page.crash').catch(() => {});
        await Promise.race([crashed, page.waitForTimeout(5_000).catch(() => {})]);
        await page.close().catch(() => {});
      } else {
        await page.close({ runBeforeUnload: false });
      }
    }
    ({ page } = await newPage(context, hosted().url));
    const last = await eventually(() => title(page));
    assert.ok(last === `estado ${runs}` || last === before, `last state: ${last}`);
    console.log(`abrupt closes: ${runs} runs, ${counts.newState} kept the new state, ` +
      `${counts.previousState} the previous one, ${counts.broken} broken`);
    assert.equal(counts.broken, 0);
    await context.close();
  });

  test('a damaged current copy gives way to the previous version, and the user is told', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-CO' });
    let { page } = await newPage(context, hosted().url);
    await page.evaluate(() => window.rumbo.loadSample());
    await page.evaluate(() => window.rumbo.setTitle('primera versión'));
    assert.ok(await saved(page));
    await page.evaluate(() => window.rumbo.setTitle('segunda versión'));
    await page.evaluate(() => window.rumbo.flushSave());
    assert.equal(await page.evaluate(() => window.rumbo.saveState), 'saved');
    // Flip bytes in the middle of the stored current copy.
    const damaged = await page.evaluate(() => new Promise((done, fail) => {
      const open = indexedDB.open('rumbo');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['workspaces', 'versions'], 'readwrite');
        tx.objectStore('workspaces').getAll().onsuccess = (e) => {
          const record = e.target.result[0];
          const versions = tx.objectStore('versions');
          versions.get([record.id, record.current]).onsuccess = (v) => {
            const copy = v.target.result;
            const bytes = new Uint8Array(copy.bytes);
            for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 16; i += 1) bytes[i] ^= 0x5a;
            versions.put(copy);
          };
        };
        tx.oncomplete = () => done(true);
      };
    }));
    assert.ok(damaged);
    await page.reload();
    await waitReady(page);
    const opened = await eventually(() => title(page));
    assert.equal(opened, 'primera versión', 'the previous good version opened');
    const notice = await eventually(() => page.evaluate(() => window.rumbo.itemRect('storage.dismiss')));
    assert.ok(notice, 'a notice says what happened');
    await saveScreenshot(page, 'storage-damaged-copy.png');
    // The restored version is saved as the current copy again.
    assert.ok(await saved(page));
    await page.reload();
    await waitReady(page);
    assert.equal(await eventually(() => title(page)), 'primera versión');
    assert.equal(await page.evaluate(() => window.rumbo.itemRect('storage.dismiss')), null, 'no notice the second time');
    await context.close();
  });

  test('"Versiones" lists the earlier copy and restores it as one undoable step', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted().url);
    await waitReady(page);
    await page.evaluate(() => window.rumbo.loadSample());
    assert.ok(await saved(page));
    const original = await title(page);
    await page.evaluate(() => window.rumbo.setTitle('título nuevo'));
    await page.evaluate(() => window.rumbo.flushSave());
    const click = async (name) => {
      const rect = await eventually(() => page.evaluate((n) => window.rumbo.itemRect(n), name));
      assert.ok(rect, `${name} is on screen`);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    };
    await click('app.versions');
    await eventually(() => page.evaluate(() => window.rumbo.itemRect('storage.restore.0')));
    await saveScreenshot(page, 'storage-versions.png');
    await click('storage.restore.0');
    assert.ok(await eventually(async () => (await title(page)) === original), 'the earlier version is back');
    // It is saved as the current copy, and one undo takes it back.
    assert.ok(await saved(page));
    await page.keyboard.press('Control+Z');
    assert.ok(await eventually(async () => (await title(page)) === 'título nuevo'), 'undo');
    assert.deepEqual(problems, []);
    await close();
  });

  test('when the browser refuses to write, work goes on, a banner says so, and export works', async () => {
    // Every write refused as when the disk is full.
    const init = () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    };
    const { page, close } = await openPage(env.browser, hosted().url, { init });
    await waitReady(page);
    await page.evaluate(() => { window.refuseWrites = true; });
    await page.evaluate(() => window.rumbo.loadSample());
    assert.ok(await eventually(() => page.evaluate(() => window.rumbo.saveState === 'failed')));
    const download = await eventually(() => page.evaluate(() => window.rumbo.itemRect('storage.download')));
    assert.ok(download, 'the banner offers a download');
    await saveScreenshot(page, 'storage-quota-banner.png');
    // Work continues in memory.
    await page.evaluate(() => window.rumbo.setTitle('sigue en memoria'));
    assert.equal(await title(page), 'sigue en memoria');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.mouse.click(download.x + download.width / 2, download.y + download.height / 2),
    ]);
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    assert.equal(JSON.parse(text).workspace.profile.title, 'sigue en memoria');
    // Once the browser writes again, the next try saves.
    await page.evaluate(() => { window.refuseWrites = false; });
    assert.ok(await eventually(() => page.evaluate(() => window.rumbo.saveState === 'saved'), { timeout: 20_000 }));
    await close();
  });

  test('a second tab on the same workspace is read-only until it takes over', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-CO' });
    const { page: first } = await newPage(context, hosted().url);
    await first.evaluate(() => window.rumbo.loadSample());
    assert.ok(await saved(first));
    const { page: second } = await newPage(context, hosted().url);
    assert.ok(await eventually(() => second.evaluate(() => window.rumbo.saveState === 'read-only')),
      'the second tab opens read-only');
    assert.equal(await second.evaluate(() => window.rumbo.setTitle('desde la segunda')), false);
    await saveScreenshot(second, 'storage-second-tab.png');
    // The second tab follows what the first one saves.
    await first.evaluate(() => window.rumbo.setTitle('desde la primera'));
    assert.ok(await eventually(async () => (await title(second)) === 'desde la primera'));
    // Taking over: the second writes, the first becomes read-only.
    const takeOver = await second.evaluate(() => window.rumbo.itemRect('storage.take_over'));
    await second.mouse.click(takeOver.x + takeOver.width / 2, takeOver.y + takeOver.height / 2);
    assert.ok(await eventually(() => second.evaluate(() => window.rumbo.saveState === 'saved')));
    assert.ok(await eventually(() => first.evaluate(() => window.rumbo.saveState === 'read-only')));
    assert.ok(await second.evaluate(() => window.rumbo.setTitle('desde la segunda')));
    assert.ok(await saved(second));
    assert.ok(await eventually(async () => (await title(first)) === 'desde la segunda'));
    await context.close();
  });

  test('the single file keeps its work from file:// across a reload', async () => {
    const { page, close } = await openPage(env.browser, singleFile().url);
    await waitReady(page);
    await page.evaluate(() => window.rumbo.loadSample());
    await page.evaluate(() => window.rumbo.setTitle('guardado desde el archivo'));
    assert.ok(await saved(page));
    await page.reload();
    await waitReady(page);
    assert.equal(await eventually(() => title(page)), 'guardado desde el archivo');
    await close();
  });
});
