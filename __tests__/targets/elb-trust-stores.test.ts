/**
 * The trust store wrapper (src/targets/elb/trust-stores.ts): first on a mocked client, for paging,
 * TrustStoreNotReady retries within one deadline on a fake clock, the messages and the presigned
 * download; then against the fake ELBv2 (AWS Query over HTTP, SigV4-verified) with a real client,
 * for the calls as they go over the wire.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AddTagsCommand,
  AddTrustStoreRevocationsCommand,
  DescribeTagsCommand,
  DescribeTrustStoreAssociationsCommand,
  DescribeTrustStoreRevocationsCommand,
  DescribeTrustStoresCommand,
  DuplicateTagKeysException,
  ElasticLoadBalancingV2Client,
  ElasticLoadBalancingV2ServiceException,
  GetTrustStoreCaCertificatesBundleCommand,
  InvalidCaCertificatesBundleException,
  ModifyTrustStoreCommand,
  RemoveTagsCommand,
  RemoveTrustStoreRevocationsCommand,
  TrustStoreNotFoundException,
  TrustStoreNotReadyException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsError } from '../../src/aws/errors.js';
import { failureReasonOf } from '../../src/settings/errors.js';
import { createElbClient } from '../../src/targets/elb/client.js';
import { TrustStores, type TrustStoresOptions, VERSION_TAG } from '../../src/targets/elb/trust-stores.js';
import { FakeClock } from '../aws/support.js';
import { type RunningServer, TEST_CREDENTIALS } from '../support/fake-aws-http.js';
import { FakeElb } from '../support/fake-elb.js';

const REGION = 'eu-west-1';
const ARN = `arn:aws:elasticloadbalancing:${REGION}:123456789012:truststore/api/0123456789abcdef`;
const NOT_FOUND = `trust store ${ARN} does not exist in ${REGION}: check elb-trust-store-arns and aws-region (aws elbv2 describe-trust-stores lists them)`;

let clock: FakeClock;
let logs: string[];

function stores(client: ElasticLoadBalancingV2Client, options: Partial<TrustStoresOptions> = {}) {
  return new TrustStores(client, {
    region: REGION,
    clock,
    pollIntervalMs: 10_000,
    timeoutMs: 60_000,
    log: (m) => logs.push(m),
    ...options,
  });
}

/** An SDK error as the client throws it for a modelled code (`...Exception`) or a plain one. */
function refusal<E extends ElasticLoadBalancingV2ServiceException>(
  Type: new (o: { message: string; $metadata: object }) => E,
  status = 400,
) {
  return new Type({ message: 'said by ELB', $metadata: { httpStatusCode: status, attempts: 1 } });
}
const denied = () =>
  new ElasticLoadBalancingV2ServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message: 'User is not authorized',
  });

async function failure(promise: Promise<unknown>): Promise<AwsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error(`expected an AwsError, got ${String(error)}`);
  return error;
}

/** A DER element with a definite length (short or two-byte form: enough for these tests). */
function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const content = Buffer.concat(parts);
  const size = content.length;
  const head = size < 128 ? [tag, size] : size < 256 ? [tag, 0x81, size] : [tag, 0x82, size >> 8, size & 255];
  return Buffer.concat([Uint8Array.from(head), content]);
}

/** An unsigned but well-formed CRL revoking `serials` (the fake counts entries, it checks no signature). */
function crlRevoking(...serials: number[]): Uint8Array {
  const algorithm = der(0x30, der(0x06, Uint8Array.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02])));
  const when = der(0x17, Buffer.from('300101000000Z'));
  const entries = serials.map((n) => der(0x30, der(0x02, Uint8Array.from([n])), when));
  const list = entries.length ? [der(0x30, ...entries)] : [];
  const tbs = der(0x30, der(0x02, Uint8Array.from([1])), algorithm, der(0x30), when, when, ...list);
  return der(0x30, tbs, algorithm, der(0x03, Uint8Array.from([0, 0xaa])));
}

