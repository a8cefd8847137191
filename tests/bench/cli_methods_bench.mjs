// Wall time of rumbo-cli's method commands, process start included, on the
// sizes the scoring benchmark uses: a realistic 200-action portfolio (as the
// "Performance" paragraph of docs/scoring.md describes it) and rank
// acceptability with 10,000 samples on a 200 x 10 TOPSIS problem. Prints a
// table and adds it to build/bench.json under "cliMethods", keeping what the
// other benchmarks wrote there.
//
//   node tests/bench/cli_methods_bench.mjs RUMBO-CLI   (a Release build)
//
// BENCH_CLI_RUNS sets the runs per input (default 5).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';

const cli = process.argv[2];
if (!cli) {
  console.error('usage: node tests/bench/cli_methods_bench.mjs RUMBO-CLI');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const PORTFOLIO_INSTANCES = 5;
const work = mkdtempSync(join(tmpdir(), 'rumbo-cli-bench-'));

// Deterministic numbers (mulberry32), so every run times the same inputs.
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform: (low = 0, high = 1) => low + (high - low) * next(),
    below: (n) => Math.floor(next() * n),
  };
}

// 200 actions over 5 years, values uniform in [0, 1], costs 20-200 over 1-4
// consecutive years, each year's budget 35 % of what the actions would cost
// in it, staff capacity 40 %, 10 dependencies, 5 exclusive groups, minimums
// of 2-4 on 8 axes, one must-include and one must-exclude.
function portfolioProblem(seed) {
  const r = random(seed);
  const years = 5;
  const total = new Array(years).fill(0);
  let staff = 0;
  const actions = [];
  for (let a = 0; a < 200; ++a) {
    const cost = new Array(years).fill(0);
    const start = r.below(years);
    const length = 1 + r.below(4);
    for (let y = start; y < Math.min(years, start + length); ++y) total[y] += cost[y] = Math.round(r.uniform(20, 200));
    const action = { name: `Action ${a + 1}`, value: Number(r.uniform().toFixed(4)), cost,
      staff: Number(r.uniform(0.1, 2).toFixed(2)), axis: a % 8 };
    staff += action.staff;
    actions.push(action);
  }
  actions[0].decision = 'include';
  actions[1].decision = 'exclude';
  const dependencies = [];
  for (let d = 0; d < 10; ++d) {
    const prerequisite = 10 + r.below(90);
    dependencies.push({ action: prerequisite + 1 + r.below(199 - prerequisite), prerequisite });
  }
  const exclusive_groups = [];
  for (let g = 0; g < 5; ++g) exclusive_groups.push([100 + 3 * g, 101 + 3 * g, 102 + 3 * g]);
  return {
    format: 'rumbo-portfolio', version: 1,
    budget: total.map((t) => Math.round(0.35 * t)),
    staff_capacity: Number((0.4 * staff).toFixed(2)),
    axis_minimum: Array.from({ length: 8 }, () => 2 + r.below(3)),
    actions, dependencies, exclusive_groups,
  };
}

// 200 alternatives x 10 criteria (values 1-100, three cost criteria), TOPSIS,
// 10,000 samples of the weights around the given ones.
function acceptabilityProblem() {
  const r = random(7);
  return {
    method: 'topsis',
    alternatives: Array.from({ length: 200 }, (_, a) => `Action ${a + 1}`),
    criteria: Array.from({ length: 10 }, (_, c) => ({
      name: `Criterion ${c + 1}`, direction: c < 3 ? 'cost' : 'benefit', weight: Number(r.uniform(1, 10).toFixed(2)),
    })),
    matrix: Array.from({ length: 200 }, () => Array.from({ length: 10 }, () => Number(r.uniform(1, 100).toFixed(2)))),
    acceptability: { samples: 10000, seed: 1 },
  };
}

function timeRun(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(name, inputs, check) {
  const times = [];
  const notes = new Set();
  for (const args of inputs) {
    timeRun(args); // warm the file cache
    for (let i = 0; i < RUNS; ++i) {
      const { ms, stdout } = timeRun(args);
      times.push(ms);
      if (check) notes.add(check(JSON.parse(stdout)));
    }
  }
  return { name, runs: times.length, medianMs: median(times), minMs: Math.min(...times),
    maxMs: Math.max(...times), times, notes: [...notes].filter(Boolean) };
}

const files = [];
for (let seed = 1; seed <= PORTFOLIO_INSTANCES; ++seed) {
  const file = join(work, `portfolio-${seed}.json`);
  writeFileSync(file, JSON.stringify(portfolioProblem(seed)));
  files.push(file);
}
const acceptabilityFile = join(work, 'acceptability.json');
writeFileSync(acceptabilityFile, JSON.stringify(acceptabilityProblem()));

// What each answer says about its search: proven or stopped, and its size.
const portfolioNote = (answer) =>
  `${answer.status}${answer.stopped_by ? ` by ${answer.stopped_by}` : ''}, ${answer.nodes} nodes`;
const instances = files.map((f, i) =>
  measure(`portfolio, 200 actions, instance ${i + 1}`, [['portfolio', f]], portfolioNote));
const all = instances.flatMap((row) => row.times);
const rows = [
  measure('process start (rumbo-cli --version)', [['--version']]),
  ...instances,
  { name: `portfolio, 200 actions, all ${PORTFOLIO_INSTANCES} instances`, runs: all.length,
    medianMs: median(all), minMs: Math.min(...all), maxMs: Math.max(...all), times: all, notes: [] },
  measure('sensitivity, acceptability 10k samples, 200x10 TOPSIS', [['sensitivity', acceptabilityFile]],
    (answer) => `${answer.acceptability.counted} samples counted`),
];
rmSync(work, { recursive: true, force: true });

const ms = (x) => x.toFixed(1).padStart(9);
console.log(`\nrumbo-cli method commands (Release; wall ms per run, process start included; ${RUNS} runs per input)`);
console.log(`${'case'.padEnd(56)}   median       min       max  runs`);
for (const row of rows) {
  console.log(`${row.name.padEnd(56)}${ms(row.medianMs)} ${ms(row.minMs)} ${ms(row.maxMs)}  ${String(row.runs).padStart(4)}` +
    (row.notes.length ? `  (${row.notes.join('; ')})` : ''));
}
console.log(`load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);

const benchFile = join(process.env.RUMBO_BUILD ?? 'build', 'bench.json');
const bench = existsSync(benchFile) ? JSON.parse(readFileSync(benchFile, 'utf8')) : {};
bench.cliMethods = { cli, runsPerInput: RUNS, loadAverage: loadavg()[0], cases: rows };
writeFileSync(benchFile, JSON.stringify(bench, null, 2));
console.log(`written: ${benchFile} (cliMethods)`);
