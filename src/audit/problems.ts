/**
 * What the audit reports: one problem per thing wrong with what is live, each with a code the
 * README documents and the fix in the message. Plain data, rendered by reporters.
 */

/** Every code the audit can report, with its severity; README "Audit problems" lists each one. */
export const PROBLEM_CODES = {
  'ca-expired': 'error',
  'ca-expiring': 'warning',
  'truststore-warnings': 'error',
  'versions-differ': 'warning',
  'latest-not-pinned': 'warning',
  'version-unpinned': 'warning',
  'pinned-version-missing': 'error',
  'pin-reverted': 'error',
  'lifecycle-expires-pinned': 'error',
  'lifecycle-may-expire-pinned': 'warning',
  'lifecycle-expires-current': 'warning',
  'lifecycle-unreadable': 'warning',
  'domain-failed': 'error',
  'domain-pending': 'error',
  'domain-missing': 'error',
  'domain-not-mutual-tls': 'error',
  'domain-other-truststore': 'error',
  'security-policy-enhanced': 'error',
  'cloudformation-managed': 'warning',
  'ownership-certificate-expired': 'error',
  'ownership-certificate-expiring': 'warning',
  'ownership-certificate-unreadable': 'warning',
  'trust-store-missing': 'error',
  'trust-store-drift': 'warning',
  'crl-expired': 'error',
  'versioning-not-enabled': 'error',
  'truststore-missing': 'error',
  'repository-differs': 'warning',
  'repository-invalid': 'error',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;
export type ProblemSeverity = (typeof PROBLEM_CODES)[ProblemCode];

export interface Problem {
  severity: ProblemSeverity;
  code: ProblemCode;
  /** The target it is about (a custom domain name, a trust store ARN); null for the object or the bucket. */
  domain: string | null;
  message: string;
}

/** A problem with the severity its code has. */
export function problem(code: ProblemCode, domain: string | null, message: string): Problem {
  return { severity: PROBLEM_CODES[code], code, domain, message };
}

/** Errors first, then warnings; otherwise in the order they were found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
