// National scale, as a federation of municipalities or a national agency
// would run rumbo-cli (a benchmark, not a test):
//   - the readiness index of 1,100 municipalities (about Colombia's 1,103)
//     on 60 indicators in 6 groups, with 10,000 uncertainty samples, from a
//     CSV as a statistics office publishes it (target ≤ 5 s);
//   - 1,100 strategies (workspace files) scored into one table (≤ 30 s).
// Wall time with process start, a Release rumbo-cli. Prints a table and adds
// it to build/bench.json under "cliNational", keeping what else is there.
//
//   node tests/bench/cli_national_bench.mjs RUMBO-CLI
//
// BENCH_CLI_RUNS sets the runs per case (default 3).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = process.argv[2];
if (!cli) {
  console.error('usage: node tests/bench/cli_national_bench.mjs RUMBO-CLI');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);
const UNITS = 1100, INDICATORS = 60, GROUPS = 6, SAMPLES = 10000, FILES = 1100;
const work = mkdtempSync(join(tmpdir(), 'rumbo-national-bench-'));

// Deterministic numbers (mulberry32): every run times the same inputs.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The index: a DANE-like table (five-digit codes with their leading zero,
// names with accents, decimal comma, ';', a few "ND" gaps) and its spec.
const next = random(1);
const names = ['Indicador', 'Índice', 'Tasa', 'Participación', 'Número', 'Proporción'];
const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
  name: `${names[i % names.length]} ${i + 1} (año base)`,
  group: `Dimensión ${1 + (i % GROUPS)}`,
  direction: i % 7 === 3 ? 'lower_is_better' : 'higher_is_better',
  weight: 1 + (i % 3),
}));
const header = ['Código', 'Nombre', ...indicators.map((i) => i.name)].join(';');
const rows = [header];
for (let u = 0; u < UNITS; u += 1) {
  const code = String(5001 + u * 7).padStart(5, '0');
  const cells = indicators.map(() => (next() < 0.02 ? 'ND' : (next() * 1000).toFixed(2).replace('.', ',')));
  rows.push([code, `Municipio ${u + 1} de Antioquía`, ...cells].join(';'));
}
const dataFile = join(work, 'municipios.csv');
const specFile = join(work, 'indicadores.json');
writeFileSync(dataFile, rows.join('\r\n') + '\r\n');
writeFileSync(specFile, JSON.stringify({
  indicators, normalisation: 'minmax', missing: 'exclude', uncertainty: { samples: SAMPLES, seed: 1 },
}));

// The strategies: the sample city, its name and a few figures changed per file.
const sample = JSON.parse(readFileSync(join(root, 'assets', 'samples', 'sample-city.rumbo.json'), 'utf8'));
const strategies = join(work, 'estrategias');
mkdirSync(strategies);
const files = [];
for (let f = 0; f < FILES; f += 1) {
  const copy = structuredClone(sample);
  copy.workspace.profile.name = `Municipio ${f + 1}`;
  copy.workspace.profile.population = 20000 + f * 97;
  for (const indicator of copy.workspace.indicators)
    if (Array.isArray(indicator.value) && indicator.value.length === 1)
      indicator.value[0] = Math.round(indicator.value[0] * (0.8 + 0.4 * next()) * 100) / 100;
  const file = join(strategies, `municipio-${String(f + 1).padStart(4, '0')}.rumbo.json`);
  writeFileSync(file, JSON.stringify(copy));
  files.push(file);
}

function timed(args) {
  const times = [];
  let last;
  for (let r = 0; r < RUNS; r += 1) {
    const start = process.hrtime.bigint();
    last = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, LANG: 'es_CO.UTF-8' } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (last.status !== 0) {
      console.error(last.stderr.slice(-2000));
      throw new Error(`${args[0]} exited with ${last.status}`);
    }
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1), last };
}

const index = timed(['index', dataFile, '--spec', specFile, '--format', 'csv', '-o', join(work, 'indice.csv')]);
const indexRows = readFileSync(join(work, 'indice.csv'), 'utf8').trim().split('\r\n').length - 1;
const score = timed(['score', ...files, '--format', 'csv', '-o', join(work, 'estrategias.csv')]);
const scoreRows = readFileSync(join(work, 'estrategias.csv'), 'utf8').trim().split('\r\n').length - 1;

const cases = [
  { case: `index: ${UNITS} municipalities × ${INDICATORS} indicators, ${SAMPLES} samples (CSV in, CSV out)`,
    ...index, target: 5000, rows: indexRows, input_bytes: readFileSync(dataFile).length },
  { case: `score: ${FILES} workspace files into one table`, ...score, target: 30000, rows: scoreRows },
];
console.log('\nrumbo-cli at national scale (Release, wall time with process start)');
console.log('| case | median ms | min–max ms | target ms | rows |');
console.log('| --- | --- | --- | --- | --- |');
for (const c of cases)
  console.log(`| ${c.case} | ${c.median.toFixed(0)} | ${c.min.toFixed(0)}–${c.max.toFixed(0)} | ${c.target} | ${c.rows} |`);
console.log(`load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);

const benchFile = join(process.env.RUMBO_BUILD ?? join(root, 'build'), 'bench.json');
const bench = existsSync(benchFile) ? JSON.parse(readFileSync(benchFile, 'utf8')) : {};
bench.cliNational = {
  cli, runsPerCase: RUNS, loadAverage: loadavg()[0],
  cases: cases.map(({ last, ...c }) => ({ ...c, met: c.median <= c.target })),
};
writeFileSync(benchFile, JSON.stringify(bench, null, 2));
console.log(`written: ${benchFile} (cliNational)`);
rmSync(work, { recursive: true, force: true });
