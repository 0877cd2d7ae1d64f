import {
  AddTrustStoreRevocationsCommand,
  DescribeTrustStoreAssociationsCommand,
  DescribeTrustStoreRevocationsCommand,
  DescribeTrustStoresCommand,
  ElasticLoadBalancingV2Client,
  ElasticLoadBalancingV2ServiceException,
  GetTrustStoreCaCertificatesBundleCommand,
  InvalidCaCertificatesBundleException,
  ModifyTrustStoreCommand,
  RemoveTrustStoreRevocationsCommand,
  RevocationIdNotFoundException,
  TrustStoreNotFoundException,
  TrustStoreNotReadyException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Credentials, type RunningServer, TEST_CREDENTIALS } from '../support/fake-aws-http.js';
import { countCrlEntries, countPemCertificates, ELB_XMLNS, FakeElb } from '../support/fake-elb.js';
import { type TestCert, TestPki } from '../support/pki.js';

const REGION = 'eu-west-1';
const ENV = 'AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2';

let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
let fake: FakeElb;
let server: RunningServer;
let elb: ElasticLoadBalancingV2Client;
let savedEnv: string | undefined;
/** The "S3 objects" the fake reads, keyed `bucket/key` or `bucket/key#version`. */
let objects: Map<string, Uint8Array>;

/** A client configured like the action's would be: the endpoint comes only from the environment. */
function client(credentials: Credentials = TEST_CREDENTIALS): ElasticLoadBalancingV2Client {
  return new ElasticLoadBalancingV2Client({ region: REGION, credentials, maxAttempts: 1 });
}

async function elbError(promise: Promise<unknown>): Promise<ElasticLoadBalancingV2ServiceException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ElasticLoadBalancingV2ServiceException)) {
    throw new Error(`expected an ELB error, got ${String(error)}`);
  }
  return error;
}

/** DER TLV with a definite length. */
function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(content);
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

/** A structurally valid (unsigned) CRL listing `serials`; the fake does not verify signatures. */
function crl(serials: number[]): Uint8Array {
  const sha256WithRsa = tlv(
    0x30,
    tlv(0x06, Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b])),
    tlv(0x05),
  );
  const time = tlv(0x17, Buffer.from('260101000000Z'));
  const revoked = serials.map((serial) => tlv(0x30, tlv(0x02, Buffer.from([serial])), time));
  const tbs = tlv(
    0x30,
    tlv(0x02, Buffer.from([1])),
    sha256WithRsa,
    tlv(0x30),
    time,
    time,
    ...(revoked.length > 0 ? [tlv(0x30, ...revoked)] : []),
  );
  return tlv(0x30, tbs, sha256WithRsa, tlv(0x03, Buffer.from([0, 1, 2, 3])));
}

beforeAll(async () => {
  pki = TestPki.create('fake-elb-');
  rootA = pki.root('ELB Fake Root A');
  rootB = pki.root('ELB Fake Root B');
  savedEnv = process.env[ENV];
});

afterAll(() => {
  if (savedEnv === undefined) delete process.env[ENV];
  else process.env[ENV] = savedEnv;
  pki.cleanup();
});

beforeEach(async () => {
  objects = new Map();
  fake = new FakeElb({ region: REGION, creatingPolls: 2 });
  fake.readS3 = (bucket, key, version) =>
    objects.get(version ? `${bucket}/${key}#${version}` : `${bucket}/${key}`);
  server = await fake.start();
  process.env[ENV] = server.url;
  elb = client();
  return async () => {
    elb.destroy();
    await server.close();
  };
});

