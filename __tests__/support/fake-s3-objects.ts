/**
 * The object half of the fake S3: what GetObject/HeadObject answer and what PutObject accepts
 * (aws-chunked decoding, checksum and Content-MD5 verification, If-Match / If-None-Match, SSE).
 * The server and its state live in fake-s3.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { flatHeaders, type RawRequest } from './fake-aws-http.js';
import type { FakeLifecycleRule, FakeTag } from './fake-s3-bucket-config.js';
import {
  CHECKSUM_ALGORITHMS,
  type ChecksumAlgorithm,
  ChunkedBodyError,
  checksum,
  decodeAwsChunked,
  S3_XMLNS,
  xmlDocument,
  xmlEscape,
} from './fake-s3-wire.js';

export type VersioningStatus = 'Enabled' | 'Suspended' | undefined;

export interface S3ObjectVersion {
  /** `null` (the string) in a bucket whose versioning was never enabled or is suspended. */
  versionId: string;
  deleteMarker: boolean;
  body: Buffer;
  /** Quoted, as S3 returns it: `"<md5 hex>"`. */
  etag: string;
  contentType: string;
  lastModified: Date;
  serverSideEncryption: string;
  kmsKeyId?: string;
  /** Full-object checksums stored with the version (S3 adds CRC64NVME when the client sent none). */
  checksums: Partial<Record<ChecksumAlgorithm, string>>;
  metadata: Record<string, string>;
  /** Object tags (GetObjectTagging), per version. */
  tags?: FakeTag[];
}

export interface FakeBucket {
  name: string;
  versioning: VersioningStatus;
  /** Versions per key, oldest first. */
  objects: Map<string, S3ObjectVersion[]>;
  /** The lifecycle configuration; undefined when the bucket has none. */
  lifecycle?: FakeLifecycleRule[];
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
  errorCode?: string;
}

export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

const SSE_ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];

/** A version about to be stored; the bucket gives it an id and a time. */
export type NewVersion = Omit<S3ObjectVersion, 'versionId' | 'lastModified'>;

/** The current version, or undefined when there is none or the newest is a delete marker. */
export function latestOf(bucket: FakeBucket, key: string): S3ObjectVersion | undefined {
  const newest = bucket.objects.get(key)?.at(-1);
  return newest?.deleteMarker ? undefined : newest;
}

export function readObject(
  op: 'GetObject' | 'HeadObject',
  bucket: FakeBucket,
  key: string,
  raw: RawRequest,
  query: Record<string, string>,
): Reply {
  const list = bucket.objects.get(key) ?? [];
  let version: S3ObjectVersion | undefined;
  if (query.versionId !== undefined) {
    if (query.versionId !== 'null' && bucket.versioning === undefined) {
      throw new S3Error(400, 'InvalidArgument', 'Invalid version id specified', {
        ArgumentName: 'versionId',
        ArgumentValue: query.versionId,
      });
    }
    version = list.find((v) => v.versionId === query.versionId);
    if (!version) {
      throw new S3Error(404, 'NoSuchVersion', 'The specified version does not exist.', {
        Key: key,
        VersionId: query.versionId,
      });
    }
    if (version.deleteMarker) {
      return { status: 405, headers: { 'x-amz-delete-marker': 'true' }, errorCode: 'MethodNotAllowed' };
    }
  } else {
    version = list.at(-1);
    if (!version || version.deleteMarker) {
      throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
    }
  }
  const ifMatch = header(raw, 'if-match');
  if (ifMatch !== undefined && !etagMatches(ifMatch, version.etag)) {
    throw new S3Error(
      412,
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      {
        Condition: 'If-Match',
      },
    );
  }
  const ifNoneMatch = header(raw, 'if-none-match');
  if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, version.etag)) {
    return { status: 304, headers: { etag: version.etag }, errorCode: 'NotModified' };
  }
  const headers: Record<string, string> = {
    etag: version.etag,
    'last-modified': version.lastModified.toUTCString(),
    'content-type': version.contentType,
    'content-length': String(version.body.length),
    'accept-ranges': 'bytes',
    ...objectHeaders(bucket, version),
  };
  if (header(raw, 'x-amz-checksum-mode') === 'ENABLED') {
    for (const [algorithm, value] of Object.entries(version.checksums))
      headers[`x-amz-checksum-${algorithm}`] = value;
    headers['x-amz-checksum-type'] = 'FULL_OBJECT';
  }
  return { status: 200, headers, body: op === 'GetObject' ? version.body : undefined };
}

