// Keyboard alone: an official who does not use the mouse moves with Tab
// through the top bar, the steps and the screen's fields, opens a step with
// Enter, and types into a field.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, launch, openPage, saveScreenshot, settle, waitReady } from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const profile = (page) =>
  page.evaluate(() => JSON.parse(window.rumbo.exportWorkspace()).workspace.profile);
// A field being edited has the page's text input focused (web/shell.js).
const editing = (page) => page.evaluate(() => document.activeElement?.id === 'text-proxy');

async function press(page, key) {
  await page.keyboard.press(key);
  await page.waitForTimeout(120);
}

test('Tab reaches the steps and the fields, Enter opens a step, typing edits a field', async () => {
  const { page, problems, close } = await openPage(env.browser, hosted.url);
  try {
    await waitReady(page);
    await page.evaluate(() => window.rumbo.loadSample());
    await page.evaluate(() => window.rumbo.goto('profile'));
    await settle(page);

    // Through the top bar and the eleven steps to the screen's first field.
    let tabs = 0;
    while (!(await editing(page)) && tabs < 40) {
      await press(page, 'Tab');
      ++tabs;
    }
    assert.ok(await editing(page), 'Tab reached a text field');
    assert.ok(tabs > 11, `the steps come before the screen's fields (${tabs} presses)`);
    await saveScreenshot(page, 'keyboard-first-field.png');

    // The field's text is selected when Tab reaches it: typing replaces it.
    const before = await profile(page);
    await page.keyboard.type('Estrategia de San Aurelio, escrita con el teclado');
    await press(page, 'Tab');
    assert.ok(
      await eventually(
        async () => (await profile(page)).title === 'Estrategia de San Aurelio, escrita con el teclado'),
      'the strategy name was typed');
    assert.ok(await editing(page), 'Tab went on to the next field');
    assert.equal((await profile(page)).name, before.name, 'the next field is unchanged');

    // Back: Escape leaves the field; Shift+Tab twice passes the name field
    // and lands on the last step, which Enter opens.
    await press(page, 'Escape');
    await press(page, 'Shift+Tab');
    await press(page, 'Shift+Tab');
    await press(page, 'Enter');
    assert.ok(await eventually(async () => (await page.evaluate(() => window.rumbo.screen)) === 'monitoring'),
      'Enter on the last step opened Seguimiento');
    await saveScreenshot(page, 'keyboard-step-opened.png');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
