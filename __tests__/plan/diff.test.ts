import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, type LiveVersion, type PlanInput, parseTruststoreUri } from '../../src/plan/diff.js';
import type { DomainState } from '../../src/plan/model.js';
import { analyzePem, bytesOf, type Cas, makeCas, truststoreOf } from '../aws/fixtures.js';

const location = parseTruststoreUri('s3://truststores/api/truststore.pem');
let cas: Cas;
beforeAll(() => {
  cas = makeCas('diff');
});
afterAll(() => cas.pki.cleanup());

function live(versionId: string | undefined, pem: string): LiveVersion {
  return {
    ...(versionId !== undefined ? { versionId, etag: `"etag-${versionId}"` } : {}),
    bytes: new TextEncoder().encode(pem),
    analysis: analyzePem(pem, 'live.pem'),
  };
}

function domain(name: string, version?: string, extra: Partial<DomainState> = {}): DomainState {
  return {
    domainName: name,
    status: 'AVAILABLE',
    mtlsEnabled: true,
    truststoreUri: location.uri,
    ...(version !== undefined ? { truststoreVersion: version } : {}),
    warnings: [],
    ...extra,
  };
}

function plan(input: Partial<PlanInput> & Pick<PlanInput, 'desired'>) {
  return buildPlan({ location, desiredFindings: [], pinned: [], domains: [], ...input });
}

describe('parseTruststoreUri', () => {
  it('reads the bucket and key of s3://bucket/key', () => {
    expect(parseTruststoreUri(' s3://my-truststores/api/v1/truststore.pem ')).toEqual({
      bucket: 'my-truststores',
      key: 'api/v1/truststore.pem',
      uri: 's3://my-truststores/api/v1/truststore.pem',
    });
  });

  it.each([
    ['', /truststore-uri is empty/],
    ['https://my-bucket.s3.amazonaws.com/truststore.pem', /s3:\/\/<bucket>\/<key>/],
    ['s3://my-bucket', /s3:\/\/<bucket>\/<key>/],
    ['s3://my-bucket/', /s3:\/\/<bucket>\/<key>/],
    ['s3://My_Bucket/truststore.pem', /not a valid S3 bucket name/],
    ['s3://ab/truststore.pem', /not a valid S3 bucket name/],
    ['s3://my..bucket/truststore.pem', /not a valid S3 bucket name/],
    ['s3://my-bucket/pki/', /names a folder/],
  ])('rejects %j with a message naming the fix', (uri, message) => {
    expect(() => parseTruststoreUri(uri)).toThrow(message);
  });
});

