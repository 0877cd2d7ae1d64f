/**
 * End to end: the bundled action (dist/index.js) under Node 24 on pull_request and push events,
 * with real-looking event payloads, talking to a local GitHub REST server (GITHUB_API_URL) and,
 * for pull requests from this repository, to the local S3 and API Gateway. Assertions are on the
 * comments the GitHub server holds, the requests it got, the job summary and the exit code.
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
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeGitHub } from '../support/fake-github.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const REPO = 'example-org/truststore';
const BUCKET = 'example-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';
const HOSTILE = 'CN=<img src=x onerror=alert(1)> @org/team [x](javascript:1)';
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events');

let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
let rootC: TestCert;
let hostile: TestCert;
let github: FakeGitHub;
const servers: RunningServer[] = [];
let count = 0;

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const annotations = (r: ActionRun, kind: 'warning' | 'error') =>
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

/** A checkout whose base commit holds `base` and whose head adds `head` under ca/. */
function checkout(base: TestCert[], head: TestCert[]): { dir: string; baseSha: string; headSha: string } {
  const dir = path.join(pki.dir, `checkout-${++count}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
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

/** The pull_request payload of the fixture, for pull request `number` from `headRepo`. */
function pullRequestEvent(number: number, headRepo: string, baseSha: string, headSha: string): string {
  const event = JSON.parse(readFileSync(path.join(fixtures, 'pull_request.synchronize.json'), 'utf8'));
  event.number = number;
  event.pull_request.number = number;
  event.pull_request.base.sha = baseSha;
  event.pull_request.head.sha = headSha;
  event.pull_request.head.repo.full_name = headRepo;
  event.pull_request.head.repo.fork = headRepo !== REPO;
  event.pull_request.head.repo.id = headRepo === REPO ? 3001 : 9999;
  const file = path.join(pki.dir, `event-${++count}.json`);
  writeFileSync(file, JSON.stringify(event));
  return file;
}

function githubEnv(eventName: string, eventPath: string, sha: string): Record<string, string> {
  return {
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: sha,
    GITHUB_REF: eventName === 'push' ? 'refs/heads/main' : 'refs/pull/1/merge',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'contributor',
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
  servers.push(await s3.start(), await gateway.start());
  const [s3Server, gatewayServer] = servers.slice(-2) as [RunningServer, RunningServer];
  const version = s3.putObject(BUCKET, KEY, rootA.pem, { contentType: 'application/x-pem-file' });
  gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: version.versionId });
  const env = sdkEnvironment(s3Server.url, gatewayServer.url, REGION);
  return { s3, gateway, env, version };
}

function inputs(token: string, extra: Record<string, string> = {}) {
  return {
    'ca-files': 'ca/*.pem',
    'truststore-uri': URI,
    'domain-names': 'api.example.com',
    'github-token': token,
    'domain-update-interval-seconds': '0',
    'poll-interval-seconds': '0',
    'wait-timeout-seconds': '20',
    ...extra,
  };
}

beforeAll(async () => {
  pki = TestPki.create('e2e-pr-');
  rootA = pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
  rootB = pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
  rootC = pki.root('root-c', { subject: '/O=Partner/CN=Partner Root C' });
  hostile = pki.root('hostile', { subject: `/${HOSTILE.replace(/\//g, '\\/')}` });
  github = await FakeGitHub.start(REPO);
});

afterAll(async () => {
  await github?.close();
  for (const server of servers) await server.close();
  pki?.cleanup();
});

describe('a pull request from this repository', () => {
  it('gets one plan comment, updated in place on the next push, never duplicated', async () => {
    const world = await aws();
    const first = checkout([rootA], [rootB]);
    const env = {
      ...world.env,
      ...githubEnv('pull_request', pullRequestEvent(31, REPO, first.baseSha, first.headSha), first.headSha),
    };
    github.addComment(31, 'Please review');

    const run1 = await runAction({ workspace: first.dir, inputs: inputs('write-token'), env });
    expect(run1.exitCode, log(run1)).toBe(0);
    let ours = (github.comments.get(31) ?? []).filter((c) => parseMarker(c.body));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('+1 added, −0 removed');
    expect(ours[0]?.body).toContain('Partner Root B');
    expect(ours[0]?.body).toContain('```mermaid');
    expect(parseMarker(ours[0]?.body)).toMatchObject({ kind: 'plan', label: URI, uri: URI });
    expect(run1.outputs['plan-markdown']).toBe(ours[0]?.body);
    expect(run1.summary).toContain('Partner Root B');

    // The next push adds root C: the same comment changes.
    writeFileSync(path.join(first.dir, 'ca', 'root-c.pem'), rootC.pem);
    const run2 = await runAction({ workspace: first.dir, inputs: inputs('write-token'), env });
    expect(run2.exitCode, log(run2)).toBe(0);
    ours = (github.comments.get(31) ?? []).filter((c) => parseMarker(c.body));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('+2 added');
    expect(parseMarker(ours[0]?.body)?.contract).not.toBe(
      parseMarker(run1.outputs['plan-markdown'])?.contract,
    );

    const run3 = await runAction({ workspace: first.dir, inputs: inputs('write-token'), env });
    expect(run3.exitCode, log(run3)).toBe(0);
    const writes = github.writes().filter((r) => r.path.includes('/issues/'));
    expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(github.comments.get(31)).toHaveLength(2);
  });

  it('fails naming pull-requests: write when the workflow did not grant it', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    const env = {
      ...world.env,
      ...githubEnv('pull_request', pullRequestEvent(32, REPO, c.baseSha, c.headSha), c.headSha),
    };
    const run = await runAction({ workspace: c.dir, inputs: inputs('read-token'), env });
    expect(run.exitCode, log(run)).toBe(1);
    expect(annotations(run, 'error').join('\n')).toContain('permissions: pull-requests: write');
    expect(run.summary).toContain('Partner Root B');
    expect(github.comments.get(32)).toBeUndefined();
  });
});

describe('a pull request from a fork (no AWS credentials, read-only token)', () => {
  it('is planned against the base commit, summarised, and warns how to comment via workflow_run', async () => {
    const c = checkout([rootA], [rootB]);
    const env = githubEnv(
      'pull_request',
      pullRequestEvent(41, 'someone/truststore', c.baseSha, c.headSha),
      c.headSha,
    );
    const run = await runAction({ workspace: c.dir, inputs: inputs('read-token'), env });
    expect(run.exitCode, log(run)).toBe(0);
    expect(run.summary).toContain('pull request from a fork');
    expect(run.summary).toContain('+1 added, −0 removed');
    expect(run.summary).toContain('Partner Root B');
    expect(annotations(run, 'error')).toEqual([]);
    expect(annotations(run, 'warning').join('\n')).toMatch(/fork.*workflow_run/s);
    expect(github.comments.get(41)).toBeUndefined();
    expect(github.requests.some((r) => r.path.endsWith('/issues/41/comments') && r.status === 403)).toBe(
      true,
    );
  });

  it('renders hostile subjects as text: no HTML, no mention, no link', async () => {
    const c = checkout([rootA], [hostile]);
    const env = githubEnv(
      'pull_request',
      pullRequestEvent(42, 'someone/truststore', c.baseSha, c.headSha),
      c.headSha,
    );
    // A private repository may send write tokens to fork workflows: then the comment is written.
    const run = await runAction({ workspace: c.dir, inputs: inputs('write-token'), env });
    expect(run.exitCode, log(run)).toBe(0);
    const body = github.comments.get(42)?.[0]?.body ?? '';
    // What a reader sees once the Markdown escapes are read: the subject, as text.
    const decoded = body.replace(/&lt;/g, '<').replace(/\\([!-/:-@[-`{-~])/g, '$1');
    expect(decoded).toContain('onerror\\=alert(1)\\> @\u200borg/team [x](javascript:1)');
    for (const text of [body, run.summary]) {
      expect(text).not.toMatch(/<img|<script/i);
      expect(text).not.toMatch(/@org/);
      expect(text).not.toContain('[x](');
      expect(text).not.toContain('javascript:1)');
    }
    const chart = /```mermaid\n([\s\S]*?)```/.exec(body)?.[1] ?? '';
    expect(chart).toContain('#60;img src#92;=x onerror#92;=alert#40;1#41;#92;#62; #64;org#47;team');
    const labels = chart.match(/"[^"]*"/g) ?? [];
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/^"([A-Za-z0-9 ,.=_#;]|<br>)*"$/);
  });

  it('cuts a plan over 60,000 characters and leaves the full plan in the job summary', async () => {
    const ou = (n: number) =>
      `OU=Partner Organisational Unit ${String(n).padStart(3, '0')} ${'x'.repeat(24)}`;
    const many = Array.from({ length: 130 }, (_, i) =>
      pki.root(`partner-${i}`, {
        subject: `/O=Partner ${i}/${ou(1)}/${ou(2)}/${ou(3)}/CN=Partner Root ${i}`,
      }),
    );
    const c = checkout([rootA], many);
    const env = githubEnv(
      'pull_request',
      pullRequestEvent(43, 'someone/truststore', c.baseSha, c.headSha),
      c.headSha,
    );
    const run = await runAction({ workspace: c.dir, inputs: inputs('write-token'), env, timeoutMs: 120_000 });
    expect(run.exitCode, log(run)).toBe(0);
    const body = github.comments.get(43)?.[0]?.body ?? '';
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toContain('https://github.com/example-org/truststore/actions/runs/4242');
    expect(body).toContain('+130 added');
    expect(run.summary.length).toBeGreaterThan(60_000);
    for (const i of [0, 64, 129]) expect(run.summary).toContain(`Partner Root ${i}`);
  }, 240_000); // 130 roots made by openssl in the test: ~50 s alone on two cores, more beside other files
});

describe('after the merge', () => {
  it('the deploy on push leaves a short note on the merged pull request, once', async () => {
    const world = await aws();
    const c = checkout([rootA], [rootB]);
    // The plan workflow ran on the pull request: its comment is the reviewed plan.
    const planned = await runAction({
      workspace: c.dir,
      inputs: inputs('write-token'),
      env: {
        ...world.env,
        ...githubEnv('pull_request', pullRequestEvent(51, REPO, c.baseSha, c.headSha), c.headSha),
      },
    });
    expect(planned.exitCode, log(planned)).toBe(0);
    // Merged into main as its head commit, approved there by another account: the provenance
    // check reads this repository's history and the review (the git-backed fake).
    github.useGit(c.dir, { defaultBranch: 'main' });
    github.addReview(51, {
      user: { login: 'reviewer', type: 'User' },
      state: 'APPROVED',
      commit_id: c.headSha,
    });
    const planComment = Math.max(...(github.comments.get(51) ?? []).map((n) => Date.parse(n.updated_at)));
    github.addPullRequest({
      number: 51,
      author: { login: 'contributor', type: 'User' },
      headRef: 'change-51',
      headSha: c.headSha,
      mergeCommitSha: c.headSha,
      mergedAt: new Date(Math.max(Date.now(), planComment + 1)).toISOString(),
    });
    const push = JSON.parse(readFileSync(path.join(fixtures, 'push.main.json'), 'utf8'));
    push.after = c.headSha;
    const eventPath = path.join(pki.dir, `push-${++count}.json`);
    writeFileSync(eventPath, JSON.stringify(push));
    const env = { ...world.env, ...githubEnv('push', eventPath, c.headSha) };
    const run = await runAction({ workspace: c.dir, inputs: inputs('write-token'), env });
    expect(run.exitCode, log(run)).toBe(0);
    const versionId = run.outputs['version-id'] ?? '';
    expect(versionId).not.toBe('');
    const again = await runAction({ workspace: c.dir, inputs: inputs('write-token'), env });
    expect(again.exitCode, log(again)).toBe(0);
    const notes = (github.comments.get(51) ?? []).filter((n) => parseMarker(n.body)?.kind === 'deployment');
    expect(notes).toHaveLength(1);
    expect(parseMarker(notes[0]?.body)).toMatchObject({ kind: 'deployment', sha: c.headSha });
    expect(notes[0]?.body).toContain(versionId);
    expect(notes[0]?.body).toContain('Domains rolled: api.example.com');
    expect(notes[0]?.body).toContain('warnings from API Gateway: none');
    expect(run.summary).toContain('mTLS truststore deployed');
  });
});
