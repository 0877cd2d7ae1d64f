/**
 * The reviewed plan as a contract: what a deploy may apply is fixed by the pull request's plan
 * comment. The contract hashes only what a deploy writes and where: the canonical truststore
 * bytes, the truststore URI, the label, the targets (domain names, `elb:<trust store ARN>`) and,
 * when revocation-files is set, the revocation lists. Nothing volatile (dates, "expires in
 * N days", domain status, the live version) goes in, so the same change gives the same contract
 * on the pull request and after the merge.
 */
import { createHash } from 'node:crypto';

/** Bumped when the hashed fields change: an older contract then never matches by accident. */
export const CONTRACT_FORMAT = 'mtls-truststore-contract/1';

/** How many certificates the marker lists by fingerprint prefix (our policy: keeps a comment small). */
export const MAX_LISTED_CERTIFICATES = 256;
/** How many domain names the marker lists, and in how many characters (our policy: keeps a comment small). */
export const MAX_LISTED_DOMAINS = 100;
export const MAX_LISTED_DOMAIN_CHARS = 2000;
/** How many revocation lists the marker lists (our policy; a trust store holds at most 30). */
export const MAX_LISTED_CRLS = 64;
/** 16 hex digits (64 bits) name a certificate unambiguously in a message; the hash is the check. */
export const FINGERPRINT_PREFIX = 16;

/** What a deploy would apply. */
export interface ContractInput {
  /** SHA-256 (hex) of the canonical truststore bytes. */
  truststoreSha256: string;
  uri: string;
  label: string;
  domainNames: readonly string[];
  /** SHA-256 fingerprints of the certificates in the truststore. */
  fingerprints: readonly string[];
  /**
   * SHA-256 (hex) of each revocation list's DER, when revocation-files is set (undefined: not
   * managed, and the contract hashes as it did before revocation lists existed).
   */
  revocations?: readonly string[];
}

/** The contract and what a marker carries to explain a mismatch, bounded in size. */
export interface Contract {
  contract: string;
  truststore: string;
  /** Sorted fingerprint prefixes; absent when there are more than MAX_LISTED_CERTIFICATES. */
  certs?: string[];
  certCount: number;
  /** Sorted, unique; absent past MAX_LISTED_DOMAINS names or MAX_LISTED_DOMAIN_CHARS characters. */
  domains?: string[];
  /** Sorted SHA-256 of the revocation lists, when revocation-files is set (at most 30 fit a trust store). */
  crls?: string[];
}

/** Domain names compare without case (DNS); other targets' names (`elb:<arn>`) are kept as they are. */
export function sortedDomains(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => (n.startsWith('elb:') ? n : n.toLowerCase())))].sort();
}

export function contractOf(input: ContractInput): Contract {
  const domains = sortedDomains(input.domainNames);
  const crls = input.revocations === undefined ? undefined : [...new Set(input.revocations)].sort();
  const contract = createHash('sha256')
    .update(
      JSON.stringify([
        CONTRACT_FORMAT,
        input.truststoreSha256,
        input.uri,
        input.label,
        domains,
        ...(crls === undefined ? [] : [crls]),
      ]),
    )
    .digest('hex');
  const certs = [...new Set(input.fingerprints.map((f) => f.slice(0, FINGERPRINT_PREFIX)))].sort();
  return {
    contract,
    truststore: input.truststoreSha256,
    ...(certs.length <= MAX_LISTED_CERTIFICATES ? { certs } : {}),
    certCount: input.fingerprints.length,
    ...(domains.length <= MAX_LISTED_DOMAINS && domains.join('').length <= MAX_LISTED_DOMAIN_CHARS
      ? { domains }
      : {}),
    ...(crls !== undefined && crls.length <= MAX_LISTED_CRLS ? { crls } : {}),
  };
}

/** What was reviewed, as read back from a plan comment's marker. */
export interface ReviewedContract {
  contract: string;
  truststore?: string;
  certs?: string[];
  certCount?: number;
  uri?: string;
  label?: string;
  domains?: string[];
  crls?: string[];
}

