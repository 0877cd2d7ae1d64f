/**
 * The git-backed part of FakeGitHub, through Octokit (so the shapes are what Octokit parses), on
 * a history built with real git: a pull request with a merge of main into it, merged with a merge
 * commit; a direct push; a pull request merged into a side branch; squash and rebase merges; an
 * open and an abandoned pull request; an unrelated history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubClient } from '../../src/github/client.js';
import { FakeGitHub } from '../support/fake-github.js';
import { GitHistory } from '../support/git-history.js';

const REPO = 'example-org/truststore';
const owner = 'example-org';
const repo = 'truststore';
const OLD_PEM = `-----BEGIN CERTIFICATE-----\n${'MIIBszCCAVmgAwIBAgIUOld\n'.repeat(8)}-----END CERTIFICATE-----\n`;

let github: FakeGitHub;
let h: GitHistory;
type Name =
  | 'm1'
  | 'm2'
  | 'm3'
  | 'f1'
  | 'f2'
  | 'fm'
  | 'M1'
  | 'd1'
  | 'h1'
  | 'R1'
  | 's1'
  | 's2'
  | 'S'
  | 'r1'
  | 'r2'
  | 'RB'
  | 'rb1'
  | 'w1'
  | 'a1'
  | 'u1';
/** The commits of the history, by name. */
const c = {} as Record<Name, string>;

const client = (token = 'write-token') => githubClient(token, github.url);
const status = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return { status: 200, message: '' };
  } catch (error) {
    const e = error as { status: number; response?: { data?: { message?: string } } };
    return { status: e.status, message: e.response?.data?.message ?? '' };
  }
};
const shas = (list: { sha: string }[]) => list.map((x) => x.sha);
const revList = (...args: string[]) =>
  h
    .git('rev-list', '--reverse', '--topo-order', ...args, '--')
    .split('\n')
    .filter(Boolean);

beforeAll(async () => {
  h = GitHistory.create();
  c.m1 = h.commit(
    { 'README.md': 'truststore\n', 'pki/root.pem': 'ROOT-1\n', 'pki/old.pem': OLD_PEM },
    'initial',
  );
  c.m2 = h.commit({ 'README.md': 'truststore v2\n' }, 'docs');
  h.branch('feature', 'main');
  c.f1 = h.commit({ 'pki/root.pem': 'ROOT-2\n' }, 'rotate the root', 'feature');
  c.f2 = h.commit({ 'docs/notes.md': 'why\n' }, 'notes', 'feature');
  c.m3 = h.commit({ 'config.yml': 'a: 1\n' }, 'config', 'main');
  c.fm = h.merge('feature', 'main', "Merge branch 'main' into feature");
  c.M1 = h.merge('main', 'feature', 'Merge pull request #1 from example-org/feature');
  c.d1 = h.commit({ 'pki/root.pem': 'ROOT-3\n' }, 'direct push', 'main');
  // A pull request into a side branch.
  h.branch('release', c.m2);
  h.branch('hotfix', 'release');
  c.h1 = h.commit({ 'pki/intermediate.pem': 'INT\n' }, 'hotfix intermediate', 'hotfix');
  c.R1 = h.merge('release', 'hotfix', 'Merge pull request #2 from example-org/hotfix');
  // Squash and rebase merges.
  h.branch('squashy', 'main');
  c.s1 = h.commit({ 'pki/a.pem': 'A\n' }, 'a', 'squashy');
  c.s2 = h.commit({ 'pki/b.pem': 'B\n' }, 'b', 'squashy');
  c.S = h.squash('main', 'squashy', 'Add a and b (#4)');
  h.branch('rebasy', c.d1);
  c.r1 = h.commit({ 'pki/c.pem': 'C\n' }, 'c', 'rebasy');
  c.r2 = h.commit({ 'pki/d.pem': 'D\n' }, 'd', 'rebasy');
  c.RB = h.rebase('main', 'rebasy');
  c.rb1 = h.sha('main~1');
  // An open pull request (with a rename) and an abandoned one.
  h.branch('wip', 'main');
  c.w1 = h.commit({ 'pki/old.pem': null, 'pki/renamed.pem': OLD_PEM }, 'rename', 'wip');
  h.branch('abandoned', 'main');
  c.a1 = h.commit({ 'pki/evil.pem': 'EVIL\n' }, 'nope', 'abandoned');
  h.branch('team/x', c.m2);
  // An unrelated history.
  h.orphan('unrelated');
  c.u1 = h.commit({ 'other.txt': 'x\n' }, 'unrelated root');
  h.git('checkout', '-q', 'main');

  github = await FakeGitHub.start(REPO);
  github.useGit(h, { defaultBranch: 'main' });
  const alice = { login: 'alice', type: 'User' as const };
  github.addPullRequest({
    number: 1,
    author: alice,
    headRef: 'feature',
    headSha: c.fm,
    mergeCommitSha: c.M1,
    mergedAt: '2026-01-01T01:00:00Z',
  });
  github.addPullRequest({
    number: 2,
    author: alice,
    baseRef: 'release',
    headRef: 'hotfix',
    headSha: c.h1,
    mergeCommitSha: c.R1,
    mergedAt: '2026-01-01T02:00:00Z',
  });
  github.addPullRequest({ number: 3, author: alice, headRef: 'wip', headSha: c.w1 });
  github.addPullRequest({
    number: 4,
    author: alice,
    headRef: 'squashy',
    headSha: c.s2,
    mergeCommitSha: c.S,
    mergedAt: '2026-01-01T03:00:00Z',
  });
  github.addPullRequest({
    number: 5,
    author: { login: 'renovate[bot]', type: 'Bot' },
    headRef: 'rebasy',
    headSha: c.r2,
    mergeCommitSha: c.RB,
    mergedAt: '2026-01-01T04:00:00Z',
    mergeMethod: 'rebase',
  });
  github.addPullRequest({ number: 6, headRef: 'abandoned', headSha: c.a1, state: 'closed' });
});

