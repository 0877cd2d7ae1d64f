/**
 * `npm run bench`: times the bundled action in validate mode, as a whole process, against OpenSSL
 * verifying every intermediate of the same bundle (one process), checks the performance targets,
 * and runs the hostile sets (crowd-8000, bound-15000, spend-15000, exponent-5300) that show the
 * bound on the chain search: each must be refused in <= 10 s and <= 256 MiB.
 *
 *   node scripts/bench.mjs [--runs N] [--only ca-1000,...] [--profile] [--dist DIR]
 *
 * Runs alternate (action, openssl, openssl, action, ...) after one discarded warm-up of each, so
 * drift in machine load hits both sides alike; figures are medians. Peak memory comes from a
 * separate run under /usr/bin/time (GNU time's maximum resident set size), so the wrapper never
 * adds to the timings. --profile adds one run of the action with --cpu-prof per hierarchy and
 * prints the functions with the most self time.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheRoot, ensureHierarchy, HIERARCHIES, HOSTILE, projectRoot } from './bench-generate.mjs';
import { findNode24 } from './node24.mjs';

// GitHub runs the action on Node 24: $NODE24, else a cached node-<platform>-<arch>@24 (node24.mjs).
const found24 = findNode24();
if (found24.note) console.log(found24.note);
const node24 = found24.path;
// The bench runs a snapshot of dist/, so a rebuild during the (minutes-long) run cannot change
// or remove the code being timed.
const snapshotDir = path.join(cacheRoot, 'dist-snapshot');
const bundle = path.join(snapshotDir, 'index.js');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const profile = args.includes('--profile');
const only = option('--only')?.split(',');
const runsOverride = option('--runs') ? Number(option('--runs')) : undefined;
// --dist DIR times another build of the action (e.g. one made into a scratch folder), not dist/.
const distDir = option('--dist') ? path.resolve(option('--dist')) : path.join(projectRoot, 'dist');
const RUNS = { 'ca-3': 21, 'ca-1000': 7, 'ca-10000': 5 };

for (const [file, fix] of [[path.join(distDir, 'index.js'), 'run "npm run build" first']]) {
  if (!existsSync(file)) {
    console.error(`${path.relative(projectRoot, file)} is missing: ${fix}`);
    process.exit(2);
  }
}

rmSync(snapshotDir, { recursive: true, force: true });
cpSync(distDir, snapshotDir, { recursive: true });

// --- processes ------------------------------------------------------------------------------

function actionCommand(dir, scratch) {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
    RUNNER_TEMP: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: path.join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: path.join(scratch, 'summary'),
    GITHUB_REPOSITORY: 'example-org/truststore',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    INPUT_MODE: 'validate',
    'INPUT_CA-FILES': 'bundle.pem',
    'INPUT_OUTPUT-FILE': path.relative(dir, path.join(scratch, 'truststore.pem')),
    'INPUT_MAX-CA-DEPTH': '4',
  };
  return { file: node24, args: [bundle], env, cwd: dir };
}

/**
 * The reference: `openssl verify -x509_strict -CAfile roots.pem -untrusted intermediates.pem
 * <each intermediate>` in one process, every intermediate its own argument (openssl verify reads
 * only a file's first certificate, so intermediates.pem is split into one file per certificate,
 * once). OpenSSL then checks every signature of every intermediate's chain, as the action does.
 */
function opensslCommands(dir) {
  const split = path.join(dir, 'split');
  if (!existsSync(split)) {
    mkdirSync(split);
    const blocks =
      readFileSync(path.join(dir, 'intermediates.pem'), 'utf8').match(
        /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/g,
      ) ?? [];
    for (const [i, block] of blocks.entries()) {
      writeFileSync(path.join(split, `${String(i).padStart(5, '0')}.pem`), block);
    }
  }
  const files = readdirSync(split)
    .sort()
    .map((f) => path.join('split', f));
  return [
    {
      file: 'openssl',
      args: ['verify', '-x509_strict', '-CAfile', 'roots.pem', '-untrusted', 'intermediates.pem', ...files],
      cwd: dir,
      expectLines: files.length,
    },
  ];
}

