/**
 * Test doubles for the AWS edge: a fake clock that records every sleep, SDK-shaped errors, and a
 * small in-memory model of a versioned S3 object and API Gateway domains, served through
 * aws-sdk-client-mock so the real adapters (and their real command inputs) are exercised.
 */
import { createHash } from 'node:crypto';
import {
  APIGatewayClient,
  APIGatewayServiceException,
  GetDomainNameCommand,
  UpdateDomainNameCommand,
} from '@aws-sdk/client-api-gateway';
import {
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  S3Client,
  S3ServiceException,
  type Tag,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { AwsClients } from '../../src/aws/clients.js';
import type { Clock } from '../../src/aws/clock.js';

export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public t = Date.parse('2030-01-01T00:00:00Z')) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
  }
  random(): number {
    return 0;
  }
}

export function s3Error(name: string, status: number, message = name): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, attempts: status >= 500 ? 3 : 1 },
    message,
  });
}

export function gatewayError(name: string, status: number, message = name, extra: object = {}) {
  return Object.assign(
    new APIGatewayServiceException({
      name,
      $fault: status >= 500 ? 'server' : 'client',
      $metadata: { httpStatusCode: status, attempts: status >= 500 ? 3 : 1 },
      message,
    }),
    extra,
  );
}

export function body(bytes: Uint8Array) {
  // The part of the SDK's stream mixin the adapter uses.
  return { transformToByteArray: async () => bytes } as never;
}

interface StoredVersion {
  versionId: string;
  etag: string;
  bytes: Uint8Array;
  put?: Record<string, unknown>;
  /** The version's object tags (GetObjectTagging, PutObjectTagging). */
  tags?: { Key: string; Value: string }[];
  /** When it was stored, by the fake clock (ListObjectVersions' LastModified). */
  at?: number;
}

export interface FakeDomain {
  truststoreUri?: string;
  truststoreVersion?: string;
  status: string;
  endpointType?: string;
  /** GetDomainName calls that still report UPDATING after an update. */
  updatingPolls?: number;
  /** What `updatingPolls` becomes after each update (default 2). */
  pollsAfterUpdate?: number;
  statusMessage?: string;
  /** GetDomainName's securityPolicy (TLS_1_2 when unset). */
  securityPolicy?: string;
  /** GetDomainName's tags (none when unset), e.g. `aws:cloudformation:stack-name`. */
  tags?: Record<string, string>;
}

/**
 * A versioned bucket holding one key, and API Gateway domains pinned to its versions. Warnings
 * are whatever `warningsFor(bytes)` says about the version a domain is pinned to.
 */
export class FakeAws {
  readonly s3 = mockClient(S3Client);
  readonly apiGateway = mockClient(APIGatewayClient);
  readonly versions: StoredVersion[] = [];
  readonly domains = new Map<string, FakeDomain>();
  versioning: string | undefined = 'Enabled';
  warningsFor: (bytes: Uint8Array, domainName: string) => string[] = () => [];
  /** Runs before an UpdateDomainName is applied; throw from it to fail that call. */
  onUpdate: ((domainName: string, versionId: string | undefined) => void) | undefined;
  /** Every call, in order: `GetObject v2`, `PutObject`, `UpdateDomainName a.example.com v2`, ... */
  readonly timeline: string[] = [];
  /** Runs before PutObject is applied: lets a test play a concurrent writer. */
  onPut: (() => void) | undefined;
  /** Errors to throw, in order, for the next calls of a command name. */
  readonly failNext = new Map<string, unknown[]>();
  private next = 1;
  /** Log of writes, in order, with the clock time they happened at. */
  readonly writes: { call: string; at: number; input: Record<string, unknown> }[] = [];
  /**
   * Version listing and tag calls, kept apart from `writes` and `timeline` (so their defaults stay):
   * `ListObjectVersions`, `GetObjectTagging v2`, `PutObjectTagging v2`.
   */
  readonly versionCalls: string[] = [];

