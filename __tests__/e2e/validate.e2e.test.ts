import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAction } from '../support/action-runner.js';
import { TestPki } from '../support/pki.js';

let workspace: string;
let pki: TestPki;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'validate-e2e-'));
  cpSync(path.join(projectRoot, 'examples'), path.join(workspace, 'examples'), { recursive: true });
  pki = TestPki.create();
});
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  pki.cleanup();
});

describe('validate mode, run as GitHub runs dist/index.js (Node 24)', () => {
  it('writes the canonical truststore of the example PKI and sets every output', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'validate', 'ca-files': 'examples/pki/**/*.pem', 'output-file': 'out/truststore.pem' },
    });
    expect(run.exitCode).toBe(0);
    const file = path.join(workspace, 'out/truststore.pem');
    expect(run.outputs['truststore-file']).toBe(file);
    const pem = readFileSync(file);
    expect(run.outputs['truststore-sha256']).toBe(createHash('sha256').update(pem).digest('hex'));
    expect(run.outputs['certificate-count']).toBe('4');
    expect(JSON.parse(run.outputs.findings!)).toEqual([]);
    expect(run.summary).toContain('✅ **Valid**');
    expect(run.summary).toContain('| root | CN=Example Partners Root CA, O=Example Platform, C=DE |');
  });

  it('refuses a bundle with a private key and a leaf: exit 1, annotations on file and line, no file, key never printed', async () => {
    const root = pki.root('E2E Root');
    const leaf = pki.leaf('E2E Leaf', root);
    const key = readFileSync(root.keyPath, 'utf8');
    mkdirSync(path.join(workspace, 'bad'), { recursive: true });
    writeFileSync(path.join(workspace, 'bad/bundle.pem'), `${root.pem}${leaf.pem}${key}`);
    const output = path.join(workspace, 'bad-out/truststore.pem');
    const run = await runAction({
      workspace,
      inputs: { mode: 'validate', 'ca-files': 'bad/*.pem', 'output-file': 'bad-out/truststore.pem' },
    });
    expect(run.exitCode).toBe(1);
    expect(existsSync(output)).toBe(false);
    expect(run.outputs['truststore-file']).toBe('');
    const keyLine = `${root.pem}${leaf.pem}`.split('\n').length;
    expect(run.stdout).toMatch(
      new RegExp(`::error title=truststore%3A private-key,file=bad/bundle.pem,line=${keyLine}::`),
    );
    expect(run.stdout).toMatch(/::error title=truststore%3A not-a-ca,file=bad\/bundle.pem,line=\d+::/);
    const body = key.split('\n')[1]!;
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(body.slice(0, 24));
    }
    expect(JSON.parse(run.outputs.findings!).map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['private-key', 'not-a-ca']),
    );
    expect(run.summary).toContain('❌ **Invalid**');
    expect(run.stdout).toMatch(
      /::error::truststore refused: 2 errors in the CA files; no truststore was written/,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('reports the client a missing intermediate would lock out, next to the error that causes it', async () => {
    const root = pki.root('Lockout Root');
    const issuing = pki.intermediate('Lockout Issuing CA', pki.intermediate('Lockout Middle', root));
    const client = pki.leaf('partner-client', issuing);
    mkdirSync(path.join(workspace, 'lockout/clients'), { recursive: true });
    writeFileSync(path.join(workspace, 'lockout/root.pem'), root.pem);
    writeFileSync(path.join(workspace, 'lockout/issuing.pem'), issuing.pem);
    writeFileSync(path.join(workspace, 'lockout/clients/partner.pem'), client.pem);
    const run = await runAction({
      workspace,
      inputs: {
        mode: 'validate',
        'ca-files': 'lockout/*.pem',
        'client-certificates': 'lockout/clients/*.pem',
      },
    });
    expect(run.exitCode).toBe(1);
    const codes = JSON.parse(run.outputs.findings!).map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['missing-issuer', 'client-locked-out']));
    expect(run.stdout).toMatch(
      /::error title=truststore%3A client-locked-out,file=lockout\/clients\/partner.pem,line=1::.*merging this would lock out "CN=partner-client, O=Test PKI"/,
    );
  });

  it('fails on warnings with fail-on-warnings, and writes nothing', async () => {
    const root = pki.root('Soon Root', { notAfter: new Date(Date.now() + 5 * 86_400_000) });
    mkdirSync(path.join(workspace, 'soon'), { recursive: true });
    writeFileSync(path.join(workspace, 'soon/root.pem'), root.pem);
    const inputs = { mode: 'validate', 'ca-files': 'soon/*.pem', 'output-file': 'soon-out.pem' };
    const lenient = await runAction({ workspace, inputs });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).toMatch(
      /::warning title=truststore%3A expiring-soon,file=soon\/root.pem,line=1::/,
    );
    rmSync(path.join(workspace, 'soon-out.pem'));
    const strict = await runAction({ workspace, inputs: { ...inputs, 'fail-on-warnings': 'true' } });
    expect(strict.exitCode).toBe(1);
    expect(existsSync(path.join(workspace, 'soon-out.pem'))).toBe(false);
    expect(strict.stdout).toMatch(/fail-on-warnings is true/);
  });

  it('names the input and the fix for a bad input value, without a stack trace', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'validate', 'ca-files': 'examples/pki/*.pem', 'max-ca-depth': 'four' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::input max-ca-depth is "four": set it to a whole number from 1 to 16',
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
