import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEvent } from '../../src/github/event.js';
import { untrustedCheckout } from '../../src/github/target-guard.js';

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
