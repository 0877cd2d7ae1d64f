/** Captures what src/runner.ts writes to GITHUB_OUTPUT, the way a runner would. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseOutputFile } from '../support/action-runner.js';

export class OutputCapture {
  private dir = '';
  private file = '';
  private saved: string | undefined;

  start(): void {
    this.dir = mkdtempSync(path.join(tmpdir(), 'mode-outputs-'));
    this.file = path.join(this.dir, 'output');
    writeFileSync(this.file, '');
    this.saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = this.file;
  }

  read(): Record<string, string> {
    return parseOutputFile(readFileSync(this.file, 'utf8'));
  }

  stop(): void {
    if (this.saved === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = this.saved;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
