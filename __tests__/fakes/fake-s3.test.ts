import { Readable } from 'node:stream';
import {
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, TEST_CREDENTIALS } from '../support/fake-aws-http.js';
import { FakeS3 } from '../support/fake-s3.js';
import { checksum } from '../support/fake-s3-wire.js';

let fake: FakeS3;
let server: RunningServer;
let s3: S3Client;

function client(overrides: Partial<ConstructorParameters<typeof S3Client>[0]> = {}): S3Client {
  return new S3Client({
    region: 'eu-west-1',
    endpoint: server.url,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
    ...overrides,
  });
}

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof S3ServiceException)) throw new Error(`expected an S3 error, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  fake = new FakeS3();
  server = await fake.start();
  s3 = client();
});
afterAll(async () => {
  s3.destroy();
  await server.close();
});
beforeEach(() => {
  fake.buckets.clear();
  fake.requests.length = 0;
  fake.createBucket('trust', 'Enabled');
});

describe('fake S3 speaks the protocol the AWS SDK expects', () => {
  it('stores each put as a new version with a quoted MD5 ETag and serves latest or a given version', async () => {
    const first = await s3.send(
      new PutObjectCommand({ Bucket: 'trust', Key: 'ca/truststore.pem', Body: 'one' }),
    );
    const second = await s3.send(
      new PutObjectCommand({ Bucket: 'trust', Key: 'ca/truststore.pem', Body: 'two' }),
    );
    expect(first.ETag).toBe('"f97c5d29941bfb1b2fdab0874906ab82"');
    expect(first.VersionId).toMatch(/^[A-Za-z0-9+/]{32}$/);
    expect(first.VersionId).toMatch(/\+.*\//);
    expect(fake.requestsFor('PutObject')).toHaveLength(2);
    expect(second.VersionId).not.toBe(first.VersionId);

    const latest = await s3.send(new GetObjectCommand({ Bucket: 'trust', Key: 'ca/truststore.pem' }));
    expect(await latest.Body?.transformToString()).toBe('two');
    expect(latest.VersionId).toBe(second.VersionId);
    const old = await s3.send(
      new GetObjectCommand({ Bucket: 'trust', Key: 'ca/truststore.pem', VersionId: first.VersionId }),
    );
    // The SDK percent-encodes the id; the fake decodes it back.
    expect(fake.requestsFor('GetObject').at(-1)?.query.versionId).toBe(first.VersionId);
    expect(await old.Body?.transformToString()).toBe('one');
    expect(old.ETag).toBe(first.ETag);
    expect(fake.versions('trust', 'ca/truststore.pem').map((v) => v.versionId)).toEqual([
      first.VersionId,
      second.VersionId,
    ]);
  });

  it('verifies and echoes x-amz-checksum-sha256, keeps content type and SSE-KMS headers', async () => {
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: 'trust',
        Key: 'k',
        Body: 'pem bytes',
        ContentType: 'application/x-pem-file',
        ChecksumAlgorithm: 'SHA256',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'alias/truststore',
      }),
    );
    expect(put.ChecksumSHA256).toBe(checksum('sha256', Buffer.from('pem bytes')));
    expect(put.ServerSideEncryption).toBe('aws:kms');
    expect(put.SSEKMSKeyId).toBe('alias/truststore');
    const request = fake.requestsFor('PutObject')[0];
    expect(request?.headers['x-amz-checksum-sha256']).toBe(put.ChecksumSHA256);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'trust', Key: 'k', ChecksumMode: 'ENABLED' }));
    expect(head.ContentType).toBe('application/x-pem-file');
    expect(head.ServerSideEncryption).toBe('aws:kms');
    expect(head.SSEKMSKeyId).toBe('alias/truststore');
    expect(head.ChecksumSHA256).toBe(put.ChecksumSHA256);
    expect(head.ContentLength).toBe(9);
  });

  it('decodes the aws-chunked body with a trailing checksum that the SDK sends for a stream', async () => {
    const body = Buffer.from('streamed truststore '.repeat(1000));
    await s3.send(
      new PutObjectCommand({
        Bucket: 'trust',
        Key: 'streamed',
        Body: Readable.from([body.subarray(0, 7000), body.subarray(7000)]),
        ContentLength: body.length,
        ChecksumAlgorithm: 'CRC32C',
      }),
    );
    const request = fake.requestsFor('PutObject')[0];
    expect(request?.headers['content-encoding']).toContain('aws-chunked');
    expect(request?.headers['x-amz-trailer']).toBe('x-amz-checksum-crc32c');
    expect(fake.latest('trust', 'streamed')?.body.equals(body)).toBe(true);
    expect(fake.latest('trust', 'streamed')?.checksums).toEqual({ crc32c: checksum('crc32c', body) });
    // GetObject with checksum validation on: the SDK checks our stored CRC32C against the bytes.
    const got = await s3.send(
      new GetObjectCommand({ Bucket: 'trust', Key: 'streamed', ChecksumMode: 'ENABLED' }),
    );
    expect((await got.Body?.transformToByteArray())?.length).toBe(body.length);
    expect(got.ChecksumCRC32C).toBe(checksum('crc32c', body));
  });

  it('stores a CRC64NVME checksum for uploads without one, and the SDK validates it on download', async () => {
    const seeded = fake.putObject('trust', 'seeded', 'seeded bytes');
    const got = await s3.send(
      new GetObjectCommand({ Bucket: 'trust', Key: 'seeded', ChecksumMode: 'ENABLED' }),
    );
    expect(await got.Body?.transformToString()).toBe('seeded bytes');
    expect(got.ChecksumCRC64NVME).toBe(seeded.checksums.crc64nvme);
    // A stored checksum that does not fit the bytes (a corrupted object) makes the SDK refuse the body.
    fake.putObject('trust', 'corrupt', 'corrupt bytes', {
      checksums: { crc64nvme: seeded.checksums.crc64nvme ?? '' },
    });
    const corrupt = await s3.send(
      new GetObjectCommand({ Bucket: 'trust', Key: 'corrupt', ChecksumMode: 'ENABLED' }),
    );
    await expect(corrupt.Body?.transformToString()).rejects.toThrow(/Checksum mismatch/);
  });

  it('answers BadDigest when the checksum does not match the bytes', async () => {
    // A caller-supplied checksum is sent as is, so the SDK signs a value that does not fit the bytes.
    const wrong = checksum('sha256', Buffer.from('something else'));
    const error = await s3Error(
      s3.send(new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'real', ChecksumSHA256: wrong })),
    );
    expect(fake.requestsFor('PutObject')[0]?.headers['x-amz-checksum-sha256']).toBe(wrong);
    expect(error.name).toBe('BadDigest');
    expect(error.message).toBe('The SHA256 you specified did not match the calculated checksum.');
    expect(fake.latest('trust', 'k')).toBeUndefined();
  });

  it('refuses If-None-Match: * over an existing object and If-Match with a stale ETag (412)', async () => {
    const first = await s3.send(
      new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'v1', IfNoneMatch: '*' }),
    );
    const again = await s3Error(
      s3.send(new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'x', IfNoneMatch: '*' })),
    );
    expect(again.name).toBe('PreconditionFailed');
    expect(again.$metadata.httpStatusCode).toBe(412);

    fake.putObject('trust', 'k', 'written by someone else');
    const stale = await s3Error(
      s3.send(new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'v2', IfMatch: first.ETag })),
    );
    expect(stale.name).toBe('PreconditionFailed');
    const current = fake.latest('trust', 'k');
    const ok = await s3.send(
      new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'v2', IfMatch: current?.etag }),
    );
    expect(ok.VersionId).toBe(fake.latest('trust', 'k')?.versionId);
    expect(fake.versions('trust', 'k').map((v) => v.body.toString())).toEqual([
      'v1',
      'written by someone else',
      'v2',
    ]);
  });

  it('If-Match on a missing key is NoSuchKey', async () => {
    const error = await s3Error(
      s3.send(new PutObjectCommand({ Bucket: 'trust', Key: 'nope', Body: 'x', IfMatch: '"abc"' })),
    );
    expect(error.name).toBe('NoSuchKey');
  });

  it('reports versioning Enabled, Suspended or never set', async () => {
    fake.createBucket('suspended', 'Suspended');
    fake.createBucket('plain', 'never');
    const status = async (Bucket: string) =>
      (await s3.send(new GetBucketVersioningCommand({ Bucket }))).Status;
    expect(await status('trust')).toBe('Enabled');
    expect(await status('suspended')).toBe('Suspended');
    expect(await status('plain')).toBeUndefined();
    const request = fake.requestsFor('GetBucketVersioning')[0];
    expect(request?.path).toBe('/trust/');
    expect(request?.query).toHaveProperty('versioning', '');
  });

  it('gives a suspended bucket the "null" version and replaces it on the next write', async () => {
    fake.createBucket('suspended', 'Suspended');
    const put = await s3.send(new PutObjectCommand({ Bucket: 'suspended', Key: 'k', Body: 'a' }));
    await s3.send(new PutObjectCommand({ Bucket: 'suspended', Key: 'k', Body: 'b' }));
    expect(put.VersionId).toBe('null');
    expect(fake.versions('suspended', 'k').map((v) => [v.versionId, v.body.toString()])).toEqual([
      ['null', 'b'],
    ]);
  });

  it('answers NoSuchBucket, NoSuchKey and NoSuchVersion with S3 XML errors', async () => {
    expect((await s3Error(s3.send(new GetObjectCommand({ Bucket: 'none', Key: 'k' })))).name).toBe(
      'NoSuchBucket',
    );
    expect((await s3Error(s3.send(new GetObjectCommand({ Bucket: 'trust', Key: 'k' })))).name).toBe(
      'NoSuchKey',
    );
    fake.putObject('trust', 'k', 'x');
    const error = await s3Error(
      s3.send(new GetObjectCommand({ Bucket: 'trust', Key: 'k', VersionId: 'missing' })),
    );
    expect(error.name).toBe('NoSuchVersion');
    expect(error.message).toBe('The specified version does not exist.');
    const response = await fetch(`${server.url}/trust/k`);
    expect(response.status).toBe(403);
    const text = await response.text();
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>AccessDenied<\/Code><Message>Access Denied<\/Message>/,
    );
  });

  it('lists versions newest first with IsLatest', async () => {
    const a = fake.putObject('trust', 'k', 'a');
    const b = fake.putObject('trust', 'k', 'b');
    const listed = await s3.send(new ListObjectVersionsCommand({ Bucket: 'trust', Prefix: 'k' }));
    expect(listed.Versions?.map((v) => [v.VersionId, v.IsLatest, v.ETag, v.Size])).toEqual([
      [b.versionId, true, b.etag, 1],
      [a.versionId, false, a.etag, 1],
    ]);
  });

  it('replaces the tag set of one version with PutObjectTagging, leaving the version and the others alone', async () => {
    const a = fake.putObject('trust', 'k', 'a');
    const b = fake.putObject('trust', 'k', 'b');
    const put = await s3.send(
      new PutObjectTaggingCommand({
        Bucket: 'trust',
        Key: 'k',
        VersionId: a.versionId,
        Tagging: { TagSet: [{ Key: 'deployed', Value: '2030-01-01T00:00:00.000Z a+b/c' }] },
      }),
    );
    expect(put.VersionId).toBe(a.versionId);
    const read = await s3.send(
      new GetObjectTaggingCommand({ Bucket: 'trust', Key: 'k', VersionId: a.versionId }),
    );
    expect(read.TagSet).toEqual([{ Key: 'deployed', Value: '2030-01-01T00:00:00.000Z a+b/c' }]);
    expect(fake.versions('trust', 'k').map((v) => [v.versionId, v.tags ?? []])).toEqual([
      [a.versionId, [{ key: 'deployed', value: '2030-01-01T00:00:00.000Z a+b/c' }]],
      [b.versionId, []],
    ]);
    const tooMany = Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    const error = await s3Error(
      s3.send(new PutObjectTaggingCommand({ Bucket: 'trust', Key: 'k', Tagging: { TagSet: tooMany } })),
    );
    expect(error.name).toBe('InvalidTag');
    fake.deny('PutObjectTagging', 1);
    const denied = await s3Error(
      s3.send(new PutObjectTaggingCommand({ Bucket: 'trust', Key: 'k', Tagging: { TagSet: [] } })),
    );
    expect(denied.name).toBe('AccessDenied');
  });

  it('injects AccessDenied for one operation and runs a hook before a request', async () => {
    fake.deny('PutObject', 1);
    const denied = await s3Error(s3.send(new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'x' })));
    expect(denied.name).toBe('AccessDenied');
    expect(denied.$metadata.httpStatusCode).toBe(403);
    const first = await s3.send(new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'x' }));
    fake.before('PutObject', () => {
      fake.putObject('trust', 'k', 'sneaked in');
    });
    const conflict = await s3Error(
      s3.send(new PutObjectCommand({ Bucket: 'trust', Key: 'k', Body: 'y', IfMatch: first.ETag })),
    );
    expect(conflict.name).toBe('PreconditionFailed');
    expect(fake.requestsFor('PutObject').map((r) => [r.status, r.errorCode])).toEqual([
      [403, 'AccessDenied'],
      [200, undefined],
      [412, 'PreconditionFailed'],
    ]);
  });

  it('refuses a request signed with the wrong secret, region or service', async () => {
    const wrongSecret = client({ credentials: { ...TEST_CREDENTIALS, secretAccessKey: 'other' } });
    expect((await s3Error(wrongSecret.send(new GetBucketVersioningCommand({ Bucket: 'trust' })))).name).toBe(
      'SignatureDoesNotMatch',
    );
    const wrongKey = client({ credentials: { ...TEST_CREDENTIALS, accessKeyId: 'AKIAUNKNOWN' } });
    expect((await s3Error(wrongKey.send(new GetBucketVersioningCommand({ Bucket: 'trust' })))).name).toBe(
      'InvalidAccessKeyId',
    );
    const wrongRegion = client({ region: 'us-east-1' });
    const error = await s3Error(wrongRegion.send(new GetBucketVersioningCommand({ Bucket: 'trust' })));
    expect(error.name).toBe('AuthorizationHeaderMalformed');
    expect(error.message).toContain("expecting 'eu-west-1'");
    for (const c of [wrongSecret, wrongKey, wrongRegion]) c.destroy();
  });
});
