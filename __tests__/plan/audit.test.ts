import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../src/audit/problems.js';
import type { LiveVersion } from '../../src/plan/diff.js';
import {
  type AuditedDomain,
  type DomainAuditFacts as AuditFacts,
  assessLiveState,
} from '../../src/targets/api-gateway/audit.js';
import { analyzePem, type Cas, makeCas, truststoreOf } from '../aws/fixtures.js';
import { projectRoot } from '../support/action-runner.js';

const DAY = 86_400_000;
const URI = 's3://truststores/api/truststore.pem';
const location = { bucket: 'truststores', key: 'api/truststore.pem', uri: URI };
let cas: Cas;
let now: Date;

beforeAll(() => {
  cas = makeCas('audit-rules');
  now = new Date();
});
afterAll(() => cas.pki.cleanup());

function version(versionId: string, pem: string): LiveVersion {
  const bytes = new TextEncoder().encode(pem);
  return { versionId, bytes, analysis: analyzePem(pem, `${URI}?versionId=${versionId}`) };
}

function domain(name: string, over: Partial<AuditedDomain> = {}): AuditedDomain {
  return {
    domainName: name,
    status: 'AVAILABLE',
    mtlsEnabled: true,
    truststoreUri: URI,
    truststoreVersion: 'v1',
    warnings: [],
    securityPolicy: 'TLS_1_2',
    ...over,
  };
}

/** v1 holds root A, is the latest, pinned by a.example.com; the repository holds root A too. */
function facts(over: Partial<AuditFacts> = {}): AuditFacts {
  const v1 = version('v1', cas.rootA.pem);
  return {
    now,
    expiryWarningDays: 30,
    location,
    latest: v1,
    pinned: new Map([['v1', v1]]),
    domains: [domain('a.example.com')],
    missingDomains: [],
    lifecycle: [],
    versionTags: new Map(),
    ownershipCertificates: new Map(),
    desired: truststoreOf(cas.rootA),
    ...over,
  };
}

const codes = (f: AuditFacts) => assessLiveState(f).problems.map((p) => p.code);

