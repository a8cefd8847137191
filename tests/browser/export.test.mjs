// Until the browser keeps workspaces (issue 6), a file is how an official
// keeps a strategy: "Exportar" downloads it, made in the page, and the file
// opens again as it was.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventually, launch, openPage, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());

describe('export', () => {
  for (const target of env.targets) {
    test(`${target.name}: "Exportar" downloads the workspace as NAME.rumbo.json, which opens again`, async () => {
      const { page, problems, close } = await openPage(env.browser, target.url, {
        viewport: { width: 1280, height: 720 },
      });
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      try {
        await waitReady(page);
        assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
        const rect = await eventually(() => page.evaluate(() => window.rumbo.itemRect('app.export')));
        assert.ok(rect, 'the export button is on screen');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2),
        ]);
        assert.equal(download.suggestedFilename(), 'San-Aurelio-ejemplo.rumbo.json');
        const text = readFileSync(await download.path(), 'utf8');
        assert.equal(text, await page.evaluate(() => window.rumbo.exportWorkspace()));
        assert.equal(JSON.parse(text).workspace.profile.name, 'San Aurelio');

        const opened = await page.evaluate((t) => window.rumbo.importWorkspace(t, 'Copia'), text);
        assert.deepEqual(opened, { ok: true, error: '' });
        assert.equal(await page.evaluate(() => window.rumbo.exportWorkspace()), text);
        const origin = new URL(target.url).origin;
        assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') &&
          !url.startsWith('data:') && !url.startsWith('file:')), [], 'nothing leaves the page');
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }
});
