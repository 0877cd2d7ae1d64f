import { createHash } from 'node:crypto';
import {
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { DEPLOYED_TAG, encryptionFrom, TruststoreObjectStore } from '../../src/aws/truststore-object.js';
import { parseTruststoreUri } from '../../src/plan/diff.js';
import { body, s3Error } from './support.js';

const s3 = mockClient(S3Client);
const location = parseTruststoreUri('s3://truststores/api/truststore.pem');
const store = () => new TruststoreObjectStore(new S3Client({ region: 'eu-west-1' }), location);
const pem = new TextEncoder().encode('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');

afterEach(() => s3.reset());

describe('bucket versioning', () => {
  it('accepts a bucket with versioning Enabled', async () => {
    s3.on(GetBucketVersioningCommand, { Bucket: 'truststores' }).resolves({ Status: 'Enabled' });
    await expect(store().assertVersioningEnabled()).resolves.toBeUndefined();
  });

  it('refuses a bucket with versioning Suspended and says how to enable it', async () => {
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Suspended' });
    await expect(store().assertVersioningEnabled()).rejects.toThrow(
      'bucket truststores has versioning status Suspended: enable versioning so the domains can pin a truststore version (aws s3api put-bucket-versioning --bucket truststores --versioning-configuration Status=Enabled)',
    );
  });

  it('refuses a bucket whose versioning was never enabled', async () => {
    s3.on(GetBucketVersioningCommand).resolves({});
    await expect(store().assertVersioningEnabled()).rejects.toThrow(
      /has versioning never been enabled: enable versioning/,
    );
  });

  it('names the bucket and the inputs to check when the bucket does not exist', async () => {
    s3.on(GetBucketVersioningCommand).rejects(
      s3Error('NoSuchBucket', 404, 'The specified bucket does not exist'),
    );
    await expect(store().assertVersioningEnabled()).rejects.toThrow(
      /bucket truststores does not exist: check truststore-uri \(s3:\/\/truststores\/api\/truststore.pem\) and aws-region/,
    );
  });

  it('names s3:GetBucketVersioning on the bucket ARN when access is denied', async () => {
    s3.on(GetBucketVersioningCommand).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    await expect(store().assertVersioningEnabled()).rejects.toThrow(
      /access denied: s3:GetBucketVersioning on arn:aws:s3:::truststores is needed/,
    );
  });

  it('tells the user to set aws-region when the bucket is elsewhere', async () => {
    s3.on(GetBucketVersioningCommand).rejects(
      s3Error('PermanentRedirect', 301, 'The bucket is in this region: us-east-1'),
    );
    await expect(store().assertVersioningEnabled()).rejects.toThrow(/set aws-region to the bucket's region/);
  });
});

describe('reading the live object', () => {
  it('returns the bytes, ETag and version id, asking S3 to validate the checksum', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(pem), VersionId: 'v7', ETag: '"abc"' });
    expect(await store().readLatest()).toEqual({ bytes: pem, versionId: 'v7', etag: '"abc"' });
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'truststores',
      Key: 'api/truststore.pem',
      ChecksumMode: 'ENABLED',
    });
  });

  it('treats a missing object as a first deployment', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('NoSuchKey', 404, 'The specified key does not exist.'));
    expect(await store().readLatest()).toBeUndefined();
  });

  it('explains that a missing object reads as AccessDenied without s3:ListBucket', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const error = await store()
      .readLatest()
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /s3:GetObject on arn:aws:s3:::truststores\/api\/truststore.pem is needed to read the live truststore/,
    );
    expect((error as Error).message).toMatch(/also allow s3:ListBucket on arn:aws:s3:::truststores/);
  });

  it('mentions the KMS key when the denial comes from KMS', async () => {
    s3.on(GetObjectCommand).rejects(
      s3Error('AccessDenied', 403, 'User is not authorized to perform kms:Decrypt'),
    );
    await expect(store().readLatest()).rejects.toThrow(/allow kms:Decrypt \(reads\) and kms:GenerateDataKey/);
  });

  it('reads a given version with s3:GetObjectVersion, and reports a deleted one as absent', async () => {
    s3.on(GetObjectCommand, { VersionId: 'v1' }).resolves({ Body: body(pem), VersionId: 'v1', ETag: '"e1"' });
    s3.on(GetObjectCommand, { VersionId: 'gone' }).rejects(s3Error('NoSuchVersion', 404));
    s3.on(GetObjectCommand, { VersionId: 'denied' }).rejects(s3Error('AccessDenied', 403));
    expect((await store().readVersion('v1'))?.versionId).toBe('v1');
    expect(await store().readVersion('gone')).toBeUndefined();
    await expect(store().readVersion('denied')).rejects.toThrow(
      /s3:GetObjectVersion on arn:aws:s3:::truststores\/api/,
    );
  });

  it('says the credentials expired and which step to re-run', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('ExpiredToken', 400, 'The provided token has expired.'));
    await expect(store().readLatest()).rejects.toThrow(
      /the AWS credentials have expired \(ExpiredToken\): run aws-actions\/configure-aws-credentials/,
    );
  });

  it('says no credentials were found when the default chain is empty', async () => {
    const missing = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    s3.on(GetObjectCommand).rejects(missing);
    await expect(store().readLatest()).rejects.toThrow(
      /no AWS credentials were found: add aws-actions\/configure-aws-credentials/,
    );
  });

  it('reports a 5xx that survived the SDK retries as an AWS-side problem to re-run', async () => {
    s3.on(GetObjectCommand).rejects(s3Error('InternalError', 500, 'We encountered an internal error.'));
    await expect(store().readLatest()).rejects.toThrow(
      /S3 failed to read the live truststore \(InternalError, HTTP 500\) after 3 attempts: an AWS-side problem; re-run/,
    );
  });
});

