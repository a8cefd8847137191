// Objectives are numbered in the order the official gives them: the arrows
// beside each one move it, each click one undo step.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, openPage, saveScreenshot, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const titles = async (page) =>
  JSON.parse(await page.evaluate(() => window.rumbo.exportWorkspace())).workspace.objectives.map((o) => o.title);

describe('objectives', () => {
  test('the arrows reorder objectives, and Ctrl+Z undoes one move at a time', async () => {
    // Tall enough for the first three objectives and their indicators.
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 1400 },
    });
    const click = async (name) => {
      const rect = await eventually(() => page.evaluate((n) => window.rumbo.itemRect(n), name));
      assert.ok(rect, `${name} is on screen`);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await page.waitForTimeout(300);
    };
    try {
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      assert.ok(await page.evaluate(() => window.rumbo.goto('objectives')));
      await page.waitForTimeout(400);
      const before = await titles(page);
      assert.ok(before.length >= 3, 'the sample has objectives to reorder');

      await click('objectives.move_down.0'); // the first goes second
      assert.deepEqual(await titles(page), [before[1], before[0], ...before.slice(2)]);
      await click('objectives.move_up.2'); // the third goes second
      assert.deepEqual(await titles(page), [before[1], before[2], before[0], ...before.slice(3)]);
      await saveScreenshot(page, 'objectives-reordered.png');

      await page.keyboard.press('Control+Z');
      assert.ok(await eventually(async () =>
        JSON.stringify(await titles(page)) === JSON.stringify([before[1], before[0], ...before.slice(2)])),
      'one undo takes back only the last move');
      await page.keyboard.press('Control+Z');
      assert.ok(await eventually(async () => JSON.stringify(await titles(page)) === JSON.stringify(before)));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
