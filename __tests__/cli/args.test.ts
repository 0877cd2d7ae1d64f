/**
 * The CLI's flags are the action's inputs: same names, so a workflow translates to a command line
 * one to one. action.yml is read as text (one `  name:` line per input under `inputs:`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_FLAGS, parseArgs } from '../../src/cli-args.js';
import { VERSION } from '../../src/version.js';
import { projectRoot } from '../support/action-runner.js';

/** Inputs that only mean something on a runner: the command is the mode, GitHub is not there. */
const RUNNER_ONLY = ['mode', 'github-token', 'comment', 'label'];

function actionInputs(): string[] {
  const yml = readFileSync(path.join(projectRoot, 'action.yml'), 'utf8');
  const block = yml.slice(yml.indexOf('\ninputs:\n'), yml.indexOf('\noutputs:\n'));
  return [...block.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]!);
}

describe('flags named like the action inputs', () => {
  it('every flag is an action input, and every input a runner does not own is a flag', () => {
    const inputs = actionInputs();
    expect(inputs).toContain('ca-files');
    const flags = INPUT_FLAGS.map((f) => f.name);
    expect(flags.filter((f) => !inputs.includes(f))).toEqual([]);
    expect(inputs.filter((i) => !flags.includes(i) && !RUNNER_ONLY.includes(i))).toEqual([]);
  });

  it('reads repeated list flags, positional patterns, --name=value, --no-<boolean> and --', () => {
    const parsed = parseArgs([
      'deploy',
      'pki/a.pem',
      '--ca-files',
      'pki/b.pem',
      '--domain-names=api.example.com',
      '--domain-names',
      'b2b.example.com',
      '--truststore-uri',
      's3://bucket/key.pem',
      '--no-rollback-on-warnings',
      '--format=json',
      '--',
      '--odd-name.pem',
    ]);
    expect(parsed.kind).toBe('run');
    if (parsed.kind !== 'run') return;
    expect(parsed.invocation.command).toBe('deploy');
    expect(parsed.invocation.format).toBe('json');
    expect(Object.fromEntries(parsed.invocation.inputs)).toEqual({
      'ca-files': 'pki/a.pem\npki/b.pem\n--odd-name.pem',
      'domain-names': 'api.example.com\nb2b.example.com',
      'truststore-uri': 's3://bucket/key.pem',
      'rollback-on-warnings': 'false',
    });
  });

  it('--version prints the package version', () => {
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