  constructor(
    readonly clock: FakeClock,
    readonly bucket = 'truststores',
    readonly key = 'api/truststore.pem',
  ) {
    this.s3.on(GetBucketVersioningCommand).callsFake((input) => {
      this.maybeFail('GetBucketVersioning');
      if (input.Bucket !== this.bucket)
        throw s3Error('NoSuchBucket', 404, 'The specified bucket does not exist');
      return this.versioning === undefined ? {} : { Status: this.versioning };
    });
    this.s3.on(GetObjectCommand).callsFake((input) => {
      this.timeline.push(`GetObject ${input.VersionId ?? 'latest'}`);
      this.maybeFail('GetObject');
      const v = input.VersionId
        ? this.versions.find((x) => x.versionId === input.VersionId)
        : this.versions[this.versions.length - 1];
      if (!v) throw input.VersionId ? s3Error('NoSuchVersion', 404) : s3Error('NoSuchKey', 404);
      const metadata = (v.put as { Metadata?: Record<string, string> } | undefined)?.Metadata;
      return {
        Body: body(v.bytes),
        VersionId: v.versionId,
        ETag: v.etag,
        ...(metadata ? { Metadata: metadata } : {}),
      };
    });
    this.s3.on(PutObjectCommand).callsFake((input) => {
      this.timeline.push('PutObject');
      this.onPut?.();
      this.maybeFail('PutObject');
      this.writes.push({ call: 'PutObject', at: clock.now(), input });
      const latest = this.versions[this.versions.length - 1];
      if (input.IfNoneMatch === '*' && latest) throw s3Error('PreconditionFailed', 412);
      if (input.IfMatch !== undefined && input.IfMatch !== latest?.etag)
        throw s3Error('PreconditionFailed', 412);
      const bytes = input.Body as Uint8Array;
      const expected = createHash('sha256').update(bytes).digest('base64');
      if (input.ChecksumSHA256 !== expected) throw s3Error('BadDigest', 400);
      const v = this.addVersion(bytes, input);
      return { VersionId: v.versionId, ETag: v.etag, ChecksumSHA256: expected };
    });
    this.serveVersions();
    this.apiGateway.on(GetDomainNameCommand).callsFake((input) => {
      this.maybeFail('GetDomainName');
      const d = this.domains.get(input.domainName ?? '');
      if (!d) throw gatewayError('NotFoundException', 404, 'Invalid domain name identifier specified');
      if (d.updatingPolls !== undefined && d.updatingPolls > 0) {
        d.updatingPolls--;
        if (d.updatingPolls === 0) d.status = 'AVAILABLE';
      }
      const pinned = this.versions.find((v) => v.versionId === d.truststoreVersion);
      return {
        domainName: input.domainName,
        domainNameStatus: d.status as never,
        ...(d.statusMessage ? { domainNameStatusMessage: d.statusMessage } : {}),
        endpointConfiguration: { types: [(d.endpointType ?? 'REGIONAL') as never] },
        securityPolicy: (d.securityPolicy ?? 'TLS_1_2') as never,
        ...(d.tags ? { tags: d.tags } : {}),
        ...(d.truststoreUri
          ? {
              mutualTlsAuthentication: {
                truststoreUri: d.truststoreUri,
                truststoreVersion: d.truststoreVersion,
                truststoreWarnings:
                  pinned && d.status === 'AVAILABLE'
                    ? this.warningsFor(pinned.bytes, input.domainName ?? '')
                    : [],
              },
            }
          : {}),
      };
    });
    this.apiGateway.on(UpdateDomainNameCommand).callsFake((input) => {
      this.writes.push({ call: 'UpdateDomainName', at: clock.now(), input });
      this.timeline.push(`UpdateDomainName ${input.domainName} ${input.patchOperations?.[0]?.value}`);
      this.maybeFail('UpdateDomainName');
      this.onUpdate?.(input.domainName ?? '', input.patchOperations?.[0]?.value);
      const d = this.domains.get(input.domainName ?? '');
      if (!d) throw gatewayError('NotFoundException', 404, 'Invalid domain name identifier specified');
      const op = input.patchOperations?.[0];
      if (op?.op !== 'replace' || op.path !== '/mutualTlsAuthentication/truststoreVersion') {
        throw gatewayError('BadRequestException', 400, 'Invalid patch operation');
      }
      if (!this.versions.some((v) => v.versionId === op.value)) {
        throw gatewayError('BadRequestException', 400, 'The provided truststore version is not valid');
      }
      d.truststoreVersion = op.value;
      d.status = 'UPDATING';
      d.updatingPolls = d.pollsAfterUpdate ?? 2;
      return {};
    });
  }

