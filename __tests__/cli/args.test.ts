/**
 * The CLI's flags are the action's inputs: same names, so a workflow translates to a command line
 * one to one. action.yml is read as text (one `  name:` line per input under `inputs:`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_FLAGS, parseArgs } from '../../src/cli/args.js';
import { VERSION } from '../../src/settings/version.js';
import { projectRoot } from '../support/action-runner.js';

/** Inputs that only mean something on a runner: the command is the mode, GitHub is not there. */
const RUNNER_ONLY = [
  'mode',
  'github-token',
  'comment',
  'label',
  'require-reviewed-plan',
  'required-approvals',
  'github-app-slug',
];

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
      mode: 'deploy',
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

/** Splits a shell command line of plain words and single-quoted words. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the command lines we ship in examples', () => {
  it('the code-scanning workflow runs a command the CLI accepts, writing SARIF to a file', () => {
    const yml = readFileSync(
      path.join(projectRoot, 'examples/workflows/truststore-code-scanning.yml'),
      'utf8',
    );
    const line = /run: node \S+\/dist\/cli\.js (.+)$/m.exec(yml)?.[1];
    expect(line).toBeDefined();
    const parsed = parseArgs(shellWords(line!));
    expect(parsed).toMatchObject({
      kind: 'run',
      invocation: { command: 'validate', format: 'sarif', output: 'truststore.sarif' },
    });
  });

  it('the pre-commit hook runs validate with its default patterns, without file names', () => {
    const hooks = readFileSync(path.join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8');
    const entry = /^ {2}entry: mtls-truststore (.+)$/m.exec(hooks)?.[1];
    const args = /^ {2}args: \[(.+)\]$/m.exec(hooks)?.[1];
    expect(hooks).toMatch(/^ {2}pass_filenames: false$/m);
    const parsed = parseArgs([...shellWords(entry!), ...shellWords(args!.replace(/,/g, ' '))]);
    expect(parsed).toMatchObject({ kind: 'run', invocation: { command: 'validate' } });
    if (parsed.kind === 'run') expect(parsed.invocation.inputs.get('ca-files')).toBe('pki/**/*.pem');
  });
});

describe('bad input is one error type', () => {
  it('a bad truststore-uri, a missing region and a bad probe-url are InputErrors: failure-reason invalid-input', async () => {
    const { InputError } = await import('../../src/settings/settings.js');
    const { TruststoreUriError, parseTruststoreUri } = await import('../../src/plan/diff.js');
    const { probeUrl } = await import('../../src/probe/run.js');
    const { failureReasonOf } = await import('../../src/settings/errors.js');
    const uri = (() => {
      try {
        parseTruststoreUri('https://x/y');
      } catch (error) {
        return error;
      }
    })();
    expect(uri).toBeInstanceOf(TruststoreUriError);
    expect(uri).toBeInstanceOf(InputError);
    expect(() => probeUrl('http://{domain}/', 'a.example.com')).toThrow(InputError);
    expect(failureReasonOf(uri)).toBe('invalid-input');
  });
});
