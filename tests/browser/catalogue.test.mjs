// "Añadir desde el catálogo" on the Acciones screen, driven with the mouse
// and keyboard as an official would: open the dialog, search, tick an
// entry, add it, undo it. The expected titles come from the packed catalogue
// file itself; the dialog is photographed in both languages.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, clickItem as click, eventually, launch, openPage, rectOf, saveScreenshot, settle, waitReady,
} from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const catalogue = JSON.parse(readFileSync(join(ROOT, 'assets/catalog/actions.json'), 'utf8'));
const catalogueEntry = (key) => catalogue.actions.find((a) => a.key === key);

const exported = async (page) => JSON.parse(await page.evaluate(() => window.rumbo.exportWorkspace()));
// The checkbox square at the left of an entry's line, not its title.
const tick = async (page, key) => {
  const rect = await rectOf(page, `actions.catalogue.entry.${key}`);
  await page.mouse.move(rect.x + rect.height / 2, rect.y + rect.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(50);
  await page.mouse.up();
  await settle(page);
};

const openActions = async (page, start) => {
  await waitReady(page);
  await click(page, start);
  assert.ok(await eventually(() => page.evaluate(() => window.rumbo.screen === 'profile')),
    'the new workspace opens on its first step');
  await click(page, 'step.actions');
  assert.equal(await page.evaluate(() => window.rumbo.screen), 'actions');
};

describe('actions from the catalogue', () => {
  test('the sample city: search, tick, add one action on its axis and mechanism, undo it', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 720 },
    });
    try {
      await openActions(page, 'home.explore_sample');
      const before = (await exported(page)).workspace;

      await click(page, 'actions.catalogue');
      await rectOf(page, 'actions.catalogue.words');
      await saveScreenshot(page, 'catalogue-dialog-es.png');

      // "hermanamiento" finds the twinning entry; accents are not needed.
      await click(page, 'actions.catalogue.words');
      await page.keyboard.type('hermanamiento afin');
      await settle(page);
      await tick(page, 'twinning_agreement');
      await saveScreenshot(page, 'catalogue-dialog-es-ticked.png');
      await click(page, 'actions.catalogue.add');

      const twinning = catalogueEntry('twinning_agreement');
      const added = await eventually(async () => {
        const ws = (await exported(page)).workspace;
        return ws.actions.length === before.actions.length + 1 && ws;
      });
      assert.ok(added, 'one action was added');
      const action = added.actions[added.actions.length - 1];
      assert.equal(action.title, twinning.title.es, 'in the language the official works in');
      assert.equal(action.description, twinning.description.es);
      const axis = before.axes.find((a) => a.key === twinning.axis);
      const mechanism = before.mechanisms.find((m) => m.key === twinning.mechanism);
      assert.equal(action.axis, axis.id, 'on the sample city\'s own axis');
      assert.equal(action.mechanism, mechanism.id, 'with its own mechanism');
      assert.equal(action.id, before.next_id, 'with the next free id');
      assert.equal(await page.evaluate(() => window.rumbo.itemRect('actions.catalogue.words')), null,
        'the dialog closed');

      await saveScreenshot(page, 'catalogue-added-es.png');

      // Opened again, the dialog says the twinning is already there.
      await click(page, 'actions.catalogue');
      await page.keyboard.type('hermanamiento');
      await settle(page);
      await saveScreenshot(page, 'catalogue-dialog-es-already.png');
      await click(page, 'actions.catalogue.cancel');

      await page.keyboard.press('Control+Z');
      assert.ok(await eventually(async () =>
        (await exported(page)).workspace.actions.length === before.actions.length),
      'one undo takes the added action back');
      assert.deepEqual((await exported(page)).workspace, before);

      // The same dialog in English: Cancel changes nothing.
      await page.evaluate(() => window.rumbo.setLanguage('en'));
      await settle(page);
      await click(page, 'actions.catalogue');
      await rectOf(page, 'actions.catalogue.words');
      await saveScreenshot(page, 'catalogue-dialog-en.png');
      await tick(page, 'trade_mission');
      await click(page, 'actions.catalogue.cancel');
      assert.deepEqual((await exported(page)).workspace, before, 'cancel adds nothing');
      assert.equal(await page.evaluate(() => window.rumbo.lastError), '');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('an empty strategy: two actions in one step, without axes it has not got', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 720 },
    });
    try {
      await openActions(page, 'home.from_empty');
      assert.equal((await exported(page)).workspace.actions.length, 0);
      await click(page, 'actions.catalogue');
      // A new dialog finds its size and place over its first frames: tick it once it has.
      await rectOf(page, 'actions.catalogue.words');
      await settle(page);
      await tick(page, 'investment_promotion_agency');
      await tick(page, 'investment_project_portfolio');
      await saveScreenshot(page, 'catalogue-dialog-es-empty-strategy.png');
      await click(page, 'actions.catalogue.add');
      const ws = await eventually(async () => {
        const w = (await exported(page)).workspace;
        return w.actions.length === 2 && w;
      });
      assert.ok(ws, 'both were added');
      assert.deepEqual(ws.actions.map((a) => a.title), [
        catalogueEntry('investment_promotion_agency').title.es,
        catalogueEntry('investment_project_portfolio').title.es,
      ]);
      assert.ok(ws.actions.every((a) => a.axis === 0 && a.mechanism === 0),
        'no axis or mechanism is invented');
      await settle(page);
      await saveScreenshot(page, 'catalogue-added-es-empty-strategy.png');
      await page.keyboard.press('Control+Z');
      assert.ok(await eventually(async () => (await exported(page)).workspace.actions.length === 0),
        'one undo takes both back');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
