/**
 * End to end: the reviewed plan is the contract. The bundled action (dist/index.js, Node 24)
 * plans on a pull request against the local S3 and API Gateway and comments on the local GitHub;
 * the deploy after the merge applies only what that comment reviewed. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/github/marker.js';
import { annotations, BUCKET, KEY, log, ReviewWorld, URI, writes } from '../support/review-world.js';

const rw = new ReviewWorld('e2e-contract-');
beforeAll(() => rw.start());
afterAll(() => rw.close());

describe('the deploy applies the plan reviewed on the merged pull request', () => {
  it('deploys when the merged pull request carries the action own plan comment with the same contract', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    const plan = await rw.planOnPullRequest(world, 61, c);
    const marker = parseMarker(plan.outputs['plan-markdown']);
    expect(marker).toMatchObject({ v: 2, kind: 'plan', label: URI, domains: ['api.example.com'] });
    expect(marker?.contract).toMatch(/^[0-9a-f]{64}$/);
    expect(marker?.certs).toHaveLength(2);
    rw.merged(61, c.headSha);

    const run = await rw.deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.stdout).toContain('deploying the plan reviewed in pull request #61');
    expect(run.summary).toContain('Deploying the plan reviewed in pull request #61');
    expect(run.outputs['failure-reason'] ?? '').toBe('');
    const live = world.s3.latest(BUCKET, KEY);
    expect(live?.body.toString()).toContain(rw.rootB.pem.split('\n')[1]);
    expect(world.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(live?.versionId);
    // Who wrote the comment was asked of GitHub: GITHUB_TOKEN cannot call GET /user (403).
    expect(rw.github.requests.some((r) => r.path === '/user' && r.status === 403)).toBe(true);
  });

  it('refuses with plan-changed, naming the certificate added since the review, when another merge changed the CA files', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    await rw.planOnPullRequest(world, 62, c);
    const landed = rw.commit(c.dir, [rw.rootC]);
    rw.merged(62, landed);

    const run = await rw.deployOnPush(world, c.dir, landed);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-changed');
    const error = annotations(run, 'error').join('\n');
    expect(error).toContain('not the one reviewed in pull request #62');
    expect(error).toContain('certificates added since the review: CN=Unreviewed Root C, O=Intruder');
    expect(error).toContain('require branches to be up to date before merging');
    expect(run.summary).toContain('deploy refused (plan-changed)');
    expect(writes(world.s3.requests)).toEqual([]);
    expect(writes(world.gateway.requests)).toEqual([]);
  });

  it('refuses with plan-changed when the deploy would roll other domains than were reviewed', async () => {
    const world = await rw.aws();
    world.gateway.addDomain('admin.example.com', {
      truststoreUri: URI,
      truststoreVersion: world.version.versionId,
    });
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    await rw.planOnPullRequest(world, 63, c);
    rw.merged(63, c.headSha);
    const run = await rw.deployOnPush(world, c.dir, c.headSha, {
      'domain-names': 'api.example.com\nadmin.example.com',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('plan-changed');
    expect(annotations(run, 'error').join('\n')).toContain(
      'domain-names added since the review: admin.example.com',
    );
    expect(writes(world.s3.requests)).toEqual([]);
  });

  it('refuses with no-reviewed-plan on a direct push, naming both fixes', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    const run = await rw.deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-reviewed-plan');
    const error = annotations(run, 'error').join('\n');
    expect(error).toContain(`commit ${c.headSha.slice(0, 12)} was not produced by merging a pull request`);
    expect(error).toContain('Merge the change through a pull request');
    expect(error).toContain('require-reviewed-plan: false');
    expect(writes(world.s3.requests)).toEqual([]);
    expect(writes(world.gateway.requests)).toEqual([]);
  });

  it('refuses with no-reviewed-plan when the merged pull request has no plan comment', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    rw.merged(64, c.headSha);
    rw.github.addComment(64, 'LGTM');
    const run = await rw.deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-reviewed-plan');
    expect(annotations(run, 'error').join('\n')).toContain('pull request #64 (merged as');
    expect(writes(world.s3.requests)).toEqual([]);
  });

  it('ignores a look-alike plan comment written by someone else, and names it in a warning', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    // Someone copies what the action would write (same contract) into their own comment.
    const plan = await rw.planOnPullRequest(world, 65, c, { comment: 'never' });
    const lookalike = rw.github.addComment(65, plan.outputs['plan-markdown'] ?? '', {
      login: 'mallory',
      type: 'User',
    });
    rw.merged(65, c.headSha);
    const run = await rw.deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-reviewed-plan');
    const warning = annotations(run, 'warning').join('\n');
    expect(warning).toContain(lookalike.html_url);
    expect(warning).toContain('by mallory');
    expect(warning).toContain('not written by github-actions[bot]');
    expect(writes(world.s3.requests)).toEqual([]);
  });

  it('writes its plan into its own comment, not into a look-alike posted first', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    const first = await rw.planOnPullRequest(world, 66, c, { comment: 'never' });
    const lookalike = rw.github.addComment(66, first.outputs['plan-markdown'] ?? '', {
      login: 'mallory',
      type: 'User',
    });
    const run = await rw.planOnPullRequest(world, 66, c);
    const comments = rw.github.comments.get(66) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[1]?.user.login).toBe('github-actions[bot]');
    expect(rw.github.writes().some((r) => r.path.endsWith(`/comments/${lookalike.id}`))).toBe(false);
    expect(annotations(run, 'warning').join('\n')).toContain('by mallory');
  });

  it('finds the plan of a personal token by the login GET /user returns', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    await rw.planOnPullRequest(world, 67, c, { 'github-token': 'user-token' });
    expect(rw.github.comments.get(67)?.[0]?.user.login).toBe('release-bot');
    rw.merged(67, c.headSha);
    const run = await rw.deployOnPush(world, c.dir, c.headSha, { 'github-token': 'user-token' });
    expect(run.exitCode, log(run)).toBe(0);
    // The same comment is not the plan for a deploy that runs as rw.github-actions[bot].
    const world2 = await rw.aws();
    const other = await rw.deployOnPush(world2, c.dir, c.headSha);
    expect(other.outputs['failure-reason']).toBe('no-reviewed-plan');
  });

  it('require-reviewed-plan: false deploys without a review and says so loudly in the summary', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    const run = await rw.deployOnPush(world, c.dir, c.headSha, { 'require-reviewed-plan': 'false' });
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.summary).toContain('BREAK-GLASS DEPLOY: require-reviewed-plan is false');
    expect(annotations(run, 'warning').join('\n')).toContain('BREAK-GLASS');
    expect(world.s3.versions(BUCKET, KEY)).toHaveLength(2);
  });

  it('reports live drift since the review but deploys the reviewed bytes', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    await rw.planOnPullRequest(world, 68, c);
    rw.merged(68, c.headSha);
    // Someone uploads another version between the review and the deploy.
    world.s3.putObject(BUCKET, KEY, `${rw.rootA.pem}\n`, { contentType: 'application/x-pem-file' });
    const run = await rw.deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode, log(run)).toBe(0);
    expect(annotations(run, 'warning').join('\n')).toContain('the live truststore changed since the review');
    expect(world.s3.versions(BUCKET, KEY)).toHaveLength(3);
  });

  it('a deploy with nothing to do needs no reviewed plan', async () => {
    const world = await rw.aws();
    const c = rw.checkout([], [rw.rootA]);
    const run = await rw.deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.stdout).toMatch(/up to date/);
    expect(writes(world.s3.requests)).toEqual([]);
  });
});