  /** ListObjectVersions (newest first) and the tags of each version. */
  private serveVersions(): void {
    const version = (id: string | undefined) => {
      const v = id ? this.versions.find((x) => x.versionId === id) : this.versions.at(-1);
      if (!v) throw id ? s3Error('NoSuchVersion', 404) : s3Error('NoSuchKey', 404);
      return v;
    };
    this.s3.on(ListObjectVersionsCommand).callsFake((input) => {
      this.versionCalls.push('ListObjectVersions');
      this.maybeFail('ListObjectVersions');
      if (!this.key.startsWith(input.Prefix ?? '')) return { Versions: [], IsTruncated: false };
      const newestFirst = [...this.versions].reverse();
      return {
        IsTruncated: false,
        Versions: newestFirst.map((v, i) => ({
          Key: this.key,
          VersionId: v.versionId,
          IsLatest: i === 0,
          ETag: v.etag,
          LastModified: new Date(v.at ?? 0),
        })),
      };
    });
    this.s3.on(GetObjectTaggingCommand).callsFake((input) => {
      this.versionCalls.push(`GetObjectTagging ${input.VersionId ?? 'latest'}`);
      this.maybeFail('GetObjectTagging');
      const v = version(input.VersionId);
      return { VersionId: v.versionId, TagSet: v.tags ?? [] };
    });
    this.s3.on(PutObjectTaggingCommand).callsFake((input) => {
      this.versionCalls.push(`PutObjectTagging ${input.VersionId ?? 'latest'}`);
      this.maybeFail('PutObjectTagging');
      const v = version(input.VersionId);
      v.tags = (input.Tagging?.TagSet ?? []).map((t: Tag) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));
      return { VersionId: v.versionId };
    });
  }

  /** The value of `key` among a version's tags. */
  tagOf(versionId: string, key: string): string | undefined {
    return this.versions.find((v) => v.versionId === versionId)?.tags?.find((t) => t.Key === key)?.Value;
  }

  get uri(): string {
    return `s3://${this.bucket}/${this.key}`;
  }

  clients(): AwsClients {
    return {
      s3: new S3Client({ region: 'eu-west-1' }),
      apiGateway: new APIGatewayClient({ region: 'eu-west-1' }),
    };
  }

  addVersion(bytes: Uint8Array, put?: Record<string, unknown>): StoredVersion {
    const v = {
      versionId: `v${this.next++}`,
      etag: `"${createHash('md5').update(bytes).digest('hex')}"`,
      bytes,
      ...(put ? { put } : {}),
      at: this.clock.now(),
    };
    this.versions.push(v);
    return v;
  }

  addDomain(name: string, domain: Partial<FakeDomain> = {}): void {
    this.domains.set(name, { truststoreUri: this.uri, status: 'AVAILABLE', ...domain });
  }

  fail(command: string, ...errors: unknown[]): void {
    this.failNext.set(command, [...(this.failNext.get(command) ?? []), ...errors]);
  }

  private maybeFail(command: string): void {
    const queue = this.failNext.get(command);
    if (queue && queue.length > 0) throw queue.shift();
  }

  count(call: string): number {
    return this.writes.filter((w) => w.call === call).length;
  }

  reset(): void {
    this.s3.restore();
    this.apiGateway.restore();
  }
}
