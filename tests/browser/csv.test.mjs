// CSV in and out, as an official uses it: a spreadsheet saved by Excel in
// Spanish (byte-order mark, semicolons, decimal comma, one bad row) opens in
// the import dialog, which names the bad row; "Importar" sets the values in
// one undo step, Ctrl+Z takes them back; each screen's "Exportar CSV"
// downloads its table. The dialog is photographed in both languages.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  clickItem as click, eventually, launch, openPage, rectOf, saveScreenshot, settle, waitReady,
} from './harness.mjs';

const env = await launch();
after(() => env.close());
const hosted = env.targets.find((t) => t.name === 'hosted');

const exported = async (page) => JSON.parse(await page.evaluate(() => window.rumbo.exportWorkspace())).workspace;

// The sample city open at 1280×720; `check(page)` runs on it, and nothing
// may have gone wrong on the page meanwhile.
const withSample = async (check) => {
  const { page, problems, close } = await openPage(env.browser, hosted.url, {
    viewport: { width: 1280, height: 720 },
  });
  try {
    await waitReady(page);
    assert.ok(await page.evaluate(() => window.rumbo.loadSample()));
    await settle(page);
    await check(page);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
};

const SPREADSHEET = '\uFEFF' +
  'Indicador;Ciudad;Valor;Año;Fuente\r\n' +
  'Camas hoteleras;San Aurelio;7,4;2025;Registro Nacional de Turismo 2025\r\n' +
  'CAMAS HOTELERAS;Altoverde;8,1;;\r\n' +
  'Visitantes extranjeros;San Aurelio;abc;2025;\r\n' +
  'Vuelos internacionales directos;Loma Dorada;1.234,5;;\r\n';

const indicator = (ws, name) => ws.indicators.find((i) => i.name.es === name);
const peerValue = (ws, peer, name) => {
  const id = indicator(ws, name).id;
  return ws.peers.find((p) => p.name === peer).values.find((v) => v.indicator === id)?.value;
};

describe('csv', () => {
  test('a Spanish spreadsheet imports in one undo step; the bad row is named and left out', () =>
    withSample(async (page) => {
      const before = await exported(page);

      const said = await page.evaluate((text) => window.rumbo.openCsvImport(text, 'indicadores 2025.csv'),
        SPREADSHEET);
      assert.equal(said, 'fila 4: «abc» no es un número.\nImportar 3 valores\n');
      assert.equal(await page.evaluate(() => window.rumbo.screen), 'readiness');
      await rectOf(page, 'csv_import.problems');
      await rectOf(page, 'csv_import.confirm');
      await settle(page);
      await saveScreenshot(page, 'csv-import-es.png');
      await page.evaluate(() => window.rumbo.setLanguage('en'));
      await settle(page);
      await saveScreenshot(page, 'csv-import-en.png');
      await page.evaluate(() => window.rumbo.setLanguage('es'));
      await settle(page);
      assert.deepEqual(await exported(page), before, 'nothing changes before "Importar"');

      await click(page, 'csv_import.confirm');
      const after = await exported(page);
      const beds = indicator(after, 'Camas hoteleras');
      assert.deepEqual(beds.value, [7.4]);
      assert.equal(beds.year, 2025);
      assert.equal(beds.source, 'Registro Nacional de Turismo 2025');
      assert.equal(peerValue(after, 'Altoverde', 'Camas hoteleras'), 8.1);
      assert.equal(peerValue(after, 'Loma Dorada', 'Vuelos internacionales directos'), 1234.5);
      assert.deepEqual(indicator(after, 'Visitantes extranjeros'), indicator(before, 'Visitantes extranjeros'));
      assert.equal(await page.evaluate(() => window.rumbo.itemRect('csv_import.confirm')), null, 'the dialog closed');

      await page.keyboard.press('Control+Z');
      await settle(page);
      assert.deepEqual(await exported(page), before, 'one Ctrl+Z takes the whole import back');
    }));

  test('Excel\'s "CSV (delimitado por comas)" in Windows-1252 imports, and the dialog says how it was read', () =>
    withSample(async (page) => {
      // The bytes Excel on Windows writes: ñ and ó as Latin-1, “ ” and € in
      // code page 1252's own places (0x93, 0x94, 0x80); no byte-order mark.
      const cp1252 = { '“': 0x93, '”': 0x94, '€': 0x80 };
      const text = 'Indicador;Ciudad;Valor;Año;Fuente\r\n' +
        'Camas hoteleras;San Aurelio;7,4;2025;“Registro Nacional de Turismo” (€ 0)\r\n' +
        'Camas hoteleras;Altoverde;8,1;;Cámara de Comercio\r\n';
      const bytes = [...text].map((c) => cp1252[c] ?? c.charCodeAt(0));
      assert.ok(bytes.every((b) => b < 256) && bytes.some((b) => b >= 0x80));
      const said = await page.evaluate((b) => window.rumbo.openCsvImport(new Uint8Array(b), 'camas.csv'), bytes);
      assert.match(said, /^Leído como Windows-1252 \(el «CSV» que guarda Excel en Windows\)/);
      assert.match(said, /Importar 2 valores\n$/);
      await rectOf(page, 'csv_import.encoding');
      await settle(page);
      await saveScreenshot(page, 'csv-import-windows-1252-es.png');
      await click(page, 'csv_import.confirm');
      const beds = indicator(await exported(page), 'Camas hoteleras');
      assert.deepEqual(beds.value, [7.4]);
      assert.equal(beds.source, '“Registro Nacional de Turismo” (€ 0)', 'accents and quotes arrive whole');
    }));

  test('a file that is not CSV text is refused in words and changes nothing', () =>
    withSample(async (page) => {
      const before = await exported(page);
      const said = await page.evaluate(() => window.rumbo.openCsvImport('PK\u0003\u0004\u0000\u0000xl/workbook.xml',
        'indicadores.xlsx'));
      assert.match(said, /^El archivo no es texto CSV/);
      await rectOf(page, 'csv_import.problems');
      await settle(page);
      await saveScreenshot(page, 'csv-import-refused-es.png');
      await click(page, 'csv_import.cancel');
      assert.deepEqual(await exported(page), before);
    }));

  test('"Exportar CSV" on each screen downloads its table for a spreadsheet', () =>
    withSample(async (page) => {
      await eventually(async () => !(await page.evaluate(() => window.rumbo.scoringBusy)), { timeout: 30_000 });
      const screens = [
        ['readiness', 'Indicadores', 'Id;Dimensión;Indicador;Unidad;Dirección;Tipo;San Aurelio;'],
        ['actions', 'Acciones', 'Título;Descripción;Eje temático;'],
        ['prioritise', 'Priorización', 'Puesto;Acción;Puntuación (más es mejor);Método\r\n1;'],
        ['portfolio', 'Portafolio', 'Acción;Eje temático;Costo 2026 (COP);'],
      ];
      for (const [screen, what, start] of screens) {
        assert.ok(await page.evaluate((s) => window.rumbo.goto(s), screen));
        await settle(page);
        const rect = await rectOf(page, `${screen}.export_csv`);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2),
        ]);
        assert.equal(download.suggestedFilename(), `San Aurelio (ejemplo) - ${what}.csv`);
        const bytes = readFileSync(await download.path());
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark, for Excel');
        const text = bytes.subarray(3).toString('utf8');
        assert.ok(text.startsWith(start), `${what}: ${text.slice(0, 120)}`);
      }
    }));
});
