/** Test helpers for the modes: what the runner reporter would make of a mode's results. */
import type { Deployment, Plan } from '../../src/plan/model.js';
import { actionOutputs, type RunParts } from '../../src/report/outputs.js';

/**
 * The outputs the action would set for the last run of a mode: modes report what they produced
 * (the plan through deps.onPlan, the deployment as their result or DeploymentError), and the runner
 * reporter maps that to outputs with actionOutputs, as src/main.ts does.
 */
export class RunCapture {
  private parts: RunParts = {};

  start(): void {
    this.parts = {};
  }

  stop(): void {
    this.parts = {};
  }

  readonly onPlan = (plan: Plan): void => {
    this.parts.plan = plan;
  };

  /** Records the deployment of a deploy run, also when it fails with a DeploymentError. */
  async track<T extends { deployment: Deployment }>(run: Promise<T>): Promise<T> {
    try {
      const result = await run;
      this.parts.deployment = result.deployment;
      return result;
    } catch (error) {
      const carried = error as Partial<RunParts>;
      if (carried.plan) this.parts.plan = carried.plan;
      if (carried.deployment) this.parts.deployment = carried.deployment;
      throw error;
    }
  }

  read(): Record<string, string> {
    return actionOutputs(this.parts);
  }
}
