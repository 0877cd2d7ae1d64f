/**
 * The audit's common checks: what is live (the truststore versions the targets are pinned to, the
 * bucket's versioning and lifecycle rules) against what should be, as problems. Each kind of target
 * adds its own (src/targets/<kind>/audit.ts). Pure: src/pipeline/audit.ts reads AWS and hands the
 * facts in.
 */
import type { Certificate, Truststore } from '../pki/model.js';
import type { LiveVersion } from '../plan/diff.js';
import type { DomainState, Provenance, TruststoreLocation } from '../plan/model.js';
import { type LifecycleRule, type LifecycleTag, lifecycleThreats } from './lifecycle.js';
import { type Problem, problem, sortProblems } from './problems.js';
import { type DeployRecord, revertedPins } from './reverted.js';

export const DAY = 86_400_000;

/** What every audit knows, whatever the kinds of target. */
export interface AuditFacts {
  now: Date;
  expiryWarningDays: number;
  location: TruststoreLocation;
  /** Undefined when versioning is Enabled; else the sentence with the fix. */
  versioningProblem?: string;
  /** The current version; undefined when there is none (deleted, or never written). */
  latest?: LiveVersion;
  /** Every version some target pins: its content, or null when S3 no longer has it. */
  pinned: Map<string, LiveVersion | null>;
  /** The targets that were found (as in the plan, named `domains` whatever their kind). */
  domains: DomainState[];
  /** The bucket's lifecycle rules (empty when it has none); a string when they could not be read. */
  lifecycle: LifecycleRule[] | string;
  /** Tags per version id, read only when a tag-filtered rule could apply; undefined = unreadable. */
  versionTags: Map<string, LifecycleTag[] | undefined>;
  /** The truststore built from ca-files; undefined when they did not validate. */
  desired?: Truststore;
  /** The object's versions and the newest one deploy recorded; undefined when not read (pin-reverted). */
  deployRecord?: DeployRecord;
}

export function list(names: readonly string[]): string {
  return names.join(', ');
}

function pinnedBy(facts: AuditFacts): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const d of facts.domains) {
    if (d.truststoreVersion === undefined || d.truststoreVersion === 'null') continue;
    groups.set(d.truststoreVersion, [...(groups.get(d.truststoreVersion) ?? []), d.domainName]);
  }
  return groups;
}

/** The versions whose content clients meet: the pinned ones, or the latest when no domain is listed. */
function audited(facts: AuditFacts): { versionId: string; version: LiveVersion; domains: string[] }[] {
  const groups = pinnedBy(facts);
  const out: { versionId: string; version: LiveVersion; domains: string[] }[] = [];
  for (const [versionId, domains] of groups) {
    const version = facts.pinned.get(versionId);
    if (version) out.push({ versionId, version, domains });
  }
  if (facts.domains.length === 0 && facts.latest?.versionId !== undefined) {
    out.push({ versionId: facts.latest.versionId, version: facts.latest, domains: [] });
  }
  return out;
}

function who(domains: readonly string[]): { domain: string | null; text: string } {
  if (domains.length === 0) return { domain: null, text: 'the latest version (no domain listed)' };
  return { domain: domains.length === 1 ? (domains[0] as string) : null, text: `pinned by ${list(domains)}` };
}

export function days(ms: number): string {
  const n = Math.floor(Math.abs(ms) / DAY);
  return `${n} day${n === 1 ? '' : 's'}`;
}

/**
 * Expired and expiring CA certificates: `at` says where each one is (which version, which target),
 * `domain` is the target the problems are about.
 */
export function certificateExpiry(
  certificates: readonly Certificate[],
  at: (c: Certificate) => string,
  domain: string | null,
  context: { now: Date; expiryWarningDays: number },
): Problem[] {
  const out: Problem[] = [];
  const now = context.now.getTime();
  const limit = now + context.expiryWarningDays * DAY;
  for (const c of certificates) {
    const end = c.notAfter.getTime();
    if (end <= now) {
      out.push(
        problem(
          'ca-expired',
          domain,
          `CA certificate ${at(c)} expired on ${c.notAfter.toISOString().slice(0, 10)} (${days(now - end)} ago): clients it issued are refused; replace or remove it in ca-files and deploy`,
        ),
      );
    } else if (end <= limit) {
      out.push(
        problem(
          'ca-expiring',
          domain,
          `CA certificate ${at(c)} expires on ${c.notAfter.toISOString().slice(0, 10)} (in ${days(end - now)}): add its successor to ca-files and deploy before then`,
        ),
      );
    }
  }
  return out;
}

function expiry(facts: AuditFacts): Problem[] {
  return audited(facts).flatMap(({ versionId, version, domains }) => {
    const { domain, text } = who(domains);
    return certificateExpiry(
      version.analysis.entries.map((e) => e.certificate),
      (c) => `${c.subject} (SHA-256 ${c.fingerprint.slice(0, 16)}…) in version ${versionId}, ${text}`,
      domain,
      facts,
    );
  });
}

