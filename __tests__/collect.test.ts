import {
  promises as fsPromises,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectSources } from '../src/workspace/collect.js';

let workspace: string;
let outside: string;
beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'ws-'));
  outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
  const put = (rel: string, text = 'x') => {
    mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    writeFileSync(path.join(workspace, rel), text);
  };
  put('pki/root.pem');
  put('pki/intermediates/eu.pem');
  put('pki/intermediates/us.crt');
  put('pki/intermediates/old/retired.pem');
  put('docs/readme.md');
  writeFileSync(path.join(outside, 'evil.pem'), 'x');
  symlinkSync(path.join(outside, 'evil.pem'), path.join(workspace, 'pki/linked-out.pem'));
  symlinkSync(path.join(workspace, 'pki/root.pem'), path.join(workspace, 'pki/linked-in.pem'));
});
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('collecting CA files', () => {
  it('expands globs relative to the workspace, with ! excludes, in a stable order', async () => {
    const { sources, findings } = await collectSources(workspace, [
      'pki/**/*.pem',
      'pki/**/*.crt',
      '!pki/intermediates/old/**',
      '!pki/linked-out.pem',
    ]);
    expect(findings).toEqual([]);
    expect(sources.map((s) => s.path)).toEqual([
      'pki/intermediates/eu.pem',
      'pki/intermediates/us.crt',
      'pki/linked-in.pem',
      'pki/root.pem',
    ]);
  });

  it('refuses a symlink that resolves outside the workspace', async () => {
    const { sources, findings } = await collectSources(workspace, ['pki/*.pem']);
    expect(sources.map((s) => s.path)).not.toContain('pki/linked-out.pem');
    expect(findings).toMatchObject([
      { code: 'outside-workspace', file: 'pki/linked-out.pem', severity: 'error' },
    ]);
    expect(findings[0]!.message).toMatch(/copy the certificate into the repository/);
  });

  it('reports a pattern that matches nothing, naming the input and the pattern', async () => {
    const { findings } = await collectSources(workspace, ['pki/*.pem', '!pki/linked-out.pem', 'certs/*.pem']);
    expect(findings).toMatchObject([{ code: 'no-match', severity: 'error' }]);
    expect(findings[0]!.message).toMatch(/input ca-files: pattern "certs\/\*\.pem" matches no file/);
  });

  it('refuses a file too large to be a CA file, naming it', async () => {
    const big = path.join(workspace, 'big/archive.pem');
    mkdirSync(path.dirname(big), { recursive: true });
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1));
    const { sources, findings } = await collectSources(workspace, ['big/*.pem']);
    expect(sources).toEqual([]);
    expect(findings).toMatchObject([{ code: 'file-too-large', file: 'big/archive.pem', severity: 'error' }]);
    rmSync(path.dirname(big), { recursive: true, force: true });
  });

  it('reports a list of only exclusions', async () => {
    const { findings } = await collectSources(workspace, ['!pki/**'], 'client-certificates');
    expect(findings[0]!.message).toMatch(/^input client-certificates: has only "!" exclusions/);
  });
});

