import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishDeployment } from '../../src/action/publish.js';
import { reportRun } from '../../src/action/report.js';
import { parseMarker } from '../../src/github/marker.js';
import type { ValidateResult } from '../../src/pipeline/validate.js';
import type { Deployment, Plan } from '../../src/plan/model.js';
import type { Settings } from '../../src/settings/settings.js';
import { FakeGitHub } from '../support/fake-github.js';
import { testSettings } from '../support/settings.js';

const SHA = 'a'.repeat(40);
const REPO = 'example-org/truststore';

/** What the action does with a plan: the runner reporter publishes it and sets the outputs and failure. */
const publishPlan = (settings: Settings, validation: ValidateResult, plan: Plan) =>
  reportRun(settings, { mode: 'plan', validation, plan });

function settings(over: Partial<Settings> = {}): Settings {
  return testSettings({
    truststoreUri: 's3://trust/api.pem',
    domainNames: ['api.example.com'],
    waitTimeoutSeconds: 0,
    domainUpdateIntervalSeconds: 0,
    pollIntervalSeconds: 0,
    githubToken: 'write-token',
    environment: { ...process.env },
    ...over,
  });
}

function plan(added: number, over: Partial<Plan> = {}): Plan {
  const certs = Array.from({ length: added }, (_, i) => ({
    fingerprint: `${i}`.padStart(64, 'f'),
    subject: `CN=Partner ${i}`,
    issuer: `CN=Partner ${i}`,
    role: 'root' as const,
    notAfter: '2030-01-01T00:00:00.000Z',
  }));
  return {
    location: { bucket: 'trust', key: 'api.pem', uri: 's3://trust/api.pem' },
    desired: { sha256: 'd'.repeat(64), certificates: certs },
    primary: { domains: [], added: certs, removed: [], unchanged: [], reformat: false, identical: false },
    pinnedDiffs: [],
    domains: [],
    drift: [],
    findings: [],
    liveFindings: [],
    hasChanges: added > 0,
    addedCount: added,
    removedCount: 0,
    upToDate: added === 0,
    upload: added > 0,
    domainsToRoll: [],
    ...over,
  };
}

const validation = {
  ok: true,
  sources: [],
  findings: [],
  analysis: { entries: [], findings: [] },
} as ValidateResult;

let github: FakeGitHub;
let scratch: string;
// One job summary file serves the whole suite, as on a runner where every step appends to it.
const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), 'publish-summary-')), 'summary.md');
let stdout: string[];
const saved = { ...process.env };

function pullRequestEvent(number: number, headRepo: string | null, name = 'pull_request') {
  const file = path.join(scratch, `event-${number}-${name}.json`);
  const repo = (full: string) => ({
    full_name: full,
    name: full.split('/')[1],
    owner: { login: full.split('/')[0] },
  });
  writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: {
        number,
        user: { login: 'contributor' },
        base: { ref: 'main', sha: 'b'.repeat(40), repo: repo(REPO) },
        head: { ref: 'feature', sha: 'c'.repeat(40), repo: headRepo ? repo(headRepo) : null },
      },
      repository: { ...repo(REPO), default_branch: 'main' },
    }),
  );
  process.env.GITHUB_EVENT_PATH = file;
  process.env.GITHUB_EVENT_NAME = name;
}