/** A PEM CERTIFICATE block the fake accepts (it only checks each is a DER SEQUENCE). */
const pemCert = (n: number) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der(0x30, der(0x02, Uint8Array.from([n])))).toString('base64')}\n-----END CERTIFICATE-----\n`;

beforeEach(() => {
  clock = new FakeClock();
  logs = [];
});

describe('TrustStores on a mocked client', () => {
  let client: ElasticLoadBalancingV2Client;
  let elb: AwsClientStub<ElasticLoadBalancingV2Client>;
  const describeAs = (...statuses: string[]) => {
    let i = 0;
    elb.on(DescribeTrustStoresCommand).callsFake(() => ({
      TrustStores: [
        {
          TrustStoreArn: ARN,
          Name: 'api',
          Status: statuses[Math.min(i++, statuses.length - 1)],
          NumberOfCaCertificates: 2,
          TotalRevokedEntries: 0,
        },
      ],
    }));
  };
  beforeEach(() => {
    client = new ElasticLoadBalancingV2Client({ region: REGION, credentials: TEST_CREDENTIALS });
    elb = mockClient(client);
  });
  afterEach(() => elb.restore());

  it('reads every page of the revocations and of the associations, at the largest page size', async () => {
    elb
      .on(DescribeTrustStoreRevocationsCommand)
      .resolvesOnce({
        TrustStoreRevocations: [{ RevocationId: 1, RevocationType: 'CRL', NumberOfRevokedEntries: 3 }],
        NextMarker: 'm1',
      })
      .resolvesOnce({
        TrustStoreRevocations: [{ RevocationId: 2, RevocationType: 'CRL', NumberOfRevokedEntries: 0 }],
        NextMarker: 'm2',
      })
      .resolvesOnce({
        TrustStoreRevocations: [{ RevocationId: 5, RevocationType: 'CRL', NumberOfRevokedEntries: 7 }],
      });
    elb
      .on(DescribeTrustStoreAssociationsCommand)
      .resolvesOnce({
        TrustStoreAssociations: [{ ResourceArn: 'listener/1' }, { ResourceArn: 'listener/2' }],
        NextMarker: 'a1',
      })
      .resolvesOnce({ TrustStoreAssociations: [{ ResourceArn: 'listener/3' }] });
    const s = stores(client);
    expect(await s.revocations(ARN)).toEqual([
      { revocationId: 1, type: 'CRL', entries: 3 },
      { revocationId: 2, type: 'CRL', entries: 0 },
      { revocationId: 5, type: 'CRL', entries: 7 },
    ]);
    expect(elb.commandCalls(DescribeTrustStoreRevocationsCommand).map((c) => c.args[0].input)).toEqual([
      { TrustStoreArn: ARN, PageSize: 400, Marker: undefined },
      { TrustStoreArn: ARN, PageSize: 400, Marker: 'm1' },
      { TrustStoreArn: ARN, PageSize: 400, Marker: 'm2' },
    ]);
    expect(await s.associations(ARN)).toEqual(['listener/1', 'listener/2', 'listener/3']);
    expect(
      elb.commandCalls(DescribeTrustStoreAssociationsCommand).map((c) => c.args[0].input.Marker),
    ).toEqual([undefined, 'a1']);
  });

  it('modify: TrustStoreNotReady waits until ACTIVE and retries, then waits again and tags the version', async () => {
    elb.on(ModifyTrustStoreCommand).rejectsOnce(refusal(TrustStoreNotReadyException)).resolves({});
    elb.on(AddTagsCommand).resolves({});
    describeAs('CREATING', 'ACTIVE', 'CREATING', 'ACTIVE');
    const t0 = clock.now();
    const details = await stores(client).modify(ARN, { bucket: 'b', key: 'ca.pem', versionId: 'v7' });
    expect(details).toEqual({
      arn: ARN,
      name: 'api',
      status: 'ACTIVE',
      caCertificates: 2,
      revokedEntries: 0,
    });
    expect(elb.commandCalls(ModifyTrustStoreCommand).map((c) => c.args[0].input)).toEqual(
      Array(2).fill({
        TrustStoreArn: ARN,
        CaCertificatesBundleS3Bucket: 'b',
        CaCertificatesBundleS3Key: 'ca.pem',
        CaCertificatesBundleS3ObjectVersion: 'v7',
      }),
    );
    expect(elb.commandCalls(AddTagsCommand)[0]?.args[0].input).toEqual({
      ResourceArns: [ARN],
      Tags: [{ Key: VERSION_TAG, Value: 'v7' }],
    });
    // A pause after the refusal, one while CREATING before the retry, one while CREATING after it.
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000]);
    expect(clock.now() - t0).toBe(30_000);
    expect(logs[0]).toBe(`ModifyTrustStore on ${ARN}: trust store not ready (attempt 1); waiting for ACTIVE`);
  });

  it('modify: a trust store that stays not ready ends at the deadline, naming the call, the count and the fix', async () => {
    elb.on(ModifyTrustStoreCommand).rejects(refusal(TrustStoreNotReadyException));
    describeAs('ACTIVE');
    const t0 = clock.now();
    const error = await failure(stores(client).modify(ARN, { bucket: 'b', key: 'ca.pem', versionId: 'v7' }));
    expect(error.code).toBe('TrustStoreWaitTimeout');
    expect(error.message).toBe(
      `ModifyTrustStore on trust store ${ARN} was refused with TrustStoreNotReady 7 times in 60 s: a change to it (by this job or another) is still being applied; check it in the EC2 console (Load Balancing > Trust stores) and re-run when it is ACTIVE, or raise wait-timeout-seconds (now 60)`,
    );
    expect(clock.now() - t0).toBe(60_000);
    expect(elb.commandCalls(AddTagsCommand)).toHaveLength(0);
  });

  it('waitUntilActive: past the deadline it names the trust store, its status and how long it waited', async () => {
    describeAs('CREATING');
    const error = await failure(stores(client, { timeoutMs: 25_000 }).waitUntilActive(ARN));
    expect(error.message).toBe(
      `trust store ${ARN} is still CREATING after 25 s: check it in the EC2 console (Load Balancing > Trust stores) and re-run when it is ACTIVE, or raise wait-timeout-seconds (now 25)`,
    );
    expect(clock.sleeps).toEqual([10_000, 10_000, 5_000]);
    expect(elb.commandCalls(DescribeTrustStoresCommand)).toHaveLength(4);
  });

  it('a trust store that does not exist is bad input, whether ELB refuses or answers an empty list', async () => {
    elb
      .on(DescribeTrustStoresCommand)
      .rejectsOnce(refusal(TrustStoreNotFoundException))
      .resolves({ TrustStores: [] });
    const refused = await failure(stores(client).describe(ARN));
    expect(refused.message).toBe(`${NOT_FOUND} (said by ELB)`);
    expect(failureReasonOf(refused)).toBe('invalid-input');
    const empty = await failure(stores(client).describe(ARN));
    expect(empty.message).toBe(NOT_FOUND);
    expect(failureReasonOf(empty)).toBe('invalid-input');
  });

  it('access denied names elasticloadbalancing:<Action> and the resource it is needed on', async () => {
    elb.on(ModifyTrustStoreCommand).rejects(denied());
    elb.on(DescribeTrustStoresCommand).rejects(denied());
    const modify = await failure(stores(client).modify(ARN, { bucket: 'b', key: 'ca.pem', versionId: 'v7' }));
    expect(modify.message).toBe(
      `access denied: elasticloadbalancing:ModifyTrustStore on ${ARN} is needed to replace the CA bundle with s3://b/ca.pem version v7: allow it in the policy of the role this job assumes. (User is not authorized)`,
    );
    const read = await failure(stores(client).describe(ARN));
    expect(read.message).toContain(
      `access denied: elasticloadbalancing:DescribeTrustStores (on resource "*": the Describe actions take no resource-level permissions) is needed to read the status of trust store ${ARN}`,
    );
  });

  it('an invalid bundle: ELB refused it, which version, and the fix', async () => {
    elb.on(ModifyTrustStoreCommand).rejects(refusal(InvalidCaCertificatesBundleException));
    const error = await failure(stores(client).modify(ARN, { bucket: 'b', key: 'ca.pem', versionId: 'v7' }));
    expect(error.code).toBe('InvalidCaCertificatesBundle');
    expect(error.message).toMatch(
      new RegExp(
        `^Elastic Load Balancing refused the CA bundle s3://b/ca\\.pem version v7 for trust store ${ARN.replace(/[/.]/g, '\\$&')} \\(InvalidCaCertificatesBundle\\): .*fix the bundle`,
      ),
    );
  });

  it('addRevocations: names each object version, batches, retries TrustStoreNotReady, returns the IDs in order', async () => {
    let next = 10;
    elb
      .on(AddTrustStoreRevocationsCommand)
      .rejectsOnce(refusal(TrustStoreNotReadyException))
      .callsFake((input) => ({
        TrustStoreRevocations: input.RevocationContents.map(() => ({ RevocationId: next++ })),
      }));
    describeAs('ACTIVE');
    const lists = ['a', 'b', 'c'].map((k) => ({ bucket: 'crls', key: `${k}.crl`, versionId: `${k}1` }));
    expect(await stores(client, { revocationBatch: 2 }).addRevocations(ARN, lists)).toEqual([10, 11, 12]);
    const inputs = elb
      .commandCalls(AddTrustStoreRevocationsCommand)
      .map((c) => c.args[0].input.RevocationContents);
    expect(inputs.map((batch) => batch?.length)).toEqual([2, 2, 1]);
    expect(inputs[2]).toEqual([
      { S3Bucket: 'crls', S3Key: 'c.crl', S3ObjectVersion: 'c1', RevocationType: 'CRL' },
    ]);
  });

  it('removeRevocations: a later batch that fails says which revocations were already removed', async () => {
    elb.on(RemoveTrustStoreRevocationsCommand).resolvesOnce({}).rejects(refusal(TrustStoreNotFoundException));
    const error = await failure(stores(client, { revocationBatch: 2 }).removeRevocations(ARN, [1, 2, 3]));
    expect(error.message).toBe(
      `${NOT_FOUND} (said by ELB) (revocations 1, 2 of trust store ${ARN} were already removed by this call)`,
    );
  });

  describe('the presigned download', () => {
    const LOCATION = 'https://bucket.s3.eu-west-1.amazonaws.com/bundle.pem?X-Amz-Signature=secret-signature';
    let requests: { url: string; init: RequestInit | undefined }[];
    const fetchWith = (response: () => Response): typeof fetch =>
      (async (url: string | URL | Request, init?: RequestInit) => {
        requests.push({ url: String(url), init });
        return response();
      }) as typeof fetch;
    beforeEach(() => {
      requests = [];
      elb.on(GetTrustStoreCaCertificatesBundleCommand).resolves({ Location: LOCATION });
    });

    it('is a plain GET with no Authorization header, and returns the bytes', async () => {
      const fetch = fetchWith(() => new Response(pemCert(1)));
      expect(Buffer.from(await stores(client, { fetch }).bundle(ARN)).toString()).toBe(pemCert(1));
      expect(requests).toHaveLength(1);
      expect(requests[0]?.url).toBe(LOCATION);
      expect(requests[0]?.init?.method).toBe('GET');
      expect(new Headers(requests[0]?.init?.headers).has('authorization')).toBe(false);
    });

    it('refuses more than 1 MiB (declared or streamed), a non-2xx answer and a non-http Location', async () => {
      const big = new Uint8Array(1024 * 1024 + 1);
      const sized = () => new Response(big, { headers: { 'content-length': String(big.length) } });
      const declared = await failure(stores(client, { fetch: fetchWith(sized) }).bundle(ARN));
      expect(declared.message).toContain('is larger than 1048576 bytes (1048577 bytes declared)');
      const stream = () =>
        new Response(
          new ReadableStream({
            start: (c) => {
              c.enqueue(big);
              c.close();
            },
          }),
        );
      const streamed = await failure(stores(client, { fetch: fetchWith(stream) }).bundle(ARN));
      expect(streamed.code).toBe('DownloadTooLarge');
      const forbidden = await failure(
        stores(client, {
          fetch: fetchWith(() => new Response('no', { status: 403, statusText: 'Forbidden' })),
        }).bundle(ARN),
      );
      expect(forbidden.message).toBe(
        `downloading the CA bundle of trust store ${ARN} from https://bucket.s3.eu-west-1.amazonaws.com/bundle.pem failed with HTTP 403 Forbidden: the presigned URL was refused (expired, or a clock far off): re-run the job, ELB signs a new one each time`,
      );
      expect(forbidden.message).not.toContain('secret-signature');
      elb.on(GetTrustStoreCaCertificatesBundleCommand).resolves({ Location: 'file:///etc/passwd' });
      const count = requests.length;
      const file = await failure(stores(client, { fetch: fetchWith(() => new Response('')) }).bundle(ARN));
      expect(file.code).toBe('InvalidLocation');
      expect(requests).toHaveLength(count);
    });
  });
});

