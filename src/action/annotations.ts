/**
 * Findings where a GitHub runner shows them, within GitHub's limits:
 * - the step log holds every finding (an annotation, or past the limit a plain escaped line): it is
 *   the full list;
 * - annotations: GitHub shows 10 error and 10 warning annotations per step and drops the rest
 *   silently, so the first ones are annotated at file and line, and one notice says how many
 *   more there are and where to read them.
 * Limits: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
import type { Finding } from '../pki/model.js';
import { displayPath } from '../workspace/display-path.js';
import * as runner from './runner.js';

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;

const WHERE_TO_READ =
  "every finding is in this step's log and in the `findings` output (`findings-count` has the total)";

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
