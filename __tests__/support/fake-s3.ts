/**
 * A local S3 that speaks the REST wire protocol (path-style) well enough for the real
 * `@aws-sdk/client-s3` and for the bundled action: versioned objects, quoted MD5 ETags, conditional
 * writes (If-Match / If-None-Match: *), flexible checksums including aws-chunked trailers, SSE
 * headers, S3's XML errors, SigV4 verification, request recording and failure/hook injection.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import {
  type BeforeHook,
  type Credentials,
  flatHeaders,
  type HookEntry,
  type InjectedFailure,
  listenLocal,
  parseQuery,
  type RawRequest,
  type RecordedRequest,
  type RunningServer,
  readRawRequest,
  runHooks,
  TEST_CREDENTIALS,
  takeInjected,
  verifySigV4,
} from './fake-aws-http.js';
import {
  CHECKSUM_ALGORITHMS,
  type ChecksumAlgorithm,
  ChunkedBodyError,
  checksum,
  decodeAwsChunked,
  S3_XMLNS,
  s3ErrorXml,
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
}

export interface FakeBucket {
  name: string;
  versioning: VersioningStatus;
  /** Versions per key, oldest first. */
  objects: Map<string, S3ObjectVersion[]>;
}

export type S3Operation =
  | 'GetBucketVersioning'
  | 'PutBucketVersioning'
  | 'GetBucketLocation'
  | 'HeadBucket'
  | 'ListObjectVersions'
  | 'GetObject'
  | 'HeadObject'
  | 'PutObject'
  | 'DeleteObject'
  | 'Unsupported';

interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
  errorCode?: string;
}

class S3Error extends Error {
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

export class FakeS3 {
  readonly region: string;
  readonly credentials: Credentials;
  readonly buckets = new Map<string, FakeBucket>();
  readonly requests: RecordedRequest[] = [];
  private readonly hooks: HookEntry[] = [];
  private readonly failures: InjectedFailure[] = [];
  private clock = Date.now();

  constructor(options: { region?: string; credentials?: Credentials } = {}) {
    this.region = options.region ?? 'eu-west-1';
    this.credentials = options.credentials ?? TEST_CREDENTIALS;
  }

  /** `never`: versioning was never configured, GetBucketVersioning has no Status. */
  createBucket(name: string, versioning: 'Enabled' | 'Suspended' | 'never' = 'Enabled'): FakeBucket {
    const bucket: FakeBucket = {
      name,
      versioning: versioning === 'never' ? undefined : versioning,
      objects: new Map(),
    };
    this.buckets.set(name, bucket);
    return bucket;
  }

  /** Writes a version directly, as another writer (a console user, a second pipeline) would. */
  putObject(
    bucketName: string,
    key: string,
    body: string | Buffer,
    options: { contentType?: string; checksums?: Partial<Record<ChecksumAlgorithm, string>> } = {},
  ): S3ObjectVersion {
    const bucket = this.bucket(bucketName);
    const data = Buffer.isBuffer(body) ? body : Buffer.from(body);
    return this.store(bucket, key, {
      deleteMarker: false,
      body: data,
      etag: `"${createHash('md5').update(data).digest('hex')}"`,
      contentType: options.contentType ?? 'binary/octet-stream',
      serverSideEncryption: 'AES256',
      checksums: options.checksums ?? { crc64nvme: checksum('crc64nvme', data) },
      metadata: {},
    });
  }

  /** Every version of a key, oldest first (delete markers included). */
  versions(bucketName: string, key: string): S3ObjectVersion[] {
    return this.bucket(bucketName).objects.get(key) ?? [];
  }

  /** The current version, or undefined when there is none or the newest is a delete marker. */
  latest(bucketName: string, key: string): S3ObjectVersion | undefined {
    const newest = this.versions(bucketName, key).at(-1);
    return newest?.deleteMarker ? undefined : newest;
  }

  /** The next `times` calls of `operation` get 403 AccessDenied. */
  deny(operation: S3Operation, times = Number.POSITIVE_INFINITY): void {
    this.fail(operation, { status: 403, code: 'AccessDenied', message: 'Access Denied' }, times);
  }

  fail(operation: S3Operation, error: { status: number; code: string; message: string }, times = 1): void {
    this.failures.push({ operation, remaining: times, ...error });
  }

  /** Runs `fn` when a request for `operation` arrives, before the fake handles it. */
  before(operation: S3Operation | '*', fn: BeforeHook, options: { once?: boolean } = {}): void {
    this.hooks.push({ operation, once: options.once ?? true, fn });
  }