afterAll(async () => {
  await github?.close();
  h?.cleanup();
});

describe('GitHistory', () => {
  it('builds the history with real git: merge parents, squash and rebase merges', () => {
    expect(h.git('rev-list', '--parents', '-n1', c.M1).split(' ')).toEqual([c.M1, c.m3, c.fm]);
    expect(h.git('rev-list', '--parents', '-n1', c.fm).split(' ')).toEqual([c.fm, c.f2, c.m3]);
    expect(h.git('rev-list', '--parents', '-n1', c.S).split(' ')).toEqual([c.S, c.d1]);
    expect(h.git('rev-list', '--parents', '-n1', c.rb1).split(' ')).toEqual([c.rb1, c.S]);
    expect(h.git('rev-list', '--parents', '-n1', c.m1).split(' ')).toEqual([c.m1]);
    expect(h.sha('release')).toBe(c.R1);
    expect(h.git('show', '-s', '--format=%aI %an', c.m1)).toBe('2026-01-01T00:01:00+00:00 Test Author');
  });
});

describe('GET /repos/{o}/{r}', () => {
  it('answers the default branch', async () => {
    const { data } = await (await client()).rest.repos.get({ owner, repo });
    expect(data.default_branch).toBe('main');
    expect(data.full_name).toBe(REPO);
    expect(data.owner.login).toBe(owner);
  });
});

