/**
 * One run of the pipeline, whatever the front-end: what validation found, and what plan and
 * deploy did when they ran. Reporters render it; they never run a stage themselves.
 */
import type { Mode } from '../inputs.js';
import type { ValidateResult } from '../modes/validate.js';
import type { Deployment, Plan } from '../plan/model.js';

export interface RunResult {
  mode: Mode;
  validation: ValidateResult;
  plan?: Plan;
  deployment?: Deployment;
  /** Why the step failed (refused truststore, AWS error, deploy stopped), in one line or a few. */
  failure?: string;
}

/** The values of the action's outputs for this result, each a string as GITHUB_OUTPUT holds it. */
export function actionOutputs(result: RunResult): Record<string, string> {
  const { validation, plan, deployment } = result;
  const { truststore } = validation;
  const outputs: Record<string, string> = {
    'truststore-file': validation.outputPath ?? '',
    'truststore-sha256': truststore?.sha256 ?? '',
    'certificate-count': String(truststore?.entries.length ?? 0),
    // The CLI's full list; the action's output is cut to GitHub's limit in report/findings.ts.
    findings: findingsJson(validation),
    'findings-count': String(validation.findings.length),
  };
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
  }
  return outputs;
}

function findingsJson(validation: ValidateResult): string {
  return JSON.stringify(
    validation.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      message: f.message,
      file: f.file ?? null,
      line: f.line ?? null,
      subject: f.subject ?? null,
      fingerprint: f.fingerprint ?? null,
    })),
  );
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
      : /^(findings|plan|deployed-domains|has-changes)$/.test(name)
        ? JSON.parse(value)
        : value;
  }
  if (result.failure !== undefined) report.failure = result.failure;
  return report;
}
