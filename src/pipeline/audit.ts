/**
 * Audit mode (what `auto` picks on `schedule`): read what is live — the versions the domains are
 * pinned to, the domains, the bucket's lifecycle rules, the ownership certificates — and report
 * every problem, with the fix. Reads only; reads run in parallel, 8 at a time.
 */

import * as runner from '../action/runner.js';
import { type AuditFacts, assessLiveState, type OwnershipCertificate } from '../audit/checks.js';
import { type LifecycleRule, type LifecycleTag, needsTags } from '../audit/lifecycle.js';
import { AwsError, errorCode } from '../aws/errors.js';
import { LifecycleReader } from '../aws/lifecycle.js';
import type { AcmClientFactory } from '../aws/ownership-certificates.js';
import { ReadLimiter, settleInOrder } from '../aws/parallel.js';
import { TruststoreObjectStore } from '../aws/truststore-object.js';
import type { Policy } from '../pki/model.js';
import { type LiveVersion, parseTruststoreUri } from '../plan/diff.js';
import type { AuditReport } from '../report/markdown/audit.js';
import type { Settings } from '../settings/settings.js';
import type { DomainDetails } from '../targets/api-gateway/domains.js';
import { DomainGateway } from '../targets/api-gateway/domains.js';
import type { FailureReason } from './failure.js';
import { type ModeDeps, resolveDeps } from './plan.js';
import type { ValidateResult } from './validate.js';

export interface AuditDeps extends ModeDeps {
  /** Only called when some domain has an ownership verification certificate. */
  acm?: AcmClientFactory;
}

function liveVersion(
  object: { versionId?: string; etag?: string; bytes: Uint8Array },
  uri: string,
  policy: Policy,
  deps: ModeDeps,
): LiveVersion {
  const path = object.versionId === undefined ? uri : `${uri}?versionId=${object.versionId}`;
  return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}