describe('auditing what is live', () => {
  it('is healthy when nothing is wrong', () => {
    expect(assessLiveState(facts())).toEqual({ healthy: true, problems: [] });
  });

  it('reports an expired CA in a pinned version as an error, naming the domains and the version', () => {
    const expired = cas.pki.root('Expired Partner', {
      notBefore: new Date(now.getTime() - 400 * DAY),
      notAfter: new Date(now.getTime() - 2 * DAY),
    });
    const v1 = version('v1', cas.rootA.pem + expired.pem);
    const result = assessLiveState(
      facts({
        latest: v1,
        pinned: new Map([['v1', v1]]),
        domains: [domain('a.example.com'), domain('b.example.com')],
        desired: undefined,
      }),
    );
    const p = result.problems.find((x) => x.code === 'ca-expired');
    expect(p).toMatchObject({ severity: 'error', domain: null });
    expect(p?.message).toMatch(
      /CN=Expired Partner, O=Test PKI .* in version v1, pinned by a\.example\.com, b\.example\.com expired on .* \(2 days ago\)/,
    );
    expect(result.healthy).toBe(false);
  });

  it('audits the latest version when no domain is listed', () => {
    const soon = cas.pki.root('Soon', { notAfter: new Date(now.getTime() + 3 * DAY) });
    const v1 = version('v1', soon.pem);
    const result = assessLiveState(
      facts({ latest: v1, pinned: new Map(), domains: [], desired: truststoreOf(soon) }),
    );
    expect(result.problems.map((p) => [p.code, p.domain])).toEqual([['ca-expiring', null]]);
    expect(result.problems[0]?.message).toMatch(/the latest version \(no domain listed\)/);
  });

  it('names an unpinned domain, a domain pinned to "null", and a version S3 no longer has', () => {
    const result = assessLiveState(
      facts({
        pinned: new Map<string, LiveVersion | null>([
          ['v1', version('v1', cas.rootA.pem)],
          ['gone', null],
        ]),
        domains: [
          domain('a.example.com'),
          domain('b.example.com', { truststoreVersion: undefined }),
          domain('c.example.com', { truststoreVersion: 'null' }),
          domain('d.example.com', { truststoreVersion: 'gone' }),
        ],
      }),
    );
    expect(result.problems.map((p) => [p.code, p.domain])).toEqual([
      ['pinned-version-missing', 'd.example.com'],
      ['version-unpinned', 'b.example.com'],
      ['version-unpinned', 'c.example.com'],
      ['versions-differ', null],
    ]);
    expect(result.problems[2]?.message).toMatch(/version "null" \(written before versioning was enabled\)/);
  });

  it('reports domains without mutual TLS, on another truststore, or missing', () => {
    expect(
      codes(
        facts({
          domains: [
            domain('a.example.com'),
            domain('off.example.com', {
              mtlsEnabled: false,
              truststoreUri: undefined,
              truststoreVersion: undefined,
            }),
            domain('other.example.com', { truststoreUri: 's3://elsewhere/ts.pem' }),
          ],
          missingDomains: [
            { domainName: 'gone.example.com', message: 'custom domain name gone.example.com does not exist' },
          ],
        }),
      ),
    ).toEqual(['domain-missing', 'domain-not-mutual-tls', 'domain-other-truststore']);
  });

  it('reports versioning that is not enabled, a missing object and CA files that do not validate', () => {
    expect(
      codes(
        facts({
          versioningProblem: 'bucket truststores has versioning status Suspended: enable it',
          latest: undefined,
          desired: undefined,
        }),
      ),
    ).toEqual(['versioning-not-enabled', 'truststore-missing', 'repository-invalid']);
  });

  it('reports ownership certificates that expire within the window, are expired, missing or unreadable', () => {
    const arn = (n: number) => `arn:aws:acm:eu-west-1:123456789012:certificate/${n}`;
    const result = assessLiveState(
      facts({
        domains: [1, 2, 3, 4, 5].map((n) =>
          domain(`${n}.example.com`, { ownershipVerificationCertificateArn: arn(n) }),
        ),
        ownershipCertificates: new Map([
          [
            arn(1),
            { arn: arn(1), notAfter: new Date(now.getTime() + 400 * DAY).toISOString(), status: 'ISSUED' },
          ],
          [
            arn(2),
            {
              arn: arn(2),
              notAfter: new Date(now.getTime() + 10 * DAY).toISOString(),
              renewalEligibility: 'ELIGIBLE',
            },
          ],
          [arn(3), { arn: arn(3), notAfter: new Date(now.getTime() - DAY).toISOString(), status: 'EXPIRED' }],
          [arn(4), { arn: arn(4), missing: true }],
          [arn(5), { arn: arn(5), unreadable: 'access denied: acm:DescribeCertificate ...' }],
        ]),
      }),
    );
    expect(result.problems.map((p) => [p.code, p.domain])).toEqual([
      ['ownership-certificate-expired', '3.example.com'],
      ['ownership-certificate-expired', '4.example.com'],
      ['ownership-certificate-expiring', '2.example.com'],
      ['ownership-certificate-unreadable', '5.example.com'],
    ]);
  });

  it('reports lifecycle rules it could not read as a warning, not as healthy', () => {
    const result = assessLiveState(
      facts({ lifecycle: 'the lifecycle rules of bucket truststores could not be read' }),
    );
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['lifecycle-unreadable', 'warning']]);
    expect(result.healthy).toBe(false);
  });

  it('a rule that puts a delete marker over the current pinned version is a warning', () => {
    const result = assessLiveState(
      facts({ lifecycle: [{ id: 'x', enabled: true, filter: { tags: [] }, expirationDays: 365 }] }),
    );
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([
      ['lifecycle-expires-current', 'warning'],
    ]);
  });

  it('an enhanced security policy on a domain with mutual TLS is an error citing AWS', () => {
    const result = assessLiveState(
      facts({ domains: [domain('a.example.com', { securityPolicy: 'SecurityPolicy_TLS13_1_2_2021_06' })] }),
    );
    expect(result.problems[0]).toMatchObject({ code: 'security-policy-enhanced', severity: 'error' });
    expect(result.problems[0]?.message).toContain(
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html',
    );
  });

  it('docs/audit.md documents every problem code with its severity, and nothing else', () => {
    const audit = readFileSync(path.join(projectRoot, 'docs', 'audit.md'), 'utf8');
    const section = audit.slice(
      audit.indexOf('## Audit problems'),
      audit.indexOf('## Permissions of the audit role'),
    );
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(PROBLEM_CODES);
    expect(rows).toHaveLength(Object.keys(PROBLEM_CODES).length);
  });
});

