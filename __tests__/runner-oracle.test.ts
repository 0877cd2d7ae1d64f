/**
 * src/runner.ts against @actions/core (a dev dependency, the oracle): for every call the action
 * makes, the same arguments go to both and the bytes a runner reads must be identical: stdout,
 * the GITHUB_OUTPUT file (random delimiters set aside), the job summary file, the exit code, and
 * the error thrown. @actions/core stays out of the bundle: runner.ts spares its start-up cost.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as runner from '../src/action/runner.js';

let dir: string;
const saved = { ...process.env };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runner-oracle-'));
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Bytes {
  stdout: string;
  output: string;
  summary: string;
  exitCode: number | string | undefined;
  thrown?: string;
}

/** Runs `call` with fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and returns what it wrote. */
async function bytesOf(
  call: () => unknown,
  env: { output?: boolean; summary?: boolean } = {},
): Promise<Bytes> {
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '# earlier step\n');
  if (env.output !== false) process.env.GITHUB_OUTPUT = outputFile;
  else delete process.env.GITHUB_OUTPUT;
  if (env.summary !== false) process.env.GITHUB_STEP_SUMMARY = summaryFile;
  else delete process.env.GITHUB_STEP_SUMMARY;
  process.exitCode = undefined;
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  let thrown: string | undefined;
  try {
    await call();
  } catch (error) {
    thrown = (error as Error).message;
  } finally {
    spy.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return {
    stdout,
    // The delimiter is a fresh UUID on both sides: equal in shape, never in value.
    output: readFileSync(outputFile, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID'),
    summary: readFileSync(summaryFile, 'utf8'),
    exitCode,
    ...(thrown !== undefined ? { thrown } : {}),
  };
}

async function expectSameBytes(
  ours: () => unknown,
  theirs: () => unknown,
  env?: { output?: boolean; summary?: boolean },
): Promise<Bytes> {
  const a = await bytesOf(ours, env);
  const b = await bytesOf(theirs, env);
  expect(a).toEqual(b);
  return a;
}

// Values the action really sends: JSON outputs, paths, hashes, messages with certificate text.
const hostile = 'CN=a%b,O=c:d\r\n::error::forged\nline three';
const outputValues = [
  '',
  '3',
  'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2',
  '[{"severity":"error","code":"private-key","message":"pki/a.pem: a private key\\nremove it"}]',
  'multi\nline\r\nvalue\n',
  hostile,
  'ünïcødé ✓ 🔐',
];

describe('step outputs are the bytes @actions/core writes', () => {
  it.each(outputValues)('setOutput to GITHUB_OUTPUT: %j', async (value) => {
    const written = await expectSameBytes(
      () => runner.setOutput('findings', value),
      () => core.setOutput('findings', value),
    );
    expect(written.output).toContain('findings<<ghadelimiter_UUID');
  });

  it.each(outputValues)('setOutput outside a runner (the ::set-output command): %j', async (value) => {
    await expectSameBytes(
      () => runner.setOutput('a:b,c', value),
      () => core.setOutput('a:b,c', value),
      { output: false },
    );
  });

  it('setOutput naming a GITHUB_OUTPUT file that does not exist throws the same error', async () => {
    const missing = path.join(dir, 'missing');
    const call = (set: (n: string, v: string) => void) => () => {
      process.env.GITHUB_OUTPUT = missing;
      set('a', 'b');
    };
    const written = await expectSameBytes(call(runner.setOutput), call(core.setOutput));
    expect(written.thrown).toBe(`Missing file at path: ${missing}`);
  });
});

describe('log lines and annotations are the bytes @actions/core writes', () => {
  const messages = ['plain', '100% sure', hostile, ''];
  it.each(messages)('info, debug: %j', async (message) => {
    await expectSameBytes(
      () => runner.info(message),
      () => core.info(message),
    );
    await expectSameBytes(
      () => runner.debug(message),
      () => core.debug(message),
    );
  });

  const properties: runner.AnnotationProperties[] = [
    {},
    { title: 'truststore: private-key' },
    { title: 'truststore: expired', file: 'pki/root.pem', startLine: 12 },
    { title: hostile, file: 'pki/x,y:z%.pem', startLine: 3, endLine: 7, startColumn: 2, endColumn: 9 },
    { title: 'T', file: '', startLine: 0 },
    { title: undefined },
  ];
  for (const kind of ['error', 'warning', 'notice'] as const) {
    it.each(properties)(`${kind} with properties %j`, async (props) => {
      for (const message of [hostile, new Error('boom')]) {
        await expectSameBytes(
          () => runner[kind](message, props),
          () => core[kind](message, props),
        );
      }
    });
  }

  it('setFailed: the same annotation and exit code 1', async () => {
    const written = await expectSameBytes(
      () => runner.setFailed(`truststore refused: ${hostile}`),
      () => core.setFailed(`truststore refused: ${hostile}`),
    );
    expect(written.exitCode).toBe(1);
  });
});

describe('inputs read as @actions/core reads them', () => {
  it.each([
    ['ca-files', '  pki/**/*.pem\n!pki/old/**\n  '],
    ['max ca depth', ' 4 '],
    ['Comment', 'changes-only'],
    ['not-set', undefined],
  ])('getInput(%j)', (name, value) => {
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    if (value === undefined) delete process.env[variable];
    else process.env[variable] = value;
    expect(runner.getInput(name)).toBe(core.getInput(name));
  });
});

describe('the job summary is the bytes @actions/core writes', () => {
  // A fresh core Summary per call: the exported one caches the path of its file.
  const coreSummary = () => new (core.summary.constructor as new () => typeof core.summary)();
  const markdown = '### 🔐 mTLS truststore validation\n\n| a | b |\n|---|---|\n| x | y |';
  it.each([false, true])('appends Markdown (addEOL %s)', async (addEOL) => {
    const written = await expectSameBytes(
      () => runner.appendSummary(markdown, addEOL),
      () => coreSummary().addRaw(markdown, addEOL).write(),
    );
    expect(written.summary.startsWith('# earlier step\n### 🔐')).toBe(true);
  });

  it('without GITHUB_STEP_SUMMARY both reject with the same message', async () => {
    const written = await expectSameBytes(
      () => runner.appendSummary('x'),
      () => coreSummary().addRaw('x').write(),
      { summary: false },
    );
    expect(written.thrown).toMatch(/^Unable to find environment variable for \$GITHUB_STEP_SUMMARY/);
  });

  it('with a GITHUB_STEP_SUMMARY file that does not exist both reject with the same message', async () => {
    const missing = path.join(dir, 'no-such-summary.md');
    const call = (write: () => Promise<unknown>) => () => {
      process.env.GITHUB_STEP_SUMMARY = missing;
      return write();
    };
    const written = await expectSameBytes(
      call(() => runner.appendSummary('x')),
      call(() => coreSummary().addRaw('x').write()),
    );
    expect(written.thrown).toBe(
      `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`,
    );
  });
});
