/**
 * The file-system edge of validation: expands the ca-files (or client-certificates) globs
 * (@actions/glob's syntax, see glob.ts; `!` excludes) under the workspace and reads each match.
 * The workspace is the boundary: nothing outside it is walked, opened or named by its content,
 * and everything that goes wrong is a finding, never a throw, so the user sees every problem in
 * one run.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { FindingCode } from '../pki/codes.js';
import type { Finding, SourceFile } from '../pki/model.js';
import { displayPath } from './display-path.js';
import { compilePattern, type GlobMatch, type GlobPattern, globFiles, type WalkBudget } from './glob.js';

/**
 * Our own bounds (not AWS's): a CA bundle is small and few files, so anything past these is a
 * pattern that matches the wrong tree or a repository built to exhaust the runner. Crossing one is
 * an error, never a silent cut: a truststore built from part of the files is not the reviewed one.
 */
export const LIMITS = {
  /** One file: a truststore beyond this is not a CA bundle (API Gateway's own limit is far lower). */
  fileBytes: 10 * 1024 * 1024,
  /** All files of one input together. */
  totalBytes: 64 * 1024 * 1024,
  /** Files one input may match. */
  files: 10_000,
  /** Directory entries one input's walk may look at. */
  walkEntries: 200_000,
};

function inputFinding(input: string, message: string): Finding {
  return { severity: 'error', code: 'no-match', message: `input ${input}: ${message}` };
}

function fileFinding(code: FindingCode, display: string, message: string): Finding {
  return { severity: 'error', code, message, file: display };
}

/** Why a file or directory could not be read, as the fix. */
function unreadableReason(code: string): string {
  return code === 'EACCES' || code === 'EPERM'
    ? 'permission denied: make it readable by the runner user (chmod a+r) or exclude it with a "!" pattern'
    : `${code}: check the file system, or exclude it with a "!" pattern`;
}

/** The finding for everything the walk found that is not a readable file inside the workspace. */
function matchFinding(match: Exclude<GlobMatch, { kind: 'file' }>, input: string): Finding {
  const name = displayPath(match.rel);
  switch (match.kind) {
    case 'broken-link':
      return fileFinding('unreadable', name, `${name}: a broken symlink: point it at a file or remove it`);
    case 'outside': {
      const what = match.link !== undefined ? `is a symlink to ${displayPath(match.link)}` : 'resolves';
      return fileFinding(
        'outside-workspace',
        name,
        match.directory
          ? `${name} ${what} outside the workspace: it was not walked; copy the CA files into the repository or exclude the link with a "!" pattern in ${input}`
          : `${name} ${what} outside the workspace: copy the certificate into the repository instead of linking to it`,
      );
    }
    case 'special':
      return fileFinding(
        'not-a-file',
        name,
        `${name} is ${match.type}, not a file: it was not opened; remove it or exclude it with a "!" pattern in ${input}`,
      );
    case 'unreadable':
      return fileFinding(
        'unreadable',
        name,
        `${name}${match.directory ? ' (a directory) could not be listed' : ' could not be read'}: ${unreadableReason(match.code)}`,
      );
  }
}

/**
 * Reads one file that the walk resolved inside the workspace. Opened without following a final
 * symlink and without blocking (a FIFO swapped in after the walk must not hang the run), then
 * checked again on the open descriptor: what is read is what was checked.
 */
async function readMatch(
  match: Extract<GlobMatch, { kind: 'file' }>,
  display: string,
  budget: { bytes: number; limits: ByteLimits },
): Promise<SourceFile | Finding> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(match.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ELOOP') {
      return fileFinding(
        'unreadable',
        display,
        `${display} changed into a symlink while it was read: run again`,
      );
    }
    return fileFinding('unreadable', display, `${display} could not be read: ${unreadableReason(code)}`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      return fileFinding(
        'not-a-file',
        display,
        `${display} is not a regular file: remove it or exclude it with a "!" pattern`,
      );
    }
    if (stats.size > budget.limits.fileBytes) {
      return fileFinding(
        'file-too-large',
        display,
        `${display} is ${stats.size} bytes, too large for a CA file (at most ${budget.limits.fileBytes}): check that the pattern does not match an archive or a binary`,
      );
    }
    if (stats.size > budget.bytes) {
      return fileFinding(
        'too-many-files',
        display,
        `${display}: the matched files together pass ${budget.limits.totalBytes} bytes, more than CA files can be: narrow the patterns`,
      );
    }
    const bytes = new Uint8Array(await handle.readFile());
    budget.bytes -= bytes.length;
    return { path: display, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return fileFinding('unreadable', display, `${display} could not be read: ${unreadableReason(code)}`);
  } finally {
    await handle.close();
  }
}

