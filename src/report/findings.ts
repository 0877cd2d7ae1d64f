/**
 * Findings as data for the outputs, within GitHub's limits (the annotations are
 * src/action/annotations.ts):
 * - the `findings` output stays valid JSON within the output limit: whole entries are dropped from
 *   the end and a last `findings-truncated` entry says how many; `findings-count` is the full count.
 * Limits: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * (annotations and summaries) and
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idoutputs
 * (outputs: 1 MB, size approximated as UTF-16).
 */

import type { Finding } from '../pki/model.js';

/**
 * Our budget for the `findings` output, in UTF-16 bytes as GitHub counts them: half of the 1 MB a
 * job's outputs may hold together, so that `plan` and the others still fit beside it.
 */
export const FINDINGS_OUTPUT_BUDGET = 512 * 1024;

interface FindingJson {
  severity: string;
  code: string;
  message: string;
  file: string | null;
  line: number | null;
  subject: string | null;
  fingerprint: string | null;
}

/** One finding as the `findings` output and the CLI's JSON carry it. */
export function toJson(f: Finding): FindingJson {
  return {
    severity: f.severity,
    code: f.code,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    subject: f.subject ?? null,
    fingerprint: f.fingerprint ?? null,
  };
}

/** The findings as a JSON array of at most `budget` UTF-16 bytes, cut at whole entries with a marker. */
export function findingsJson(findings: readonly Finding[], budget = FINDINGS_OUTPUT_BUDGET): string {
  // Not a finding code: the output's own marker, shaped like an entry so consumers can read it.
  const marker = (dropped: number) =>
    JSON.stringify({
      severity: 'notice',
      code: 'findings-truncated',
      message: `${dropped} more finding${dropped === 1 ? '' : 's'} left out to stay within GitHub's output size limit: the step log lists every finding; findings-count has the total`,
      file: null,
      line: null,
      subject: null,
      fingerprint: null,
    } satisfies FindingJson);
  const parts: string[] = [];
  // UTF-16 bytes = 2 × string length; room for the brackets and the marker is kept aside.
  let used = 2 * (2 + marker(findings.length).length + 1);
  for (const f of findings) {
    const entry = JSON.stringify(toJson(f));
    if (used + 2 * (entry.length + 1) > budget) break;
    parts.push(entry);
    used += 2 * (entry.length + 1);
  }
  if (parts.length < findings.length) parts.push(marker(findings.length - parts.length));
  return `[${parts.join(',')}]`;
}
