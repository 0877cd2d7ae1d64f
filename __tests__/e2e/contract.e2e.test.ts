/**
 * End to end: the reviewed plan is the contract. The bundled action (dist/index.js, Node 24)
 * plans on a pull request against the local S3 and API Gateway and comments on the local GitHub;
 * the deploy after the merge applies only what that comment reviewed. Also the events that must
 * not deploy: a dispatch on a feature branch, and pull_request_target with a fork's head checked out.
 * Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/github/marker.js';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RecordedRequest, type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeGitHub } from '../support/fake-github.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const REPO = 'example-org/truststore';
const BUCKET = 'example-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events');

let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
let rootC: TestCert;
let github: FakeGitHub;
const servers: RunningServer[] = [];
let count = 0;

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const writes = (requests: RecordedRequest[]) => requests.filter((r) => !['GET', 'HEAD'].includes(r.method));
const annotations = (r: ActionRun, kind: 'warning' | 'error' | 'notice') =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => decodeURIComponent(l.replace(/^::[a-z]+[^:]*::/, '').replace(/%25/g, '%')));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

interface Checkout {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** A checkout whose base commit holds `base` and whose head adds `head` under ca/. */
function checkout(base: TestCert[], head: TestCert[]): Checkout {
  const dir = path.join(pki.dir, `checkout-${++count}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  git(dir, 'init', '-q');
  writeFileSync(path.join(dir, 'README.md'), 'truststore\n');
  for (const c of base) writeFileSync(path.join(dir, 'ca', `${c.name}.pem`), c.pem);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  for (const c of head) writeFileSync(path.join(dir, 'ca', `${c.name}.pem`), c.pem);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

/** Commits `certs` on top of HEAD (another merge landing), returning the new commit. */
function commit(dir: string, certs: TestCert[]): string {
  for (const c of certs) writeFileSync(path.join(dir, 'ca', `${c.name}.pem`), c.pem);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'another merge');
  return git(dir, 'rev-parse', 'HEAD');
}

function eventFile(payload: unknown): string {
  const file = path.join(pki.dir, `event-${++count}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

function pullRequestPayload(number: number, headRepo: string, c: Checkout) {
  const event = JSON.parse(readFileSync(path.join(fixtures, 'pull_request.synchronize.json'), 'utf8'));
  event.number = number;
  event.pull_request.number = number;
  event.pull_request.base.sha = c.baseSha;
  event.pull_request.head.sha = c.headSha;
  event.pull_request.head.repo.full_name = headRepo;
  event.pull_request.head.repo.fork = headRepo !== REPO;
  return event;
}

function githubEnv(eventName: string, payload: unknown, sha: string, ref: string): Record<string, string> {
  return {
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile(payload),
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_RUN_ID: '4343',
  };
}

async function aws() {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET, 'Enabled');
  const gateway = new FakeApiGateway({
    region: REGION,
    updatingPolls: 1,
    truststoreExists: (uri, version) =>
      uri === URI && s3.versions(BUCKET, KEY).some((v) => v.versionId === version),
  });
  const s3Server = await s3.start();
  const gatewayServer = await gateway.start();
  servers.push(s3Server, gatewayServer);
  const version = s3.putObject(BUCKET, KEY, rootA.pem, { contentType: 'application/x-pem-file' });
  gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: version.versionId });
  return { s3, gateway, env: sdkEnvironment(s3Server.url, gatewayServer.url, REGION), version };
}
type Aws = Awaited<ReturnType<typeof aws>>;

function inputs(extra: Record<string, string> = {}) {
  return {
    'ca-files': 'ca/*.pem',
    'truststore-uri': URI,
    'domain-names': 'api.example.com',
    'github-token': 'write-token',
    'domain-update-interval-seconds': '0',
    'poll-interval-seconds': '0',
    'wait-timeout-seconds': '20',
    ...extra,
  };
}

/** The plan workflow on pull request `number`: comments the reviewed plan. */
async function planOnPullRequest(
  world: Aws,
  number: number,
  c: Checkout,
  extra: Record<string, string> = {},
) {
  const env = {
    ...world.env,
    ...githubEnv('pull_request', pullRequestPayload(number, REPO, c), c.headSha, `refs/pull/${number}/merge`),
  };
  const run = await runAction({ workspace: c.dir, inputs: inputs(extra), env });
  expect(run.exitCode, log(run)).toBe(0);
  return run;
}

