/**
 * End to end: provenance. The bundled action (dist/index.js, Node 24) plans on pull requests and
 * deploys on the push of their merges, against the local S3, API Gateway and a GitHub backed by a
 * real git history (GitHistory): every CA change since the commit the live version records must
 * have come through a pull request merged into main and approved, and the plan comment that counts
 * is the one that stood before the merge. Every refusal happens before any AWS write.
 * Run `npm run build` first.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubClient } from '../../src/github/client.js';
import { parseMarker } from '../../src/github/marker.js';
import type { ActionRun } from '../support/action-runner.js';
import type { FakeReviewState, FakeUser } from '../support/fake-github.js';
import { GitHistory } from '../support/git-history.js';
import type { TestCert } from '../support/pki.js';
import {
  AUTHOR,
  type Aws,
  annotations,
  BUCKET,
  KEY,
  log,
  REVIEWER,
  ReviewWorld,
  writes,
} from '../support/review-world.js';

const rw = new ReviewWorld('e2e-provenance-');
const histories: GitHistory[] = [];
beforeAll(() => rw.start());
afterAll(async () => {
  await rw.close();
  for (const h of histories) h.cleanup();
});

const short = (sha: string) => sha.slice(0, 12);
const ca = (cert: TestCert) => `ca/${cert.name}.pem`;
const owner = 'example-org';
const repo = 'truststore';

/** A refusal before any write: the reason, the message's parts, no PutObject, no UpdateDomainName. */
function expectRefused(run: ActionRun, world: Aws, reason: string, ...parts: string[]) {
  expect(run.exitCode, log(run)).toBe(1);
  expect(run.outputs['failure-reason'], log(run)).toBe(reason);
  const error = annotations(run, 'error').join('\n');
  for (const part of parts) expect(error).toContain(part);
  expect(error).toContain('Nothing was written');
  expect(world.s3.requestsFor('PutObject')).toEqual([]);
  expect(world.gateway.requestsFor('UpdateDomainName')).toEqual([]);
  expect(writes(world.s3.requests)).toEqual([]);
  expect(writes(world.gateway.requests)).toEqual([]);
  expect(world.s3.versions(BUCKET, KEY)).toHaveLength(1);
}

