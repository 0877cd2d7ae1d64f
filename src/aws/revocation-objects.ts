/**
 * Revocation lists as S3 objects: each CRL is uploaded PEM-encoded under a key of its own, named
 * by the SHA-256 of its DER beside the truststore object (`<key>.crl/<sha256>.pem`), never over the
 * truststore object. A trust store loads it by bucket, key and explicit object version.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { TruststoreLocation } from '../plan/model.js';
import { AwsError, translateS3Error } from './errors.js';
import { type Encryption, sha256Base64 } from './truststore-object.js';

/** Where the revocation list with this DER SHA-256 lives, beside the truststore object. */
export function revocationKey(location: TruststoreLocation, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return `${location.key}.crl/${sha256}.pem`;
}

/** Uploads one CRL (PEM) under its own key; returns the version a trust store is pointed at. */
export async function writeRevocationList(
  client: S3Client,
  location: TruststoreLocation,
  list: { sha256: string; pem: string },
  encryption?: Encryption,
): Promise<{ bucket: string; key: string; versionId: string }> {
  const key = revocationKey(location, list.sha256);
  const bytes = new TextEncoder().encode(list.pem);
  let out: { VersionId?: string };
  try {
    out = await client.send(
      new PutObjectCommand({
        Bucket: location.bucket,
        Key: key,
        Body: bytes,
        ContentType: 'application/pkix-crl',
        ChecksumAlgorithm: 'SHA256',
        ChecksumSHA256: sha256Base64(bytes),
        ...(encryption ? { ServerSideEncryption: encryption.algorithm } : {}),
        ...(encryption?.kmsKeyId !== undefined ? { SSEKMSKeyId: encryption.kmsKeyId } : {}),
      }),
    );
  } catch (error) {
    throw translateS3Error(error, {
      action: 's3:PutObject',
      resource: `arn:aws:s3:::${location.bucket}/${location.key}.crl/*`,
      bucket: location.bucket,
      uri: `s3://${location.bucket}/${key}`,
      doing: 'upload a revocation list',
    });
  }
  if (out.VersionId === undefined || out.VersionId === 'null') {
    throw new AwsError(
      `S3 stored s3://${location.bucket}/${key} without a version id: versioning is not enabled on bucket ${location.bucket}; enable it and re-run`,
      'VersioningNotEnabled',
    );
  }
  return { bucket: location.bucket, key, versionId: out.VersionId };
}
