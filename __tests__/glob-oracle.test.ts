/**
 * src/glob.ts against @actions/glob (a dev dependency, the oracle): the ca-files syntax users know
 * from other actions. For each row of patterns, both expand them in the same workspace (the
 * runner's working directory) and must find the same files. @actions/glob stays out of the bundle:
 * it imports @actions/core, whose start-up cost glob.ts spares.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as actionsGlob from '@actions/glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePattern, type GlobPattern, globFiles } from '../src/workspace/glob.js';

let root: string;
const cwd = process.cwd();

const FILES = [
  'pki/root.pem',
  'pki/root.crt',
  'pki/.hidden.pem',
  'pki/old-root.pem',
  'pki/a.pem',
  'pki/b.pem',
  'pki/ab.pem',
  'pki/{a,b}.pem',
  'pki/+(x).pem',
  'pki/[x].pem',
  'pki/x.pem',
  'pki/sub/int.pem',
  'pki/sub/deep/leaf.pem',
  'pki/sub/deep/notes.txt',
  '.github/ca.pem',
  'other/root.pem',
  'other/pki/nested.pem',
  'README.md',
];

beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'glob-oracle-')));
  for (const file of FILES) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  // A symlinked directory: both follow it.
  symlinkSync(path.join(root, 'pki', 'sub'), path.join(root, 'linked'));
  // @actions/glob resolves relative patterns against the working directory, the workspace on a runner.
  process.chdir(root);
});

afterAll(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
});

/** What the action reads for these ca-files lines (the union of the includes, minus the `!` lines). */
async function ours(patterns: string[]): Promise<string[]> {
  const excludes = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => compilePattern(root, root, p.slice(1)))
    .filter((p): p is GlobPattern => p !== undefined);
  const found = new Set<string>();
  for (const p of patterns.filter((x) => !x.startsWith('!'))) {
    const compiled = compilePattern(root, root, p);
    if (!compiled) continue;
    // Every match, whatever its kind (the action reports the ones it does not read as findings).
    for (const match of await globFiles(root, root, compiled, excludes))
      found.add(path.relative(root, match.abs));
  }
  return [...found].sort();
}

/** What @actions/glob finds for the same lines: files only, symlinks followed, implicit descendants. */
async function theirs(patterns: string[]): Promise<string[]> {
  const globber = await actionsGlob.create(patterns.join('\n'), {
    matchDirectories: false,
    followSymbolicLinks: true,
    implicitDescendants: true,
  });
  return [...new Set((await globber.glob()).map((file) => path.relative(root, file)))].sort();
}

const TABLE: string[][] = [
  ['pki/*.pem'],
  ['**/*.pem'],
  ['*.pem'],
  ['pki'],
  ['pki/'],
  ['pki/**'],
  ['pki/*/**'],
  ['pki/**/*.pem'],
  ['pki/**/deep'],
  ['**/pki/*.pem'],
  ['*'],
  ['**'],
  ['pki/?.pem'],
  ['pki/[ab].pem'],
  ['pki/[x].pem'],
  ['pki/\\[x\\].pem'],
  ['pki/{a,b}.pem'],
  ['pki/+(x).pem'],
  ['pki/root.pem'],
  ['PKI/root.pem'],
  ['pki/root.pem', 'pki/root.pem'],
  ['./pki/*.pem'],
  ['.github/*.pem'],
  ['linked/**/*.pem'],
  ['linked'],
  ['pki/*.pem', 'other/*.pem'],
  ['**/*.pem', '!pki/old*'],
  ['**/*.pem', '!**/sub/**'],
  ['pki/**', '!pki/sub'],
  ['pki/**', '!pki/sub/'],
  ['**', '!**/*.txt', '!README.md'],
  ['pki/**/*.pem', '!**/.*'],
  ['no-such-dir/*.pem'],
  ['pki/*.der'],
];

describe('ca-files patterns match the files @actions/glob matches', () => {
  it.each(TABLE.map((row) => [row.join('  '), row] as const))('%s', async (_name, patterns) => {
    const expected = await theirs([...patterns]);
    expect(await ours([...patterns])).toEqual(expected);
  });

  it('the table covers matches and non-matches alike', async () => {
    const sizes = await Promise.all(TABLE.map((row) => theirs(row).then((found) => found.length)));
    expect(sizes.filter((n) => n === 0).length).toBeGreaterThanOrEqual(2);
    expect(sizes.filter((n) => n > 3).length).toBeGreaterThanOrEqual(5);
  });
});
