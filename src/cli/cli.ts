/**
 * `mtls-truststore`: the command-line front-end. Reads argv into the same Settings the action
 * reads from its inputs, runs the same stages, and hands the one result to a reporter (text, JSON,
 * SARIF, Markdown). Never touches the runner protocol: no GITHUB_OUTPUT, no job summary.
 * Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings) or a failed
 * step, 2 bad usage.
 */
import { runPipeline } from '../pipeline/pipeline.js';
import type { RunResult, ValidatedRun } from '../report/outputs.js';
import { safeLines, styleFor } from '../report/text.js';
import { InputError, readSettings, type Settings } from '../settings/settings.js';
import { VERSION } from '../settings/version.js';
import { displayPath } from '../workspace/display-path.js';
import {
  checkReportFile,
  type OutputTarget,
  writeFailure,
  writeOutputFile,
} from '../workspace/output-file.js';
import { type CliInvocation, type Format, flagInputs, parseArgs } from './args.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Stages name the action's inputs ("input truststore-uri"); on the command line they are flags. */
function asFlags(message: string): string {
  return message
    .replace(/\binput ([a-z][a-z-]+)\b/g, '--$1')
    .replace(/\bthe ([a-z][a-z-]+) input\b/g, '--$1');
}

/**
 * The report on standard output, or into the `--output` file checked before the run: a fresh file
 * in its folder renamed over the path, never through a link. Returns the line saying why the file
 * could not be written, if it could not.
 */
async function emit(report: string, invocation: CliInvocation, target: OutputTarget | undefined, io: CliIo) {
  if (target === undefined) {
    io.stdout.write(report);
    return undefined;
  }
  try {
    await writeOutputFile(target, report);
    return undefined;
  } catch (error) {
    const shown = displayPath(invocation.output ?? target.path);
    return `could not write the report to ${shown}: ${writeFailure(error, '--output')}`;
  }
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function settingsOf(invocation: CliInvocation, io: CliIo): Settings {
  const settings = readSettings(io.env, flagInputs(invocation.inputs));
  return {
    ...settings,
    workspace: io.cwd,
    // Unlike the action, the CLI writes the truststore only when asked: a check leaves no file behind.
    outputFile: invocation.inputs.get('output-file')?.trim() ?? '',
  };
}

/** The one result as the chosen view: text, the action's outputs as JSON, SARIF or Markdown. */
async function render(result: RunResult, format: Format, settings: Settings, colour: boolean, io: CliIo) {
  if (format === 'json') {
    const { jsonReport } = await import('../report/outputs.js');
    return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
  }
  const style = styleFor(colour, io.env);
  if (result.diagnosis) {
    const diagnosed = result.diagnosis;
    if (format === 'sarif')
      return (await import('../report/sarif.js')).renderDiagnosisSarif(diagnosed, VERSION);
    if (format === 'markdown')
      return (await import('../report/markdown/diagnosis.js')).renderDiagnosisMarkdown(diagnosed);
    return (await import('../report/text.js')).renderDiagnosisText(diagnosed, style);
  }
  const validated = result as ValidatedRun;
  if (format === 'sarif') return (await import('../report/sarif.js')).renderSarif(validated, VERSION);
  if (format === 'markdown')
    return (await import('../report/markdown/index.js')).renderMarkdown(validated, settings);
  return (await import('../report/text.js')).renderText(validated, style);
}

/** Whether the run got far enough to have a report; otherwise only its failure is said. */
function hasReport(result: RunResult): boolean {
  if (result.diagnosis || result.plan || result.deployment || result.audit) return true;
  return (
    result.validation !== undefined &&
    (result.failure === undefined || result.failureReason === 'validation-failed')
  );
}

/** Runs one command; returns the exit code. Everything the user sees goes through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  let invocation: CliInvocation;
  let settings: Settings;
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(`${parsed.text}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    }
    invocation = parsed.invocation;
    settings = settingsOf(invocation, io);
    if (settings.truststoreUri !== undefined) {
      const { parseTruststoreUri } = await import('../plan/diff.js');
      parseTruststoreUri(settings.truststoreUri);
    }
  } catch (error) {
    if (error instanceof InputError) {
      for (const line of safeLines(asFlags(error.message))) say(`mtls-truststore: ${line}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  // The report's file is checked before the run: a deploy does not happen when it cannot be written.
  let reportFile: OutputTarget | undefined;
  if (invocation.output !== undefined) {
    const checked = await checkReportFile(io.cwd, invocation.output, '--output');
    if ('refusal' in checked) {
      say(`mtls-truststore: ${checked.refusal}`);
      return checked.usage ? EXIT_USAGE : EXIT_FAILED;
    }
    reportFile = checked.target;
  }

  const format = invocation.format ?? 'text';
  // Progress of plan and deploy on standard error, with the time since the start (deploy waits).
  const started = Date.now();
  const progress = (message: string) => {
    const at = `${Math.round((Date.now() - started) / 1000)} s`;
    for (const line of safeLines(message)) say(`mtls-truststore [${at}]: ${line}`);
  };
  const plain = (message: string) => {
    for (const line of safeLines(message)) say(`mtls-truststore: ${line}`);
  };
  const diagnosing = invocation.command === 'diagnose';
  const result = await runPipeline(settings, invocation.command, {
    log: diagnosing ? plain : progress,
    warn: (message) => (diagnosing ? plain : progress)(`warning: ${message}`),
    // No pull request reviews a deploy run from a terminal (docs/cli.md).
    reviewedPlans: false,
  });
  if (!hasReport(result)) {
    plain(asFlags(result.failure ?? 'failed'));
    // Bad input is one type (InputError); AWS's own "invalid input" answers count as bad usage too.
    return result.failureReason === 'invalid-input' ? EXIT_USAGE : EXIT_FAILED;
  }

  const toFile = reportFile !== undefined;
  const report = await render(result, format, settings, !toFile && io.stdout.isTTY === true, io);
  const unwritten = await emit(report, invocation, reportFile, io);
  if (unwritten !== undefined) {
    const done = result.failure === undefined ? ` (the ${invocation.command} run itself succeeded)` : '';
    say(`mtls-truststore: ${unwritten}${done}`);
  }
  // A machine format on standard output keeps it parseable; the verdict goes to standard error.
  if (result.failure !== undefined && !result.diagnosis && (toFile || format !== 'text')) {
    for (const line of safeLines(result.failure)) say(`mtls-truststore: ${line}`);
  }
  return result.failure === undefined && unwritten === undefined ? EXIT_OK : EXIT_FAILED;
}
