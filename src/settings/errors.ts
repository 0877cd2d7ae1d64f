/**
 * The errors a run can end with. Every error the pipeline throws on purpose carries its failure
 * reason (the `failure-reason` output), so a workflow can branch on it (retry on `conflict`, page
 * someone on `warnings`, ...) without parsing messages, and the reporters never guess from a shape.
 * Anything else (a bug, a library's own error) is `error`.
 */

export type FailureReason =
  | 'validation-failed'
  | 'invalid-input'
  | 'no-reviewed-plan'
  | 'plan-changed'
  | 'ambiguous-plan'
  | 'unreviewed-commit'
  | 'not-approved'
  | 'unknown-live-commit'
  | 'untrusted-checkout'
  | 'conflict'
  | 'warnings'
  | 'probe-failed'
  | 'client-refused'
  | 'aws-error'
  | 'github-error'
  | 'audit-problems'
  | 'error';

/** An error that knows its failure reason; the message names the fix. */
export class ReasonedError extends Error {
  override name = 'ReasonedError';
  constructor(
    message: string,
    readonly reason: FailureReason,
  ) {
    super(message);
  }
}

/**
 * Bad input, whichever front-end it came through: an action input or a CLI flag the user got wrong.
 * The message names the input and the fix. One type everywhere (pure: the core may throw it too),
 * so the action reports failure-reason invalid-input and the CLI exits 2 for all of them.
 */
export class InputError extends ReasonedError {
  override name = 'InputError';
  constructor(message: string) {
    super(message, 'invalid-input');
  }
}

/** The failure reason of anything thrown: its own when it has one (by type), else `error`. */
export function failureReasonOf(error: unknown): FailureReason {
  return error instanceof ReasonedError ? error.reason : 'error';
}