describe('writing a new version', () => {
  it('writes only over the ETag the plan read, with a SHA-256 checksum and the PEM content type', async () => {
    s3.on(PutObjectCommand).resolves({ VersionId: 'v2', ETag: '"new"' });
    expect(await store().write(pem, { ifMatch: '"abc"' })).toEqual({ versionId: 'v2', etag: '"new"' });
    const input = s3.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(input).toEqual({
      Bucket: 'truststores',
      Key: 'api/truststore.pem',
      Body: pem,
      ContentType: 'application/x-pem-file',
      ChecksumAlgorithm: 'SHA256',
      ChecksumSHA256: createHash('sha256').update(pem).digest('base64'),
      IfMatch: '"abc"',
    });
  });

  it('writes the first version only if no object exists yet', async () => {
    s3.on(PutObjectCommand).resolves({ VersionId: 'v1' });
    await store().write(pem, {});
    const input = s3.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(input?.IfNoneMatch).toBe('*');
    expect(input?.IfMatch).toBeUndefined();
  });

  it('passes server-side encryption settings through', async () => {
    s3.on(PutObjectCommand).resolves({ VersionId: 'v1' });
    await store().write(pem, { encryption: { algorithm: 'aws:kms', kmsKeyId: 'alias/truststores' } });
    expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'alias/truststores',
    });
  });

  it('refuses to overwrite a concurrent writer: 412 means re-run the plan', async () => {
    s3.on(PutObjectCommand).rejects(
      s3Error('PreconditionFailed', 412, 'At least one of the pre-conditions you specified did not hold'),
    );
    await expect(store().write(pem, { ifMatch: '"abc"' })).rejects.toThrow(
      /the live truststore changed since this plan \(PreconditionFailed on s3:\/\/truststores\/api\/truststore.pem\).*re-run/,
    );
  });

  it('treats a conditional-write conflict (409) the same way', async () => {
    s3.on(PutObjectCommand).rejects(s3Error('ConditionalRequestConflict', 409));
    await expect(store().write(pem, {})).rejects.toThrow(/the live truststore changed since this plan/);
  });

  it('names s3:PutObject on the object ARN when the upload is denied', async () => {
    s3.on(PutObjectCommand).rejects(s3Error('AccessDenied', 403));
    await expect(store().write(pem, {})).rejects.toThrow(
      /access denied: s3:PutObject on arn:aws:s3:::truststores\/api\/truststore.pem is needed to upload the new truststore/,
    );
  });

  it('fails when S3 stored no version (versioning switched off after the plan)', async () => {
    s3.on(PutObjectCommand).resolves({ ETag: '"x"' });
    await expect(store().write(pem, {})).rejects.toThrow(
      /without a version id: versioning is not enabled on bucket truststores/,
    );
  });
});