describe('FakeElb wire format', () => {
  it('is reached through AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2 with a SigV4-signed Query POST', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    await elb.send(new DescribeTrustStoresCommand({ TrustStoreArns: [arn] }));
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/');
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.headers.authorization).toMatch(
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${TEST_CREDENTIALS.accessKeyId}/\\d{8}/${REGION}/elasticloadbalancing/aws4_request`,
      ),
    );
    const body = new URLSearchParams(request?.body.toString('utf8'));
    expect(body.get('Action')).toBe('DescribeTrustStores');
    expect(body.get('Version')).toBe('2015-12-01');
    expect(body.get('TrustStoreArns.member.1')).toBe(arn);
    expect(fake.calls).toEqual([
      { action: 'DescribeTrustStores', params: { 'TrustStoreArns.member.1': arn }, status: 200 },
    ]);
  });

  it('answers XML in the 2015-12-01 namespace and errors as ErrorResponse', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    const postUnsigned = async (body: string) => {
      // A raw POST (no signature) shows the error envelope; the SDK path is covered below.
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      return { status: res.status, text: await res.text() };
    };
    const unsigned = await postUnsigned(
      `Action=DescribeTrustStores&Version=2015-12-01&TrustStoreArns.member.1=${encodeURIComponent(arn)}`,
    );
    expect(unsigned.status).toBe(403);
    expect(unsigned.text).toContain(
      `<ErrorResponse xmlns="${ELB_XMLNS}"><Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code>`,
    );
    expect(unsigned.text).toMatch(/<RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/);
  });

  it('rejects a request signed with the wrong secret (SignatureDoesNotMatch, 403)', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    const wrong = client({ accessKeyId: TEST_CREDENTIALS.accessKeyId, secretAccessKey: 'not-the-secret' });
    const error = await elbError(wrong.send(new DescribeTrustStoresCommand({ TrustStoreArns: [arn] })));
    wrong.destroy();
    expect(error.name).toBe('SignatureDoesNotMatch');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(fake.calls.at(-1)).toMatchObject({
      action: 'DescribeTrustStores',
      status: 403,
      errorCode: 'SignatureDoesNotMatch',
    });
  });

  it('rejects an unknown access key (InvalidClientTokenId)', async () => {
    const wrong = client({
      accessKeyId: 'AKIAUNKNOWNKEY000000',
      secretAccessKey: TEST_CREDENTIALS.secretAccessKey,
    });
    const error = await elbError(wrong.send(new DescribeTrustStoresCommand({})));
    wrong.destroy();
    expect(error.name).toBe('InvalidClientTokenId');
  });
});

describe('DescribeTrustStores', () => {
  it('describes by ARN, by name, and lists all with paging', async () => {
    const a = fake.addTrustStore('store-a', rootA.pem);
    const b = fake.addTrustStore('store-b', rootA.pem + rootB.pem);
    const byArn = await elb.send(new DescribeTrustStoresCommand({ TrustStoreArns: [b] }));
    expect(byArn.TrustStores).toEqual([
      {
        Name: 'store-b',
        TrustStoreArn: b,
        Status: 'ACTIVE',
        NumberOfCaCertificates: 2,
        TotalRevokedEntries: 0,
      },
    ]);
    expect(b).toMatch(
      /^arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore\/store-b\/[0-9a-f]{16}$/,
    );
    const byName = await elb.send(new DescribeTrustStoresCommand({ Names: ['store-a'] }));
    expect(byName.TrustStores?.map((s) => s.TrustStoreArn)).toEqual([a]);

    const first = await elb.send(new DescribeTrustStoresCommand({ PageSize: 1 }));
    expect(first.TrustStores?.map((s) => s.Name)).toEqual(['store-a']);
    expect(first.NextMarker).toBeTruthy();
    const second = await elb.send(new DescribeTrustStoresCommand({ PageSize: 1, Marker: first.NextMarker }));
    expect(second.TrustStores?.map((s) => s.Name)).toEqual(['store-b']);
    expect(second.NextMarker).toBeUndefined();
  });

  it('answers TrustStoreNotFound for an unknown ARN or name', async () => {
    const missing = `arn:aws:elasticloadbalancing:${REGION}:123456789012:truststore/nope/0000000000000000`;
    const error = await elbError(elb.send(new DescribeTrustStoresCommand({ TrustStoreArns: [missing] })));
    expect(error).toBeInstanceOf(TrustStoreNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    const byName = await elbError(elb.send(new DescribeTrustStoresCommand({ Names: ['nope'] })));
    expect(byName).toBeInstanceOf(TrustStoreNotFoundException);
  });
});

describe('GetTrustStoreCaCertificatesBundle', () => {
  it('returns a presigned Location that a plain GET downloads the bundle from', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    const { Location } = await elb.send(new GetTrustStoreCaCertificatesBundleCommand({ TrustStoreArn: arn }));
    expect(Location).toMatch(new RegExp(`^${server.url}/bundle/[0-9a-f-]+\\?.*X-Amz-Signature=[0-9a-f]{64}`));
    const res = await fetch(Location as string);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(rootA.pem);

    const tampered = (Location as string).replace(/X-Amz-Signature=[0-9a-f]/, 'X-Amz-Signature=g');
    expect((await fetch(tampered)).status).toBe(403);
    expect(fake.requests.filter((r) => r.operation === 'GetBundle').map((r) => r.status)).toEqual([200, 403]);
  });
});

describe('ModifyTrustStore', () => {
  it('reads the bundle from S3, goes CREATING for creatingPolls describes, then ACTIVE', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    objects.set('bundles/ca.pem#v2', Buffer.from(`${rootA.pem}\n${rootB.pem}`));
    const modified = await elb.send(
      new ModifyTrustStoreCommand({
        TrustStoreArn: arn,
        CaCertificatesBundleS3Bucket: 'bundles',
        CaCertificatesBundleS3Key: 'ca.pem',
        CaCertificatesBundleS3ObjectVersion: 'v2',
      }),
    );
    expect(modified.TrustStores).toEqual([
      {
        Name: 'store-a',
        TrustStoreArn: arn,
        Status: 'CREATING',
        NumberOfCaCertificates: 2,
        TotalRevokedEntries: 0,
      },
    ]);
    expect(fake.trustStores.get(arn)?.bundleSource).toEqual({
      bucket: 'bundles',
      key: 'ca.pem',
      version: 'v2',
    });

    // A second modify while the first is still being applied.
    const notReady = await elbError(
      elb.send(
        new ModifyTrustStoreCommand({
          TrustStoreArn: arn,
          CaCertificatesBundleS3Bucket: 'bundles',
          CaCertificatesBundleS3Key: 'ca.pem',
        }),
      ),
    );
    expect(notReady).toBeInstanceOf(TrustStoreNotReadyException);

    const statuses: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const out = await elb.send(new DescribeTrustStoresCommand({ TrustStoreArns: [arn] }));
      statuses.push(out.TrustStores?.[0]?.Status);
    }
    expect(statuses).toEqual(['CREATING', 'CREATING', 'ACTIVE']);

    const { Location } = await elb.send(new GetTrustStoreCaCertificatesBundleCommand({ TrustStoreArn: arn }));
    expect(await (await fetch(Location as string)).text()).toBe(`${rootA.pem}\n${rootB.pem}`);
    expect(fake.callsOf('ModifyTrustStore').map((c) => [c.status, c.errorCode])).toEqual([
      [200, undefined],
      [400, 'TrustStoreNotReady'],
    ]);
    expect(fake.callsOf('ModifyTrustStore')[0]?.params).toEqual({
      TrustStoreArn: arn,
      CaCertificatesBundleS3Bucket: 'bundles',
      CaCertificatesBundleS3Key: 'ca.pem',
      CaCertificatesBundleS3ObjectVersion: 'v2',
    });
  });

  it('rejects a bundle that is not only PEM certificates, and a missing object', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    objects.set(
      'bundles/junk.pem',
      Buffer.from(`${rootA.pem}\n-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n`),
    );
    const invalid = await elbError(
      elb.send(
        new ModifyTrustStoreCommand({
          TrustStoreArn: arn,
          CaCertificatesBundleS3Bucket: 'bundles',
          CaCertificatesBundleS3Key: 'junk.pem',
        }),
      ),
    );
    expect(invalid).toBeInstanceOf(InvalidCaCertificatesBundleException);
    const missing = await elbError(
      elb.send(
        new ModifyTrustStoreCommand({
          TrustStoreArn: arn,
          CaCertificatesBundleS3Bucket: 'bundles',
          CaCertificatesBundleS3Key: 'none.pem',
        }),
      ),
    );
    expect(missing.name).toBe('CaCertificatesBundleNotFoundException');
    expect(fake.trustStores.get(arn)).toMatchObject({ status: 'ACTIVE', numberOfCaCertificates: 1 });
  });

  it('goes straight to ACTIVE with creatingPolls 0', async () => {
    fake.creatingPolls = 0;
    const arn = fake.addTrustStore('store-a', rootA.pem);
    objects.set('bundles/ca.pem', Buffer.from(rootB.pem));
    const out = await elb.send(
      new ModifyTrustStoreCommand({
        TrustStoreArn: arn,
        CaCertificatesBundleS3Bucket: 'bundles',
        CaCertificatesBundleS3Key: 'ca.pem',
      }),
    );
    expect(out.TrustStores?.[0]?.Status).toBe('ACTIVE');
  });
});

describe('trust store revocations', () => {
  it('adds CRLs, describes them (with totals), and removes them', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    objects.set('crls/a.crl', crl([1, 2, 3]));
    objects.set(
      'crls/b.crl#7',
      Buffer.from(
        `-----BEGIN X509 CRL-----\n${Buffer.from(crl([9])).toString('base64')}\n-----END X509 CRL-----\n`,
      ),
    );
    const added = await elb.send(
      new AddTrustStoreRevocationsCommand({
        TrustStoreArn: arn,
        RevocationContents: [
          { S3Bucket: 'crls', S3Key: 'a.crl', RevocationType: 'CRL' },
          { S3Bucket: 'crls', S3Key: 'b.crl', S3ObjectVersion: '7', RevocationType: 'CRL' },
        ],
      }),
    );
    expect(added.TrustStoreRevocations).toEqual([
      { TrustStoreArn: arn, RevocationId: 1, RevocationType: 'CRL', NumberOfRevokedEntries: 3 },
      { TrustStoreArn: arn, RevocationId: 2, RevocationType: 'CRL', NumberOfRevokedEntries: 1 },
    ]);
    expect(fake.callsOf('AddTrustStoreRevocations')[0]?.params).toMatchObject({
      'RevocationContents.member.1.S3Bucket': 'crls',
      'RevocationContents.member.2.S3ObjectVersion': '7',
      'RevocationContents.member.2.RevocationType': 'CRL',
    });

    const store = await elb.send(new DescribeTrustStoresCommand({ TrustStoreArns: [arn] }));
    expect(store.TrustStores?.[0]?.TotalRevokedEntries).toBe(4);
    const one = await elb.send(
      new DescribeTrustStoreRevocationsCommand({ TrustStoreArn: arn, RevocationIds: [2] }),
    );
    expect(one.TrustStoreRevocations?.map((r) => r.NumberOfRevokedEntries)).toEqual([1]);

    await elb.send(new RemoveTrustStoreRevocationsCommand({ TrustStoreArn: arn, RevocationIds: [1] }));
    expect(fake.callsOf('RemoveTrustStoreRevocations')[0]?.params).toEqual({
      TrustStoreArn: arn,
      'RevocationIds.member.1': '1',
    });
    const left = await elb.send(new DescribeTrustStoreRevocationsCommand({ TrustStoreArn: arn }));
    expect(left.TrustStoreRevocations?.map((r) => r.RevocationId)).toEqual([2]);

    const gone = await elbError(
      elb.send(new RemoveTrustStoreRevocationsCommand({ TrustStoreArn: arn, RevocationIds: [1] })),
    );
    expect(gone).toBeInstanceOf(RevocationIdNotFoundException);
  });

  it('rejects content that is not a CRL and a missing object', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    objects.set('crls/cert.pem', Buffer.from(rootA.pem));
    const invalid = await elbError(
      elb.send(
        new AddTrustStoreRevocationsCommand({
          TrustStoreArn: arn,
          RevocationContents: [{ S3Bucket: 'crls', S3Key: 'cert.pem', RevocationType: 'CRL' }],
        }),
      ),
    );
    expect(invalid.name).toBe('InvalidRevocationContentException');
    const missing = await elbError(
      elb.send(
        new AddTrustStoreRevocationsCommand({
          TrustStoreArn: arn,
          RevocationContents: [{ S3Bucket: 'crls', S3Key: 'none.crl', RevocationType: 'CRL' }],
        }),
      ),
    );
    expect(missing.name).toBe('RevocationContentNotFoundException');
  });
});

describe('DescribeTrustStoreAssociations', () => {
  it('pages through the associated resources with Marker/NextMarker', async () => {
    const listeners = [1, 2, 3, 4, 5].map((i) => fake.listenerArn('web', i));
    const arn = fake.addTrustStore('store-a', rootA.pem, listeners);
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await elb.send(
        new DescribeTrustStoreAssociationsCommand({ TrustStoreArn: arn, PageSize: 2, Marker: marker }),
      );
      seen.push(...(page.TrustStoreAssociations ?? []).map((a) => a.ResourceArn as string));
      marker = page.NextMarker;
      pages++;
    } while (marker);
    expect(pages).toBe(3);
    expect(seen).toEqual(listeners);
    expect(fake.callsOf('DescribeTrustStoreAssociations').map((c) => c.params.Marker === undefined)).toEqual([
      true,
      false,
      false,
    ]);

    const empty = fake.addTrustStore('store-b', rootB.pem);
    const none = await elb.send(new DescribeTrustStoreAssociationsCommand({ TrustStoreArn: empty }));
    expect(none.TrustStoreAssociations ?? []).toEqual([]);
    expect(none.NextMarker).toBeUndefined();
  });
});

describe('failure injection', () => {
  it('answers the next call of an action with the injected error, then recovers', async () => {
    const arn = fake.addTrustStore('store-a', rootA.pem);
    fake.fail('DescribeTrustStores', 'Throttling', 'Rate exceeded', 400);
    const throttled = await elbError(elb.send(new DescribeTrustStoresCommand({ TrustStoreArns: [arn] })));
    expect(throttled.name).toBe('Throttling');
    expect(throttled.message).toBe('Rate exceeded');
    fake.fail('GetTrustStoreCaCertificatesBundle', 'InternalFailure', 'boom', 500);
    const internal = await elbError(
      elb.send(new GetTrustStoreCaCertificatesBundleCommand({ TrustStoreArn: arn })),
    );
    expect(internal.$metadata.httpStatusCode).toBe(500);
    const ok = await elb.send(new DescribeTrustStoresCommand({ TrustStoreArns: [arn] }));
    expect(ok.TrustStores).toHaveLength(1);
    expect(fake.calls.map((c) => [c.action, c.status, c.errorCode])).toEqual([
      ['DescribeTrustStores', 400, 'Throttling'],
      ['GetTrustStoreCaCertificatesBundle', 500, 'InternalFailure'],
      ['DescribeTrustStores', 200, undefined],
    ]);
  });
});

describe('validation helpers', () => {
  it('count PEM certificates and CRL entries, refusing anything else', () => {
    expect(countPemCertificates(Buffer.from(rootA.pem + rootB.pem))).toBe(2);
    expect(countPemCertificates(Buffer.from('hello'))).toBeUndefined();
    expect(countPemCertificates(Buffer.from(''))).toBeUndefined();
    expect(countCrlEntries(crl([]))).toBe(0);
    expect(countCrlEntries(crl([1, 2]))).toBe(2);
    expect(countCrlEntries(rootA.der)).toBeUndefined();
  });
});
