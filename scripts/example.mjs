#!/usr/bin/env node
// Runs the action's main job locally, exactly as a runner would run dist/index.js, in validate
// mode on the bundled example PKI (examples/), and prints the outputs and the job summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNode24 } from './node24.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = path.join(root, '.tmp', 'example');
mkdirSync(scratch, { recursive: true });
const outputFile = path.join(scratch, 'github-output');
const summaryFile = path.join(scratch, 'step-summary.md');
writeFileSync(outputFile, '');
writeFileSync(summaryFile, '');

// GitHub runs the action on Node 24: $NODE24, else a cached copy (see node24.mjs), else this Node.
const found24 = findNode24();
if (found24.note) console.log(found24.note);
const node = found24.path;
const inputs = {
  mode: 'validate',
  'ca-files': 'examples/pki/**/*.pem',
  'client-certificates': 'examples/clients/*.pem',
  'output-file': '.tmp/example/truststore.pem',
  'expiry-warning-days': '30',
  'max-ca-depth': '4',
};
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_WORKSPACE: root,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  RUNNER_TEMP: scratch,
};
for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

console.log(
  `$ ${path.relative(root, node) || node} dist/index.js   (mode: validate, ca-files: ${inputs['ca-files']})\n`,
);
const run = spawnSync(node, [path.join(root, 'dist', 'index.js')], { cwd: root, env, encoding: 'utf8' });
// A runner hides ::debug:: lines unless step debugging is on; so does this script.
process.stdout.write(
  run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .join('\n'),
);
process.stderr.write(run.stderr);

const outputs = {};
const lines = readFileSync(outputFile, 'utf8').split('\n');
for (let i = 0; i < lines.length; i++) {
  const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
  if (!m) continue;
  const value = [];
  for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
  outputs[m[1]] = value.join('\n');
}
console.log('\n--- outputs ---');
for (const [name, value] of Object.entries(outputs)) {
  console.log(`${name}: ${value.length > 300 ? `${value.slice(0, 300)}…` : value}`);
}
console.log('\n--- job summary ---');
console.log(readFileSync(summaryFile, 'utf8'));
process.exit(run.status ?? 1);
