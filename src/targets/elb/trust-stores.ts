/**
 * Elastic Load Balancing (v2) trust stores: what they hold (the CA bundle, the revocation lists),
 * who uses them (listener associations), and the calls that change them. A change is applied
 * asynchronously (the trust store is CREATING until it is ACTIVE again) and ELB may refuse a call
 * while one is in progress (TrustStoreNotReady): such a call waits and retries, every wait of one
 * change within one deadline (`timeoutMs`), on the injected Clock.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Operations.html
 */
import {
  AddTagsCommand,
  AddTrustStoreRevocationsCommand,
  DescribeTagsCommand,
  DescribeTrustStoreAssociationsCommand,
  DescribeTrustStoreRevocationsCommand,
  DescribeTrustStoresCommand,
  type ElasticLoadBalancingV2Client,
  GetTrustStoreCaCertificatesBundleCommand,
  GetTrustStoreRevocationContentCommand,
  ModifyTrustStoreCommand,
  RemoveTrustStoreRevocationsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Clock } from '../../aws/clock.js';
import { AwsError } from '../../aws/errors.js';
import { chunks, ElbCalls, partly } from './calls.js';
import {
  bundleRefused,
  type ObjectVersion,
  objectName,
  revocationIdRefused,
  revocationsRefused,
  trustStoreNotFound,
} from './errors.js';
import { presignedGet } from './presigned.js';

export type { ObjectVersion } from './errors.js';

/** The trust store tag that records which S3 object version its CA bundle came from. */
export const VERSION_TAG = 'mtls-truststore:object-version';

export interface TrustStoreDetails {
  arn: string;
  name: string;
  /** `ACTIVE` or `CREATING` (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TrustStore.html). */
  status: string;
  caCertificates: number;
  revokedEntries: number;
}

export interface LiveRevocationRecord {
  revocationId: number;
  /** `CRL`. */
  type: string;
  entries: number;
}

export interface TrustStoresOptions {
  region: string;
  clock: Clock;
  pollIntervalMs: number;
  /** How long one change (or one waitUntilActive) may take, its TrustStoreNotReady retries included. */
  timeoutMs: number;
  log: (message: string) => void;
  /** For tests: the presigned downloads' fetch, a smaller page size and revocation batch. */
  fetch?: typeof fetch;
  pageSize?: number;
  revocationBatch?: number;
}

/** DescribeTrustStoreRevocations and DescribeTrustStoreAssociations: PageSize 1 to 400. */
const PAGE_SIZE_MAX = 400;
/**
 * AddTrustStoreRevocations and RemoveTrustStoreRevocations document no limit per call; a trust
 * store holds at most 30 revocation lists (ELB quota), so a call never needs to carry more.
 */
const REVOCATION_BATCH = 30;
const BUNDLE_MAX_BYTES = 1024 * 1024;
/** A revocation list is at most 50 MB (ELB quota); the margin covers MB against MiB and PEM. */
const REVOCATION_MAX_BYTES = 51 * 1024 * 1024;
const BUNDLE_DOWNLOAD_MS = 60_000;
const REVOCATION_DOWNLOAD_MS = 300_000;

export class TrustStores {
  private readonly calls: ElbCalls<TrustStoreDetails>;

  constructor(
    private readonly client: ElasticLoadBalancingV2Client,
    private readonly options: TrustStoresOptions,
  ) {
    this.calls = new ElbCalls(options, (arn) => this.describe(arn));
  }

  async describe(arn: string): Promise<TrustStoreDetails> {
    const out = await this.calls.send({ action: 'DescribeTrustStores', arn, doing: 'read the status' }, () =>
      this.client.send(new DescribeTrustStoresCommand({ TrustStoreArns: [arn] })),
    );
    const store = out.TrustStores?.find((s) => s.TrustStoreArn === arn);
    if (!store) throw trustStoreNotFound(arn, this.options.region);
    return {
      arn,
      name: store.Name ?? '',
      status: store.Status ?? 'UNKNOWN',
      caCertificates: store.NumberOfCaCertificates ?? 0,
      revokedEntries: store.TotalRevokedEntries ?? 0,
    };
  }

