/**
 * File patterns as @actions/glob reads them (the syntax users know from other actions: minimatch
 * with hidden files matched, no braces or extglobs, a directory standing for every file under it,
 * symlinks followed inside the workspace), without @actions/glob, which imports @actions/core (see runner.ts for the
 * startup cost). The walk starts at a pattern's literal prefix and enters only directories the
 * pattern can still match, so `pki/**\/*.pem` never reads the rest of the workspace.
 */
import { type Dirent, promises as fs } from 'node:fs';
import path from 'node:path';
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { isInside } from './inside.js';

const WINDOWS = process.platform === 'win32';

/** @actions/glob's minimatch options: `*` matches dot-files; `{a,b}`, `+(x)`, `#` and `!` are literal. */
const OPTIONS: MinimatchOptions = {
  dot: true,
  nobrace: true,
  noext: true,
  nocomment: true,
  nonegate: true,
  nocase: WINDOWS,
};

export interface GlobPattern {
  /** The literal leading segments: where the walk starts. */
  base: string[];
  /** Whether the file at this root-relative path (`/`-separated) matches. */
  matchesFile(rel: string): boolean;
  /** Whether something under this directory may match. */
  mayContain(relDir: string): boolean;
  /** Whether every file under this directory matches (an exclude can prune it). */
  coversDirectory(relDir: string): boolean;
}

/** A segment without wildcards as the path it names (`\*` and `[*]` are a literal `*`), else ''. */
function literal(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      out += segment[++i];
    } else if (c === '*' || c === '?') {
      return '';
    } else if (c === '[' && i + 1 < segment.length) {
      // `[x]` is the literal x; a set of two or more characters is a wildcard.
      let set = '';
      let close = -1;
      for (let j = i + 1; j < segment.length; j++) {
        const d = segment[j]!;
        if (d === '\\' && j + 1 < segment.length) {
          set += segment[++j];
        } else if (d === ']') {
          close = j;
          break;
        } else set += d;
      }
      if (close >= 0 && set.length > 1) return '';
      if (close >= 0 && set.length === 1) {
        out += set;
        i = close;
      } else out += c;
    } else out += c;
  }
  return out;
}

/**
 * Compiles one pattern (without its `!`) relative to `root`. An absolute pattern is accepted when
 * it points inside `root` (or the real path of `root`); undefined when the pattern leaves the root.
 */
export function compilePattern(root: string, realRoot: string, pattern: string): GlobPattern | undefined {
  let body = WINDOWS ? pattern.trim().replace(/\\/g, '/') : pattern.trim();
  // `pki/` names a directory only: the files under it match, a file named pki does not.
  const trailingSeparator = body.endsWith('/');
  if (path.isAbsolute(body)) {
    const base = [root, realRoot].find((r) => isInside(r, body));
    if (base === undefined) return undefined;
    body = path.relative(base, body).replace(/\\/g, '/');
  }
  const normalized = path.posix.normalize(body);
  if (normalized === '..' || normalized.startsWith('../')) return undefined;
  const segments = normalized.split('/').filter((s) => s !== '' && s !== '.');

  const endsInGlobstar = segments.at(-1) === '**';
  const own = segments.length > 0 ? new Minimatch(segments.join('/'), OPTIONS) : undefined;
  // @actions/glob's implicitDescendants: `dir` also stands for `dir/**`.
  const descendants =
    trailingSeparator || !endsInGlobstar || !own
      ? new Minimatch([...segments, '**'].join('/'), OPTIONS)
      : undefined;
  // A pattern ending in ** is tried with a trailing `/`, as @actions/glob does: `a/*/**` matches the file a/b.
  const ownMatch = (rel: string) => own?.match(endsInGlobstar ? `${rel}/` : rel) ?? false;

  const base: string[] = [];
  for (const segment of segments) {
    const name = literal(segment);
    if (name === '') break;
    base.push(name);
  }
  return {
    base,
    matchesFile: (rel) => (!trailingSeparator && ownMatch(rel)) || (descendants?.match(rel) ?? false),
    mayContain: (relDir) => relDir === '' || (descendants ?? own)!.match(relDir, true),
    coversDirectory: (relDir) => ownMatch(relDir) || (descendants?.match(relDir) ?? false),
  };
}

/**
 * Whether a repository-relative path (`/`-separated) is one the patterns collect: some include
 * matches it and no `!` exclude does, exactly as the walk decides, without touching the disk (the
 * provenance check reads paths from GitHub, not from the workspace).
 */
export function caFileMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const root = path.resolve('/');
  const compiled = (p: string) => compilePattern(root, root, p);
  const includes = patterns.filter((p) => !p.startsWith('!')).flatMap((p) => compiled(p) ?? []);
  const excludes = patterns.filter((p) => p.startsWith('!')).flatMap((p) => compiled(p.slice(1)) ?? []);
  return (rel) => includes.some((i) => i.matchesFile(rel)) && !excludes.some((e) => e.matchesFile(rel));
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}

/**
 * What the walk found where a pattern matched (or could have matched, for a directory it could not
 * enter). Only `file` is read; every other kind becomes one finding naming the path, so nothing in
 * the repository is skipped silently and nothing outside it is walked, opened or printed.
 */
