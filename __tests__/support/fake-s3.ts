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
  Pacing,
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
import { lifecycleXml, parseTagging, taggingXml } from './fake-s3-bucket-config.js';
import {
  type FakeBucket,
  latestOf,
  listVersionsXml,
  type NewVersion,
  newVersionId,
  type Reply,
  readObject,
  S3Error,
  type S3ObjectVersion,
  type VersioningStatus,
  writeObject,
  xmlReply,
} from './fake-s3-objects.js';
import { type ChecksumAlgorithm, checksum, S3_XMLNS, s3ErrorXml } from './fake-s3-wire.js';

export type { FakeBucket, S3ObjectVersion, VersioningStatus } from './fake-s3-objects.js';

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
  | 'GetBucketLifecycleConfiguration'
  | 'GetObjectTagging'
  | 'PutObjectTagging'
  | 'Unsupported';

export class FakeS3 {
  readonly region: string;
  readonly credentials: Credentials;
  readonly buckets = new Map<string, FakeBucket>();
  readonly requests: RecordedRequest[] = [];
  /** Set `pacing.latencyMs` to delay every answer; `pacing.maxInFlight` counts concurrent calls. */
  pacing = new Pacing();
  private readonly hooks: HookEntry[] = [];
  private readonly failures: InjectedFailure[] = [];
  private readonly lost: { operation: S3Operation; remaining: number }[] = [];
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
    return latestOf(this.bucket(bucketName), key);
  }

  /** The next `times` calls of `operation` get 403 AccessDenied. */
  deny(operation: S3Operation, times = Number.POSITIVE_INFINITY): void {
    this.fail(operation, { status: 403, code: 'AccessDenied', message: 'Access Denied' }, times);
  }

  fail(operation: S3Operation, error: { status: number; code: string; message: string }, times = 1): void {
    this.failures.push({ operation, remaining: times, ...error });
  }

  /** Writes a delete marker on top of `key`, as `aws s3 rm` would in a versioned bucket. */
  deleteObject(bucketName: string, key: string): S3ObjectVersion {
    return this.store(this.bucket(bucketName), key, {
      deleteMarker: true,
      body: Buffer.alloc(0),
      etag: '',
      contentType: '',
      serverSideEncryption: '',
      checksums: {},
      metadata: {},
    });
  }

  /**
   * The next `times` requests for `operation` are carried out, but the connection is cut before
   * the response is sent: the client cannot know that its request took effect.
   */
  loseResponse(operation: S3Operation, times = 1): void {
    this.lost.push({ operation, remaining: times });
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
      this.pacing
        .enter()
        .then(() => this.serve(req, res))
        .finally(() => this.pacing.leave())
        .catch((error: unknown) => {
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

  private store(bucket: FakeBucket, key: string, version: NewVersion) {
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
    const lost = this.lost.find((l) => l.operation === operation && l.remaining > 0);
    if (lost) {
      lost.remaining--;
      record.errorCode = 'ResponseLost';
      req.socket.destroy();
      return;
    }
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
      case 'GetBucketLifecycleConfiguration':
        if (!bucket.lifecycle) {
          throw new S3Error(
            404,
            'NoSuchLifecycleConfiguration',
            'The lifecycle configuration does not exist',
            {
              BucketName: name,
            },
          );
        }
        return xmlReply(lifecycleXml(bucket.lifecycle));
      case 'GetObjectTagging':
      case 'PutObjectTagging': {
        const list = bucket.objects.get(key) ?? [];
        const version =
          query.versionId !== undefined ? list.find((v) => v.versionId === query.versionId) : list.at(-1);
        if (!version || version.deleteMarker) {
          throw query.versionId !== undefined
            ? new S3Error(404, 'NoSuchVersion', 'The specified version does not exist.', { Key: key })
            : new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
        }
        if (op === 'PutObjectTagging') {
          // The tag set replaces the version's tags; the version itself is unchanged.
          const tags = parseTagging(raw.body.toString('utf8'));
          if (!Array.isArray(tags)) throw new S3Error(400, tags.code, tags.message);
          version.tags = tags;
          return { status: 200, headers: { 'x-amz-version-id': version.versionId } };
        }
        const reply = xmlReply(taggingXml(version.tags ?? []));
        return { ...reply, headers: { ...reply.headers, 'x-amz-version-id': version.versionId } };
      }
      case 'GetObject':
      case 'HeadObject':
        return readObject(op, bucket, key, raw, query);
      case 'PutObject':
        return writeObject(bucket, key, raw, this.region, (version) => this.store(bucket, key, version));
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
    if (method === 'GET' && 'lifecycle' in query) return 'GetBucketLifecycleConfiguration';
    return 'Unsupported';
  }
  if (method === 'GET' && 'tagging' in query) return 'GetObjectTagging';
  if (method === 'PUT' && 'tagging' in query) return 'PutObjectTagging';
  const subresources = Object.keys(query).filter((name) => name !== 'versionId' && name !== 'x-id');
  if (subresources.length > 0 || headers['x-amz-copy-source']) return 'Unsupported';
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return 'HeadObject';
  if (method === 'PUT') return 'PutObject';
  if (method === 'DELETE') return 'DeleteObject';
  return 'Unsupported';
}
