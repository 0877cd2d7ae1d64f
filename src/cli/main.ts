#!/usr/bin/env node
/** The `mtls-truststore` executable (bundled to dist/cli.js): runs the CLI on this process. */
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
