/**
 * A private key in any disguise is `private-key`: every format openssl writes, generated here at
 * test time, as committed, relabelled as a certificate (or anything else), pasted as bare base64
 * between two certificates, and in binary. The key's bytes never appear in a message. The text
 * encodings people paste (PuTTY, JWK, JSON, YAML, hex dumps, quoted lines) are in
 * key-encodings.test.ts; the bound on the search's work is in key-search-bounds.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSource, scanSource } from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

let dir: string;
let pki: TestPki;
let root: TestCert;
let other: TestCert;

const openssl = (args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
const text = (args: string[]) => openssl(args).toString('utf8');

/** Every private key file openssl 3 writes, by a name that says how it was made. */
const pemKeys: Record<string, string> = {};
const derKeys: Record<string, Buffer> = {};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keys-'));
  pki = TestPki.create();
  root = pki.root('Disguise Root');
  other = pki.root('Disguise Other Root', { key: 'ec256' });
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'rsa.pem']);
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-out', 'ec.pem']);
  openssl(['genpkey', '-algorithm', 'ED25519', '-out', 'ed25519.pem']);
  openssl(['genpkey', '-algorithm', 'X448', '-out', 'x448.pem']);
  openssl([
    'genpkey',
    '-genparam',
    '-algorithm',
    'DSA',
    '-pkeyopt',
    'dsa_paramgen_bits:2048',
    '-out',
    'dsa-params.pem',
  ]);
  openssl(['genpkey', '-paramfile', 'dsa-params.pem', '-out', 'dsa.pem']);
  for (const k of ['rsa', 'ec', 'ed25519', 'x448', 'dsa']) {
    pemKeys[`${k} PKCS#8`] = readFileSync(path.join(dir, `${k}.pem`), 'utf8');
    pemKeys[`${k} encrypted PKCS#8`] = text([
      'pkey',
      '-in',
      `${k}.pem`,
      '-aes-256-cbc',
      '-passout',
      'pass:test',
    ]);
    derKeys[`${k} PKCS#8 DER`] = openssl(['pkey', '-in', `${k}.pem`, '-outform', 'DER']);
    derKeys[`${k} encrypted PKCS#8 DER`] = openssl([
      'pkcs8',
      '-topk8',
      '-in',
      `${k}.pem`,
      '-v2',
      'aes-256-cbc',
      '-passout',
      'pass:test',
      '-outform',
      'DER',
    ]);
  }
  pemKeys['rsa PKCS#1'] = text(['rsa', '-in', 'rsa.pem', '-traditional']);
  pemKeys['ec SEC 1'] = text(['ec', '-in', 'ec.pem']);
  pemKeys['ec SEC 1 from ecparam -genkey (with EC PARAMETERS)'] = text([
    'ecparam',
    '-name',
    'prime256v1',
    '-genkey',
  ]);
  pemKeys['dsa traditional'] = text(['dsa', '-in', 'dsa.pem']);
  derKeys['rsa PKCS#1 DER'] = openssl(['rsa', '-in', 'rsa.pem', '-traditional', '-outform', 'DER']);
  derKeys['ec SEC 1 DER'] = openssl(['ec', '-in', 'ec.pem', '-outform', 'DER']);
  derKeys['dsa traditional DER'] = openssl(['dsa', '-in', 'dsa.pem', '-outform', 'DER']);
  derKeys['rsa PVK'] = openssl(['rsa', '-in', 'rsa.pem', '-outform', 'PVK', '-pvk-none']);
  derKeys['rsa MSBLOB'] = openssl(['rsa', '-in', 'rsa.pem', '-outform', 'MSBLOB']);
  derKeys['PKCS#12 with the key'] = openssl([
    'pkcs12',
    '-export',
    '-inkey',
    root.keyPath,
    '-in',
    root.certPath,
    '-passout',
    'pass:test',
  ]);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  pki.cleanup();
});

const bytes = (s: string | Buffer) => new Uint8Array(typeof s === 'string' ? Buffer.from(s) : s);

/** The base64 lines of the key blocks (not EC PARAMETERS): what must never be printed. */
function keyBase64(pem: string): string[] {
  const lines: string[] = [];
  let inKey = false;
  for (const line of pem.split('\n')) {
    if (/^-----BEGIN .*PRIVATE KEY-----$/.test(line)) inKey = true;
    else if (line.startsWith('-----END')) inKey = false;
    else if (inKey && /^[A-Za-z0-9+/=]{16,}$/.test(line)) lines.push(line);
  }
  return lines;
}

function expectNotPrinted(findings: readonly { message: string }[], secrets: readonly string[]): void {
  const all = JSON.stringify(findings);
  for (const s of secrets) expect(all).not.toContain(s.slice(0, 16));
}

