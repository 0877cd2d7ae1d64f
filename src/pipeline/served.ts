/**
 * Targets that serve a bundle of their own (an ELB trust store): which object version they hold,
 * their section of the plan against what they serve, and the revocation lists deploy would change.
 * A trust store does not say which version it loaded; this action tags it with the version it
 * pointed it at, and the tag is believed only when that version holds the certificates served.
 */
import { parseCrl } from '../pki/crl.js';
import type { Truststore } from '../pki/model.js';
import { changesForClients, diffVersion, type LiveVersion, sameCertificates } from '../plan/diff.js';
import type { Plan, RevocationChanges, TargetSection } from '../plan/model.js';
import { crlDigest, type RevocationFile } from '../targets/elb/revocation-files.js';
import { type LiveRevocation, planRevocations } from '../targets/elb/revocation-plan.js';
import type { LiveTarget } from '../targets/target.js';

/** A target as plan read it (plan.ts's PlannedTarget, without the session). */
type PlannedTarget = LiveTarget & { kind: { id: string } };

/** The certificates of a version, by fingerprint. */
const certificatesOf = (v: LiveVersion) => v.analysis.entries.map((e) => e.certificate);

/**
 * For each target that serves its own bundle: the bundle analysed, and its state's version set to
 * the version that holds exactly those certificates (the tagged one first, then the latest, then
 * any other read), or cleared when none does. Returns the analysed bundles by target name.
 */
export function identifyServed(
  targets: readonly PlannedTarget[],
  versions: ReadonlyMap<string, LiveVersion | null>,
  latest: LiveVersion | undefined,
  analysed: (target: PlannedTarget) => LiveVersion,
): Map<string, LiveVersion> {
  const out = new Map<string, LiveVersion>();
  for (const t of targets) {
    if (!t.served) continue;
    const served = analysed(t);
    out.set(t.state.domainName, served);
    const want = certificatesOf(served);
    const tagged = t.state.truststoreVersion;
    const candidates = [...(tagged ? [versions.get(tagged)] : []), latest, ...versions.values()].filter(
      (v): v is LiveVersion => v !== undefined && v !== null && v.versionId !== undefined,
    );
    const holder = candidates.find((v) => sameCertificates(certificatesOf(v), want));
    if (holder?.versionId) t.state.truststoreVersion = holder.versionId;
    else delete t.state.truststoreVersion;
  }
  return out;
}

/** A target's live revocation lists, parsed for the diff; an unreadable one is removed by deploy. */
function liveLists(t: PlannedTarget): LiveRevocation[] {
  return (t.revocations ?? []).map((r) => {
    const base = { revocationId: r.revocationId, entries: r.entries };
    if (!r.content) return { ...base, problem: 'its content was not read' };
    const { crl, problem } = parseCrl(r.content, `${t.state.domainName} revocation ${r.revocationId}`);
    if (!crl) return { ...base, problem: problem ?? 'unreadable' };
    return { ...base, crl, sha256: crlDigest(crl.der) };
  });
}

/** What deploy would change in a target's revocation lists, as the plan shows it. */
export function revocationChanges(
  t: PlannedTarget,
  desired: readonly RevocationFile[],
  entries: Truststore['entries'],
): RevocationChanges {
  const live = liveLists(t);
  const planned = planRevocations(desired, live, entries);
  const kept = new Map(planned.keep.map((k) => [k.revocationId, k.file]));
  return {
    live: live.map((l) => ({
      revocationId: l.revocationId,
      entries: l.entries,
      ...(l.crl ? { issuer: l.crl.issuer } : {}),
      ...(kept.has(l.revocationId) ? { file: kept.get(l.revocationId) as string } : {}),
    })),
    add: planned.add.map((f) => f.path),
    replace: planned.replace.map((r) => ({ file: r.file.path, revocationId: r.revocationId })),
    remove: planned.remove.map((r) => ({
      revocationId: r.revocationId,
      ...(r.issuer ? { issuer: r.issuer } : {}),
    })),
    serialsAdded: planned.serialsAdded,
    serialsRemoved: planned.serialsRemoved,
    changed: planned.changed,
  };
}

/**
 * The plan's section of each target that serves its own bundle, and the plan's totals made against
 * each target's live bundle: `added-count` and `removed-count` count the certificates added to or
 * removed from any target, and a change to revocation lists alone is a change.
 */
export function addSections(
  plan: Plan,
  targets: readonly PlannedTarget[],
  served: ReadonlyMap<string, LiveVersion>,
  desired: Truststore,
  revocations: readonly RevocationFile[] | undefined,
): void {
  const sections: TargetSection[] = [];
  for (const t of targets) {
    const bundle = served.get(t.state.domainName);
    if (!bundle) continue;
    const diff = diffVersion(desired, new TextEncoder().encode(desired.pem), bundle, [t.state.domainName]);
    sections.push({
      kind: t.kind.id,
      name: t.state.domainName,
      ...(t.state.status ? { status: t.state.status } : {}),
      ...(t.state.truststoreVersion ? { versionId: t.state.truststoreVersion } : {}),
      facts: t.facts ?? [],
      added: diff.added,
      removed: diff.removed,
      unchanged: diff.unchanged.length,
      roll: plan.domainsToRoll.includes(t.state.domainName),
      ...(revocations !== undefined && t.revocations
        ? { revocations: revocationChanges(t, revocations, desired.entries) }
        : {}),
    });
  }
  if (sections.length === 0) return;
  plan.targets = sections;
  const changes = changesForClients(plan);
  plan.addedCount = changes.added.length;
  plan.removedCount = changes.removed.length;
  if (sections.some((s) => s.revocations?.changed)) {
    plan.upToDate = false;
    plan.hasChanges = true;
  }
}
