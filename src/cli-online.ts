/**
 * The CLI's plan and deploy: the same stages as the action's, loaded only by these commands (the
 * AWS SDK stays out of a validate run). Progress goes to the given log, never to the runner.
 */
import type { Command } from './cli-args.js';
import type { Settings } from './inputs.js';
import { readLiveState } from './modes/plan.js';
import type { ValidateResult } from './modes/validate.js';
import type { RunResult } from './report/result.js';

export async function runOnline(
  command: Exclude<Command, 'validate'>,
  settings: Settings,
  validation: ValidateResult,
  log: (message: string) => void,
): Promise<RunResult> {
  if (command === 'deploy') {
    throw new Error('deploy from the command line is not wired yet: use the action (mode: deploy)');
  }
  const { plan } = await readLiveState(settings, validation, { log });
  return { mode: 'plan', validation, plan };
}
