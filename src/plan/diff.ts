/**
 * The plan: the desired truststore against the live one, by certificate fingerprint.
 * Pure: the live state is read by the AWS adapters (or, for a fork pull request, built from the
 * base commit) and handed in as data.
 */

import { createHash } from 'node:crypto';
import type { Analysis, Finding, Truststore, TruststoreEntry } from '../pki/model.js';
import { InputError } from '../settings/errors.js';
import type {
  CertificateSummary,
  DomainState,
  Plan,
  Provenance,
  TruststoreLocation,
  VersionDiff,
} from './model.js';

/** One version of the live object, parsed with the same engine as the desired truststore. */
export interface LiveVersion {
  /** Undefined only for an offline plan (a truststore built from the base commit). */
  versionId?: string;
  etag?: string;
  bytes: Uint8Array;
  analysis: Analysis;
  /** What this action recorded on the version when it uploaded it (S3 metadata). */
  provenance?: Provenance;
}

export interface PlanInput {
  location: TruststoreLocation;
  desired: Truststore;
  desiredFindings: Finding[];
  /** The newest object version; undefined when there is no object yet (first deployment). */
  latest?: LiveVersion;
  /** Every distinct version some domain is pinned to (latest included when a domain pins it). */
  pinned: LiveVersion[];
  domains: DomainState[];
  /** The plan was made without AWS (fork pull request). */
  offline?: boolean;
  /** Targets that serve a bundle no object version holds (an ELB trust store changed by hand). */
  unidentified?: readonly string[];
}

/** A bad `truststore-uri`, with the fix in the message. */
export class TruststoreUriError extends InputError {
  override name = 'TruststoreUriError';
}

/** Parses `s3://bucket/key`; the bucket follows the S3 general purpose bucket naming rules. */
export function parseTruststoreUri(uri: string): TruststoreLocation {
  const trimmed = uri.trim();
  const example = 'set truststore-uri to s3://<bucket>/<key>, e.g. s3://my-truststores/api/truststore.pem';
  if (trimmed === '') throw new TruststoreUriError(`input truststore-uri is empty: ${example}`);
  const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(trimmed);
  if (!m) throw new TruststoreUriError(`input truststore-uri is "${trimmed}": ${example}`);
  const bucket = m[1] as string;
  const key = m[2] as string;
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    throw new TruststoreUriError(
      `input truststore-uri names bucket "${bucket}", which is not a valid S3 bucket name: use 3-63 lowercase letters, digits, dots and hyphens (${example})`,
    );
  }
  if (key.endsWith('/')) {
    throw new TruststoreUriError(
      `input truststore-uri "${trimmed}" ends with "/", which names a folder: add the object name (${example})`,
    );
  }
  return { bucket, key, uri: `s3://${bucket}/${key}` };
}

export function summarize(entry: TruststoreEntry): CertificateSummary {
  const c = entry.certificate;
  return {
    fingerprint: c.fingerprint,
    subject: c.subject,
    issuer: c.issuer,
    role: entry.role,
    depth: entry.depth,
    notAfter: c.notAfter.toISOString(),
    issuerFingerprint: entry.issuerFingerprint,
  };
}

