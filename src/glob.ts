/**
 * File patterns as @actions/glob reads them (the syntax users know from other actions: minimatch
 * with hidden files matched, no braces or extglobs, a directory standing for every file under it,
 * symlinks followed), without @actions/glob, which imports @actions/core (see runner.ts for the
 * startup cost). The walk starts at a pattern's literal prefix and enters only directories the
 * pattern can still match, so `pki/**\/*.pem` never reads the rest of the workspace.
 */
import { type Dirent, promises as fs } from 'node:fs';
import path from 'node:path';
import { Minimatch, type MinimatchOptions } from 'minimatch';

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
    const inside = [root, realRoot]
      .map((r) => path.relative(r, body).replace(/\\/g, '/'))
      .find((rel) => !rel.startsWith('..') && !path.isAbsolute(rel));
    if (inside === undefined) return undefined;
    body = inside;
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

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}

/**
 * The files under `root` that `include` matches and no exclude does, as absolute paths. A broken
 * symlink that matches is returned too, so the caller can say so instead of skipping it silently.
 * Symlinked directories are followed, except back into a directory being walked (a loop).
 */
export async function globFiles(
  root: string,
  include: GlobPattern,
  excludes: readonly GlobPattern[],
): Promise<string[]> {
  const found: string[] = [];
  const wanted = (rel: string) => include.matchesFile(rel) && !excludes.some((e) => e.matchesFile(rel));

  async function visitDirectory(abs: string, rel: string, ancestors: readonly string[]): Promise<void> {
    if (!include.mayContain(rel) || excludes.some((e) => e.coversDirectory(rel))) return;
    const real = await fs.realpath(abs);
    if (ancestors.includes(real)) return;
    const chain = [...ancestors, real];
    const entries = await fs.readdir(abs, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      await visit(path.join(abs, entry.name), rel === '' ? entry.name : `${rel}/${entry.name}`, chain, entry);
    }
  }

  async function visit(
    abs: string,
    rel: string,
    ancestors: readonly string[],
    entry?: Dirent,
  ): Promise<void> {
    let kind: 'directory' | 'file' | 'other';
    if (entry && !entry.isSymbolicLink()) {
      kind = entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
    } else {
      try {
        const stats = await fs.stat(abs);
        kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
      } catch (error) {
        if (!isMissing(error)) throw error;
        // A dangling or looping symlink: reported by the caller when the pattern names it.
        const link = await fs.lstat(abs).then(
          (s) => s.isSymbolicLink(),
          () => false,
        );
        if (link && wanted(rel)) found.push(abs);
        return;
      }
    }
    if (kind === 'directory') await visitDirectory(abs, rel, ancestors);
    else if (kind === 'file' && wanted(rel)) found.push(abs);
    // Sockets, FIFOs and devices are never CA files (and reading a FIFO would block).
  }

  await visit(path.join(root, ...include.base), include.base.join('/'), []);
  return found;
}
