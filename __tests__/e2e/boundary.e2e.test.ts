/**
 * The workspace is the boundary, and GitHub's limits hold, as a runner sees it: dist/index.js
 * under Node 24 against workspaces holding links out, a FIFO, unreadable files, disguised keys
 * and a 100,000-block file.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { type TestCert, TestPki } from '../support/pki.js';

let pki: TestPki;
let root: TestCert;
const scratch: string[] = [];

beforeAll(() => {
  pki = TestPki.create();
  root = pki.root('Boundary Root');
});
afterAll(() => {
  pki.cleanup();
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

/** A fresh workspace holding the valid root CA at ca/root.pem. */
function workspace(): string {
  const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'boundary-e2e-')));
  scratch.push(ws);
  mkdirSync(path.join(ws, 'ca'));
  writeFileSync(path.join(ws, 'ca/root.pem'), root.pem);
  return ws;
}

function findings(run: {
  outputs: Record<string, string>;
}): { code: string; file: string | null; message: string }[] {
  return JSON.parse(run.outputs.findings!);
}

describe('output-file', () => {
  it('refuses a committed symlink at output-file and leaves the file it points to untouched', async () => {
    const ws = workspace();
    const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'boundary-victim-')));
    scratch.push(outside);
    writeFileSync(path.join(outside, 'victim.conf'), 'runner configuration\n');
    symlinkSync(path.join(outside, 'victim.conf'), path.join(ws, 'truststore.pem'));
    const run = await runAction({ workspace: ws, inputs: { mode: 'validate', 'ca-files': 'ca/*.pem' } });
    expect(run.exitCode).toBe(1);
    expect(readFileSync(path.join(outside, 'victim.conf'), 'utf8')).toBe('runner configuration\n');
    expect(run.outputs['truststore-file']).toBe('');
    expect(findings(run).map((f) => f.code)).toEqual(['unsafe-output-file']);
    expect(run.stdout).toMatch(
      /::error title=truststore%3A unsafe-output-file::output-file "truststore.pem" is a symlink/,
    );
    expect(readdirSync(outside)).toEqual(['victim.conf']);
  });

  it('refuses an output-file whose folder links outside, creating nothing there', async () => {
    const ws = workspace();
    const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'boundary-dir-')));
    scratch.push(outside);
    symlinkSync(outside, path.join(ws, 'out'));
    const run = await runAction({
      workspace: ws,
      inputs: { mode: 'validate', 'ca-files': 'ca/*.pem', 'output-file': 'out/new/truststore.pem' },
    });
    expect(run.exitCode).toBe(1);
    expect(findings(run).map((f) => f.code)).toEqual(['outside-workspace']);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('writes into RUNNER_TEMP', async () => {
    const ws = workspace();
    const temp = realpathSync(mkdtempSync(path.join(tmpdir(), 'boundary-temp-')));
    scratch.push(temp);
    const run = await runAction({
      workspace: ws,
      inputs: { mode: 'validate', 'ca-files': 'ca/*.pem', 'output-file': path.join(temp, 'truststore.pem') },
      env: { RUNNER_TEMP: temp },
    });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(path.join(temp, 'truststore.pem'), 'utf8')).toBe(root.pem);
  });
});

describe('what the CA patterns lead to', () => {
  it('a directory link to /etc is one outside-workspace finding, never walked', async () => {
    const ws = workspace();
    symlinkSync('/etc', path.join(ws, 'ca/host'));
    const run = await runAction({ workspace: ws, inputs: { mode: 'validate', 'ca-files': 'ca/**' } });
    expect(run.exitCode).toBe(1);
    expect(findings(run).map((f) => [f.code, f.file])).toEqual([['outside-workspace', 'ca/host']]);
    expect(run.outputs['findings-count']).toBe('1');
    expect(run.stdout).toContain(
      '::error title=truststore%3A outside-workspace,file=ca/host::ca/host is a symlink to /etc outside the workspace: it was not walked',
    );
    // No runner file is named anywhere.
    for (const text of [run.stdout, run.summary, run.outputs.findings!]) {
      expect(text).not.toMatch(/passwd|hostname|\/etc\/\w/);
    }
    expect(run.summary).toContain('| root | CN=Boundary Root, O=Test PKI |');
  });

  it('a FIFO named ca.pem is a finding naming it, and the run does not hang', async () => {
    const ws = workspace();
    execFileSync('mkfifo', [path.join(ws, 'ca/ca.pem')]);
    const run = await runAction({
      workspace: ws,
      inputs: { mode: 'validate', 'ca-files': 'ca/*.pem' },
      timeoutMs: 20_000,
    });
    expect(run.exitCode).toBe(1);
    expect(findings(run)).toMatchObject([{ code: 'not-a-file', file: 'ca/ca.pem' }]);
    expect(findings(run)[0]!.message).toMatch(
      /^ca\/ca\.pem is a FIFO \(named pipe\), not a file: it was not opened/,
    );
  });

  it('unreadable files and folders (chmod 000, run as nobody) are findings; the run reports everything else', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'ca/locked.pem'), root.pem);
    mkdirSync(path.join(ws, 'ca/sealed'));
    writeFileSync(path.join(ws, 'ca/sealed/hidden.pem'), root.pem);
    writeFileSync(path.join(ws, 'ca/leaf.pem'), pki.leaf('Boundary Leaf', root).pem);
    chmodSync(path.join(ws, 'ca/locked.pem'), 0o000);
    chmodSync(path.join(ws, 'ca/sealed'), 0o000);
    chmodSync(ws, 0o777);
    chmodSync(path.join(ws, 'ca'), 0o755);
    const run = await runAction({
      workspace: ws,
      inputs: { mode: 'validate', 'ca-files': 'ca/**/*.pem' },
      user: { uid: 65534, gid: 65534 },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(findings(run).map((f) => [f.code, f.file])).toEqual([
      ['unreadable', 'ca/locked.pem'],
      ['unreadable', 'ca/sealed'],
      ['not-a-ca', 'ca/leaf.pem'],
    ]);
    expect(findings(run)[0]!.message).toBe(
      'ca/locked.pem could not be read: permission denied: make it readable by the runner user (chmod a+r) or exclude it with a "!" pattern',
    );
    expect(run.summary).toContain('❌ **Invalid**: 3 errors');
    expect(run.summary).toContain('| root | CN=Boundary Root, O=Test PKI |');
  });
});

