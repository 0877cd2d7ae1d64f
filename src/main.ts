import * as core from '@actions/core';
import { InputError, type Mode, readSettings, type Settings } from './inputs.js';
import { runValidate, type ValidateResult } from './modes/validate.js';

/**
 * Picks the mode for `auto` from the triggering event: a pull request is planned, a push or a
 * manual dispatch is deployed, anything else is validated.
 */
export function resolveMode(settings: Settings, eventName: string | undefined): Mode {
  if (settings.mode !== 'auto') return settings.mode;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'plan';
  if (eventName === 'push' || eventName === 'workflow_dispatch') return 'deploy';
  return 'validate';
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const mode = resolveMode(settings, process.env.GITHUB_EVENT_NAME);
    core.info(`mtls-truststore-action: mode ${mode}${settings.mode === 'auto' ? ' (auto)' : ''}`);
    const validation: ValidateResult = await runValidate(settings, mode);
    if (!validation.ok) return;
    // AWS and GitHub clients load only in the modes that use them: a validate run stays fast.
    if (mode === 'plan') {
      const { runPlanMode } = await import('./modes/plan.js');
      await runPlanMode(settings, validation);
    } else if (mode === 'deploy') {
      const { runDeployMode } = await import('./modes/deploy.js');
      await runDeployMode(settings, validation);
    }
  } catch (error) {
    core.setFailed(describeError(error));
  }
}

/** Turns anything thrown into one line for the user; a stack trace only in debug logs. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error) {
    core.debug(error.stack ?? error.message);
    return error.message;
  }
  return String(error);
}