export function writeObject(
  bucket: FakeBucket,
  key: string,
  raw: RawRequest,
  region: string,
  store: (version: NewVersion) => S3ObjectVersion,
): Reply {
  const { data, trailers } = decodeBody(raw);
  const declared: Partial<Record<ChecksumAlgorithm, string>> = {};
  for (const algorithm of CHECKSUM_ALGORITHMS) {
    const value = header(raw, `x-amz-checksum-${algorithm}`) ?? trailers[`x-amz-checksum-${algorithm}`];
    if (value !== undefined) declared[algorithm] = value;
  }
  const algorithms = Object.keys(declared) as ChecksumAlgorithm[];
  if (algorithms.length > 1) {
    throw new S3Error(
      400,
      'InvalidRequest',
      'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.',
    );
  }
  const sdkAlgorithm = header(raw, 'x-amz-sdk-checksum-algorithm')?.toLowerCase();
  if (sdkAlgorithm && declared[sdkAlgorithm as ChecksumAlgorithm] === undefined) {
    throw new S3Error(
      400,
      'InvalidRequest',
      'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.',
    );
  }
  for (const algorithm of algorithms) {
    if (declared[algorithm] !== checksum(algorithm, data)) {
      throw new S3Error(
        400,
        'BadDigest',
        `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`,
      );
    }
  }
  const contentMd5 = header(raw, 'content-md5');
  if (contentMd5 !== undefined && contentMd5 !== createHash('md5').update(data).digest('base64')) {
    throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  }

  const current = latestOf(bucket, key);
  const ifNoneMatch = header(raw, 'if-none-match');
  if (ifNoneMatch !== undefined && ifNoneMatch !== '*') {
    throw new S3Error(
      501,
      'NotImplemented',
      'A header you provided implies functionality that is not implemented',
      {
        Header: 'If-None-Match',
      },
    );
  }
  if (ifNoneMatch === '*' && current) {
    throw new S3Error(
      412,
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      {
        Condition: 'If-None-Match',
      },
    );
  }
  const ifMatch = header(raw, 'if-match');
  if (ifMatch !== undefined) {
    if (!current) throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
    if (!etagMatches(ifMatch, current.etag)) {
      throw new S3Error(
        412,
        'PreconditionFailed',
        'At least one of the pre-conditions you specified did not hold',
        {
          Condition: 'If-Match',
        },
      );
    }
  }

  const sse = header(raw, 'x-amz-server-side-encryption');
  const kmsKeyId = header(raw, 'x-amz-server-side-encryption-aws-kms-key-id');
  if (sse !== undefined && !SSE_ALGORITHMS.includes(sse)) {
    throw new S3Error(400, 'InvalidArgument', `The encryption method specified is not supported`, {
      ArgumentName: 'x-amz-server-side-encryption',
      ArgumentValue: sse,
    });
  }
  if (kmsKeyId !== undefined && !sse?.startsWith('aws:kms')) {
    throw new S3Error(
      400,
      'InvalidArgument',
      'Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
    );
  }
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(flatHeaders(raw.headers))) {
    if (name.startsWith('x-amz-meta-')) metadata[name] = value;
  }
  const stored = store({
    deleteMarker: false,
    body: data,
    etag: `"${createHash('md5').update(data).digest('hex')}"`,
    contentType: header(raw, 'content-type') ?? 'binary/octet-stream',
    serverSideEncryption: sse ?? 'AES256',
    kmsKeyId: sse?.startsWith('aws:kms')
      ? (kmsKeyId ?? `arn:aws:kms:${region}:123456789012:key/0e7c9a38-aws-s3-default-key`)
      : undefined,
    checksums: algorithms.length > 0 ? declared : { crc64nvme: checksum('crc64nvme', data) },
    metadata,
  });
  const headers: Record<string, string> = { etag: stored.etag, ...objectHeaders(bucket, stored) };
  for (const algorithm of algorithms) headers[`x-amz-checksum-${algorithm}`] = declared[algorithm] as string;
  if (algorithms.length > 0) headers['x-amz-checksum-type'] = 'FULL_OBJECT';
  return { status: 200, headers };
}

