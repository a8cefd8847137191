// rumbo-cli against hostile files: wrong-typed values in valid files,
// truncated, deeply nested, oversized and binary-garbage files, for every
// command that reads a file. Each run must exit 1 with a message on stderr that
// says where the problem is, and must never abort, crash or hang.
//
//   node tests/cli/hostile_files.mjs CLI [CLI...]
//
// Prints one line per failing case and a count per command; exits 1 if any
// case failed. Cases are made from the repository's own valid files, so a
// new field in the sample city is covered without touching this script.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const clis = process.argv.slice(2);
if (clis.length === 0) {
  console.error('usage: node tests/cli/hostile_files.mjs CLI [CLI...]');
  process.exit(2);
}

const TIMEOUT_MS = 30000;
const MiB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'rumbo-hostile-'));

// Deterministic bytes (xorshift32), so a failure reproduces.
function garbage(size, seed) {
  const bytes = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; ++i) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

// Every value of a JSON document with its path, visiting only the first
// element of each list: the elements of a list share one shape, and one of
// each shape is what the loader's code paths need.
function* shapes(value, path = []) {
  yield path;
  if (Array.isArray(value)) {
    if (value.length > 0) yield* shapes(value[0], [...path, 0]);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) yield* shapes(value[key], [...path, key]);
  }
}

function replaced(document, path, replacement) {
  const copy = structuredClone(document);
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step];
  parent[path[path.length - 1]] = replacement;
  return copy;
}

function valueAt(document, path) {
  return path.reduce((value, step) => value[step], document);
}

// What a value of the wrong type is replaced with: an object where a scalar
// or list belongs, nested lists where text belongs, text where a number,
// list or object belongs. `null` is a valid "absent" for optional fields.
function wrongValues(value) {
  if (Array.isArray(value)) return ['a text', { unexpected: [1, 2, 3] }];
  if (value !== null && typeof value === 'object') return [7, [[[[null]]]]];
  if (typeof value === 'string') return [{ unexpected: [1, 2, 3] }, [[[[null]]]]];
  if (typeof value === 'number') return [{ unexpected: [1, 2, 3] }, 'doce'];
  if (typeof value === 'boolean') return ['sí', [1]];
  return [];
}

// The words a message must hold to say where: the nearest named field (or
// its position in a list), as the CLI writes paths ("criteria[2].weight",
// "workspace.actions[0].risk").
function whereWords(path) {
  // The fields that say what the file is: without them it is not a Rumbo
  // file, and saying so is the answer.
  if (path.join('.') === 'header' || path.join('.') === 'header.format')
    return ['No es un archivo de estrategia de Rumbo'];
  for (let i = path.length - 1; i >= 0; --i)
    if (typeof path[i] === 'string') return [path[i]];
  return [];
}

const cases = [];
let fileCount = 0;
function addCase(command, bytes, expect) {
  const file = join(work, `case-${fileCount++}${command.ext}`);
  writeFileSync(file, bytes);
  cases.push({ command, file, ...expect });
}

// The commands and a valid input of each; the cases are derived from these.
const scoring = join(root, 'tests', 'data', 'scoring');
const sample = join(root, 'assets', 'samples', 'sample-city.rumbo.json');
const commands = [
  { name: 'validate', args: (f) => ['validate', f], valid: sample, ext: '.rumbo.json' },
  { name: 'score', args: (f) => ['score', f], valid: sample, ext: '.rumbo.json', typeCases: false },
  { name: 'info', args: (f) => ['info', f], valid: sample, ext: '.rumbo.json', typeCases: false },
  { name: 'rank', args: (f) => ['rank', f], valid: join(scoring, 'topsis-hwang-yoon.json'), ext: '.json' },
  { name: 'index', args: (f) => ['index', f], valid: join(scoring, 'index-three-cities.json'), ext: '.json' },
  { name: 'ahp', args: (f) => ['ahp', f], valid: join(scoring, 'ahp-three-criteria.json'), ext: '.json' },
];
// The index of many units from a CSV: the data file hostile (no wrong types
// in CSV; a cut CSV may still be a valid, shorter table), and its spec.
const excelCsv = join(scoring, 'index-municipios-excel.csv');
const indexSpec = join(scoring, 'index-municipios.json');
commands.push(
  { name: 'index DATA.csv', args: (f) => ['index', f, '--spec', indexSpec], valid: excelCsv, ext: '.csv',
    typeCases: false, text: 'latin1', truncatedMayPass: true },
  { name: 'index --spec', args: (f) => ['index', excelCsv, '--spec', f], valid: indexSpec, ext: '.json' },
);
// Inputs of newer commands, where their example files exist.
for (const [name, file] of [
  ['portfolio', 'portfolio-california.json'],
  ['group', 'group-scores.json'],
  ['sensitivity', 'sensitivity-wsm.json'],
  ['weights', 'weights-roc.json'],
]) {
  if (readdirSync(scoring).includes(file))
    commands.push({ name, args: (f) => [name, f], valid: join(scoring, file), ext: '.json' });
}

