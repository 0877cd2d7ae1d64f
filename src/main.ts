import { isDefaultBranchPush, readEvent } from './github/event.js';
import { InputError, type Mode, readSettings, type Settings } from './inputs.js';
import { runValidate } from './modes/validate.js';
import * as runner from './runner.js';

/**
 * Picks the mode for `auto` from the triggering event: a pull request is planned, a push to the
 * default branch or a manual dispatch is deployed, anything else is validated.
 */
export function resolveMode(settings: Settings, env: NodeJS.ProcessEnv = process.env): Mode {
  if (settings.mode !== 'auto') return settings.mode;
  const event = readEvent(env);
  if (event.name === 'pull_request' || event.name === 'pull_request_target') return 'plan';
  if (event.name === 'workflow_dispatch' || isDefaultBranchPush(event, env)) return 'deploy';
  return 'validate';
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const mode = resolveMode(settings);
    runner.info(
      `mtls-truststore-action: mode ${mode}${settings.mode === 'auto' ? ` (auto, event ${process.env.GITHUB_EVENT_NAME ?? 'unknown'})` : ''}`,
    );
    const validation = await runValidate(settings, mode);
    // AWS and GitHub clients load only in the modes that use them: a validate run stays fast.
    if (mode === 'validate' || (!validation.ok && mode === 'deploy')) return;
    const online = await import('./modes/online.js');
    if (!validation.ok) {
      await online.reportRefusedPlan(settings, validation);
      return;
    }
    if (mode === 'plan') await online.planAndPublish(settings, validation);
    else await online.deployAndPublish(settings, validation);
  } catch (error) {
    runner.setFailed(describeError(error));
  }
}

/** Turns anything thrown into one line for the user; a stack trace only in debug logs. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error) {
    runner.debug(error.stack ?? error.message);
    return error.message;
  }
  return String(error);
}
