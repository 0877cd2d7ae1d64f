/**
 * plan: read the live truststore and every target pinned to it, and say exactly what a merge would
 * change. Reads only: nothing here writes to S3 or to a target.
 */
import type { AwsClients } from '../aws/clients.js';
import { ReadLimiter, settleInOrder } from '../aws/parallel.js';
import { type TruststoreObject, TruststoreObjectStore } from '../aws/truststore-object.js';
import type { Policy, Truststore } from '../pki/model.js';
import { buildPlan, type LiveVersion, parseTruststoreUri } from '../plan/diff.js';
import type { Plan, TruststoreLocation } from '../plan/model.js';
import { InputError } from '../settings/errors.js';
import type { Settings } from '../settings/settings.js';
import type { RevocationFile } from '../targets/elb/revocation-files.js';
import { TARGET_KINDS } from '../targets/index.js';
import type { LiveTarget, TargetKind, TargetSession } from '../targets/target.js';
import { policyOf, requireTruststoreUri, resolveDeps, type StageDeps } from './deps.js';
import { awsFor } from './region.js';
import { addSections, identifyServed } from './served.js';
import type { ValidateResult } from './validate.js';

/** One target as read for the plan, with the session of its kind that deploy writes through. */
export interface PlannedTarget extends LiveTarget {
  kind: TargetKind;
  session: TargetSession;
}

/** Everything plan read, kept for deploy. */
export interface LiveState {
  plan: Plan;
  location: TruststoreLocation;
  desired: Truststore;
  desiredBytes: Uint8Array;
  latest?: LiveVersion;
  /** Every target, in the order the kinds and the settings list them. */
  targets: PlannedTarget[];
  store: TruststoreObjectStore;
  /** The S3 client, for the revocation lists' own objects. */
  s3: AwsClients['s3'];
  /** The revocation lists of revocation-files (validated), when it is set. */
  revocationFiles?: RevocationFile[];
}

/** One version of the live object, analysed with the engine (the path names the version). */
export function liveVersion(
  object: { versionId?: string; etag?: string; bytes: Uint8Array },
  uri: string,
  policy: Policy,
  deps: StageDeps,
): LiveVersion {
  const path = object.versionId === undefined ? uri : `${uri}?versionId=${object.versionId}`;
  return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}

/** Reads every target of every kind the settings name, at most 8 reads in flight. */
async function readTargets(
  settings: Settings,
  context: Omit<Parameters<TargetKind['open']>[0], 'settings'>,
  limiter: ReadLimiter,
): Promise<PlannedTarget[]> {
  const perKind = await settleInOrder(
    TARGET_KINDS.map(async (kind) => {
      const session = kind.open({ ...context, settings });
      const live = await limiter.map(kind.names(settings), (name) => session.read(name));
      return live.map((target) => ({ ...target, kind, session }));
    }),
  );
  return perKind.flat();
}

/** The versions `ids` names, read once each (the latest is not read again); null when S3 no longer has it. */
export async function readPinnedVersions(
  ids: readonly string[],
  latest: LiveVersion | undefined,
  store: TruststoreObjectStore,
  analysed: (object: TruststoreObject & { versionId: string }) => LiveVersion,
  limiter: ReadLimiter,
): Promise<Map<string, LiveVersion | null>> {
  const versions = await limiter.map(ids, async (versionId) => {
    if (latest && versionId === latest.versionId) return latest;
    const object = await store.readVersion(versionId);
    return object ? analysed({ ...object, versionId }) : null;
  });
  return new Map(ids.map((id, i) => [id, versions[i] ?? null]));
}

/** What every stage that reads what is live opens first: where, which region, the clients, the object. */
export async function openLive(settings: Settings, partial: Partial<StageDeps>, stage: string) {
  const deps = resolveDeps(partial);
  const location = parseTruststoreUri(requireTruststoreUri(settings, stage));
  const { region, clients } = await awsFor(settings, deps);
  const store = new TruststoreObjectStore(clients.s3, location);
  return { deps, location, region, clients, store, policy: policyOf(settings, new Date(deps.clock.now())) };
}

