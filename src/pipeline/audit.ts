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
import { AwsError } from '../aws/errors.js';
import { LifecycleReader } from '../aws/lifecycle.js';
import { ReadLimiter, settleInOrder } from '../aws/parallel.js';
import { TruststoreObjectStore } from '../aws/truststore-object.js';
import { type LiveVersion, parseTruststoreUri } from '../plan/diff.js';
import type { TruststoreLocation } from '../plan/model.js';
import type { Settings } from '../settings/settings.js';
import { TARGET_KINDS } from '../targets/index.js';
import type { AuditedTargets, TargetContext } from '../targets/target.js';
import { policyOf, requireRegion, requireTruststoreUri, resolveDeps, type StageDeps } from './deps.js';
import { liveVersion, readPinnedVersions } from './plan.js';
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

function liveProvenanceOf(facts: AuditFacts): Pick<AuditReport, 'liveProvenance'> {
  const live = liveVersionOf(facts);
  if (!live?.provenance) return {};
  return { liveProvenance: { ...live.provenance, ...(live.versionId ? { versionId: live.versionId } : {}) } };
}

export async function runAuditMode(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<StageDeps> = {},
): Promise<AuditReport> {
  const deps = resolveDeps(partial);
  const location = parseTruststoreUri(requireTruststoreUri(settings, 'audit mode'));
  const region = requireRegion(settings);
  const clients = deps.clients(region);
  const store = new TruststoreObjectStore(clients.s3, location);
  const lifecycleReader = new LifecycleReader(clients.s3, location);
  const now = new Date(deps.clock.now());
  const policy = policyOf(settings, now);
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
    domains: states.map((d) => ({
      domainName: d.domainName,
      ...(d.status !== undefined ? { status: d.status } : {}),
      ...(d.securityPolicy !== undefined ? { securityPolicy: d.securityPolicy } : {}),
      ...(d.truststoreVersion !== undefined ? { truststoreVersion: d.truststoreVersion } : {}),
    })),
    checkedAt: now.toISOString(),
    expiryWarningDays: settings.expiryWarningDays,
  };
}
