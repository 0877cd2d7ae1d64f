/**
 * The live truststore: one object in a versioned S3 bucket. Domains pin an object version, so
 * every write must create a new version and nothing may overwrite a version someone else wrote.
 */
import { createHash } from 'node:crypto';
import {
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  ListObjectVersionsCommand,
  type ListObjectVersionsCommandOutput,
  PutObjectCommand,
  type PutObjectCommandInput,
  PutObjectTaggingCommand,
  type S3Client,
  type ServerSideEncryption,
  type Tag,
} from '@aws-sdk/client-s3';
import type { Provenance, TruststoreLocation } from '../plan/model.js';
import { AwsError, errorCode, httpStatus, type S3Call, translateS3Error } from './errors.js';

export interface TruststoreObject {
  versionId?: string;
  /** As S3 returns it, quotes included: what `IfMatch` expects back. */
  etag?: string;
  bytes: Uint8Array;
  /** Where the version came from, as this action records it on every upload (S3 user metadata). */
  provenance?: Provenance;
}

/**
 * The provenance in S3 user metadata: `x-amz-meta-commit` and `x-amz-meta-pull-request`, written on
 * upload and read back on every plan, deploy and audit (the SDK gives the names without
 * `x-amz-meta-`, lowercased). https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html
 */
export function provenanceOf(metadata: Record<string, string> | undefined): Provenance | undefined {
  if (!metadata) return undefined;
  const commit = metadata.commit?.trim().toLowerCase();
  const pr = metadata['pull-request']?.trim();
  const out: Provenance = {
    ...(commit && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) ? { commit } : {}),
    ...(pr && /^[1-9][0-9]{0,9}$/.test(pr) ? { pullRequest: Number(pr) } : {}),
  };
  return out.commit !== undefined || out.pullRequest !== undefined ? out : undefined;
}

