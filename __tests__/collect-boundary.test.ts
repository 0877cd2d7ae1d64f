/**
 * The workspace is the boundary of collection: links out of it, special files, unreadable entries,
 * hostile names and hostile sizes each become a finding naming the path, and the run goes on.
 */
import { execFileSync } from 'node:child_process';
import {
  promises as fsPromises,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectSources, LIMITS } from '../src/workspace/collect.js';

let ws: string;
let outside: string;
let socketServer: Server;
const put = (rel: string, text = 'x') => {
  mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
  writeFileSync(path.join(ws, rel), text);
};

beforeAll(async () => {
  ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'ws-boundary-')));
  outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'outside-')));
  for (let i = 0; i < 50; i++) writeFileSync(path.join(outside, `runner-${i}.pem`), 'secret');
  mkdirSync(path.join(outside, 'deeper'));
  writeFileSync(path.join(outside, 'deeper/x.pem'), 'secret');
  put('ca/root.pem');
  symlinkSync(outside, path.join(ws, 'ca/host'));
  symlinkSync('/etc', path.join(ws, 'ca/etc'));
  mkdirSync(path.join(ws, 'inside'));
  put('inside/real/one.pem');
  symlinkSync('real', path.join(ws, 'inside/alias'));
  symlinkSync('..', path.join(ws, 'inside/real/up'));
  mkdirSync(path.join(ws, 'special'));
  execFileSync('mkfifo', [path.join(ws, 'special/ca.pem')]);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(path.join(ws, 'special/sock.pem'), resolve));
  put('special/good.pem');
  put('names/ok.pem');
  put('names/evil\n::error::forged.pem');
  put('names/\u202egnp.pem');
});
afterAll(() => {
  socketServer.close();
  rmSync(ws, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('a directory symlink that leaves the workspace', () => {
  it('is one outside-workspace finding for the link, never walked', async () => {
    const readdir = vi.spyOn(fsPromises, 'readdir');
    try {
      const { sources, findings } = await collectSources(ws, ['ca/**/*.pem']);
      expect(sources.map((s) => s.path)).toEqual(['ca/root.pem']);
      expect(findings).toMatchObject([
        { code: 'outside-workspace', file: 'ca/etc', severity: 'error' },
        { code: 'outside-workspace', file: 'ca/host', severity: 'error' },
      ]);
      expect(findings[0]!.message).toBe(
        'ca/etc is a symlink to /etc outside the workspace: it was not walked; copy the CA files into the repository or exclude the link with a "!" pattern in ca-files',
      );
      const listed = readdir.mock.calls.map(([dir]) => String(dir));
      expect(listed.filter((d) => !d.startsWith(ws))).toEqual([]);
      expect(listed).not.toContain(path.join(ws, 'ca/etc'));
    } finally {
      readdir.mockRestore();
    }
  });

  it('is the same single finding when the pattern starts inside the link, and nothing when excluded', async () => {
    const through = await collectSources(ws, ['ca/host/*.pem']);
    expect(through.sources).toEqual([]);
    expect(through.findings.map((f) => [f.code, f.file])).toEqual([['outside-workspace', 'ca/host']]);
    const excluded = await collectSources(ws, ['ca/**/*.pem', '!ca/host', '!ca/etc']);
    expect(excluded.findings).toEqual([]);
    expect(excluded.sources.map((s) => s.path)).toEqual(['ca/root.pem']);
  });

  it('is the same for client-certificates, naming that input', async () => {
    const { sources, findings } = await collectSources(ws, ['ca/**/*.pem'], 'client-certificates');
    expect(sources.map((s) => s.path)).toEqual(['ca/root.pem']);
    expect(findings.map((f) => f.code)).toEqual(['outside-workspace', 'outside-workspace']);
    expect(findings[1]!.message).toMatch(/exclude the link with a "!" pattern in client-certificates$/);
  });

  it('a link inside pointing inside is followed, and a cycle is not looped', async () => {
    const { sources, findings } = await collectSources(ws, ['inside/**/*.pem']);
    expect(findings).toEqual([]);
    expect(sources.map((s) => s.path)).toEqual(['inside/alias/one.pem', 'inside/real/one.pem']);
  });
});

describe('files that are not files', () => {
  it('names a FIFO and a socket and never opens them; the regular file is still read', async () => {
    const open = vi.spyOn(fsPromises, 'open');
    try {
      const { sources, findings } = await collectSources(ws, ['special/*.pem']);
      expect(sources.map((s) => s.path)).toEqual(['special/good.pem']);
      expect(findings.map((f) => [f.code, f.file])).toEqual([
        ['not-a-file', 'special/ca.pem'],
        ['not-a-file', 'special/sock.pem'],
      ]);
      expect(findings[0]!.message).toMatch(
        /^special\/ca\.pem is a FIFO \(named pipe\), not a file: it was not opened/,
      );
      expect(findings[1]!.message).toMatch(/^special\/sock\.pem is a socket/);
      expect(open.mock.calls.map(([p]) => path.basename(String(p)))).toEqual(['good.pem']);
    } finally {
      open.mockRestore();
    }
  });
});

describe('files and directories that cannot be read (injected EACCES: tests run as root)', () => {
  it('an unreadable file is a finding and the other files are still read', async () => {
    put('perm/a.pem', 'A');
    put('perm/b.pem', 'B');
    const real = fsPromises.open;
    const open = vi.spyOn(fsPromises, 'open').mockImplementation(async (file, ...rest) => {
      if (String(file).endsWith('a.pem')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), {
          code: 'EACCES',
        });
      }
      return real(file, ...rest);
    });
    try {
      const { sources, findings } = await collectSources(ws, ['perm/*.pem']);
      expect(sources.map((s) => [s.path, Buffer.from(s.bytes).toString()])).toEqual([['perm/b.pem', 'B']]);
      expect(findings).toEqual([
        {
          severity: 'error',
          code: 'unreadable',
          file: 'perm/a.pem',
          message:
            'perm/a.pem could not be read: permission denied: make it readable by the runner user (chmod a+r) or exclude it with a "!" pattern',
        },
      ]);
    } finally {
      open.mockRestore();
    }
  });

  it('a directory that cannot be listed is a finding naming it, and the walk goes on', async () => {
    put('tree/locked/x.pem');
    put('tree/open/y.pem');
    const real = fsPromises.readdir;
    const readdir = vi.spyOn(fsPromises, 'readdir').mockImplementation((async (
      dir: string,
      options: never,
    ) => {
      if (String(dir).endsWith('locked')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return real(dir, options);
    }) as typeof real);
    try {
      const { sources, findings } = await collectSources(ws, ['tree/**/*.pem']);
      expect(sources.map((s) => s.path)).toEqual(['tree/open/y.pem']);
      expect(findings.map((f) => [f.code, f.file, f.message])).toEqual([
        [
          'unreadable',
          'tree/locked',
          'tree/locked (a directory) could not be listed: permission denied: make it readable by the runner user (chmod a+r) or exclude it with a "!" pattern',
        ],
      ]);
    } finally {
      readdir.mockRestore();
    }
  });
});

describe('hostile names and sizes', () => {
  it('shows control and bidi characters in names as escapes, so no log line can be forged', async () => {
    const { sources } = await collectSources(ws, ['names/*.pem']);
    expect(sources.map((s) => s.path)).toEqual([
      'names/evil\\n::error::forged.pem',
      'names/ok.pem',
      'names/\\u202egnp.pem',
    ]);
  });

  it('stops a walk through too many entries with an error, never a silent partial set', async () => {
    const saved = LIMITS.walkEntries;
    LIMITS.walkEntries = 5;
    try {
      const { sources, findings } = await collectSources(ws, ['**/*.pem']);
      expect(sources.length).toBeLessThanOrEqual(5);
      expect(findings.find((f) => f.code === 'too-many-files')?.message).toMatch(
        /^input ca-files: the patterns lead through more than 5 directory entries, so the files were not all seen: narrow the patterns/,
      );
    } finally {
      LIMITS.walkEntries = saved;
    }
  });

  it('refuses more matched files than a truststore can come from, reading none', async () => {
    const saved = LIMITS.files;
    LIMITS.files = 2;
    try {
      const { sources, findings } = await collectSources(ws, ['inside/**/*.pem', 'ca/root.pem']);
      expect(sources).toEqual([]);
      expect(findings.map((f) => f.code)).toEqual(['too-many-files']);
      expect(findings[0]!.message).toMatch(/the patterns match 3 files, more than the 2 CA files/);
    } finally {
      LIMITS.files = saved;
    }
  });

  it('stops reading when the files together pass the total size bound', async () => {
    const saved = LIMITS.totalBytes;
    LIMITS.totalBytes = 3;
    put('sizes/a.pem', 'aa');
    put('sizes/b.pem', 'bb');
    try {
      const { sources, findings } = await collectSources(ws, ['sizes/*.pem']);
      expect(sources.map((s) => s.path)).toEqual(['sizes/a.pem']);
      expect(findings.map((f) => [f.code, f.file])).toEqual([['too-many-files', 'sizes/b.pem']]);
    } finally {
      LIMITS.totalBytes = saved;
    }
  });
});
