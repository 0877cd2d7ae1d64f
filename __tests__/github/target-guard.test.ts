import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEvent } from '../../src/github/event.js';
import { SAFE_RECIPE, untrustedCheckout } from '../../src/github/target-guard.js';

let dir: string;
let baseSha: string;
let headSha: string;
let mergeSha: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'target-guard-'));
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'a.pem'), 'base');
  git('add', '.');
  git('commit', '-qm', 'base');
  baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-qb', 'fork');
  writeFileSync(path.join(dir, 'b.pem'), 'fork');
  git('add', '.');
  git('commit', '-qm', 'fork head');
  headSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', 'main');
  writeFileSync(path.join(dir, 'c.pem'), 'main moved');
  git('add', '.');
  git('commit', '-qm', 'main moved');
  git('merge', '-q', '--no-edit', 'fork');
  mergeSha = git('rev-parse', 'HEAD');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function event(name: string, headRepo: string | null, sha = headSha): GitHubEvent {
  return {
    name,
    payload: {
      pull_request: {
        number: 9,
        base: { sha: baseSha, repo: { full_name: 'org/repo' } },
        head: { sha, repo: headRepo ? { full_name: headRepo } : null },
      },
    },
  };
}

describe('pull_request_target with a fork', () => {
  it('is refused when HEAD is the fork head', async () => {
    git('checkout', '-q', headSha);
    const refusal = await untrustedCheckout(event('pull_request_target', 'someone/repo'), dir);
    expect(refusal?.reason).toBe('untrusted-checkout');
    expect(refusal?.message).toContain('from the fork someone/repo');
  });

  it('is refused when HEAD is a merge that contains the fork head (refs/pull/N/merge)', async () => {
    git('checkout', '-q', mergeSha);
    expect((await untrustedCheckout(event('pull_request_target', null), dir))?.message).toContain(
      'from a deleted fork',
    );
  });

  it('is refused when the workspace is not a git checkout', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'not-git-'));
    try {
      expect(
        (await untrustedCheckout(event('pull_request_target', 'someone/repo'), empty))?.message,
      ).toContain('is not a git checkout');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('goes on when the base is checked out', async () => {
    git('checkout', '-q', baseSha);
    expect(await untrustedCheckout(event('pull_request_target', 'someone/repo'), dir)).toBeUndefined();
  });

  it('does not apply to pull_request, nor to a pull request from this repository', async () => {
    git('checkout', '-q', headSha);
    expect(await untrustedCheckout(event('pull_request', 'someone/repo'), dir)).toBeUndefined();
    expect(await untrustedCheckout(event('pull_request_target', 'org/repo'), dir)).toBeUndefined();
  });
});

/**
 * The checkouts actions/checkout makes under pull_request_target. The origin holds the base
 * commit (the event's base.sha), the fork's head, their merge (refs/pull/N/merge: base first, the
 * fork's head second) and a newer base commit (the base branch moved since the event).
 */