function listed(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/**
 * One sentence per difference between the reviewed contract and the one about to be applied.
 * `subjectOf` names a certificate of the current truststore by its fingerprint prefix.
 */
export function describeDifferences(
  reviewed: ReviewedContract,
  current: Contract & { uri: string; label: string },
  subjectOf: (prefix: string) => string | undefined,
): string[] {
  if (reviewed.contract === current.contract) return [];
  const out: string[] = [];
  if (reviewed.certs && current.certs) {
    const before = new Set(reviewed.certs);
    const now = new Set(current.certs);
    const added = current.certs.filter((c) => !before.has(c));
    const removed = reviewed.certs.filter((c) => !now.has(c));
    if (added.length > 0) {
      const names = added.map((c) => `${subjectOf(c) ?? 'certificate'} (SHA-256 ${c}…)`);
      out.push(`certificates added since the review: ${listed(names)}`);
    }
    if (removed.length > 0) {
      out.push(
        `certificates removed since the review: ${listed(removed.map((c) => `SHA-256 ${c}…`))} (their subjects are in the reviewed plan comment)`,
      );
    }
  } else if (reviewed.truststore !== undefined && reviewed.truststore !== current.truststore) {
    out.push(
      `the truststore has ${current.certCount} certificates now and ${reviewed.certCount ?? '?'} in the review (too many to list in the marker: compare the plan comment with the job summary)`,
    );
  }
  if (out.length === 0 && reviewed.truststore !== undefined && reviewed.truststore !== current.truststore) {
    out.push(
      `the truststore bytes differ (SHA-256 ${reviewed.truststore.slice(0, 16)}… reviewed, ${current.truststore.slice(0, 16)}… now) although the certificates are the same`,
    );
  }
  if (reviewed.uri !== undefined && reviewed.uri !== current.uri)
    out.push(`truststore-uri was ${reviewed.uri} in the review and is ${current.uri} now`);
  if (reviewed.label !== undefined && reviewed.label !== current.label)
    out.push(`label was ${reviewed.label} in the review and is ${current.label} now`);
  if (reviewed.domains && current.domains) out.push(...targetDifferences(reviewed.domains, current.domains));
  out.push(...crlDifferences(reviewed.crls, current.crls));
  if (out.length === 0)
    out.push(
      'the contract differs although nothing the marker lists does (the domain-names were too many to list, or the plan was made by another version of this action)',
    );
  return out;
}

/** Targets named now and not in the review, and the reverse, by the input that names them. */
function targetDifferences(reviewed: readonly string[], current: readonly string[]): string[] {
  const out: string[] = [];
  const before = new Set(reviewed);
  const now = new Set(current);
  const inputs: [string, (name: string) => boolean, (name: string) => string][] = [
    ['domain-names', (n) => !n.startsWith('elb:'), (n) => n],
    ['elb-trust-store-arns', (n) => n.startsWith('elb:'), (n) => n.slice('elb:'.length)],
  ];
  for (const [input, belongs, shown] of inputs) {
    const added = current.filter((d) => belongs(d) && !before.has(d)).map(shown);
    const removed = reviewed.filter((d) => belongs(d) && !now.has(d)).map(shown);
    if (added.length > 0) out.push(`${input} added since the review: ${listed(added)}`);
    if (removed.length > 0) out.push(`${input} removed since the review: ${listed(removed)}`);
  }
  return out;
}

/** Revocation lists that differ from the review (by SHA-256 of their DER). */
function crlDifferences(
  reviewed: readonly string[] | undefined,
  current: readonly string[] | undefined,
): string[] {
  if (reviewed === undefined && current === undefined) return [];
  if (reviewed === undefined || current === undefined) {
    return [
      current === undefined
        ? 'revocation-files was set in the review and is not now'
        : 'revocation-files is set now and was not in the review',
    ];
  }
  const before = new Set(reviewed);
  const now = new Set(current);
  const added = current
    .filter((c) => !before.has(c))
    .map((c) => `SHA-256 ${c.slice(0, FINGERPRINT_PREFIX)}…`);
  const removed = reviewed
    .filter((c) => !now.has(c))
    .map((c) => `SHA-256 ${c.slice(0, FINGERPRINT_PREFIX)}…`);
  const out: string[] = [];
  if (added.length > 0) out.push(`revocation lists added or changed since the review: ${listed(added)}`);
  if (removed.length > 0)
    out.push(`revocation lists removed or changed since the review: ${listed(removed)}`);
  return out;
}

/** The contract of a canonical truststore deployed to `uri` under `label` for `domainNames`. */
export function contractForTruststore(
  truststore: { sha256: string; entries: readonly { certificate: { fingerprint: string } }[] },
  target: { uri: string; label: string; domainNames: readonly string[]; revocations?: readonly string[] },
): Contract & { uri: string; label: string } {
  return {
    ...contractOf({
      truststoreSha256: truststore.sha256,
      uri: target.uri,
      label: target.label,
      domainNames: target.domainNames,
      fingerprints: truststore.entries.map((e) => e.certificate.fingerprint),
      ...(target.revocations ? { revocations: target.revocations } : {}),
    }),
    uri: target.uri,
    label: target.label,
  };
}
