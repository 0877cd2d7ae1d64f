/**
 * Provenance (src/github/provenance.ts): every commit since the live one that changes a CA file
 * came through a pull request merged into the default branch and approved. Each test builds a
 * history with real git (GitHistory) and asks the git-backed FakeGitHub through Octokit, the way
 * the deploy does; decidingReviews is checked on its own first.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { githubClient } from '../../src/github/client.js';
import { checkProvenance, decidingReviews, type ProvenanceQuery } from '../../src/github/provenance.js';
import { caFileMatcher } from '../../src/workspace/glob.js';
import { FakeGitHub, type FakeReviewState, type FakeUser } from '../support/fake-github.js';
import { GitHistory } from '../support/git-history.js';
import { gitEnvironment } from '../support/git-reader.js';

const REPO = 'example-org/truststore';
const ALICE: FakeUser = { login: 'alice', type: 'User' };
const BOB: FakeUser = { login: 'bob', type: 'User' };
const CAROL: FakeUser = { login: 'carol', type: 'User' };
const RENOVATE: FakeUser = { login: 'renovate[bot]', type: 'Bot' };
const MERGED_AT = '2026-02-01T00:00:00Z';
/** A CA file's content: long enough for git's rename detection to pair a moved file. */
const pem = (name: string) =>
  `-----BEGIN CERTIFICATE-----\n${`${name.padEnd(16, '.')}MIIBszCCAVmgAwIBAgIU\n`.repeat(12)}-----END CERTIFICATE-----\n`;

let github: FakeGitHub;
const histories: GitHistory[] = [];
let h: GitHistory;
/** The commit the live truststore was built from: main's first commit, with root A. */
let live: string;

beforeAll(async () => {
  github = await FakeGitHub.start(REPO);
});
afterAll(async () => {
  await github.close();
  for (const history of histories) history.cleanup();
});
beforeEach(() => {
  h = GitHistory.create({ prefix: 'provenance-unit-' });
  histories.push(h);
  live = h.commit({ 'README.md': 'truststore\n', 'ca/root-a.pem': pem('root-a') }, 'initial');
  github.useGit(h, { defaultBranch: 'main' });
  github.pullRequests.clear();
  github.reviews.clear();
  github.pulls.clear();
  github.requests.length = 0;
  github.maxPerPage = 100;
  github.maxCommitFiles = 300;
});

async function check(extra: Partial<ProvenanceQuery> = {}) {
  return checkProvenance(await githubClient('write-token', github.url), {
    owner: 'example-org',
    repo: 'truststore',
    liveCommit: live,
    sha: h.sha('main'),
    defaultBranch: 'main',
    isCaFile: caFileMatcher(['ca/*.pem']),
    requiredApprovals: 1,
    ...extra,
  });
}

/** A refusal's reason and message, or the status when it was not refused. */
function refusal(verdict: Awaited<ReturnType<typeof check>>) {
  return verdict.status === 'refused' ? { reason: verdict.reason, message: verdict.message } : verdict;
}

const short = (sha: string) => sha.slice(0, 12);

/**
 * Pull request `number` from `branch` (made from `from`, then `commits` applied to it in order),
 * merged into `base` as GitHub's merge button does (`method`), by its author alice.
 */
function pullRequest(
  number: number,
  commits: Record<string, string | null>[],
  options: { from?: string; base?: string; method?: 'merge' | 'squash'; author?: FakeUser } = {},
) {
  const branch = `pr-${number}`;
  const base = options.base ?? 'main';
  h.branch(branch, options.from ?? base);
  const own = commits.map((files, i) => h.commit(files, `change ${i + 1} of #${number}`, branch));
  return { branch, own, merge: () => merge(number, branch, { ...options, base }) };
}

