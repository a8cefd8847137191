// Undo and redo from the keyboard as each platform's users press them: Cmd
// on a Mac, Ctrl elsewhere.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, openPage, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');
const title = (page) => page.evaluate(() => JSON.parse(window.rumbo.exportWorkspace()).workspace.profile.title);

describe('keyboard shortcuts', () => {
  for (const [platform, modifier] of [['MacIntel', 'Meta'], ['Win32', 'Control']]) {
    test(`${platform}: ${modifier}+Z undoes and ${modifier}+Shift+Z redoes`, async () => {
      const init = `Object.defineProperty(Navigator.prototype, 'platform', { get: () => '${platform}' });`;
      const { page, problems, close } = await openPage(env.browser, hosted.url, { init });
      try {
        await waitReady(page);
        await page.evaluate(() => window.rumbo.loadSample());
        const original = await title(page);
        await page.evaluate(() => window.rumbo.setTitle('cambio'));
        await page.keyboard.press(`${modifier}+z`);
        assert.ok(await eventually(async () => (await title(page)) === original), 'undone');
        await page.keyboard.press(`${modifier}+Shift+z`);
        assert.ok(await eventually(async () => (await title(page)) === 'cambio'), 'redone');
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }
});
