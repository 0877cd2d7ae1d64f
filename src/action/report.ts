/**
 * The runner reporter: renders one pipeline result where a GitHub runner shows it — annotations,
 * the log, the job summary, the pull-request comment, the post-merge note and the audit issue —
 * then sets every output once and fails the step once, from the result. The only code besides
 * main.ts that speaks the runner protocol.
 */
import type { RunResult } from '../pipeline/result.js';
import { fail } from '../pipeline/result.js';
import { logText, markdownText } from '../report/escape.js';
import { findingsJson } from '../report/findings.js';
import { renderDiagnosisMarkdown } from '../report/markdown/diagnosis.js';
import { clientCheckSentence, renderTruststoreSummary } from '../report/markdown/truststore.js';
import { plural } from '../report/markdown/words.js';
import { actionOutputs } from '../report/outputs.js';
import { renderPlanText } from '../report/text.js';
import type { Settings } from '../settings/settings.js';
import { reportFindings } from './annotations.js';
import { publishDeployment, publishInvalid, publishPlan, writeJobSummary } from './publish.js';
import { publishAudit } from './publish-audit.js';
import * as runner from './runner.js';

/** The review refusals a deploy's summary explains (other failures are explained by their stage). */
const REVIEW_REFUSALS = new Set(['no-reviewed-plan', 'plan-changed']);

/** Findings at file and line, the file written, and (validate, or a refused truststore) the summary. */
async function reportValidation(settings: Settings, result: RunResult): Promise<void> {
  const validation = result.validation;
  if (!validation) return;
  const { findings, truststore, outputPath } = validation;
  // One error annotation stays free for the step's failure message.
  reportFindings(findings, result.failure !== undefined ? { error: 1 } : {});
  const clients = clientCheckSentence(validation, (s) => s);
  if (clients) runner.info(logText(clients));
  if (truststore && outputPath) {
    runner.info(
      logText(
        `wrote ${plural(truststore.entries.length, 'CA certificate')} to ${outputPath} (sha256 ${truststore.sha256})`,
      ),
    );
  }
  // Plan and deploy write their own, fuller summary; validation's stands alone only in validate.
  // Off a runner (node dist/index.js on a laptop or another CI) there is no summary file to append to.
  if ((result.mode === 'validate' || !validation.ok) && runner.hasSummary()) {
    await runner.appendSummary(renderTruststoreSummary(validation, outputPath && settings.outputFile));
  }
}

/** plan: the comment (also for a refused truststore: the pull request still hears why) and the summary. */
async function reportPlan(settings: Settings, result: RunResult): Promise<string | undefined> {
  const { validation, plan } = result;
  if (!validation) return undefined;
  // The log says what changes, as the CLI's text does (the comment and the summary hold the full plan).
  if (plan) runner.info(logText(renderPlanText(plan)));
  const published = !validation.ok
    ? await publishInvalid(settings, validation)
    : plan
      ? await publishPlan(settings, validation, plan)
      : undefined;
  if (published?.failure) fail(result, 'github-error', published.failure);
  return published?.markdown;
}

/** deploy: what the review said, then the deployment (or why it was refused) and the note. */
async function reportDeploy(settings: Settings, result: RunResult): Promise<void> {
  const { review, plan, deployment } = result;
  if (review?.status === 'break-glass') {
    await writeJobSummary(
      `> [!CAUTION]\n> **BREAK-GLASS DEPLOY: require-reviewed-plan is false.** This deploy of ${settings.truststoreUri ?? 'the truststore'} was not checked against a reviewed plan. Set require-reviewed-plan back to true once the emergency is over.\n`,
    );
  }
  if (review?.status === 'matched') {
    await writeJobSummary(
      `Deploying the plan reviewed in pull request #${review.pullRequest} (contract \`${review.contract.slice(0, 16)}…\`).\n`,
    );
  }
  if (plan && deployment) {
    const failure = await publishDeployment(settings, plan, deployment, result.failure);
    if (failure) fail(result, 'github-error', failure);
  } else if (result.failureReason && REVIEW_REFUSALS.has(result.failureReason) && result.failure) {
    await writeJobSummary(
      `### ⛔ mTLS truststore deploy refused (${result.failureReason})\n\n${markdownText(result.failure, 4000)}\n`,
    );
  }
}

/** audit: summary and issue first, then one annotation per problem. */
async function reportAudit(settings: Settings, result: RunResult): Promise<void> {
  const report = result.audit;
  if (!report) return;
  await publishAudit(settings, report);
  for (const p of report.problems) {
    const props = { title: `truststore audit: ${p.code}` };
    if (p.severity === 'error') runner.error(p.message, props);
    else runner.warning(p.message, props);
  }
}

/** diagnose: each reason in the log, and the explanation for a partner's engineer in the summary. */
async function reportDiagnosis(result: RunResult): Promise<void> {
  const diagnosed = result.diagnosis;
  if (!diagnosed) return;
  const { diagnosis, truststore } = diagnosed;
  for (const r of diagnosis.reasons)
    runner.info(logText(`${r.refuses ? 'REFUSES' : 'note'} ${r.code}: ${r.message}`));
  if (runner.hasSummary()) await runner.appendSummary(renderDiagnosisMarkdown(diagnosed));
  if (diagnosis.verdict === 'accepted') {
    runner.info(logText(`API Gateway accepts "${diagnosis.leaf.subject}" with ${truststore.source}`));
  }
}

/** Renders the result, then sets every output and the step's failure, once. */
export async function reportRun(settings: Settings, result: RunResult): Promise<void> {
  let planMarkdown: string | undefined;
  try {
    await reportValidation(settings, result);
    if (result.mode === 'plan') planMarkdown = await reportPlan(settings, result);
    if (result.mode === 'deploy') await reportDeploy(settings, result);
    if (result.mode === 'audit') await reportAudit(settings, result);
    if (result.mode === 'diagnose') await reportDiagnosis(result);
  } catch (error) {
    fail(result, 'error', error instanceof Error ? error.message : String(error));
  }
  setOutputs(result, planMarkdown);
  if (result.failure !== undefined) {
    if (result.error instanceof Error && result.failureReason === 'error')
      runner.debug(result.error.stack ?? '');
    runner.setFailed(result.failure);
  }
}

/** Every output, once: GitHub limits their size, so the action's findings list is cut there (the CLI's is not). */
export function setOutputs(result: Partial<RunResult>, planMarkdown?: string): void {
  const outputs = actionOutputs(result);
  if (result.validation) outputs.findings = findingsJson(result.validation.findings);
  if (planMarkdown !== undefined) outputs['plan-markdown'] = planMarkdown;
  for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
}
