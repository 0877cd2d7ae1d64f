import type { Deployment, Plan } from '../plan/model.js';
import { type FailureReason, ReasonedError } from '../settings/errors.js';

/** A deploy that failed after it changed something: `deployment` says which targets moved. */
export class DeploymentError extends ReasonedError {
  override name = 'DeploymentError';
  constructor(
    message: string,
    readonly deployment: Deployment,
    /** The plan the deploy was carrying out, for the summary and the pull-request note. */
    readonly plan: Plan,
    reason: FailureReason = 'aws-error',
  ) {
    super(message, reason);
  }
}
