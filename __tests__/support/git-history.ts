/**
 * Builds git histories quickly with real git in a temporary directory: commits on branches,
 * merges (merge commit, squash, rebase, as GitHub's three merge buttons do), orphan branches.
 * Dates are deterministic (one minute apart from 2026-01-01T00:00:00Z) so history order is
 * stable, and the user's and system's git configuration is ignored.
 *
 *   const h = GitHistory.create();
 *   const a = h.commit({ 'pki/root.pem': 'A' }, 'add root');          // on main
 *   h.branch('feature', 'main');
 *   const b = h.commit({ 'pki/root.pem': null }, 'remove root', 'feature');
 *   const m = h.merge('main', 'feature', 'Merge pull request #1');
 *   h.cleanup();
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gitEnvironment } from './git-reader.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export interface CommitOptions {
  author?: GitIdentity;
  /** Defaults to the author. */
  committer?: GitIdentity;
  /** ISO 8601; defaults to one minute after the previous commit. */
  date?: string;
}

const START = Date.parse('2026-01-01T00:00:00Z');
const DEFAULT_IDENTITY: GitIdentity = { name: 'Test Author', email: 'author@example.com' };

export class GitHistory {
  private clock = 0;

  private constructor(
    /** The repository (a work tree with .git). */
    readonly dir: string,
    readonly defaultBranch: string,
  ) {}

  /** A new empty repository whose initial branch is `defaultBranch` (no commit yet). */
  static create(options: { defaultBranch?: string; prefix?: string } = {}): GitHistory {
    const defaultBranch = options.defaultBranch ?? 'main';
    const dir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'git-history-'));
    const history = new GitHistory(dir, defaultBranch);
    history.git('-c', `init.defaultBranch=${defaultBranch}`, 'init', '-q');
    history.git('config', 'user.name', DEFAULT_IDENTITY.name);
    history.git('config', 'user.email', DEFAULT_IDENTITY.email);
    history.git('config', 'commit.gpgsign', 'false');
    return history;
  }

  /** Runs git in the repository and returns its trimmed output. */
  git(...args: string[]): string {
    return this.run(args, {});
  }

  private run(args: string[], env: Record<string, string>): string {
    try {
      return execFileSync('git', args, {
        cwd: this.dir,
        encoding: 'utf8',
        env: gitEnvironment(env),
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      throw new Error(`git ${args.join(' ')} failed: ${e.stderr || e.stdout || e.message}`);
    }
  }

  private stamp(options: CommitOptions = {}): Record<string, string> {
    this.clock++;
    const date = options.date ?? new Date(START + this.clock * 60_000).toISOString();
    const author = options.author ?? DEFAULT_IDENTITY;
    const committer = options.committer ?? author;
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: date,
    };
  }

  private checkout(branch: string): void {
    if (this.current() !== branch) this.git('checkout', '-q', branch, '--');
  }

  /** The branch HEAD is on (also before its first commit). */
  current(): string {
    return this.git('symbolic-ref', '--short', 'HEAD');
  }

  /**
   * Writes `files` (null deletes the file) on `branch` (default: the current branch, the default
   * branch at first) and commits them; an empty `files` makes an empty commit. Returns its SHA.
   */
  commit(
    files: Record<string, string | null>,
    message: string,
    branch?: string,
    options: CommitOptions = {},
  ): string {
    if (branch !== undefined) this.checkout(branch);
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.dir, name);
      if (content === null) rmSync(file, { force: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
    this.git('add', '-A');
    this.run(['commit', '-q', '--allow-empty', '--no-verify', '-m', message], this.stamp(options));
    return this.sha('HEAD');
  }

  /** Creates branch `name` at `from` (a branch or SHA) without checking it out. Returns its SHA. */
  branch(name: string, from: string): string {
    this.git('branch', name, from);
    return this.sha(name);
  }

  /** Checks out a new branch with no history: its next commit is a root commit. */
  orphan(name: string): void {
    this.git('checkout', '-q', '--orphan', name);
    this.git('rm', '-rfq', '--ignore-unmatch', '.');
  }

  /**
   * Merges `from` into `into` with a merge commit (`--no-ff`, as GitHub's "Create a merge
   * commit" does: first parent `into`, second `from`). Throws on a conflict. Returns its SHA.
   */
  merge(into: string, from: string, message: string, options: CommitOptions = {}): string {
    this.checkout(into);
    try {
      this.run(['merge', '-q', '--no-ff', '--no-verify', '-m', message, from], this.stamp(options));
    } catch (error) {
      this.run(['merge', '--abort'], {});
      throw error;
    }
    return this.sha('HEAD');
  }

  /** GitHub's "Squash and merge": one commit on `into` with the changes of `from`. Returns its SHA. */
  squash(into: string, from: string, message: string, options: CommitOptions = {}): string {
    this.checkout(into);
    this.git('merge', '-q', '--squash', from);
    this.run(['commit', '-q', '--allow-empty', '--no-verify', '-m', message], this.stamp(options));
    return this.sha('HEAD');
  }

  /**
   * GitHub's "Rebase and merge": the non-merge commits of `from` not on `into`, replayed on
   * `into` as new commits. Returns the new tip of `into` (GitHub's merge_commit_sha).
   */
  rebase(into: string, from: string, options: CommitOptions = {}): string {
    const picks = this.git('rev-list', '--reverse', '--topo-order', '--no-merges', from, `^${into}`, '--')
      .split('\n')
      .filter(Boolean);
    this.checkout(into);
    for (const pick of picks) {
      // The author (and author date) stay the original's; the committer is who merged.
      const stamp = this.stamp(options);
      const committer = Object.fromEntries(
        Object.entries(stamp).filter(([k]) => k.startsWith('GIT_COMMITTER_')),
      );
      this.run(['cherry-pick', '--allow-empty', '--keep-redundant-commits', pick], committer);
    }
    return this.sha('HEAD');
  }

  /** Moves `branch` to `to` (a force-push; also a fast-forward). */
  reset(branch: string, to: string): string {
    if (this.current() === branch) this.git('reset', '-q', '--hard', to);
    else this.git('branch', '-f', branch, to);
    return this.sha(branch);
  }

  /** The full SHA of the commit `ref` names. */
  sha(ref: string): string {
    return this.git('rev-parse', '--verify', `${ref}^{commit}`);
  }

  /** Deletes the repository. */
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