describe('TrustStores against the fake ELBv2 over HTTP', () => {
  let fake: FakeElb;
  let server: RunningServer;
  let client: ElasticLoadBalancingV2Client;
  /** The S3 objects the fake reads: `bucket/key#version`. */
  let objects: Map<string, Uint8Array>;
  const bundleOf = (...serials: number[]) => serials.map(pemCert).join('');

  beforeEach(async () => {
    objects = new Map();
    fake = new FakeElb({ region: REGION, creatingPolls: 2 });
    fake.readS3 = (bucket, key, version) => objects.get(`${bucket}/${key}#${version}`);
    server = await fake.start();
    client = new ElasticLoadBalancingV2Client({
      region: REGION,
      endpoint: server.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
    return async () => {
      client.destroy();
      await server.close();
    };
  });

  it('modify: the exact version, CREATING until ACTIVE, then the tag; the bundle downloads without credentials', async () => {
    const arn = fake.addTrustStore('api', bundleOf(1));
    objects.set('bundles/ca.pem#v2', Buffer.from(bundleOf(1, 2)));
    const s = stores(client);
    expect(await s.versionTag(arn)).toBeUndefined();
    const details = await s.modify(arn, { bucket: 'bundles', key: 'ca.pem', versionId: 'v2' });
    expect(details).toEqual({ arn, name: 'api', status: 'ACTIVE', caCertificates: 2, revokedEntries: 0 });
    expect(fake.callsOf('ModifyTrustStore').map((c) => c.params)).toEqual([
      {
        TrustStoreArn: arn,
        CaCertificatesBundleS3Bucket: 'bundles',
        CaCertificatesBundleS3Key: 'ca.pem',
        CaCertificatesBundleS3ObjectVersion: 'v2',
      },
    ]);
    // Two answers CREATING, then ACTIVE; the tag only after that.
    const order = fake.calls.map((c) => c.action).filter((a) => a !== 'DescribeTags');
    expect(order).toEqual(['ModifyTrustStore', ...Array(3).fill('DescribeTrustStores'), 'AddTags']);
    expect(fake.trustStores.get(arn)?.tags).toEqual({ [VERSION_TAG]: 'v2' });
    expect(await s.versionTag(arn)).toBe('v2');

    expect(Buffer.from(await s.bundle(arn)).toString()).toBe(bundleOf(1, 2));
    const download = fake.requests.find((r) => r.operation === 'GetBundle');
    expect(download?.status).toBe(200);
    expect(download?.headers.authorization).toBeUndefined();
  });

  it('modify while another change is still CREATING: refused, waited for, retried', async () => {
    const arn = fake.addTrustStore('api', bundleOf(1));
    objects.set('bundles/ca.pem#v2', Buffer.from(bundleOf(2)));
    objects.set('bundles/ca.pem#v3', Buffer.from(bundleOf(3, 4, 5)));
    await client.send(
      new ModifyTrustStoreCommand({
        TrustStoreArn: arn,
        CaCertificatesBundleS3Bucket: 'bundles',
        CaCertificatesBundleS3Key: 'ca.pem',
        CaCertificatesBundleS3ObjectVersion: 'v2',
      }),
    );
    const details = await stores(client).modify(arn, { bucket: 'bundles', key: 'ca.pem', versionId: 'v3' });
    expect(details.caCertificates).toBe(3);
    expect(fake.callsOf('ModifyTrustStore').map((c) => c.errorCode ?? c.status)).toEqual([
      200,
      'TrustStoreNotReady',
      200,
    ]);
  });

  it('adding and removing revocations while CREATING: refused, waited for, retried', async () => {
    const arn = fake.addTrustStore('api', bundleOf(1));
    objects.set('bundles/ca.pem#v2', Buffer.from(bundleOf(2)));
    objects.set('crls/a.crl#a1', crlRevoking(4));
    const startChange = () =>
      client.send(
        new ModifyTrustStoreCommand({
          TrustStoreArn: arn,
          CaCertificatesBundleS3Bucket: 'bundles',
          CaCertificatesBundleS3Key: 'ca.pem',
          CaCertificatesBundleS3ObjectVersion: 'v2',
        }),
      );
    const s = stores(client);
    await startChange();
    expect(await s.addRevocations(arn, [{ bucket: 'crls', key: 'a.crl', versionId: 'a1' }])).toEqual([1]);
    await startChange();
    await s.removeRevocations(arn, [1]);
    const answers = (action: string) => fake.callsOf(action).map((c) => c.errorCode ?? c.status);
    expect(answers('AddTrustStoreRevocations')).toEqual(['TrustStoreNotReady', 200]);
    expect(answers('RemoveTrustStoreRevocations')).toEqual(['TrustStoreNotReady', 200]);
    expect(fake.trustStores.get(arn)?.revocations).toEqual([]);
  });

  it('tags: AddTags sets and overwrites, RemoveTags removes, DescribeTags answers the real XML shape', async () => {
    const arn = fake.addTrustStore('api', bundleOf(1));
    const tags = async () =>
      (await client.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions;
    expect(await tags()).toEqual([{ ResourceArn: arn, Tags: [] }]);
    await client.send(
      new AddTagsCommand({
        ResourceArns: [arn],
        Tags: [
          { Key: 'team', Value: 'a' },
          { Key: VERSION_TAG, Value: 'v1' },
        ],
      }),
    );
    await client.send(new AddTagsCommand({ ResourceArns: [arn], Tags: [{ Key: 'team', Value: 'b' }] }));
    expect(await tags()).toEqual([
      {
        ResourceArn: arn,
        Tags: [
          { Key: 'team', Value: 'b' },
          { Key: VERSION_TAG, Value: 'v1' },
        ],
      },
    ]);
    expect(await stores(client).versionTag(arn)).toBe('v1');
    await client.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: [VERSION_TAG] }));
    expect(await stores(client).versionTag(arn)).toBeUndefined();
    const duplicate = client.send(
      new AddTagsCommand({
        ResourceArns: [arn],
        Tags: [
          { Key: 'k', Value: '1' },
          { Key: 'k', Value: '2' },
        ],
      }),
    );
    await expect(duplicate).rejects.toThrow(DuplicateTagKeysException);
    expect(fake.callsOf('AddTags')[0]?.params).toEqual({
      'ResourceArns.member.1': arn,
      'Tags.member.1.Key': 'team',
      'Tags.member.1.Value': 'a',
      'Tags.member.2.Key': VERSION_TAG,
      'Tags.member.2.Value': 'v1',
    });
  });

  it('an invalid bundle and a missing object version are refused with the version named', async () => {
    const arn = fake.addTrustStore('api', bundleOf(1));
    objects.set(
      'bundles/ca.pem#bad',
      Buffer.from('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'),
    );
    const s = stores(client);
    const invalid = await failure(s.modify(arn, { bucket: 'bundles', key: 'ca.pem', versionId: 'bad' }));
    expect(invalid.message).toContain(
      'Elastic Load Balancing refused the CA bundle s3://bundles/ca.pem version bad',
    );
    const missing = await failure(s.modify(arn, { bucket: 'bundles', key: 'ca.pem', versionId: 'gone' }));
    expect(missing.code).toBe('CaCertificatesBundleNotFound');
    expect(missing.message).toContain('s3://bundles/ca.pem version gone');
    expect(fake.callsOf('AddTags')).toHaveLength(0);
  });

  it('revocations: add (exact versions), list, download the content, remove', async () => {
    const arn = fake.addTrustStore('api', bundleOf(1));
    const first = crlRevoking(1, 2, 3);
    objects.set('crls/a.crl#a1', first);
    objects.set('crls/b.crl#b1', crlRevoking(9));
    const s = stores(client);
    const ids = await s.addRevocations(arn, [
      { bucket: 'crls', key: 'a.crl', versionId: 'a1' },
      { bucket: 'crls', key: 'b.crl', versionId: 'b1' },
    ]);
    expect(ids).toEqual([1, 2]);
    expect(fake.callsOf('AddTrustStoreRevocations')[0]?.params).toMatchObject({
      'RevocationContents.member.1.S3ObjectVersion': 'a1',
      'RevocationContents.member.2.S3ObjectVersion': 'b1',
      'RevocationContents.member.2.RevocationType': 'CRL',
    });
    expect(await s.revocations(arn)).toEqual([
      { revocationId: 1, type: 'CRL', entries: 3 },
      { revocationId: 2, type: 'CRL', entries: 1 },
    ]);
    expect((await s.describe(arn)).revokedEntries).toBe(4);
    expect(Buffer.from(await s.revocationContent(arn, 1)).equals(Buffer.from(first))).toBe(true);
    const download = fake.requests.find((r) => r.operation === 'GetRevocationContent');
    expect(download?.headers.authorization).toBeUndefined();

    await s.removeRevocations(arn, [1]);
    expect((await s.revocations(arn)).map((r) => r.revocationId)).toEqual([2]);
    const gone = await failure(s.revocationContent(arn, 1));
    expect(gone.message).toMatch(/^revocation 1 is no longer in trust store .* \(RevocationIdNotFound\)/);
  });

  it('reads every page: 401 associations at the largest page size, revocations one per page', async () => {
    const listeners = Array.from({ length: 401 }, (_, i) => fake.listenerArn('app', i));
    const arn = fake.addTrustStore('api', bundleOf(1), listeners);
    expect(await stores(client).associations(arn)).toEqual(listeners);
    const pages = fake.callsOf('DescribeTrustStoreAssociations').map((c) => c.params);
    expect(pages.map((p) => [p.PageSize, p.Marker !== undefined])).toEqual([
      ['400', false],
      ['400', true],
    ]);
    for (const [i, key] of ['a', 'b', 'c'].entries()) objects.set(`crls/${key}.crl#1`, crlRevoking(i + 1));
    const s = stores(client, { pageSize: 1 });
    await s.addRevocations(
      arn,
      ['a', 'b', 'c'].map((key) => ({ bucket: 'crls', key: `${key}.crl`, versionId: '1' })),
    );
    expect((await s.revocations(arn)).map((r) => r.revocationId)).toEqual([1, 2, 3]);
    expect(fake.callsOf('DescribeTrustStoreRevocations')).toHaveLength(3);
  });

  it('a trust store the region does not have: the not-found message, failure-reason invalid-input', async () => {
    const error = await failure(stores(client).describe(ARN));
    expect(error.message).toBe(`${NOT_FOUND} (Trust store '${ARN}' not found)`);
    expect(failureReasonOf(error)).toBe('invalid-input');
  });
});

