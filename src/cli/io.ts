/**
 * What the CLI talks through (its streams, environment and folder) and what a prepared run is:
 * shared by the front-end (cli.ts), the deploy conversation (deploy-flow.ts) and the reporter
 * (report.ts).
 */
import type { PipelineDeps } from '../pipeline/pipeline.js';
import { safeLines } from '../report/text.js';
import type { Settings } from '../settings/settings.js';
import type { OutputTarget } from '../workspace/output-file.js';
import type { CliInvocation, Format } from './args.js';
import { forTerminal } from './wording.js';

export interface CliIo {
  /** Where deploy reads the answer to its question; absent: not a terminal (deploy then needs --yes). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Tests only: the AWS clients and the clock the stages use (default: the SDK's, the system's). */
  deps?: Partial<Pick<PipelineDeps, 'clients' | 'clock' | 'probeAttempt'>>;
}

/** A command ready to run: what was asked, the settings, the report's checked file. */
export interface Prepared {
  invocation: CliInvocation;
  settings: Settings;
  format: Format;
  /** The `--output` file, checked before the run; standard output when undefined. */
  reportFile?: OutputTarget;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** plan --detailed-exitcode: the plan succeeded and changes are pending. */
export const EXIT_CHANGES = 3;

/** Lines on standard error, each prefixed, worded for the terminal and free of control characters. */
export function sayer(io: CliIo): (message: string, prefix?: string) => void {
  return (message, prefix = 'mtls-truststore') => {
    for (const line of safeLines(forTerminal(message))) io.stderr.write(`${prefix}: ${line}\n`);
  };
}
