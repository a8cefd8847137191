// Measures what a user waits for and downloads: the size of every file in
// dist/ (raw and gzip), the time from navigation to the first drawn frame in
// headless Chromium for both pages, and how many frames an idle page draws.
// Prints a table and writes build/bench.json. Run through scripts/bench.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD, DIST, launch, openPage, waitReady } from '../browser/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sizes = files(DIST).map((path) => {
  const data = readFileSync(path);
  return { file: relative(DIST, path), bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
});

const env = await launch();
const startup = [];
let idleFrames = null;
try {
  for (const target of env.targets) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, close } = await openPage(env.browser, target.url);
      await waitReady(page);
      times.push(await page.evaluate(() => window.rumbo.firstFrameMs));
      if (target.name === 'hosted' && i === 0) {
        await page.waitForTimeout(3000); // past the frames drawn after the last input
        const before = await page.evaluate(() => window.rumbo.frames);
        await page.waitForTimeout(5000);
        idleFrames = ((await page.evaluate(() => window.rumbo.frames)) - before) / 5;
      }
      await close();
    }
    startup.push({ page: target.name, runs: RUNS, medianMs: median(times), minMs: Math.min(...times),
      maxMs: Math.max(...times) });
  }
} finally {
  await env.close();
}

const kb = (n) => (n / 1024).toFixed(1).padStart(9);
console.log('\nFile                               raw KiB  gzip KiB');
for (const s of sizes) console.log(`${s.file.padEnd(32)}${kb(s.bytes)}${kb(s.gzipBytes)}`);
const hostedFirstLoad = sizes.filter((s) => !s.file.startsWith('licenses/') && s.file !== 'rumbo.html');
console.log(`${'= first visit, hosted'.padEnd(32)}${kb(hostedFirstLoad.reduce((a, s) => a + s.bytes, 0))}${kb(hostedFirstLoad.reduce((a, s) => a + s.gzipBytes, 0))}`);
console.log('\nTime to first frame (headless Chromium, SwiftShader WebGL2)');
for (const s of startup) console.log(`${s.page.padEnd(14)} median ${s.medianMs} ms  (min ${s.minMs}, max ${s.maxMs}, ${s.runs} runs)`);
console.log(`\nFrames drawn per second by an idle page: ${idleFrames}`);

mkdirSync(BUILD, { recursive: true });
writeFileSync(join(BUILD, 'bench.json'), JSON.stringify({
  date: new Date().toISOString(), sizes, startup, idleFramesPerSecond: idleFrames,
}, null, 2) + '\n');
console.log('\nwritten: build/bench.json');