describe('compare two commits', () => {
  it('ahead: the commits of head not in base, parents before children, as rev-list --topo-order', async () => {
    const { data } = await (await client()).rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${c.m1}...${c.d1}`,
    });
    const expected = revList(c.d1, `^${c.m1}`);
    expect(expected).toHaveLength(7);
    expect(data.status).toBe('ahead');
    expect([data.ahead_by, data.behind_by, data.total_commits]).toEqual([7, 0, 7]);
    expect(data.merge_base_commit.sha).toBe(c.m1);
    expect(data.base_commit.sha).toBe(c.m1);
    expect(shas(data.commits)).toEqual(expected);
    expect(shas(data.commits).at(-1)).toBe(c.d1);
    const position = new Map(shas(data.commits).map((s, i) => [s, i]));
    for (const commit of data.commits) {
      for (const parent of commit.parents) {
        if (position.has(parent.sha))
          expect(position.get(parent.sha)!).toBeLessThan(position.get(commit.sha)!);
      }
    }
    const merge = data.commits.find((x) => x.sha === c.M1)!;
    expect(merge.parents.map((p) => p.sha)).toEqual([c.m3, c.fm]);
    expect(merge.commit.message).toBe('Merge pull request #1 from example-org/feature');
    expect(merge.commit.author).toMatchObject({ name: 'Test Author', email: 'author@example.com' });
    expect(merge.commit.committer?.date).toMatch(/^2026-01-01T00:\d\d:00Z$/);
    expect(merge.author).toBeNull();
  });

  it('behind, identical and diverged; refs may be branch names', async () => {
    const octokit = await client();
    const compare = async (basehead: string) =>
      (await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead })).data;
    const behind = await compare(`${c.d1}...${c.m1}`);
    expect([behind.status, behind.ahead_by, behind.behind_by, behind.commits.length]).toEqual([
      'behind',
      0,
      7,
      0,
    ]);
    const identical = await compare(`main...${h.sha('main')}`);
    expect([identical.status, identical.ahead_by, identical.behind_by, identical.total_commits]).toEqual([
      'identical',
      0,
      0,
      0,
    ]);
    expect(identical.files).toEqual([]);
    const diverged = await compare('main...release');
    expect(diverged.status).toBe('diverged');
    expect(diverged.ahead_by).toBe(2);
    expect(diverged.behind_by).toBe(Number(h.git('rev-list', '--count', 'main', '^release')));
    expect(diverged.merge_base_commit.sha).toBe(c.m2);
    expect(shas(diverged.commits)).toEqual([c.h1, c.R1]);
    expect(diverged.files?.map((f) => [f.filename, f.status])).toEqual([['pki/intermediate.pem', 'added']]);
    // A branch name with a slash (Octokit sends it as %2F).
    const slashed = await compare('team/x...main');
    expect([slashed.status, slashed.merge_base_commit.sha, slashed.ahead_by]).toEqual([
      'ahead',
      c.m2,
      Number(h.git('rev-list', '--count', 'main', '^team/x')),
    ]);
    expect((await octokit.rest.repos.getCommit({ owner, repo, ref: 'team/x' })).data.sha).toBe(c.m2);
    // The older endpoint (base and head apart) is the same route.
    const old = await octokit.rest.repos.compareCommits({ owner, repo, base: 'main', head: 'release' });
    expect(old.data.status).toBe('diverged');
    expect(shas(old.data.commits)).toEqual([c.h1, c.R1]);
  });

  it('files: the diff from the merge base to head', async () => {
    const { data } = await (await client()).rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${c.m2}...${c.M1}`,
    });
    expect(data.files?.map((f) => [f.filename, f.status]).sort()).toEqual([
      ['config.yml', 'added'],
      ['docs/notes.md', 'added'],
      ['pki/root.pem', 'modified'],
    ]);
    const root = data.files?.find((f) => f.filename === 'pki/root.pem');
    expect([root?.additions, root?.deletions, root?.changes]).toEqual([1, 1, 2]);
  });

  it('pages with per_page and page (Link header; files on the first page only)', async () => {
    const octokit = await client();
    const expected = revList(c.d1, `^${c.m1}`);
    const seen: string[] = [];
    for (let page = 1; page <= expected.length; page++) {
      const response = await octokit.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${c.m1}...${c.d1}`,
        per_page: 1,
        page,
      });
      expect(response.data.commits).toHaveLength(1);
      expect(response.data.total_commits).toBe(7);
      seen.push(...shas(response.data.commits));
      const link = response.headers.link ?? '';
      if (page < expected.length) expect(link).toContain(`page=${page + 1}>; rel="next"`);
      else expect(link).not.toContain('rel="next"');
      if (page === 1) {
        expect(link).toContain('page=7>; rel="last"');
        expect(response.data.files?.length).toBeGreaterThan(0);
      } else expect(response.data.files).toBeUndefined();
    }
    expect(seen).toEqual(expected);
  });

  it('without page parameters, only the last maxCompareCommits commits (GitHub: 250)', async () => {
    github.maxCompareCommits = 2;
    try {
      const { data, headers } = await (await client()).rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${c.m1}...${c.d1}`,
      });
      expect(shas(data.commits)).toEqual(revList(c.d1, `^${c.m1}`).slice(-2));
      expect(data.total_commits).toBe(7);
      expect(headers.link).toBeUndefined();
    } finally {
      github.maxCompareCommits = 250;
    }
  });

  it('404 for a commit that does not exist, or histories with no common ancestor', async () => {
    const octokit = await client();
    const compare = (basehead: string) =>
      octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead });
    expect(await status(compare(`${'0'.repeat(40)}...main`))).toEqual({ status: 404, message: 'Not Found' });
    expect(await status(compare('main...no-such-branch'))).toEqual({ status: 404, message: 'Not Found' });
    expect(await status(compare('main...unrelated'))).toEqual({
      status: 404,
      message: 'No common ancestor between main and unrelated.',
    });
  });
});

