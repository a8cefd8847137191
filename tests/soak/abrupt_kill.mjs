// Abrupt closes, the hard way (issue 18): the whole browser is killed with
// SIGKILL at a random moment after an edit, often in the middle of a save, as
// a task-manager kill or a crash of the browser would, and started again on
// the same profile. After each restart the workspace must open with the last
// edit or the one before it, never older, never damaged.
//
// Not part of scripts/test (it takes a while): scripts/soak runs it.
//   TRIALS=100 node tests/soak/abrupt_kill.mjs     (per page; default 100)
//   PAGES=hosted,single-file                         (which pages; default both)
// Writes every trial to build/soak/abrupt_kill.json and keeps the browser
// profiles in build/soak/ for a look afterwards; exits 1 if any trial opened
// an older state, a damaged copy, or nothing.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, CHROMIUM_ARGS, eventually, serveTargets } from '../browser/harness.mjs';

const TRIALS = Number(process.env.TRIALS || 100);
const PAGES = (process.env.PAGES || 'hosted,single-file').split(',');
// The kill comes this long after the edit, at most: the app saves 300 ms
// after the last change (ui/storage.cpp), so kills land before, during and
// after the save.
const MAX_WAIT_MS = 1500;
const SOAK = join(BUILD, 'soak');

if (!Number.isInteger(TRIALS) || TRIALS < 1) throw new Error(`TRIALS must be a positive number, not ${process.env.TRIALS}`);

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const title = (page) => page.evaluate(() => JSON.parse(window.rumbo.exportWorkspace() || '{}').workspace?.profile?.title);

// Every IndexedDB write transaction of the page, counted while it is open
// (from its start until the page hears it committed or aborted): whether the
// kill came in the middle of one. It only watches; the page works as usual.
function watchWrites() {
  const soak = { writesOpen: 0, writesStarted: 0 };
  window.rumboSoak = soak;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    if (args[1] === 'readwrite') {
      soak.writesOpen += 1;
      soak.writesStarted += 1;
      const end = () => { soak.writesOpen -= 1; };
      tx.addEventListener('complete', end);
      tx.addEventListener('abort', end);
    }
    return tx;
  };
}

// The browser's main process: Chromium writes "<host>-<pid>" into the
// profile's SingletonLock. playwright-core starts it as the leader of its own
// process group (every renderer, the GPU and the storage service are in it),
// which is what the kill takes down.
function browserPid(profile) {
  const pid = Number(readlinkSync(join(profile, 'SingletonLock')).split('-').pop());
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  if (!cmdline.includes(`--user-data-dir=${profile}`)) throw new Error(`process ${pid} is not the browser of ${profile}`);
  const group = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[2]);
  if (group !== pid) throw new Error(`browser ${pid} leads no process group (group ${group})`);
  return pid;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    if (e.code === 'ESRCH') return false;
    throw e;
  }
}

// Starts Chromium on `profile` and opens `url` in it; the app is ready and
// has opened whatever it restored (or nothing, after `timeout`).
async function start(profile, url) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 }, locale: 'es-CO',
  });
  const pid = browserPid(profile);
  await context.addInitScript(watchWrites);
  const page = context.pages()[0] || (await context.newPage());
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(url);
  const ready = await eventually(() => page.evaluate(() => (window.rumbo && window.rumbo.ready) ||
    !document.getElementById('failure').hidden), { timeout: 90_000 });
  const failure = await page.evaluate(() => (document.getElementById('failure').hidden ? '' :
    document.getElementById('failure').innerText.trim()));
  return { context, page, pid, problems, ready: Boolean(ready) && !failure, failure };
}

// SIGKILL to the whole browser, then waits until none of its processes is left.
async function kill(session) {
  const closed = new Promise((done) => session.context.once('close', done));
  process.kill(-session.pid, 'SIGKILL');
  const gone = await eventually(() => !groupAlive(session.pid), { timeout: 15_000, every: 20 });
  if (!gone) throw new Error(`browser ${session.pid}: processes left 15 s after SIGKILL`);
  await Promise.race([closed, sleep(5_000)]);
}

