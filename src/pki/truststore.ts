/**
 * The canonical truststore: the same set of certificates, from any files in any order, gives
 * byte-identical output. Order: one group per root (roots by subject, then fingerprint); inside a
 * group the deepest CAs first, so children come before parents and the root closes its group.
 */
import { createHash } from 'node:crypto';
import type { Certificate, Truststore, TruststoreEntry } from './model.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareCertificates(a: Certificate, b: Certificate): number {
  return compareText(a.subject, b.subject) || compareText(a.fingerprint, b.fingerprint);
}

export function canonicalOrder(entries: readonly TruststoreEntry[]): TruststoreEntry[] {
  const byFingerprint = new Map(entries.map((e) => [e.certificate.fingerprint, e]));
  const groupKey = (e: TruststoreEntry): Certificate | undefined =>
    e.rootFingerprint ? byFingerprint.get(e.rootFingerprint)?.certificate : undefined;
  return [...entries].sort((a, b) => {
    const ra = groupKey(a);
    const rb = groupKey(b);
    // Certificates that reach no root go last (only a refused set has them).
    if (!ra || !rb) return (ra ? 0 : 1) - (rb ? 0 : 1) || compareCertificates(a.certificate, b.certificate);
    return (
      compareCertificates(ra, rb) ||
      (b.depth ?? 0) - (a.depth ?? 0) ||
      compareCertificates(a.certificate, b.certificate)
    );
  });
}

/** Pure PEM: CERTIFICATE blocks, 64-column base64, `\n` line ends, a final newline. */
export function renderPem(certs: readonly Certificate[]): string {
  let out = '';
  for (const cert of certs) {
    const b64 = Buffer.from(cert.der).toString('base64');
    out += '-----BEGIN CERTIFICATE-----\n';
    for (let i = 0; i < b64.length; i += 64) out += `${b64.slice(i, i + 64)}\n`;
    out += '-----END CERTIFICATE-----\n';
  }
  return out;
}

export function buildTruststore(entries: readonly TruststoreEntry[]): Truststore {
  const ordered = canonicalOrder(entries);
  const pem = renderPem(ordered.map((e) => e.certificate));
  return { entries: ordered, pem, sha256: createHash('sha256').update(pem).digest('hex') };
}
