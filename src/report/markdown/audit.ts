/**
 * The audit as Markdown: the job summary, and the body of the audit issue. Pure, like render.ts;
 * every string from AWS or a certificate goes through the escaper.
 */

import type { AuditReport } from '../../audit/checks.js';
import type { Problem } from '../../audit/problems.js';
import type { TruststoreLocation } from '../../plan/model.js';
import { markdownText as t } from '../escape.js';
import { code, fitToLength, provenanceText } from './plan.js';
import { plural } from './words.js';

export type { AuditReport };

export interface AuditRenderOptions {
  label?: string;
  runUrl?: string;
  maxLength?: number;
}

const ICONS = { error: '❌', warning: '⚠️' } as const;

function count(problems: readonly Problem[], severity: Problem['severity']): number {
  return problems.filter((p) => p.severity === severity).length;
}

/** "2 errors, 1 warning" */
export function problemCounts(problems: readonly Problem[]): string {
  return `${plural(count(problems, 'error'), 'error')}, ${plural(count(problems, 'warning'), 'warning')}`;
}

/** The issue title: short, stable while the same kind of problems remain. */
export function auditTitle(report: AuditReport, label: string): string {
  return `mTLS truststore audit: ${problemCounts(report.problems)} in ${label}`.slice(0, 250);
}

export function renderAuditMarkdown(report: AuditReport, options: AuditRenderOptions = {}): string {
  const label = options.label ? `: ${t(options.label)}` : '';
  const parts: string[] = [];
  parts.push(
    report.healthy
      ? `### ✅ mTLS truststore audit healthy${label}`
      : `### ❌ mTLS truststore audit found ${problemCounts(report.problems)}${label}`,
  );
  parts.push(
    `Checked ${t(report.location.uri)}${
      report.latestVersionId ? ` (latest version ${code(report.latestVersionId)})` : ''
    } and ${plural(report.domains.length, 'custom domain name')} on ${t(
      report.checkedAt.slice(0, 16).replace('T', ' '),
    )} UTC; certificates expiring within ${report.expiryWarningDays} days count as expiring.`,
  );
  if (report.liveProvenance) {
    parts.push(
      `The live version${report.liveProvenance.versionId ? ` ${code(report.liveProvenance.versionId)}` : ''} was ${provenanceText(report.liveProvenance)}.`,
    );
  }
  if (report.problems.length > 0) {
    const rows = ['| | Code | Domain | Problem and fix |', '| --- | --- | --- | --- |'];
    for (const p of report.problems) {
      rows.push(
        `| ${ICONS[p.severity]} ${p.severity} | \`${p.code}\` | ${p.domain ? t(p.domain) : '—'} | ${t(p.message, 1500)} |`,
      );
    }
    parts.push('#### Problems', rows.join('\n'));
  }
  if (report.domains.length > 0) {
    const rows = ['| Domain | Status | Security policy | Pinned to |', '| --- | --- | --- | --- |'];
    for (const d of report.domains) {
      rows.push(
        `| ${t(d.domainName)} | ${t(d.status ?? 'unknown')} | ${t(d.securityPolicy ?? 'unknown')} | ${
          d.truststoreVersion ? code(d.truststoreVersion) : 'not pinned'
        } |`,
      );
    }
    parts.push('#### Domains', rows.join('\n'));
  }
  if (options.runUrl) parts.push(`<sub>[Audit run](${options.runUrl})</sub>`);
  const max = options.maxLength ?? 60_000;
  return fitToLength(
    `${parts.join('\n\n')}\n`,
    max,
    'The rest was cut: see the job summary of the audit run.',
  );
}