describe('get a commit', () => {
  const get = async (ref: string) => (await (await client()).rest.repos.getCommit({ owner, repo, ref })).data;

  it('a merge commit: its files against its FIRST parent, as GitHub lists them', async () => {
    const merge = await get(c.M1);
    expect(merge.sha).toBe(c.M1);
    expect(merge.parents.map((p) => p.sha)).toEqual([c.m3, c.fm]);
    expect(merge.files?.map((f) => [f.filename, f.status])).toEqual([
      ['docs/notes.md', 'added'],
      ['pki/root.pem', 'modified'],
    ]);
    expect(merge.stats).toEqual({ additions: 2, deletions: 1, total: 3 });
    // The merge of main into the pull request brings main's change, against the branch.
    const intoBranch = await get(c.fm);
    expect(intoBranch.files?.map((f) => [f.filename, f.status])).toEqual([['config.yml', 'added']]);
  });

  it('a root commit against the empty tree; a rename with previous_filename; a branch name', async () => {
    const root = await get(c.m1);
    expect(root.parents).toEqual([]);
    expect(root.files?.map((f) => [f.filename, f.status])).toEqual([
      ['README.md', 'added'],
      ['pki/old.pem', 'added'],
      ['pki/root.pem', 'added'],
    ]);
    const rename = await get(c.w1);
    expect(rename.files).toHaveLength(1);
    expect(rename.files?.[0]).toMatchObject({
      filename: 'pki/renamed.pem',
      status: 'renamed',
      previous_filename: 'pki/old.pem',
    });
    expect((await get('release')).sha).toBe(c.R1);
    expect((await get(c.d1.slice(0, 12))).sha).toBe(c.d1);
  });

  it('names the GitHub account of a known commit e-mail', async () => {
    github.gitUsers.set('author@example.com', { login: 'alice', type: 'User' });
    try {
      const commit = await get(c.d1);
      expect(commit.author?.login).toBe('alice');
      expect(commit.committer?.login).toBe('alice');
    } finally {
      github.gitUsers.clear();
    }
  });

  it('422 "No commit found for SHA" for an unknown commit', async () => {
    const octokit = await client();
    const missing = 'f'.repeat(40);
    expect(await status(octokit.rest.repos.getCommit({ owner, repo, ref: missing }))).toEqual({
      status: 422,
      message: `No commit found for SHA: ${missing}`,
    });
  });
});

