/**
 * End to end: the events that must not deploy, with the bundled action under Node 24. A dispatch
 * on a feature branch only plans; pull_request_target with a fork's head checked out is refused
 * before any AWS or GitHub call. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { annotations, git, log, REPO, ReviewWorld, writes } from '../support/review-world.js';

const rw = new ReviewWorld('e2e-events-');
beforeAll(() => rw.start());
afterAll(() => rw.close());

describe('events that must not deploy', () => {
  it('mode auto only plans a workflow_dispatch on a feature branch, and says why', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    const payload = {
      ref: 'refs/heads/feature',
      inputs: {},
      repository: { full_name: REPO, default_branch: 'main' },
    };
    const run = await runAction({
      workspace: c.dir,
      inputs: rw.inputs({ 'require-reviewed-plan': 'false' }),
      env: { ...world.env, ...rw.githubEnv('workflow_dispatch', payload, c.headSha, 'refs/heads/feature') },
    });
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.stdout).toContain('mode plan');
    expect(annotations(run, 'notice').join('\n')).toContain('not on the default branch main: planning only');
    expect(run.outputs['has-changes']).toBe('true');
    expect(writes(world.s3.requests)).toEqual([]);
    expect(writes(world.gateway.requests)).toEqual([]);
  });

  it('refuses pull_request_target when the fork head is checked out, before any AWS or GitHub call', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    const before = rw.github.requests.length;
    const run = await runAction({
      workspace: c.dir,
      inputs: rw.inputs(),
      env: {
        ...world.env,
        ...rw.githubEnv(
          'pull_request_target',
          rw.pullRequestPayload(69, 'someone/fork', c),
          c.baseSha,
          'refs/heads/main',
        ),
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('untrusted-checkout');
    const error = annotations(run, 'error').join('\n');
    expect(error).toContain('checked out the head of pull request #69 from the fork someone/fork');
    expect(error).toContain('workflow_run');
    expect(rw.github.requests.length).toBe(before);
    expect(world.s3.requests).toEqual([]);
    expect(world.gateway.requests).toEqual([]);
  });

  it('plans pull_request_target when the base is checked out (the safe recipe)', async () => {
    const world = await rw.aws();
    const c = rw.checkout([rw.rootA], [rw.rootB]);
    git(c.dir, 'checkout', '-q', c.baseSha);
    const run = await runAction({
      workspace: c.dir,
      inputs: rw.inputs(),
      env: {
        ...world.env,
        ...rw.githubEnv(
          'pull_request_target',
          rw.pullRequestPayload(70, 'someone/fork', c),
          c.baseSha,
          'refs/heads/main',
        ),
      },
    });
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.stdout).toContain('mode plan');
    expect(writes(world.s3.requests)).toEqual([]);
  });
});