function metadataOf(provenance: Provenance | undefined): Record<string, string> | undefined {
  if (!provenance) return undefined;
  const out: Record<string, string> = {
    ...(provenance.commit ? { commit: provenance.commit } : {}),
    ...(provenance.pullRequest !== undefined ? { 'pull-request': String(provenance.pullRequest) } : {}),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The tag deploy writes on a version once every target was rolled to it and none was rolled back:
 * `<ISO time> <version id>`. It names its own version, so a copy of the version (CopyObject copies
 * tags and metadata alike) does not count as deployed. The audit reads it (pin-reverted).
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html
 */
export const DEPLOYED_TAG = 'mtls-truststore-deployed';

/** One version of the key as ListObjectVersions lists it. */
export interface ListedVersion {
  versionId: string;
  /** ISO 8601. */
  lastModified?: string;
}

/** ListObjectVersions pages read at most (1,000 versions each). */
const MAX_VERSION_PAGES = 20;

export interface Encryption {
  algorithm: ServerSideEncryption;
  kmsKeyId?: string;
}

// https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (x-amz-server-side-encryption)
const SSE_ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const;

/** Reads the `server-side-encryption` / `sse-kms-key-id` inputs; undefined keeps the bucket default. */
export function encryptionFrom(
  algorithm: string | undefined,
  kmsKeyId: string | undefined,
): Encryption | undefined {
  if (algorithm === undefined) {
    if (kmsKeyId !== undefined) {
      throw new AwsError(
        'input sse-kms-key-id is set but server-side-encryption is empty: set server-side-encryption to aws:kms (or aws:kms:dsse)',
        'InvalidInput',
      );
    }
    return undefined;
  }
  if (!(SSE_ALGORITHMS as readonly string[]).includes(algorithm)) {
    throw new AwsError(
      `input server-side-encryption is "${algorithm}": set it to one of ${SSE_ALGORITHMS.join(', ')}, or leave it empty for the bucket default`,
      'InvalidInput',
    );
  }
  if (kmsKeyId !== undefined && algorithm === 'AES256') {
    throw new AwsError(
      'input sse-kms-key-id is set but server-side-encryption is AES256: set server-side-encryption to aws:kms, or remove sse-kms-key-id',
      'InvalidInput',
    );
  }
  return { algorithm: algorithm as ServerSideEncryption, ...(kmsKeyId !== undefined ? { kmsKeyId } : {}) };
}

export function sha256Base64(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

export class TruststoreObjectStore {
  constructor(
    private readonly client: S3Client,
    readonly location: TruststoreLocation,
  ) {}

  private call(action: string, doing: string, onBucket = false): S3Call {
    const { bucket, key, uri } = this.location;
    return {
      action,
      doing,
      bucket,
      uri,
      resource: onBucket ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`,
    };
  }

  /** Fails unless versioning is Enabled: a domain can only pin a version of a versioned object. */
  async assertVersioningEnabled(): Promise<void> {
    const { bucket } = this.location;
    let status: string | undefined;
    try {
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html (no Status: never enabled)
      status = (await this.client.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status;
    } catch (error) {
      throw translateS3Error(
        error,
        this.call('s3:GetBucketVersioning', 'check that the bucket is versioned', true),
      );
    }
    if (status === 'Enabled') return;
    const state = status === undefined ? 'never been enabled' : `status ${status}`;
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (truststoreVersion needs versioning)
    throw new AwsError(
      `bucket ${bucket} has versioning ${state}: enable versioning so the domains can pin a truststore version (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled)`,
      'VersioningNotEnabled',
    );
  }

  /** The newest version; undefined when there is none (first deployment, or a delete marker on top). */
  async readLatest(): Promise<TruststoreObject | undefined> {
    try {
      return await this.get(undefined);
    } catch (error) {
      if (errorCode(error) === 'NoSuchKey') return undefined;
      const translated = translateS3Error(error, this.call('s3:GetObject', 'read the live truststore'));
      if (translated.code === 'AccessDenied') {
        // Without s3:ListBucket, S3 answers 403 instead of 404 for a key that does not exist.
        // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html#API_GetObject_RequestSyntax
        translated.message += ` If this is the first deployment (no object yet), also allow s3:ListBucket on arn:aws:s3:::${this.location.bucket} so S3 reports the object as missing instead of denied.`;
      }
      throw translated;
    }
  }

  /** One version; undefined when it no longer exists (deleted, or a delete marker). */
  async readVersion(versionId: string): Promise<TruststoreObject | undefined> {
    try {
      return await this.get(versionId);
    } catch (error) {
      const code = errorCode(error);
      // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (NoSuchVersion; 405 for a delete marker)
      if (code === 'NoSuchVersion' || code === 'NoSuchKey' || httpStatus(error) === 405) return undefined;
      if (code === 'InvalidArgument') return undefined;
      throw translateS3Error(
        error,
        this.call('s3:GetObjectVersion', `read version ${versionId} of the truststore`),
      );
    }
  }

  private async get(versionId: string | undefined): Promise<TruststoreObject> {
    const out = await this.client.send(
      new GetObjectCommand({
        Bucket: this.location.bucket,
        Key: this.location.key,
        ...(versionId !== undefined ? { VersionId: versionId } : {}),
        // The SDK validates the stored checksum against the bytes it receives, when there is one.
        ChecksumMode: 'ENABLED',
      }),
    );
    const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    const provenance = provenanceOf(out.Metadata);
    return {
      bytes,
      ...(provenance ? { provenance } : {}),
      ...(out.VersionId !== undefined ? { versionId: out.VersionId } : {}),
      ...(out.ETag !== undefined ? { etag: out.ETag } : {}),
    };
  }

  /**
   * Writes a new version only if the object is still the one the plan read (`ifMatch`), or does not
   * exist yet (no `ifMatch`): a concurrent writer is never overwritten.
   */
  async write(
    bytes: Uint8Array,
    options: { ifMatch?: string; encryption?: Encryption; provenance?: Provenance },
  ): Promise<{ versionId: string; etag?: string }> {
    const { bucket, key } = this.location;
    const input: PutObjectCommandInput = {
      Bucket: bucket,
      Key: key,
      Body: bytes,
      ContentType: 'application/x-pem-file',
      // S3 rejects the upload when the bytes it got do not hash to this value.
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html
      ChecksumAlgorithm: 'SHA256',
      ChecksumSHA256: sha256Base64(bytes),
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
      ...(options.ifMatch !== undefined ? { IfMatch: options.ifMatch } : { IfNoneMatch: '*' }),
      ...(options.encryption ? { ServerSideEncryption: options.encryption.algorithm } : {}),
      ...(options.encryption?.kmsKeyId !== undefined ? { SSEKMSKeyId: options.encryption.kmsKeyId } : {}),
      ...(metadataOf(options.provenance) ? { Metadata: metadataOf(options.provenance) } : {}),
    };
    let out: { VersionId?: string; ETag?: string };
    try {
      out = await this.client.send(new PutObjectCommand(input));
    } catch (error) {
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html (If-Match on a missing object: 404 NoSuchKey)
      if (options.ifMatch !== undefined && errorCode(error) === 'NoSuchKey') {
        throw new AwsError(
          `${this.location.uri} was deleted since the plan (its latest version is gone or a delete marker): nothing was written; re-run the job so that it plans against the bucket as it is now`,
          'ObjectDeleted',
          httpStatus(error),
        );
      }
      throw translateS3Error(error, this.call('s3:PutObject', 'upload the new truststore'));
    }
    if (out.VersionId === undefined || out.VersionId === 'null') {
      throw new AwsError(
        `S3 stored ${this.location.uri} without a version id: versioning is not enabled on bucket ${bucket}; enable it (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled) and re-run`,
        'VersioningNotEnabled',
      );
    }
    return { versionId: out.VersionId, ...(out.ETag !== undefined ? { etag: out.ETag } : {}) };
  }

  /** This key's versions, newest first as S3 lists them; delete markers are left out. */
  async listVersions(): Promise<ListedVersion[]> {
    const { bucket, key } = this.location;
    const out: ListedVersion[] = [];
    let marker: { KeyMarker?: string; VersionIdMarker?: string } = {};
    for (let page = 0; page < MAX_VERSION_PAGES; page++) {
      let listed: ListObjectVersionsCommandOutput;
      try {
        // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html (s3:ListBucketVersions)
        listed = await this.client.send(
          new ListObjectVersionsCommand({ Bucket: bucket, Prefix: key, ...marker }),
        );
      } catch (error) {
        throw translateS3Error(
          error,
          this.call('s3:ListBucketVersions', 'list the versions of the truststore', true),
        );
      }
      for (const v of listed.Versions ?? []) {
        if (v.Key !== key || !v.VersionId) continue;
        out.push({
          versionId: v.VersionId,
          ...(v.LastModified ? { lastModified: v.LastModified.toISOString() } : {}),
        });
      }
      // Keys come in order: a page that reached a later key holds all of this key's versions.
      const past = (listed.Versions ?? []).some((v) => (v.Key ?? '') > key);
      if (!listed.IsTruncated || past) break;
      marker = { KeyMarker: listed.NextKeyMarker, VersionIdMarker: listed.NextVersionIdMarker };
    }
    return out;
  }

  /** When deploy recorded `versionId` as deployed (DEPLOYED_TAG); undefined when it did not, or the version is gone. */
  async deployedAt(versionId: string): Promise<string | undefined> {
    let tags: Tag[];
    try {
      tags = await this.tagSet(versionId);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'NoSuchVersion' || code === 'NoSuchKey' || httpStatus(error) === 405) return undefined;
      throw translateS3Error(
        error,
        this.call('s3:GetObjectVersionTagging', `read the tags of version ${versionId}`),
      );
    }
    const value = tags.find((t) => t.Key === DEPLOYED_TAG)?.Value?.trim() ?? '';
    const space = value.indexOf(' ');
    // Only a tag that names this very version: a copy of a deployed version carries the original's.
    return space > 0 && value.slice(space + 1) === versionId ? value.slice(0, space) : undefined;
  }

  /**
   * Records that every target was rolled to `versionId` and stayed there: DEPLOYED_TAG, merged with
   * the version's other tags (a lifecycle rule may filter on them). Never throws: the deploy is done
   * by then, so a failure is the warning it returns, naming the permission to add.
   */
  async markDeployed(versionId: string, at: Date): Promise<string | undefined> {
    const { bucket, key } = this.location;
    let step = this.call('s3:GetObjectVersionTagging', `read the tags of version ${versionId}`);
    try {
      const kept = (await this.tagSet(versionId)).filter((t) => t.Key !== DEPLOYED_TAG);
      step = this.call('s3:PutObjectVersionTagging', `tag version ${versionId} as deployed`);
      const TagSet = [...kept, { Key: DEPLOYED_TAG, Value: `${at.toISOString()} ${versionId}` }];
      await this.client.send(
        new PutObjectTaggingCommand({ Bucket: bucket, Key: key, VersionId: versionId, Tagging: { TagSet } }),
      );
      return undefined;
    } catch (error) {
      return `version ${versionId} is deployed, but it could not be recorded as deployed (tag ${DEPLOYED_TAG}), so the audit cannot tell a pin put back later (pin-reverted): ${translateS3Error(error, step).message}`;
    }
  }

  private async tagSet(versionId: string): Promise<Tag[]> {
    const { bucket, key } = this.location;
    // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html (s3:GetObjectVersionTagging)
    const out = await this.client.send(
      new GetObjectTaggingCommand({ Bucket: bucket, Key: key, VersionId: versionId }),
    );
    return out?.TagSet ?? [];
  }
}
