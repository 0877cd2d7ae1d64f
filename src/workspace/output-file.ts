/**
 * Where the canonical truststore is written. `output-file` comes from the workflow, but the
 * folders it names come from the repository: a committed `truststore.pem -> /some/file` or
 * `out -> /etc` would otherwise let a pull request make the runner overwrite a file outside the
 * job. So the path must resolve (its folders through their links) inside the workspace or
 * RUNNER_TEMP, an existing symlink at the path is refused rather than followed, and the bytes are
 * written to a new file in the resolved folder and renamed over the path: a rename replaces a link
 * swapped in after the check instead of writing through it.
 */
import { randomUUID } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { FindingCode } from '../pki/codes.js';
import type { Finding } from '../pki/model.js';
import { displayPath } from './display-path.js';
import { isInside } from './inside.js';

export interface OutputTarget {
  /** The path as the user wrote it, resolved against the workspace: the `truststore-file` output. */
  path: string;
  /** The existing folder it resolves into, with links resolved. */
  realDir: string;
  /** Folders still to create under `realDir`. */
  missing: string[];
  name: string;
}

function refusal(code: FindingCode, message: string): { finding: Finding } {
  return { finding: { severity: 'error', code, message } };
}

async function realRoots(workspace: string, runnerTemp: string | undefined): Promise<string[]> {
  const roots = [await fs.realpath(workspace)];
  if (runnerTemp) {
    const real = await fs.realpath(runnerTemp).catch(() => undefined);
    if (real) roots.push(real);
  }
  return roots;
}

/** Checks `output-file` before anything is written; a refusal is a finding that fails validation. */
export async function resolveOutputFile(
  workspace: string,
  outputFile: string,
  runnerTemp?: string,
): Promise<{ target: OutputTarget } | { finding: Finding }> {
  const shown = displayPath(outputFile);
  const logical = path.resolve(workspace, outputFile);
  const name = path.basename(logical);
  if (outputFile.endsWith('/') || name === '' || logical === path.parse(logical).root) {
    return refusal(
      'unsafe-output-file',
      `output-file "${shown}" names a folder: set it to a file path such as truststore.pem`,
    );
  }
  // The deepest folder of the path that exists, resolved through its links; the rest is created.
  const missing: string[] = [];
  let dir = path.dirname(logical);
  let realDir: string;
  for (;;) {
    try {
      realDir = await fs.realpath(dir);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || dir === path.dirname(dir)) {
        return refusal(
          'unsafe-output-file',
          `output-file "${shown}": the folder ${displayPath(path.relative(workspace, dir) || dir)} cannot be used (${code}): remove what is in the way or choose another output-file`,
        );
      }
      missing.unshift(path.basename(dir));
      dir = path.dirname(dir);
    }
  }
  if (!(await fs.stat(realDir)).isDirectory()) {
    return refusal(
      'unsafe-output-file',
      `output-file "${shown}" goes through ${displayPath(path.relative(workspace, dir) || dir)}, which is a file: choose another output-file`,
    );
  }
  const roots = await realRoots(workspace, runnerTemp);
  if (!roots.some((root) => isInside(root, path.join(realDir, ...missing)))) {
    return refusal(
      'outside-workspace',
      `output-file "${shown}" leads outside the workspace and RUNNER_TEMP (a folder on its way is, or links to, a folder outside): write the truststore inside the workspace, and remove any committed link on that path`,
    );
  }
  if (missing.length === 0) {
    const existing = await fs.lstat(path.join(realDir, name)).catch(() => undefined);
    if (existing?.isSymbolicLink()) {
      return refusal(
        'unsafe-output-file',
        `output-file "${shown}" is a symlink: the truststore is never written through a link (it could point anywhere on the runner); delete the link from the repository or choose another output-file`,
      );
    }
    if (existing && !existing.isFile()) {
      return refusal(
        'unsafe-output-file',
        `output-file "${shown}" exists and is not a regular file: remove it or choose another output-file`,
      );
    }
  }
  return { target: { path: logical, realDir, missing, name } };
}