export type GlobMatch =
  | { kind: 'file'; abs: string; rel: string; real: string }
  /** A symlink to nothing (or to itself). */
  | { kind: 'broken-link'; abs: string; rel: string }
  /** A file or directory that resolves outside the root: never read, never walked. `link` is the
   * link's own text when the entry itself is the symlink (repository content, safe to show). */
  | { kind: 'outside'; abs: string; rel: string; directory: boolean; link?: string }
  /** A FIFO, socket or device: never opened (opening a FIFO blocks until a writer appears). */
  | { kind: 'special'; abs: string; rel: string; type: string }
  /** stat or readdir failed (EACCES, EIO, ...): `directory` when it was a directory to walk. */
  | { kind: 'unreadable'; abs: string; rel: string; code: string; directory: boolean };

/** A hard bound on the walk shared by every pattern of one input: hostile trees cannot make it endless. */
export interface WalkBudget {
  /** Directory entries that may still be looked at. */
  entries: number;
  /** Set when the walk stopped because `entries` ran out. */
  exhausted: boolean;
}

function specialType(s: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * What under `root` the `include` pattern matches and no exclude does, in a stable order. Symlinks
 * inside the root are followed (a directory link back into one being walked, a loop, is not); a
 * link that leaves the root is reported once and never entered.
 */
export async function globFiles(
  root: string,
  realRoot: string,
  include: GlobPattern,
  excludes: readonly GlobPattern[],
  budget: WalkBudget = { entries: Number.POSITIVE_INFINITY, exhausted: false },
): Promise<GlobMatch[]> {
  const found: GlobMatch[] = [];
  const wanted = (rel: string) => include.matchesFile(rel) && !excludes.some((e) => e.matchesFile(rel));
  const enterable = (rel: string) => include.mayContain(rel) && !excludes.some((e) => e.coversDirectory(rel));

  async function visitDirectory(
    abs: string,
    rel: string,
    ancestors: readonly string[],
    link?: string,
  ): Promise<void> {
    if (!enterable(rel)) return;
    let real: string;
    let entries: Dirent[];
    try {
      real = await fs.realpath(abs);
      if (!isInside(realRoot, real)) {
        found.push({ kind: 'outside', abs, rel, directory: true, ...(link !== undefined ? { link } : {}) });
        return;
      }
      if (ancestors.includes(real)) return;
      entries = await fs.readdir(abs, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      found.push({ kind: 'unreadable', abs, rel, code: errorCode(error) ?? 'error', directory: true });
      return;
    }
    const chain = [...ancestors, real];
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (budget.entries <= 0) {
        budget.exhausted = true;
        return;
      }
      budget.entries--;
      await visit(path.join(abs, entry.name), rel === '' ? entry.name : `${rel}/${entry.name}`, chain, entry);
    }
  }

  async function visitFile(abs: string, rel: string, link?: string): Promise<void> {
    if (!wanted(rel)) return;
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch (error) {
      if (isMissing(error)) found.push({ kind: 'broken-link', abs, rel });
      else found.push({ kind: 'unreadable', abs, rel, code: errorCode(error) ?? 'error', directory: false });
      return;
    }
    if (!isInside(realRoot, real)) {
      found.push({ kind: 'outside', abs, rel, directory: false, ...(link !== undefined ? { link } : {}) });
      return;
    }
    found.push({ kind: 'file', abs, rel, real });
  }

  async function visit(
    abs: string,
    rel: string,
    ancestors: readonly string[],
    entry?: Dirent,
  ): Promise<void> {
    if (entry && !entry.isSymbolicLink()) {
      if (entry.isDirectory()) await visitDirectory(abs, rel, ancestors);
      else if (entry.isFile()) await visitFile(abs, rel);
      else if (wanted(rel)) found.push({ kind: 'special', abs, rel, type: specialType(entry) });
      return;
    }
    // A symlink (or the pattern's start, whose type is not known yet): stat follows it, never opens it.
    let link: string | undefined;
    try {
      link = await fs.readlink(abs);
    } catch {
      link = undefined;
    }
    let stats: import('node:fs').Stats;
    try {
      stats = await fs.stat(abs);
    } catch (error) {
      if (isMissing(error)) {
        // A dangling or looping symlink: reported when the pattern names it.
        const isLink = await fs.lstat(abs).then(
          (s) => s.isSymbolicLink(),
          () => false,
        );
        if (isLink && wanted(rel)) found.push({ kind: 'broken-link', abs, rel });
        return;
      }
      if (wanted(rel) || enterable(rel)) {
        found.push({ kind: 'unreadable', abs, rel, code: errorCode(error) ?? 'error', directory: false });
      }
      return;
    }
    if (stats.isDirectory()) await visitDirectory(abs, rel, ancestors, link);
    else if (stats.isFile()) await visitFile(abs, rel, link);
    else if (wanted(rel)) found.push({ kind: 'special', abs, rel, type: specialType(stats) });
  }

  await visit(path.join(root, ...include.base), include.base.join('/'), []);
  return found;
}
