/**
 * Client lock-out check: every client (leaf) certificate the user lists must still chain to the
 * new truststore, or merging would lock that partner out (403 at the TLS handshake).
 */
import { verifyPath } from './chains.js';
import type { Certificate, Finding, Policy, Truststore, TruststoreEntry } from './model.js';

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
  for (const client of clients) {
    const result = verifyPath(client, {
      anchors,
      intermediates,
      at: policy.now,
      // API Gateway's depth counts CA certificates, root included: maxCaDepth - 1 intermediates.
      maxIntermediates: Math.max(0, policy.maxCaDepth - 1),
    });
    if (result.ok) continue;
    findings.push({
      severity: 'error',
      code: 'client-locked-out',
      message: `${client.source.file}:${client.source.line}: merging this would lock out "${client.subject}": ${result.reason}; keep its issuing CA chain in the truststore or reissue the client certificate`,
      file: client.source.file,
      line: client.source.line,
      subject: client.subject,
      fingerprint: client.fingerprint,
    });
  }
  return findings;
}
