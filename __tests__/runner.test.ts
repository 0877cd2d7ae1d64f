/**
 * The runner protocol, byte for byte: what a GitHub runner reads from stdout and from the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. The expected strings are the ones @actions/core 3
 * writes for the same calls (checked side by side when src/runner.ts replaced it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../src/action/runner.js';
import { parseOutputFile } from './support/action-runner.js';

let dir: string;
let stdout: string;
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function outputFile(): string {
  const file = path.join(dir, 'output');
  writeFileSync(file, '');
  process.env.GITHUB_OUTPUT = file;
  return file;
}

describe('step outputs', () => {
  it('appends name<<delimiter entries to GITHUB_OUTPUT that read back exactly, multi-line values included', () => {
    const file = outputFile();
    runner.setOutput('certificate-count', '3');
    runner.setOutput('findings', '[{"message":"a=b"}]\nsecond line\n');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(
      /^certificate-count<<(ghadelimiter_[0-9a-f-]{36})\n3\n\1\nfindings<<(ghadelimiter_[0-9a-f-]{36})\n\[\{"message":"a=b"\}\]\nsecond line\n\n\2\n$/,
    );
    expect(parseOutputFile(text)).toEqual({
      'certificate-count': '3',
      findings: '[{"message":"a=b"}]\nsecond line\n',
    });
    expect(stdout).toBe('');
  });

  it('uses a fresh random delimiter for every output, so a value cannot guess it', () => {
    const file = outputFile();
    runner.setOutput('a', '1');
    runner.setOutput('b', '2');
    const delimiters = readFileSync(file, 'utf8').match(/ghadelimiter_[0-9a-f-]+/g) ?? [];
    expect(delimiters).toHaveLength(4);
    expect(delimiters[0]).toBe(delimiters[1]);
    expect(delimiters[2]).toBe(delimiters[3]);
    expect(delimiters[0]).not.toBe(delimiters[2]);
  });

  it('refuses a name or a value that contains the delimiter, which would forge another output', () => {
    const delimiter = 'ghadelimiter_00000000-0000-4000-8000-000000000000';
    expect(() => runner.keyValueMessage('x', `ok\n${delimiter}\nforged<<EOF`, delimiter)).toThrow(
      `Unexpected input: value should not contain the delimiter "${delimiter}"`,
    );
    expect(() => runner.keyValueMessage(`x${delimiter}`, 'v', delimiter)).toThrow(
      `Unexpected input: name should not contain the delimiter "${delimiter}"`,
    );
    expect(runner.keyValueMessage('x', 'v', delimiter)).toBe(`x<<${delimiter}\nv\n${delimiter}`);
  });

  it('fails with the path when GITHUB_OUTPUT names a file that does not exist', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'missing');
    expect(() => runner.setOutput('a', 'b')).toThrow(`Missing file at path: ${path.join(dir, 'missing')}`);
  });

  it('falls back to the escaped ::set-output command outside a runner', () => {
    delete process.env.GITHUB_OUTPUT;
    runner.setOutput('a:b,c', 'v%\nw');
    expect(stdout).toBe('\n::set-output name=a%3Ab%2Cc::v%25%0Aw\n');
  });
});

describe('annotations and log lines', () => {
  it('maps the properties to title,file,line,endLine,col,endColumn and escapes a hostile title and file', () => {
    runner.warning('100% sure\nline two', {
      title: 'truststore: a:b,c%d\r\ne',
      file: 'pki/x,y:z.pem',
      startLine: 3,
      endLine: 7,
      startColumn: 2,
      endColumn: 9,
    });
    expect(stdout).toBe(
      '::warning title=truststore%3A a%3Ab%2Cc%25d%0D%0Ae,file=pki/x%2Cy%3Az.pem,line=3,endLine=7,col=2,endColumn=9::100%25 sure%0Aline two\n',
    );
  });

  it('leaves out empty and zero properties, and writes no properties when there are none', () => {
    runner.error('e1', { title: 'T', file: '', startLine: 0 });
    runner.notice('n1');
    runner.error(new Error('boom'));
    // @actions/core writes the separating space whenever the object has keys; so does the runner protocol here.
    runner.notice('n2', { title: undefined });
    expect(stdout).toBe('::error title=T::e1\n::notice::n1\n::error::Error: boom\n::notice ::n2\n');
  });

  it('a newline in a message cannot start a command of its own', () => {
    runner.error('bad\n::add-mask::secret');
    runner.debug('line\r\n::error::forged');
    runner.info('plain%text');
    expect(stdout.split('\n')).toEqual([
      '::error::bad%0A::add-mask::secret',
      '::debug::line%0D%0A::error::forged',
      'plain%text',
      '',
    ]);
  });

  it('setFailed sets exit code 1 and writes an error annotation', () => {
    runner.setFailed('truststore refused: 1 error, 50% done');
    expect(process.exitCode).toBe(1);
    expect(stdout).toBe('::error::truststore refused: 1 error, 50%25 done\n');
  });
});

describe('inputs', () => {
  it('reads INPUT_<NAME> with spaces as underscores, upper-cased and trimmed; unset is empty', () => {
    process.env['INPUT_CA-FILES'] = '  pki/*.pem\n  ';
    process.env.INPUT_MY_INPUT = ' v ';
    expect(runner.getInput('ca-files')).toBe('pki/*.pem');
    expect(runner.getInput('my input')).toBe('v');
    expect(runner.getInput('not-set')).toBe('');
  });
});

describe('job summary', () => {
  it('appends to the GITHUB_STEP_SUMMARY file, with a line end only when asked', async () => {
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '# earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    await runner.appendSummary('| a | b |');
    await runner.appendSummary('## plan', true);
    expect(readFileSync(file, 'utf8')).toBe('# earlier step\n| a | b |## plan\n');
  });

  it('rejects naming the variable when GITHUB_STEP_SUMMARY is not set', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(runner.appendSummary('x')).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  });

  it('rejects naming the file when it does not exist', async () => {
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'nope.md');
    await expect(runner.appendSummary('x')).rejects.toThrow(
      `Unable to access summary file: '${path.join(dir, 'nope.md')}'. Check if the file has correct read/write permissions.`,
    );
  });
});

describe("GitHub's size limits", () => {
  it('cuts a summary that would pass 1 MiB at a line, ends it with a pointer to the log, and drops later appends', async () => {
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '# earlier\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    const row = `| ${'é'.repeat(60)} |\n`;
    await runner.appendSummary(row.repeat(20_000));
    await runner.appendSummary('## appended after the cut', true);
    const written = readFileSync(file);
    expect(written.length).toBeLessThanOrEqual(runner.SUMMARY_MAX_BYTES);
    expect(written.length).toBeGreaterThan(runner.SUMMARY_MAX_BYTES - row.length * 2 - 400);
    const text = written.toString('utf8');
    expect(text.startsWith('# earlier\n| é')).toBe(true);
    expect(text.endsWith(runner.SUMMARY_CUT_POINTER)).toBe(true);
    expect(text).toContain(
      "cut at GitHub's 1 MiB limit for a step summary: this step's log has every finding",
    );
    // Whole rows only: what precedes the pointer is a run of complete rows.
    expect(
      text
        .slice(0, -runner.SUMMARY_CUT_POINTER.length)
        .split('\n')
        .slice(1, -1)
        .every((l) => l === row.trim()),
    ).toBe(true);
    expect(text).not.toContain('appended after the cut');
  });

  it('writes a summary under the limit unchanged', async () => {
    const file = path.join(dir, 'small.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    const text = 'x\n'.repeat(100_000);
    await runner.appendSummary(text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('leaves an output over 1 MB (as UTF-16) empty with a warning, instead of breaking the job', () => {
    const file = outputFile();
    runner.setOutput('plan', 'x'.repeat(runner.OUTPUT_MAX_UTF16_BYTES / 2 + 1));
    runner.setOutput('fits', 'y'.repeat(runner.OUTPUT_MAX_UTF16_BYTES / 2));
    const outputs = parseOutputFile(readFileSync(file, 'utf8'));
    expect(outputs.plan).toBe('');
    expect(outputs.fits).toHaveLength(runner.OUTPUT_MAX_UTF16_BYTES / 2);
    expect(stdout).toMatch(
      /^::warning::output plan would be 1000002 bytes, over GitHub's limit of 1000000 for an output: it is left empty/,
    );
  });
});
