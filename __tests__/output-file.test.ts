/**
 * output-file is written inside the workspace (or RUNNER_TEMP) only, never through a link.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OutputTarget, resolveOutputFile, writeOutputFile } from '../src/workspace/output-file.js';

let ws: string;
let outside: string;
let temp: string;
beforeEach(() => {
  ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'out-ws-')));
  outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'out-outside-')));
  temp = realpathSync(mkdtempSync(path.join(tmpdir(), 'out-temp-')));
  writeFileSync(path.join(outside, 'victim'), 'precious');
});
afterEach(() => {
  for (const d of [ws, outside, temp]) rmSync(d, { recursive: true, force: true });
});

async function target(outputFile: string, runnerTemp?: string): Promise<OutputTarget> {
  const r = await resolveOutputFile(ws, outputFile, runnerTemp);
  if (!('target' in r)) throw new Error(r.finding.message);
  return r.target;
}

describe('where the truststore may be written', () => {
  it('writes inside the workspace, creating the folders', async () => {
    const t = await target('out/deep/truststore.pem');
    await writeOutputFile(t, 'PEM');
    expect(t.path).toBe(path.join(ws, 'out/deep/truststore.pem'));
    expect(readFileSync(t.path, 'utf8')).toBe('PEM');
  });

  it('replaces an existing regular file, leaving no temporary file behind', async () => {
    writeFileSync(path.join(ws, 'truststore.pem'), 'old');
    await writeOutputFile(await target('truststore.pem'), 'new');
    expect(readFileSync(path.join(ws, 'truststore.pem'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(ws, 'truststore.pem')).length).toBe(3);
    expect((await import('node:fs')).readdirSync(ws).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('accepts RUNNER_TEMP, as an absolute path', async () => {
    const t = await target(path.join(temp, 'ts.pem'), temp);
    await writeOutputFile(t, 'PEM');
    expect(readFileSync(path.join(temp, 'ts.pem'), 'utf8')).toBe('PEM');
  });

  it('refuses a committed symlink at the path, and the file it points to is untouched', async () => {
    symlinkSync(path.join(outside, 'victim'), path.join(ws, 'truststore.pem'));
    const r = await resolveOutputFile(ws, 'truststore.pem');
    expect(r).toEqual({
      finding: {
        severity: 'error',
        code: 'unsafe-output-file',
        message:
          'output-file "truststore.pem" is a symlink: the truststore is never written through a link (it could point anywhere on the runner); delete the link from the repository or choose another output-file',
      },
    });
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('precious');
  });

  it('refuses a symlink even when it points inside the workspace', async () => {
    writeFileSync(path.join(ws, 'real.pem'), 'x');
    symlinkSync('real.pem', path.join(ws, 'truststore.pem'));
    expect(await resolveOutputFile(ws, 'truststore.pem')).toMatchObject({
      finding: { code: 'unsafe-output-file' },
    });
  });

  it('refuses a path whose folder links out of the workspace, creating nothing there', async () => {
    symlinkSync(outside, path.join(ws, 'out'));
    for (const file of [
      'out/truststore.pem',
      'out/new/dir/truststore.pem',
      '../truststore.pem',
      '/etc/passwd',
    ]) {
      const r = await resolveOutputFile(ws, file);
      expect(r, file).toMatchObject({ finding: { code: 'outside-workspace', severity: 'error' } });
    }
    expect(existsSync(path.join(outside, 'new'))).toBe(false);
    expect(existsSync(path.join(outside, 'truststore.pem'))).toBe(false);
  });

  it('follows a folder link that stays inside the workspace', async () => {
    mkdirSync(path.join(ws, 'build'));
    symlinkSync('build', path.join(ws, 'out'));
    await writeOutputFile(await target('out/truststore.pem'), 'PEM');
    expect(readFileSync(path.join(ws, 'build/truststore.pem'), 'utf8')).toBe('PEM');
  });

  it('refuses a folder, or a path through a file', async () => {
    mkdirSync(path.join(ws, 'dir'));
    writeFileSync(path.join(ws, 'file'), 'x');
    expect(await resolveOutputFile(ws, 'dir')).toMatchObject({ finding: { code: 'unsafe-output-file' } });
    expect(await resolveOutputFile(ws, 'dir/')).toMatchObject({ finding: { code: 'unsafe-output-file' } });
    expect(await resolveOutputFile(ws, 'file/truststore.pem')).toMatchObject({
      finding: { code: 'unsafe-output-file' },
    });
  });

  it('replaces a link swapped in after the check instead of writing through it', async () => {
    const t = await target('truststore.pem');
    symlinkSync(path.join(outside, 'victim'), path.join(ws, 'truststore.pem'));
    await writeOutputFile(t, 'PEM');
    expect(lstatSync(path.join(ws, 'truststore.pem')).isFile()).toBe(true);
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('precious');
  });

  it('refuses a folder link planted after the check, instead of creating folders through it', async () => {
    const t = await target('out/sub/truststore.pem');
    symlinkSync(outside, path.join(ws, 'out'));
    await expect(writeOutputFile(t, 'PEM')).rejects.toThrow(
      /appeared as a link or a file while the truststore was written; nothing was written through it/,
    );
    expect(readlinkSync(path.join(ws, 'out'))).toBe(outside);
    expect(existsSync(path.join(outside, 'sub'))).toBe(false);
  });
});
