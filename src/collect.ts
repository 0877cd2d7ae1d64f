/**
 * The file-system edge of validation: expands the ca-files globs (@actions/glob's syntax, see
 * glob.ts; `!` excludes) under a root folder and reads each match. Everything that goes wrong is a
 * finding, never a throw, so the user sees every problem in one run.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { compilePattern, type GlobPattern, globFiles } from './glob.js';
import type { Finding, SourceFile } from './pki/model.js';

/** A truststore beyond this is not a CA bundle (API Gateway's own limit is far lower). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

function inputFinding(input: string, message: string): Finding {
  return { severity: 'error', code: 'no-match', message: `input ${input}: ${message}` };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads every file the patterns match under `root`, in a stable order. Each include pattern must
 * match at least one file; a file that resolves (through a symlink) outside `root` is refused.
 */
export async function collectSources(
  root: string,
  patterns: readonly string[],
  input = 'ca-files',
): Promise<{ sources: SourceFile[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const realRoot = await realpath(root);
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
  const files = new Set<string>();
  for (const pattern of includes) {
    const compiled = compilePattern(root, realRoot, pattern);
    if (!compiled) {
      findings.push({
        severity: 'error',
        code: 'outside-workspace',
        message: `input ${input}: pattern "${pattern}" points outside ${root}: copy the certificates into the repository and write the pattern relative to the workspace`,
      });
      continue;
    }
    const matched = await globFiles(root, compiled, excludes);
    if (matched.length === 0) {
      findings.push(
        inputFinding(
          input,
          `pattern "${pattern}" matches no file under ${root}: fix the pattern (it is relative to the workspace) or remove it`,
        ),
      );
    }
    for (const file of matched) files.add(file);
  }
  const sources: SourceFile[] = [];
  for (const file of [...files].sort()) {
    const display = path.relative(root, file) || path.basename(file);
    let real: string;
    try {
      real = await realpath(file);
    } catch {
      findings.push({
        severity: 'error',
        code: 'unreadable',
        message: `${display}: a broken symlink: point it at a file or remove it`,
        file: display,
      });
      continue;
    }
    if (!isInside(realRoot, real)) {
      findings.push({
        severity: 'error',
        code: 'outside-workspace',
        message: `${display} is a symlink to ${real}, outside the workspace: copy the certificate into the repository instead of linking to it`,
        file: display,
      });
      continue;
    }
    const size = (await stat(real)).size;
    if (size > MAX_FILE_BYTES) {
      findings.push({
        severity: 'error',
        code: 'file-too-large',
        message: `${display} is ${size} bytes, too large for a CA file: check that the pattern does not match an archive or a binary`,
        file: display,
      });
      continue;
    }
    sources.push({ path: display, bytes: new Uint8Array(await readFile(real)) });
  }
  return { sources, findings };
}
