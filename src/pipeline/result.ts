/**
 * One run of the pipeline, whatever the front-end: what each stage produced, and why the run
 * failed when it did. A run that failed part-way carries what it did before (the plan, the
 * targets that moved): reporters render it; they never run a stage themselves.
 */
import type { AuditReport } from '../audit/checks.js';
import type { Deployment, Plan } from '../plan/model.js';
import type { FailureReason } from '../settings/errors.js';
import type { Mode } from '../settings/settings.js';
import type { DiagnoseResult } from './diagnose.js';
import type { ReviewOutcome } from './review.js';
import type { ValidateResult } from './validate.js';

export interface RunResult {
  mode: Mode;
  validation?: ValidateResult;
  plan?: Plan;
  /** What the reviewed-plan check said before a deploy. */
  review?: ReviewOutcome;
  deployment?: Deployment;
  audit?: AuditReport;
  diagnosis?: DiagnoseResult;
  /** Why the run failed, in one line or a few (refused truststore, AWS error, deploy stopped). */
  failure?: string;
  /** The failure-reason output; set whenever `failure` is. */
  failureReason?: FailureReason;
  /** What was thrown, when the run ended on an exception (its stack goes to debug logs only). */
  error?: unknown;
}

/** Records the first failure of a run: later stages do not overwrite why it failed. */
export function fail(result: RunResult, reason: FailureReason, message: string): void {
  if (result.failure !== undefined) {
    result.failure = `${result.failure}\n${message}`;
    return;
  }
  result.failure = message;
  result.failureReason = reason;
}
