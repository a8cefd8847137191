// rumbo-cli score FILES... agrees with rumbo-cli score WORKSPACE, file by file:
// the table's readiness, first actions and portfolio are the detailed
// command's, a broken file is skipped with its reason while the others go on,
// and the exit code says that something was skipped.
//   node tests/cli/score_table.mjs CLI

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = process.argv[2];
const sample = join(root, 'assets', 'samples', 'sample-city.rumbo.json');
const empty = join(root, 'assets', 'templates', 'empty.rumbo.json');
const broken = join(root, 'tests', 'data', 'broken', 'dangling-lead.rumbo.json');
const run = (args) =>
  spawnSync(cli, args, { env: { ...process.env, LANG: 'es_CO.UTF-8' }, encoding: 'utf8', maxBuffer: 1 << 26 });

const detail = run(['score', sample]);
assert.equal(detail.status, 0, detail.stderr);
const one = JSON.parse(detail.stdout);

const table = run(['score', sample, broken, empty, '--format', 'json']);
assert.equal(table.status, 1, 'a skipped file sets the exit code');
assert.match(table.stderr, /dangling-lead\.rumbo\.json: se omite: .*#999/);
assert.match(table.stderr, /Archivos omitidos: 1 de 3/);
assert.match(table.stderr, /3 de 3 archivos/);
const { strategies, skipped } = JSON.parse(table.stdout);
assert.deepEqual(strategies.map((s) => s.file), [sample, empty], 'the others go on, in order');
assert.deepEqual(skipped.map((s) => s.file), [broken]);

const [city, blank] = strategies;
assert.equal(city.territory, 'San Aurelio');
assert.equal(city.readiness.index, one.readiness.index[0]);
assert.equal(city.readiness.rank, one.readiness.ranks[0]);
assert.equal(city.readiness.units, one.readiness.units.length);
assert.deepEqual(city.readiness.rank_interval_5_95, one.readiness.rank_interval_5_95[0]);
assert.deepEqual(city.first_actions, one.ranking.actions.slice(0, 3).map((a) => a.title));
assert.equal(city.portfolio.status, one.portfolio.status);
assert.equal(city.portfolio.chosen, one.portfolio.chosen.length);
assert.equal(city.portfolio.cost, one.portfolio.cost_per_year.reduce((a, b) => a + b, 0));
assert.ok(city.portfolio.axes_covered <= city.portfolio.axes);
const lights = city.kpis;
assert.ok(lights.cycle.length > 0);
assert.ok(lights.green + lights.amber + lights.red + lights.none > 0);
// A new strategy has nothing to score yet: empty cells, never zeros.
assert.equal(blank.readiness, null);
assert.deepEqual(blank.first_actions, []);
assert.equal(blank.portfolio, null);
assert.equal(blank.kpis, null);

// The same table for Excel: ';', decimal comma, a header row, one row per file.
const csv = run(['score', sample, empty, '--format', 'csv']);
assert.equal(csv.status, 0, csv.stderr);
const lines = csv.stdout.replace(/^\uFEFF/, '').trim().split(/\r\n/);
assert.equal(lines.length, 3);
assert.ok(lines[0].startsWith('Archivo;Territorio;Estrategia;Índice de preparación;Puesto;'));
assert.ok(lines[1].includes(';San Aurelio;'));
assert.ok(lines[1].includes(';óptimo (demostrado);'));
console.log('score table: agrees with score WORKSPACE');
