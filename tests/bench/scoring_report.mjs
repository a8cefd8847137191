// Prints the scoring benchmark as a table (native and wasm side by side,
// against the targets) and adds it to build/bench.json under "scoring".
// Usage: node scoring_report.mjs NATIVE.json WASM.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [nativePath, wasmPath] = process.argv.slice(2);
const native = JSON.parse(readFileSync(nativePath, 'utf8')).cases;
const wasm = JSON.parse(readFileSync(wasmPath, 'utf8')).cases;
const MAX_RATIO = 1.5;

const rows = native.map((n, i) => {
  const w = wasm[i];
  const ratio = w.ms / n.ms;
  return {
    name: n.name, nativeMs: n.ms, wasmMs: w.ms, targetMs: n.target_ms, ratio,
    meetsTarget: w.ms <= n.target_ms, meetsRatio: ratio <= MAX_RATIO,
  };
});

const ms = (x) => x.toFixed(x < 1 ? 3 : 1).padStart(9);
console.log('\nScoring (median ms per run; targets apply to wasm)');
console.log(`${'case'.padEnd(48)}   native      wasm    target  wasm/native`);
for (const r of rows) {
  const flags = `${r.meetsTarget ? '' : ' OVER TARGET'}${r.meetsRatio ? '' : ` ratio > ${MAX_RATIO}`}`;
  console.log(`${r.name.padEnd(48)}${ms(r.nativeMs)} ${ms(r.wasmMs)} ${ms(r.targetMs)}  ${r.ratio.toFixed(2).padStart(6)}${flags}`);
}

const benchFile = join(process.env.RUMBO_BUILD ?? 'build', 'bench.json');
const bench = existsSync(benchFile) ? JSON.parse(readFileSync(benchFile, 'utf8')) : {};
bench.scoring = { maxRatio: MAX_RATIO, cases: rows };
writeFileSync(benchFile, JSON.stringify(bench, null, 2));
console.log(`\nwritten: ${benchFile} (scoring)`);