/** Writes the bytes to the checked target: new folders one by one, then a fresh file renamed over the path. */
export async function writeOutputFile(target: OutputTarget, bytes: Uint8Array | string): Promise<void> {
  let dir = target.realDir;
  for (const part of target.missing) {
    dir = path.join(dir, part);
    try {
      await fs.mkdir(dir);
    } catch (error) {
      // Created meanwhile: fine only if it is a real folder, not a link planted after the check.
      const stats = await fs.lstat(dir).catch(() => undefined);
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!stats?.isDirectory()) {
        throw new Error(
          `output-file: the folder ${displayPath(dir)} appeared as a link or a file while the truststore was written; nothing was written through it: remove it and run again`,
        );
      }
    }
  }
  const temporary = path.join(dir, `.${target.name}.${randomUUID()}.tmp`);
  const handle = await fs.open(
    temporary,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o644,
  );
  try {
    await handle.writeFile(bytes);
    await handle.close();
  } catch (error) {
    // A full disk or a quota: no half-written temporary file is left behind.
    await handle.close().catch(() => undefined);
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
  try {
    await fs.rename(temporary, path.join(dir, target.name));
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** What is at a path that must be a regular file, in words; undefined when it is one (or nothing). */
function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return 'is a symbolic link';
  if (stats.isDirectory()) return 'is a folder';
  const what = stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : 'a device';
  return `is ${what}, not a regular file`;
}

/**
 * Checks a report path chosen by the user (the CLI's `--output`) before anything runs. Unlike
 * `output-file` it may lead anywhere (its folders are followed through their links: /tmp may be
 * one), but it must be absent or a regular file, in a folder that exists: a link at the path is
 * refused rather than followed. `file` is the path as the user wrote it, `label` the flag that
 * gave it; a refusal is one line with the fix, `usage` false when the folder is merely not writable.
 */
export async function checkReportFile(
  cwd: string,
  file: string,
  label: string,
): Promise<{ target: OutputTarget } | { refusal: string; usage: boolean }> {
  const shown = displayPath(file);
  const logical = path.resolve(cwd, file);
  const name = path.basename(logical);
  const folderShown = (dir: string) =>
    displayPath(path.isAbsolute(file) ? dir : path.relative(cwd, dir) || '.');
  const usage = (message: string) => ({ refusal: `${label} ${shown}${message}`, usage: true });
  const fix = 'give the path of a regular file';
  if (/[/\\]$/.test(file) || logical === path.parse(logical).root) {
    return usage(` names a folder: ${fix}`);
  }
  const dir = path.dirname(logical);
  let realDir: string;
  try {
    realDir = await fs.realpath(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') {
      return usage(`: the folder ${folderShown(dir)} does not exist: create it or choose another path`);
    }
    if (code === 'ENOTDIR') {
      return usage(`: a part of ${folderShown(dir)} is a file, not a folder: choose another path`);
    }
    return usage(`: the folder ${folderShown(dir)} cannot be used (${code}): choose another path`);
  }
  if (!(await fs.stat(realDir).catch(() => undefined))?.isDirectory()) {
    return usage(`: ${folderShown(dir)} is a file, not a folder: choose another path`);
  }
  const existing = await fs.lstat(path.join(realDir, name)).catch(() => undefined);
  const what = existing && notAFile(existing);
  if (what) {
    const why = existing?.isSymbolicLink() ? ' (the report is never written through a link)' : '';
    return usage(` ${what}: ${fix}${why}`);
  }
  try {
    await fs.access(realDir, constants.W_OK);
  } catch (error) {
    return { refusal: `could not write the report to ${shown}: ${writeFailure(error, label)}`, usage: false };
  }
  return { target: { path: logical, realDir, missing: [], name } };
}

/** Why writing a file failed, and the fix, in one line: `<reason> (<code>): <fix>`; never a stack. */
export function writeFailure(error: unknown, label: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const other = `choose another ${label} or check that folder`;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code}): make the folder writable or choose another ${label}`;
    case 'EROFS':
      return `the file system is read-only (EROFS): choose another ${label}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `no space left on the device (${code}): free some space or choose another ${label}`;
    case 'EISDIR':
      return `a folder appeared at that path while the run went on (EISDIR): remove it or choose another ${label}`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `its folder was removed or replaced while the run went on (${code}): ${other}`;
    case undefined:
      return `${displayPath(error instanceof Error ? error.message : String(error)).slice(0, 300)}: ${other}`;
    default:
      return `${code}: ${other}`;
  }
}
