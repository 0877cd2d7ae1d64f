/**
 * The CLI's reporter: the one result as the chosen view (text, the action's outputs as JSON,
 * SARIF, Markdown), on standard output or into the `--output` file, the verdict on standard
 * error, and the exit code.
 */
import type { AuditReport } from '../audit/checks.js';
import type { RunResult, ValidatedRun } from '../report/outputs.js';
import { renderAuditText, renderDiagnosisText, renderText, styleFor } from '../report/text.js';
import { VERSION } from '../settings/version.js';
import { displayPath } from '../workspace/display-path.js';
import { writeFailure, writeOutputFile } from '../workspace/output-file.js';
import { type CliIo, EXIT_CHANGES, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Prepared, sayer } from './io.js';
import { forTerminal } from './wording.js';

type Audited = ValidatedRun & { audit: AuditReport };

/** diagnose, audit: their own views; every other command: the truststore, the plan, the deployment. */
async function renderView(
  result: RunResult,
  prepared: Prepared,
  colour: boolean,
  io: CliIo,
): Promise<string> {
  const { format } = prepared;
  const style = styleFor(colour, io.env);
  if (result.diagnosis) {
    const diagnosed = result.diagnosis;
    if (format === 'sarif')
      return (await import('../report/sarif.js')).renderDiagnosisSarif(diagnosed, VERSION);
    if (format === 'markdown')
      return (await import('../report/markdown/diagnosis.js')).renderDiagnosisMarkdown(diagnosed);
    return renderDiagnosisText(diagnosed, style);
  }
  if (result.audit && result.validation) {
    const audited = result as Audited;
    if (format === 'sarif') return (await import('./audit-sarif.js')).renderAuditSarif(audited, VERSION);
    if (format === 'markdown')
      return (await import('../report/markdown/audit.js')).renderAuditMarkdown(audited.audit);
    return renderAuditText(audited, style);
  }
  const validated = result as ValidatedRun;
  if (format === 'sarif') return (await import('../report/sarif.js')).renderSarif(validated, VERSION);
  if (format === 'markdown')
    return (await import('../report/markdown/index.js')).renderMarkdown(validated, prepared.settings);
  return renderText(validated, style);
}

/** The report in its format; text is worded for the terminal (flags, not inputs). */
async function render(
  result: RunResult,
  prepared: Prepared,
  colour: boolean,
  io: CliIo,
  previewed: boolean,
): Promise<string> {
  if (prepared.format === 'json') {
    const { jsonReport } = await import('../report/outputs.js');
    return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
  }
  if (prepared.format === 'text' && previewed && result.validation && !result.diagnosis && !result.audit) {
    // deploy showed its plan before it asked: only what was done follows.
    return forTerminal(renderText(result as ValidatedRun, styleFor(colour, io.env), { plan: false }));
  }
  const view = await renderView(result, prepared, colour, io);
  return prepared.format === 'text' ? forTerminal(view) : view;
}

/** Whether the run got far enough to have a report; otherwise only its failure is said. */
function hasReport(result: RunResult): boolean {
  if (result.diagnosis || result.plan || result.deployment || result.audit) return true;
  return (
    result.validation !== undefined &&
    (result.failure === undefined || result.failureReason === 'validation-failed')
  );
}

/**
 * A private key given as the partner's certificate: the diagnosis refuses the file with the words
 * of a CA file (delete it from the repository); from a terminal it is the file to name.
 */
function keyAsClientCertificate(result: RunResult, prepared: Prepared): string | undefined {
  const given = prepared.settings.clientCertificate;
  if (prepared.invocation.command !== 'diagnose' || given === undefined) return undefined;
  const failure = result.failure ?? '';
  if (result.failureReason !== 'invalid-input' || !failure.startsWith('client-certificate '))
    return undefined;
  if (!/\bprivate key\b/i.test(failure)) return undefined;
  return `${displayPath(given)} holds a private key, not a certificate: give the partner's certificate (PEM or DER); never share private keys`;
}

/** The report on standard output, or into the `--output` file; the line saying why it could not be written, if not. */
async function emit(text: string, prepared: Prepared, io: CliIo): Promise<string | undefined> {
  if (prepared.reportFile === undefined) {
    io.stdout.write(text);
    return undefined;
  }
  const shown = displayPath(prepared.invocation.output ?? prepared.reportFile.path);
  try {
    await writeOutputFile(prepared.reportFile, text);
    sayer(io)(`report written to ${shown}`);
    return undefined;
  } catch (error) {
    return `could not write the report to ${shown}: ${writeFailure(error, '--output')}`;
  }
}

/** The exit code of a run that went through: 0, 1, or 3 for pending changes with plan --detailed-exitcode. */
function exitOf(result: RunResult, prepared: Prepared): number {
  if (result.failure !== undefined) return EXIT_FAILED;
  const pending = result.mode === 'plan' && result.plan?.hasChanges === true;
  return pending && prepared.invocation.detailedExitcode ? EXIT_CHANGES : EXIT_OK;
}

/** Reports one result where the user asked for it; returns the exit code. */
export async function report(
  result: RunResult,
  prepared: Prepared,
  io: CliIo,
  options: { previewed: boolean },
): Promise<number> {
  const say = sayer(io);
  const keyLine = keyAsClientCertificate(result, prepared);
  const shown: RunResult = keyLine ? { ...result, failure: keyLine } : result;
  if (!hasReport(shown) && prepared.format !== 'json') {
    say(shown.failure ?? 'failed');
    // Bad input is one type (InputError); AWS's own "invalid input" answers count as bad usage too.
    return shown.failureReason === 'invalid-input' && !keyLine ? EXIT_USAGE : EXIT_FAILED;
  }
  const toFile = prepared.reportFile !== undefined;
  const text = await render(shown, prepared, !toFile && io.stdout.isTTY === true, io, options.previewed);
  const unwritten = await emit(text, prepared, io);
  if (unwritten !== undefined) {
    const done =
      shown.failure === undefined ? ` (the ${prepared.invocation.command} run itself succeeded)` : '';
    say(`${unwritten}${done}`);
  }
  // A machine format on standard output keeps it parseable; the verdict goes to standard error.
  if (shown.failure !== undefined && !shown.diagnosis && (toFile || prepared.format !== 'text')) {
    say(shown.failure);
  }
  if (unwritten !== undefined) return EXIT_FAILED;
  if (!hasReport(shown))
    return shown.failureReason === 'invalid-input' && !keyLine ? EXIT_USAGE : EXIT_FAILED;
  return exitOf(shown, prepared);
}
