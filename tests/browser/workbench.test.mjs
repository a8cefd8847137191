// The workbench on the sample city, driven with the mouse and keyboard as an
// official would, read back through window.rumbo. Every screen is
// photographed in both languages into build/test-artifacts/.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, openPage, saveScreenshot, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const exported = async (page) => JSON.parse(await page.evaluate(() => window.rumbo.exportWorkspace()));
// Frames are drawn on input and for a moment after; give the screen time to settle.
const settle = (page) => page.waitForTimeout(400);

describe('workbench', () => {
  test('speaks the browser\'s language (Spanish, Portuguese, English otherwise) and writes numbers as its locale does', async () => {
    for (const [locale, expected, numbers] of [['es-CO', 'es', 'es-CO'], ['es-ES', 'es', 'es-ES'],
      ['es-MX', 'es', 'es-MX'], ['es-PE', 'es', 'es-CO'], ['pt-BR', 'pt-BR', 'pt-BR'], ['pt-PT', 'pt-BR', 'pt-BR'],
      ['en-US', 'en', 'en-US'], ['fr-FR', 'en', 'en-US']]) {
      const { page, problems, close } = await openPage(env.browser, hosted.url, { locale });
      try {
        await waitReady(page);
        assert.equal(await page.evaluate(() => window.rumbo.language), expected, locale);
        assert.equal(await page.evaluate(() => window.rumbo.locale), numbers, locale);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    }
  });

  test('opens the sample city, edits the profile by typing, undoes it, switches language', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 720 },
    });
    try {
      await waitReady(page);
      assert.equal(await page.evaluate(() => window.rumbo.screen), 'home');
      assert.equal(await page.evaluate(() => window.rumbo.exportWorkspace()), '', 'nothing open yet');
      // "Explorar la ciudad de ejemplo", the first button under "Empezar".
      await page.mouse.click(440, 253);
      assert.ok(await eventually(() => page.evaluate(() => window.rumbo.screen === 'profile')),
        'the new workspace opens on its first step');
      assert.equal((await exported(page)).workspace.profile.name, 'San Aurelio');

      // The "Municipio o territorio" field.
      await page.mouse.click(700, 199);
      await settle(page);
      await page.keyboard.press('Control+A');
      // Typed keys with accents; text inserted as a phone keyboard or an IME
      // does; a dead-key composition (´ then e) as a Spanish layout makes it.
      await page.keyboard.type('Ibagué');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.insertText', { text: ' ñandú ¿sí? ¡ü!' });
      await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.insertText', { text: 'é' });
      await page.keyboard.press('Enter');
      const typed = 'Ibagué ñandú ¿sí? ¡ü!é';
      assert.ok(await eventually(async () => (await exported(page)).workspace.profile.name === typed),
        `typed text reaches the workspace: ${(await exported(page)).workspace.profile.name}`);

      // Ctrl+Z outside the field undoes the whole typing as one step.
      await page.mouse.click(1000, 650);
      await settle(page);
      await page.keyboard.press('Control+Z');
      assert.ok(await eventually(async () => (await exported(page)).workspace.profile.name === 'San Aurelio'),
        'undo restores the name');
      await page.keyboard.press('Control+Y');
      assert.ok(await eventually(async () => (await exported(page)).workspace.profile.name === typed),
        'redo brings it back');

      await page.evaluate(() => window.rumbo.setLanguage('en'));
      assert.equal(await page.evaluate(() => window.rumbo.language), 'en');
      assert.equal((await exported(page)).workspace.profile.name, typed, 'switching keeps the work');
      assert.equal(await page.evaluate(() => window.rumbo.screen), 'profile', 'and the screen');
      assert.equal(await page.evaluate(() => window.rumbo.lastError), '');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('copies and pastes through the system clipboard with Ctrl+C and Ctrl+V', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 720 },
    });
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      await settle(page);
      await page.evaluate(() => navigator.clipboard.writeText('Ibagué – copiado de una hoja de cálculo'));
      await page.mouse.click(700, 199); // "Municipio o territorio"
      await settle(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+V');
      await page.keyboard.press('Enter');
      assert.ok(await eventually(async () =>
        (await exported(page)).workspace.profile.name === 'Ibagué – copiado de una hoja de cálculo'),
      `pasted: ${(await exported(page)).workspace.profile.name}`);

      await page.mouse.click(700, 240); // "Departamento o región"
      await settle(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      assert.ok(await eventually(async () =>
        (await page.evaluate(() => navigator.clipboard.readText())) === 'Tolima'),
      'the copied text reaches the system clipboard');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test("main flow: an action's cost typed, a weight moved, the ranking changes, undo restores it", async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 720 },
    });
    // Clicks the middle of an item the app marked in its last frame.
    const click = async (name) => {
      const rect = await eventually(() => page.evaluate((n) => window.rumbo.itemRect(n), name));
      assert.ok(rect, `${name} is on screen`);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await settle(page);
      return rect;
    };
    try {
      await waitReady(page);
      await click('home.explore_sample');
      assert.ok(await eventually(() => page.evaluate(() => window.rumbo.screen === 'profile')));

      await click('step.actions');
      assert.equal(await page.evaluate(() => window.rumbo.screen), 'actions');
      await click('actions.row.0');
      await click('actions.cost');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('1.234.567');
      await page.keyboard.press('Enter');
      assert.ok(await eventually(async () =>
        (await exported(page)).workspace.actions.some((a) => a.cost_per_year === 1234567)),
      'the typed cost (Spanish digits: 1.234.567) reaches the action');

      await click('step.prioritise');
      assert.equal(await page.evaluate(() => window.rumbo.screen), 'prioritise');
      const before = await page.evaluate(() => window.rumbo.ranking());
      const weightsBefore = (await exported(page)).workspace.criteria.map((c) => c.weight);
      assert.ok(before.length > 3, 'the sample city is ranked');

      // Drag the fourth criterion's slider ("Costo") most of the way right.
      const slider = await eventually(() => page.evaluate(() => window.rumbo.itemRect('prioritise.weight.3')));
      const y = slider.y + slider.height / 2;
      await page.mouse.move(slider.x + slider.width * 0.09, y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step += 1) {
        await page.mouse.move(slider.x + slider.width * (0.09 + 0.08 * step), y);
        await page.waitForTimeout(30);
      }
      await page.mouse.up();
      await settle(page);
      const weightsAfter = (await exported(page)).workspace.criteria.map((c) => c.weight);
      const sum = weightsAfter.reduce((a, b) => a + b, 0);
      assert.ok(weightsAfter[3] > 0.7, `the weight moved: ${weightsAfter[3]}`);
      assert.ok(Math.abs(sum - 1) < 1e-9, `the weights still sum to 100 %: ${sum}`);
      const after = await page.evaluate(() => window.rumbo.ranking());
      assert.notDeepEqual(after, before, 'the ranking changes');
      await saveScreenshot(page, 'flow-prioritise-weight-moved.png');

      // One undo step takes back the whole drag.
      await page.keyboard.press('Control+Z');
      assert.ok(await eventually(async () => {
        const weights = (await exported(page)).workspace.criteria.map((c) => c.weight);
        return weights.every((w, i) => Math.abs(w - weightsBefore[i]) < 1e-12);
      }), 'undo restores the weights');
      assert.deepEqual(await page.evaluate(() => window.rumbo.ranking()), before, 'and the ranking');
      assert.ok((await exported(page)).workspace.actions.some((a) => a.cost_per_year === 1234567),
        'the cost edit is still there');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('every screen, in Spanish, English and Portuguese', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 720 },
    });
    try {
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      const screens = await page.evaluate(() => window.rumbo.screens);
      assert.ok(screens.includes('home') && screens.includes('profile'), screens.join(','));
      for (const language of ['es', 'en', 'pt-BR']) {
        await page.evaluate((l) => window.rumbo.setLanguage(l), language);
        assert.equal(await page.evaluate(() => window.rumbo.language), language);
        for (const id of screens) {
          assert.ok(await page.evaluate((s) => window.rumbo.goto(s), id), id);
          await settle(page);
          assert.equal(await page.evaluate(() => window.rumbo.screen), id);
          await saveScreenshot(page, `screen-${id}-${language}.png`);
        }
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
  test('every screen in Portuguese at 1366×768, for a Brazilian browser', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1366, height: 768 }, locale: 'pt-BR',
    });
    try {
      await waitReady(page);
      assert.equal(await page.evaluate(() => window.rumbo.language), 'pt-BR');
      assert.equal(await page.evaluate(() => window.rumbo.locale), 'pt-BR');
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      for (const id of await page.evaluate(() => window.rumbo.screens)) {
        assert.ok(await page.evaluate((s) => window.rumbo.goto(s), id), id);
        await settle(page);
        await saveScreenshot(page, `screen-${id}-pt-BR-1366.png`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
