/**
 * The action's front-end: reads the runner's environment and inputs into Settings (once), picks the
 * mode, runs the pipeline, and hands the one result to the runner reporter.
 */
import { defaultBranchOf, isDefaultBranchPush, isOnDefaultBranch, readEvent } from '../github/event.js';
import { runPipeline } from '../pipeline/pipeline.js';
import type { RunResult } from '../pipeline/result.js';
import { logText } from '../report/escape.js';
import { failureReasonOf } from '../settings/errors.js';
import { type Environment, type Mode, readSettings, type Settings } from '../settings/settings.js';
import { actionInputs } from './inputs.js';
import { reportRun, setOutputs } from './report.js';
import * as runner from './runner.js';

export interface ModeChoice {
  mode: Mode;
  /** Why `auto` chose a more cautious mode than the event suggests, for the log. */
  why?: string;
}

/**
 * Picks the mode for `auto` from the triggering event: a pull request is planned; a push to the
 * default branch, or a manual dispatch on it, is deployed; a dispatch on another branch is only
 * planned (what a feature branch holds was not reviewed); a schedule audits; anything else is validated.
 */
export function chooseMode(settings: Settings, env: Environment): ModeChoice {
  if (settings.mode !== 'auto') return { mode: settings.mode };
  const event = readEvent(env);
  if (event.name === 'pull_request' || event.name === 'pull_request_target') return { mode: 'plan' };
  if (event.name === 'schedule') return { mode: 'audit' };
  if (isDefaultBranchPush(event, env)) return { mode: 'deploy' };
  if (event.name === 'workflow_dispatch') {
    if (isOnDefaultBranch(event, env)) return { mode: 'deploy' };
    const branch = defaultBranchOf(event);
    return {
      mode: 'plan',
      why: `workflow_dispatch on ${env.GITHUB_REF || 'an unknown ref'}, not on the default branch${branch ? ` ${branch}` : ''}: planning only. mode auto deploys only from the default branch, where changes arrive reviewed; dispatch the workflow on ${branch ?? 'the default branch'} to deploy.`,
    };
  }
  return { mode: 'validate' };
}

export function resolveMode(settings: Settings, env: Environment): Mode {
  return chooseMode(settings, env).mode;
}

export async function run(env: Environment = { ...process.env }): Promise<void> {
  let settings: Settings;
  let mode: Mode;
  try {
    settings = readSettings(env, actionInputs);
    const choice = chooseMode(settings, env);
    mode = choice.mode;
    runner.info(
      `mtls-truststore-action: mode ${mode}${settings.mode === 'auto' ? ` (auto, event ${env.GITHUB_EVENT_NAME ?? 'unknown'})` : ''}`,
    );
    if (choice.why) runner.notice(choice.why);
  } catch (error) {
    // Bad inputs: nothing ran, so the failure is the only output.
    const failed: RunResult = {
      mode: 'validate',
      failure: (error as Error).message,
      failureReason: failureReasonOf(error),
    };
    setOutputs({ failureReason: failed.failureReason });
    if (failed.failureReason === 'error') runner.debug((error as Error).stack ?? '');
    runner.setFailed(failed.failure ?? String(error));
    return;
  }
  const result = await runPipeline(settings, mode, {
    log: (message) => runner.info(logText(message)),
    warn: (message, title) => runner.warning(message, title ? { title } : {}),
  });
  await reportRun(settings, result);
}
