/**
 * The post-roll probes as a Markdown table, for the job summary and the post-merge note. Pure.
 * Domain and identity names come from the workflow, details from the network: all escaped.
 */

import type { ProbeResult } from '../../plan/model.js';
import { markdownText as t } from '../escape.js';

function met(r: ProbeResult): boolean {
  return r.expected === 'accept'
    ? r.outcome === 'accepted'
    : r.outcome === 'tls-refused' || r.outcome === 'gateway-forbidden';
}

export function renderProbesMarkdown(probes: readonly ProbeResult[]): string {
  if (probes.length === 0) return '';
  const rows = probes.map(
    (r) =>
      `| ${met(r) ? '✅' : '❌'} | ${t(r.domain)} | ${t(r.identity)} | ${r.expected} | ${r.outcome} | ${
        r.status ?? '–'
      } | ${t(r.detail, 400)} |`,
  );
  return [
    '**Live mTLS probe** (each identity presents its leaf certificate alone):',
    '',
    '| | Domain | Identity | Expected | Outcome | HTTP | Detail |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
