/**
 * `node scripts/bench-plan.mjs [--domains 20] [--latency 200] [--runs 5] [--mode plan]`: times the
 * bundled action (dist/index.js under Node 24) in plan mode against local S3 and API Gateway
 * servers that answer every call after --latency ms, with --domains custom domain names pinned to
 * the truststore. Prints the median wall time, the most calls the servers saw in flight at once,
 * and what the same calls would take one at a time (calls × latency), the floor of a serial plan.
 *
 * The fakes are the TypeScript servers of __tests__/support, compiled with tsc into .bench-cache.
 * --bundle <path/to/index.js> times another build against the same servers, for a before/after.
 * Target (issue 12): 20 domains at 200 ms → plan ≤ 1.5 s, where one call at a time needs ≥ 4.4 s.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findNode24 } from './node24.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// GitHub runs the action on Node 24: $NODE24, else a cached node-<platform>-<arch>@24 (node24.mjs).
const found24 = findNode24();
if (found24.note) console.error(found24.note);
const node24 = found24.path;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
// --bundle times another build (e.g. one of main before a change) against the same world.
const bundle = path.resolve(option('--bundle', path.join(projectRoot, 'dist', 'index.js')));
const DOMAINS = Number(option('--domains', '20'));
const LATENCY = Number(option('--latency', '200'));
const RUNS = Number(option('--runs', '5'));
const MODE = option('--mode', 'plan');
const REGION = 'eu-west-1';
const BUCKET = 'bench-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;

if (!existsSync(bundle)) {
  console.error(`${path.relative(projectRoot, bundle)} is missing: run "npm run build" first`);
  process.exit(2);
}

// The fakes are TypeScript: compile them (and the openssl test PKI) once into plain ES modules.
const compiled = path.join(projectRoot, '.bench-cache', 'fakes');
rmSync(compiled, { recursive: true, force: true });
const support = path.join(projectRoot, '__tests__', 'support');
execFileSync(
  path.join(projectRoot, 'node_modules', '.bin', 'tsc'),
  [
    '--ignoreConfig',
    '--outDir',
    compiled,
    '--rootDir',
    support,
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--types',
    'node',
    '--skipLibCheck',
    ...['fake-s3.ts', 'fake-apigateway.ts', 'fake-acm.ts', 'pki.ts']
      .map((f) => path.join(support, f))
      .filter((f) => existsSync(f)),
  ],
  { stdio: 'inherit' },
);
writeFileSync(path.join(compiled, 'package.json'), '{"type":"module"}');
const load = (name) => import(pathToFileURL(path.join(compiled, name)).href);
const { FakeS3 } = await load('fake-s3.js');
const { FakeApiGateway } = await load('fake-apigateway.js');
const { sdkEnvironment } = await load('fake-aws-http.js');
const { TestPki } = await load('pki.js');

// --- the world: one versioned truststore object, DOMAINS domains pinned to its latest version ---
const pki = TestPki.create('bench-plan-');
const root = pki.root('Bench Root');
const issuing = pki.intermediate('Bench Issuing', root);
const partner = pki.root('Bench Partner Root');
const workspace = mkdtempSync(path.join(tmpdir(), 'bench-plan-ws-'));
mkdirSync(path.join(workspace, 'ca'));
for (const cert of [root, issuing, partner])
  writeFileSync(path.join(workspace, 'ca', `${cert.name}.pem`), cert.pem);

const s3 = new FakeS3({ region: REGION });
s3.createBucket(BUCKET, 'Enabled');
const live = s3.putObject(BUCKET, KEY, root.pem + issuing.pem, { contentType: 'application/x-pem-file' });
const gateway = new FakeApiGateway({ region: REGION });
const names = Array.from({ length: DOMAINS }, (_, i) => `api-${String(i + 1).padStart(2, '0')}.example.com`);
for (const name of names) gateway.addDomain(name, { truststoreUri: URI, truststoreVersion: live.versionId });
// One pacing for both servers: in-flight counts every AWS call the action has open.
gateway.pacing = s3.pacing;
const s3Server = await s3.start();
const gatewayServer = await gateway.start();

function runOnce() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-plan-run-'));
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
    RUNNER_TEMP: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'example-org/truststore',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    ...sdkEnvironment(s3Server.url, gatewayServer.url, REGION),
    INPUT_MODE: MODE,
    'INPUT_CA-FILES': 'ca/*.pem',
    'INPUT_TRUSTSTORE-URI': URI,
    'INPUT_DOMAIN-NAMES': names.join('\n'),
    INPUT_COMMENT: 'never',
  };
  const before = s3.requests.length + gateway.requests.length;
  s3.pacing.maxInFlight = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node24, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => {
      log += d;
    });
    child.stderr.on('data', (d) => {
      log += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const outputs = readFileSync(outputFile, 'utf8');
      rmSync(scratch, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`the action failed (exit ${code}):\n${log}`));
      else
        resolve({
          ms,
          calls: s3.requests.length + gateway.requests.length - before,
          maxInFlight: s3.pacing.maxInFlight,
          outputs,
        });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

try {
  s3.pacing.latencyMs = 0;
  await runOnce(); // warm-up: file cache, no latency
  s3.pacing.latencyMs = LATENCY;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce());
  s3.pacing.latencyMs = 0;
  const noLatency = [];
  for (let i = 0; i < RUNS; i++) noLatency.push(await runOnce());

  const calls = runs[0].calls;
  const ms = median(runs.map((r) => r.ms));
  const floor = calls * LATENCY;
  console.log(`${MODE}: ${DOMAINS} domains, every AWS call answered after ${LATENCY} ms, ${RUNS} runs`);
  console.log(`  AWS calls per run            ${calls}`);
  console.log(`  most calls in flight at once ${Math.max(...runs.map((r) => r.maxInFlight))}`);
  console.log(
    `  wall time, median            ${(ms / 1000).toFixed(2)} s  (min ${(Math.min(...runs.map((r) => r.ms)) / 1000).toFixed(2)}, max ${(Math.max(...runs.map((r) => r.ms)) / 1000).toFixed(2)})`,
  );
  console.log(
    `  same run without latency     ${(median(noLatency.map((r) => r.ms)) / 1000).toFixed(2)} s  (process start, validation, SDK)`,
  );
  console.log(`  one call at a time needs     ≥ ${(floor / 1000).toFixed(2)} s  (${calls} × ${LATENCY} ms)`);
  const target = 1500;
  if (MODE === 'plan' && DOMAINS === 20 && LATENCY === 200) {
    console.log(`  target ≤ ${(target / 1000).toFixed(2)} s: ${ms <= target ? 'met' : 'MISSED'}`);
    if (ms > target) process.exitCode = 1;
  }
} finally {
  await s3Server.close();
  await gatewayServer.close();
  pki.cleanup();
  rmSync(workspace, { recursive: true, force: true });
}
