/**
 * The audit: what is live (the truststore versions the domains are pinned to, the domains, the
 * bucket's lifecycle rules, the ownership certificates) against what should be, as problems.
 * Pure: src/modes/audit.ts reads AWS and hands the facts in.
 */
import type { Truststore } from '../pki/model.js';
import type { LiveVersion } from '../plan/diff.js';
import type { TruststoreLocation } from '../plan/model.js';
import {
  type DomainFacts,
  domainStateProblem,
  isEnhancedSecurityPolicy,
} from '../targets/api-gateway/health.js';
import { type LifecycleRule, type LifecycleTag, lifecycleThreats } from './lifecycle.js';
import { type Problem, problem, sortProblems } from './problems.js';

const DAY = 86_400_000;

export interface AuditedDomain extends DomainFacts {
  truststoreUri?: string;
  truststoreVersion?: string;
  warnings: string[];
  ownershipVerificationCertificateArn?: string;
}

export interface OwnershipCertificate {
  arn: string;
  /** ISO 8601. */
  notAfter?: string;
  /** ACM status: ISSUED, EXPIRED, REVOKED, ... */
  status?: string;
  /** ELIGIBLE or INELIGIBLE for ACM managed renewal. */
  renewalEligibility?: string;
  /** Set when DescribeCertificate failed: the sentence with the fix. */
  unreadable?: string;
  /** The certificate does not exist (ResourceNotFoundException). */
  missing?: boolean;
}

export interface AuditFacts {
  now: Date;
  expiryWarningDays: number;
  location: TruststoreLocation;
  /** Undefined when versioning is Enabled; else the sentence with the fix. */
  versioningProblem?: string;
  /** The current version; undefined when there is none (deleted, or never written). */
  latest?: LiveVersion;
  /** Every version some domain pins: its content, or null when S3 no longer has it. */
  pinned: Map<string, LiveVersion | null>;
  domains: AuditedDomain[];
  /** Domains in domain-names that GetDomainName does not know. */
  missingDomains: { domainName: string; message: string }[];
  /** The bucket's lifecycle rules (empty when it has none); a string when they could not be read. */
  lifecycle: LifecycleRule[] | string;
  /** Tags per version id, read only when a tag-filtered rule could apply; undefined = unreadable. */
  versionTags: Map<string, LifecycleTag[] | undefined>;
  ownershipCertificates: Map<string, OwnershipCertificate>;
  /** The truststore built from ca-files; undefined when they did not validate. */
  desired?: Truststore;
}

