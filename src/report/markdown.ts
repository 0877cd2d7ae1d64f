/** The CLI's `--format markdown`: the same Markdown the action writes to the job summary. */
import type { Settings } from '../inputs.js';
import { renderPlanMarkdown } from '../plan/render.js';
import { renderDeploymentMarkdown } from '../plan/render-deployment.js';
import type { RunResult } from './result.js';
import { renderTruststoreSummary } from './truststore-summary.js';

export function renderMarkdown(result: RunResult, settings: Settings): string {
  const { validation, plan, deployment } = result;
  const options = { expiryWarningDays: settings.expiryWarningDays, maxLength: Number.POSITIVE_INFINITY };
  const parts = [
    renderTruststoreSummary(
      validation.analysis,
      validation.findings,
      validation.outputPath && settings.outputFile,
    ),
  ];
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