describe('buildPlan', () => {
  it('treats a missing object as a first deployment: every certificate is added', () => {
    const desired = truststoreOf(cas.rootA, cas.interA);
    const p = plan({ desired });
    expect(p.primary.added.map((c) => c.subject).sort()).toEqual([
      'CN=Partner A Issuing, O=Test PKI',
      'CN=Partner A Root, O=Test PKI',
    ]);
    expect(p.primary.removed).toEqual([]);
    expect(p.primary.versionId).toBeUndefined();
    expect(p).toMatchObject({
      addedCount: 2,
      removedCount: 0,
      hasChanges: true,
      upToDate: false,
      upload: true,
    });
    expect(p.latest).toBeUndefined();
  });

  it('is up to date when the latest object has the same bytes and every domain pins it', () => {
    const desired = truststoreOf(cas.rootA, cas.rootB);
    const latest = live('v1', desired.pem);
    const p = plan({ desired, latest, pinned: [latest], domains: [domain('a.example.com', 'v1')] });
    expect(p).toMatchObject({
      upToDate: true,
      hasChanges: false,
      upload: false,
      domainsToRoll: [],
      drift: [],
    });
    expect(p.primary).toMatchObject({
      identical: true,
      reformat: false,
      versionId: 'v1',
      domains: ['a.example.com'],
    });
    expect(p.latest).toMatchObject({ versionId: 'v1', etag: '"etag-v1"' });
    expect(p.latest?.sha256).toBe(desired.sha256);
  });

  it('lists added, removed and unchanged certificates by fingerprint against the pinned version', () => {
    const before = truststoreOf(cas.rootA, cas.rootB);
    const desired = truststoreOf(cas.rootA, cas.rootC);
    const v1 = live('v1', before.pem);
    const p = plan({ desired, latest: v1, pinned: [v1], domains: [domain('a.example.com', 'v1')] });
    expect(p.primary.added.map((c) => c.fingerprint)).toEqual([
      desired.entries.find((e) => e.certificate.subject.includes('Partner C'))?.certificate.fingerprint,
    ]);
    expect(p.primary.removed.map((c) => c.subject)).toEqual(['CN=Partner B Root, O=Test PKI']);
    expect(p.primary.unchanged.map((c) => c.subject)).toEqual(['CN=Partner A Root, O=Test PKI']);
    expect(p).toMatchObject({
      addedCount: 1,
      removedCount: 1,
      upload: true,
      domainsToRoll: ['a.example.com'],
    });
  });

  it('calls the same certificates in another order or encoding a reformat, not a change of trust', () => {
    const desired = truststoreOf(cas.rootA, cas.rootB);
    // Reversed order and CRLF line ends: different bytes, same set.
    const reordered = [cas.rootB.pem, cas.rootA.pem].join('').replace(/\n/g, '\r\n');
    const v1 = live('v1', reordered);
    const p = plan({ desired, latest: v1, pinned: [v1], domains: [domain('a.example.com', 'v1')] });
    expect(p.primary).toMatchObject({ reformat: true, identical: false, added: [], removed: [] });
    expect(p.primary.unchanged).toHaveLength(2);
    expect(p).toMatchObject({ addedCount: 0, removedCount: 0, upload: true, hasChanges: true });
  });

  it('diffs against what clients meet (the pinned version), and reports a newer unpinned latest as drift', () => {
    const pinnedStore = truststoreOf(cas.rootA);
    const rolledBack = truststoreOf(cas.rootA, cas.rootB);
    const desired = truststoreOf(cas.rootA, cas.rootC);
    const v1 = live('v1', pinnedStore.pem);
    const v2 = live('v2', rolledBack.pem);
    const p = plan({ desired, latest: v2, pinned: [v1], domains: [domain('a.example.com', 'v1')] });
    expect(p.primary.versionId).toBe('v1');
    expect(p.primary.removed).toEqual([]);
    expect(p.primary.added.map((c) => c.subject)).toEqual(['CN=Partner C Root, O=Test PKI']);
    expect(p.drift.join('\n')).toMatch(
      /latest object version v2 is not the one a\.example\.com is pinned to/,
    );
  });

  it('shows one diff per pinned version when domains disagree', () => {
    const desired = truststoreOf(cas.rootA, cas.rootB);
    const v1 = live('v1', truststoreOf(cas.rootA).pem);
    const v2 = live('v2', desired.pem);
    const p = plan({
      desired,
      latest: v2,
      pinned: [v1, v2],
      domains: [domain('a.example.com', 'v1'), domain('b.example.com', 'v2'), domain('c.example.com', 'v2')],
    });
    expect(p.pinnedDiffs.map((d) => [d.versionId, d.domains, d.added.length, d.identical])).toEqual([
      ['v2', ['b.example.com', 'c.example.com'], 0, true],
      ['v1', ['a.example.com'], 1, false],
    ]);
    // Most domains are on v2: that is the primary diff.
    expect(p.primary.versionId).toBe('v2');
    expect(p.drift[0]).toMatch(
      /pinned to 2 different versions: b\.example\.com, c\.example\.com on version v2; a\.example\.com on version v1/,
    );
    // Latest already holds the bytes: no upload, only the domain behind is rolled.
    expect(p).toMatchObject({
      upload: false,
      domainsToRoll: ['a.example.com'],
      upToDate: false,
      hasChanges: true,
    });
  });

  it('uploads again when the latest object predates versioning (version id "null" cannot be pinned)', () => {
    const desired = truststoreOf(cas.rootA);
    const p = plan({ desired, latest: live('null', desired.pem) });
    expect(p.primary.identical).toBe(true);
    expect(p).toMatchObject({ upload: true, upToDate: false });
  });

  it('rolls a domain that pins no version, and says so', () => {
    const desired = truststoreOf(cas.rootA);
    const v1 = live('v1', desired.pem);
    const p = plan({ desired, latest: v1, pinned: [], domains: [domain('a.example.com')] });
    expect(p.drift).toContain('a.example.com does not pin a truststore version: deploy will pin it');
    expect(p).toMatchObject({ upload: false, domainsToRoll: ['a.example.com'], upToDate: false });
  });

  it('reports a pinned version that could not be read as drift instead of inventing a diff', () => {
    const desired = truststoreOf(cas.rootA);
    const v2 = live('v2', desired.pem);
    const p = plan({ desired, latest: v2, pinned: [], domains: [domain('a.example.com', 'v-gone')] });
    expect(p.drift.join('\n')).toMatch(/a\.example\.com is pinned to version v-gone, which was not read/);
    expect(p.primary.versionId).toBe('v-gone');
  });

  it('reports the live bundle findings apart from the new one, pointing at the object version', () => {
    const desired = truststoreOf(cas.rootA);
    const broken = `${cas.interA.pem}-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n`;
    const v1 = live('v1', broken);
    expect(v1.analysis.findings.length).toBeGreaterThan(0);
    const desiredFinding = {
      severity: 'notice' as const,
      code: 'duplicate' as const,
      message: 'new bundle note',
    };
    const p = plan({
      desired,
      desiredFindings: [desiredFinding],
      latest: v1,
      pinned: [v1],
      domains: [domain('a.example.com', 'v1')],
    });
    expect(p.findings).toEqual([desiredFinding]);
    expect(p.liveFindings.length).toBe(v1.analysis.findings.length);
    for (const f of p.liveFindings) expect(f.file).toBe('s3://truststores/api/truststore.pem?versionId=v1');
    // The unreadable block is not a certificate: the parsed intermediate is what gets removed.
    expect(p.primary.removed.map((c) => c.subject)).toEqual(['CN=Partner A Issuing, O=Test PKI']);
  });

  it('plans offline against a base-commit truststore without a version', () => {
    const desired = truststoreOf(cas.rootA, cas.rootB);
    const base = live(undefined, truststoreOf(cas.rootA).pem);
    const p = plan({ desired, latest: base, offline: true });
    expect(p.offline).toBe(true);
    expect(p.latest).toBeUndefined();
    expect(p.primary.added.map((c) => c.subject)).toEqual(['CN=Partner B Root, O=Test PKI']);
    expect(bytesOf(desired)).not.toEqual(base.bytes);
  });
});