  /** The CA bundle ELB holds, downloaded from the presigned URL it answers (at most 1 MiB). */
  async bundle(arn: string): Promise<Uint8Array> {
    const call = { action: 'GetTrustStoreCaCertificatesBundle', arn, doing: 'download the CA bundle' };
    const out = await this.calls.send(call, () =>
      this.client.send(new GetTrustStoreCaCertificatesBundleCommand({ TrustStoreArn: arn })),
    );
    return this.download(
      out.Location,
      `the CA bundle of trust store ${arn}`,
      BUNDLE_MAX_BYTES,
      BUNDLE_DOWNLOAD_MS,
    );
  }

  /** Every revocation list of the trust store, all pages. */
  async revocations(arn: string): Promise<LiveRevocationRecord[]> {
    const call = { action: 'DescribeTrustStoreRevocations', arn, doing: 'list the revocations' };
    return this.calls.allPages(call, async (Marker) => {
      const out = await this.calls.send(call, () =>
        this.client.send(
          new DescribeTrustStoreRevocationsCommand({ TrustStoreArn: arn, PageSize: this.pageSize, Marker }),
        ),
      );
      const items = (out.TrustStoreRevocations ?? []).flatMap((r) =>
        r.RevocationId === undefined
          ? []
          : [
              {
                revocationId: r.RevocationId,
                type: r.RevocationType ?? 'CRL',
                entries: r.NumberOfRevokedEntries ?? 0,
              },
            ],
      );
      return { items, next: out.NextMarker };
    });
  }

  /** One revocation list's content (the CRL ELB holds), from its presigned URL. */
  async revocationContent(arn: string, revocationId: number): Promise<Uint8Array> {
    const call = {
      action: 'GetTrustStoreRevocationContent',
      arn,
      doing: `download revocation ${revocationId}`,
    };
    const out = await this.calls.send(
      call,
      () =>
        this.client.send(
          new GetTrustStoreRevocationContentCommand({ TrustStoreArn: arn, RevocationId: revocationId }),
        ),
      (code, said) => revocationIdRefused(code, said, arn, [revocationId]),
    );
    const what = `revocation ${revocationId} of trust store ${arn}`;
    return this.download(out.Location, what, REVOCATION_MAX_BYTES, REVOCATION_DOWNLOAD_MS);
  }

  /** The ARNs of the resources (listeners) using the trust store, all pages. */
  async associations(arn: string): Promise<string[]> {
    const call = { action: 'DescribeTrustStoreAssociations', arn, doing: 'list the associations' };
    return this.calls.allPages(call, async (Marker) => {
      const out = await this.calls.send(call, () =>
        this.client.send(
          new DescribeTrustStoreAssociationsCommand({ TrustStoreArn: arn, PageSize: this.pageSize, Marker }),
        ),
      );
      const items = (out.TrustStoreAssociations ?? []).flatMap((a) => (a.ResourceArn ? [a.ResourceArn] : []));
      return { items, next: out.NextMarker };
    });
  }

  /** The S3 object version VERSION_TAG records (the last modify's), if any. */
  async versionTag(arn: string): Promise<string | undefined> {
    const out = await this.calls.send({ action: 'DescribeTags', arn, doing: 'read the tags' }, () =>
      this.client.send(new DescribeTagsCommand({ ResourceArns: [arn] })),
    );
    const tags = out.TagDescriptions?.find((d) => d.ResourceArn === arn)?.Tags;
    return tags?.find((t) => t.Key === VERSION_TAG)?.Value;
  }

  /**
   * Replaces the CA bundle with that exact S3 object version, waits until the trust store is ACTIVE
   * again, then records the version in VERSION_TAG; all within one deadline.
   */
  async modify(arn: string, source: ObjectVersion): Promise<TrustStoreDetails> {
    const deadline = this.calls.deadline();
    const call = {
      action: 'ModifyTrustStore',
      arn,
      doing: `replace the CA bundle with ${objectName(source)}`,
    };
    const input = {
      TrustStoreArn: arn,
      CaCertificatesBundleS3Bucket: source.bucket,
      CaCertificatesBundleS3Key: source.key,
      CaCertificatesBundleS3ObjectVersion: source.versionId,
    };
    await this.calls.whenReady(
      call,
      deadline,
      () => this.client.send(new ModifyTrustStoreCommand(input)),
      (code, said) => bundleRefused(code, said, arn, source),
    );
    try {
      return await this.afterModify(arn, source, deadline);
    } catch (error) {
      // The write went through: whoever rolls back must count this trust store as moved.
      throw Object.assign(error as Error, { accepted: true });
    }
  }