describe('pins put back by infrastructure as code', () => {
  /** v3 newest, then v2 (deployed by the action), then v1; `deployed` says which one carries the tag. */
  function record(deployed: string | undefined) {
    return {
      versions: ['v3', 'v2', 'v1'].map((versionId, i) => ({
        versionId,
        lastModified: new Date(now.getTime() - i * DAY).toISOString(),
      })),
      ...(deployed ? { deployed: { versionId: deployed, at: now.toISOString() } } : {}),
    };
  }
  function pinnedTo(versions: Record<string, string>) {
    const v = version('v2', cas.rootA.pem);
    return facts({
      latest: { ...v, versionId: 'v3' },
      pinned: new Map(Object.values(versions).map((id) => [id, { ...v, versionId: id }])),
      domains: Object.entries(versions).map(([name, id]) => domain(name, { truststoreVersion: id })),
    });
  }
  const reverted = (f: AuditFacts) =>
    assessLiveState(f)
      .problems.filter((p) => p.code === 'pin-reverted')
      .map((p) => p.domain);

  it('a domain pinned to an older version than the newest deployed one is an error naming both', () => {
    const f = { ...pinnedTo({ 'a.example.com': 'v1', 'b.example.com': 'v2' }), deployRecord: record('v2') };
    expect(reverted(f)).toEqual(['a.example.com']);
    const p = assessLiveState(f).problems.find((x) => x.code === 'pin-reverted');
    expect(p?.severity).toBe('error');
    expect(p?.message).toMatch(/pinned to version v1 of .* older than version v2 that this action deployed/);
    expect(p?.message).toContain('docs/infrastructure-as-code.md');
  });

  it('nothing when no version was recorded as deployed, or the pins are on it or newer', () => {
    expect(reverted({ ...pinnedTo({ 'a.example.com': 'v1' }), deployRecord: record(undefined) })).toEqual([]);
    expect(reverted(pinnedTo({ 'a.example.com': 'v1' }))).toEqual([]);
    const newer = {
      ...pinnedTo({ 'a.example.com': 'v3', 'b.example.com': 'v2' }),
      deployRecord: record('v2'),
    };
    expect(reverted(newer)).toEqual([]);
  });

  it('a pin S3 no longer lists, or a domain on another truststore, is left to its own problem', () => {
    const f = pinnedTo({ 'a.example.com': 'gone' });
    f.pinned.set('gone', null);
    f.domains.push(
      domain('other.example.com', { truststoreUri: 's3://elsewhere/ts.pem', truststoreVersion: 'v1' }),
    );
    expect(reverted({ ...f, deployRecord: record('v2') })).toEqual([]);
    expect(codes({ ...f, deployRecord: record('v2') })).toContain('pinned-version-missing');
  });

  it('a domain whose tags name a CloudFormation stack is cloudformation-managed (a warning)', () => {
    const result = assessLiveState(
      facts({
        domains: [domain('a.example.com', { tags: { 'aws:cloudformation:stack-name': 'api-prod' } })],
      }),
    );
    expect(result.problems.map((p) => [p.code, p.severity, p.domain])).toEqual([
      ['cloudformation-managed', 'warning', 'a.example.com'],
    ]);
    expect(result.problems[0]?.message).toMatch(
      /CloudFormation stack api-prod \(tag aws:cloudformation:stack-name\)/,
    );
  });
});