export async function runAuditMode(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<AuditDeps> = {},
): Promise<AuditReport> {
  const deps = resolveDeps(partial);
  if (settings.truststoreUri === undefined) {
    throw new Error(
      'input truststore-uri is required in audit mode: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem',
    );
  }
  const location = parseTruststoreUri(settings.truststoreUri);
  const region = settings.awsRegion;
  if (!region) {
    throw new Error(
      'no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION)',
    );
  }
  const clients = deps.clients(region);
  const store = new TruststoreObjectStore(clients.s3, location);
  const lifecycleReader = new LifecycleReader(clients.s3, location);
  const gateway = DomainGateway.reader(clients.apiGateway, region, deps.clock);
  const now = new Date(deps.clock.now());
  const policy: Policy = {
    now,
    expiryWarningDays: settings.expiryWarningDays,
    maxCaDepth: settings.maxCaDepth,
  };
  const limiter = new ReadLimiter();
  const names = [...new Set(settings.domainNames)];

  const versioning = async (): Promise<string | undefined> => {
    try {
      await store.assertVersioningEnabled();
      return undefined;
    } catch (error) {
      if (error instanceof AwsError && error.code === 'VersioningNotEnabled') return error.message;
      throw error;
    }
  };
  const describe = async (name: string): Promise<DomainDetails | { missing: string }> => {
    try {
      return await gateway.describe(name);
    } catch (error) {
      if (errorCode(error) === 'NotFoundException') return { missing: (error as Error).message };
      throw error;
    }
  };
  const [versioningProblem, latestObject, lifecycle, described] = await settleInOrder<
    [
      string | undefined,
      Awaited<ReturnType<typeof store.readLatest>>,
      LifecycleRule[] | string,
      (DomainDetails | { missing: string })[],
    ]
  >([
    limiter.run(versioning),
    limiter.run(() => store.readLatest()),
    limiter.run(() => lifecycleReader.rules()),
    limiter.map(names, describe),
  ]);
  const domains = described.filter((d): d is DomainDetails => !('missing' in d));
  const missingDomains = described.flatMap((d, i) =>
    'missing' in d ? [{ domainName: names[i] as string, message: d.missing }] : [],
  );
  const latest = latestObject ? liveVersion(latestObject, location.uri, policy, deps) : undefined;

  // The pinned versions (by id, even when one is the latest) and the ownership certificates.
  const pinnedIds = [
    ...new Set(
      domains.map((d) => d.truststoreVersion).filter((v): v is string => v !== undefined && v !== 'null'),
    ),
  ];
  const arns = [
    ...new Set(domains.map((d) => d.ownershipVerificationCertificateArn).filter((a): a is string => !!a)),
  ];
  const certificates = async (): Promise<OwnershipCertificate[]> => {
    if (arns.length === 0) return [];
    // The ACM client loads only here: no other mode, and no audit without such a domain, needs it.
    const acm = await import('../aws/ownership-certificates.js');
    const reader = new acm.OwnershipCertificates(partial.acm ?? acm.createAcmClient, region);
    return limiter.map(arns, (arn) => reader.describe(arn));
  };
  const [versions, described2] = await settleInOrder<[(LiveVersion | null)[], OwnershipCertificate[]]>([
    limiter.map(pinnedIds, async (versionId) => {
      if (latest && versionId === latest.versionId) return latest;
      const object = await store.readVersion(versionId);
      return object ? liveVersion({ ...object, versionId }, location.uri, policy, deps) : null;
    }),
    certificates(),
  ]);
  const pinned = new Map(pinnedIds.map((id, i) => [id, versions[i] ?? null]));

  // Tags only for versions a tag-filtered rule could delete (s3:GetObjectVersionTagging).
  const rules = typeof lifecycle === 'string' ? [] : lifecycle;
  const tagged = [...pinned].filter(
    ([id, v]) =>
      v !== null &&
      needsTags(rules, { key: location.key, size: v.bytes.length, current: id === latest?.versionId }),
  );
  const tags = await limiter.map(tagged, ([id]) => lifecycleReader.tags(id));
  const versionTags = new Map<string, LifecycleTag[] | undefined>(tagged.map(([id], i) => [id, tags[i]]));

  const facts: AuditFacts = {
    now,
    expiryWarningDays: settings.expiryWarningDays,
    location,
    ...(versioningProblem ? { versioningProblem } : {}),
    ...(latest ? { latest } : {}),
    pinned,
    domains,
    missingDomains,
    lifecycle,
    versionTags,
    ownershipCertificates: new Map(described2.map((c) => [c.arn, c])),
    ...(validation.ok && validation.truststore ? { desired: validation.truststore } : {}),
  };
  const result = assessLiveState(facts);
  deps.log(
    `audit of ${location.uri}: ${result.healthy ? 'healthy' : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`}`,
  );
  return {
    ...result,
    location,
    ...(latest?.versionId !== undefined ? { latestVersionId: latest.versionId } : {}),
    domains: domains.map((d) => ({
      domainName: d.domainName,
      ...(d.status !== undefined ? { status: d.status } : {}),
      ...(d.securityPolicy !== undefined ? { securityPolicy: d.securityPolicy } : {}),
      ...(d.truststoreVersion !== undefined ? { truststoreVersion: d.truststoreVersion } : {}),
    })),
    checkedAt: now.toISOString(),
    expiryWarningDays: settings.expiryWarningDays,
  };
}

/** healthy ("true"/"false") and problems (JSON array of {severity, code, domain, message}). */
export function setAuditOutputs(report: AuditReport): void {
  runner.setOutput('healthy', String(report.healthy));
  runner.setOutput(
    'problems',
    JSON.stringify(
      report.problems.map((p) => ({
        severity: p.severity,
        code: p.code,
        domain: p.domain,
        message: p.message,
      })),
    ),
  );
}

/** One annotation per problem; the step fails on the first error-severity one. */
export function reportAuditProblems(report: AuditReport): void {
  for (const p of report.problems) {
    const props = { title: `truststore audit: ${p.code}` };
    if (p.severity === 'error') runner.error(p.message, props);
    else runner.warning(p.message, props);
  }
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    runner.setOutput('failure-reason', 'audit-problems' satisfies FailureReason);
    runner.setFailed(
      `truststore audit: ${errors.length} error${errors.length === 1 ? '' : 's'} in what is live. First: ${errors[0]?.message}`,
    );
  }
}
