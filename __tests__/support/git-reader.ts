/**
 * Read-only access to a real git repository, for FakeGitHub: resolves refs, walks history and
 * diffs trees with git's plumbing commands (rev-parse, rev-list, merge-base, diff-tree, log with
 * an explicit format), so what the fake answers is what git, and GitHub, would compute.
 * Commit objects never change, so they are cached; refs are resolved on every call.
 */
import { execFileSync } from 'node:child_process';
import { devNull } from 'node:os';

export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601 in UTC without milliseconds, as GitHub writes it: 2026-01-01T00:00:00Z. */
  date: string;
}

export interface GitCommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  /** The whole message (subject and body), without the final newline, as GitHub returns it. */
  message: string;
}

export interface GitFileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  previous_filename?: string;
  /** The blob after the change (before it, for a removed file). */
  sha: string;
  additions: number;
  deletions: number;
}

/** An environment for git that ignores the user's and the system's configuration and any GIT_DIR. */
export function gitEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^GIT_/.test(key)) delete env[key];
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, GIT_TERMINAL_PROMPT: '0', ...extra };
}

const utc = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class GitReader {
  private readonly cache = new Map<string, GitCommitInfo>();

  constructor(readonly dir: string) {}

  git(args: string[], input?: string): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: gitEnvironment(),
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(input !== undefined ? { input } : {}),
    });
  }

  private ok(args: string[]): boolean {
    try {
      this.git(args);
      return true;
    } catch {
      return false;
    }
  }

  /** The commit a ref (full or abbreviated SHA, branch, tag) names, or undefined. */
  resolve(ref: string): string | undefined {
    if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) return undefined;
    try {
      return this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** The tip of branch `name`, or undefined when there is no such branch. */
  branchTip(name: string): string | undefined {
    return this.resolve(`refs/heads/${name}`);
  }

  commits(shas: string[]): GitCommitInfo[] {
    const missing = [...new Set(shas.filter((s) => !this.cache.has(s)))];
    for (let i = 0; i < missing.length; i += 500) {
      const batch = missing.slice(i, i + 500);
      const out = this.git([
        'log',
        '--no-walk=unsorted',
        '--no-decorate',
        '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI%x1f%B%x1e',
        ...batch,
        '--',
      ]);
      for (const record of out.split('\x1e')) {
        const text = record.replace(/^\n/, '');
        if (!text) continue;
        const [sha, tree, parents, an, ae, ad, cn, ce, cd, message] = text.split('\x1f') as string[];
        this.cache.set(sha!, {
          sha: sha!,
          tree: tree!,
          parents: parents ? parents.split(' ') : [],
          author: { name: an!, email: ae!, date: utc(ad!) },
          committer: { name: cn!, email: ce!, date: utc(cd!) },
          message: (message ?? '').replace(/\n+$/, ''),
        });
      }
    }
    return shas.map((s) => {
      const info = this.cache.get(s);
      if (!info) throw new Error(`git: no commit ${s} in ${this.dir}`);
      return info;
    });
  }

  commit(sha: string): GitCommitInfo {
    return this.commits([sha])[0]!;
  }

  /**
   * The commits reachable from `head` and from none of `exclude`, oldest first
   * (`git rev-list --reverse --topo-order head ^exclude…`).
   */
  revList(head: string, exclude: string[] = [], options: { noMerges?: boolean } = {}): string[] {
    const out = this.git([
      'rev-list',
      '--reverse',
      '--topo-order',
      ...(options.noMerges ? ['--no-merges'] : []),
      head,
      ...exclude.map((e) => `^${e}`),
      '--',
    ]);
    return out.split('\n').filter(Boolean);
  }

  count(head: string, exclude: string): number {
    return Number(this.git(['rev-list', '--count', head, `^${exclude}`, '--']).trim());
  }

  /** Whether `ancestor` is reachable from `descendant` (a commit is its own ancestor). */
  isAncestor(ancestor: string, descendant: string): boolean {
    return this.ok(['merge-base', '--is-ancestor', ancestor, descendant]);
  }

  mergeBase(a: string, b: string): string | undefined {
    try {
      return this.git(['merge-base', a, b]).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The files that differ from `from` to `to` with rename detection, in path order; `from` null
   * diffs a root commit against the empty tree.
   */
  diff(from: string | null, to: string): GitFileChange[] {
    const base = from === null ? ['--root', to] : [from, to];
    const raw = this.git(['diff-tree', '-r', '-M', '-z', '--no-commit-id', ...base]).split('\0');
    const changes: GitFileChange[] = [];
    for (let i = 0; i < raw.length; i++) {
      const meta = raw[i];
      if (!meta?.startsWith(':')) continue;
      const [, , srcSha, dstSha, status] = meta.slice(1).split(' ') as string[];
      const letter = status!.charAt(0);
      const zero = /^0+$/;
      const sha = zero.test(dstSha!) ? srcSha! : dstSha!;
      if (letter === 'R' || letter === 'C') {
        const previous = raw[++i]!;
        const filename = raw[++i]!;
        changes.push({
          filename,
          status: letter === 'R' ? 'renamed' : 'copied',
          previous_filename: previous,
          sha,
          additions: 0,
          deletions: 0,
        });
      } else {
        const filename = raw[++i]!;
        const kind = ({ A: 'added', D: 'removed', M: 'modified', T: 'changed' } as const)[
          letter as 'A' | 'D' | 'M' | 'T'
        ];
        changes.push({ filename, status: kind ?? 'modified', sha, additions: 0, deletions: 0 });
      }
    }
    // Line counts: `-z --numstat` writes "add\tdel\tpath\0", or "add\tdel\t\0old\0new\0" for a rename.
    const num = this.git(['diff-tree', '-r', '-M', '-z', '--numstat', '--no-commit-id', ...base]).split('\0');
    const byFile = new Map(changes.map((c) => [c.filename, c]));
    for (let i = 0; i < num.length; i++) {
      const entry = num[i];
      if (!entry) continue;
      const [add, del, path] = entry.split('\t') as [string, string, string | undefined];
      let filename = path;
      if (path === '') {
        i++;
        filename = num[++i];
      }
      const change = filename === undefined ? undefined : byFile.get(filename);
      if (!change) continue;
      change.additions = add === '-' ? 0 : Number(add);
      change.deletions = del === '-' ? 0 : Number(del);
    }
    return changes;
  }
}
