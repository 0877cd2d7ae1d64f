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
import { collectSources } from '../workspace/collect.js';

export async function checkClients(
  settings: Settings,
  /** The new truststore, or, when it was refused, every certificate that was collected. */
  truststore: Truststore | readonly TruststoreEntry[],
  policy: Policy,
): Promise<{ findings: Finding[]; checked: number }> {
  const collected = await collectSources(
    settings.workspace,
    settings.clientCertificates,
    'client-certificates',
  );
  const findings = [...collected.findings];
  const clients = [];
  for (const source of collected.sources) {
    const parsed = parseSource(source);
    findings.push(...parsed.findings);
    clients.push(...parsed.certificates);
  }
  findings.push(...checkClientCertificates(clients, truststore, policy));
  return { findings, checked: new Set(clients.map((c) => c.fingerprint)).size };
}
