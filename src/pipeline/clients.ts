/**
 * client-certificates: every listed client (leaf) certificate must chain to the new truststore.
 * Wiring only; the rule itself is src/pki/clients.ts.
 */

import { checkClientCertificates } from '../pki/clients.js';
import {
  type Finding,
  type Policy,
  parseSource,
  type Truststore,
  type TruststoreEntry,
} from '../pki/index.js';
import type { Settings } from '../settings/settings.js';
import type { RevocationFile } from '../targets/elb/revocation-files.js';
import { collectSources } from '../workspace/collect.js';

export async function checkClients(
  settings: Settings,
  /** The new truststore, or, when it was refused, every certificate that was collected. */
  truststore: Truststore | readonly TruststoreEntry[],
  policy: Policy,
  /** The revocation lists of revocation-files: a client one of them revokes is locked out too. */
  revocations?: readonly RevocationFile[],
): Promise<{ findings: Finding[]; checked: number }> {
  const collected = await collectSources(
    settings.workspace,
    settings.clientCertificates,
    'client-certificates',
  );
  const findings = [...collected.findings];
  const clients = [];
  const located = [];
  for (const source of collected.sources) {
    const parsed = parseSource(source);
    findings.push(...parsed.findings);
    clients.push(...parsed.certificates);
    located.push(...parsed.certificates.map((certificate) => ({ certificate, path: source.path })));
  }
  findings.push(...checkClientCertificates(clients, truststore, policy));
  if (revocations && revocations.length > 0) {
    const { revokedClientFindings } = await import('../targets/elb/revocation-files.js');
    findings.push(...revokedClientFindings(revocations, located));
  }
  return { findings, checked: new Set(clients.map((c) => c.fingerprint)).size };
}
