/**
 * audit (what `auto` runs on a schedule): reads what is live — the bucket's versioning and
 * lifecycle rules, the latest object, every target of every kind and the versions they pin — and
 * judges it: the common checks (src/audit/checks.ts) and each kind's own. Reads only.
 */
import {
  type AuditFacts,
  type AuditReport,
  type AuditResult,
  judgeLiveState,
  liveVersionOf,
} from '../audit/checks.js';
import { type LifecycleRule, type LifecycleTag, needsTags } from '../audit/lifecycle.js';
import type { DeployRecord } from '../audit/reverted.js';
import { AwsError } from '../aws/errors.js';
import { LifecycleReader } from '../aws/lifecycle.js';
import { ReadLimiter, settleInOrder } from '../aws/parallel.js';
import type { TruststoreObjectStore } from '../aws/truststore-object.js';
import { type LiveVersion, parseTruststoreUri } from '../plan/diff.js';
import type { TruststoreLocation } from '../plan/model.js';
import type { Settings } from '../settings/settings.js';
import { TARGET_KINDS } from '../targets/index.js';
import type { AuditedTargets, TargetContext } from '../targets/target.js';
import type { StageDeps } from './deps.js';
import { liveVersion, openLive, readPinnedVersions } from './plan.js';
import type { ValidateResult } from './validate.js';

/** Versioning Suspended (or never enabled) is a problem to report, not a reason to stop the audit. */
async function versioningProblem(store: TruststoreObjectStore): Promise<string | undefined> {
  try {
    await store.assertVersioningEnabled();
    return undefined;
  } catch (error) {
    if (error instanceof AwsError && error.code === 'VersioningNotEnabled') return error.message;
    throw error;
  }
}

/** Tags only for versions a tag-filtered rule could delete (s3:GetObjectVersionTagging). */
async function tagsOfPinned(
  reader: LifecycleReader,
  lifecycle: LifecycleRule[] | string,
  pinned: Map<string, LiveVersion | null>,
  facts: { location: TruststoreLocation; latest?: LiveVersion },
  limiter: ReadLimiter,
): Promise<Map<string, LifecycleTag[] | undefined>> {
  const rules = typeof lifecycle === 'string' ? [] : lifecycle;
  const tagged = [...pinned].filter(
    ([id, v]) =>
      v !== null &&
      needsTags(rules, {
        key: facts.location.key,
        size: v.bytes.length,
        current: id === facts.latest?.versionId,
      }),
  );
  const tags = await limiter.map(tagged, ([id]) => reader.tags(id));
  return new Map(tagged.map(([id], i) => [id, tags[i]]));
}

/** Tag reads in flight while the newest deployed version is looked for. */
const TAG_BATCH = 8;

/**
 * The versions, newest first, and the newest one deploy recorded as deployed, looked for only among
 * the versions newer than the oldest pin (an older one cannot make a pin a step back). Not read when
 * every target pins the latest version. Without s3:ListBucketVersions or s3:GetObjectVersionTagging,
 * a warning: the rest of the audit stands.
 */
async function deployRecordOf(
  store: TruststoreObjectStore,
  pinnedIds: readonly string[],
  latestId: string | undefined,
  limiter: ReadLimiter,
  warn: StageDeps['warn'],
): Promise<DeployRecord | undefined> {
  if (pinnedIds.every((id) => id === latestId)) return undefined;
  try {
    const versions = await store.listVersions();
    const ids = versions.map((v) => v.versionId);
    const oldestPin = Math.max(-1, ...pinnedIds.map((id) => ids.indexOf(id)));
    for (let from = 0; from < oldestPin; from += TAG_BATCH) {
      const batch = ids.slice(from, Math.min(oldestPin, from + TAG_BATCH));
      const at = await limiter.map(batch, (id) => store.deployedAt(id));
      const hit = at.findIndex((a) => a !== undefined);
      if (hit >= 0) return { versions, deployed: { versionId: batch[hit] as string, at: at[hit] as string } };
    }
    return { versions };
  } catch (error) {
    if (!(error instanceof AwsError && (error.code === 'AccessDenied' || error.status === 403))) throw error;
    warn(
      `the audit could not check for pins put back since the last deploy (pin-reverted): ${error.message}`,
      'truststore audit: pin-reverted not checked',
    );
    return undefined;
  }
}