function drift(facts: AuditFacts): Problem[] {
  const out: Problem[] = [];
  const groups = pinnedBy(facts);
  if (groups.size > 1) {
    out.push(
      problem(
        'versions-differ',
        null,
        `the domains are pinned to ${groups.size} different versions (${[...groups]
          .map(([v, names]) => `${list(names)} on ${v}`)
          .join(
            '; ',
          )}): clients meet different truststores depending on the domain; run deploy to roll every domain to one version`,
      ),
    );
  }
  const latest = facts.latest?.versionId;
  if (latest !== undefined && facts.domains.length > 0 && !groups.has(latest)) {
    out.push(
      problem(
        'latest-not-pinned',
        null,
        `the latest version ${latest} of ${facts.location.uri} is pinned by no domain: a deploy stopped or was rolled back, or someone wrote the object by hand; run deploy to roll the domains, or restore the object to the reviewed version`,
      ),
    );
  }
  if (facts.latest === undefined) {
    out.push(
      problem(
        'truststore-missing',
        null,
        `${facts.location.uri} has no current version (never written, or deleted: a delete marker is on top): the next deploy starts from nothing; run deploy, or remove the delete marker`,
      ),
    );
  }
  return out;
}

function lifecycle(facts: AuditFacts): Problem[] {
  if (typeof facts.lifecycle === 'string') return [problem('lifecycle-unreadable', null, facts.lifecycle)];
  const out: Problem[] = [];
  const groups = pinnedBy(facts);
  for (const [versionId, domains] of groups) {
    const version = facts.pinned.get(versionId);
    if (!version) continue;
    const current = versionId === facts.latest?.versionId;
    const threats = lifecycleThreats(facts.lifecycle, {
      key: facts.location.key,
      size: version.bytes.length,
      current,
      tags: facts.versionTags.has(versionId) ? facts.versionTags.get(versionId) : [],
    });
    const { domain } = who(domains);
    for (const t of threats) {
      const subject = `version ${versionId} of ${facts.location.uri} (pinned by ${list(domains)}${current ? ', the current version' : ', noncurrent'})`;
      const fix =
        'exclude the truststore key from the rule (a prefix or tag filter), or lengthen its days beyond how long a version stays pinned; a deleted pinned version breaks the next update of the domain and any rollback to it';
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html
      if (t.certainty === 'possible') {
        out.push(
          problem(
            'lifecycle-may-expire-pinned',
            domain,
            `${t.what}, and may apply to ${subject}: its filter has tags and the version's tags could not be read (allow s3:GetObjectVersionTagging to be sure); ${fix}`,
          ),
        );
      } else {
        out.push(
          problem(
            t.effect === 'delete' ? 'lifecycle-expires-pinned' : 'lifecycle-expires-current',
            domain,
            `${t.what}, and applies to ${subject}: ${fix}`,
          ),
        );
      }
    }
  }
  return out;
}

function repository(facts: AuditFacts): Problem[] {
  if (!facts.desired) {
    return [
      problem(
        'repository-invalid',
        null,
        'the CA files in the repository (ca-files) do not validate, so they cannot be compared with what is live: fix the errors reported above',
      ),
    ];
  }
  const desired = new Set(facts.desired.entries.map((e) => e.certificate.fingerprint));
  const out: Problem[] = [];
  for (const { versionId, version, domains } of audited(facts)) {
    const live = new Set(version.analysis.entries.map((e) => e.certificate.fingerprint));
    const added = [...desired].filter((f) => !live.has(f)).length;
    const removed = [...live].filter((f) => !desired.has(f)).length;
    if (added + removed === 0) continue;
    const { domain, text } = who(domains);
    out.push(
      problem(
        'repository-differs',
        domain,
        `the CA files in the repository differ from version ${versionId}, ${text}: ${added} CA certificate${added === 1 ? '' : 's'} in the repository are not live, ${removed} live one${removed === 1 ? ' is' : 's are'} not in the repository (a merge that was never deployed, or the object changed by hand); run deploy, or bring ca-files in line with what is live`,
      ),
    );
  }
  return out;
}

/** The version clients meet: the one most targets pin, else the latest. */
export function liveVersionOf(
  facts: Pick<AuditFacts, 'domains' | 'pinned' | 'latest'>,
): LiveVersion | undefined {
  const counts = new Map<string, number>();
  for (const d of facts.domains) {
    if (d.truststoreVersion) counts.set(d.truststoreVersion, (counts.get(d.truststoreVersion) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (top !== undefined ? facts.pinned.get(top) : undefined) ?? facts.latest;
}

export interface AuditResult {
  healthy: boolean;
  problems: Problem[];
}

/** What an audit reports: the verdict, and what was looked at. */
export interface AuditReport extends AuditResult {
  location: TruststoreLocation;
  latestVersionId?: string;
  /** Where the version most targets pin (else the latest) came from, as recorded on it. */
  liveProvenance?: Provenance & { versionId?: string };
  domains: { domainName: string; status?: string; securityPolicy?: string; truststoreVersion?: string }[];
  /** ISO 8601. */
  checkedAt: string;
  expiryWarningDays: number;
}

/**
 * The verdict: the common checks and the targets' own problems. Healthy means no problem of any
 * severity: a warning today is an outage in expiry-warning-days.
 */
export function judgeLiveState(facts: AuditFacts, targetProblems: readonly Problem[]): AuditResult {
  const problems = facts.versioningProblem
    ? [problem('versioning-not-enabled', null, facts.versioningProblem)]
    : [];
  problems.push(
    ...targetProblems,
    ...expiry(facts),
    ...drift(facts),
    ...revertedPins(facts),
    ...lifecycle(facts),
    ...repository(facts),
  );
  const sorted = sortProblems(problems);
  return { healthy: sorted.length === 0, problems: sorted };
}
