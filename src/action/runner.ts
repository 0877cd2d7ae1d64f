/**
 * The runner protocol: how an action talks to the GitHub Actions runner, through workflow commands
 * on stdout (`::error file=..::message`) and environment files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 *
 * Why not @actions/core: its entry module statically imports its OIDC client, hence
 * @actions/http-client, undici and tunnel, for an action that never asks for an OIDC token.
 * Dropping it (and @actions/glob, which imports it) took a 3-certificate validate run under Node 24
 * from ~180 ms to ~130 ms (medians of 20; `node -e 0` ~33 ms) and the built-in modules loaded at
 * start from 185 to 127. The few calls used here behave byte for byte like @actions/core 3's
 * (same escaping, same delimiter format, same errors), so a runner cannot tell the difference;
 * __tests__/runner.test.ts pins those bytes.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile, stat } from 'node:fs/promises';
import { EOL } from 'node:os';

/** Where an annotation points; mapped to the runner's `title,file,line,endLine,col,endColumn`. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

type CommandProperties = Record<string, string | number | undefined>;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,key=value::message`; empty values are left out (core skips falsy ones). */
export function formatCommand(command: string, properties: CommandProperties, message: string): string {
  let line = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    // core writes the space whenever the object has keys, even if every value is then skipped.
    line += ' ';
    line += keys
      .filter((key) => properties[key])
      .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
      .join(',');
  }
  return `${line}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: CommandProperties, message: string): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

function toCommandProperties(p: AnnotationProperties): CommandProperties {
  if (Object.keys(p).length === 0) return {};
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/** The value of an action input (`INPUT_<NAME>`, spaces as `_`), trimmed; '' when not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** `name<<DELIMITER`, value, `DELIMITER`: the multi-line form of an environment file entry. */
export function keyValueMessage(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  // A name or value holding the delimiter could end the entry early and forge another one.
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/**
 * GitHub's limit for outputs: 1 MB, size approximated as UTF-16 (2 bytes per code unit).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idoutputs
 */
export const OUTPUT_MAX_UTF16_BYTES = 1_000_000;

/**
 * Sets a step output: appended to the GITHUB_OUTPUT file, or the legacy command outside a runner.
 * A value over GitHub's limit would break the job's outputs; it is left empty with a warning
 * instead (callers with lists, like `findings`, cut them to fit before they get here).
 */
export function setOutput(name: string, value: string): void {
  if (2 * value.length > OUTPUT_MAX_UTF16_BYTES) {
    warning(
      `output ${name} would be ${2 * value.length} bytes, over GitHub's limit of ${OUTPUT_MAX_UTF16_BYTES} for an output: it is left empty; the step log and the job summary have the details`,
    );
    value = '';
  }
  const file = process.env.GITHUB_OUTPUT || '';
  if (file) {
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' });
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

/** A plain log line. */
export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** A line the runner shows only with step debugging on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

function annotation(kind: string, message: string | Error, properties: AnnotationProperties): void {
  issueCommand(
    kind,
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('error', message, properties);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('warning', message, properties);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('notice', message, properties);
}

/** Fails the step (exit code 1 once the process ends) with an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/**
 * GitHub refuses a whole step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted, supports
 * content up to a size of 1024k"), so everything appended here stays under it.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export const SUMMARY_CUT_POINTER = `${EOL}${EOL}> ✂️ The rest of this summary was cut at GitHub's 1 MiB limit for a step summary: this step's log has every finding, and the \`findings\` output lists them as JSON.${EOL}`;

/** The summary file that was cut: later appends to it are dropped. */
let cutSummaryFile: string | undefined;

/** The longest prefix of `text` that ends at a line end and takes at most `bytes` bytes as UTF-8. */
function cutAtLine(text: string, bytes: number): string {
  const encoded = Buffer.from(text, 'utf8');
  if (encoded.length <= bytes) return text;
  const end = encoded.lastIndexOf(0x0a, Math.max(0, bytes - 1));
  return end <= 0 ? '' : encoded.subarray(0, end + 1).toString('utf8');
}

/** True on a runner that offers a job summary (GITHUB_STEP_SUMMARY is set). */
export function hasSummary(): boolean {
  return Boolean(process.env.GITHUB_STEP_SUMMARY);
}

/**
 * Appends Markdown to the job summary file, with a line end when `addEOL` (core's
 * `summary.addRaw(text, addEOL).write()`). Rejects, with core's messages, when GITHUB_STEP_SUMMARY
 * is unset or its file is not readable and writable. What would pass SUMMARY_MAX_BYTES is cut at
 * a line and ends with a pointer to the full list; once cut, later appends are dropped.
 */
export async function appendSummary(markdown: string, addEOL = false): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  if (cutSummaryFile === file) return;
  let text = addEOL ? markdown + EOL : markdown;
  const used = (await stat(file)).size;
  const room = SUMMARY_MAX_BYTES - used;
  if (Buffer.byteLength(text, 'utf8') > room) {
    const pointer = Buffer.byteLength(SUMMARY_CUT_POINTER, 'utf8');
    cutSummaryFile = file;
    // No room even for the pointer: nothing more fits.
    if (room < pointer) return;
    text = cutAtLine(text, room - pointer) + SUMMARY_CUT_POINTER;
  }
  await appendFile(file, text, { encoding: 'utf8' });
}
