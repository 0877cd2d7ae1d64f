/**
 * The job summary of validation: the truststore as a table and the findings. Pure Markdown;
 * every certificate-derived string goes through the plan renderer's escaping.
 */
import type { Analysis, Finding, TruststoreEntry } from '../../pki/model.js';
import { markdownText, shortFingerprint } from '../escape.js';
import { findingList } from './plan.js';

const MAX_ROWS = 1000;
/** Findings listed in the summary; each can take ~1.5 KB, and GitHub's limit is 1 MiB per step. */
const MAX_FINDINGS = 200;

function row(entry: TruststoreEntry): string {
  const c = entry.certificate;
  return `| ${entry.role} | ${markdownText(c.subject)} | ${markdownText(c.issuer)} | ${entry.depth ?? '—'} | ${markdownText(
    c.publicKey.description,
  )} | ${markdownText(c.signature.name)} | ${c.notAfter.toISOString().slice(0, 10)} | ${shortFingerprint(c.fingerprint)} |`;
}

export function renderTruststoreSummary(
  analysis: Analysis,
  findings: readonly Finding[],
  outputFile?: string,
): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const lines: string[] = ['### 🔐 mTLS truststore validation', ''];
  lines.push(
    errors > 0
      ? `❌ **Invalid**: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. No truststore was written.`
      : `✅ **Valid**: ${analysis.truststore?.entries.length ?? 0} CA certificates${
          outputFile ? ` written to ${markdownText(outputFile, 500)}` : ''
        }${analysis.truststore ? ` (SHA-256 ${shortFingerprint(analysis.truststore.sha256)})` : ''}; ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    '',
  );
  const entries = analysis.truststore?.entries ?? analysis.entries;
  if (entries.length > 0) {
    lines.push(
      '| Role | Subject | Issuer | Depth | Key | Signature | Expires | SHA-256 |',
      '|---|---|---|---|---|---|---|---|',
    );
    lines.push(...entries.slice(0, MAX_ROWS).map(row));
    if (entries.length > MAX_ROWS) lines.push('', `…and ${entries.length - MAX_ROWS} more certificates.`);
    lines.push('');
  }
  if (findings.length > 0) {
    lines.push('#### Findings', '', findingList(findings.slice(0, MAX_FINDINGS), MAX_FINDINGS, {}), '');
    if (findings.length > MAX_FINDINGS) {
      lines.push(
        `…and ${findings.length - MAX_FINDINGS} more findings, not listed here: this step's log has every finding, and the \`findings\` output lists them as JSON (\`findings-count\` has the total).`,
        '',
      );
    }
  }
  return lines.join('\n');
}