function liveProvenanceOf(facts: AuditFacts): Pick<AuditReport, 'liveProvenance'> {
  const live = liveVersionOf(facts);
  if (!live?.provenance) return {};
  return { liveProvenance: { ...live.provenance, ...(live.versionId ? { versionId: live.versionId } : {}) } };
}

/** A target as the audit report lists it. */
function reportedDomain(d: AuditedTargets['states'][number]): AuditReport['domains'][number] {
  return {
    domainName: d.domainName,
    ...(d.status !== undefined ? { status: d.status } : {}),
    ...(d.securityPolicy !== undefined ? { securityPolicy: d.securityPolicy } : {}),
    ...(d.truststoreVersion !== undefined ? { truststoreVersion: d.truststoreVersion } : {}),
  };
}

export async function runAuditMode(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<StageDeps> = {},
): Promise<AuditReport> {
  const { deps, location, region, clients, store, policy } = await openLive(settings, partial, 'audit mode');
  const lifecycleReader = new LifecycleReader(clients.s3, location);
  const now = policy.now;
  const context: TargetContext = { settings, clients, region, clock: deps.clock, log: deps.log };
  const limiter = new ReadLimiter();

  const [versioning, latestObject, lifecycle, kinds] = await settleInOrder<
    [
      string | undefined,
      Awaited<ReturnType<typeof store.readLatest>>,
      LifecycleRule[] | string,
      AuditedTargets[],
    ]
  >([
    limiter.run(() => versioningProblem(store)),
    limiter.run(() => store.readLatest()),
    limiter.run(() => lifecycleReader.rules()),
    settleInOrder(TARGET_KINDS.map((kind) => kind.audit(context, kind.names(settings), limiter))),
  ]);
  const latest = latestObject ? liveVersion(latestObject, location.uri, policy, deps) : undefined;
  const states = kinds.flatMap((k) => k.states);

  const pinnedIds = [...new Set(states.flatMap((d) => d.truststoreVersion ?? []))].filter(
    (v) => v !== 'null',
  );
  const analysed = (object: Parameters<typeof liveVersion>[0]) =>
    liveVersion(object, location.uri, policy, deps);
  const pinned = await readPinnedVersions(pinnedIds, latest, store, analysed, limiter);
  const facts: AuditFacts = {
    now,
    expiryWarningDays: settings.expiryWarningDays,
    location,
    ...(versioning ? { versioningProblem: versioning } : {}),
    ...(latest ? { latest } : {}),
    pinned,
    domains: states,
    lifecycle,
    versionTags: await tagsOfPinned(
      lifecycleReader,
      lifecycle,
      pinned,
      { location, ...(latest ? { latest } : {}) },
      limiter,
    ),
    ...(validation.ok && validation.truststore ? { desired: validation.truststore } : {}),
  };
  const record = await deployRecordOf(store, pinnedIds, latest?.versionId, limiter, deps.warn);
  if (record) facts.deployRecord = record;
  const common = { now, expiryWarningDays: settings.expiryWarningDays, location, pinned };
  const result: AuditResult = judgeLiveState(
    facts,
    kinds.flatMap((k) => k.problems(common)),
  );
  deps.log(
    `audit of ${location.uri}: ${result.healthy ? 'healthy' : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`}`,
  );
  return {
    ...result,
    location,
    ...(latest?.versionId !== undefined ? { latestVersionId: latest.versionId } : {}),
    ...liveProvenanceOf(facts),
    domains: states.map(reportedDomain),
    checkedAt: now.toISOString(),
    expiryWarningDays: settings.expiryWarningDays,
  };
}
