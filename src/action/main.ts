import { defaultBranchOf, isDefaultBranchPush, isOnDefaultBranch, readEvent } from '../github/event.js';
import { untrustedCheckout } from '../github/target-guard.js';
import { failureReasonOf } from '../pipeline/failure.js';
import { runValidate } from '../pipeline/validate.js';
import type { Plan } from '../plan/model.js';
import type { RunParts } from '../report/outputs.js';
import { InputError, type Mode, readSettings, type Settings } from '../settings/settings.js';
import { setRunOutputs } from './outputs.js';
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
export function chooseMode(settings: Settings, env: NodeJS.ProcessEnv = process.env): ModeChoice {
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

export function resolveMode(settings: Settings, env: NodeJS.ProcessEnv = process.env): Mode {
  return chooseMode(settings, env).mode;
}

export async function run(): Promise<void> {
  // What the stages produced, even when one fails part-way: the outputs are set from it, once.
  const parts: RunParts = {};
  const onPlan = (plan: Plan) => {
    parts.plan = plan;
  };
  try {
    const settings = readSettings();
    const { mode, why } = chooseMode(settings);
    runner.info(
      `mtls-truststore-action: mode ${mode}${settings.mode === 'auto' ? ` (auto, event ${process.env.GITHUB_EVENT_NAME ?? 'unknown'})` : ''}`,
    );
    if (why) runner.notice(why);
    // Before anything reads the workspace or calls AWS or GitHub.
    const refusal = await untrustedCheckout(readEvent(), settings.workspace);
    if (refusal) throw refusal;
    if (mode === 'diagnose') {
      // One partner's certificate against a truststore: no validation outputs, no deploy.
      const { runDiagnoseAction } = await import('../pipeline/diagnose.js');
      await runDiagnoseAction(settings);
      return;
    }
    const validation = await runValidate(settings, mode);
    parts.validation = validation;
    if (!validation.ok) parts.failureReason = 'validation-failed';
    // An audit looks at what is live even when the repository's CA files do not validate.
    if (mode === 'audit') {
      await (await import('./online.js')).auditAndPublish(settings, validation);
      return;
    }
    // AWS and GitHub clients load only in the modes that use them: a validate run stays fast.
    if (mode === 'validate' || (!validation.ok && mode === 'deploy')) return;
    const online = await import('./online.js');
    if (!validation.ok) {
      await online.reportRefusedPlan(settings, validation);
      return;
    }
    if (mode === 'plan') await online.planAndPublish(settings, validation, onPlan);
    else Object.assign(parts, await online.deployAndPublish(settings, validation, onPlan));
  } catch (error) {
    // A deploy that failed after it changed something says what moved (DeploymentError).
    const carried = error as Partial<Pick<RunParts, 'plan' | 'deployment'>>;
    if (carried.plan) parts.plan = carried.plan;
    if (carried.deployment) parts.deployment = carried.deployment;
    parts.failureReason = failureReasonOf(error);
    runner.setFailed(describeError(error));
  } finally {
    setRunOutputs(parts);
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
