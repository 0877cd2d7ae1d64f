/**
 * The CLI as a user meets it, in process: the same argv, an isolated folder of CA files made with
 * openssl, and the streams and exit code it hands back.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { type TestCert, TestPki } from '../support/pki.js';

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let count = 0;

beforeAll(() => {
  pki = TestPki.create();
  root = pki.root('CLI Root');
  issuing = pki.intermediate('CLI Issuing', root);
});
afterAll(() => pki.cleanup());

/** A fresh folder (the CLI's working directory) holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = path.join(pki.dir, `cli-${++count}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function cli(argv: string[], cwd: string, options: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(false);
  const code = await runCli(argv, { stdout, stderr, cwd, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const good = () => folder({ 'pki/root.pem': root.pem, 'pki/issuing.pem': issuing.pem });

describe('mtls-truststore validate', () => {
  it('exits 0 on a valid folder and writes nothing unless --output-file is given', async () => {
    const dir = good();
    const run = await cli(['validate', 'pki/**/*.pem'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ valid: 2 CA certificates \(1 root\)/);
    expect(run.stdout).toContain('not written');
    expect(existsSync(path.join(dir, 'truststore.pem'))).toBe(false);
  });

  it('writes the canonical truststore with --output-file, intermediate before root', async () => {
    const dir = good();
    const run = await cli(
      ['validate', '--ca-files', 'pki/*.pem', '--output-file', 'build/truststore.pem'],
      dir,
    );
    expect(run.code).toBe(0);
    const written = readFileSync(path.join(dir, 'build/truststore.pem'), 'utf8');
    expect(written).toBe(`${issuing.pem}${root.pem}`);
    expect(run.stdout).toContain(`written to ${path.join(dir, 'build/truststore.pem')}`);
  });

  it('exits 1 on error findings, says file and line, and never prints the private key', async () => {
    const key = readFileSync(root.keyPath, 'utf8');
    const dir = folder({ 'pki/bundle.pem': `${root.pem}${key}` });
    const run = await cli(['validate', 'pki/*.pem', '--output-file', 'out.pem'], dir);
    expect(run.code).toBe(1);
    const keyLine = root.pem.split('\n').length;
    expect(run.stdout).toContain(`error   private-key  pki/bundle.pem:${keyLine}:`);
    expect(run.stdout).toMatch(/✗ invalid: 1 error, 0 warnings; no truststore was written/);
    expect(existsSync(path.join(dir, 'out.pem'))).toBe(false);
    expect(run.stdout + run.stderr).not.toContain(key.split('\n')[1]!.slice(0, 24));
  });

  it('exits 0 on warnings, and 1 with --fail-on-warnings', async () => {
    const soon = pki.root('CLI Soon', { notAfter: new Date(Date.now() + 5 * 86_400_000) });
    const dir = folder({ 'pki/soon.pem': soon.pem });
    expect((await cli(['validate', 'pki/*.pem'], dir)).code).toBe(0);
    const strict = await cli(['validate', 'pki/*.pem', '--fail-on-warnings'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('warning expiring-soon');
  });

  it('exits 1 when a pattern matches no file, naming the pattern', async () => {
    const run = await cli(['validate', 'nothing/*.pem'], good());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('pattern "nothing/*.pem" matches no file');
  });
});