describe('server-side encryption inputs', () => {
  it('keeps the bucket default when empty', () => {
    expect(encryptionFrom(undefined, undefined)).toBeUndefined();
  });
  it.each([['AES256'], ['aws:kms'], ['aws:kms:dsse']])('accepts %s', (algorithm) => {
    expect(encryptionFrom(algorithm, undefined)).toEqual({ algorithm });
  });
  it.each([
    ['aes', undefined, /server-side-encryption is "aes": set it to one of AES256, aws:kms, aws:kms:dsse/],
    [undefined, 'alias/x', /sse-kms-key-id is set but server-side-encryption is empty/],
    ['AES256', 'alias/x', /sse-kms-key-id is set but server-side-encryption is AES256/],
  ])('rejects server-side-encryption=%s sse-kms-key-id=%s', (algorithm, key, message) => {
    expect(() => encryptionFrom(algorithm, key)).toThrow(message);
  });
});

describe('the versions and the deploy record', () => {
  it('lists the versions of this key newest first across pages, leaving out other keys and delete markers', async () => {
    const key = 'api/truststore.pem';
    s3.on(ListObjectVersionsCommand, { Prefix: key, KeyMarker: undefined })
      .resolves({
        IsTruncated: true,
        NextKeyMarker: key,
        NextVersionIdMarker: 'v2',
        Versions: [
          { Key: key, VersionId: 'v3', LastModified: new Date('2030-01-03T00:00:00Z') },
          { Key: key, VersionId: 'v2', LastModified: new Date('2030-01-02T00:00:00Z') },
        ],
        DeleteMarkers: [{ Key: key, VersionId: 'dm' }],
      })
      .on(ListObjectVersionsCommand, { Prefix: key, KeyMarker: key, VersionIdMarker: 'v2' })
      .resolves({
        IsTruncated: true,
        Versions: [
          { Key: key, VersionId: 'v1', LastModified: new Date('2030-01-01T00:00:00Z') },
          { Key: `${key}.bak`, VersionId: 'other' },
        ],
      });
    await expect(store().listVersions()).resolves.toEqual([
      { versionId: 'v3', lastModified: '2030-01-03T00:00:00.000Z' },
      { versionId: 'v2', lastModified: '2030-01-02T00:00:00.000Z' },
      { versionId: 'v1', lastModified: '2030-01-01T00:00:00.000Z' },
    ]);
    // The second page reached a later key: no third request.
    expect(s3.commandCalls(ListObjectVersionsCommand)).toHaveLength(2);
  });

  it('names s3:ListBucketVersions on the bucket when listing is denied', async () => {
    s3.on(ListObjectVersionsCommand).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    await expect(store().listVersions()).rejects.toThrow(
      /s3:ListBucketVersions on arn:aws:s3:::truststores\b/,
    );
  });

  it('counts the deployed tag only when it names its own version; a gone version is not deployed', async () => {
    const tagged = (value: string) => ({ TagSet: [{ Key: DEPLOYED_TAG, Value: value }] });
    s3.on(GetObjectTaggingCommand, { VersionId: 'v2' })
      .resolves(tagged('2030-01-02T10:00:00.000Z v2'))
      .on(GetObjectTaggingCommand, { VersionId: 'copy' })
      .resolves(tagged('2030-01-02T10:00:00.000Z v2'))
      .on(GetObjectTaggingCommand, { VersionId: 'gone' })
      .rejects(s3Error('NoSuchVersion', 404));
    await expect(store().deployedAt('v2')).resolves.toBe('2030-01-02T10:00:00.000Z');
    await expect(store().deployedAt('copy')).resolves.toBeUndefined();
    await expect(store().deployedAt('gone')).resolves.toBeUndefined();
  });

  it('records a deploy by merging its tag into the tags of the version, and returns a warning instead of throwing', async () => {
    s3.on(GetObjectTaggingCommand).resolves({
      TagSet: [
        { Key: 'retention', Value: 'long' },
        { Key: DEPLOYED_TAG, Value: 'older v2' },
      ],
    });
    s3.on(PutObjectTaggingCommand).resolves({});
    await expect(store().markDeployed('v2', new Date('2030-01-02T10:00:00Z'))).resolves.toBeUndefined();
    expect(s3.commandCalls(PutObjectTaggingCommand)[0]?.args[0].input).toEqual({
      Bucket: 'truststores',
      Key: 'api/truststore.pem',
      VersionId: 'v2',
      Tagging: {
        TagSet: [
          { Key: 'retention', Value: 'long' },
          { Key: DEPLOYED_TAG, Value: '2030-01-02T10:00:00.000Z v2' },
        ],
      },
    });
    s3.on(GetObjectTaggingCommand).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    await expect(store().markDeployed('v2', new Date())).resolves.toMatch(
      /could not be recorded as deployed .*s3:GetObjectVersionTagging on arn:aws:s3:::truststores\/api\/truststore\.pem/,
    );
  });
});
