/**
 * Issue 17, a terminal tool that behaves like one (offline parts): no arguments is bad usage, a
 * mistyped flag gets the nearest one, the report and the truststore never share a file, a report
 * written to a file is announced, and the words fit the terminal (flags, deploying, plurals).
 */
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/cli/suggest.js';
import { forTerminal } from '../../src/cli/wording.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { cli, folderIn, oneLine } from './support.js';

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let count = 0;

beforeAll(() => {
  pki = TestPki.create('cli-usage-');
  root = pki.root('Usage Root');
  issuing = pki.intermediate('Usage Issuing', root);
});
afterAll(() => pki.cleanup());

const folder = (files: Record<string, string> = {}) => folderIn(pki.dir, `usage-${++count}`, files);
const good = () => folder({ 'pki/root.pem': root.pem, 'pki/issuing.pem': issuing.pem });

describe('no arguments, --help', () => {
  it('no arguments is bad usage: the usage on standard error, exit 2, nothing on standard output', async () => {
    const run = await cli([], good());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'Usage: mtls-truststore <validate|plan|deploy|diagnose|audit> [PATTERN...] [flags]',
        'Commands: validate, plan, deploy, diagnose, audit',
        'Run "mtls-truststore --help" for what each does, "mtls-truststore <command> --help" for its flags.',
        '',
      ].join('\n'),
    );
  });

  it('--help prints the help on standard output, exit 0, with exit code 3 and audit in it', async () => {
    const run = await cli(['--help'], good());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Commands:');
    expect(run.stdout).toMatch(/^ {2}audit {6}check what is live/m);
    expect(run.stdout).toContain('plan --detailed-exitcode: 3 when changes are pending');
    const plan = await cli(['plan', '--help'], good());
    expect(plan.stdout).toContain('--detailed-exitcode');
    expect(plan.stdout).toContain('exit 3 when changes are pending (0: none, 1: failure, 2: bad usage)');
    const deploy = await cli(['deploy', '--help'], good());
    expect(deploy.stdout).toMatch(/--yes +deploy without asking/);
    expect(deploy.stdout).not.toContain('--detailed-exitcode');
  });
});