describe('mtls-truststore diagnose', () => {
  it('exits 0 when API Gateway accepts the partner certificate, 1 with the fix when it refuses it', async () => {
    const partner = pki.leaf('CLI Partner', issuing);
    const stranger = pki.leaf('CLI Stranger', pki.root('CLI Other Root'));
    const dir = folder({
      'pki/root.pem': root.pem,
      'pki/issuing.pem': issuing.pem,
      'partner.pem': partner.pem,
      'stranger.pem': stranger.pem,
    });
    const accepted = await cli(['diagnose', 'pki/*.pem', '--client-certificate', 'partner.pem'], dir);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain('✓ API Gateway accepts "CN=CLI Partner, O=Test PKI"');
    const refused = await cli(
      ['diagnose', 'pki/*.pem', '--client-certificate', 'stranger.pem', '--format', 'json'],
      dir,
    );
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout);
    expect(report).toMatchObject({ ok: false, mode: 'diagnose', 'failure-reason': 'client-refused' });
    expect(report.diagnosis.verdict).toBe('refused');
    expect(report.diagnosis.fix).not.toBe('');
  });

  it('needs the client certificate and a truststore (exit 2)', async () => {
    const dir = good();
    const noClient = await cli(['diagnose', 'pki/*.pem'], dir);
    expect(noClient.code).toBe(2);
    expect(noClient.stderr).toContain('diagnose needs --client-certificate FILE');
    const missing = await cli(['diagnose', 'pki/*.pem', '--client-certificate', 'nope.pem'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--client-certificate');
    expect(missing.stderr).not.toContain('input client-certificate');
  });
});

describe('bad usage exits 2 with the fix on standard error', () => {
  it.each([
    [['frob'], 'unknown command "frob"'],
    [['validate', 'pki/*.pem', '--bogus'], 'unknown flag "--bogus"'],
    [
      ['validate', 'pki/*.pem', '--max-ca-depth', 'abc'],
      '--max-ca-depth is "abc": set it to a whole number from 1 to 16',
    ],
    [['validate', 'pki/*.pem', '--expiry-warning-days=-1'], '--expiry-warning-days is "-1"'],
    [
      ['validate', 'pki/*.pem', '--fail-on-warnings=maybe'],
      '--fail-on-warnings is "maybe": set it to true or false',
    ],
    [
      ['validate', 'pki/*.pem', '--format', 'xml'],
      '--format is "xml": use one of text, json, sarif, markdown',
    ],
    [['validate', 'pki/*.pem', '--max-ca-depth'], '--max-ca-depth needs a value'],
    [['validate'], 'no CA files'],
    [
      ['validate', 'pki/*.pem', '--truststore-uri', 's3://b/k'],
      '--truststore-uri is for plan, deploy, diagnose, audit, not validate',
    ],
    [['plan', 'pki/*.pem'], 'plan needs --truststore-uri'],
    [
      ['plan', 'pki/*.pem', '--truststore-uri', 'https://example.com/x'],
      '--truststore-uri is "https://example.com/x"',
    ],
    [
      ['plan', 'pki/*.pem', '--truststore-uri', 's3://my-truststores/t.pem'],
      'no AWS region: set --aws-region',
    ],
  ])('%j', async (argv, message) => {
    const run = await cli(argv, good());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('help', () => {
  it('--help on each command lists its flags and exits 0', async () => {
    for (const command of ['validate', 'plan', 'deploy']) {
      const run = await cli([command, '--help'], good());
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: mtls-truststore ${command}`);
      expect(run.stdout).toContain('--max-ca-depth N');
      expect(run.stdout.includes('--truststore-uri')).toBe(command !== 'validate');
      expect(run.stdout.includes('--rollback-on-warnings')).toBe(command === 'deploy');
    }
    const top = await cli(['--help'], good());
    expect(top.stdout).toContain('Commands:');
  });
});

describe('colour', () => {
  it('colours on a terminal, not when piped, never with NO_COLOR', async () => {
    const dir = folder({ 'pki/root.pem': root.pem, 'pki/leaf.pem': pki.leaf('CLI Leaf', root).pem });
    const tty = await cli(['validate', 'pki/*.pem'], dir, { tty: true });
    expect(tty.stdout).toContain('\u001b[31m');
    const piped = await cli(['validate', 'pki/*.pem'], dir);
    expect(piped.stdout).not.toContain('\u001b[');
    const noColor = await cli(['validate', 'pki/*.pem'], dir, { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    expect(noColor.stdout).toBe(piped.stdout);
  });

  it('shows an escape sequence in a file name as text, so a CA file cannot drive the terminal', async () => {
    const dir = folder({ 'pki/\u001b[2Jevil.pem': 'not a certificate\n' });
    const run = await cli(['validate', 'pki/*.pem'], dir, { tty: true });
    expect(run.code).toBe(1);
    // The collector already writes control characters in names as escapes (src/display-path.ts).
    expect(run.stdout).toContain('\\x1b[2Jevil.pem');
    expect(run.stdout).not.toContain('\u001b[2J');
  });
});

describe('formats and the runner files', () => {
  it('--format json has the action outputs as JSON values', async () => {
    const run = await cli(['validate', 'pki/*.pem', '--format', 'json', '--output-file', 't.pem'], good());
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: true, mode: 'validate', 'certificate-count': 2, findings: [] });
    expect(report['truststore-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(report).sort()).toEqual(
      [
        'certificate-count',
        'findings',
        'findings-count',
        'mode',
        'ok',
        'truststore-file',
        'truststore-sha256',
      ].sort(),
    );
  });

  it('--output FILE writes the report there and keeps standard output empty', async () => {
    const dir = good();
    const run = await cli(['validate', 'pki/*.pem', '--format', 'markdown', '--output', 'report.md'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain('### 🔐 mTLS truststore validation');
  });

  it('touches neither GITHUB_OUTPUT nor GITHUB_STEP_SUMMARY, even on a runner', async () => {
    const dir = good();
    const output = path.join(dir, 'github-output');
    const summary = path.join(dir, 'step-summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
    const run = await cli(['validate', 'pki/*.pem'], dir, { env });
    expect(run.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('');
    expect(readFileSync(summary, 'utf8')).toBe('');
    expect(run.stdout).not.toContain('::');
  });
});