describe('a private key in any disguise', () => {
  it('refuses every PEM key format openssl writes, as committed', () => {
    for (const [format, pem] of Object.entries(pemKeys)) {
      const { findings } = scanSource({ path: 'k.pem', bytes: bytes(pem) });
      expect(
        findings.map((f) => f.code),
        format,
      ).toContain('private-key');
      expect(
        findings.every((f) => f.code === 'private-key' || f.code === 'non-certificate-block'),
        format,
      ).toBe(true);
      expectNotPrinted(findings, keyBase64(pem));
    }
  });

  it('refuses every key relabelled as a certificate or anything else, by its content', () => {
    for (const [format, pem] of Object.entries(pemKeys)) {
      if (format.includes('ecparam')) continue;
      for (const label of ['CERTIFICATE', 'X509 CRL', 'PUBLIC KEY', 'TRUSTED CERTIFICATE']) {
        const disguised = pem
          .replace(/-----BEGIN [A-Z ]+-----/, `-----BEGIN ${label}-----`)
          .replace(/-----END [A-Z ]+-----/, `-----END ${label}-----`);
        const { blocks, findings } = scanSource({ path: 'ca/root.pem', bytes: bytes(disguised) });
        expect(blocks, `${format} as ${label}`).toEqual([]);
        expect(
          findings.map((f) => f.code),
          `${format} as ${label}`,
        ).toEqual(['private-key']);
        expect(findings[0]!.message).toMatch(
          /^ca\/root\.pem:1: .*delete it from the repository and rotate that key/,
        );
        expectNotPrinted(findings, keyBase64(pem));
      }
    }
  });

  it('refuses key base64 pasted between two certificate blocks, and still reads both certificates', () => {
    for (const [format, pem] of Object.entries(pemKeys)) {
      if (format.includes('encrypted') || format.includes('ecparam')) continue;
      const body = keyBase64(pem).join('\n');
      const file = `${root.pem}\n# the key, pasted by mistake\n${body}\n\n${other.pem}`;
      const { certificates, findings } = parseSource({ path: 'bundle.pem', bytes: bytes(file) });
      expect(
        certificates.map((c) => c.subject),
        format,
      ).toEqual(['CN=Disguise Root, O=Test PKI', 'CN=Disguise Other Root, O=Test PKI']);
      const keyLine = root.pem.split('\n').length + 2;
      expect(findings, format).toMatchObject([{ code: 'private-key', line: keyLine, file: 'bundle.pem' }]);
      expect(findings[0]!.message).toMatch(/base64 outside any PEM block that decodes to a private key/);
      expectNotPrinted(findings, keyBase64(pem));
    }
  });

  it('refuses encrypted PKCS#8 pasted as bare base64 and as one long line', () => {
    const lines = keyBase64(pemKeys['rsa encrypted PKCS#8']!);
    for (const pasted of [lines.join('\n'), lines.join('')]) {
      const { findings } = scanSource({ path: 'b.pem', bytes: bytes(`${root.pem}${pasted}\n`) });
      expect(findings.map((f) => f.code)).toEqual(['private-key']);
    }
  });

  it('refuses key lines appended inside a certificate block', () => {
    const [begin, ...rest] = root.pem.trimEnd().split('\n');
    const end = rest.pop()!;
    const key = keyBase64(pemKeys['ec SEC 1']!).join('\n');
    const { blocks, findings } = scanSource({
      path: 'c.pem',
      bytes: bytes([begin, ...rest, key, end].join('\n')),
    });
    expect(blocks).toEqual([]);
    expect(findings.map((f) => [f.code, f.line])).toEqual([['private-key', rest.length + 2]]);
  });

  it('refuses an OpenSSH key, and base64 of a PEM key, relabelled as a certificate, by their content', () => {
    const ssh = (() => {
      try {
        execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, 'id')]);
        return readFileSync(path.join(dir, 'id'), 'utf8');
      } catch {
        return undefined; // no ssh-keygen: key-encodings.test.ts builds one by hand
      }
    })();
    const wrapped = Buffer.from(pemKeys['ec PKCS#8']!)
      .toString('base64')
      .match(/.{1,64}/g)!
      .join('\n');
    const relabelled = [
      ...(ssh ? [ssh.replace(/OPENSSH PRIVATE KEY/g, 'CERTIFICATE')] : []),
      `-----BEGIN CERTIFICATE-----\n${wrapped}\n-----END CERTIFICATE-----\n`,
    ];
    for (const pem of relabelled) {
      const { blocks, findings } = scanSource({ path: 'r.pem', bytes: bytes(pem) });
      expect(blocks).toEqual([]);
      expect(findings.map((f) => [f.code, f.line])).toEqual([['private-key', 2]]);
      expectNotPrinted(findings, pem.split('\n').slice(1, -2));
    }
  });

  it('refuses an encrypted traditional key relabelled as a certificate (Proc-Type headers over ciphertext)', () => {
    const pem = text(['rsa', '-in', 'rsa.pem', '-traditional', '-aes256', '-passout', 'pass:test']).replace(
      /RSA PRIVATE KEY/g,
      'CERTIFICATE',
    );
    const { findings } = scanSource({ path: 'e.pem', bytes: bytes(pem) });
    expect(findings.map((f) => f.code)).toEqual(['private-key']);
    expect(findings[0]!.message).toMatch(/encrypted private key/);
  });

  it('refuses every binary key format: PKCS#8, encrypted PKCS#8, PKCS#1, SEC 1, DSA, PVK, MSBLOB, PKCS#12', () => {
    for (const [format, der] of Object.entries(derKeys)) {
      const { blocks, findings } = scanSource({ path: 'k.der', bytes: bytes(der) });
      expect(blocks, format).toEqual([]);
      expect(
        findings.map((f) => f.code),
        format,
      ).toEqual(['private-key']);
      expect(findings[0]!.message).not.toContain(der.toString('base64').slice(0, 16));
    }
  });

  it('does not mistake certificates, with openssl -text dumps between them, for keys', () => {
    const dump = text(['x509', '-in', root.certPath, '-text']);
    const { certificates, findings } = parseSource({ path: 'ok.pem', bytes: bytes(`${dump}\n${other.pem}`) });
    expect(findings).toEqual([]);
    expect(certificates).toHaveLength(2);
    // A certificate pasted without armour is not a key either (and is not read as a certificate).
    const bare = root.pem.split('\n').slice(1, -2).join('\n');
    expect(scanSource({ path: 'b.pem', bytes: bytes(`${other.pem}${bare}\n`) }).findings).toEqual([]);
  });
});
