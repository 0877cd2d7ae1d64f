/**
 * The CA hierarchy as a Mermaid flowchart: the new truststore plus the certificates it removes,
 * with added and removed ones marked, so a reviewer sees where in the tree a change lands.
 */

import type { CertificateSummary, Plan } from '../../plan/model.js';
import { mermaidLabel } from '../escape.js';

/** Past this many nodes a diagram stops being readable (and GitHub stops rendering it quickly). */
export const MAX_DIAGRAM_NODES = 120;

type Change = 'added' | 'removed' | 'unchanged';

interface Node {
  cert: CertificateSummary;
  change: Change;
}

/** Returns the ```` ```mermaid ```` block, or undefined when there is nothing or too much to draw. */
export function renderHierarchy(plan: Plan, maxNodes = MAX_DIAGRAM_NODES): string | undefined {
  const added = new Set(plan.primary.added.map((c) => c.fingerprint));
  const nodes = new Map<string, Node>();
  for (const cert of plan.desired.certificates) {
    nodes.set(cert.fingerprint, { cert, change: added.has(cert.fingerprint) ? 'added' : 'unchanged' });
  }
  for (const cert of plan.primary.removed) {
    if (!nodes.has(cert.fingerprint)) nodes.set(cert.fingerprint, { cert, change: 'removed' });
  }
  if (nodes.size === 0 || nodes.size > maxNodes) return undefined;

  // Node ids are positions, never certificate text: nothing a subject says can become syntax.
  const ids = new Map<string, string>();
  [...nodes.keys()].forEach((fp, i) => {
    ids.set(fp, `c${i}`);
  });
  const lines = ['```mermaid', 'flowchart TD'];
  for (const [fp, node] of nodes) {
    const mark = node.change === 'added' ? '+ ' : node.change === 'removed' ? '- ' : '';
    const label = `${mermaidLabel(mark)}${mermaidLabel(commonName(node.cert.subject))}<br>${mermaidLabel(
      `${node.cert.role}, expires ${node.cert.notAfter.slice(0, 10)}, ${fp.slice(0, 8)}`,
    )}`;
    const shape = node.cert.role === 'root' ? ['(["', '"])'] : ['["', '"]'];
    lines.push(`  ${ids.get(fp)}${shape[0]}${label}${shape[1]}`);
  }
  for (const [fp, node] of nodes) {
    const parent = node.cert.issuerFingerprint;
    if (parent === undefined || parent === fp || !ids.has(parent)) continue;
    const arrow = node.change === 'removed' ? '-.->' : '-->';
    lines.push(`  ${ids.get(parent)} ${arrow} ${ids.get(fp)}`);
  }
  const byChange = (change: Change) =>
    [...nodes.entries()].filter(([, n]) => n.change === change).map(([fp]) => ids.get(fp));
  lines.push('  classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:2px');
  lines.push('  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:4 3');
  for (const change of ['added', 'removed'] as const) {
    const members = byChange(change);
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${change}`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** The CN when there is one (what people call a CA by), else the whole subject. */
export function commonName(subject: string): string {
  const m = /(?:^|,\s*)CN=((?:[^,\\]|\\.)*)/.exec(subject);
  return m?.[1]?.trim() || subject;
}