  requestsFor(operation: S3Operation): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  async start(): Promise<RunningServer> {
    const server = http.createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/xml' });
        res.end(s3ErrorXml('InternalError', String(error), {}, 'FAKE'));
      });
    });
    return listenLocal(server);
  }

  private bucket(name: string): FakeBucket {
    const bucket = this.buckets.get(name);
    if (!bucket) throw new Error(`fake S3 has no bucket ${name}`);
    return bucket;
  }

  private store(
    bucket: FakeBucket,
    key: string,
    version: Omit<S3ObjectVersion, 'versionId' | 'lastModified'>,
  ) {
    const list = bucket.objects.get(key) ?? [];
    const versionId = bucket.versioning === 'Enabled' ? newVersionId() : 'null';
    // Outside Enabled, a write replaces the "null" version instead of adding one.
    if (versionId === 'null') list.splice(0, list.length, ...list.filter((v) => v.versionId !== 'null'));
    // Strictly increasing timestamps keep "newest" well defined even within one millisecond.
    this.clock = Math.max(this.clock + 1, Date.now());
    const stored: S3ObjectVersion = { ...version, versionId, lastModified: new Date(this.clock) };
    list.push(stored);
    bucket.objects.set(key, list);
    return stored;
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readRawRequest(req);
    const query = parseQuery(raw.rawQuery);
    const path = decodeURIComponent(raw.rawPath);
    const [, bucketName = '', ...keyParts] = path.split('/');
    const key = keyParts.join('/');
    const operation = operationOf(raw.method, key, query, raw.headers);
    const record: RecordedRequest = {
      operation,
      method: raw.method,
      path,
      query,
      headers: flatHeaders(raw.headers),
      body: raw.body,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    let reply: Reply;
    try {
      this.authenticate(raw);
      const injected = takeInjected(this.failures, operation);
      if (injected) throw new S3Error(injected.status, injected.code, injected.message);
      await runHooks(this.hooks, record);
      reply = this.handle(operation, raw, query, bucketName, key);
    } catch (error) {
      if (!(error instanceof S3Error)) throw error;
      reply = {
        status: error.status,
        headers: { 'content-type': 'application/xml' },
        body:
          raw.method === 'HEAD' ? undefined : s3ErrorXml(error.code, error.message, error.extra, requestId),
        errorCode: error.code,
      };
    }
    record.status = reply.status;
    if (reply.errorCode) record.errorCode = reply.errorCode;
    const body = reply.body === undefined ? undefined : Buffer.from(reply.body);
    res.writeHead(reply.status, {
      'x-amz-request-id': requestId,
      'x-amz-id-2': Buffer.from(requestId).toString('base64'),
      date: new Date().toUTCString(),
      server: 'AmazonS3',
      ...(body && raw.method !== 'HEAD' ? { 'content-length': String(body.length) } : {}),
      ...reply.headers,
    });
    res.end(raw.method === 'HEAD' ? undefined : body);
  }

  private authenticate(raw: RawRequest): void {
    const failure = verifySigV4(raw, { service: 's3', region: this.region, credentials: this.credentials });
    if (!failure) return;
    const codes: Record<typeof failure.kind, string> = {
      missing: 'AccessDenied',
      malformed: 'AuthorizationHeaderMalformed',
      'unknown-key': 'InvalidAccessKeyId',
      'wrong-region': 'AuthorizationHeaderMalformed',
      'wrong-service': 'AuthorizationHeaderMalformed',
      skewed: 'RequestTimeTooSkewed',
      mismatch: 'SignatureDoesNotMatch',
      'payload-hash': 'XAmzContentSHA256Mismatch',
    };
    const message = failure.kind === 'missing' ? 'Access Denied' : failure.message;
    throw new S3Error(
      failure.status,
      codes[failure.kind],
      message,
      failure.expectedRegion ? { Region: failure.expectedRegion } : {},
    );
  }

  private handle(
    op: S3Operation,
    raw: RawRequest,
    query: Record<string, string>,
    name: string,
    key: string,
  ): Reply {
    if (op === 'Unsupported') {
      throw new S3Error(
        501,
        'NotImplemented',
        'A header you provided implies functionality that is not implemented',
      );
    }
    const bucket = this.buckets.get(name);
    if (!bucket)
      throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: name });
    switch (op) {
      case 'HeadBucket':
        return { status: 200, headers: { 'x-amz-bucket-region': this.region } };
      case 'GetBucketLocation':
        return xmlReply(`<LocationConstraint xmlns="${S3_XMLNS}">${this.region}</LocationConstraint>`);
      case 'GetBucketVersioning':
        return xmlReply(
          bucket.versioning
            ? `<VersioningConfiguration xmlns="${S3_XMLNS}"><Status>${bucket.versioning}</Status></VersioningConfiguration>`
            : `<VersioningConfiguration xmlns="${S3_XMLNS}"/>`,
        );
      case 'PutBucketVersioning': {
        const status = /<Status>(Enabled|Suspended)<\/Status>/.exec(raw.body.toString('utf8'))?.[1];
        if (!status) throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed');
        bucket.versioning = status as VersioningStatus;
        return { status: 200, headers: {} };
      }
      case 'ListObjectVersions':
        return xmlReply(listVersionsXml(bucket, query));
      case 'GetObject':
      case 'HeadObject':
        return this.getObject(op, bucket, key, raw, query);
      case 'PutObject':
        return this.putObjectRequest(bucket, key, raw);
      case 'DeleteObject': {
        if (query.versionId !== undefined) {
          const list = bucket.objects.get(key) ?? [];
          bucket.objects.set(
            key,
            list.filter((v) => v.versionId !== query.versionId),
          );
          return { status: 204, headers: { 'x-amz-version-id': query.versionId } };
        }
        const marker = this.store(bucket, key, {
          deleteMarker: true,
          body: Buffer.alloc(0),
          etag: '',
          contentType: '',
          serverSideEncryption: '',
          checksums: {},
          metadata: {},
        });
        return {
          status: 204,
          headers: {
            'x-amz-delete-marker': 'true',
            ...(bucket.versioning ? { 'x-amz-version-id': marker.versionId } : {}),
          },
        };
      }
    }
  }

  private getObject(
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

  private putObjectRequest(bucket: FakeBucket, key: string, raw: RawRequest): Reply {
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

    const current = this.latest(bucket.name, key);
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
    const stored = this.store(bucket, key, {
      deleteMarker: false,
      body: data,
      etag: `"${createHash('md5').update(data).digest('hex')}"`,
      contentType: header(raw, 'content-type') ?? 'binary/octet-stream',
      serverSideEncryption: sse ?? 'AES256',
      kmsKeyId: sse?.startsWith('aws:kms')
        ? (kmsKeyId ?? `arn:aws:kms:${this.region}:123456789012:key/0e7c9a38-aws-s3-default-key`)
        : undefined,
      checksums: algorithms.length > 0 ? declared : { crc64nvme: checksum('crc64nvme', data) },
      metadata,
    });
    const headers: Record<string, string> = { etag: stored.etag, ...objectHeaders(bucket, stored) };
    for (const algorithm of algorithms)
      headers[`x-amz-checksum-${algorithm}`] = declared[algorithm] as string;
    if (algorithms.length > 0) headers['x-amz-checksum-type'] = 'FULL_OBJECT';
    return { status: 200, headers };
  }
}