function merge(
  number: number,
  branch: string,
  options: { base?: string; method?: 'merge' | 'squash'; author?: FakeUser } = {},
) {
  const base = options.base ?? 'main';
  const head = h.sha(branch);
  const mergeCommit =
    options.method === 'squash'
      ? h.squash(base, branch, `Change (#${number})`)
      : h.merge(base, branch, `Merge pull request #${number} from example-org/${branch}`);
  github.addPullRequest({
    number,
    author: options.author ?? ALICE,
    baseRef: base,
    headRef: branch,
    headSha: head,
    mergeCommitSha: mergeCommit,
    mergedAt: MERGED_AT,
  });
  return { head, mergeCommit };
}

function review(number: number, user: FakeUser, state: FakeReviewState, commit: string) {
  github.addReview(number, { user, state, commit_id: commit });
}

describe('decidingReviews', () => {
  const r = (login: string, state: string, submittedAt: string, type = 'User') => ({
    login,
    type,
    state,
    commitId: 'c'.repeat(40),
    submittedAt,
  });

  it("keeps each account's latest approve, request-changes or dismissed review, in time order", () => {
    const deciding = decidingReviews(
      [
        // Listed out of order: the later request for changes wins over the earlier approval.
        r('bob', 'CHANGES_REQUESTED', '2026-01-01T00:05:00Z'),
        r('bob', 'APPROVED', '2026-01-01T00:01:00Z'),
        // A comment after an approval changes nothing.
        r('carol', 'APPROVED', '2026-01-01T00:02:00Z'),
        r('carol', 'COMMENTED', '2026-01-01T00:06:00Z'),
        // A dismissed approval is no approval.
        r('dave', 'DISMISSED', '2026-01-01T00:03:00Z'),
        // A pending or commented review alone decides nothing.
        r('erin', 'COMMENTED', '2026-01-01T00:04:00Z'),
        r('frank', 'PENDING', ''),
      ],
      'alice',
    );
    expect(deciding.map((d) => [d.login, d.state]).sort()).toEqual([
      ['bob', 'CHANGES_REQUESTED'],
      ['carol', 'APPROVED'],
      ['dave', 'DISMISSED'],
    ]);
  });

  it('leaves out the author and bots', () => {
    const deciding = decidingReviews(
      [
        r('alice', 'APPROVED', '2026-01-01T00:01:00Z'),
        r('renovate[bot]', 'APPROVED', '2026-01-01T00:02:00Z', 'Bot'),
        r('bob', 'APPROVED', '2026-01-01T00:03:00Z'),
      ],
      'alice',
    );
    expect(deciding.map((d) => d.login)).toEqual(['bob']);
  });
});

