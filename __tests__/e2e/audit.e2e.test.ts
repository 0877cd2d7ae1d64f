/**
 * End to end: the bundled action in audit mode (what `auto` picks on `schedule`) under Node 24,
 * against local S3, API Gateway and ACM servers (AWS_ENDPOINT_URL_S3 / _API_GATEWAY / _ACM) and a
 * local GitHub REST server that holds the audit issue. Run `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAuditMarker } from '../../src/github/audit-issue.js';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { FakeAcm } from '../support/fake-acm.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeGitHub } from '../support/fake-github.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const BUCKET = 'audit-truststores';
const KEY = 'api/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';
const REPO = 'example-org/truststore';
const DAY = 86_400_000;
// The marker escapes "-" (so no label can end the HTML comment): build it as the action does.
const MARKER = renderAuditMarker(URI);

let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
let expiringRoot: TestCert;
let github: FakeGitHub;
const servers: RunningServer[] = [];
let count = 0;

interface World {
  s3: FakeS3;
  gateway: FakeApiGateway;
  acm: FakeAcm;
  env: Record<string, string>;
}

async function world(): Promise<World> {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET);
  const gateway = new FakeApiGateway({ region: REGION });
  const acm = new FakeAcm({ region: REGION });
  const [a, b, c] = [await s3.start(), await gateway.start(), await acm.start()];
  servers.push(a, b, c);
  return { s3, gateway, acm, env: sdkEnvironment(a.url, b.url, REGION, c.url) };
}

function workspace(certs: TestCert[]): string {
  const dir = path.join(pki.dir, `audit-ws-${++count}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const cert of certs) writeFileSync(path.join(dir, 'ca', `${cert.name}.pem`), cert.pem);
  return dir;
}

function put(w: World, certs: TestCert[]) {
  return w.s3.putObject(BUCKET, KEY, certs.map((c) => c.pem).join(''), {
    contentType: 'application/x-pem-file',
  });
}

function audit(
  w: World,
  dir: string,
  domains: string[],
  extra: Record<string, string> = {},
  event = 'schedule',
) {
  return runAction({
    workspace: dir,
    env: { ...w.env, GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: event },
    inputs: {
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'domain-names': domains.join('\n'),
      'github-token': 'write-token',
      ...extra,
    },
  });
}

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const problems = (r: ActionRun) =>
  JSON.parse(r.outputs.problems ?? '[]') as {
    severity: string;
    code: string;
    domain: string | null;
    message: string;
  }[];
const codes = (r: ActionRun) => problems(r).map((p) => p.code);
const ourIssues = () => [...github.issues.values()].filter((i) => i.user.login === 'github-actions[bot]');

beforeAll(async () => {
  pki = TestPki.create('e2e-audit-');
  rootA = pki.root('root-a', { subject: '/O=Example/CN=Example Root A' });
  rootB = pki.root('root-b', { subject: '/O=Partner/CN=Partner Root B' });
  expiringRoot = pki.root('expiring', {
    subject: '/O=Partner/CN=Expiring Partner Root',
    notBefore: new Date(Date.now() - 300 * DAY),
    notAfter: new Date(Date.now() + 10 * DAY),
  });
  github = await FakeGitHub.start(REPO);
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await github?.close();
  pki?.cleanup();
});

describe('the scheduled audit and its GitHub issue', () => {
  let w: World;
  const domains = ['api.example.com', 'partners.example.com'];

  it('is healthy when the pinned version matches the repository and nothing expires: no issue', async () => {
    w = await world();
    const v = put(w, [rootA, rootB]);
    for (const d of domains) w.gateway.addDomain(d, { truststoreUri: URI, truststoreVersion: v.versionId });
    const result = await audit(w, workspace([rootA, rootB]), domains);
    expect(result.exitCode, log(result)).toBe(0);
    expect(log(result)).toContain('mode audit (auto, event schedule)');
    expect(result.outputs.healthy).toBe('true');
    expect(problems(result)).toEqual([]);
    expect(result.summary).toContain('mTLS truststore audit healthy');
    expect(github.writes()).toEqual([]);
    // Read only: the audit never writes to AWS.
    expect(
      [...w.s3.requests, ...w.gateway.requests].filter((r) => !['GET', 'HEAD'].includes(r.method)),
    ).toEqual([]);
  });

  it('opens one issue when a pinned CA expires soon, ignoring a look-alike issue by someone else', async () => {
    expect(MARKER).toMatch(/^<!-- mtls-truststore-audit \{"label":"s3:\/\/audit\\u002dtruststores/);
    const lookAlike = github.addIssue('Copied audit issue', `${MARKER}\nsomeone pasted our marker`);
    const v = put(w, [rootA, expiringRoot]);
    for (const d of domains)
      w.gateway.domain(d).mtls = {
        truststoreUri: URI,
        truststoreVersion: v.versionId,
        truststoreWarnings: [],
      };
    const result = await audit(w, workspace([rootA, expiringRoot]), domains);
    expect(result.exitCode, log(result)).toBe(0); // warnings only: the issue is the alarm
    expect(result.outputs.healthy).toBe('false');
    expect(problems(result)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'ca-expiring', domain: null }),
    ]);
    expect(problems(result)[0]?.message).toMatch(
      /CN=Expiring Partner Root.*expires on .* \(in 9 days\): add its successor/,
    );
    const issues = ourIssues();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body.startsWith(MARKER)).toBe(true);
    expect(issues[0]?.title).toBe(`mTLS truststore audit: 0 errors, 1 warning in ${URI}`);
    expect(issues[0]?.body).toContain('ca-expiring');
    expect(github.issues.get(lookAlike.number)?.body).toBe(`${MARKER}\nsomeone pasted our marker`);
    expect(github.issues.get(lookAlike.number)?.state).toBe('open');
  });

  it('updates the same issue in place while something stays wrong', async () => {
    const before = ourIssues()[0];
    w.gateway.domain('partners.example.com').mtls!.truststoreWarnings = [
      'Certificate CN=Expiring Partner Root expires soon',
    ];
    const result = await audit(w, workspace([rootA, expiringRoot]), domains);
    expect(result.exitCode, log(result)).toBe(1); // truststore warnings are errors
    expect(codes(result)).toEqual(['truststore-warnings', 'ca-expiring']);
    expect(problems(result)[0]?.domain).toBe('partners.example.com');
    expect(ourIssues()).toHaveLength(1);
    expect(ourIssues()[0]?.number).toBe(before?.number);
    expect(ourIssues()[0]?.body).toContain('truststore-warnings');
    expect(github.writes().filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1);
  });

  it('closes the issue with a comment once healthy again', async () => {
    const number = ourIssues()[0]?.number as number;
    const v = put(w, [rootA, rootB]);
    for (const d of domains)
      w.gateway.domain(d).mtls = {
        truststoreUri: URI,
        truststoreVersion: v.versionId,
        truststoreWarnings: [],
      };
    const result = await audit(w, workspace([rootA, rootB]), domains);
    expect(result.exitCode, log(result)).toBe(0);
    expect(result.outputs.healthy).toBe('true');
    expect(github.issues.get(number)).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.comments.get(number)?.at(-1)?.body).toMatch(/healthy again/);
    // The look-alike is still open and untouched.
    expect([...github.issues.values()].filter((i) => i.state === 'open').map((i) => i.user.login)).toEqual([
      'octocat',
    ]);
  });

  it('finds the issue of a personal access token by its login (GET /user)', async () => {
    const v = put(w, [rootA, expiringRoot]);
    w.gateway.domain('api.example.com').mtls = {
      truststoreUri: URI,
      truststoreVersion: v.versionId,
      truststoreWarnings: [],
    };
    const first = await audit(w, workspace([rootA, rootB]), ['api.example.com'], {
      'github-token': 'user-token',
      label: 'pat',
    });
    const second = await audit(w, workspace([rootA, rootB]), ['api.example.com'], {
      'github-token': 'user-token',
      label: 'pat',
    });
    expect(second.exitCode, log(second)).toBe(0);
    expect(first.outputs.healthy).toBe('false');
    const mine = [...github.issues.values()].filter((i) => i.user.login === 'release-bot');
    expect(mine).toHaveLength(1);
    expect(github.requests.filter((r) => r.path === '/user').length).toBeGreaterThanOrEqual(2);
  });
});

describe('what the audit finds in AWS', () => {
  it('a lifecycle rule that deletes the noncurrent version a domain is pinned to (prefix, tag and And filters)', async () => {
    const w = await world();
    const old = put(w, [rootA]);
    const newer = put(w, [rootA]);
    w.gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: old.versionId });
    w.s3.buckets.get(BUCKET)!.lifecycle = [
      { id: 'purge-noncurrent', filter: { prefix: 'api/' }, noncurrentDays: 30 },
      {
        id: 'other-prefix',
        filter: { and: { prefix: 'logs/', tags: [{ key: 'k', value: 'v' }] } },
        noncurrentDays: 1,
      },
      { id: 'tagged', filter: { tag: { key: 'retention', value: 'short' } }, noncurrentDays: 7 },
      { id: 'disabled', status: 'Disabled', filter: { prefix: '' }, noncurrentDays: 1 },
      { id: 'big-only', filter: { sizeGreaterThan: 10_000_000 }, noncurrentDays: 1 },
    ];
    w.s3.versions(BUCKET, KEY)[0]!.tags = [{ key: 'retention', value: 'short' }];
    const result = await audit(w, workspace([rootA]), ['api.example.com'], { comment: 'never' });
    expect(result.exitCode, log(result)).toBe(1);
    const lifecycle = problems(result).filter((p) => p.code.startsWith('lifecycle'));
    expect(lifecycle.map((p) => [p.code, /"([^"]+)"/.exec(p.message)?.[1]])).toEqual([
      ['lifecycle-expires-pinned', 'purge-noncurrent'],
      ['lifecycle-expires-pinned', 'tagged'],
    ]);
    expect(lifecycle[0]?.message).toMatch(
      /permanently deletes noncurrent versions 30 days after they become noncurrent/,
    );
    expect(codes(result)).toContain('latest-not-pinned');
    expect(w.s3.requestsFor('GetBucketLifecycleConfiguration')).toHaveLength(1);
    // The lifecycle check reads the tags of the pinned version only (the pin-reverted check reads the
    // newer one's, to know whether this action deployed it).
    const tagReads = w.s3.requestsFor('GetObjectTagging').map((r) => r.query.versionId);
    expect(tagReads.filter((id) => id !== newer.versionId)).toEqual([old.versionId]);
  });

  it('says a tag-filtered rule may apply when the version tags cannot be read', async () => {
    const w = await world();
    const v = put(w, [rootA]);
    put(w, [rootA, rootB]);
    w.gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: v.versionId });
    w.s3.buckets.get(BUCKET)!.lifecycle = [
      { id: 'tagged', filter: { tag: { key: 'tier', value: 'tmp' } }, noncurrentDays: 3 },
    ];
    w.s3.deny('GetObjectTagging');
    const result = await audit(w, workspace([rootA]), ['api.example.com'], { comment: 'never' });
    const p = problems(result).find((x) => x.code === 'lifecycle-may-expire-pinned');
    expect(p?.message).toMatch(/allow s3:GetObjectVersionTagging/);
  });

  it('a FAILED domain, an enhanced security policy and an expiring ownership certificate', async () => {
    const w = await world();
    const v = put(w, [rootA]);
    const arn = w.acm.addCertificate('api.example.com', new Date(Date.now() + 5 * DAY));
    w.gateway.addDomain('api.example.com', {
      truststoreUri: URI,
      truststoreVersion: v.versionId,
      ownershipVerificationCertificateArn: arn,
    });
    w.gateway.addDomain('broken.example.com', {
      truststoreUri: URI,
      truststoreVersion: v.versionId,
      status: 'FAILED',
      statusMessage: 'The certificate could not be found',
    });
    w.gateway.addDomain('strict.example.com', {
      truststoreUri: URI,
      truststoreVersion: v.versionId,
      securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09',
    });
    const result = await audit(
      w,
      workspace([rootA]),
      ['api.example.com', 'broken.example.com', 'strict.example.com'],
      { comment: 'never' },
    );
    expect(result.exitCode, log(result)).toBe(1);
    expect(problems(result).map((p) => [p.code, p.domain])).toEqual([
      ['domain-failed', 'broken.example.com'],
      ['security-policy-enhanced', 'strict.example.com'],
      ['ownership-certificate-expiring', 'api.example.com'],
    ]);
    expect(problems(result)[0]?.message).toContain('The certificate could not be found');
    expect(result.outputs['failure-reason']).toBe('audit-problems');
    expect(problems(result)[2]?.message).toMatch(/INELIGIBLE for managed renewal/);
    const described = w.acm.requests.filter((r) => r.operation === 'DescribeCertificate');
    expect(described).toHaveLength(1);
    expect(described[0]?.headers['x-amz-target']).toBe('CertificateManager.DescribeCertificate');
    expect(JSON.parse(described[0]?.body.toString() ?? '{}')).toEqual({ CertificateArn: arn });
  });

  it('without s3:GetLifecycleConfiguration or acm:DescribeCertificate: warnings that name the action, and the rest still audited', async () => {
    const w = await world();
    const v = put(w, [rootA]);
    const arn = w.acm.addCertificate('api.example.com', new Date(Date.now() + 300 * DAY));
    w.acm.denied.add(arn);
    w.s3.deny('GetBucketLifecycleConfiguration');
    w.gateway.addDomain('api.example.com', {
      truststoreUri: URI,
      truststoreVersion: v.versionId,
      ownershipVerificationCertificateArn: arn,
    });
    const result = await audit(w, workspace([rootA]), ['api.example.com'], { comment: 'never' });
    expect(result.exitCode, log(result)).toBe(0);
    expect(problems(result).map((p) => [p.code, p.severity])).toEqual([
      ['ownership-certificate-unreadable', 'warning'],
      ['lifecycle-unreadable', 'warning'],
    ]);
    expect(problems(result)[0]?.message).toMatch(
      /acm:DescribeCertificate on arn:aws:acm:eu-west-1:123456789012:certificate\//,
    );
    expect(problems(result)[1]?.message).toMatch(
      /s3:GetLifecycleConfiguration on arn:aws:s3:::audit-truststores/,
    );
  });

  it('drift: domains on different versions, a pinned version deleted, and CA files not deployed', async () => {
    const w = await world();
    const v1 = put(w, [rootA]);
    const v2 = put(w, [rootA, rootB]);
    w.gateway.addDomain('a.example.com', { truststoreUri: URI, truststoreVersion: v1.versionId });
    w.gateway.addDomain('b.example.com', { truststoreUri: URI, truststoreVersion: v2.versionId });
    w.gateway.addDomain('c.example.com', { truststoreUri: URI, truststoreVersion: 'deleted-version-id' });
    const result = await audit(
      w,
      workspace([rootA, rootB, expiringRoot]),
      ['a.example.com', 'b.example.com', 'c.example.com'],
      {
        comment: 'never',
        'expiry-warning-days': '5',
      },
    );
    expect(result.exitCode, log(result)).toBe(1);
    expect(codes(result)).toEqual([
      'pinned-version-missing',
      'versions-differ',
      'repository-differs',
      'repository-differs',
    ]);
    expect(problems(result)[0]?.domain).toBe('c.example.com');
    expect(problems(result)[2]?.message).toMatch(/2 CA certificates in the repository are not live/);
  });

  it('runs on mode: audit outside a schedule too, and fails when truststore-uri is missing', async () => {
    const w = await world();
    put(w, [rootA]);
    const ok = await audit(
      w,
      workspace([rootA]),
      [],
      { mode: 'audit', comment: 'never' },
      'workflow_dispatch',
    );
    expect(ok.exitCode, log(ok)).toBe(0);
    expect(ok.outputs.healthy).toBe('true');
    const bad = await runAction({
      workspace: workspace([rootA]),
      env: { ...w.env, GITHUB_EVENT_NAME: 'schedule' },
      inputs: { 'ca-files': 'ca/*.pem' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/input truststore-uri is required in audit mode/);
  });
});
