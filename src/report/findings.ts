/**
 * Findings where a GitHub runner shows them, within GitHub's limits:
 * - the step log holds every finding (an annotation, or past the limit a plain escaped line): it is
 *   the full list;
 * - annotations: GitHub shows 10 error and 10 warning annotations per step and drops the rest
 *   silently, so the first ones are annotated at file and line, and one notice says how many
 *   more there are and where to read them;
 * - the `findings` output stays valid JSON within the output limit: whole entries are dropped from
 *   the end and a last `findings-truncated` entry says how many; `findings-count` is the full count.
 * Limits: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * (annotations and summaries) and
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idoutputs
 * (outputs: 1 MB, size approximated as UTF-16).
 */

import * as runner from '../action/runner.js';
import type { Finding } from '../pki/model.js';
import { displayPath } from '../workspace/display-path.js';

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;

/**
 * Our budget for the `findings` output, in UTF-16 bytes as GitHub counts them: half of the 1 MB a
 * job's outputs may hold together, so that `plan` and the others still fit beside it.
 */
export const FINDINGS_OUTPUT_BUDGET = 512 * 1024;

const WHERE_TO_READ =
  "every finding is in this step's log and in the `findings` output (`findings-count` has the total)";

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

function logLine(f: Finding): string {
  const where = f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : '';
  return displayPath(`${f.severity}${where} [${f.code}] ${f.message}`);
}

function annotationOf(f: Finding): { message: string; props: runner.AnnotationProperties } {
  const props: runner.AnnotationProperties = { title: `truststore: ${f.code}` };
  if (f.file) props.file = f.file;
  if (f.line) props.startLine = f.line;
  return { message: displayPath(f.message), props };
}

/**
 * Prints every finding and annotates the first of each kind. `reserve` keeps annotations of a kind
 * free for what the step still has to say (the error of `setFailed` when the step will fail).
 */
export function reportFindings(
  findings: readonly Finding[],
  reserve: Partial<Record<Finding['severity'], number>> = {},
): void {
  const hidden: Record<Finding['severity'], number> = { error: 0, warning: 0, notice: 0 };
  const shown: Record<Finding['severity'], number> = { error: 0, warning: 0, notice: 0 };
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const room = (s: Finding['severity']) => ANNOTATIONS_PER_KIND - (reserve[s] ?? 0);
  const needsMore =
    (['error', 'warning'] as const).some((s) => count(s) > room(s)) || count('notice') > room('notice');
  // The closing "more" notice takes one notice slot when it will be needed.
  const noticeRoom = room('notice') - (needsMore ? 1 : 0);
  for (const f of findings) {
    const limit = f.severity === 'notice' ? noticeRoom : room(f.severity);
    if (shown[f.severity] >= limit) {
      // Past GitHub's annotation limit: a plain log line, so the log still holds every finding.
      hidden[f.severity]++;
      runner.info(logLine(f));
      continue;
    }
    shown[f.severity]++;
    const { message, props } = annotationOf(f);
    if (f.severity === 'error') runner.error(message, props);
    else if (f.severity === 'warning') runner.warning(message, props);
    else runner.notice(message, props);
  }
  const more = (['error', 'warning', 'notice'] as const)
    .filter((s) => hidden[s] > 0)
    .map((s) => `${hidden[s]} more ${s}${hidden[s] === 1 ? '' : 's'}`);
  if (more.length > 0) {
    runner.notice(
      `${more.join(', ')} not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} annotations of each kind per step): ${WHERE_TO_READ}`,
      { title: 'truststore: more findings' },
    );
  }
}
