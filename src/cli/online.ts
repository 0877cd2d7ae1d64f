/**
 * The CLI's plan and deploy: the same stages as the action's, loaded only by these commands (the
 * AWS SDK stays out of a validate run). Progress and warnings go to the given log, never to the
 * runner; a deploy that fails part-way still returns what it planned and what moved.
 */

import { DeploymentError, runDeployMode } from '../pipeline/deploy.js';
import { runPlanMode } from '../pipeline/plan.js';
import type { ValidateResult } from '../pipeline/validate.js';
import type { Plan } from '../plan/model.js';
import type { RunResult } from '../report/outputs.js';
import type { Settings } from '../settings/settings.js';
import type { Command } from './args.js';

export async function runOnline(
  command: Extract<Command, 'plan' | 'deploy'>,
  settings: Settings,
  validation: ValidateResult,
  log: (message: string) => void,
): Promise<RunResult> {
  let planned: Plan | undefined;
  const deps = {
    log,
    warn: (message: string) => log(`warning: ${message}`),
    onPlan: (plan: Plan) => {
      planned = plan;
    },
  };
  if (command === 'plan') {
    return { mode: 'plan', validation, plan: await runPlanMode(settings, validation, deps) };
  }
  try {
    const { plan, deployment } = await runDeployMode(settings, validation, deps);
    return { mode: 'deploy', validation, plan, deployment };
  } catch (error) {
    if (error instanceof DeploymentError) {
      return {
        mode: 'deploy',
        validation,
        plan: error.plan,
        deployment: error.deployment,
        failure: error.message,
      };
    }
    // Failed before anything moved (an AWS error, a bad probe input): still show what was planned.
    if (planned) return { mode: 'deploy', validation, plan: planned, failure: (error as Error).message };
    throw error;
  }
}