/** Runs commands one after another (like `a && b`) and returns the wall time in ms. */
function timed(commands, { wrap } = {}) {
  const started = performance.now();
  const results = [];
  for (const c of commands) {
    const file = wrap ? gnuTime : c.file;
    const argv = wrap ? ['-f', 'maxrss_kb=%M', c.file, ...c.args] : c.args;
    const r = spawnSync(file, argv, {
      cwd: c.cwd,
      env: c.env ?? process.env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    results.push(r);
    if (c.expectLines !== undefined && (r.stdout.match(/: OK$/gm) ?? []).length !== c.expectLines) {
      throw new Error(
        `openssl verified ${(r.stdout.match(/: OK$/gm) ?? []).length} of ${c.expectLines}:\n${r.stdout.slice(-2000)}`,
      );
    }
    if (r.status !== 0 && !c.mayFail) {
      const what = [c.file, ...c.args].join(' ');
      throw new Error(`${what} exited ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
    }
  }
  return { ms: performance.now() - started, results };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const maxRss = (results) =>
  Math.max(...results.map((r) => Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN)));

/** Fails loudly when the action did not validate the bundle: timing a failing run means nothing. */
function checkActionRun(run, meta) {
  const r = run.results[0];
  const out = readFileSync(run.outputFile, 'utf8');
  const count = /certificate-count<<(\S+)\n(\d+)\n/.exec(out)?.[2];
  if (r.stdout.includes('::error') || Number(count) !== meta.count) {
    throw new Error(
      `the action did not validate the ${meta.count}-certificate bundle (certificate-count ${count}):\n${r.stdout.slice(-3000)}`,
    );
  }
}

function runAction(dir, meta, wrap = false, extraArgs = []) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-action-'));
  writeFileSync(path.join(scratch, 'output'), '');
  writeFileSync(path.join(scratch, 'summary'), '');
  const cmd = actionCommand(dir, scratch);
  cmd.args = [...extraArgs, ...cmd.args];
  try {
    const run = timed([cmd], { wrap });
    checkActionRun({ ...run, outputFile: path.join(scratch, 'output') }, meta);
    return run;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// --- profile summary ------------------------------------------------------------------------

/**
 * The bundle has no source map, but ncc marks each inlined module (";// CONCATENATED MODULE:
 * ./node_modules/asn1js/...", "/***\/ 1234:"); a line-range table of those markers attributes
 * every sample of dist/*.js to its package or source file.
 */
const moduleTables = new Map();
function moduleOf(url, line) {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return url;
  if (!url.startsWith('file://')) return url;
  const file = new URL(url).pathname;
  if (!file.startsWith(snapshotDir)) return path.relative(projectRoot, file);
  let table = moduleTables.get(file);
  if (!table) {
    table = [];
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      const named = /^;?\/\/ CONCATENATED MODULE: (?:\.\/)?(.*)$/.exec(text);
      const numbered = /^\/\*\*\*\/ (\d+):$/.exec(text);
      if (named) table.push([i, named[1]]);
      else if (numbered) {
        // Numbered modules lost their path; their first exports tell what they are.
        const exports = lines
          .slice(i, i + 16)
          .map((l) => /\/\* binding \*\/ (\w+)/.exec(l)?.[1])
          .filter(Boolean)
          .slice(0, 3);
        table.push([
          i,
          `module ${numbered[1]} of ${path.basename(file)} (exports ${exports.join(', ') || '?'})`,
        ]);
      }
    });
    moduleTables.set(file, table);
  }
  let label = `${path.basename(file)} (runtime)`;
  for (const [start, name] of table) {
    if (start > line) break;
    label = name;
  }
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(label);
  return pkg ? pkg[1] : label;
}

function summarizeProfile(file, top = 12) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const byFunction = new Map();
  const byModule = new Map();
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const f = byId.get(prof.samples[i]).callFrame;
    const ms = (prof.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const mod = f.url ? moduleOf(f.url, f.lineNumber) : f.functionName;
    const fn = `${f.functionName || '(anonymous)'} [${mod}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
  }
  const table = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([what, ms]) =>
          `      ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${what}`,
      )
      .join('\n');
  return `    self time by module (total ${total.toFixed(0)} ms):\n${table(byModule)}\n    self time by function:\n${table(byFunction)}`;
}

// --- main -----------------------------------------------------------------------------------

const stat = statSync(bundle);
console.log(
  `action: ${path.relative(projectRoot, bundle)} (${(stat.size / 1024).toFixed(0)} KiB, built ${stat.mtime.toISOString()}) on ${spawnSync(node24, ['-v'], { encoding: 'utf8' }).stdout.trim()}`,
);
console.log(`openssl: ${spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout.trim()}`);
console.log(
  'reference: openssl verify -x509_strict -CAfile roots.pem -untrusted intermediates.pem split/00000.pem split/00001.pem ... (every intermediate, one process)\n',
);

const results = {};
for (const name of (only ?? Object.keys(HIERARCHIES)).filter((n) => HIERARCHIES[n])) {
  const { dir, meta } = ensureHierarchy(name);
  const runs = runsOverride ?? RUNS[name] ?? 5;
  const action = [];
  const openssl = [];
  const bare = [];
  const bareCmd = { file: node24, args: ['-e', '0'], cwd: dir };
  runAction(dir, meta);
  timed(opensslCommands(dir));
  if (name === 'ca-3') timed([bareCmd]);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['action', 'openssl'] : ['openssl', 'action'];
    for (const side of order) {
      if (side === 'action') action.push(runAction(dir, meta).ms);
      else openssl.push(timed(opensslCommands(dir)).ms);
    }
    if (name === 'ca-3') bare.push(timed([bareCmd]).ms);
  }
  const memAction = gnuTime ? maxRss(runAction(dir, meta, true).results) : Number.NaN;
  const memOpenssl = gnuTime ? maxRss(timed(opensslCommands(dir), { wrap: true }).results) : Number.NaN;
  const r = {
    count: meta.count,
    action: median(action),
    openssl: median(openssl),
    bare: bare.length ? median(bare) : undefined,
    memAction,
    memOpenssl,
    runs,
  };
  results[name] = r;
  console.log(
    `${name.padEnd(9)} ${String(meta.count).padStart(6)} certs  action ${fmt(r.action).padStart(8)} (min ${fmt(Math.min(...action))})` +
      `  openssl ${fmt(r.openssl).padStart(8)}  ratio ${(r.action / r.openssl).toFixed(2)}` +
      `  peak RSS action ${(memAction / 1024).toFixed(0)} MiB, openssl ${(memOpenssl / 1024).toFixed(0)} MiB  (${runs} runs)` +
      (r.bare !== undefined ? `  node -e 0 ${fmt(r.bare)}` : ''),
  );
  if (profile) {
    const profDir = path.join(cacheRoot, 'profiles', name);
    rmSync(profDir, { recursive: true, force: true });
    mkdirSync(profDir, { recursive: true });
    runAction(dir, meta, false, ['--cpu-prof', '--cpu-prof-dir', profDir]);
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (file)
      console.log(
        `  profile ${path.relative(projectRoot, path.join(profDir, file))}\n${summarizeProfile(path.join(profDir, file))}`,
      );
  }
}

// --- hostile sets: the bound on the chain search -------------------------------------------

/**
 * One run of the action on a hostile set under GNU time: wall time, peak memory, and what it
 * answered (the set must be refused; the crowd's refusal must name its file).
 */
function runHostile(dir, meta) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-hostile-'));
  writeFileSync(path.join(scratch, 'output'), '');
  writeFileSync(path.join(scratch, 'summary'), '');
  const cmd = { ...actionCommand(dir, scratch), mayFail: true };
  try {
    const run = timed([cmd], { wrap: Boolean(gnuTime) });
    const r = run.results[0];
    const findings = /findings<<(\S+)\n([\s\S]*?)\n\1/.exec(
      readFileSync(path.join(scratch, 'output'), 'utf8'),
    )?.[2];
    const codes = findings ? JSON.parse(findings).map((f) => f.code) : [];
    const budget = findings
      ? JSON.parse(findings).find((f) => f.code === 'signature-budget-exhausted')
      : undefined;
    const errors = codes.length;
    const counted = Object.entries(
      codes.reduce((n, c) => Object.assign(n, { [c]: (n[c] ?? 0) + 1 }), {}),
    ).sort((a, b) => b[1] - a[1]);
    return {
      count: meta.count,
      bytes: meta.bytes,
      ms: run.ms,
      rssKb: gnuTime ? maxRss(run.results) : Number.NaN,
      refused: r.status !== 0,
      verdict: budget
        ? 'refused (signature-budget-exhausted) before any signature check'
        : `refused after the search (${errors} findings in the output: ${counted
            .slice(0, 4)
            .map(([c, n]) => `${n} ${c}`)
            .join(', ')})`,
      named: budget ? budget.file === 'bundle.pem' && budget.message.includes('bundle.pem') : true,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const hostileResults = {};
for (const name of (only ?? Object.keys(HOSTILE)).filter((n) => HOSTILE[n])) {
  const { dir, meta } = ensureHierarchy(name);
  const h = runHostile(dir, meta);
  hostileResults[name] = h;
  console.log(
    `${name.padEnd(11)} ${String(meta.count).padStart(6)} certs (${(meta.bytes / 1e6).toFixed(1)} MB, one file)  action ${fmt(h.ms)}  peak RSS ${(h.rssKb / 1024).toFixed(0)} MiB  ${h.verdict}`,
  );
}

// --- targets --------------------------------------------------------------------------------

console.log('\ntargets');
const line = (ok, text) => console.log(`  ${ok ? 'PASS' : 'MISS'}  ${text}`);
const k1 = results['ca-1000'];
const k10 = results['ca-10000'];
const k3 = results['ca-3'];
if (k1) {
  const ratio = k1.action / k1.openssl;
  line(
    ratio <= 1,
    `1,000 certificates: action/openssl = ${ratio.toFixed(2)} (target <= 1.00${ratio > 1 ? `, over by ${fmt(k1.action - k1.openssl)}` : ''})`,
  );
}
if (k1 && k10) {
  const ratio = k10.action / k1.action;
  line(
    ratio <= 11,
    `10,000 vs 1,000 certificates: ${ratio.toFixed(2)}x (target <= 11x${ratio > 11 ? `, over by ${fmt(k10.action - 11 * k1.action)}` : ''})`,
  );
}
if (k3?.bare !== undefined) {
  const ratio = k3.action / k3.bare;
  line(
    ratio <= 3,
    `3 certificates: ${fmt(k3.action)} = ${ratio.toFixed(2)}x a bare "node -e 0" (${fmt(k3.bare)}; target <= 3x${ratio > 3 ? `, over by ${fmt(k3.action - 3 * k3.bare)}` : ''})`,
  );
}
for (const [name, r] of Object.entries(results)) {
  console.log(
    `  info  peak memory ${name}: action ${(r.memAction / 1024).toFixed(0)} MiB, openssl ${(r.memOpenssl / 1024).toFixed(0)} MiB`,
  );
}
// Any input within the file caps validates or is refused in <= 10 s and <= 256 MiB (issue 16).
for (const [name, h] of Object.entries(hostileResults)) {
  line(
    h.ms <= 10_000 && h.rssKb <= 256 * 1024 && h.named && h.refused,
    `${name} (${h.count} CAs, ${(h.bytes / 1e6).toFixed(1)} MB): ${h.verdict} in ${fmt(h.ms)}, peak RSS ${(h.rssKb / 1024).toFixed(0)} MiB${h.named ? ', the finding names bundle.pem' : ', the finding does NOT name bundle.pem'}${h.refused ? '' : ', NOT refused'} (target <= 10 s, <= 256 MiB)`,
  );
}
