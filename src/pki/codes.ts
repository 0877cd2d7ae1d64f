/**
 * Every finding code the action can report, in one table: the union type below is derived from
 * it, so a code that is not in the table does not compile, and the README's table of codes is
 * checked against it (__tests__/pki/codes.test.ts). The path search (chains.ts) answers with the
 * same codes as the hierarchy (hierarchy.ts), so a client's lock-out and a CA's refusal read alike.
 */
import type { Severity } from './severity.js';

export interface CodeInfo {
  /** Severity the code is reported at (a code is never reported at two). */
  severity: Severity;
  /** Where it comes from: the input files, one certificate, the chain over the set, client certificates. */
  scope: 'files' | 'certificate' | 'chain' | 'client' | 'target' | 'revocation';
}

export const FINDING_CODES = {
  // Reading the files.
  'private-key': { severity: 'error', scope: 'files' },
  'non-certificate-block': { severity: 'error', scope: 'files' },
  'malformed-pem': { severity: 'error', scope: 'files' },
  'bad-base64': { severity: 'error', scope: 'files' },
  'undecodable-certificate': { severity: 'error', scope: 'files' },
  'empty-file': { severity: 'error', scope: 'files' },
  'no-certificate': { severity: 'error', scope: 'files' },
  'no-match': { severity: 'error', scope: 'files' },
  'outside-workspace': { severity: 'error', scope: 'files' },
  unreadable: { severity: 'error', scope: 'files' },
  'file-too-large': { severity: 'error', scope: 'files' },
  'not-a-file': { severity: 'error', scope: 'files' },
  'too-many-files': { severity: 'error', scope: 'files' },
  'unsafe-output-file': { severity: 'error', scope: 'files' },
  'no-certificates': { severity: 'error', scope: 'files' },
  duplicate: { severity: 'warning', scope: 'files' },
  // One certificate on its own.
  'not-v3': { severity: 'error', scope: 'certificate' },
  'not-a-ca': { severity: 'error', scope: 'certificate' },
  'no-key-cert-sign': { severity: 'error', scope: 'certificate' },
  'client-auth-not-allowed': { severity: 'error', scope: 'certificate' },
  'client-auth-implicit': { severity: 'warning', scope: 'certificate' },
  'missing-key-usage': { severity: 'warning', scope: 'certificate' },
  'missing-authority-key-id': { severity: 'warning', scope: 'certificate' },
  'missing-subject-key-id': { severity: 'warning', scope: 'certificate' },
  expired: { severity: 'error', scope: 'certificate' },
  'not-yet-valid': { severity: 'error', scope: 'certificate' },
  'expiring-soon': { severity: 'warning', scope: 'certificate' },
  'weak-key': { severity: 'error', scope: 'certificate' },
  'unsupported-key': { severity: 'error', scope: 'certificate' },
  'rsa-exponent-too-large': { severity: 'error', scope: 'certificate' },
  'rsa-exponent-invalid': { severity: 'error', scope: 'certificate' },
  'rsa-exponent-small': { severity: 'warning', scope: 'certificate' },
  'weak-signature': { severity: 'error', scope: 'certificate' },
  'unsupported-signature': { severity: 'error', scope: 'certificate' },
  'signature-algorithm-mismatch': { severity: 'error', scope: 'certificate' },
  'unknown-critical-extension': { severity: 'error', scope: 'certificate' },
  'duplicate-extension': { severity: 'error', scope: 'certificate' },
  // The chain over the whole set.
  'missing-issuer': { severity: 'error', scope: 'chain' },
  'wrong-issuer-key': { severity: 'error', scope: 'chain' },
  'bad-signature': { severity: 'error', scope: 'chain' },
  'issuer-not-valid': { severity: 'error', scope: 'chain' },
  'issuer-cannot-sign': { severity: 'error', scope: 'chain' },
  'no-path-to-root': { severity: 'error', scope: 'chain' },
  'path-length-exceeded': { severity: 'error', scope: 'chain' },
  'too-deep': { severity: 'error', scope: 'chain' },
  'issuer-refused': { severity: 'error', scope: 'chain' },
  'issuer-not-strict': { severity: 'warning', scope: 'chain' },
  'signature-budget-exhausted': { severity: 'error', scope: 'chain' },
  // What one kind of target allows on top of the common rules (elb-trust-store-arns named).
  'elb-too-many-certificates': { severity: 'error', scope: 'target' },
  'elb-certificate-too-large': { severity: 'error', scope: 'target' },
  'elb-subjects-too-large': { severity: 'error', scope: 'target' },
  'elb-too-deep': { severity: 'error', scope: 'target' },
  'elb-unsupported-key': { severity: 'error', scope: 'target' },
  'elb-unsupported-signature': { severity: 'error', scope: 'target' },
  // Certificate revocation lists (revocation-files input).
  'crl-unreadable': { severity: 'error', scope: 'revocation' },
  'crl-unknown-issuer': { severity: 'error', scope: 'revocation' },
  'crl-bad-signature': { severity: 'error', scope: 'revocation' },
  'crl-expired': { severity: 'error', scope: 'revocation' },
  'crl-not-yet-valid': { severity: 'error', scope: 'revocation' },
  'crl-too-large': { severity: 'error', scope: 'revocation' },
  'crl-too-many-entries': { severity: 'error', scope: 'revocation' },
  'crl-too-many-lists': { severity: 'error', scope: 'revocation' },
  'crl-conflict': { severity: 'error', scope: 'revocation' },
  'crl-duplicate': { severity: 'warning', scope: 'revocation' },
  // Client certificates (client-certificates input).
  'client-locked-out': { severity: 'error', scope: 'client' },
  'name-not-permitted': { severity: 'error', scope: 'client' },
  'client-revoked': { severity: 'error', scope: 'client' },
} as const satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof FINDING_CODES;

/**
 * Codes for what a strict verifier (`openssl verify -x509_strict`) refuses but API Gateway's
 * documentation does not say it checks: warnings, which `fail-on-warnings` turns into errors.
 */
export const STRICT_VERIFIER_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'missing-key-usage',
  'missing-authority-key-id',
  'missing-subject-key-id',
  'client-auth-implicit',
  'issuer-not-strict',
]);

export function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(FINDING_CODES, code);
}
