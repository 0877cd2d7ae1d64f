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

/** How one git command ended: its exit code, or undefined when git could not run or timed out. */
export interface GitStatus {
  code: number | undefined;
  stdout: string;
  /** git's trimmed standard error, or why it could not run. */
  stderr: string;
}

/** Runs git and reports how it ended, for commands whose exit code is the answer; never throws. */
export async function gitStatus(cwd: string, args: string[]): Promise<GitStatus> {
  try {
    const { stdout, stderr } = await run('git', args, {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 120_000,
    });
    return { code: 0, stdout: stdout.trim(), stderr: stderr.trim() };
  } catch (error) {
    const e = error as {
      code?: unknown;
      killed?: unknown;
      stdout?: unknown;
      stderr?: unknown;
      message?: unknown;
    };
    // A timeout kills git (code null); a missing git or cwd is a string code such as ENOENT.
    const code = typeof e.code === 'number' && e.killed !== true ? e.code : undefined;
    const said = typeof e.stderr === 'string' ? e.stderr.trim() : '';
    const why = e.killed === true ? 'git timed out' : String(e.message ?? error);
    return {
      code,
      stdout: typeof e.stdout === 'string' ? e.stdout.trim() : '',
      stderr: code === undefined && said === '' ? why : said,
    };
  }
}

/** True when `spec` (a commit, `<sha>:path`, ...) names an object in the repository at cwd. */
export async function hasObject(cwd: string, spec: string): Promise<boolean> {
  return (await tryGit(cwd, ['cat-file', '-e', spec])) !== undefined;
}