describe('commits since the live one', () => {
  it('proves a merged pull request approved on its head, naming it', async () => {
    const pr = pullRequest(1, [{ 'ca/root-b.pem': pem('root-b') }]);
    const { head, mergeCommit } = pr.merge();
    review(1, BOB, 'APPROVED', head);
    const verdict = await check();
    expect(verdict).toMatchObject({ status: 'proven', pullRequest: 1 });
    expect(verdict.status === 'proven' && verdict.summary).toBe(
      `provenance: 2 commits since the live commit ${short(live)}; CA changes arrived through approved pull requests (${short(pr.own[0]!)} via #1, ${short(mergeCommit)} via #1)`,
    );
  });

  it('refuses a CA change pushed straight to main: unreviewed-commit naming the commit and the file', async () => {
    const rogue = h.commit({ 'ca/root-c.pem': pem('root-c') }, 'add a root', 'main');
    const pr = pullRequest(1, [{ 'ca/root-b.pem': pem('root-b') }]);
    review(1, BOB, 'APPROVED', pr.merge().head);
    expect(refusal(await check())).toEqual({
      reason: 'unreviewed-commit',
      message: `commit ${short(rogue)} ("add a root") changes ca/root-c.pem, but it did not arrive through a pull request merged into main (a direct push)`,
    });
  });

  it('lets a direct push that changes no CA file through', async () => {
    h.commit({ 'README.md': 'docs\n', 'ca/notes.txt': 'not a pem\n' }, 'docs', 'main');
    const pr = pullRequest(1, [{ 'ca/root-b.pem': pem('root-b') }]);
    review(1, BOB, 'APPROVED', pr.merge().head);
    expect(await check()).toMatchObject({ status: 'proven', pullRequest: 1 });
  });

  it('reads ca-files with its ! excludes: a push under an excluded folder is not a CA change', async () => {
    const isCaFile = caFileMatcher(['ca/**/*.pem', '!ca/test/**']);
    h.commit({ 'ca/test/fixture.pem': pem('fixture') }, 'test fixture', 'main');
    expect(await check({ isCaFile })).toMatchObject({ status: 'proven' });
    const rogue = h.commit({ 'ca/prod/root-c.pem': pem('root-c') }, 'prod root', 'main');
    expect(refusal(await check({ isCaFile }))).toMatchObject({
      reason: 'unreviewed-commit',
      message: expect.stringContaining(`commit ${short(rogue)} ("prod root") changes ca/prod/root-c.pem`),
    });
  });

  it('counts a CA file renamed out of the patterns (previous_filename) as a CA change', async () => {
    const moved = h.commit(
      { 'ca/root-a.pem': null, 'archive/root-a.txt': pem('root-a') },
      'move the root out of the truststore',
      'main',
    );
    expect(refusal(await check())).toMatchObject({
      reason: 'unreviewed-commit',
      message: expect.stringMatching(
        new RegExp(
          `^commit ${short(moved)} \\("move the root out of the truststore"\\) changes ca/root-a\\.pem`,
        ),
      ),
    });
    // The rename is what GitHub reports (one file, renamed), not a removal and an addition.
    const files = (
      await (
        await githubClient('write-token', github.url)
      ).rest.repos.getCommit({
        owner: 'example-org',
        repo: 'truststore',
        ref: moved,
      })
    ).data.files;
    expect(files?.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['archive/root-a.txt', 'renamed', 'ca/root-a.pem'],
    ]);
  });

  it('refuses a pull request merged into another branch, then pushed to main, naming both', async () => {
    h.branch('release', 'main');
    const pr = pullRequest(2, [{ 'ca/root-c.pem': pem('root-c') }], { base: 'release' });
    const { head, mergeCommit } = pr.merge();
    review(2, BOB, 'APPROVED', head);
    h.reset('main', mergeCommit);
    expect(refusal(await check())).toEqual({
      reason: 'unreviewed-commit',
      message: `commit ${short(pr.own[0]!)} ("change 1 of #2") changes ca/root-c.pem, but it did not arrive through a pull request merged into main (pull request #2 merged it into release, which is not the default branch)`,
    });
  });

  it('proves a squash-merged pull request by its merge_commit_sha', async () => {
    const pr = pullRequest(4, [{ 'ca/root-b.pem': pem('root-b') }, { 'ca/root-c.pem': pem('root-c') }], {
      method: 'squash',
    });
    const { head, mergeCommit } = pr.merge();
    review(4, BOB, 'APPROVED', head);
    const verdict = await check();
    expect(verdict).toMatchObject({ status: 'proven', pullRequest: 4 });
    expect(verdict.status === 'proven' && verdict.summary).toContain(`${short(mergeCommit)} via #4`);
  });

  it('refuses the commits a rebase merge rewrote (documented: use merge or squash)', async () => {
    const pr = pullRequest(5, [{ 'ca/root-b.pem': pem('root-b') }, { 'ca/root-c.pem': pem('root-c') }]);
    const head = h.sha(pr.branch);
    const tip = h.rebase('main', pr.branch);
    github.addPullRequest({
      number: 5,
      author: ALICE,
      headRef: pr.branch,
      headSha: head,
      mergeCommitSha: tip,
      mergedAt: MERGED_AT,
      mergeMethod: 'rebase',
    });
    review(5, BOB, 'APPROVED', head);
    const rewritten = h.sha('main~1');
    expect(refusal(await check())).toMatchObject({
      reason: 'unreviewed-commit',
      message: expect.stringContaining(`commit ${short(rewritten)} ("change 1 of #5") changes ca/root-b.pem`),
    });
  });

  it('finds a CA change on the second page of compare (over 100 commits since the live one)', async () => {
    // 120 empty commits on main in one git process, then a direct push of a root on top of them.
    const stream = Array.from(
      { length: 120 },
      (_, i) =>
        `commit refs/heads/main\ncommitter T <t@example.com> ${1_767_300_000 + i} +0000\ndata ${`filler ${i}`.length}\nfiller ${i}\n${i === 0 ? `from ${live}\n` : ''}\n`,
    ).join('');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: h.dir, input: stream, env: gitEnvironment() });
    h.git('reset', '-q', '--hard', 'main');
    const rogue = h.commit({ 'ca/root-c.pem': pem('root-c') }, 'late root', 'main');
    expect(refusal(await check())).toMatchObject({
      reason: 'unreviewed-commit',
      message: expect.stringContaining(`commit ${short(rogue)} ("late root")`),
    });
    const pages = github.requests.filter((r) => r.path.includes('/compare/')).map((r) => r.query.page);
    expect(pages).toEqual(['1', '2']);
  });

  it('finds a CA file listed past the first page of a commit’s files (GitHub pages them by 300)', async () => {
    github.maxCommitFiles = 3;
    // Files come in path order: the root is the fourth, on the second page of GET commits/{sha}.
    const rogue = h.commit(
      { 'a/1.txt': '1', 'a/2.txt': '2', 'a/3.txt': '3', 'ca/root-c.pem': pem('root-c') },
      'many files',
      'main',
    );
    expect(refusal(await check())).toMatchObject({
      reason: 'unreviewed-commit',
      message: expect.stringContaining(`commit ${short(rogue)} ("many files") changes ca/root-c.pem`),
    });
  });
});

