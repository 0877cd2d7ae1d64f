/** The CLI's `--format markdown`: the same Markdown the action writes to the job summary. */
import type { Settings } from '../../settings/settings.js';
import type { ValidatedRun } from '../outputs.js';
import { renderDeploymentMarkdown } from './deployment.js';
import { renderPlanMarkdown } from './plan.js';
import { renderTruststoreSummary } from './truststore.js';

export function renderMarkdown(result: ValidatedRun, settings: Settings): string {
  const { validation, plan, deployment } = result;
  const options = { expiryWarningDays: settings.expiryWarningDays, maxLength: Number.POSITIVE_INFINITY };
  const parts = [renderTruststoreSummary(validation, validation.outputPath && settings.outputFile)];
  if (plan && deployment) {
    parts.push(
      renderDeploymentMarkdown(plan, deployment, {
        ...options,
        ...(result.failure !== undefined ? { failure: result.failure } : {}),
      }),
    );
  } else if (plan) {
    parts.push(renderPlanMarkdown(plan, options));
  }
  return `${parts.join('\n')}\n`;
}
