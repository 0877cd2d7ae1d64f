/**
 * Running the CLI in process for the tests of __tests__/cli: captured streams (a terminal or a
 * pipe), a standard input the test types into, and the fake AWS clients and clock of the stages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { type CliIo, runCli } from '../../src/cli/cli.js';

export class Capture extends Writable {
  text = '';
  private waiters: { needle: string; resolve: () => void }[] = [];
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    this.waiters = this.waiters.filter((w) => {
      if (!this.text.includes(w.needle)) return true;
      w.resolve();
      return false;
    });
    done();
  }
  /** Resolves once the text holds `needle`. */
  until(needle: string): Promise<void> {
    if (this.text.includes(needle)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ needle, resolve }));
  }
}

/** A standard input the test types into; a terminal unless said otherwise. */
export function keyboard(isTTY = true): PassThrough & { isTTY: boolean } {
  return Object.assign(new PassThrough(), { isTTY });
}

export interface CliOptions {
  tty?: boolean;
  stdin?: CliIo['stdin'];
  env?: NodeJS.ProcessEnv;
  deps?: CliIo['deps'];
  stdout?: Capture;
}

export async function cli(argv: string[], cwd: string, options: CliOptions = {}) {
  const stdout = options.stdout ?? new Capture(options.tty ?? false);
  const stderr = new Capture(false);
  const code = await runCli(argv, {
    ...(options.stdin ? { stdin: options.stdin } : {}),
    stdout,
    stderr,
    cwd,
    env: options.env ?? {},
    ...(options.deps ? { deps: options.deps } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh folder under `parent` holding the given files. */
export function folderIn(parent: string, name: string, files: Record<string, string> = {}): string {
  const dir = path.join(parent, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** The run said exactly one line on standard error, and no stack trace. */
export function oneLine(stderr: string): string {
  const lines = stderr.split('\n');
  if (lines.length !== 2 || lines[1] !== '' || /\n\s+at /.test(stderr)) {
    throw new Error(`expected one line on standard error, got:\n${stderr}`);
  }
  return lines[0]!;
}