for (const command of commands) {
  const text = readFileSync(command.valid, command.text ?? 'utf8');
  const document = command.typeCases === false ? null : JSON.parse(text);
  // Wrong types: every field's shape, each of its wrong kinds.
  if (command.typeCases !== false) {
    for (const path of shapes(document)) {
      if (path.length === 0) continue;
      for (const wrong of wrongValues(valueAt(document, path)))
        addCase(command, JSON.stringify(replaced(document, path, wrong), null, 1), {
          kind: `wrong type at ${path.join('.')}: ${JSON.stringify(wrong)}`,
          where: whereWords(path),
          // Some replacements are valid (a number where text may be any
          // word is refused, but an optional field may take null...): the
          // rule is only "never abort, and a refusal says where".
          mayPass: true,
        });
    }
  }
  // Truncated at 20 points: a syntax error with its line and column.
  for (let i = 1; i <= 20; ++i) {
    const cut = Math.floor((text.length * i) / 21);
    addCase(command, Buffer.from(text.slice(0, cut), command.text ?? 'utf8'), {
      kind: `truncated at ${cut}`, where: command.truncatedMayPass ? [] : ['l[ií]nea|line'],
      mayPass: command.truncatedMayPass,
    });
  }
  // Deep nesting, far beyond any limit.
  // Deep nesting, far beyond any limit: refused for its depth or, where a
  // command reads it whole, for what is missing at its top.
  addCase(command, '['.repeat(200000), { kind: '200,000 nested lists', where: [] });
  addCase(command, '{"a":'.repeat(100000) + '1' + '}'.repeat(100000), {
    kind: '100,000 nested objects', where: [],
  });
  // Larger than any file may be (16 MiB): refused by its size.
  addCase(command, Buffer.concat([Buffer.from(text, command.text ?? 'utf8'), Buffer.alloc(17 * MiB, 0x20)]), {
    kind: '17 MiB', where: ['MiB|KiB|MB|16'],
  });
  // Binary garbage, with and without a JSON-looking start.
  addCase(command, garbage(4096, 1), { kind: '4 KiB of garbage', where: [] });
  addCase(command, garbage(MiB, 2), { kind: '1 MiB of garbage', where: [] });
  addCase(command, Buffer.concat([Buffer.from('{"header": '), garbage(2048, 3)]), {
    kind: 'JSON start, then garbage', where: command.ext === '.csv' ? [] : ['l[ií]nea|line|UTF-8'],
  });
}

// Binary workspaces: flipped bytes and truncations of a valid binary file.
const binary = readFileSync(join(root, 'tests', 'data', 'golden', 'v2', 'fixture.rumbo.bin'));
const validateBinary = { ...commands[0], ext: '.rumbo.bin' };
for (let i = 0; i < 20; ++i) {
  const flipped = Buffer.from(binary);
  const at = Math.floor((binary.length * (i + 0.5)) / 20);
  flipped[at] ^= 0x5a;
  addCase(validateBinary, flipped, { kind: `binary with byte ${at} changed`, where: [] });
  addCase(validateBinary, binary.subarray(0, at), { kind: `binary cut at ${at}`, where: [] });
}

function run(cli, c) {
  return new Promise((resolve) => {
    const child = spawn(cli, c.command.args(c.file), {
      env: { ...process.env, LANG: 'es_CO.UTF-8' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 65536) stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

function problem(c, result) {
  if (result.signal === 'SIGKILL') return `hung (killed after ${TIMEOUT_MS / 1000} s)`;
  if (result.signal) return `died of ${result.signal}`;
  if (/Assertion|AddressSanitizer|runtime error|terminate called|Aborted/.test(result.stderr))
    return 'aborted or a sanitizer spoke';
  if (result.code === 0 && c.mayPass) return null;
  if (result.code !== 1) return `exit ${result.code}, expected 1`;
  if (result.stderr.trim() === '') return 'no message';
  for (const words of c.where)
    if (!new RegExp(words, 'i').test(result.stderr)) return `the message does not say where (${words})`;
  return null;
}

let failures = 0;
for (const cli of clis) {
  const counts = new Map();
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const result = await run(cli, c);
      const why = problem(c, result);
      const count = counts.get(c.command.name) ?? { runs: 0, refused: 0, failed: 0 };
      count.runs += 1;
      if (result.code === 1) count.refused += 1;
      if (why) {
        count.failed += 1;
        failures += 1;
        console.log(`FAIL ${cli} ${c.command.name} (${c.kind}): ${why}\n  ${result.stderr.trim().slice(0, 300)}`);
      }
      counts.set(c.command.name, count);
    }
  };
  await Promise.all([worker(), worker()]);
  for (const [name, count] of counts)
    console.log(`${cli} ${name}: ${count.runs} files, ${count.refused} refused with exit 1, ${count.failed} failed`);
}
rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? 'hostile files: all handled' : `hostile files: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