  /** After ModifyTrustStore was accepted: ACTIVE again within the same deadline, then the tag. */
  private async afterModify(
    arn: string,
    source: ObjectVersion,
    deadline: ReturnType<ElbCalls<TrustStoreDetails>['deadline']>,
  ): Promise<TrustStoreDetails> {
    const details = await this.calls.activeBy(
      arn,
      deadline,
      ` (ModifyTrustStore to ${objectName(source)} was accepted)`,
    );
    const tag = { action: 'AddTags', arn, doing: `record version ${source.versionId} in ${VERSION_TAG}` };
    try {
      await this.calls.send(tag, () =>
        this.client.send(
          new AddTagsCommand({ ResourceArns: [arn], Tags: [{ Key: VERSION_TAG, Value: source.versionId }] }),
        ),
      );
    } catch (error) {
      const e = error as AwsError;
      throw new AwsError(
        `trust store ${arn} holds ${objectName(source)} now, but ${e.message}`,
        e.code,
        e.status,
      );
    }
    return details;
  }

  /** Polls DescribeTrustStores until the trust store is ACTIVE, for at most `timeoutMs`. */
  waitUntilActive(arn: string): Promise<TrustStoreDetails> {
    return this.calls.activeBy(arn, this.calls.deadline());
  }

  /** Adds the CRLs (exact object versions); returns their new revocation IDs, in order. */
  async addRevocations(arn: string, contents: ObjectVersion[]): Promise<number[]> {
    const deadline = this.calls.deadline();
    const added: number[] = [];
    for (const batch of chunks(contents, this.options.revocationBatch ?? REVOCATION_BATCH)) {
      const doing = `add ${batch.map(objectName).join(', ')} to the revocations`;
      const RevocationContents = batch.map((c) => ({
        S3Bucket: c.bucket,
        S3Key: c.key,
        S3ObjectVersion: c.versionId,
        RevocationType: 'CRL' as const,
      }));
      const out = await this.calls
        .whenReady(
          { action: 'AddTrustStoreRevocations', arn, doing },
          deadline,
          () =>
            this.client.send(new AddTrustStoreRevocationsCommand({ TrustStoreArn: arn, RevocationContents })),
          (code, said) => revocationsRefused(code, said, arn, batch),
        )
        .catch((error: unknown) => {
          throw partly(error, added, 'added', arn);
        });
      for (const r of out.TrustStoreRevocations ?? [])
        if (r.RevocationId !== undefined) added.push(r.RevocationId);
    }
    return added;
  }

  async removeRevocations(arn: string, ids: number[]): Promise<void> {
    const deadline = this.calls.deadline();
    const removed: number[] = [];
    for (const batch of chunks(ids, this.options.revocationBatch ?? REVOCATION_BATCH)) {
      await this.calls
        .whenReady(
          {
            action: 'RemoveTrustStoreRevocations',
            arn,
            doing: `remove ${batch.join(', ')} from the revocations`,
          },
          deadline,
          () =>
            this.client.send(
              new RemoveTrustStoreRevocationsCommand({ TrustStoreArn: arn, RevocationIds: batch }),
            ),
          (code, said) => revocationIdRefused(code, said, arn, batch),
        )
        .catch((error: unknown) => {
          throw partly(error, removed, 'removed', arn);
        });
      removed.push(...batch);
    }
  }

  private get pageSize(): number {
    return this.options.pageSize ?? PAGE_SIZE_MAX;
  }

  private download(location: string | undefined, what: string, maxBytes: number, timeoutMs: number) {
    if (!location) {
      return Promise.reject(
        new AwsError(`Elastic Load Balancing answered no Location for ${what}: re-run the job`, 'NoLocation'),
      );
    }
    const fetch = this.options.fetch;
    return presignedGet(location, { what, maxBytes, timeoutMs, ...(fetch ? { fetch } : {}) });
  }
}