function commands(kind: 'warning' | 'error'): string[] {
  return stdout
    .join('')
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}::`))
    .map((l) => decodeURIComponent(l.slice(kind.length + 4).replace(/%25/g, '%')));
}

beforeAll(async () => {
  github = await FakeGitHub.start(REPO);
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'publish-'));
  github.requests.length = 0;
  github.comments.clear();
  github.pulls.clear();
  github.maxPerPage = 100;
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  Object.assign(process.env, {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: REPO,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_SHA: SHA,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: path.join(scratch, 'output'),
  });
  writeFileSync(summaryFile, '');
  writeFileSync(path.join(scratch, 'output'), '');
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = 0;
});

describe('the sticky plan comment', () => {
  it('is created once, then updated in place, and left alone when nothing changed', async () => {
    pullRequestEvent(7, REPO);
    await publishPlan(settings(), validation, plan(1));
    await publishPlan(settings(), validation, plan(2));
    await publishPlan(settings(), validation, plan(2));
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('+2 added');
    expect(github.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(parseMarker(comments[0]?.body)).toMatchObject({ kind: 'plan', label: 's3://trust/api.pem' });
    expect(readFileSync(summaryFile, 'utf8')).toContain('+2 added');
    expect(readFileSync(path.join(scratch, 'output'), 'utf8')).toContain('plan-markdown<<');
  });

  it('finds its comment on a later page of a long conversation', async () => {
    pullRequestEvent(8, REPO);
    github.maxPerPage = 2;
    for (let i = 0; i < 5; i++) github.addComment(8, `review ${i}`);
    await publishPlan(settings(), validation, plan(1));
    for (let i = 0; i < 3; i++) github.addComment(8, `more ${i}`);
    await publishPlan(settings(), validation, plan(3));
    const ours = (github.comments.get(8) ?? []).filter((c) => parseMarker(c.body));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('+3 added');
    const pages = github.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
    expect(pages).toContain('5');
  });

  it('keeps one comment per label and ignores copies of the marker written by people', async () => {
    pullRequestEvent(9, REPO);
    await publishPlan(settings({ label: 'staging' }), validation, plan(1));
    const human = github.addComment(9, (github.comments.get(9)?.[0]?.body ?? '').replace('+1', '+999'));
    await publishPlan(settings({ label: 'production' }), validation, plan(1));
    await publishPlan(settings({ label: 'staging' }), validation, plan(2));
    const comments = github.comments.get(9) ?? [];
    expect(comments.map((c) => parseMarker(c.body)?.label)).toEqual(['staging', 'staging', 'production']);
    expect(comments[0]?.body).toContain('+2 added');
    expect(human.body).toContain('+999');
  });

  it('comment: never writes nothing; changes-only starts no comment without changes but updates one', async () => {
    pullRequestEvent(10, REPO);
    await publishPlan(settings({ comment: 'never' }), validation, plan(1));
    expect(github.requests).toHaveLength(0);
    await publishPlan(settings({ comment: 'changes-only' }), validation, plan(0));
    expect(github.writes()).toHaveLength(0);
    await publishPlan(settings({ comment: 'changes-only' }), validation, plan(1));
    await publishPlan(settings({ comment: 'changes-only' }), validation, plan(0));
    expect(github.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(github.comments.get(10)?.[0]?.body).toContain('up to date');
  });

  it('on a fork pull request with a read-only token: warns how to comment via workflow_run, does not fail', async () => {
    pullRequestEvent(11, 'someone/truststore-fork');
    await publishPlan(settings({ githubToken: 'read-token' }), validation, plan(1));
    expect(process.exitCode).not.toBe(1);
    expect(commands('error')).toEqual([]);
    const [warning] = commands('warning');
    expect(warning).toContain('comes from a fork');
    expect(warning).toContain('workflow_run');
    expect(readFileSync(summaryFile, 'utf8')).toContain('+1 added');
  });

  it('on a pull request from this repository without pull-requests: write: fails naming the permission', async () => {
    pullRequestEvent(12, REPO);
    await publishPlan(settings({ githubToken: 'read-token' }), validation, plan(1));
    expect(process.exitCode).toBe(1);
    const [error] = commands('error');
    expect(error).toContain('pull-requests: write');
    expect(error).toContain('Resource not accessible by integration');
  });

  it('outside a pull request writes the summary and no comment', async () => {
    process.env.GITHUB_EVENT_NAME = 'workflow_dispatch';
    delete process.env.GITHUB_EVENT_PATH;
    await publishPlan(settings(), validation, plan(1));
    expect(github.requests).toHaveLength(0);
    expect(readFileSync(summaryFile, 'utf8')).toContain('mTLS truststore plan');
  });
});

describe('the note after a deploy', () => {
  const deployment: Deployment = {
    upToDate: false,
    versionId: 'v9',
    previousVersionId: 'v8',
    deployedDomains: ['api.example.com'],
    rolledBackDomains: [],
    untouchedDomains: [],
    warnings: [],
  };

  function pushEvent() {
    const file = path.join(scratch, 'push.json');
    writeFileSync(
      file,
      JSON.stringify({
        ref: 'refs/heads/main',
        after: SHA,
        repository: { full_name: REPO, default_branch: 'main' },
      }),
    );
    process.env.GITHUB_EVENT_PATH = file;
    process.env.GITHUB_EVENT_NAME = 'push';
  }

  it('goes to the pull request merged as GITHUB_SHA, once, with version, domains and warnings', async () => {
    pushEvent();
    github.pulls.set(SHA, [
      { number: 3, merged_at: null, merge_commit_sha: null, state: 'open' },
      { number: 21, merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: SHA, state: 'closed' },
    ]);
    github.addComment(21, 'LGTM');
    await publishDeployment(settings(), plan(1), deployment);
    await publishDeployment(settings(), plan(1), deployment);
    const notes = (github.comments.get(21) ?? []).filter((c) => parseMarker(c.body)?.kind === 'deployment');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toContain('Version `v9`');
    expect(notes[0]?.body).toContain('Domains rolled: api.example.com');
    expect(notes[0]?.body).toContain('warnings from API Gateway: none');
    expect(github.comments.get(3)).toBeUndefined();
    expect(readFileSync(summaryFile, 'utf8')).toContain('mTLS truststore deployed');
  });

  it('reports a failed deploy, and only warns when it cannot comment', async () => {
    pushEvent();
    github.pulls.set(SHA, [
      { number: 22, merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: SHA, state: 'closed' },
    ]);
    await publishDeployment(
      settings({ githubToken: 'read-token' }),
      plan(1),
      deployment,
      'api.example.com: timed out',
    );
    expect(process.exitCode).not.toBe(1);
    expect(commands('warning')[0]).toContain('pull-requests: write');
    expect(readFileSync(summaryFile, 'utf8')).toContain('deploy failed');
  });

  it('writes no note for a push that no pull request merged', async () => {
    pushEvent();
    await publishDeployment(settings(), plan(1), deployment);
    expect(github.writes()).toHaveLength(0);
  });
});