/** A deploy that uploaded a version recording `commit` and `pullRequest`, and said so in the summary. */
function expectDeployed(run: ActionRun, world: Aws, commit: string, pullRequest: number) {
  expect(run.exitCode, log(run)).toBe(0);
  expect(run.outputs['failure-reason'] ?? '').toBe('');
  const latest = world.s3.latest(BUCKET, KEY);
  expect(latest?.versionId).toBe(run.outputs['version-id']);
  expect(latest?.metadata).toEqual({
    'x-amz-meta-commit': commit,
    'x-amz-meta-pull-request': String(pullRequest),
  });
  expect(world.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(latest?.versionId);
  expect(run.summary).toContain(
    `New version built from commit \`${short(commit)}\` (pull request #${pullRequest})`,
  );
}

/**
 * One repository: main starts with root A (the commit `base`), which is live in S3 as v1 and
 * records `base` (or `recorded`: null for none, or another commit). The fake GitHub answers from
 * this history alone.
 */
class Scenario {
  private readonly worktrees = new Map<string, string>();
  private static count = 0;

  private constructor(
    readonly h: GitHistory,
    readonly world: Aws,
    readonly base: string,
  ) {}

  static async create(recorded?: string | null): Promise<Scenario> {
    const h = GitHistory.create({ prefix: 'e2e-provenance-git-' });
    histories.push(h);
    const base = h.commit({ 'README.md': 'truststore\n', [ca(rw.rootA)]: rw.rootA.pem }, 'initial');
    const github = rw.github;
    github.comments.clear();
    github.pulls.clear();
    github.pullRequests.clear();
    github.reviews.clear();
    github.requests.length = 0;
    github.useGit(h, { defaultBranch: 'main' });
    const world = await rw.aws();
    const commit = recorded === undefined ? base : recorded;
    if (commit !== null) world.version.metadata['x-amz-meta-commit'] = commit;
    return new Scenario(h, world, base);
  }

  /** A checkout of `sha` (a git worktree), as actions/checkout leaves it. */
  checkout(sha: string): string {
    let dir = this.worktrees.get(sha);
    if (!dir) {
      dir = path.join(rw.pki.dir, `worktree-${++Scenario.count}`);
      this.h.git('worktree', 'add', '--detach', dir, sha);
      this.worktrees.set(sha, dir);
    }
    return dir;
  }

  /** Branch `pr-{number}` from `from`, with one commit per entry of `commits`. */
  branch(number: number, commits: Record<string, string | null>[], from = 'main'): string[] {
    this.h.branch(`pr-${number}`, from);
    return commits.map((files, i) => this.h.commit(files, `change ${i + 1} of #${number}`, `pr-${number}`));
  }

  /** The plan workflow on pull request `number` at `head`: the action's plan comment. */
  plan(number: number, head: string, extra: Record<string, string> = {}) {
    return rw.planOnPullRequest(
      this.world,
      number,
      { dir: this.checkout(head), baseSha: this.base, headSha: head },
      extra,
    );
  }

  review(number: number, user: FakeUser, state: FakeReviewState, commit: string): void {
    rw.github.addReview(number, { user, state, commit_id: commit });
  }

  /** Merges `pr-{number}` into `into` with a merge commit and tells GitHub, after every comment so far. */
  merge(number: number, into = 'main', author: FakeUser = AUTHOR): { head: string; merge: string } {
    const head = this.h.sha(`pr-${number}`);
    const merge = this.h.merge(
      into,
      `pr-${number}`,
      `Merge pull request #${number} from example-org/pr-${number}`,
    );
    const latest = [...rw.github.comments.values()].flat().map((c) => Date.parse(c.updated_at));
    rw.github.addPullRequest({
      number,
      author,
      baseRef: into,
      headRef: `pr-${number}`,
      headSha: head,
      mergeCommitSha: merge,
      mergedAt: new Date(Math.max(Date.now(), ...latest) + 1).toISOString(),
    });
    return { head, merge };
  }

  /** The deploy workflow on the push of `sha` to main. */
  deploy(sha: string, extra: Record<string, string> = {}) {
    return rw.deployOnPush(this.world, this.checkout(sha), sha, extra);
  }

  /** Pull request `number` adding `cert`, planned, approved by another account on its head, merged. */
  async reviewedPullRequest(number: number, cert: TestCert, from = 'main') {
    const [head] = this.branch(number, [{ [ca(cert)]: cert.pem }], from);
    const plan = await this.plan(number, head!);
    this.review(number, REVIEWER, 'APPROVED', head!);
    return { plan, ...this.merge(number) };
  }
}

const octokit = () => githubClient('write-token', rw.github.url);

describe('a plan comment is the reviewed plan only as it stood before the merge', () => {
  it('a root pushed straight to main is refused; a plan comment edited after the merge to the merged bytes is ignored', async () => {
    const s = await Scenario.create();
    const rogue = s.h.commit({ [ca(rw.rootC)]: rw.rootC.pem }, 'add a root', 'main');
    const direct = await s.deploy(rogue);
    expectRefused(
      direct,
      s.world,
      'no-reviewed-plan',
      `commit ${short(rogue)} was not produced by merging a pull request`,
    );

    // An honest pull request from before the push adds root B; its plan (A and B) is reviewed.
    const [head] = s.branch(71, [{ [ca(rw.rootB)]: rw.rootB.pem }], s.base);
    await s.plan(71, head!);
    const [comment] = rw.github.comments.get(71) ?? [];
    const reviewed = parseMarker(comment?.body)?.contract;
    s.review(71, REVIEWER, 'APPROVED', head!);
    const { merge } = s.merge(71);
    // After the merge, someone with write access edits that comment: its marker now carries the
    // contract of the merged bytes (A, B and the pushed C), which the deploy would otherwise accept.
    const merged = await s.plan(71, merge, { comment: 'never' });
    const forged = merged.outputs['plan-markdown'] ?? '';
    expect(parseMarker(forged)?.contract).not.toBe(reviewed);
    await sleep(5);
    await (await octokit()).rest.issues.updateComment({ owner, repo, comment_id: comment!.id, body: forged });
    expect(rw.github.comments.get(71)).toHaveLength(1);

    const run = await s.deploy(merge);
    expectRefused(
      run,
      s.world,
      'no-reviewed-plan',
      `pull request #71 (merged as ${short(merge)}) has no plan comment by github-actions[bot]`,
      'a plan comment created or edited after the merge',
      'was ignored: only what reviewers saw before merging counts',
    );
  });

  it('a root pushed straight to main below an honest reviewed pull request: unreviewed-commit naming the push', async () => {
    const s = await Scenario.create();
    const rogue = s.h.commit({ [ca(rw.rootC)]: rw.rootC.pem }, 'add a root', 'main');
    // The pull request starts after the push, so its plan (A, B and C) matches the merged bytes.
    const { merge } = await s.reviewedPullRequest(72, rw.rootB);
    const run = await s.deploy(merge);
    expect(run.stdout).toContain('deploying the plan reviewed in pull request #72');
    expectRefused(
      run,
      s.world,
      'unreviewed-commit',
      `commit ${short(rogue)} ("add a root") changes ca/root-c.pem, but it did not arrive through a pull request merged into main (a direct push)`,
    );
  });

  it('a plan comment another workflow posts after the merge is ignored: the reviewed one deploys', async () => {
    const s = await Scenario.create();
    const { plan, merge } = await s.reviewedPullRequest(73, rw.rootB);
    const [reviewed] = rw.github.comments.get(73) ?? [];
    await sleep(5);
    // Any workflow of the repository writes as the same bot: a second plan comment, after the merge.
    const late = await (await octokit()).rest.issues.createComment({
      owner,
      repo,
      issue_number: 73,
      body: plan.outputs['plan-markdown'] ?? '',
    });
    expect(late.data.user?.login).toBe('github-actions[bot]');
    expect(rw.github.comments.get(73)).toHaveLength(2);

    const run = await s.deploy(merge);
    expect(run.stdout).toContain(`deploying the plan reviewed in pull request #73 (${reviewed?.html_url})`);
    expectDeployed(run, s.world, merge, 73);
  });

  it('two plan comments written before the merge: ambiguous-plan naming both', async () => {
    const s = await Scenario.create();
    const [head] = s.branch(74, [{ [ca(rw.rootB)]: rw.rootB.pem }]);
    const plan = await s.plan(74, head!);
    const second = await (await octokit()).rest.issues.createComment({
      owner,
      repo,
      issue_number: 74,
      body: plan.outputs['plan-markdown'] ?? '',
    });
    const [first] = rw.github.comments.get(74) ?? [];
    s.review(74, REVIEWER, 'APPROVED', head!);
    const { merge } = s.merge(74);
    const run = await s.deploy(merge);
    expectRefused(
      run,
      s.world,
      'ambiguous-plan',
      'pull request #74 has 2 plan comments by github-actions[bot]',
      first!.html_url,
      second.data.html_url,
    );
  });
});

describe('a re-run of an older deploy', () => {
  it('is a replay when what is live was built from a newer commit: nothing written, the live commit named', async () => {
    const s = await Scenario.create();
    const first = await s.reviewedPullRequest(75, rw.rootB);
    expectDeployed(await s.deploy(first.merge), s.world, first.merge, 75);
    // The next pull request removes root B again, and is deployed.
    const [head] = s.branch(76, [{ [ca(rw.rootB)]: null }]);
    await s.plan(76, head!);
    s.review(76, REVIEWER, 'APPROVED', head!);
    const second = s.merge(76);
    expectDeployed(await s.deploy(second.merge), s.world, second.merge, 76);
    const live = s.world.s3.latest(BUCKET, KEY);
    expect(s.world.s3.versions(BUCKET, KEY)).toHaveLength(3);

    // "Re-run jobs" on the first deploy: same GITHUB_SHA, same reviewed plan.
    const s3Before = s.world.s3.requests.length;
    const gatewayBefore = s.world.gateway.requests.length;
    const replay = await s.deploy(first.merge);
    expect(replay.exitCode, log(replay)).toBe(0);
    expect(replay.outputs['failure-reason'] ?? '').toBe('');
    expect(replay.stdout).toContain(
      `the live truststore was built from commit ${short(second.merge)}, which already contains ${short(first.merge)}`,
    );
    expect(replay.summary).toContain(
      `Nothing deployed: the live truststore was built from commit \`${short(second.merge)}\``,
    );
    expect(writes(s.world.s3.requests.slice(s3Before))).toEqual([]);
    expect(writes(s.world.gateway.requests.slice(gatewayBefore))).toEqual([]);
    expect(s.world.s3.latest(BUCKET, KEY)?.versionId).toBe(live?.versionId);
    expect(s.world.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(live?.versionId);
  });
});

describe('only pull requests merged into main count', () => {
  it('a pull request merged by its author into release, then pushed to main: unreviewed-commit', async () => {
    const s = await Scenario.create();
    s.h.branch('release', 'main');
    const [head] = s.branch(77, [{ [ca(rw.rootC)]: rw.rootC.pem }], 'release');
    await s.plan(77, head!);
    const { merge } = s.merge(77, 'release');
    s.h.reset('main', merge);
    const run = await s.deploy(merge);
    // The plan comment of #77 matches: only provenance tells where the merge went.
    expect(run.stdout).toContain('deploying the plan reviewed in pull request #77');
    expectRefused(
      run,
      s.world,
      'unreviewed-commit',
      `commit ${short(head!)} ("change 1 of #77") changes ca/root-c.pem, but it did not arrive through a pull request merged into main (pull request #77 merged it into release, which is not the default branch)`,
    );
  });
});

describe('approvals', () => {
  /** Pull request #80 adding root B in `commits`, planned on its head, `reviews` given, merged; then the deploy. */
  async function deployWith(
    reviews: (commits: string[]) => [FakeUser, FakeReviewState, string][],
    extra: Record<string, string> = {},
    commits: Record<string, string | null>[] = [{ [ca(rw.rootB)]: rw.rootB.pem }],
  ) {
    const s = await Scenario.create();
    const own = s.branch(80, commits);
    await s.plan(80, own.at(-1)!);
    for (const [user, state, commit] of reviews(own)) s.review(80, user, state, commit);
    const { merge } = s.merge(80);
    return { s, own, merge, run: await s.deploy(merge, extra) };
  }
  const head = (own: string[]) => own.at(-1)!;
  const none = 'pull request #80 has 0 valid approving reviews, and required-approvals is 1';

  it('approved by its author only: not-approved', async () => {
    const { s, own, run } = await deployWith((own) => [[AUTHOR, 'APPROVED', head(own)]]);
    expectRefused(
      run,
      s.world,
      'not-approved',
      `commit ${short(own[0]!)} ("change 1 of #80") changes ca/root-b.pem: ${none}`,
      'other than its author contributor',
    );
  });

  it('approved by a bot only: not-approved', async () => {
    const { s, run } = await deployWith((own) => [
      [{ login: 'review-bot[bot]', type: 'Bot' }, 'APPROVED', head(own)],
    ]);
    expectRefused(run, s.world, 'not-approved', none);
  });

  it('approved, then changes requested: not-approved', async () => {
    const { s, run } = await deployWith((own) => [
      [REVIEWER, 'APPROVED', head(own)],
      [REVIEWER, 'CHANGES_REQUESTED', head(own)],
    ]);
    expectRefused(run, s.world, 'not-approved', none);
  });

  it('an approval that was dismissed: not-approved', async () => {
    const { s, run } = await deployWith((own) => [[REVIEWER, 'DISMISSED', head(own)]]);
    expectRefused(run, s.world, 'not-approved', none);
  });

  it('approved on an early commit, then a commit changing a CA file: not-approved, the approval named stale', async () => {
    const { s, run } = await deployWith((own) => [[REVIEWER, 'APPROVED', own[0]!]], {}, [
      { [ca(rw.rootB)]: rw.rootB.pem },
      { [ca(rw.rootC)]: rw.rootC.pem },
    ]);
    expectRefused(
      run,
      s.world,
      'not-approved',
      'pull request #80 has 0 valid approving reviews; approvals by reviewer were given before a later commit changed CA files',
    );
  });

  it('required-approvals 2 with one approval: not-approved', async () => {
    const { s, run } = await deployWith((own) => [[REVIEWER, 'APPROVED', head(own)]], {
      'required-approvals': '2',
    });
    expectRefused(
      run,
      s.world,
      'not-approved',
      'pull request #80 has 1 valid approving review (reviewer), and required-approvals is 2',
    );
  });

  it('required-approvals 0: merged into main without a review deploys', async () => {
    const { s, merge, run } = await deployWith(() => [], { 'required-approvals': '0' });
    expectDeployed(run, s.world, merge, 80);
  });

  it('approved on an early commit, followed only by a merge of main (with a reviewed CA change) into the branch: deploys', async () => {
    const s = await Scenario.create();
    const [early] = s.branch(81, [{ [ca(rw.rootB)]: rw.rootB.pem }]);
    s.review(81, REVIEWER, 'APPROVED', early!);
    // Meanwhile #82 (reviewed) adds root C to main; main is merged into #81's branch.
    s.h.branch('pr-82', 'main');
    const c = s.h.commit({ [ca(rw.rootC)]: rw.rootC.pem }, 'add root C', 'pr-82');
    s.review(82, REVIEWER, 'APPROVED', c);
    s.merge(82);
    const merged = s.h.merge('pr-81', 'main', "Merge branch 'main' into pr-81");
    // The plan workflow ran again on the new head; the approval was not renewed.
    await s.plan(81, merged);
    const { merge } = s.merge(81);
    const run = await s.deploy(merge);
    // Five commits since the live one: #81's, #82's and their merges, each through an approved pull request.
    expect(run.stdout).toContain(`provenance: 5 commits since the live commit ${short(s.base)}`);
    expect(run.stdout).toContain(`${short(c)} via #82`);
    expect(run.stdout).toContain(`${short(early!)} via #81`);
    expectDeployed(run, s.world, merge, 81);
  });
});

describe('what the live version records', () => {
  it('no recorded commit (adoption): only the pull request of GITHUB_SHA is checked, and the log says so', async () => {
    const s = await Scenario.create(null);
    const { merge } = await s.reviewedPullRequest(90, rw.rootB);
    const run = await s.deploy(merge);
    expect(run.stdout).toContain(
      `the live truststore records no commit (adopted, or written by another tool), so only commit ${short(merge)} was checked`,
    );
    expect(rw.github.requests.some((r) => r.path.includes('/compare/'))).toBe(false);
    expectDeployed(run, s.world, merge, 90);
  });

  it('a recorded commit the history does not know: unknown-live-commit; the break-glass deploys once and records the new commit', async () => {
    const unknown = 'f'.repeat(40);
    const s = await Scenario.create(unknown);
    const { merge } = await s.reviewedPullRequest(91, rw.rootB);
    const run = await s.deploy(merge);
    expectRefused(
      run,
      s.world,
      'unknown-live-commit',
      `the live truststore records commit ${unknown}`,
      'require-reviewed-plan: false',
    );

    const breakGlass = await s.deploy(merge, { 'require-reviewed-plan': 'false' });
    expect(breakGlass.exitCode, log(breakGlass)).toBe(0);
    expect(s.world.s3.latest(BUCKET, KEY)?.metadata['x-amz-meta-commit']).toBe(merge);
    expect(breakGlass.summary).toContain(`New version built from commit \`${short(merge)}\``);

    // From then on the deploys are anchored at that commit again.
    const next = await s.reviewedPullRequest(92, rw.rootC);
    const anchored = await s.deploy(next.merge);
    expect(anchored.stdout).toContain(`2 commits since the live commit ${short(merge)}`);
    expectDeployed(anchored, s.world, next.merge, 92);
  });
});
