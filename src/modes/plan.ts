import type { Settings } from '../inputs.js';
import type { Plan } from '../plan/model.js';
import type { ValidateResult } from './validate.js';

/** Reads the live truststore and the domains, and diffs the desired truststore against them. */
export async function runPlanMode(_settings: Settings, _validation: ValidateResult): Promise<Plan> {
  throw new Error('plan mode: being written (issue 3)');
}

/** Sets the outputs has-changes, added-count, removed-count and plan (JSON). */
export function setPlanOutputs(_plan: Plan): void {
  throw new Error('plan mode: being written (issue 3)');
}