describe('pull requests associated with a commit', () => {
  const pulls = async (sha: string) =>
    (
      await (await client()).rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha })
    ).data.map((p) => p.number);

  it('on the default branch: the merged pull request that brought the commit in', async () => {
    for (const name of ['f1', 'f2', 'fm', 'M1'] as const) expect(await pulls(c[name]), name).toEqual([1]);
    for (const name of ['s1', 's2', 'S'] as const) expect(await pulls(c[name]), name).toEqual([4]);
    for (const name of ['r1', 'r2', 'rb1', 'RB'] as const) expect(await pulls(c[name]), name).toEqual([5]);
  });

  it('none for direct pushes, or main commits merged into a pull request branch', async () => {
    // m3 is in #1's head history (merged from main), d1 is below the open #3: neither is theirs.
    for (const name of ['m1', 'm2', 'm3', 'd1'] as const) expect(await pulls(c[name]), name).toEqual([]);
  });

  it('off the default branch: merged and open pull requests, not abandoned ones', async () => {
    expect(await pulls(c.h1)).toEqual([2]);
    expect(await pulls(c.R1)).toEqual([2]);
    expect(await pulls(c.w1)).toEqual([3]);
    expect(await pulls(c.a1)).toEqual([]);
  });

  it("GitHub's shape", async () => {
    const { data } = await (await client()).rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: c.f1,
    });
    expect(data[0]).toMatchObject({
      number: 1,
      state: 'closed',
      merged_at: '2026-01-01T01:00:00Z',
      merge_commit_sha: c.M1,
      user: { login: 'alice', type: 'User' },
      base: { ref: 'main', sha: c.m3 },
      head: { ref: 'feature', sha: c.fm },
    });
  });

  it('the pulls Map wins for a SHA it has', async () => {
    github.pulls.set(c.d1, [{ number: 99, merged_at: null, merge_commit_sha: null, state: 'open' }]);
    try {
      expect(await pulls(c.d1)).toEqual([99]);
    } finally {
      github.pulls.clear();
    }
  });

  it('422 for an unknown commit', async () => {
    const octokit = await client();
    expect(
      (
        await status(
          octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner,
            repo,
            commit_sha: '1'.repeat(40),
          }),
        )
      ).status,
    ).toBe(422);
  });
});