export function header(raw: RawRequest, name: string): string | undefined {
  const value = raw.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function etagMatches(condition: string, etag: string): boolean {
  if (condition.trim() === '*') return true;
  const bare = (value: string) => value.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return condition.split(',').some((candidate) => bare(candidate) === bare(etag));
}

/**
 * Real version ids are 32 characters from the base64 alphabet and may hold `+` and `/`
 * (the S3 versioning guide shows `3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nrjfkd`). Every id
 * here holds both, so every test that passes a versionId through a query string checks its encoding.
 */
export function newVersionId(): string {
  const id = randomBytes(24).toString('base64').split('');
  id[7] = '+';
  id[19] = '/';
  return id.join('');
}

function decodeBody(raw: RawRequest): { data: Buffer; trailers: Record<string, string> } {
  const encoding = header(raw, 'content-encoding') ?? '';
  if (!encoding.split(',').some((e) => e.trim() === 'aws-chunked')) {
    if (header(raw, 'x-amz-content-sha256')?.startsWith('STREAMING-')) {
      throw new S3Error(400, 'InvalidRequest', 'a STREAMING payload needs Content-Encoding: aws-chunked');
    }
    return { data: raw.body, trailers: {} };
  }
  let decoded: { data: Buffer; trailers: Record<string, string> };
  try {
    decoded = decodeAwsChunked(raw.body);
  } catch (error) {
    if (error instanceof ChunkedBodyError) throw new S3Error(400, 'IncompleteBody', error.message);
    throw error;
  }
  const declaredLength = header(raw, 'x-amz-decoded-content-length');
  if (declaredLength === undefined) {
    throw new S3Error(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
  }
  if (Number(declaredLength) !== decoded.data.length) {
    throw new S3Error(400, 'IncompleteBody', 'The request body terminated unexpectedly');
  }
  for (const name of (header(raw, 'x-amz-trailer') ?? '').split(',').map((n) => n.trim().toLowerCase())) {
    if (name !== '' && decoded.trailers[name] === undefined) {
      throw new S3Error(
        400,
        'MalformedTrailerError',
        `The request contained trailing data that was not well-formed: ${name} missing`,
      );
    }
  }
  return decoded;
}

export function objectHeaders(bucket: FakeBucket, version: S3ObjectVersion): Record<string, string> {
  const headers: Record<string, string> = { ...version.metadata };
  if (bucket.versioning !== undefined || version.versionId !== 'null')
    headers['x-amz-version-id'] = version.versionId;
  if (version.serverSideEncryption) headers['x-amz-server-side-encryption'] = version.serverSideEncryption;
  if (version.kmsKeyId) headers['x-amz-server-side-encryption-aws-kms-key-id'] = version.kmsKeyId;
  return headers;
}

export function xmlReply(body: string): Reply {
  return { status: 200, headers: { 'content-type': 'application/xml' }, body: xmlDocument(body) };
}

export function listVersionsXml(bucket: FakeBucket, query: Record<string, string>): string {
  const prefix = query.prefix ?? '';
  const maxKeys = Math.min(Number(query['max-keys'] ?? 1000) || 1000, 1000);
  const entries = [...bucket.objects.entries()]
    .filter(([key]) => key.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([key, list]) => [...list].reverse().map((version, i) => ({ key, version, isLatest: i === 0 })));
  let start = 0;
  if (query['key-marker']) {
    const marker = query['key-marker'];
    const vMarker = query['version-id-marker'];
    const at = entries.findIndex(
      (e) => e.key === marker && (vMarker === undefined || e.version.versionId === vMarker),
    );
    start = vMarker === undefined ? entries.findIndex((e) => e.key > marker) : at + 1;
    if (start < 0) start = entries.length;
  }
  const page = entries.slice(start, start + maxKeys);
  const truncated = start + maxKeys < entries.length;
  const last = page.at(-1);
  const items = page
    .map(({ key, version, isLatest }) => {
      const common = `<Key>${xmlEscape(key)}</Key><VersionId>${xmlEscape(version.versionId)}</VersionId><IsLatest>${isLatest}</IsLatest><LastModified>${version.lastModified.toISOString()}</LastModified><Owner><ID>fake-owner</ID></Owner>`;
      return version.deleteMarker
        ? `<DeleteMarker>${common}</DeleteMarker>`
        : `<Version>${common}<ETag>${xmlEscape(version.etag)}</ETag><Size>${version.body.length}</Size><StorageClass>STANDARD</StorageClass></Version>`;
    })
    .join('');
  const next =
    truncated && last
      ? `<NextKeyMarker>${xmlEscape(last.key)}</NextKeyMarker><NextVersionIdMarker>${xmlEscape(last.version.versionId)}</NextVersionIdMarker>`
      : '';
  return `<ListVersionsResult xmlns="${S3_XMLNS}"><Name>${xmlEscape(bucket.name)}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyMarker>${xmlEscape(query['key-marker'] ?? '')}</KeyMarker><VersionIdMarker>${xmlEscape(query['version-id-marker'] ?? '')}</VersionIdMarker><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${next}${items}</ListVersionsResult>`;
}