describe('an unknown flag suggests the nearest one', () => {
  it.each([
    [
      ['validate', 'pki/*.pem', '--ouput-file', 'x.pem'],
      'unknown flag "--ouput-file": did you mean --output-file?',
    ],
    [['validate', 'pki/*.pem', '--formt', 'json'], 'unknown flag "--formt": did you mean --format?'],
    [
      ['validate', 'pki/*.pem', '--out', 'x'],
      'unknown flag "--out": did you mean --output or --output-file?',
    ],
    [['plan', 'pki/*.pem', '--detailed-exit-code'], 'did you mean --detailed-exitcode?'],
    [['validate', 'pki/*.pem', '-output', 'x'], 'unknown flag "-output": did you mean --output?'],
    [['validate', 'pki/*.pem', '--bogus'], 'unknown flag "--bogus"\n'],
    [
      ['valdate', 'pki/*.pem'],
      'unknown command "valdate": use one of validate, plan, deploy, diagnose, audit: did you mean validate?',
    ],
    [['validate', 'pki/*.pem', '--yes'], '--yes is for deploy, not validate'],
    [['validate', 'pki/*.pem', '--detailed-exitcode'], '--detailed-exitcode is for plan, not validate'],
  ])('%j', async (argv, message) => {
    const run = await cli(argv, good());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('counts edits, a swap of two neighbours as one, and prefixes of three letters or more', () => {
    expect(editDistance('ouput-file', 'output-file')).toBe(1);
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(nearest('outp', ['output', 'output-file', 'format'])).toEqual(['output', 'output-file']);
    expect(nearest('ou', ['output', 'format'])).toEqual([]);
    expect(nearest('zzzzzz', ['output', 'format'])).toEqual([]);
  });
});

describe('the report and the truststore never share a file (exit 2, one line, nothing written)', () => {
  const refused = (output: string, outputFile: string) =>
    `mtls-truststore: --output-file ${outputFile} and --output ${output} are the same file: the truststore and the report cannot share one; give --output another path`;

  it.each([
    ['out.pem', 'out.pem'],
    ['./out.pem', 'out.pem'],
    ['pki/../out.pem', 'out.pem'],
    ['build/out.pem', './build/./out.pem'],
  ])('--output %s with --output-file %s', async (output, outputFile) => {
    const dir = good();
    if (output.startsWith('build') || outputFile.includes('build')) mkdirSync(path.join(dir, 'build'));
    const run = await cli(['validate', 'pki/**/*.pem', '--output-file', outputFile, '--output', output], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(refused(output, outputFile));
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(dir, 'out.pem'))).toBe(false);
    expect(existsSync(path.join(dir, 'build', 'out.pem'))).toBe(false);
  });

  it('an absolute path and a relative one to the same file', async () => {
    const dir = good();
    const run = await cli(
      ['validate', 'pki/*.pem', '--output-file', 'out.pem', '--output', path.join(dir, 'out.pem')],
      dir,
    );
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toContain('are the same file');
  });

  it('a hard link of an existing file, and a symbolic link to it: both files are unchanged', async () => {
    const dir = good();
    writeFileSync(path.join(dir, 'truststore.pem'), 'old\n');
    linkSync(path.join(dir, 'truststore.pem'), path.join(dir, 'hard.pem'));
    const hard = await cli(
      ['validate', 'pki/*.pem', '--output-file', 'truststore.pem', '--output', 'hard.pem'],
      dir,
    );
    expect(hard.code).toBe(2);
    expect(oneLine(hard.stderr)).toBe(refused('hard.pem', 'truststore.pem'));
    symlinkSync(path.join(dir, 'truststore.pem'), path.join(dir, 'soft.pem'));
    const soft = await cli(
      ['validate', 'pki/*.pem', '--output-file', 'soft.pem', '--output', 'truststore.pem'],
      dir,
    );
    expect(soft.code).toBe(2);
    expect(oneLine(soft.stderr)).toBe(refused('truststore.pem', 'soft.pem'));
    expect(readFileSync(path.join(dir, 'truststore.pem'), 'utf8')).toBe('old\n');
  });

  it('a folder reached through a link, before either file exists', async () => {
    const dir = good();
    mkdirSync(path.join(dir, 'real'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'linked'));
    const run = await cli(
      ['validate', 'pki/*.pem', '--output-file', 'real/t.pem', '--output', 'linked/t.pem'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(refused('linked/t.pem', 'real/t.pem'));
    expect(existsSync(path.join(dir, 'real', 't.pem'))).toBe(false);
  });

  it('two different files are fine: both written, and the report is announced on standard error', async () => {
    const dir = good();
    const run = await cli(
      ['validate', 'pki/**/*.pem', '--output-file', 'out.pem', '--format', 'json', '--output', 'out.json'],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(oneLine(run.stderr)).toBe('mtls-truststore: report written to out.json');
    expect(readFileSync(path.join(dir, 'out.pem'), 'utf8')).toBe(`${issuing.pem}${root.pem}`);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).ok).toBe(true);
  });
});

describe('wording for the terminal', () => {
  it('names flags, says deploying, and plurals right', () => {
    expect(forTerminal('point ca-files at the PEM files')).toBe('point --ca-files at the PEM files');
    expect(forTerminal('input truststore-uri is empty')).toBe('--truststore-uri is empty');
    expect(
      forTerminal(
        'set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION)',
      ),
    ).toBe('set --aws-region, or AWS_REGION in the environment');
    expect(forTerminal('or raise wait-timeout-seconds (now 900)')).toBe(
      'or raise --wait-timeout-seconds (now 900)',
    );
    expect(forTerminal('c.pem:3: merging this would lock out "CN=A": x')).toBe(
      'c.pem:3: deploying this would lock out "CN=A": x',
    );
    expect(forTerminal('against ca-files (1 CA certificates)')).toBe('against --ca-files (1 CA certificate)');
    expect(
      forTerminal(
        'pattern "../x/*.pem" points outside /r: copy them and write the pattern relative to the workspace',
      ),
    ).toBe('pattern "../x/*.pem" points outside /r: copy them and write the pattern relative to this folder');
    expect(forTerminal('S3 failed (HTTP 500): an AWS-side problem; re-run the job')).toBe(
      'S3 failed (HTTP 500): an AWS-side problem; run it again',
    );
    // Paths, file names and flags already written as flags stay as they are.
    expect(forTerminal('pki/ca-files/root.pem and ca-files.pem and --ca-files and ca-files:3:')).toBe(
      'pki/ca-files/root.pem and ca-files.pem and --ca-files and ca-files:3:',
    );
  });

  it('a private key at pre-commit time: delete it, rotate it if it was ever committed; no claim that it was', async () => {
    const key = readFileSync(root.keyPath, 'utf8');
    const dir = folder({ 'pki/root.pem': root.pem, 'pki/key.pem': key });
    const run = await cli(['validate', 'pki/*.pem'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('rotate that key if it was ever committed, pushed or shared');
    expect(run.stdout).not.toContain('it has been committed');
    expect(run.stdout).not.toContain(key.split('\n')[1]!.slice(0, 24));
  });

  it('a pattern that matches nothing names the flag, and counts read "1 error"', async () => {
    const run = await cli(['validate', 'pki/*.pem', 'none/*.pem'], good());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('--ca-files: pattern "none/*.pem" matches no file');
    expect(run.stdout).not.toContain('input ca-files');
    expect(run.stdout).toContain('✗ invalid: 1 error, 0 warnings');
  });

  it('the diagnosis counts its CA certificates in the singular and the plural', async () => {
    const partner = pki.leaf('Usage Partner', root);
    const dir = folder({
      'pki/root.pem': root.pem,
      'partner.pem': partner.pem,
      'pki2/a.pem': root.pem,
      'pki2/b.pem': issuing.pem,
    });
    const one = await cli(['diagnose', 'pki/*.pem', '--client-certificate', 'partner.pem'], dir);
    expect(one.stdout).toContain('(1 CA certificate)');
    const two = await cli(['diagnose', 'pki2/*.pem', '--client-certificate', 'partner.pem'], dir);
    expect(two.stdout).toContain('(2 CA certificates)');
  });
});

describe('a private key given as the partner certificate', () => {
  it('is exit 1 with words about that file, not about a CA file', async () => {
    const dir = folder({ 'pki/root.pem': root.pem, 'partner.key': readFileSync(root.keyPath, 'utf8') });
    const run = await cli(['diagnose', 'pki/*.pem', '--client-certificate', 'partner.key'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(oneLine(run.stderr)).toBe(
      "mtls-truststore: partner.key holds a private key, not a certificate: give the partner's certificate (PEM or DER); never share private keys",
    );
    const json = await cli(
      ['diagnose', 'pki/*.pem', '--client-certificate', 'partner.key', '--format', 'json'],
      dir,
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      mode: 'diagnose',
      'failure-reason': 'invalid-input',
    });
    expect(JSON.parse(json.stdout).failure).toContain('partner.key holds a private key, not a certificate');
  });
});

describe('JSON holds failure-reason whenever the run failed', () => {
  it('a failed validate', async () => {
    const dir = folder({ 'pki/bad.pem': 'not a certificate\n' });
    const run = await cli(['validate', 'pki/*.pem', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      mode: 'validate',
      'failure-reason': 'validation-failed',
    });
  });
});