describe('approvals', () => {
  /** Pull request #7 adding root B, merged; `reviews` are given on its head. */
  async function approvedBy(reviews: [FakeUser, FakeReviewState][], extra: Partial<ProvenanceQuery> = {}) {
    const pr = pullRequest(7, [{ 'ca/root-b.pem': pem('root-b') }]);
    const { head } = pr.merge();
    for (const [user, state] of reviews) review(7, user, state, head);
    return refusal(await check(extra));
  }

  it('an approval by the author only is none', async () => {
    expect(await approvedBy([[ALICE, 'APPROVED']])).toMatchObject({
      reason: 'not-approved',
      message: expect.stringContaining(
        'pull request #7 has 0 valid approving reviews, and required-approvals is 1 (distinct accounts other than its author alice',
      ),
    });
  });

  it('an approval by a bot only is none', async () => {
    expect(await approvedBy([[RENOVATE, 'APPROVED']])).toMatchObject({ reason: 'not-approved' });
  });

  it('approve, then request changes, is no approval', async () => {
    expect(
      await approvedBy([
        [BOB, 'APPROVED'],
        [BOB, 'CHANGES_REQUESTED'],
      ]),
    ).toMatchObject({ reason: 'not-approved', message: expect.stringContaining('#7 has 0 valid') });
  });

  it('a dismissed approval is none', async () => {
    expect(await approvedBy([[BOB, 'DISMISSED']])).toMatchObject({ reason: 'not-approved' });
  });

  it('approve, then comment, is still an approval', async () => {
    expect(
      await approvedBy([
        [BOB, 'APPROVED'],
        [BOB, 'COMMENTED'],
      ]),
    ).toMatchObject({ status: 'proven', pullRequest: 7 });
  });

  it('required-approvals 2: one approval, or one account approving twice, is not enough; two accounts are', async () => {
    const verdict = await approvedBy(
      [
        [BOB, 'APPROVED'],
        [BOB, 'APPROVED'],
      ],
      { requiredApprovals: 2 },
    );
    expect(verdict).toMatchObject({
      reason: 'not-approved',
      message: expect.stringContaining(
        'pull request #7 has 1 valid approving review (bob), and required-approvals is 2',
      ),
    });
    review(7, CAROL, 'APPROVED', h.sha('pr-7'));
    expect(await check({ requiredApprovals: 2 })).toMatchObject({ status: 'proven', pullRequest: 7 });
  });

  it('required-approvals 0: merged into main is enough, merged elsewhere still is not', async () => {
    expect(await approvedBy([], { requiredApprovals: 0 })).toMatchObject({
      status: 'proven',
      pullRequest: 7,
    });
    h.branch('release', 'main');
    pullRequest(8, [{ 'ca/root-c.pem': pem('root-c') }], { base: 'release' }).merge();
    h.reset('main', 'release');
    expect(refusal(await check({ requiredApprovals: 0 }))).toMatchObject({ reason: 'unreviewed-commit' });
  });

  it('an approval of an earlier commit is stale once a later commit changes a CA file', async () => {
    const pr = pullRequest(7, [{ 'ca/root-b.pem': pem('root-b') }, { 'ca/root-c.pem': pem('root-c') }]);
    review(7, BOB, 'APPROVED', pr.own[0]!);
    pr.merge();
    expect(refusal(await check())).toMatchObject({
      reason: 'not-approved',
      message: expect.stringContaining(
        'pull request #7 has 0 valid approving reviews; approvals by bob were given before a later commit changed CA files, and required-approvals is 1',
      ),
    });
  });

  it('an approval of an earlier commit holds when later commits change no CA file', async () => {
    const pr = pullRequest(7, [{ 'ca/root-b.pem': pem('root-b') }, { 'README.md': 'why\n' }]);
    review(7, BOB, 'APPROVED', pr.own[0]!);
    pr.merge();
    expect(await check()).toMatchObject({ status: 'proven', pullRequest: 7 });
  });

  it('an approval of an earlier commit holds across a merge of main into the branch, even one bringing reviewed CA changes', async () => {
    const pr = pullRequest(7, [{ 'ca/root-b.pem': pem('root-b') }]);
    review(7, BOB, 'APPROVED', pr.own[0]!);
    // Meanwhile #6 (approved) adds root C to main, and main is merged into #7's branch.
    const other = pullRequest(6, [{ 'ca/root-c.pem': pem('root-c') }]);
    review(6, CAROL, 'APPROVED', other.merge().head);
    h.merge(pr.branch, 'main', "Merge branch 'main' into pr-7");
    pr.merge();
    expect(await check()).toMatchObject({ status: 'proven', pullRequest: 7 });
  });

  it('an approval of an earlier commit is stale when another branch with a CA change is merged in after it', async () => {
    const pr = pullRequest(7, [{ 'ca/root-b.pem': pem('root-b') }]);
    review(7, BOB, 'APPROVED', pr.own[0]!);
    // After the approval, a branch adding root C is merged into the pull request; the merge is
    // made on that branch (its first parent), then pushed as the pull request's head.
    h.branch('sneak', live);
    h.commit({ 'ca/root-c.pem': pem('root-c') }, 'sneak a root in', 'sneak');
    h.reset(pr.branch, h.merge('sneak', pr.branch, 'Merge pr-7 into sneak'));
    pr.merge();
    expect(refusal(await check())).toMatchObject({ reason: 'not-approved' });
  });

  it('an approval of an earlier commit is stale after a merge of main that also changes a CA file itself', async () => {
    const pr = pullRequest(7, [{ 'ca/root-b.pem': pem('root-b') }]);
    review(7, BOB, 'APPROVED', pr.own[0]!);
    h.commit({ 'README.md': 'main moved\n' }, 'docs', 'main');
    // An "evil merge": merging main in, with a root added in the merge commit itself.
    h.git('checkout', '-q', pr.branch);
    h.git('merge', '-q', '--no-ff', '--no-commit', 'main');
    writeFileSync(path.join(h.dir, 'ca', 'root-c.pem'), pem('root-c'));
    h.git('add', '-A');
    h.git('commit', '-q', '--no-verify', '-m', "Merge branch 'main' into pr-7");
    pr.merge();
    expect(refusal(await check())).toMatchObject({ reason: 'not-approved' });
  });
});

