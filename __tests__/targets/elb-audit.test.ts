/**
 * The audit of trust stores (elbTrustStores.audit): a trust store of another region is refused
 * before any call; one that serves what no version holds is judged on what it serves (expired and
 * expiring CAs) besides the drift; a revocation list with no nextUpdate is stale. The ELB client is
 * mocked; the presigned downloads go through a stubbed fetch.
 */
import {
  DescribeTagsCommand,
  DescribeTrustStoreAssociationsCommand,
  DescribeTrustStoreRevocationsCommand,
  DescribeTrustStoresCommand,
  ElasticLoadBalancingV2Client,
  GetTrustStoreCaCertificatesBundleCommand,
  GetTrustStoreRevocationContentCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AwsClients } from '../../src/aws/clients.js';
import { type Clock, systemClock } from '../../src/aws/clock.js';
import { ReadLimiter } from '../../src/aws/parallel.js';
import { parseCrl } from '../../src/pki/crl.js';
import { parseTruststoreUri } from '../../src/plan/diff.js';
import { elbTrustStores } from '../../src/targets/elb/index.js';
import { CrlSigner, withoutNextUpdate } from '../support/crl.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { testSettings } from '../support/settings.js';

const ARN = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef';
const NOW = new Date('2026-06-01T00:00:00Z');
const elb = mockClient(ElasticLoadBalancingV2Client);

let pki: TestPki;
let expired: TestCert;
let expiring: TestCert;
let noNextUpdate: Buffer;

beforeAll(() => {
  pki = TestPki.create('elb-audit-');
  const root = pki.root('root', { subject: '/O=Example/CN=Example Root' });
  expired = pki.root('expired', {
    subject: '/O=Example/CN=Expired Root',
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2026-01-01T00:00:00Z'),
  });
  expiring = pki.root('expiring', {
    subject: '/O=Example/CN=Expiring Root',
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2026-06-11T00:00:00Z'),
  });
  const signed = new CrlSigner(root, 'stale', pki.dir).crl();
  const der = parseCrl(signed, 'stale').crl?.der;
  if (!der) throw new Error('openssl wrote no CRL');
  noNextUpdate = withoutNextUpdate(der, root);
});
afterAll(() => pki?.cleanup());
afterEach(() => {
  elb.reset();
  vi.unstubAllGlobals();
});

function context(region = 'eu-west-1') {
  const clock: Clock = { ...systemClock, now: () => NOW.getTime() };
  return {
    settings: testSettings({
      elbTrustStoreArns: [ARN],
      truststoreUri: 's3://example-truststores/alb/truststore.pem',
    }),
    clients: {} as AwsClients,
    region,
    clock,
    log: () => {},
  };
}

function serve(bundle: string, crl: Buffer) {
  elb.on(DescribeTrustStoresCommand).resolves({
    TrustStores: [
      {
        TrustStoreArn: ARN,
        Name: 'partners',
        Status: 'ACTIVE',
        NumberOfCaCertificates: 2,
        TotalRevokedEntries: 0,
      },
    ],
  });
  elb.on(DescribeTagsCommand).resolves({ TagDescriptions: [{ ResourceArn: ARN, Tags: [] }] });
  elb.on(DescribeTrustStoreAssociationsCommand).resolves({ TrustStoreAssociations: [] });
  elb.on(DescribeTrustStoreRevocationsCommand).resolves({
    TrustStoreRevocations: [
      { TrustStoreArn: ARN, RevocationId: 4, RevocationType: 'CRL', NumberOfRevokedEntries: 0 },
    ],
  });
  elb.on(GetTrustStoreCaCertificatesBundleCommand).resolves({ Location: 'https://bundle.example/presigned' });
  elb.on(GetTrustStoreRevocationContentCommand).resolves({ Location: 'https://crl.example/presigned' });
  vi.stubGlobal(
    'fetch',
    async (url: string | URL) =>
      new Response(String(url).startsWith('https://bundle.') ? bundle : new Uint8Array(crl)),
  );
}

describe('the audit of trust stores', () => {
  it('refuses a trust store of another region before any call, naming aws-region', async () => {
    await expect(elbTrustStores.audit(context('us-east-1'), [ARN], new ReadLimiter())).rejects.toThrow(
      /trust store .* is in eu-west-1, and this run works in us-east-1: set aws-region to eu-west-1/,
    );
    expect(elb.calls()).toHaveLength(0);
  });

  it('judges what a drifted trust store serves: expired and expiring CAs, the drift, a stale list', async () => {
    serve(expired.pem + expiring.pem, noNextUpdate);
    const audited = await elbTrustStores.audit(context(), [ARN], new ReadLimiter());
    const problems = audited.problems({
      now: NOW,
      expiryWarningDays: 30,
      location: parseTruststoreUri('s3://example-truststores/alb/truststore.pem'),
      pinned: new Map(),
    });
    expect(problems.map((p) => [p.code, p.domain])).toEqual([
      ['crl-expired', ARN],
      ['ca-expired', ARN],
      ['ca-expiring', ARN],
      ['trust-store-drift', ARN],
    ]);
    expect(problems[1]?.message).toContain(`CN=Expired Root, O=Example (SHA-256 `);
    expect(problems[1]?.message).toContain(`served by trust store ${ARN} expired on 2026-01-01`);
    expect(problems[2]?.message).toContain('expires on 2026-06-11 (in 10 days)');
    const { crl } = parseCrl(noNextUpdate, 'stale');
    expect(problems[0]?.message).toContain(
      crl?.nextUpdate
        ? `was due for renewal on ${crl.nextUpdate.toISOString().slice(0, 10)}`
        : 'has no nextUpdate',
    );
  });
});
