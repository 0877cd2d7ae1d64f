/**
 * The world of the reviewed-plan end-to-end tests: git checkouts of a pull request, event payloads,
 * the local GitHub, S3 and API Gateway, and the two workflows (plan on the pull request, deploy on
 * the push of its merge) run as the bundled action under Node 24.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type ActionRun, runAction } from './action-runner.js';
import { FakeApiGateway } from './fake-apigateway.js';
import { type RecordedRequest, type RunningServer, sdkEnvironment } from './fake-aws-http.js';
import { FakeGitHub, type FakePullRequestSpec, type FakeUser } from './fake-github.js';
import { FakeS3 } from './fake-s3.js';
import { type TestCert, TestPki } from './pki.js';

export const REPO = 'example-org/truststore';
export const BUCKET = 'example-truststores';
export const KEY = 'api/truststore.pem';
export const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events');

export const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
export const writes = (requests: RecordedRequest[]) =>
  requests.filter((r) => !['GET', 'HEAD'].includes(r.method));
export const annotations = (r: ActionRun, kind: 'warning' | 'error' | 'notice') =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => decodeURIComponent(l.replace(/^::[a-z]+[^:]*::/, '').replace(/%25/g, '%')));

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export interface Checkout {
  dir: string;
  baseSha: string;
  headSha: string;
}

export type Aws = Awaited<ReturnType<ReviewWorld['aws']>>;

/** Who opens the pull requests of this world, and who approves them (another account). */
export const AUTHOR: FakeUser = { login: 'contributor', type: 'User' };
export const REVIEWER: FakeUser = { login: 'reviewer', type: 'User' };

export class ReviewWorld {
  pki!: TestPki;
  rootA!: TestCert;
  rootB!: TestCert;
  rootC!: TestCert;
  github!: FakeGitHub;
  private readonly servers: RunningServer[] = [];
  private count = 0;
  /** The checkout each commit of this world was made in (each checkout is its own repository). */
  private readonly repositoryOf = new Map<string, string>();
  /** The pull requests merged in each checkout, registered on the fake when a deploy runs there. */
  private readonly mergedIn = new Map<string, FakePullRequestSpec[]>();

  constructor(private readonly prefix: string) {}

  async start(): Promise<void> {
    this.pki = TestPki.create(this.prefix);
    this.rootA = this.pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
    this.rootB = this.pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
    this.rootC = this.pki.root('root-c', { subject: '/O=Intruder/CN=Unreviewed Root C' });
    this.github = await FakeGitHub.start(REPO);
  }

  async close(): Promise<void> {
    await this.github?.close();
    for (const server of this.servers) await server.close();
    this.pki?.cleanup();
  }

  /** A checkout whose base commit holds `base` and whose head adds `head` under ca/. */
  checkout(base: TestCert[], head: TestCert[]): Checkout {
    const dir = path.join(this.pki.dir, `checkout-${++this.count}`);
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
    const headSha = git(dir, 'rev-parse', 'HEAD');
    this.repositoryOf.set(baseSha, dir);
    this.repositoryOf.set(headSha, dir);
    return { dir, baseSha, headSha };
  }

  /** Commits `certs` on top of HEAD (another merge landing), returning the new commit. */
  commit(dir: string, certs: TestCert[]): string {
    for (const c of certs) writeFileSync(path.join(dir, 'ca', `${c.name}.pem`), c.pem);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'another merge');
    const sha = git(dir, 'rev-parse', 'HEAD');
    this.repositoryOf.set(sha, dir);
    return sha;
  }

  private eventFile(payload: unknown): string {
    const file = path.join(this.pki.dir, `event-${++this.count}.json`);
    writeFileSync(file, JSON.stringify(payload));
    return file;
  }

  pullRequestPayload(number: number, headRepo: string, c: Checkout) {
    const event = JSON.parse(readFileSync(path.join(fixtures, 'pull_request.synchronize.json'), 'utf8'));
    event.number = number;
    event.pull_request.number = number;
    event.pull_request.base.sha = c.baseSha;
    event.pull_request.head.sha = c.headSha;
    event.pull_request.head.repo.full_name = headRepo;
    event.pull_request.head.repo.fork = headRepo !== REPO;
    return event;
  }

  githubEnv(eventName: string, payload: unknown, sha: string, ref: string): Record<string, string> {
    return {
      GITHUB_API_URL: this.github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: this.eventFile(payload),
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_RUN_ID: '4343',
    };
  }

  /** S3 holding root A as v1, and api.example.com pinned to it. */
  async aws() {
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
    this.servers.push(s3Server, gatewayServer);
    const version = s3.putObject(BUCKET, KEY, this.rootA.pem, { contentType: 'application/x-pem-file' });
    gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: version.versionId });
    return { s3, gateway, env: sdkEnvironment(s3Server.url, gatewayServer.url, REGION), version };
  }

  inputs(extra: Record<string, string> = {}) {
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
  async planOnPullRequest(world: Aws, number: number, c: Checkout, extra: Record<string, string> = {}) {
    const env = {
      ...world.env,
      ...this.githubEnv(
        'pull_request',
        this.pullRequestPayload(number, REPO, c),
        c.headSha,
        `refs/pull/${number}/merge`,
      ),
    };
    const run = await runAction({ workspace: c.dir, inputs: this.inputs(extra), env });
    expect(run.exitCode, log(run)).toBe(0);
    return run;
  }

  /**
   * GitHub says pull request `number` was merged into main as `sha`, now (after its plan comment):
   * a pull request whose head is `sha` (its one commit, on top of the checkout's base), approved
   * there by another account, so the provenance check of the deploy passes.
   */
  merged(number: number, sha: string): void {
    const dir = this.repositoryOf.get(sha);
    if (!dir) throw new Error(`merged(#${number}): ${sha} is not a commit of a checkout of this world`);
    const review = this.github.addReview(number, { user: REVIEWER, state: 'APPROVED', commit_id: sha });
    // After every comment so far (the plan) and the review: only what stood before it was reviewed.
    const latest = [...this.github.comments.values()]
      .flat()
      .reduce((t, c) => Math.max(t, Date.parse(c.updated_at)), Date.parse(review.submitted_at));
    const spec: FakePullRequestSpec = {
      number,
      author: AUTHOR,
      headRef: `change-${number}`,
      headSha: sha,
      mergeCommitSha: sha,
      mergedAt: new Date(Math.max(Date.now(), latest + 1)).toISOString(),
    };
    this.mergedIn.set(dir, [...(this.mergedIn.get(dir) ?? []), spec]);
    this.github.addPullRequest(spec);
  }

  /**
   * The fake GitHub answers for the repository of checkout `dir`, and its merged pull requests. A
   * directory this world did not make (a test's own history) is left as the test set it up.
   */
  private useRepository(dir: string): void {
    if (![...this.repositoryOf.values()].includes(dir)) return;
    this.github.useGit(dir, { defaultBranch: 'main' });
    this.github.pullRequests.clear();
    for (const spec of this.mergedIn.get(dir) ?? []) this.github.addPullRequest(spec);
  }

  /** The deploy workflow on the push of `sha` to main. */
  deployOnPush(world: Aws, dir: string, sha: string, extra: Record<string, string> = {}) {
    const push = JSON.parse(readFileSync(path.join(fixtures, 'push.main.json'), 'utf8'));
    push.after = sha;
    this.useRepository(dir);
    return runAction({
      workspace: dir,
      inputs: this.inputs(extra),
      env: { ...world.env, ...this.githubEnv('push', push, sha, 'refs/heads/main') },
    });
  }
}