describe('a pull request, its commits and reviews', () => {
  it('GET pulls/{n}: merged, base as it was before the merge', async () => {
    const octokit = await client();
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(data).toMatchObject({
      number: 1,
      merged: true,
      state: 'closed',
      merge_commit_sha: c.M1,
      base: { ref: 'main', sha: c.m3 },
      head: { ref: 'feature', sha: c.fm },
      user: { login: 'alice', type: 'User' },
      commits: 3,
      changed_files: 2,
    });
    const open = (await octokit.rest.pulls.get({ owner, repo, pull_number: 3 })).data;
    expect([open.merged, open.state, open.base.sha]).toEqual([false, 'open', h.sha('main')]);
    const rebased = (await octokit.rest.pulls.get({ owner, repo, pull_number: 5 })).data;
    expect(rebased.base.sha).toBe(c.S);
    expect(rebased.user.type).toBe('Bot');
    expect(await status(octokit.rest.pulls.get({ owner, repo, pull_number: 404 }))).toEqual({
      status: 404,
      message: 'Not Found',
    });
  });

  it('GET pulls/{n}/commits: its own commits (with the merge of main), not main’s; paginated', async () => {
    const octokit = await client();
    const list = async (pull_number: number) =>
      shas((await octokit.rest.pulls.listCommits({ owner, repo, pull_number })).data);
    expect(await list(1)).toEqual([c.f1, c.f2, c.fm]);
    expect(await list(2)).toEqual([c.h1]);
    expect(await list(3)).toEqual([c.w1]);
    expect(await list(4)).toEqual([c.s1, c.s2]);
    expect(await list(5)).toEqual([c.r1, c.r2]);
    github.requests.length = 0;
    const all = await octokit.paginate(octokit.rest.pulls.listCommits, {
      owner,
      repo,
      pull_number: 1,
      per_page: 1,
    });
    expect(shas(all)).toEqual([c.f1, c.f2, c.fm]);
    expect(all[2]?.parents.map((p) => p.sha)).toEqual([c.f2, c.m3]);
    expect(all[0]?.commit.message).toBe('rotate the root');
    expect(github.requests.map((r) => [r.path, r.query.page ?? '1', r.status])).toEqual([
      [`/repos/${REPO}/pulls/1/commits`, '1', 200],
      [`/repos/${REPO}/pulls/1/commits`, '2', 200],
      [`/repos/${REPO}/pulls/1/commits`, '3', 200],
    ]);
  });

  it('GET pulls/{n}/reviews: chronological, paginated, GitHub’s shape', async () => {
    github.addReview(1, {
      user: { login: 'carol', type: 'User' },
      state: 'APPROVED',
      commit_id: c.fm,
      submitted_at: '2026-01-01T00:50:00Z',
    });
    github.addReview(1, {
      user: { login: 'bob', type: 'User' },
      state: 'CHANGES_REQUESTED',
      commit_id: c.f1,
      submitted_at: '2026-01-01T00:10:00Z',
    });
    github.addReview(1, {
      user: { login: 'review-bot[bot]', type: 'Bot' },
      state: 'COMMENTED',
      commit_id: c.fm,
      submitted_at: '2026-01-01T00:55:00Z',
    });
    const octokit = await client('read-token');
    const all = await octokit.paginate(octokit.rest.pulls.listReviews, {
      owner,
      repo,
      pull_number: 1,
      per_page: 1,
    });
    expect(all.map((r) => [r.user?.login, r.user?.type, r.state, r.commit_id, r.submitted_at])).toEqual([
      ['bob', 'User', 'CHANGES_REQUESTED', c.f1, '2026-01-01T00:10:00Z'],
      ['carol', 'User', 'APPROVED', c.fm, '2026-01-01T00:50:00Z'],
      ['review-bot[bot]', 'Bot', 'COMMENTED', c.fm, '2026-01-01T00:55:00Z'],
    ]);
    expect(typeof all[0]?.id).toBe('number');
    expect((await octokit.rest.pulls.listReviews({ owner, repo, pull_number: 2 })).data).toEqual([]);
    expect((await status(octokit.rest.pulls.listReviews({ owner, repo, pull_number: 404 }))).status).toBe(
      404,
    );
  });
});

describe('tokens and the record', () => {
  it('a read token may GET; an unknown token gets 401; every request is recorded', async () => {
    github.requests.length = 0;
    const read = await client('read-token');
    await read.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'main...release' });
    expect(
      (await status((await client('nope')).rest.repos.getCommit({ owner, repo, ref: c.m1 }))).status,
    ).toBe(401);
    expect(github.requests.map((r) => [r.method, r.path, r.token, r.status])).toEqual([
      ['GET', `/repos/${REPO}/compare/main...release`, 'read-token', 200],
      ['GET', `/repos/${REPO}/commits/${c.m1}`, 'nope', 401],
    ]);
  });
});

describe('without git', () => {
  it('keeps the old answers, and matches registered pull requests by SHA only', async () => {
    const plain = await FakeGitHub.start(REPO);
    try {
      const octokit = await githubClient('write-token', plain.url);
      const sha = 'a'.repeat(40);
      const list = async () =>
        (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha }))
          .data;
      expect(await list()).toEqual([]);
      plain.addPullRequest({
        number: 7,
        headRef: 'x',
        headSha: 'b'.repeat(40),
        mergeCommitSha: sha,
        mergedAt: '2026-01-01T00:00:00Z',
      });
      expect((await list()).map((p) => p.number)).toEqual([7]);
      expect((await octokit.rest.repos.get({ owner, repo })).data.default_branch).toBe('main');
      expect(
        (await status(octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'a...b' })))
          .status,
      ).toBe(404);
      expect((await status(octokit.rest.repos.getCommit({ owner, repo, ref: sha }))).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