function operationOf(
  method: string,
  key: string,
  query: Record<string, string>,
  headers: http.IncomingHttpHeaders,
): S3Operation {
  if (key === '') {
    if (method === 'HEAD') return 'HeadBucket';
    if (method === 'GET' && 'versioning' in query) return 'GetBucketVersioning';
    if (method === 'PUT' && 'versioning' in query) return 'PutBucketVersioning';
    if (method === 'GET' && 'location' in query) return 'GetBucketLocation';
    if (method === 'GET' && 'versions' in query) return 'ListObjectVersions';
    return 'Unsupported';
  }
  const subresources = Object.keys(query).filter((name) => name !== 'versionId' && name !== 'x-id');
  if (subresources.length > 0 || headers['x-amz-copy-source']) return 'Unsupported';
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return 'HeadObject';
  if (method === 'PUT') return 'PutObject';
  if (method === 'DELETE') return 'DeleteObject';
  return 'Unsupported';
}

function header(raw: RawRequest, name: string): string | undefined {
  const value = raw.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function etagMatches(condition: string, etag: string): boolean {
  if (condition.trim() === '*') return true;
  const bare = (value: string) => value.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return condition.split(',').some((candidate) => bare(candidate) === bare(etag));
}

/** Real version ids are 32 characters from the base64 alphabet (with `+`, `/` and `.`), so we use that. */
function newVersionId(): string {
  return randomBytes(24).toString('base64').replace(/=/g, '.');
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

function objectHeaders(bucket: FakeBucket, version: S3ObjectVersion): Record<string, string> {
  const headers: Record<string, string> = { ...version.metadata };
  if (bucket.versioning !== undefined || version.versionId !== 'null')
    headers['x-amz-version-id'] = version.versionId;
  if (version.serverSideEncryption) headers['x-amz-server-side-encryption'] = version.serverSideEncryption;
  if (version.kmsKeyId) headers['x-amz-server-side-encryption-aws-kms-key-id'] = version.kmsKeyId;
  return headers;
}

function xmlReply(body: string): Reply {
  return { status: 200, headers: { 'content-type': 'application/xml' }, body: xmlDocument(body) };
}

function listVersionsXml(bucket: FakeBucket, query: Record<string, string>): string {
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