describe('private keys in disguise', () => {
  it('refuses a PKCS#8 key armoured as a certificate and key base64 pasted between two certificates, never printing either', async () => {
    const ws = workspace();
    const dir = mkdtempSync(path.join(tmpdir(), 'boundary-keys-'));
    scratch.push(dir);
    execFileSync('openssl', [
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-out',
      path.join(dir, 'k.pem'),
    ]);
    execFileSync('openssl', ['genpkey', '-algorithm', 'RSA', '-out', path.join(dir, 'r.pem')]);
    const pkcs8 = readFileSync(path.join(dir, 'k.pem'), 'utf8');
    const rsaBody = execFileSync('openssl', ['rsa', '-in', path.join(dir, 'r.pem'), '-traditional'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .split('\n')
      .filter((l) => !l.startsWith('-----'));
    const other = pki.root('Boundary Other');
    writeFileSync(path.join(ws, 'ca/partner.pem'), pkcs8.replace(/PRIVATE KEY/g, 'CERTIFICATE'));
    writeFileSync(path.join(ws, 'ca/bundle.pem'), `${other.pem}${rsaBody.join('\n')}${other.pem}`);
    const run = await runAction({ workspace: ws, inputs: { mode: 'validate', 'ca-files': 'ca/*.pem' } });
    expect(run.exitCode).toBe(1);
    const keyLine = other.pem.split('\n').length;
    expect(findings(run).map((f) => [f.code, f.file])).toEqual([
      ['private-key', 'ca/bundle.pem'],
      ['private-key', 'ca/partner.pem'],
      ['duplicate', 'ca/bundle.pem'],
    ]);
    expect(run.stdout).toContain(
      `::error title=truststore%3A private-key,file=ca/bundle.pem,line=${keyLine}::`,
    );
    expect(run.stdout).toContain('::error title=truststore%3A private-key,file=ca/partner.pem,line=1::');
    const secrets = [...pkcs8.split('\n').slice(1, -2), ...rsaBody.filter((l) => l.length > 20)];
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      for (const s of secrets) expect(text).not.toContain(s.slice(0, 20));
    }
    expect(existsSync(path.join(ws, 'truststore.pem'))).toBe(false);
  });
});

describe("GitHub's limits", () => {
  it('a 100,000-block file keeps every output and the summary under 1 MiB and annotates ten errors, then one notice for the rest', async () => {
    const ws = workspace();
    const block = '-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n';
    writeFileSync(path.join(ws, 'ca/huge.pem'), block.repeat(100_000));
    const run = await runAction({ workspace: ws, inputs: { mode: 'validate', 'ca-files': 'ca/huge.pem' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['findings-count']).toBe('100000');
    for (const [name, value] of Object.entries(run.outputs)) {
      expect(2 * value.length, name).toBeLessThanOrEqual(1_000_000);
    }
    const list = findings(run);
    expect(list.length).toBeGreaterThan(100);
    expect(list.at(-1)).toMatchObject({ code: 'findings-truncated' });
    expect(list.at(-1)!.message).toMatch(
      new RegExp(`^${100_000 - (list.length - 1)} more findings left out`),
    );
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).toContain(
      "…and 99800 more findings, not listed here: this step's log has every finding",
    );
    const lines = run.stdout.split('\n');
    // Nine findings and the step's failure: GitHub's ten error annotations.
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::error::truststore refused: 100000 errors'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual([
      expect.stringMatching(
        /^::notice title=truststore%3A more findings::99991 more errors not annotated \(GitHub shows 10 annotations of each kind per step\)/,
      ),
    ]);
    expect(lines.filter((l) => l.startsWith('error ca/huge.pem:'))).toHaveLength(99_991);
    console.log(
      `100,000-block file: findings output ${run.outputs.findings!.length} chars (${list.length - 1} entries), summary ${Buffer.byteLength(run.summary)} bytes, log ${Buffer.byteLength(run.stdout)} bytes`,
    );
  }, 120_000);
});
