/**
 * One run of the pipeline, whatever the front-end: what validation found, and what plan and
 * deploy did when they ran. Reporters render it; they never run a stage themselves.
 */

import type { ValidateResult } from '../pipeline/validate.js';
import type { Deployment, Plan } from '../plan/model.js';
import type { Mode } from '../settings/settings.js';
import { toJson } from './findings.js';

/** What the stages of one run produced so far: a run that failed part-way has only some of it. */
export interface RunParts {
  validation?: ValidateResult;
  plan?: Plan;
  deployment?: Deployment;
  /** The action's failure-reason when the step failed (see src/modes/failure.ts). */
  failureReason?: string;
}

export interface RunResult extends RunParts {
  mode: Mode;
  validation: ValidateResult;
  /** Why the step failed (refused truststore, AWS error, deploy stopped), in one line or a few. */
  failure?: string;
}

/**
 * The values of the action's outputs for what a run produced, each a string as GITHUB_OUTPUT holds
 * it: the one place that maps results to outputs, for the runner and for the CLI's JSON alike.
 */
export function actionOutputs(result: RunParts): Record<string, string> {
  const { validation, plan, deployment } = result;
  const outputs: Record<string, string> = {};
  if (validation) {
    const { truststore } = validation;
    outputs['truststore-file'] = validation.outputPath ?? '';
    outputs['truststore-sha256'] = truststore?.sha256 ?? '';
    outputs['certificate-count'] = String(truststore?.entries.length ?? 0);
    // The full list; the runner reporter cuts the action's output to GitHub's limit (report/findings.ts).
    outputs.findings = findingsJson(validation);
    outputs['findings-count'] = String(validation.findings.length);
  }
  if (plan) {
    outputs['has-changes'] = String(plan.hasChanges);
    outputs['added-count'] = String(plan.addedCount);
    outputs['removed-count'] = String(plan.removedCount);
    outputs.plan = JSON.stringify(plan);
  }
  if (deployment) {
    // version-id is what the domains are pinned to after the run: the old version after a rollback.
    const rolledBack = deployment.rolledBackDomains.length > 0;
    outputs['version-id'] = (rolledBack ? deployment.previousVersionId : deployment.versionId) ?? '';
    outputs['previous-version-id'] = deployment.previousVersionId ?? '';
    outputs['deployed-domains'] = JSON.stringify(deployment.deployedDomains);
    if (deployment.probes) outputs['probe-results'] = JSON.stringify(deployment.probes);
  }
  if (result.failureReason) outputs['failure-reason'] = result.failureReason;
  return outputs;
}

function findingsJson(validation: ValidateResult): string {
  return JSON.stringify(validation.findings.map(toJson));
}

/**
 * The CLI's `--format json`: the action's outputs under the same names, with JSON values instead
 * of strings (numbers, booleans, the findings array, the plan object), plus `ok` and `failure`.
 */
export function jsonReport(result: RunResult): Record<string, unknown> {
  const report: Record<string, unknown> = {
    ok: result.failure === undefined,
    mode: result.mode,
  };
  for (const [name, value] of Object.entries(actionOutputs(result))) {
    report[name] = /^(certificate-count|findings-count|added-count|removed-count)$/.test(name)
      ? Number(value)
      : /^(findings|plan|deployed-domains|probe-results|has-changes)$/.test(name)
        ? JSON.parse(value)
        : value;
  }
  if (result.failure !== undefined) report.failure = result.failure;
  return report;
}