/** The same certificates, by fingerprint, whatever their order, encoding or repetitions. */
export function sameCertificates(
  a: readonly { fingerprint: string }[],
  b: readonly { fingerprint: string }[],
): boolean {
  const left = new Set(a.map((c) => c.fingerprint));
  const right = new Set(b.map((c) => c.fingerprint));
  return left.size === right.size && [...left].every((f) => right.has(f));
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The new truststore against one version of the live object (or a target's live bundle). */
export function diffVersion(
  desired: Truststore,
  desiredBytes: Uint8Array,
  live: LiveVersion | undefined,
  domains: string[],
) {
  const liveEntries = live?.analysis.entries ?? [];
  const liveByFp = new Map(liveEntries.map((e) => [e.certificate.fingerprint, e]));
  const desiredFps = new Set(desired.entries.map((e) => e.certificate.fingerprint));
  const added = desired.entries.filter((e) => !liveByFp.has(e.certificate.fingerprint)).map(summarize);
  const unchanged = desired.entries.filter((e) => liveByFp.has(e.certificate.fingerprint)).map(summarize);
  const removed = liveEntries.filter((e) => !desiredFps.has(e.certificate.fingerprint)).map(summarize);
  const identical = live !== undefined && sameBytes(live.bytes, desiredBytes);
  const diff: VersionDiff = {
    versionId: live?.versionId,
    domains,
    added,
    removed,
    unchanged,
    reformat: live !== undefined && !identical && added.length === 0 && removed.length === 0,
    identical,
  };
  return diff;
}

function label(versionId: string | undefined): string {
  return versionId === undefined ? 'an unknown version' : `version ${versionId}`;
}

/** Findings of the live object, each pointing at the object version it was found in. */
function liveFindingsOf(location: TruststoreLocation, versions: LiveVersion[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const v of versions) {
    for (const f of v.analysis.findings) {
      const key = `${f.code}\u0000${f.fingerprint ?? ''}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const file = v.versionId === undefined ? location.uri : `${location.uri}?versionId=${v.versionId}`;
      out.push({ ...f, file });
    }
  }
  return out;
}

export function buildPlan(input: PlanInput): Plan {
  const { location, desired, latest, domains } = input;
  const desiredBytes = new TextEncoder().encode(desired.pem);
  const byVersion = new Map<string, LiveVersion>();
  for (const v of input.pinned) if (v.versionId !== undefined) byVersion.set(v.versionId, v);
  if (latest?.versionId !== undefined) byVersion.set(latest.versionId, latest);

  // Domains grouped by the version they pin, in the order domains were given.
  const groups = new Map<string, string[]>();
  const unpinned: string[] = [];
  for (const d of domains) {
    if (d.truststoreVersion === undefined) unpinned.push(d.domainName);
    else groups.set(d.truststoreVersion, [...(groups.get(d.truststoreVersion) ?? []), d.domainName]);
  }

  // What clients meet: the version most domains pin; with no pinned domain, the latest object.
  const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const primaryVersionId = ranked[0]?.[0];
  const primaryLive = primaryVersionId === undefined ? latest : byVersion.get(primaryVersionId);
  const primary = diffVersion(desired, desiredBytes, primaryLive, groups.get(primaryVersionId ?? '') ?? []);
  if (primaryVersionId !== undefined) primary.versionId = primaryVersionId;

  const pinnedDiffs =
    ranked.length > 1
      ? ranked.map(([versionId, names]) => {
          const d = diffVersion(desired, desiredBytes, byVersion.get(versionId), names);
          d.versionId = versionId;
          return d;
        })
      : [];

  const drift: string[] = [];
  if (ranked.length > 1) {
    drift.push(
      `domains are pinned to ${ranked.length} different versions: ${ranked
        .map(([v, names]) => `${names.join(', ')} on ${label(v)}`)
        .join('; ')}`,
    );
  }
  if (latest?.versionId !== undefined) {
    const behind = ranked.filter(([v]) => v !== latest.versionId).flatMap(([, names]) => names);
    if (behind.length > 0) {
      drift.push(
        `the latest object version ${latest.versionId} is not the one ${behind.join(', ')} ${
          behind.length === 1 ? 'is' : 'are'
        } pinned to (an earlier deploy was rolled back or stopped part-way, or someone wrote the object by hand)`,
      );
    }
  }
  for (const name of unpinned) {
    drift.push(
      input.unidentified?.includes(name)
        ? `${name} serves a bundle that no version of ${location.uri} holds (it was changed by hand, or never deployed by this action): deploy will point it at the new version, and a rollback could not restore what it serves now`
        : `${name} does not pin a truststore version: deploy will pin it`,
    );
  }
  const missing = ranked.filter(([v]) => !byVersion.has(v));
  for (const [v, names] of missing) {
    drift.push(
      `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} pinned to ${label(v)}, which was not read`,
    );
  }

  const latestIdentical = latest !== undefined && sameBytes(latest.bytes, desiredBytes);
  // An object written before versioning was enabled has version id "null": it cannot be pinned, so
  // deploy writes a real version even when the bytes already match.
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/AddingObjectstoVersioningEnabledBuckets.html
  const unpinnable = !input.offline && latest !== undefined && (latest.versionId ?? 'null') === 'null';
  const upload = !latestIdentical || unpinnable;
  const domainsToRoll = domains
    .filter((d) => upload || d.truststoreVersion === undefined || d.truststoreVersion !== latest?.versionId)
    .map((d) => d.domainName);
  const upToDate = !upload && domainsToRoll.length === 0;

  const liveVersions = [primaryLive, ...byVersion.values()].filter((v): v is LiveVersion => v !== undefined);
  return {
    location,
    desired: { sha256: desired.sha256, certificates: desired.entries.map(summarize) },
    ...(latest?.versionId !== undefined
      ? { latest: { versionId: latest.versionId, etag: latest.etag ?? '', sha256: sha256Hex(latest.bytes) } }
      : {}),
    primary,
    pinnedDiffs,
    domains,
    drift,
    findings: input.desiredFindings,
    liveFindings: liveFindingsOf(location, [...new Set(liveVersions)]),
    hasChanges: !upToDate,
    addedCount: primary.added.length,
    removedCount: primary.removed.length,
    upToDate,
    upload,
    domainsToRoll,
    ...(input.offline ? { offline: true } : {}),
  };
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * What a merge adds and removes for some target's clients: the primary diff speaks for the domains
 * (and for a plan without targets), each trust store section for what that trust store serves.
 * Each certificate once, in the order first met.
 */
export function changesForClients(plan: Pick<Plan, 'primary' | 'targets' | 'domains'>): {
  added: CertificateSummary[];
  removed: CertificateSummary[];
} {
  const sections = plan.targets ?? [];
  const own = new Set(sections.map((s) => s.name));
  const domains = sections.length === 0 || plan.domains.some((d) => !own.has(d.domainName));
  const lists = [...(domains ? [plan.primary] : []), ...sections];
  const unique = (all: CertificateSummary[]) => [...new Map(all.map((c) => [c.fingerprint, c])).values()];
  return {
    added: unique(lists.flatMap((l) => l.added)),
    removed: unique(lists.flatMap((l) => l.removed)),
  };
}
