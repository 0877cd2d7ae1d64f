/**
 * mode diagnose as Markdown, for the job summary: written for a partner's engineer, who may read
 * it without knowing this action. Certificate names come from the partner: all escaped.
 */
import type { DiagnoseResult } from '../../pipeline/diagnose.js';
import { markdownText as t } from '../escape.js';
import { plural } from './words.js';

export function renderDiagnosisMarkdown(result: DiagnoseResult): string {
  const { diagnosis: d, truststore } = result;
  const where = truststore.domainName
    ? `the truststore ${t(truststore.domainName)} is pinned to (${t(truststore.source, 400)})`
    : 'the truststore built from ca-files';
  const lines = [
    d.verdict === 'accepted'
      ? `### ✅ API Gateway accepts this client certificate`
      : `### ❌ API Gateway refuses this client certificate (403)`,
    `Client certificate: **${t(d.leaf.subject)}**, issued by ${t(d.leaf.issuer)}, valid until ${d.leaf.notAfter.slice(0, 10)} (from ${t(result.clientFile)}).`,
    `Checked against ${where}: ${plural(truststore.certificateCount, 'CA certificate')}.`,
  ];
  if (d.verdict === 'refused') lines.push(`**What to do:** ${t(d.fix, 2000)}`);
  const rows = d.reasons.map(
    (r) => `| ${r.refuses ? '❌ refuses' : 'ℹ️ note'} | ${r.code} | ${t(r.message, 2000)} |`,
  );
  lines.push(['| | Reason | Explanation |', '| --- | --- | --- |', ...rows].join('\n'));
  if (d.path) lines.push(`Path: ${d.path.map((s) => t(s)).join(' → ')}`);
  return `${lines.join('\n\n')}\n`;
}
