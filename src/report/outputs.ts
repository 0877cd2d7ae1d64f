/**
 * The action's outputs for one run, each a string as GITHUB_OUTPUT holds it: the one place that
 * maps a result to outputs, for the runner reporter and for the CLI's JSON alike.
 */
import type { RunResult } from '../pipeline/result.js';
import { toJson } from './findings.js';

export type { RunResult };

/** A run that got as far as validation: what the truststore reports (text, SARIF, Markdown) render. */
export type ValidatedRun = RunResult & { validation: NonNullable<RunResult['validation']> };

/** What the stages of one run produced so far (a run that failed part-way has only some of it). */
export type RunParts = Partial<RunResult>;

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
    outputs.findings = JSON.stringify(validation.findings.map(toJson));
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
  if (result.audit) {
    const { audit } = result;
    outputs.healthy = String(audit.healthy);
    outputs.problems = JSON.stringify(
      audit.problems.map((p) => ({
        severity: p.severity,
        code: p.code,
        domain: p.domain,
        message: p.message,
      })),
    );
  }
  if (result.diagnosis) {
    outputs.diagnosis = JSON.stringify({
      ...result.diagnosis.diagnosis,
      truststore: result.diagnosis.truststore,
    });
  }
  if (result.failureReason) outputs['failure-reason'] = result.failureReason;
  return outputs;
}

/**
 * The CLI's `--format json`: the action's outputs under the same names, with JSON values instead
 * of strings (numbers, booleans, the findings array, the plan object), plus `ok` and `failure`.
 */
export function jsonReport(result: RunResult): Record<string, unknown> {
  // JSON-valued outputs are parsed back; counts are numbers.
  const report: Record<string, unknown> = {
    ok: result.failure === undefined,
    mode: result.mode,
  };
  for (const [name, value] of Object.entries(actionOutputs(result))) {
    report[name] = /^(certificate-count|findings-count|added-count|removed-count)$/.test(name)
      ? Number(value)
      : /^(findings|plan|deployed-domains|probe-results|has-changes|healthy|problems|diagnosis)$/.test(name)
        ? JSON.parse(value)
        : value;
  }
  if (result.failure !== undefined) report.failure = result.failure;
  return report;
}