/** GitHub says pull request `number` was merged as `sha`. */
function merged(number: number, sha: string) {
  github.pulls.set(sha, [
    { number, merged_at: '2026-12-01T10:00:00Z', merge_commit_sha: sha, state: 'closed' },
  ]);
}

function deployOnPush(world: Aws, dir: string, sha: string, extra: Record<string, string> = {}) {
  const push = JSON.parse(readFileSync(path.join(fixtures, 'push.main.json'), 'utf8'));
  push.after = sha;
  return runAction({
    workspace: dir,
    inputs: inputs(extra),
    env: { ...world.env, ...githubEnv('push', push, sha, 'refs/heads/main') },
  });
}

beforeAll(async () => {
  pki = TestPki.create('e2e-contract-');
  rootA = pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
  rootB = pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
  rootC = pki.root('root-c', { subject: '/O=Intruder/CN=Unreviewed Root C' });
  github = await FakeGitHub.start(REPO);
});

afterAll(async () => {
  await github?.close();
  for (const server of servers) await server.close();
  pki?.cleanup();
});

describe('the deploy applies the plan reviewed on the merged pull request', () => {
  it('deploys when the merged pull request carries the action own plan comment with the same contract', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    const plan = await planOnPullRequest(world, 61, c);
    const marker = parseMarker(plan.outputs['plan-markdown']);
    expect(marker).toMatchObject({ v: 2, kind: 'plan', label: URI, domains: ['api.example.com'] });
    expect(marker?.contract).toMatch(/^[0-9a-f]{64}$/);
    expect(marker?.certs).toHaveLength(2);
    merged(61, c.headSha);

    const run = await deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.stdout).toContain('deploying the plan reviewed in pull request #61');
    expect(run.summary).toContain('Deploying the plan reviewed in pull request #61');
    expect(run.outputs['failure-reason'] ?? '').toBe('');
    const live = world.s3.latest(BUCKET, KEY);
    expect(live?.body.toString()).toContain(rootB.pem.split('\n')[1]);
    expect(world.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(live?.versionId);
    // Who wrote the comment was asked of GitHub: GITHUB_TOKEN cannot call GET /user (403).
    expect(github.requests.some((r) => r.path === '/user' && r.status === 403)).toBe(true);
  });

  it('refuses with plan-changed, naming the certificate added since the review, when another merge changed the CA files', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    await planOnPullRequest(world, 62, c);
    const landed = commit(c.dir, [rootC]);
    merged(62, landed);

    const run = await deployOnPush(world, c.dir, landed);
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
    const world = await aws();
    world.gateway.addDomain('admin.example.com', {
      truststoreUri: URI,
      truststoreVersion: world.version.versionId,
    });
    const c = checkout([rootA], [rootB]);
    await planOnPullRequest(world, 63, c);
    merged(63, c.headSha);
    const run = await deployOnPush(world, c.dir, c.headSha, {
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
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    const run = await deployOnPush(world, c.dir, c.headSha);
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
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    merged(64, c.headSha);
    github.addComment(64, 'LGTM');
    const run = await deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-reviewed-plan');
    expect(annotations(run, 'error').join('\n')).toContain('pull request #64 (merged as');
    expect(writes(world.s3.requests)).toEqual([]);
  });

  it('ignores a look-alike plan comment written by someone else, and names it in a warning', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    // Someone copies what the action would write (same contract) into their own comment.
    const plan = await planOnPullRequest(world, 65, c, { comment: 'never' });
    const lookalike = github.addComment(65, plan.outputs['plan-markdown'] ?? '', {
      login: 'mallory',
      type: 'User',
    });
    merged(65, c.headSha);
    const run = await deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('no-reviewed-plan');
    const warning = annotations(run, 'warning').join('\n');
    expect(warning).toContain(lookalike.html_url);
    expect(warning).toContain('by mallory');
    expect(warning).toContain('not written by github-actions[bot]');
    expect(writes(world.s3.requests)).toEqual([]);
  });

  it('writes its plan into its own comment, not into a look-alike posted first', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    const first = await planOnPullRequest(world, 66, c, { comment: 'never' });
    const lookalike = github.addComment(66, first.outputs['plan-markdown'] ?? '', {
      login: 'mallory',
      type: 'User',
    });
    const run = await planOnPullRequest(world, 66, c);
    const comments = github.comments.get(66) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[1]?.user.login).toBe('github-actions[bot]');
    expect(github.writes().some((r) => r.path.endsWith(`/comments/${lookalike.id}`))).toBe(false);
    expect(annotations(run, 'warning').join('\n')).toContain('by mallory');
  });

  it('finds the plan of a personal token by the login GET /user returns', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    await planOnPullRequest(world, 67, c, { 'github-token': 'user-token' });
    expect(github.comments.get(67)?.[0]?.user.login).toBe('release-bot');
    merged(67, c.headSha);
    const run = await deployOnPush(world, c.dir, c.headSha, { 'github-token': 'user-token' });
    expect(run.exitCode, log(run)).toBe(0);
    // The same comment is not the plan for a deploy that runs as github-actions[bot].
    const world2 = await aws();
    const other = await deployOnPush(world2, c.dir, c.headSha);
    expect(other.outputs['failure-reason']).toBe('no-reviewed-plan');
  });

  it('require-reviewed-plan: false deploys without a review and says so loudly in the summary', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    const run = await deployOnPush(world, c.dir, c.headSha, { 'require-reviewed-plan': 'false' });
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.summary).toContain('BREAK-GLASS DEPLOY: require-reviewed-plan is false');
    expect(annotations(run, 'warning').join('\n')).toContain('BREAK-GLASS');
    expect(world.s3.versions(BUCKET, KEY)).toHaveLength(2);
  });

  it('reports live drift since the review but deploys the reviewed bytes', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    await planOnPullRequest(world, 68, c);
    merged(68, c.headSha);
    // Someone uploads another version between the review and the deploy.
    world.s3.putObject(BUCKET, KEY, `${rootA.pem}\n`, { contentType: 'application/x-pem-file' });
    const run = await deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode, log(run)).toBe(0);
    expect(annotations(run, 'warning').join('\n')).toContain('the live truststore changed since the review');
    expect(world.s3.versions(BUCKET, KEY)).toHaveLength(3);
  });

  it('a deploy with nothing to do needs no reviewed plan', async () => {
    const world = await aws();
    const c = checkout([], [rootA]);
    const run = await deployOnPush(world, c.dir, c.headSha);
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.stdout).toMatch(/up to date/);
    expect(writes(world.s3.requests)).toEqual([]);
  });
});

