/**
 * The lock-out check: every client leaf certificate the user lists must still chain to the new
 * truststore, the way API Gateway (an OpenSSL-style verifier) will check it: the client sends only
 * its leaf, the path must end at a self-signed root in the truststore, pass through at most
 * maxCaDepth - 1 intermediates, and every certificate on it must be valid now. A client that
 * fails gets 403 at the TLS handshake once the change is merged.
 */
import { verifyPath } from './chains.js';
import type { FindingCode } from './codes.js';
import type { Certificate, Finding, Policy, Truststore, TruststoreEntry } from './model.js';
import { assessCertificate } from './rules.js';

/** What the user can change, by the code the path search answers with. */
const FIXES: Partial<Record<FindingCode, string>> = {
  'missing-issuer':
    "keep its issuing CA (and that CA's issuers up to the root) in ca-files, or reissue the client certificate",
  expired: 'renew the certificate named above, or keep the CA chain its clients use until they move',
  'not-yet-valid':
    'wait until the certificate named above is valid, or keep the CA chain its clients use now',
  'too-deep':
    'API Gateway follows at most max-ca-depth CA certificates, root included: reissue the client from a CA closer to the root',
  'path-length-exceeded':
    'a pathLenConstraint on its chain forbids this many CAs: reissue the client from a CA higher up',
  'issuer-cannot-sign':
    'its issuer in ca-files is not a CA allowed to sign certificates: add the CA that really issued it',
  'issuer-refused': 'fix the refused CA (see its finding), or keep another valid chain for its clients',
  'name-not-permitted':
    "reissue the client certificate with names inside its CA's permitted subtrees, or issue it from a CA without those name constraints",
  'bad-signature':
    "the CA with its issuer's name in ca-files did not sign it (re-keyed CA?): add the CA certificate that did",
  'signature-budget-exhausted':
    "too many CA certificates share its issuer's name: remove the unrelated ones from ca-files",
};

/**
 * One `client-locked-out` error per distinct client certificate (by fingerprint) that would no
 * longer verify against `truststore`. Self-signed roots are the trust anchors (as in OpenSSL
 * without -partial_chain); the other CA certificates of the truststore serve as intermediates.
 * Pass `analysis.entries` when the analysis has errors and so built no truststore.
 */
export function checkClientCertificates(
  clients: readonly Certificate[],
  truststore: Truststore | readonly TruststoreEntry[],
  policy: Policy,
): Finding[] {
  const entries: readonly TruststoreEntry[] = Array.isArray(truststore)
    ? truststore
    : (truststore as Truststore).entries;
  const anchors = entries.filter((e) => e.role === 'root').map((e) => e.certificate);
  const intermediates = entries.filter((e) => e.role === 'intermediate').map((e) => e.certificate);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // The same verdicts as the truststore's own hierarchy: a CA refused by the rules carries no client.
  const verdicts = new Map<string, Finding | undefined>();
  const refused = (ca: Certificate) => {
    if (!verdicts.has(ca.fingerprint))
      verdicts.set(
        ca.fingerprint,
        assessCertificate(ca, policy).find((f) => f.severity === 'error'),
      );
    return verdicts.get(ca.fingerprint);
  };
  for (const client of clients) {
    if (seen.has(client.fingerprint)) continue;
    seen.add(client.fingerprint);
    const result = verifyPath(client, {
      anchors,
      intermediates,
      at: policy.now,
      // API Gateway's depth counts CA certificates, root included: maxCaDepth - 1 intermediates.
      maxIntermediates: Math.max(0, policy.maxCaDepth - 1),
      // The engine's budget for a set this size; honest sets need about one check per level.
      maxSignatureChecks: 64 + 8 * entries.length,
      refused,
    });
    if (result.ok) continue;
    const fix = FIXES[result.code] ?? 'keep its whole CA chain up to a root in ca-files';
    findings.push({
      severity: 'error',
      code: 'client-locked-out',
      message: `${client.source.file}:${client.source.line}: merging this would lock out "${client.subject}": ${result.reason}; ${fix}`,
      file: client.source.file,
      line: client.source.line,
      subject: client.subject,
      fingerprint: client.fingerprint,
    });
  }
  return findings;
}