/** The byte bounds of one input: LIMITS' by default, wider for an input of larger files (CRLs). */
export interface ByteLimits {
  fileBytes: number;
  totalBytes: number;
}

/**
 * Reads every file the patterns match under `root`, in a stable order. Each include pattern must
 * match at least one file; anything that resolves outside `root`, is not a regular file or cannot
 * be read is a finding naming it, and the other files are still read.
 */
export async function collectSources(
  root: string,
  patterns: readonly string[],
  input = 'ca-files',
  options: Partial<ByteLimits> = {},
): Promise<{ sources: SourceFile[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const realRoot = await fs.realpath(root);
  const excludes = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => compilePattern(root, realRoot, p.slice(1)))
    // An exclude outside the root has nothing to exclude.
    .filter((p): p is GlobPattern => p !== undefined);
  const includes = patterns.filter((p) => !p.startsWith('!'));
  if (includes.length === 0) {
    return {
      sources: [],
      findings: [inputFinding(input, 'has only "!" exclusions: add a pattern that matches your CA files')],
    };
  }
  const walk: WalkBudget = { entries: LIMITS.walkEntries, exhausted: false };
  const matches = new Map<string, GlobMatch>();
  for (const pattern of includes) {
    const compiled = compilePattern(root, realRoot, pattern);
    if (!compiled) {
      findings.push({
        severity: 'error',
        code: 'outside-workspace',
        message: `input ${input}: pattern "${displayPath(pattern)}" points outside ${root}: copy the certificates into the repository and write the pattern relative to the workspace`,
      });
      continue;
    }
    const matched = await globFiles(root, realRoot, compiled, excludes, walk);
    if (matched.length === 0 && !walk.exhausted) {
      findings.push(
        inputFinding(
          input,
          `pattern "${displayPath(pattern)}" matches no file under ${root}: fix the pattern (it is relative to the workspace) or remove it`,
        ),
      );
    }
    for (const match of matched) if (!matches.has(match.abs)) matches.set(match.abs, match);
  }
  if (walk.exhausted) {
    findings.push({
      severity: 'error',
      code: 'too-many-files',
      message: `input ${input}: the patterns lead through more than ${LIMITS.walkEntries} directory entries, so the files were not all seen: narrow the patterns to the folders that hold the CA files`,
    });
  }
  const ordered = [...matches.values()].sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
  const files = ordered.filter((m): m is Extract<GlobMatch, { kind: 'file' }> => m.kind === 'file');
  if (files.length > LIMITS.files) {
    findings.push({
      severity: 'error',
      code: 'too-many-files',
      message: `input ${input}: the patterns match ${files.length} files, more than the ${LIMITS.files} CA files a truststore can come from: narrow the patterns`,
    });
    return { sources: [], findings };
  }
  const sources: SourceFile[] = [];
  const limits: ByteLimits = {
    fileBytes: options.fileBytes ?? LIMITS.fileBytes,
    totalBytes: options.totalBytes ?? LIMITS.totalBytes,
  };
  const budget = { bytes: limits.totalBytes, limits };
  for (const match of ordered) {
    if (match.kind !== 'file') {
      findings.push(matchFinding(match, input));
      continue;
    }
    const display = displayPath(path.relative(root, match.abs) || path.basename(match.abs));
    const read = await readMatch(match, display, budget);
    if ('bytes' in read) sources.push(read);
    else findings.push(read);
  }
  return { sources, findings };
}
