import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSources } from '../src/collect.js';

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

  it('reports a list of only exclusions', async () => {
    const { findings } = await collectSources(workspace, ['!pki/**'], 'client-certificates');
    expect(findings[0]!.message).toMatch(/^input client-certificates: has only "!" exclusions/);
  });
});