// What the page opened with after a restart.
async function inspect(session) {
  if (!session.ready) return { title: null, notices: [], workspaces: 0, why: session.failure || 'the app never became ready' };
  const { page } = session;
  const opened = await eventually(() => title(page), { timeout: 30_000 });
  const notices = await page.evaluate(() => window.rumbo.notices);
  const workspaces = await page.evaluate(() => window.rumbo.listWorkspaces().length);
  return { title: opened || null, notices, workspaces, why: opened ? '' : 'no workspace opened' };
}

// One run of `trials` kills on one page, each on the same profile.
async function soak(target, trials) {
  const profile = join(SOAK, `${target.name}-profile`);
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const records = [];

  // The starting point: the sample city, saved, in a browser left running.
  let session = await start(profile, target.url);
  if (!session.ready) throw new Error(`${target.name}: the app did not start (${session.failure})`);
  await session.page.evaluate(() => window.rumbo.loadSample());
  await session.page.evaluate(() => window.rumbo.setTitle('estado 0'));
  await session.page.evaluate(() => window.rumbo.flushSave());
  if (!(await eventually(() => session.page.evaluate(() => window.rumbo.saveState === 'saved'))))
    throw new Error(`${target.name}: the starting workspace was never saved`);
  let before = 'estado 0'; // what the running browser opened with

  for (let trial = 1; trial <= trials; trial += 1) {
    const started = Date.now();
    const edit = `estado ${trial}`;
    const { page } = session;
    // Idle and saved before the edit, as a user who just opened it.
    const idle = await eventually(() => page.evaluate(() => window.rumbo.saveState === 'saved'), { timeout: 20_000 });
    const writesBefore = await page.evaluate(() => window.rumboSoak.writesStarted);
    const editable = idle && (await page.evaluate((t) => window.rumbo.setTitle(t), edit));
    if (!editable) {
      throw new Error(`${target.name} trial ${trial}: could not edit (save state ` +
        `${await page.evaluate(() => window.rumbo.saveState)})`);
    }
    const waitMs = Math.floor(Math.random() * (MAX_WAIT_MS + 1));
    await sleep(waitMs);
    const atKill = await page.evaluate(() => ({
      saveState: window.rumbo.saveState,
      writesOpen: window.rumboSoak.writesOpen,
      writesStarted: window.rumboSoak.writesStarted,
    }));
    // A save is two write transactions (web/storage.js): the new version
    // beside the others, then the read-back that makes it current.
    atKill.writeStep = atKill.writesOpen > 0 ? atKill.writesStarted - writesBefore : 0;
    const problemsBefore = session.problems;
    await kill(session);

    session = await start(profile, target.url);
    const opened = await inspect(session);
    const damagedNotice = opened.notices.some((n) => /dañada|damaged/.test(n));
    let outcome;
    if (!opened.title || opened.notices.some((n) => /ninguna de sus|none of its/.test(n))) outcome = 'failed';
    else if (damagedNotice) outcome = 'damaged';
    else if (opened.title === edit) outcome = 'last';
    else if (opened.title === before) outcome = 'before';
    else outcome = 'older';
    const record = {
      trial, edit, before, waitMs, atKill, outcome, opened: opened.title, notices: opened.notices,
      workspaces: opened.workspaces, why: opened.why, problems: [...problemsBefore, ...session.problems],
      ms: Date.now() - started,
    };
    // A damaged copy that gave way to a version still counts what it opened.
    if (outcome === 'damaged') record.restored = opened.title === edit ? 'last' : opened.title === before ? 'before' : 'older';
    records.push(record);
    const phase = atKill.saveState === 'saved' ? 'after the save' :
      atKill.writesOpen > 0 ? `in IndexedDB write ${atKill.writeStep} of 2` :
        `saving, no write open`;
    console.log(`${target.name} ${String(trial).padStart(3)}/${trials}  kill ${String(waitMs).padStart(4)} ms after ` +
      `the edit, ${phase.padEnd(26)} -> opened ${JSON.stringify(opened.title)} (${outcome})` +
      `${opened.workspaces !== 1 ? `, ${opened.workspaces} workspaces` : ''}` +
      `${opened.notices.length ? `, notices: ${opened.notices.join(' | ')}` : ''}` +
      `${opened.why && outcome === 'failed' ? `, ${opened.why}` : ''}  [${(record.ms / 1000).toFixed(1)} s]`);
    for (const p of record.problems) console.log(`    ${p}`);
    if (outcome === 'failed') {
      // Nothing to edit: start the next trial from a new starting point
      // would hide the failure's consequences; stop this page here.
      console.log(`${target.name}: stopping after a failed restart; profile kept in ${profile}`);
      break;
    }
    before = opened.title;
  }
  await session.context.close();
  return records;
}

