/**
 * `--output FILE`, where the CLI writes its report: like the action's `output-file`, the path is
 * checked before the run (a refused path runs nothing), a link at the path is refused rather than
 * followed, and the bytes go to a fresh file in the same folder renamed over the path. Unlike
 * `output-file` the report may go anywhere the user chooses (another folder, a folder link).
 */
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { forTerminal } from '../../src/cli/wording.js';
import { writeFailure } from '../../src/workspace/output-file.js';
import { type TestCert, TestPki } from '../support/pki.js';

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let count = 0;

beforeAll(() => {
  pki = TestPki.create();
  root = pki.root('Output Root');
  issuing = pki.intermediate('Output Issuing', root);
});
afterAll(() => pki.cleanup());

/** A fresh folder (the CLI's working directory) holding the given files. */
function folder(files: Record<string, string> = {}): string {
  const dir = path.join(pki.dir, `out-${++count}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const good = () => folder({ 'pki/root.pem': root.pem, 'pki/issuing.pem': issuing.pem });

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function cli(argv: string[], cwd: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { stdout, stderr, cwd, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The run said exactly one line on standard error, and no stack trace. */
function oneLine(stderr: string): string {
  expect(stderr).not.toMatch(/\n\s+at /);
  const lines = stderr.split('\n');
  expect(lines.at(-1)).toBe('');
  expect(lines, stderr).toHaveLength(2);
  return lines[0]!;
}

const LINK_REFUSED =
  'is a symbolic link: give the path of a regular file (the report is never written through a link)';

describe('--output refuses a path that is not a regular file, before the run (exit 2)', () => {
  it('a committed report.json -> outside file: the outside file is unchanged', async () => {
    const outside = folder({ 'victim.txt': 'precious\n' });
    const victim = path.join(outside, 'victim.txt');
    const dir = good();
    symlinkSync(victim, path.join(dir, 'report.json'));
    const run = await cli(['validate', 'pki/*.pem', '--format', 'json', '--output', 'report.json'], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(`mtls-truststore: --output report.json ${LINK_REFUSED}`);
    expect(run.stdout).toBe('');
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readdirSync(outside)).toEqual(['victim.txt']);
  });

  it('a dangling link: its target is not created, the link stays', async () => {
    const outside = folder();
    const dir = good();
    const target = path.join(outside, 'planted.json');
    symlinkSync(target, path.join(dir, 'report.json'));
    const run = await cli(['validate', 'pki/*.pem', '--output', 'report.json'], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(`mtls-truststore: --output report.json ${LINK_REFUSED}`);
    expect(existsSync(target)).toBe(false);
    expect(readlinkSync(path.join(dir, 'report.json'))).toBe(target);
  });

  it('a folder at the path, or a path ending in a slash', async () => {
    const dir = good();
    mkdirSync(path.join(dir, 'report.json'));
    const run = await cli(['validate', 'pki/*.pem', '--output', 'report.json'], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(
      'mtls-truststore: --output report.json is a folder: give the path of a regular file',
    );
    expect(readdirSync(path.join(dir, 'report.json'))).toEqual([]);
    const slash = await cli(['validate', 'pki/*.pem', '--output', 'reports/'], dir);
    expect(slash.code).toBe(2);
    expect(oneLine(slash.stderr)).toBe(
      'mtls-truststore: --output reports/ names a folder: give the path of a regular file',
    );
    expect(existsSync(path.join(dir, 'reports'))).toBe(false);
  });

  it('a named pipe at the path (a write would block or go to a reader)', async () => {
    const dir = good();
    execFileSync('mkfifo', [path.join(dir, 'report.txt')]);
    const run = await cli(['validate', 'pki/*.pem', '--output', 'report.txt'], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(
      'mtls-truststore: --output report.txt is a named pipe, not a regular file: give the path of a regular file',
    );
    expect(lstatSync(path.join(dir, 'report.txt')).isFIFO()).toBe(true);
  });

  it('a folder on the way that does not exist is named, and not created', async () => {
    const dir = good();
    const run = await cli(['validate', 'pki/*.pem', '--output', 'out/reports/report.json'], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(
      'mtls-truststore: --output out/reports/report.json: the folder out/reports does not exist: create it or choose another path',
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a regular file where a folder should be: refused before the run, the file unchanged', async () => {
    const dir = good();
    writeFileSync(path.join(dir, 'notes'), 'keep\n');
    const direct = await cli(['validate', 'pki/*.pem', '--output', 'notes/report.json'], dir);
    expect(direct.code).toBe(2);
    expect(oneLine(direct.stderr)).toBe(
      'mtls-truststore: --output notes/report.json: notes is a file, not a folder: choose another path',
    );
    const deeper = await cli(['validate', 'pki/*.pem', '--output', 'notes/sub/report.json'], dir);
    expect(deeper.code).toBe(2);
    expect(oneLine(deeper.stderr)).toBe(
      'mtls-truststore: --output notes/sub/report.json: a part of notes/sub is a file, not a folder: choose another path',
    );
    expect(readFileSync(path.join(dir, 'notes'), 'utf8')).toBe('keep\n');
  });

  it('validate does not run: no --output-file truststore is written when --output is refused', async () => {
    const dir = good();
    const outside = folder({ 'victim.txt': 'precious\n' });
    symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, 'report.md'));
    const run = await cli(
      [
        'validate',
        'pki/*.pem',
        '--output-file',
        'truststore.pem',
        '--format',
        'markdown',
        '--output',
        'report.md',
      ],
      dir,
    );
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(`mtls-truststore: --output report.md ${LINK_REFUSED}`);
    expect(existsSync(path.join(dir, 'truststore.pem'))).toBe(false);
    // The same command with a writable --output does write it: the refusal is what stopped it.
    const ok = await cli(
      [
        'validate',
        'pki/*.pem',
        '--output-file',
        'truststore.pem',
        '--format',
        'markdown',
        '--output',
        'r.md',
      ],
      dir,
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'truststore.pem'), 'utf8')).toBe(`${issuing.pem}${root.pem}`);
  });
});

describe('--output writes a fresh file renamed over the path', () => {
  it('replaces an existing file without writing through it: a hard link keeps the old bytes', async () => {
    const dir = good();
    const report = path.join(dir, 'report.json');
    writeFileSync(report, 'old report\n');
    linkSync(report, path.join(dir, 'hard-link'));
    const before = statSync(report).ino;
    const run = await cli(['validate', 'pki/*.pem', '--format', 'json', '--output', 'report.json'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    // The report's place is said on standard error, where a terminal user looks for it.
    expect(run.stderr).toBe('mtls-truststore: report written to report.json\n');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ ok: true, 'certificate-count': 2 });
    expect(statSync(report).ino).not.toBe(before);
    expect(readFileSync(path.join(dir, 'hard-link'), 'utf8')).toBe('old report\n');
    // No temporary file is left beside it.
    expect(readdirSync(dir).sort()).toEqual(['hard-link', 'pki', 'report.json']);
  });

  it('may go outside the working folder, and through a folder link (only the file itself must not be a link)', async () => {
    const dir = good();
    const elsewhere = folder();
    const absolute = path.join(elsewhere, 'report.sarif');
    const run = await cli(['validate', 'pki/*.pem', '--format', 'sarif', '--output', absolute], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(absolute, 'utf8')).version).toBe('2.1.0');
    symlinkSync(elsewhere, path.join(dir, 'reports'));
    const linked = await cli(['validate', 'pki/*.pem', '--output', 'reports/report.txt'], dir);
    expect(linked.code, linked.stderr).toBe(0);
    expect(readFileSync(path.join(elsewhere, 'report.txt'), 'utf8')).toContain('valid: 2 CA certificates');
    expect(lstatSync(path.join(dir, 'reports')).isSymbolicLink()).toBe(true);
  });

  it('a failed run still writes its report to the file, and says its failure on standard error', async () => {
    const dir = folder({ 'pki/bad.pem': 'not a certificate\n' });
    const run = await cli(['validate', 'pki/*.pem', '--format', 'json', '--output', 'report.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.ok).toBe(false);
    // The JSON keeps the shared words; standard error names flags (--ca-files, not ca-files).
    expect(report.failure).toContain('point ca-files at');
    expect(run.stderr).toContain(`mtls-truststore: ${forTerminal(report.failure)}`);
    expect(run.stderr).toContain('point --ca-files at');
  });
});

// A folder where creating a file fails even for root: sysfs refuses new files (EACCES).
const sysfs = process.platform === 'linux' && existsSync('/sys/kernel');
const writable = (dir: string) => {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

describe('a report that cannot be written is exit 1 and one line, never a stack trace', () => {
  it.runIf(sysfs)('a folder that refuses new files', async () => {
    const dir = good();
    const run = await cli(['validate', 'pki/*.pem', '--output', '/sys/mtls-report.txt'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const line = oneLine(run.stderr);
    expect(line).toMatch(
      /^mtls-truststore: could not write the report to \/sys\/mtls-report\.txt: (permission denied \(EACCES\): make the folder writable|the file system is read-only \(EROFS\):) or choose another --output/,
    );
    // As root the check passes and the write itself fails, after the run.
    if (writable('/sys')) expect(line).toMatch(/ \(the validate run itself succeeded\)$/);
    expect(existsSync('/sys/mtls-report.txt')).toBe(false);
  });

  it.runIf(sysfs)('after a failed run, both lines: the unwritten report, then the failure', async () => {
    const dir = folder({ 'pki/bad.pem': 'not a certificate\n' });
    const run = await cli(['validate', 'pki/*.pem', '--output', '/sys/mtls-report.txt'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^mtls-truststore: could not write the report to \/sys\/mtls-report\.txt: /);
    if (writable('/sys')) {
      expect(lines[0]).not.toContain('itself succeeded');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^mtls-truststore: .*error/);
    }
  });

  it.runIf(process.getuid?.() !== 0 && process.platform !== 'win32')(
    'a read-only folder (not as root): refused before the run, nothing written',
    async () => {
      const dir = good();
      mkdirSync(path.join(dir, 'ro'), { mode: 0o555 });
      const run = await cli(
        ['validate', 'pki/*.pem', '--output-file', 'truststore.pem', '--output', 'ro/report.txt'],
        dir,
      );
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toBe(
        'mtls-truststore: could not write the report to ro/report.txt: permission denied (EACCES): make the folder writable or choose another --output',
      );
      expect(readdirSync(path.join(dir, 'ro'))).toEqual([]);
      expect(existsSync(path.join(dir, 'truststore.pem'))).toBe(false);
    },
  );

  it('names the reason and the fix for each failure, on one line', () => {
    const failure = (code?: string) =>
      writeFailure(Object.assign(new Error(`${code}: boom\n    at x (y.js:1:1)`), { code }), '--output');
    expect(failure('ENOSPC')).toBe(
      'no space left on the device (ENOSPC): free some space or choose another --output',
    );
    expect(failure('EROFS')).toBe('the file system is read-only (EROFS): choose another --output');
    expect(failure('EIO')).toBe('EIO: choose another --output or check that folder');
    expect(failure(undefined)).not.toContain('\n');
  });
});