describe('the anchor: what the live truststore records', () => {
  it('no recorded commit: only the pull request of the deployed commit is checked, and the summary says so', async () => {
    // A direct push below the deployed merge is not looked at without an anchor (documented).
    h.commit({ 'ca/root-c.pem': pem('root-c') }, 'add a root', 'main');
    const pr = pullRequest(1, [{ 'ca/root-b.pem': pem('root-b') }]);
    const { head, mergeCommit } = pr.merge();
    review(1, BOB, 'APPROVED', head);
    const verdict = await check({ liveCommit: undefined });
    expect(verdict).toEqual({
      status: 'proven',
      pullRequest: 1,
      summary: `provenance: the live truststore records no commit (adopted, or written by another tool), so only commit ${short(mergeCommit)} was checked; CA changes arrived through approved pull requests (${short(mergeCommit)} via #1)`,
    });
    expect(github.requests.some((r) => r.path.includes('/compare/'))).toBe(false);
  });

  it('no recorded commit: the deployed commit is refused when no approved pull request merged it', async () => {
    const pushed = h.commit({ 'README.md': 'docs\n' }, 'docs', 'main');
    expect(refusal(await check({ liveCommit: undefined }))).toMatchObject({
      reason: 'unreviewed-commit',
      message: expect.stringContaining(`commit ${short(pushed)} ("docs")`),
    });
    const pr = pullRequest(1, [{ 'ca/root-b.pem': pem('root-b') }]);
    review(1, ALICE, 'APPROVED', pr.merge().head);
    expect(refusal(await check({ liveCommit: undefined }))).toMatchObject({ reason: 'not-approved' });
  });

  it('a recorded commit GitHub does not know: unknown-live-commit, naming it and the break-glass', async () => {
    const unknown = 'f'.repeat(40);
    expect(refusal(await check({ liveCommit: unknown }))).toEqual({
      reason: 'unknown-live-commit',
      message: `the live truststore records commit ${unknown}, and GitHub does not know it in this repository: the changes since what is live cannot be checked. Find out who wrote that version; to deploy anyway once, set require-reviewed-plan: false (break-glass)`,
    });
  });

  it('a recorded commit off the history of the deployed one (diverged): unknown-live-commit', async () => {
    h.branch('side', 'main');
    const side = h.commit({ 'ca/root-c.pem': pem('root-c') }, 'side root', 'side');
    h.commit({ 'README.md': 'docs\n' }, 'docs', 'main');
    expect(refusal(await check({ liveCommit: side }))).toMatchObject({
      reason: 'unknown-live-commit',
      message: expect.stringContaining(`it is not in the history of ${short(h.sha('main'))} (diverged)`),
    });
  });

  it('a live commit that already contains the deployed one: a replay', async () => {
    const pr = pullRequest(1, [{ 'ca/root-b.pem': pem('root-b') }]);
    const first = pr.merge().mergeCommit;
    const later = h.commit({ 'ca/root-b.pem': null }, 'remove root b', 'main');
    expect(await check({ liveCommit: later, sha: first })).toEqual({
      status: 'replay',
      liveCommit: later,
      summary: `the live truststore was built from commit ${short(later)}, which already contains ${short(first)}: this is a replay of an older deploy; nothing to do`,
    });
    // No pull request was read: a replay is decided by the history alone.
    expect(github.requests.some((r) => r.path.includes('/pulls'))).toBe(false);
  });

  it('the same commit is not a replay: nothing since it to check', async () => {
    expect(await check({ liveCommit: live, sha: live })).toMatchObject({
      status: 'proven',
      summary: expect.stringContaining(`built from this same commit ${short(live)}`),
    });
  });
});