describe('pull_request_target with a fork, at any checkout depth', () => {
  let root: string;
  let origin: string;
  let base: string;
  let forkHead: string;
  let merge: string;
  let newer: string;
  let count = 0;
  const run = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  /** git's exit code, for the preconditions that show what a naive reading would conclude. */
  const exitCode = (cwd: string, ...args: string[]) =>
    spawnSync('git', args, { cwd, stdio: 'ignore' }).status;
  const prTarget = (sha = forkHead): GitHubEvent => ({
    name: 'pull_request_target',
    payload: {
      pull_request: {
        number: 16,
        base: { sha: base, repo: { full_name: 'org/repo' } },
        head: { sha, repo: { full_name: 'someone/repo' } },
      },
    },
  });
  function clone(...args: string[]): string {
    const to = path.join(root, `clone-${++count}`);
    run(root, 'clone', '-q', ...args, `file://${origin}`, to);
    return to;
  }
  /** The refusal's message, after checking that it is an untrusted-checkout refusal. */
  async function refusal(workspace: string, event = prTarget()): Promise<string> {
    const refused = await untrustedCheckout(event, workspace);
    expect(refused?.reason).toBe('untrusted-checkout');
    return refused?.message ?? '';
  }
  function expectCannotTell(message: string, head: string) {
    expect(message).toContain('pull request #16 from the fork someone/repo');
    expect(message).toContain(`HEAD ${head.slice(0, 12)} is not the base commit ${base.slice(0, 12)}`);
    expect(message).toContain(
      `cannot tell whether it contains the fork's head commit ${forkHead.slice(0, 12)}`,
    );
    expect(message).toContain('Nothing was read from AWS or GitHub.');
    expect(message).toContain(`so that HEAD is the base commit ${base.slice(0, 12)}`);
    expect(message).toContain('fetch-depth: 0');
    expect(message).toContain(SAFE_RECIPE);
  }

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'target-guard-depth-'));
    origin = path.join(root, 'origin');
    run(root, 'init', '-q', '-b', 'main', origin);
    const commit = (file: string, text: string) => {
      writeFileSync(path.join(origin, file), text);
      run(origin, 'add', '.');
      run(origin, 'commit', '-qm', file);
      return run(origin, 'rev-parse', 'HEAD');
    };
    commit('a.pem', 'old base');
    base = commit('b.pem', 'base');
    run(origin, 'branch', 'base');
    run(origin, 'checkout', '-qb', 'fork');
    forkHead = commit('fork.pem', 'fork');
    run(origin, 'checkout', '-qb', 'pull-merge', base);
    run(origin, 'merge', '-q', '--no-ff', '--no-edit', 'fork');
    merge = run(origin, 'rev-parse', 'HEAD');
    run(origin, 'checkout', '-q', 'main');
    newer = commit('c.pem', 'base moved on');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a depth-1 checkout of the merge: the fork head object is absent (issue 16)', async () => {
    const ws = clone('--depth', '1', '--branch', 'pull-merge');
    expect(run(ws, 'rev-parse', 'HEAD')).toBe(merge);
    expect(run(ws, 'cat-file', '-p', 'HEAD')).toContain(`parent ${forkHead}`); // the merge names the fork head ...
    expect(exitCode(ws, 'cat-file', '-e', forkHead)).toBe(1); // ... whose object is not here,
    expect(exitCode(ws, 'merge-base', '--is-ancestor', forkHead, 'HEAD')).toBe(128); // so git errs
    const message = await refusal(ws);
    expectCannotTell(message, merge);
    expect(message).toContain(
      "history is shallow (actions/checkout fetches one commit by default) and does not hold the fork's head commit",
    );
  });

  it("refuses a shallow checkout's 'not an ancestor' even with the fork head fetched", async () => {
    const ws = clone('--depth', '1', '--branch', 'pull-merge');
    run(ws, 'fetch', '-q', '--depth', '1', 'origin', 'fork');
    expect(exitCode(ws, 'cat-file', '-e', forkHead)).toBe(0);
    // The cut history hides the merge's parents: git answers "no" although HEAD contains the head.
    expect(exitCode(ws, 'merge-base', '--is-ancestor', forkHead, 'HEAD')).toBe(1);
    const message = await refusal(ws);
    expectCannotTell(message, merge);
    expect(message).toContain(
      'history is shallow (actions/checkout fetches one commit by default), so git cannot see every ancestor of HEAD',
    );
  });

  it('goes on with a depth-1 checkout of GITHUB_SHA, the base branch tip that checkout takes without ref:', async () => {
    // The base branch moved on since the pull request was opened: HEAD is not pull_request.base.sha.
    const ws = clone('--depth', '1', '--branch', 'main');
    expect(run(ws, 'rev-parse', 'HEAD')).toBe(newer);
    expect(await untrustedCheckout(prTarget(), ws, [newer])).toBeUndefined();
    // Without it the same checkout cannot be told apart from one that holds the fork.
    expectCannotTell(await refusal(ws), newer);
    // GITHUB_SHA never makes the fork's own head trusted.
    const fork = clone('--depth', '1', '--branch', 'fork');
    expect((await untrustedCheckout(prTarget(), fork, [forkHead]))?.reason).toBe('untrusted-checkout');
  });

  it('goes on with a depth-1 checkout of the base commit (the safe recipe)', async () => {
    const ws = clone('--depth', '1', '--branch', 'base');
    expect(run(ws, 'rev-parse', 'HEAD')).toBe(base);
    expect(run(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(await untrustedCheckout(prTarget(), ws)).toBeUndefined();
    // The base is the base even when the event names no head commit.
    expect(await untrustedCheckout(prTarget(''), ws)).toBeUndefined();
  });

  it('goes on with a full checkout of a newer base commit that does not contain the fork head', async () => {
    const ws = clone('--branch', 'main');
    run(ws, 'fetch', '-q', 'origin', 'fork');
    expect(run(ws, 'rev-parse', 'HEAD')).toBe(newer);
    expect(exitCode(ws, 'cat-file', '-e', forkHead)).toBe(0);
    expect(await untrustedCheckout(prTarget(), ws)).toBeUndefined();
  });

  it('goes on with a full checkout of the base branch only: a complete history without the fork head', async () => {
    const ws = clone('--single-branch', '--branch', 'main');
    expect(exitCode(ws, 'cat-file', '-e', forkHead)).toBe(1);
    expect(await untrustedCheckout(prTarget(), ws)).toBeUndefined();
  });

  it('refuses a full checkout of the merge, which contains the fork head', async () => {
    const ws = clone('--branch', 'pull-merge');
    const message = await refusal(ws);
    expect(message).toContain(
      `checked out the head of pull request #16 from the fork someone/repo (HEAD ${merge.slice(0, 12)} contains ${forkHead.slice(0, 12)})`,
    );
  });

  it('refuses when a commit of HEAD\'s history is missing, although git answers "not an ancestor"', async () => {
    const ws = path.join(root, `copy-${++count}`);
    cpSync(origin, ws, { recursive: true });
    run(ws, 'checkout', '-q', 'pull-merge');
    run(ws, 'commit', '-q', '--allow-empty', '-m', 'on top of the merge');
    const loose = path.join(ws, '.git', 'objects', merge.slice(0, 2), merge.slice(2));
    expect(existsSync(loose)).toBe(true);
    rmSync(loose);
    expect(exitCode(ws, 'merge-base', '--is-ancestor', forkHead, 'HEAD')).not.toBe(0);
    const message = await refusal(ws);
    expectCannotTell(message, run(ws, 'rev-parse', 'HEAD'));
    expect(message).toMatch(/HEAD's history is incomplete \(git rev-list exited 128 \(.+\)\)/);
  });

  it('refuses when the event names no head commit and HEAD is not the base', async () => {
    const ws = clone('--branch', 'main');
    const message = await refusal(ws, prTarget(''));
    expect(message).toContain('the event names no head commit for the pull request');
  });

  it('refuses when git cannot run', async () => {
    const ws = clone('--depth', '1', '--branch', 'base');
    const saved = process.env.PATH;
    process.env.PATH = path.join(root, 'no-git-here');
    try {
      const message = await refusal(ws);
      expect(message).toContain('git could not run (');
      expect(message).toContain('Nothing was read from AWS or GitHub.');
    } finally {
      process.env.PATH = saved;
    }
  });
});