describe('events that must not deploy', () => {
  it('mode auto only plans a workflow_dispatch on a feature branch, and says why', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    const payload = {
      ref: 'refs/heads/feature',
      inputs: {},
      repository: { full_name: REPO, default_branch: 'main' },
    };
    const run = await runAction({
      workspace: c.dir,
      inputs: inputs({ 'require-reviewed-plan': 'false' }),
      env: { ...world.env, ...githubEnv('workflow_dispatch', payload, c.headSha, 'refs/heads/feature') },
    });
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.stdout).toContain('mode plan');
    expect(annotations(run, 'notice').join('\n')).toContain('not on the default branch main: planning only');
    expect(run.outputs['has-changes']).toBe('true');
    expect(writes(world.s3.requests)).toEqual([]);
    expect(writes(world.gateway.requests)).toEqual([]);
  });

  it('refuses pull_request_target when the fork head is checked out, before any AWS or GitHub call', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    const before = github.requests.length;
    const run = await runAction({
      workspace: c.dir,
      inputs: inputs(),
      env: {
        ...world.env,
        ...githubEnv(
          'pull_request_target',
          pullRequestPayload(69, 'someone/fork', c),
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
    expect(github.requests.length).toBe(before);
    expect(world.s3.requests).toEqual([]);
    expect(world.gateway.requests).toEqual([]);
  });

  it('plans pull_request_target when the base is checked out (the safe recipe)', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    git(c.dir, 'checkout', '-q', c.baseSha);
    const run = await runAction({
      workspace: c.dir,
      inputs: inputs(),
      env: {
        ...world.env,
        ...githubEnv(
          'pull_request_target',
          pullRequestPayload(70, 'someone/fork', c),
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
