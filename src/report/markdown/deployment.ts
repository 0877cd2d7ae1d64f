/**
 * What a deploy did, as Markdown: the job summary of a deploy run and the short note on the
 * merged pull request. Pure, like `render.ts`.
 */

import type { Deployment, Plan } from '../../plan/model.js';
import { markdownText as t } from '../escape.js';
import { code, fitToLength, provenanceText, type RenderOptions } from './plan.js';
import { renderProbesMarkdown } from './probes.js';

export interface DeploymentRenderOptions extends RenderOptions {
  /** The deploy failed with this message (what `deployment` says happened before it failed). */
  failure?: string;
  /** Link to the run (for the note on the pull request). */
  runUrl?: string;
}

function names(list: readonly string[]): string {
  return list.length === 0 ? 'none' : list.map((n) => t(n)).join(', ');
}

export function renderDeploymentMarkdown(
  plan: Plan,
  deployment: Deployment,
  options: DeploymentRenderOptions = {},
): string {
  const label = options.label ? `: ${t(options.label)}` : '';
  const lines: string[] = [];
  if (options.header) lines.push(options.header);
  if (options.failure !== undefined) {
    lines.push(`### ❌ mTLS truststore deploy failed${label}`, `**${t(options.failure, 2000)}**`);
  } else if (deployment.replayOf !== undefined) {
    lines.push(
      `### ✅ mTLS truststore: nothing to replay${label}`,
      `Nothing deployed: the live truststore was built from commit ${code(deployment.replayOf.slice(0, 12))}, which already contains this commit (a re-run of an older deploy).`,
    );
  } else if (deployment.upToDate) {
    lines.push(
      `### ✅ mTLS truststore up to date${label}`,
      `Nothing deployed: every domain is already pinned to ${
        deployment.versionId ? `version ${code(deployment.versionId)}` : 'the same truststore'
      } of ${t(plan.location.uri)}.`,
    );
  } else {
    lines.push(
      `### 🚀 mTLS truststore deployed${label}`,
      `Version ${deployment.versionId ? code(deployment.versionId) : 'unknown'} of ${t(plan.location.uri)}` +
        ` (+${plan.addedCount} added, −${plan.removedCount} removed; previous version ${
          deployment.previousVersionId ? code(deployment.previousVersionId) : 'none'
        }).`,
    );
  }
  const facts = [`- Domains rolled: ${names(deployment.deployedDomains)}`];
  if (deployment.provenance) facts.push(`- New version ${provenanceText(deployment.provenance)}`);
  if (deployment.rolledBackDomains.length > 0) {
    facts.push(
      `- **Rolled back** to ${deployment.previousVersionId ? code(deployment.previousVersionId) : 'the previous version'}: ${names(deployment.rolledBackDomains)}`,
    );
  }
  if (deployment.untouchedDomains.length > 0)
    facts.push(`- Not touched: ${names(deployment.untouchedDomains)}`);
  for (const r of deployment.revocations ?? []) {
    if (r.added.length + r.removed.length === 0) continue;
    const ids = (list: readonly number[]) => (list.length === 0 ? 'none' : list.join(', '));
    facts.push(`- Revocation lists of ${t(r.target)}: added ${ids(r.added)}; removed ${ids(r.removed)}`);
  }
  const warned = deployment.warnings.filter((w) => w.warnings.length > 0);
  if (warned.length === 0) facts.push('- Truststore warnings from API Gateway: none');
  else {
    facts.push('- Truststore warnings from API Gateway:');
    for (const w of warned) {
      for (const message of w.warnings) facts.push(`  - ${t(w.domainName)}: ${t(message, 1000)}`);
    }
  }
  lines.push(facts.join('\n'));
  if (deployment.probes && deployment.probes.length > 0) lines.push(renderProbesMarkdown(deployment.probes));
  if (options.runUrl) lines.push(`<sub>[Workflow run](${options.runUrl})</sub>`);
  const max = options.maxLength ?? 60_000;
  return fitToLength(`${lines.join('\n\n')}\n`, max, 'The rest was cut: see the job summary of the run.');
}
