// The influence–interest map of the actors, driven with the real mouse: an
// actor dragged to another cell changes its influence and interest in one
// undo step, and the names on the map never cover one another.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, openPage, saveScreenshot, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const exported = async (page) => JSON.parse(await page.evaluate(() => window.rumbo.exportWorkspace()));
const settle = (page) => page.waitForTimeout(400);
const centre = (rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });

describe('actors map', () => {
  test('dragging an actor moves it one cell per step, and one Ctrl+Z puts it back', async () => {
    const { page, problems, close } = await openPage(env.browser, hosted.url, {
      viewport: { width: 1280, height: 720 },
    });
    const rectOf = (name) => eventually(() => page.evaluate((n) => window.rumbo.itemRect(n), name));
    try {
      await waitReady(page);
      assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
      assert.ok(await page.evaluate(() => window.rumbo.goto('actors')));
      await settle(page);
      const before = (await exported(page)).workspace.actors;
      // The actor with the least influence: there is room above it.
      const index = before.reduce((low, a, i) => (a.influence < before[low].influence ? i : low), 0);
      const actor = before[index];
      const point = await rectOf(`actors.point.${index}`);
      assert.ok(point, 'the actor is on the map');
      // One cell is the distance between two whole influence values; the
      // axis spans 0.5..5.5, so the plot's height holds five cells plus margins.
      const other = before.findIndex((a) => a.influence !== actor.influence);
      const otherRect = await rectOf(`actors.point.${other}`);
      const cell = Math.abs(centre(point).y - centre(otherRect).y) /
        Math.abs(actor.influence - before[other].influence);
      assert.ok(cell > 20, `a cell is ${cell} px high`);

      const from = centre(point);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++) await page.mouse.move(from.x, from.y - (2 * cell * k) / 10);
      await page.mouse.up();
      await settle(page);
      const moved = (await exported(page)).workspace.actors[index];
      assert.equal(moved.influence, actor.influence + 2, 'two cells up is two more influence');
      assert.equal(moved.interest, actor.interest, 'interest unchanged by a vertical drag');
      await saveScreenshot(page, 'actors-dragged.png');

      await page.keyboard.press('Control+Z');
      assert.ok(await eventually(async () =>
        (await exported(page)).workspace.actors[index].influence === actor.influence),
      'one undo step takes the whole drag back');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('names on the map never overlap, at 1280×720 and 1920×1080', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const { page, problems, close } = await openPage(env.browser, hosted.url, { viewport });
      try {
        await waitReady(page);
        assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
        assert.ok(await page.evaluate(() => window.rumbo.goto('actors')));
        await settle(page);
        const count = (await exported(page)).workspace.actors.length;
        const rects = [];
        for (let i = 0; i < count; i++) {
          const rect = await page.evaluate((n) => window.rumbo.itemRect(n), `actors.point.${i}`);
          assert.ok(rect, `actor ${i} is drawn`);
          rects.push(rect);
        }
        const names = [];
        for (let i = 0; i < count; i++) {
          const rect = await page.evaluate((n) => window.rumbo.itemRect(n), `actors.point.name.${i}`);
          if (rect) names.push({ i, rect });
        }
        // No two discs on top of each other; no name over another name or a disc.
        const overlap = (p, q) => p.x < q.x + q.width && q.x < p.x + p.width &&
          p.y < q.y + q.height && q.y < p.y + p.height;
        for (let a = 0; a < count; a++)
          for (let b = a + 1; b < count; b++) {
            const d = Math.hypot(centre(rects[a]).x - centre(rects[b]).x, centre(rects[a]).y - centre(rects[b]).y);
            assert.ok(d >= rects[a].width * 0.9, `actors ${a} and ${b} are ${d} px apart`);
          }
        for (const n of names) {
          for (const m of names) if (m !== n) assert.ok(!overlap(n.rect, m.rect), `names ${n.i} and ${m.i} overlap`);
          rects.forEach((disc, j) => assert.ok(!overlap(n.rect, disc), `name ${n.i} covers actor ${j}`));
        }
        // Most names fit; the rest are one hover away (and in the data table).
        assert.ok(names.length >= count * 0.6, `${names.length} of ${count} names shown at ${viewport.width}`);
        await saveScreenshot(page, `actors-map-${viewport.width}.png`);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    }
  });
});