describe('pattern semantics (those of @actions/glob)', () => {
  let ws: string;
  const put = (rel: string) => {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), 'x');
  };
  const paths = async (patterns: string[]) => {
    const { sources, findings } = await collectSources(ws, patterns);
    return { paths: sources.map((s) => s.path), findings };
  };
  beforeAll(() => {
    ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'ws-glob-')));
    put('pki/root.pem');
    put('pki/.hidden.pem');
    put('pki/intermediates/eu.pem');
    put('pki/intermediates/.archive/old.pem');
    put('.github/ca/ci.pem');
    put('vendor/lib/readme.md');
    put('top.pem');
    symlinkSync(path.join(ws, 'pki/intermediates'), path.join(ws, 'certs'));
    put('loops/a.pem');
    symlinkSync('.', path.join(ws, 'loops/self'));
    mkdirSync(path.join(ws, 'loops/sub'));
    symlinkSync('..', path.join(ws, 'loops/sub/up'));
    symlinkSync(path.join(ws, 'pki/nowhere.pem'), path.join(ws, 'pki/dangling.pem'));
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('a pattern naming a directory matches every file under it, hidden ones included', async () => {
    expect((await paths(['pki/intermediates'])).paths).toEqual([
      'pki/intermediates/.archive/old.pem',
      'pki/intermediates/eu.pem',
    ]);
    expect((await paths(['pki/intermediates/'])).paths).toEqual([
      'pki/intermediates/.archive/old.pem',
      'pki/intermediates/eu.pem',
    ]);
  });

  it('* and ** match dot-files and dot-directories', async () => {
    expect((await paths(['pki/*.pem', '!pki/dangling.pem'])).paths).toEqual([
      'pki/.hidden.pem',
      'pki/root.pem',
    ]);
    expect((await paths(['**/ci.pem'])).paths).toEqual(['.github/ca/ci.pem']);
  });

  it('** at the start walks the whole workspace, following a symlinked directory but not a loop', async () => {
    const { paths: found, findings } = await paths(['**/*.pem', '!**/dangling.pem']);
    expect(findings).toEqual([]);
    // certs -> pki/intermediates is followed; loops/self -> . and loops/sub/up -> .. are loops and are not.
    expect(found).toEqual([
      '.github/ca/ci.pem',
      'certs/.archive/old.pem',
      'certs/eu.pem',
      'loops/a.pem',
      'pki/.hidden.pem',
      'pki/intermediates/.archive/old.pem',
      'pki/intermediates/eu.pem',
      'pki/root.pem',
      'top.pem',
    ]);
  });

  it('a pattern without wildcards names one file; an absolute path inside the workspace works too', async () => {
    expect((await paths(['top.pem'])).paths).toEqual(['top.pem']);
    expect((await paths([path.join(ws, 'pki/root.pem')])).paths).toEqual(['pki/root.pem']);
    expect((await paths(['./pki/../top.pem'])).paths).toEqual(['top.pem']);
  });

  it('excluding a directory excludes everything under it', async () => {
    expect((await paths(['pki/**/*.pem', '!pki/intermediates', '!pki/dangling.pem'])).paths).toEqual([
      'pki/.hidden.pem',
      'pki/root.pem',
    ]);
  });

  it('reports a broken symlink the pattern names instead of skipping it', async () => {
    const { paths: found, findings } = await paths(['pki/d*.pem']);
    expect(found).toEqual([]);
    expect(findings).toMatchObject([{ code: 'unreadable', file: 'pki/dangling.pem', severity: 'error' }]);
    expect(findings[0]!.message).toMatch(/a broken symlink: point it at a file or remove it/);
  });

  it('refuses a pattern that points outside the workspace, naming the fix', async () => {
    const { paths: found, findings } = await paths(['../*.pem', '/etc/ssl/certs/*.pem']);
    expect(found).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['outside-workspace', 'outside-workspace']);
    expect(findings[0]!.message).toMatch(
      /^input ca-files: pattern "\.\.\/\*\.pem" points outside .*copy the certificates into the repository/,
    );
  });

  it('reads only the directories the literal prefix of a pattern allows', async () => {
    const readdir = vi.spyOn(fsPromises, 'readdir');
    try {
      expect((await paths(['pki/intermediates/*.pem'])).paths).toEqual(['pki/intermediates/eu.pem']);
      expect(readdir.mock.calls.map(([dir]) => path.relative(ws, String(dir)))).toEqual([
        'pki/intermediates',
      ]);
      readdir.mockClear();
      await paths(['pki/**/*.pem', '!pki/intermediates/**']);
      // vendor/, .github/ and the excluded subtree are never listed.
      expect(readdir.mock.calls.map(([dir]) => path.relative(ws, String(dir)))).toEqual(['pki']);
    } finally {
      readdir.mockRestore();
    }
  });
});