export async function readLiveState(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<StageDeps> = {},
): Promise<LiveState> {
  const deps = resolveDeps(partial);
  const desired = validation.truststore;
  if (!validation.ok || desired === undefined) {
    throw new Error('the new truststore did not validate: fix the errors above before planning or deploying');
  }
  const { location, region, clients, store, policy } = await openLive(
    settings,
    deps,
    'plan and deploy modes',
  );
  const version = (object: TruststoreObject) => liveVersion(object, location.uri, policy, deps);

  // Every read is independent of the others until the targets say which versions they pin: the
  // bucket, the latest object and the targets are read together, then the pinned versions.
  const limiter = new ReadLimiter();
  const [, latestObject, targets] = await settleInOrder<
    [void, TruststoreObject | undefined, PlannedTarget[]]
  >([
    limiter.run(() => store.assertVersioningEnabled()),
    limiter.run(() => store.readLatest()),
    readTargets(settings, { clients, region, clock: deps.clock, log: deps.log }, limiter),
  ]);
  const latest = latestObject ? version(latestObject) : undefined;
  const unusable = targets.flatMap((t) => (t.unusable ? [t.unusable] : []));
  // A target that cannot use this truststore is a setting to fix (domain-names, truststore-uri).
  if (unusable.length > 0) throw new InputError(unusable.join('\n'));

  const claimedIds = [...new Set(targets.flatMap((t) => t.state.truststoreVersion ?? []))];
  const read = await readPinnedVersions(claimedIds, latest, store, version, limiter);
  // A trust store's tag is believed only when that version holds what it serves.
  const served = identifyServed(targets, read, latest, (t) =>
    liveVersion({ bytes: t.served ?? new Uint8Array() }, t.state.domainName, policy, deps),
  );
  const pinnedIds = [...new Set(targets.flatMap((t) => t.state.truststoreVersion ?? []))];
  const pinned = pinnedIds.flatMap((id) => read.get(id) ?? []);
  const unidentified = targets.filter((t) => served.has(t.state.domainName) && !t.state.truststoreVersion);
  const plan: Plan = buildPlan({
    location,
    desired,
    desiredFindings: validation.findings,
    ...(latest ? { latest } : {}),
    pinned,
    domains: targets.map((t) => t.state),
    ...(unidentified.length > 0 ? { unidentified: unidentified.map((t) => t.state.domainName) } : {}),
  });
  addSections(plan, targets, served, desired, validation.revocations);
  const blocked = targets.flatMap((t) =>
    t.blocked
      ? [{ domainName: t.state.domainName, status: t.blocked.status, message: t.blocked.message }]
      : [],
  );
  if (blocked.length > 0) plan.blockedDomains = blocked;
  // Warnings that do not stop a deploy (a CloudFormation stack that manages a domain): plan and
  // deploy both read the live state here, so both say it; the plan carries them for its comment.
  const notes = targets.flatMap((t) => t.notes ?? []);
  for (const n of notes) deps.warn(n.message, `truststore: ${n.code}`);
  if (notes.length > 0) plan.notes = notes;
  // Where what clients meet came from, as this action recorded it when it uploaded that version.
  const liveId = plan.primary.versionId ?? latest?.versionId;
  const live = [...pinned, ...(latest ? [latest] : [])].find((v) => v.versionId === liveId);
  if (live?.provenance)
    plan.liveProvenance = { ...live.provenance, ...(liveId ? { versionId: liveId } : {}) };
  deps.onPlan?.(plan);
  return {
    plan,
    location,
    desired,
    desiredBytes: new TextEncoder().encode(desired.pem),
    ...(latest ? { latest } : {}),
    targets,
    store,
    s3: clients.s3,
    ...(validation.revocations ? { revocationFiles: validation.revocations } : {}),
  };
}

/** Plan mode's stage: the plan against the live state; a target deploy would refuse is a warning now. */
export async function runPlanMode(
  settings: Settings,
  validation: ValidateResult,
  partial: Partial<StageDeps> = {},
): Promise<Plan> {
  const { plan } = await readLiveState(settings, validation, partial);
  // Deploy refuses these before any write; the plan says so now, while there is time to fix them.
  const { warn } = resolveDeps(partial);
  for (const b of plan.blockedDomains ?? []) warn(b.message, `truststore: ${b.status}`);
  return plan;
}
