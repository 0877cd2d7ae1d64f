import type { Settings } from '../inputs.js';
import type { Deployment, Plan } from '../plan/model.js';
import type { ValidateResult } from './validate.js';

/** A deploy that failed after it changed something: `deployment` says which domains moved. */
export class DeploymentError extends Error {
  override name = 'DeploymentError';
  constructor(
    message: string,
    readonly deployment: Deployment,
  ) {
    super(message);
  }
}

/** Plans, then uploads the new version and rolls every domain to it. */
export async function runDeployMode(
  _settings: Settings,
  _validation: ValidateResult,
): Promise<{ plan: Plan; deployment: Deployment }> {
  throw new Error('deploy mode: being written (issue 3)');
}
