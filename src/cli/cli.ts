/**
 * `mtls-truststore`: the command-line front-end. Reads argv into the same Settings the action
 * reads from its inputs, runs the same stages, and hands the one result to a reporter (text, JSON,
 * SARIF, Markdown). Never touches the runner protocol: no GITHUB_OUTPUT, no job summary.
 * Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings), a failed
 * step or a cancelled deploy, 2 bad usage, 3 pending changes (plan --detailed-exitcode).
 */
import { type PipelineDeps, runPipeline } from '../pipeline/pipeline.js';
import { InputError, readSettings, type Settings } from '../settings/settings.js';
import { VERSION } from '../settings/version.js';
import { displayPath } from '../workspace/display-path.js';
import { checkReportFile } from '../workspace/output-file.js';
import { flagInputs, parseArgs } from './args.js';
import { deployFlow } from './deploy-flow.js';
import { type CliIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Prepared, sayer } from './io.js';
import { report } from './report.js';
import { sameFile } from './same-file.js';

export type { CliIo };

function settingsOf(prepared: Pick<Prepared, 'invocation'>, io: CliIo): Settings {
  const { invocation } = prepared;
  const settings = readSettings(io.env, flagInputs(invocation.inputs));
  return {
    ...settings,
    workspace: io.cwd,
    // Unlike the action, the CLI writes the truststore only when asked: a check leaves no file behind.
    outputFile: invocation.inputs.get('output-file')?.trim() ?? '',
  };
}

/** What must hold before anything runs; the usage error (one line, exit 2) when it does not. */
async function refusalBeforeRun(prepared: Omit<Prepared, 'format'>, io: CliIo): Promise<string | undefined> {
  const { invocation, settings } = prepared;
  if (invocation.command === 'deploy' && !invocation.yes && !(io.stdin?.isTTY && io.stdout.isTTY)) {
    return 'deploy asks before it writes, and standard input and output are not both a terminal: pass --yes to deploy without asking (nothing was read or written)';
  }
  if (invocation.output !== undefined && settings.outputFile !== '') {
    if (await sameFile(io.cwd, settings.outputFile, invocation.output)) {
      return `--output-file ${displayPath(settings.outputFile)} and --output ${displayPath(invocation.output)} are the same file: the truststore and the report cannot share one; give --output another path`;
    }
  }
  return undefined;
}

/** Parses, reads the settings and checks the report's file: a run, or the exit code already. */
async function prepare(argv: readonly string[], io: CliIo): Promise<Prepared | { exit: number }> {
  const say = sayer(io);
  let prepared: Omit<Prepared, 'format'>;
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'usage') {
      io.stderr.write(`${parsed.text}\n`);
      return { exit: EXIT_USAGE };
    }
    if (parsed.kind === 'help' || parsed.kind === 'version') {
      io.stdout.write(`${parsed.kind === 'help' ? parsed.text : VERSION}\n`);
      return { exit: EXIT_OK };
    }
    const { invocation } = parsed;
    prepared = { invocation, settings: settingsOf({ invocation }, io) };
    if (prepared.settings.truststoreUri !== undefined) {
      const { parseTruststoreUri } = await import('../plan/diff.js');
      parseTruststoreUri(prepared.settings.truststoreUri);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    say(error.message);
    return { exit: EXIT_USAGE };
  }
  const refusal = await refusalBeforeRun(prepared, io);
  if (refusal !== undefined) {
    say(refusal);
    return { exit: EXIT_USAGE };
  }
  const format = prepared.invocation.format ?? 'text';
  // The report's file is checked before the run: a deploy does not happen when it cannot be written.
  if (prepared.invocation.output === undefined) return { ...prepared, format };
  const checked = await checkReportFile(io.cwd, prepared.invocation.output, '--output');
  if ('refusal' in checked) {
    say(checked.refusal);
    return { exit: checked.usage ? EXIT_USAGE : EXIT_FAILED };
  }
  return { ...prepared, format, reportFile: checked.target };
}

/** The stages' progress on standard error: with the time since the start while plan, deploy and audit read and wait. */
function progressDeps(prepared: Prepared, io: CliIo): Partial<PipelineDeps> {
  const say = sayer(io);
  const started = Date.now();
  const timed = prepared.invocation.command !== 'diagnose';
  const log = (message: string) =>
    timed ? say(message, `mtls-truststore [${Math.round((Date.now() - started) / 1000)} s]`) : say(message);
  return {
    ...io.deps,
    log,
    warn: (message) => log(`warning: ${message}`),
    // No pull request reviews a deploy run from a terminal (docs/cli.md).
    reviewedPlans: false,
  };
}

/** Runs one command; returns the exit code. Everything the user sees goes through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const prepared = await prepare(argv, io);
  if ('exit' in prepared) return prepared.exit;
  const deps = progressDeps(prepared, io);
  const { command } = prepared.invocation;
  if (command !== 'deploy') {
    return report(await runPipeline(prepared.settings, command, deps), prepared, io, { previewed: false });
  }
  const outcome = await deployFlow(prepared, io, deps);
  if ('exit' in outcome) return outcome.exit;
  return report(outcome.result, prepared, io, { previewed: outcome.previewed });
}
