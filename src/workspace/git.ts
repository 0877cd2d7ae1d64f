/**
 * The one way the action runs git in the workspace: execFile (no shell), with a timeout and a
 * buffer large enough for rev-parse, cat-file and merge-base answers.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** git's trimmed stdout; throws when git fails, exits non-zero or times out. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
  return stdout.trim();
}

/** git's trimmed stdout, or undefined when git fails, exits non-zero or times out. */
export async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}

/** True when `spec` (a commit, `<sha>:path`, ...) names an object in the repository at cwd. */
export async function hasObject(cwd: string, spec: string): Promise<boolean> {
  return (await tryGit(cwd, ['cat-file', '-e', spec])) !== undefined;
}