function summary(name, records) {
  const count = (f) => records.filter(f).length;
  return {
    page: name,
    trials: records.length,
    last: count((r) => r.outcome === 'last'),
    before: count((r) => r.outcome === 'before'),
    older: count((r) => r.outcome === 'older'),
    damaged: count((r) => r.outcome === 'damaged'),
    failed: count((r) => r.outcome === 'failed'),
    duringSave: count((r) => r.atKill.saveState !== 'saved'),
    duringWrite: count((r) => r.atKill.saveState !== 'saved' && r.atKill.writesOpen > 0),
    duringFirst: count((r) => r.atKill.saveState !== 'saved' && r.atKill.writesOpen > 0 && r.atKill.writeStep === 1),
    duringSecond: count((r) => r.atKill.saveState !== 'saved' && r.atKill.writesOpen > 0 && r.atKill.writeStep === 2),
    extraWorkspaces: count((r) => r.outcome !== 'failed' && r.workspaces !== 1),
    withProblems: count((r) => r.problems.length > 0),
  };
}

function table(rows) {
  const columns = [
    ['page', 'page'], ['trials', 'trials'], ['last', 'last edit'], ['before', 'one before'], ['older', 'older'],
    ['damaged', 'damaged copy'], ['failed', 'failed to open'], ['duringSave', 'kills during a save'],
    ['duringWrite', 'in an IDB write'], ['duringFirst', 'write 1'], ['duringSecond', 'write 2'],
    ['extraWorkspaces', 'workspaces != 1'],
    ['withProblems', 'console errors'],
  ];
  const widths = columns.map(([key, head]) => Math.max(head.length, ...rows.map((r) => String(r[key]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(columns.map(([, head]) => head)), ...rows.map((r) => line(columns.map(([key]) => r[key])))].join('\n');
}

mkdirSync(SOAK, { recursive: true });
const began = Date.now();
const served = await serveTargets();
const results = {};
try {
  for (const name of PAGES) {
    const target = served.targets.find((t) => t.name === name);
    if (!target) throw new Error(`no page named ${name} (hosted, single-file)`);
    const pageBegan = Date.now();
    results[name] = { records: await soak(target, TRIALS), ms: 0 };
    results[name].ms = Date.now() - pageBegan;
  }
} finally {
  await served.close();
}
const rows = Object.entries(results).map(([name, r]) => summary(name, r.records));
const seconds = (Date.now() - began) / 1000;
writeFileSync(join(SOAK, 'abrupt_kill.json'), JSON.stringify({ trials: TRIALS, maxWaitMs: MAX_WAIT_MS, seconds, summary: rows, results }, null, 1));
console.log(`\nAbrupt closes: the browser killed (SIGKILL of its process group) 0–${MAX_WAIT_MS} ms after an edit, ` +
  'then started again on the same profile; what the workspace opened with:\n');
console.log(table(rows));
console.log('\n"kills during a save": the app had not saved the edit yet (window.rumbo.saveState was not ' +
  '"saved" just before the kill); "in an IDB write": an IndexedDB write transaction of the save was open; ' +
  'write 1 puts the new version beside the others, write 2 reads it back and makes it current.');
console.log(`\n${seconds.toFixed(0)} s in all (${Object.entries(results).map(([n, r]) => `${n} ${(r.ms / 1000).toFixed(0)} s`).join(', ')}); ` +
  `every trial in ${join(SOAK, 'abrupt_kill.json')}`);
const bad = rows.some((r) => r.older || r.damaged || r.failed || r.trials < TRIALS || r.extraWorkspaces);
if (bad) console.log('FAILED: some trial opened an older state, a damaged copy or nothing (see above)');
process.exit(bad ? 1 : 0);
