import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { githubClient } from '../../src/github/client.js';
import { ACTIONS_BOT, tokenIdentity } from '../../src/github/identity.js';
import { renderMarker } from '../../src/github/marker.js';
import { findReviewedPlan } from '../../src/github/reviewed-plan.js';
import { FakeGitHub } from '../support/fake-github.js';

const REPO = 'example-org/truststore';
const SHA = 'e'.repeat(40);
let github: FakeGitHub;
const saved = process.env.GITHUB_API_URL;

beforeAll(async () => {
  github = await FakeGitHub.start(REPO);
  process.env.GITHUB_API_URL = github.url;
});
afterAll(async () => {
  await github.close();
  if (saved === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = saved;
});
beforeEach(() => {
  github.comments.clear();
  github.pulls.clear();
  github.requests.length = 0;
});

const plan = (contract: string, label = 'prod') =>
  `${renderMarker({ kind: 'plan', label, uri: 's3://b/k', contract })}\n### plan`;
const bot = { login: ACTIONS_BOT, type: 'Bot' as const };

async function lookup(label = 'prod') {
  const warnings: string[] = [];
  const client = await githubClient('write-token', process.env.GITHUB_API_URL);
  const found = await findReviewedPlan(client, {
    owner: 'example-org',
    repo: 'truststore',
    sha: SHA,
    label,
    author: ACTIONS_BOT,
    warn: (m) => warnings.push(m),
  });
  return { found, warnings };
}

describe('who the token comments as', () => {
  it('GITHUB_TOKEN cannot call GET /user (403): its comments are github-actions[bot]', async () => {
    expect(await tokenIdentity(await githubClient('write-token', process.env.GITHUB_API_URL))).toBe(
      'github-actions[bot]',
    );
    expect(github.requests.map((r) => [r.path, r.status])).toEqual([['/user', 403]]);
  });

  it('an app installation token is its app bot, named by github-app-slug', async () => {
    expect(
      await tokenIdentity(await githubClient('write-token', process.env.GITHUB_API_URL), 'truststore-bot'),
    ).toBe('truststore-bot[bot]');
  });

  it('a personal token is the user GET /user returns', async () => {
    expect(await tokenIdentity(await githubClient('user-token', process.env.GITHUB_API_URL))).toBe(
      'release-bot',
    );
  });

  it('a refused token is an error, not a guess', async () => {
    await expect(
      tokenIdentity(await githubClient('no-such-token', process.env.GITHUB_API_URL)),
    ).rejects.toMatchObject({ status: 401 });
  });
});

/** A merge that comes after the plan comments a test writes (comments are stamped with the real time). */
const mergedNow = () => new Date(Date.now() + 3_600_000).toISOString();

describe('the reviewed plan of a commit', () => {
  it('is the own plan comment of the pull request merged as that commit, not of one that only contains it', async () => {
    github.pulls.set(SHA, [
      { number: 1, merged_at: null, merge_commit_sha: null, state: 'open' },
      { number: 2, merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: 'f'.repeat(40), state: 'closed' },
      { number: 3, merged_at: mergedNow(), merge_commit_sha: SHA, state: 'closed' },
    ]);
    github.addComment(1, plan('1'.repeat(64)), bot);
    github.addComment(2, plan('2'.repeat(64)), bot);
    github.addComment(3, plan('3'.repeat(64)), bot);
    const { found } = await lookup();
    expect(found).toMatchObject({ found: true, pullRequest: 3, marker: { contract: '3'.repeat(64) } });
  });

  it('takes the own comment of its label, and names a look-alike by someone else in a warning', async () => {
    github.pulls.set(SHA, [{ number: 4, merged_at: mergedNow(), merge_commit_sha: SHA, state: 'closed' }]);
    github.addComment(4, plan('4'.repeat(64), 'staging'), bot);
    github.addComment(4, plan('5'.repeat(64)), bot);
    const fake = github.addComment(4, plan('6'.repeat(64)), { login: 'mallory', type: 'User' });
    const { found, warnings } = await lookup();
    expect(found).toMatchObject({ found: true, marker: { contract: '5'.repeat(64) } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${fake.html_url} by mallory`);
  });

  it('is missing for a commit no pull request merged', async () => {
    const { found } = await lookup();
    expect(found).toEqual({
      found: false,
      why: `commit ${SHA.slice(0, 12)} was not produced by merging a pull request (a direct push, or a dispatch on a commit no pull request merged)`,
    });
  });

  it('is missing when the last plan carried no contract (the truststore was refused as invalid)', async () => {
    github.pulls.set(SHA, [{ number: 5, merged_at: mergedNow(), merge_commit_sha: SHA, state: 'closed' }]);
    github.addComment(
      5,
      `${renderMarker({ kind: 'plan', label: 'prod', uri: 's3://b/k' })}\n❌ Invalid`,
      bot,
    );
    const { found } = await lookup();
    expect(found.found).toBe(false);
    expect(!found.found && found.why).toContain('carries no contract');
  });
});
