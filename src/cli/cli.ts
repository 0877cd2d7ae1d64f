/**
 * `mtls-truststore`: the command-line front-end. Reads argv into the same Settings the action
 * reads from its inputs, runs the same stages, and hands the one result to a reporter (text, JSON,
 * SARIF, Markdown). Never touches the runner protocol: no GITHUB_OUTPUT, no job summary.
 * Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings) or a failed
 * step, 2 bad usage.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validate } from '../pipeline/validate.js';
import type { RunResult } from '../report/outputs.js';
import { safeLines, styleFor } from '../report/text.js';
import { InputError, readSettings, type Settings } from '../settings/settings.js';
import { VERSION } from '../settings/version.js';
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

async function emit(report: string, invocation: CliInvocation, io: CliIo): Promise<void> {
  if (invocation.output !== undefined) await writeFile(path.resolve(io.cwd, invocation.output), report);
  else io.stdout.write(report);
}

async function diagnoseCommand(invocation: CliInvocation, settings: Settings, io: CliIo): Promise<number> {
  const say = (message: string) => {
    for (const line of safeLines(message)) io.stderr.write(`mtls-truststore: ${line}\n`);
  };
  const { diagnose, renderDiagnosis } = await import('./diagnose.js');
  let result: Awaited<ReturnType<typeof diagnose>>;
  try {
    result = await diagnose(settings, say);
  } catch (error) {
    say(asFlags((error as Error).message ?? String(error)));
    return error instanceof InputError ? EXIT_USAGE : EXIT_FAILED;
  }
  const format = invocation.format ?? 'text';
  const colour = invocation.output === undefined && io.stdout.isTTY === true;
  await emit(renderDiagnosis(result, format, styleFor(colour, io.env)), invocation, io);
  return result.diagnosis.verdict === 'accepted' ? EXIT_OK : EXIT_FAILED;
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

async function render(result: RunResult, format: Format, settings: Settings, colour: boolean, io: CliIo) {
  switch (format) {
    case 'json': {
      const { jsonReport } = await import('../report/outputs.js');
      return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
    }
    case 'sarif': {
      const { renderSarif } = await import('../report/sarif.js');
      return renderSarif(result, VERSION);
    }
    case 'markdown': {
      const { renderMarkdown } = await import('../report/markdown/index.js');
      return renderMarkdown(result, settings);
    }
    default: {
      const { renderText } = await import('../report/text.js');
      return renderText(result, styleFor(colour, io.env));
    }
  }
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

  if (invocation.command === 'diagnose') return diagnoseCommand(invocation, settings, io);

  const format = invocation.format ?? 'text';
  // Progress of plan and deploy on standard error, with the time since the start (deploy waits).
  const started = Date.now();
  const progress = (message: string) => {
    const at = `${Math.round((Date.now() - started) / 1000)} s`;
    for (const line of safeLines(message)) say(`mtls-truststore [${at}]: ${line}`);
  };
  let result: RunResult;
  try {
    const validation = await validate(settings);
    result = {
      mode: invocation.command,
      validation,
      ...(validation.failure ? { failure: validation.failure } : {}),
    };
    if (validation.ok && invocation.command !== 'validate') {
      const { runOnline } = await import('./online.js');
      result = await runOnline(invocation.command, settings, validation, progress);
    }
  } catch (error) {
    for (const line of safeLines(asFlags((error as Error).message ?? String(error)))) {
      say(`mtls-truststore: ${line}`);
    }
    // Bad input is one type (InputError); AWS's own "invalid input" answers count as bad usage too.
    const { failureReasonOf } = await import('../pipeline/failure.js');
    return failureReasonOf(error) === 'invalid-input' ? EXIT_USAGE : EXIT_FAILED;
  }

  const toFile = invocation.output !== undefined;
  await emit(await render(result, format, settings, !toFile && io.stdout.isTTY === true, io), invocation, io);
  // A machine format on standard output keeps it parseable; the verdict goes to standard error.
  if (result.failure !== undefined && (toFile || format !== 'text')) {
    for (const line of safeLines(result.failure)) say(`mtls-truststore: ${line}`);
  }
  return result.failure === undefined ? EXIT_OK : EXIT_FAILED;
}