describe('createElbClient', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('follows AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2 and signs with the environment credentials', async () => {
    const fake = new FakeElb({ region: REGION });
    const server = await fake.start();
    const arn = fake.addTrustStore('api', pemCert(1));
    process.env.AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2 = server.url;
    process.env.AWS_ACCESS_KEY_ID = TEST_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = TEST_CREDENTIALS.secretAccessKey;
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_SESSION_TOKEN;
    const client = createElbClient(REGION);
    try {
      expect((await stores(client).describe(arn)).status).toBe('ACTIVE');
      expect(fake.calls.map((c) => [c.action, c.status])).toEqual([['DescribeTrustStores', 200]]);
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('explains a credentials failure like the other clients: a missing profile, for a terminal', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'elb-client-'));
    const environment = {
      HOME: dir,
      AWS_PROFILE: 'nowhere',
      AWS_CONFIG_FILE: path.join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
    };
    writeFileSync(environment.AWS_CONFIG_FILE, '[default]\nregion = eu-west-1\n');
    writeFileSync(environment.AWS_SHARED_CREDENTIALS_FILE, '');
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    Object.assign(process.env, environment, { AWS_EC2_METADATA_DISABLED: 'true' });
    const client = createElbClient(REGION, environment);
    try {
      const error = await failure(stores(client).describe(ARN));
      expect(error.code).toBe('ProfileNotFound');
      expect(error.message).toBe(
        `AWS profile 'nowhere' not found in ${environment.AWS_CONFIG_FILE} or ${environment.AWS_SHARED_CREDENTIALS_FILE}: check AWS_PROFILE (aws configure list-profiles)`,
      );
    } finally {
      client.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
