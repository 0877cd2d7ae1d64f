/**
 * The job summary of validation: the truststore as a table with each certificate's status, what
 * the `client-certificates` check found, and the findings. Pure Markdown; every
 * certificate-derived string goes through the plan renderer's escaping.
 */
import type { Analysis, Finding, TruststoreEntry } from '../../pki/model.js';
import { markdownText, shortFingerprint } from '../escape.js';
import { findingCode, findingList } from './plan.js';
import { plural } from './words.js';

const MAX_ROWS = 1000;
/** Findings listed in the summary; each can take ~1.5 KB, and GitHub's limit is 1 MiB per step. */
const MAX_FINDINGS = 200;
/** Locked-out clients named in the one sentence about them; the findings list names every one. */
const MAX_CLIENTS_NAMED = 20;

/** What the summary reads of a validation (the validate stage's result is one). */
export interface ValidationView {
  analysis: Analysis;
  findings: readonly Finding[];
  /** Distinct client certificates checked; undefined when `client-certificates` lists none. */
  clientsChecked?: number;
}

/** `✅ valid`, or the codes of the certificate's findings: `❌ `expired` ⚠️ `weak-key``. */
function status(found: readonly Finding[]): string {
  const codes = (severity: Finding['severity']) =>
    [...new Set(found.filter((f) => f.severity === severity).map((f) => findingCode(f.code)))].join(' ');
  const parts: string[] = [];
  if (found.some((f) => f.severity === 'error')) parts.push(`❌ ${codes('error')}`);
  if (found.some((f) => f.severity === 'warning')) parts.push(`⚠️ ${codes('warning')}`);
  if (parts.length === 0) parts.push('✅ valid');
  if (found.some((f) => f.severity === 'notice')) parts.push(`ℹ️ ${codes('notice')}`);
  return parts.join(' ');
}

function row(entry: TruststoreEntry, found: readonly Finding[]): string {
  const c = entry.certificate;
  return `| ${status(found)} | ${entry.role} | ${markdownText(c.subject)} | ${markdownText(c.issuer)} | ${entry.depth ?? '—'} | ${markdownText(
    c.publicKey.description,
  )} | ${markdownText(c.signature.name)} | ${c.notAfter.toISOString().slice(0, 10)} | ${shortFingerprint(c.fingerprint)} |`;
}

function certificateTable(entries: readonly TruststoreEntry[], findings: readonly Finding[]): string[] {
  const byCertificate = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.fingerprint === undefined || f.code === 'client-locked-out') continue;
    byCertificate.set(f.fingerprint, [...(byCertificate.get(f.fingerprint) ?? []), f]);
  }
  const lines = [
    '| Status | Role | Subject | Issuer | Depth | Key | Signature | Expires | SHA-256 |',
    '|---|---|---|---|---|---|---|---|---|',
    ...entries.slice(0, MAX_ROWS).map((e) => row(e, byCertificate.get(e.certificate.fingerprint) ?? [])),
  ];
  if (entries.length > MAX_ROWS) {
    lines.push('', `…and ${plural(entries.length - MAX_ROWS, 'more certificate')}.`);
  }
  return [...lines, ''];
}

/**
 * What the `client-certificates` check found, in one sentence, with `show` escaping for the context it
 * lands in: "3 client certificates checked: each still chains to the new truststore." Undefined
 * when there is nothing to say (no client certificates listed, none locked out).
 */
export function clientCheckSentence(
  validation: Pick<ValidationView, 'findings' | 'clientsChecked'>,
  show: (text: string) => string,
): string | undefined {
  const { clientsChecked: checked } = validation;
  const locked = validation.findings.filter((f) => f.code === 'client-locked-out');
  if (locked.length === 0) {
    if (checked === undefined) return undefined;
    if (checked === 0) return 'No client certificate was checked: client-certificates matched none.';
    return `${plural(checked, 'client certificate')} checked: ${
      checked === 1 ? 'it still chains' : 'each still chains'
    } to the new truststore.`;
  }
  const named = locked.slice(0, MAX_CLIENTS_NAMED).map((f) => {
    const where = f.file ? ` (${show(`${f.file}${f.line ? `:${f.line}` : ''}`)})` : '';
    return `${show(`"${f.subject ?? 'unknown subject'}"`)}${where}`;
  });
  if (locked.length > MAX_CLIENTS_NAMED) named.push(`${locked.length - MAX_CLIENTS_NAMED} more`);
  const verb = locked.length === 1 ? 'no longer chains' : 'no longer chain';
  const which = `${verb} to the new truststore: ${named.join(', ')}.`;
  return checked === undefined
    ? `${plural(locked.length, 'client certificate')} ${which}`
    : `${plural(checked, 'client certificate')} checked: ${locked.length} ${which}`;
}

function verdict(analysis: Analysis, findings: readonly Finding[], outputFile?: string): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = plural(findings.filter((f) => f.severity === 'warning').length, 'warning');
  if (errors > 0)
    return `❌ **Invalid**: ${plural(errors, 'error')}, ${warnings}. No truststore was written.`;
  return `✅ **Valid**: ${plural(analysis.truststore?.entries.length ?? 0, 'CA certificate')}${
    outputFile ? ` written to ${markdownText(outputFile, 500)}` : ''
  }${analysis.truststore ? ` (SHA-256 ${shortFingerprint(analysis.truststore.sha256)})` : ''}; ${warnings}.`;
}

export function renderTruststoreSummary(validation: ValidationView, outputFile?: string): string {
  const { analysis, findings } = validation;
  const lines: string[] = [
    '### 🔐 mTLS truststore validation',
    '',
    verdict(analysis, findings, outputFile),
    '',
  ];
  const clients = clientCheckSentence(validation, (s) => markdownText(s, 500));
  if (clients) {
    const locked = findings.some((f) => f.code === 'client-locked-out');
    lines.push(`${locked ? '❌' : '✅'} ${clients}`, '');
  }
  const entries = analysis.truststore?.entries ?? analysis.entries;
  if (entries.length > 0) lines.push(...certificateTable(entries, findings));
  if (findings.length > 0) {
    lines.push('#### Findings', '', findingList(findings.slice(0, MAX_FINDINGS), MAX_FINDINGS, {}), '');
    if (findings.length > MAX_FINDINGS) {
      lines.push(
        `…and ${plural(findings.length - MAX_FINDINGS, 'more finding')}, not listed here: this step's log has every finding, and the \`findings\` output lists them as JSON (\`findings-count\` has the total).`,
        '',
      );
    }
  }
  return lines.join('\n');
}
