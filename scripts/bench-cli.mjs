#!/usr/bin/env node
/**
 * `npm run bench:cli`: how long `mtls-truststore validate` takes on 3 certificates, as a whole
 * process under Node 24, against a bare `node -e 0` on the same binary (target: <= 3x).
 *
 *   node scripts/bench-cli.mjs [--runs N]
 *
 * Runs alternate (cli, bare, cli, bare, ...) after one discarded warm-up of each, so drift in
 * machine load hits both alike; figures are medians. It times a snapshot of dist/ so that a
 * rebuild during the run cannot change the code being timed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { cacheRoot, ensureHierarchy, projectRoot } from './bench-generate.mjs';
import { findNode24 } from './node24.mjs';

const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const RUNS = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 31;

const found = findNode24();
if (found.note) console.log(found.note);
const node = found.path;

const dist = path.join(projectRoot, 'dist');
if (!existsSync(path.join(dist, 'cli.js'))) {
  console.error('dist/cli.js is missing: run "npm run build" first');
  process.exit(2);
}
const snapshot = path.join(cacheRoot, 'dist-cli-snapshot');
rmSync(snapshot, { recursive: true, force: true });
cpSync(dist, snapshot, { recursive: true });
const cli = path.join(snapshot, 'cli.js');

const { dir, meta } = ensureHierarchy('ca-3');

function timed(argv) {
  const started = performance.now();
  const r = spawnSync(node, argv, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const cliArgs = [cli, 'validate', 'bundle.pem', '--format', 'json'];
const bareArgs = ['-e', '0'];
timed(cliArgs);
timed(bareArgs);
const cliMs = [];
const bareMs = [];
for (let i = 0; i < RUNS; i++) {
  if (i % 2 === 0) {
    cliMs.push(timed(cliArgs));
    bareMs.push(timed(bareArgs));
  } else {
    bareMs.push(timed(bareArgs));
    cliMs.push(timed(cliArgs));
  }
}

const version = spawnSync(node, ['-v'], { encoding: 'utf8' }).stdout.trim();
const size = statSync(path.join(snapshot, 'cli', 'index.js')).size;
console.log(
  `cli: dist/cli.js (dist/cli/index.js ${(size / 1024).toFixed(0)} KiB) on Node ${version}, ${meta.count} certificates, ${RUNS} runs each`,
);
const c = median(cliMs);
const b = median(bareMs);
const ratio = c / b;
console.log(
  `  mtls-truststore validate: median ${c.toFixed(0)} ms (min ${Math.min(...cliMs).toFixed(0)})   node -e 0: median ${b.toFixed(0)} ms (min ${Math.min(...bareMs).toFixed(0)})`,
);
console.log(
  `  ${ratio <= 3 ? 'PASS' : 'MISS'}  3 certificates: ${ratio.toFixed(2)}x a bare "node -e 0" (target <= 3x${ratio > 3 ? `, over by ${(c - 3 * b).toFixed(0)} ms` : ''})`,
);
