/**
 * Runs the bundled action (`dist/index.js`) the way a GitHub runner does: under Node 24 (found by
 * scripts/node24.mjs through the global setup, never from PATH), with
 * inputs as INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 * The child is spawned asynchronously so that fake servers in the test process keep answering.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bundle = path.join(projectRoot, 'dist', 'index.js');

export interface ActionRunOptions {
  /** Action inputs by their action.yml name, e.g. `{ 'ca-files': 'pki/*.pem' }`. */
  inputs: Record<string, string>;
  /** The workspace (GITHUB_WORKSPACE and cwd). */
  workspace: string;
  /** Extra environment (GITHUB_EVENT_NAME, AWS_ENDPOINT_URL_S3, ...). */
  env?: Record<string, string>;
  timeoutMs?: number;
  /**
   * Run the action as this user (the test runs as root, for which permission bits do not apply).
   * The scratch folder and files are opened to that user; the workspace must be readable by it.
   */
  user?: { uid: number; gid: number };
  /** The bundle to run instead of dist/index.js (a build made elsewhere, to try it before dist/ is rebuilt). */
  bundle?: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`) written by src/runner.ts. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m) {
      const [, name, delimiter] = m as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const [name, ...rest] = (lines[i] ?? '').split('=');
      outputs[name ?? ''] = rest.join('=');
    }
  }
  return outputs;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const entry = options.bundle ?? bundle;
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first`);
  const node24 = inject('node24');
  const scratch = mkdtempSync(path.join(tmpdir(), 'action-run-'));
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  if (options.user) {
    chmodSync(scratch, 0o777);
    chmodSync(outputFile, 0o666);
    chmodSync(summaryFile, 0o666);
  }
  // Start from a clean environment: nothing from the developer's or CI's shell leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    RUNNER_TEMP: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'example-org/truststore',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  Object.assign(env, options.env ?? {});
  const child = spawn(node24, [entry], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.user ?? {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const timeoutMs = options.timeoutMs ?? 60_000;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`action did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const run = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
  rmSync(scratch, { recursive: true, force: true });
  return run;
}