function list(names: readonly string[]): string {
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

function days(ms: number): string {
  const n = Math.floor(Math.abs(ms) / DAY);
  return `${n} day${n === 1 ? '' : 's'}`;
}

function expiry(facts: AuditFacts): Problem[] {
  const out: Problem[] = [];
  const now = facts.now.getTime();
  const limit = now + facts.expiryWarningDays * DAY;
  for (const { versionId, version, domains } of audited(facts)) {
    const { domain, text } = who(domains);
    for (const entry of version.analysis.entries) {
      const c = entry.certificate;
      const end = c.notAfter.getTime();
      const at = `${c.subject} (SHA-256 ${c.fingerprint.slice(0, 16)}…) in version ${versionId}, ${text}`;
      if (end <= now) {
        out.push(
          problem(
            'ca-expired',
            domain,
            `CA certificate ${at} expired on ${c.notAfter.toISOString().slice(0, 10)} (${days(now - end)} ago): clients it issued are refused; replace or remove it in ca-files and deploy`,
          ),
        );
      } else if (end <= limit) {
        out.push(
          problem(
            'ca-expiring',
            domain,
            `CA certificate ${at} expires on ${c.notAfter.toISOString().slice(0, 10)} (in ${days(end - now)}): add its successor to ca-files and deploy before then`,
          ),
        );
      }
    }
  }
  return out;
}

function domainProblems(facts: AuditFacts): Problem[] {
  const out: Problem[] = [];
  for (const m of facts.missingDomains) out.push(problem('domain-missing', m.domainName, m.message));
  for (const d of facts.domains) {
    const name = d.domainName;
    const state = domainStateProblem(d);
    if (state) out.push(problem(state.code, name, state.message));
    if (isEnhancedSecurityPolicy(d.securityPolicy) && d.mtlsEnabled) {
      out.push(
        problem(
          'security-policy-enhanced',
          name,
          `custom domain name ${name} has mutual TLS but the enhanced security policy ${d.securityPolicy}, which API Gateway does not allow with mutual TLS: set its security policy to TLS_1_2 (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html)`,
        ),
      );
    }
    if (!d.mtlsEnabled) {
      out.push(
        problem(
          'domain-not-mutual-tls',
          name,
          `custom domain name ${name} has no mutual TLS: clients are not asked for a certificate; enable mutual TLS with truststore ${facts.location.uri}, or remove it from domain-names`,
        ),
      );
      continue;
    }
    if (d.truststoreUri !== facts.location.uri) {
      out.push(
        problem(
          'domain-other-truststore',
          name,
          `custom domain name ${name} uses truststore ${d.truststoreUri}, not ${facts.location.uri}: point it at ${facts.location.uri}, or audit its truststore in a separate step`,
        ),
      );
      continue;
    }
    for (const w of d.warnings) {
      // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
      out.push(
        problem(
          'truststore-warnings',
          name,
          `API Gateway reports a truststore warning for ${name} on version ${d.truststoreVersion ?? '(unpinned)'}: ${w} — some clients may be refused; fix the certificate it names in ca-files and deploy`,
        ),
      );
    }
    if (d.truststoreVersion === undefined || d.truststoreVersion === 'null') {
      out.push(
        problem(
          'version-unpinned',
          name,
          d.truststoreVersion === 'null'
            ? `custom domain name ${name} is pinned to version "null" (written before versioning was enabled), which any write replaces in place: run deploy to pin it to a real version`
            : `custom domain name ${name} pins no truststore version: API Gateway keeps whatever it loaded last, and a change of the object can reach it unreviewed; run deploy to pin it`,
        ),
      );
    } else if (facts.pinned.get(d.truststoreVersion) === null) {
      out.push(
        problem(
          'pinned-version-missing',
          name,
          `custom domain name ${name} is pinned to version ${d.truststoreVersion} of ${facts.location.uri}, which S3 no longer has: the next update of the domain fails, and nothing can be rolled back to it; run deploy to pin a version that exists`,
        ),
      );
    }
    const arn = d.ownershipVerificationCertificateArn;
    const cert = arn ? facts.ownershipCertificates.get(arn) : undefined;
    if (cert) out.push(...ownership(facts, name, cert));
  }
  return out;
}

// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (ownership verification certificate)
function ownership(facts: AuditFacts, name: string, cert: OwnershipCertificate): Problem[] {
  if (cert.unreadable) return [problem('ownership-certificate-unreadable', name, cert.unreadable)];
  const now = facts.now.getTime();
  const end = cert.notAfter ? Date.parse(cert.notAfter) : undefined;
  const renew =
    cert.renewalEligibility === 'INELIGIBLE'
      ? " ACM reports it INELIGIBLE for managed renewal: request a new public certificate for the domain and set it as the domain's ownershipVerificationCertificateArn."
      : " Check its renewal in ACM (DNS validation records in place), or request a new one and set it as the domain's ownershipVerificationCertificateArn.";
  const what = `the ownership verification certificate ${cert.arn} of ${name}`;
  if (cert.missing) {
    return [
      problem(
        'ownership-certificate-expired',
        name,
        `${what} does not exist in ACM: API Gateway cannot verify ownership, and the domain becomes PENDING_OWNERSHIP_VERIFICATION.${renew}`,
      ),
    ];
  }
  if (cert.status === 'EXPIRED' || cert.status === 'REVOKED' || (end !== undefined && end <= now)) {
    return [
      problem(
        'ownership-certificate-expired',
        name,
        `${what} is ${cert.status === 'REVOKED' ? 'revoked' : `expired${end !== undefined ? ` (since ${new Date(end).toISOString().slice(0, 10)})` : ''}`}: updates of the domain fail until it is replaced.${renew}`,
      ),
    ];
  }
  if (end !== undefined && end <= now + facts.expiryWarningDays * DAY) {
    return [
      problem(
        'ownership-certificate-expiring',
        name,
        `${what} expires on ${new Date(end).toISOString().slice(0, 10)} (in ${days(end - now)}).${renew}`,
      ),
    ];
  }
  return [];
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

export interface AuditResult {
  healthy: boolean;
  problems: Problem[];
}

/** Healthy means no problem of any severity: a warning today is an outage in expiry-warning-days. */
export function assessLiveState(facts: AuditFacts): AuditResult {
  const problems = facts.versioningProblem
    ? [problem('versioning-not-enabled', null, facts.versioningProblem)]
    : [];
  problems.push(
    ...domainProblems(facts),
    ...expiry(facts),
    ...drift(facts),
    ...lifecycle(facts),
    ...repository(facts),
  );
  const sorted = sortProblems(problems);
  return { healthy: sorted.length === 0, problems: sorted };
}
