/**
 * `deploy` from a terminal, like `terraform apply`: plan (reads only), show what changes, ask, and
 * only on "yes" run the deploy. The deploy re-reads what is live; if that is no longer what was
 * shown and confirmed, it stops before its first write. `--yes` deploys without asking (the
 * report still shows the plan it applied); without a terminal --yes is required (cli.ts refuses
 * before anything runs).
 */
import { createInterface } from 'node:readline';
import { type PipelineDeps, runPipeline } from '../pipeline/pipeline.js';
import type { Plan } from '../plan/model.js';
import type { RunResult } from '../report/outputs.js';
import { renderPlanText, styleFor } from '../report/text.js';
import { ReasonedError } from '../settings/errors.js';
import { type CliIo, EXIT_FAILED, type Prepared, sayer } from './io.js';
import { forTerminal } from './wording.js';

export const QUESTION = "Deploy these changes? Only 'yes' is accepted: ";

/** One line from standard input; undefined at its end (Ctrl-D). */
export function readAnswer(input: NodeJS.ReadableStream): Promise<string | undefined> {
  return new Promise((resolve) => {
    const lines = createInterface({ input, terminal: false });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve(undefined);
    });
  });
}

/** What a confirmation is about: the bytes, what is live, and where each target goes. */
function planKey(plan: Plan): string {
  return JSON.stringify([
    plan.desired.sha256,
    plan.latest?.versionId ?? null,
    plan.upload,
    plan.domainsToRoll,
    plan.domains.map((d) => [d.domainName, d.truststoreVersion ?? null]),
  ]);
}

/** Stops the deploy before its first write when what is live moved since the confirmed plan. */
function sameAsConfirmed(confirmed: Plan): (plan: Plan) => void {
  return (plan) => {
    if (planKey(plan) === planKey(confirmed)) return;
    const was = confirmed.latest?.versionId ?? '(none)';
    const now = plan.latest?.versionId ?? '(none)';
    throw new ReasonedError(
      `what is live changed since the plan you confirmed (latest version ${was} then, ${now} now, or a domain moved): nothing was written; run deploy again to see the new plan`,
      'plan-changed',
    );
  };
}

export type DeployOutcome = { result: RunResult; previewed: boolean } | { exit: number };

/** deploy: with --yes at once; on a terminal, the plan, the question, then the deploy on "yes" only. */
export async function deployFlow(
  prepared: Prepared,
  io: CliIo,
  deps: Partial<PipelineDeps>,
): Promise<DeployOutcome> {
  const { settings, invocation } = prepared;
  if (invocation.yes) return { result: await runPipeline(settings, 'deploy', deps), previewed: false };
  const say = sayer(io);
  // The question comes before any write, --output-file's truststore included.
  const planned = await runPipeline({ ...settings, outputFile: '' }, 'plan', deps);
  const plan = planned.plan;
  // A refused truststore or a failed read: reported as this deploy's, which wrote nothing.
  if (planned.failure !== undefined || plan === undefined) {
    return { result: { ...planned, mode: 'deploy' }, previewed: false };
  }
  if (plan.upToDate) {
    say('up to date, nothing to deploy');
    if (settings.outputFile === '') return { result: { ...planned, mode: 'deploy' }, previewed: false };
    // Nothing to ask about, but the truststore file was asked for.
    const written = await runPipeline(settings, 'validate', deps);
    return { result: { ...written, plan, mode: 'deploy' }, previewed: false };
  }
  const style = styleFor(io.stdout.isTTY === true, io.env);
  io.stdout.write(`${forTerminal(renderPlanText(plan, style))}\n\n${QUESTION}`);
  const answer = io.stdin ? await readAnswer(io.stdin) : undefined;
  if (answer?.trim() !== 'yes') {
    if (answer === undefined) io.stdout.write('\n');
    say('deploy cancelled: nothing was written');
    return { exit: EXIT_FAILED };
  }
  const result = await runPipeline(settings, 'deploy', { ...deps, onPlan: sameAsConfirmed(plan) });
  return { result, previewed: true };
}
