/**
 * Why a run failed, as the `failure-reason` output: a workflow can branch on it (retry on
 * `conflict`, page someone on `warnings`, ...) without parsing messages. Empty on success.
 */
import { AwsError } from '../aws/errors.js';
import { InputError } from '../settings/settings.js';

export type FailureReason =
  | 'validation-failed'
  | 'invalid-input'
  | 'no-reviewed-plan'
  | 'plan-changed'
  | 'untrusted-checkout'
  | 'conflict'
  | 'warnings'
  | 'probe-failed'
  | 'client-refused'
  | 'aws-error'
  | 'github-error'
  | 'audit-problems'
  | 'error';

/** An error that knows its failure reason. */
export class ReasonedError extends Error {
  override name = 'ReasonedError';
  constructor(
    message: string,
    readonly reason: FailureReason,
  ) {
    super(message);
  }
}

/** S3 answers these when the object changed (or vanished) between the plan and the upload. */
const CONFLICT_CODES = new Set(['PreconditionFailed', 'ConditionalRequestConflict', 'ObjectDeleted']);

export function failureReasonOf(error: unknown): FailureReason {
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === 'string' && reason !== '') return reason as FailureReason;
  if (error instanceof InputError) return 'invalid-input';
  if (error instanceof AwsError) {
    if (CONFLICT_CODES.has(error.code) || error.status === 412) return 'conflict';
    if (error.code === 'InvalidInput') return 'invalid-input';
    return 'aws-error';
  }
  return 'error';
}
