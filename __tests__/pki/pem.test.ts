import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, defaultPolicy, parseSource, scanSource } from '../../src/pki/index.js';
import { type TestCert, TestPki } from '../support/pki.js';

const bytes = (s: string | Buffer) => new Uint8Array(typeof s === 'string' ? Buffer.from(s) : s);

let pki: TestPki;
let root: TestCert;
let intermediate: TestCert;

beforeAll(() => {
  pki = TestPki.create();
  root = pki.root('Scan Root');
  intermediate = pki.intermediate('Scan Intermediate', root);
});
afterAll(() => pki.cleanup());

describe('reading CA files', () => {
  it('finds every block of a PEM file with CRLF line ends, blank lines and text between blocks, with the line each begins on', () => {
    const text = `Bag Attributes: friendlyName\r\nsubject=CN=whatever\r\n${intermediate.pem.replace(/\n/g, '\r\n')}\r\n\r\nsome notes\r\n${root.pem}`;
    const { certificates, findings } = parseSource({ path: 'ca/bundle.pem', bytes: bytes(text) });
    expect(findings).toEqual([]);
    expect(certificates.map((c) => c.subject)).toEqual([
      'CN=Scan Intermediate, O=Test PKI',
      'CN=Scan Root, O=Test PKI',
    ]);
    expect(certificates[0]!.source).toEqual({ file: 'ca/bundle.pem', line: 3 });
    const rootLine = text.split('\n').findIndex((l, i) => i > 3 && l.startsWith('-----BEGIN')) + 1;
    expect(certificates[1]!.source.line).toBe(rootLine);
  });

  it('reads a binary DER certificate', () => {
    const { certificates, findings } = parseSource({ path: 'root.der', bytes: bytes(root.der) });
    expect(findings).toEqual([]);
    expect(certificates[0]!.fingerprint).toBe(createHash('sha256').update(root.der).digest('hex'));
  });

  for (const label of [
    'RSA PRIVATE KEY',
    'EC PRIVATE KEY',
    'PRIVATE KEY',
    'ENCRYPTED PRIVATE KEY',
    'OPENSSH PRIVATE KEY',
  ]) {
    it(`refuses a ${label} block, naming file and line, without printing the key`, () => {
      const secret = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7SECRETSECRET';
      const text = `${root.pem}\n-----BEGIN ${label}-----\n${secret}\n-----END ${label}-----\n`;
      const analysis = analyze([{ path: 'ca/root.pem', bytes: bytes(text) }], defaultPolicy());
      const finding = analysis.findings.find((f) => f.code === 'private-key');
      expect(finding).toMatchObject({
        severity: 'error',
        file: 'ca/root.pem',
        line: root.pem.split('\n').length + 1,
      });
      expect(finding!.message).toContain('ca/root.pem');
      expect(JSON.stringify(analysis.findings)).not.toContain('SECRET');
      expect(analysis.truststore).toBeUndefined();
    });
  }

  it('refuses a real private key written by openssl, in PEM and in DER', () => {
    const pem = readFileSync(root.keyPath, 'utf8');
    const der = execFileSync('openssl', ['pkey', '-in', root.keyPath, '-outform', 'DER']);
    const fromPem = scanSource({ path: 'k.pem', bytes: bytes(pem) });
    const fromDer = scanSource({ path: 'k.der', bytes: bytes(der) });
    expect(fromPem.findings.map((f) => f.code)).toEqual(['private-key']);
    expect(fromDer.findings.map((f) => f.code)).toEqual(['private-key']);
    const body = pem.split('\n')[1]!;
    expect(JSON.stringify([fromPem, fromDer].flatMap((r) => r.findings))).not.toContain(body.slice(0, 20));
  });

  it('refuses every DER private-key format: PKCS#8, encrypted PKCS#8, PKCS#1 RSA and SEC 1 EC', () => {
    const rsa = pki.root('Key Formats RSA', { key: 'rsa2048' });
    const ec = pki.root('Key Formats EC');
    const der = (args: string[]) => new Uint8Array(execFileSync('openssl', args));
    const keys = {
      pkcs8: der(['pkey', '-in', ec.keyPath, '-outform', 'DER']),
      encrypted: der([
        'pkcs8',
        '-topk8',
        '-in',
        ec.keyPath,
        '-v2',
        'aes256',
        '-passout',
        'pass:x',
        '-outform',
        'DER',
      ]),
      pkcs1: der(['rsa', '-in', rsa.keyPath, '-traditional', '-outform', 'DER']),
      sec1: der(['ec', '-in', ec.keyPath, '-outform', 'DER']),
    };
    for (const [format, bytes] of Object.entries(keys)) {
      expect(
        scanSource({ path: `${format}.der`, bytes }).findings.map((f) => f.code),
        format,
      ).toEqual(['private-key']);
    }
    expect(scanSource({ path: 'cert.der', bytes: new Uint8Array(rsa.der) }).findings).toEqual([]);
  });

  it('refuses blocks that are not certificates', () => {
    const csr = '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n';
    const { findings } = scanSource({ path: 'req.pem', bytes: bytes(csr) });
    expect(findings).toMatchObject([{ code: 'non-certificate-block', line: 1, file: 'req.pem' }]);
    expect(findings[0]!.message).toContain('CERTIFICATE REQUEST');
  });

  it('refuses an OpenSSL TRUSTED CERTIFICATE block with the command that converts it', () => {
    const trusted = root.pem.replace(/CERTIFICATE-----/g, 'TRUSTED CERTIFICATE-----');
    const { findings } = scanSource({ path: 't.pem', bytes: bytes(trusted) });
    expect(findings).toMatchObject([{ code: 'non-certificate-block', line: 1 }]);
    expect(findings[0]!.message).toMatch(/openssl x509 -in t\.pem -out t\.pem/);
  });

  it('refuses RFC 1421 header lines inside a certificate block', () => {
    const lines = root.pem.split('\n');
    lines.splice(1, 0, 'Proc-Type: 4,ENCRYPTED', '');
    const { findings } = scanSource({ path: 'h.pem', bytes: bytes(lines.join('\n')) });
    expect(findings).toMatchObject([{ code: 'malformed-pem', line: 1 }]);
    expect(findings[0]!.message).toMatch(/headers/);
  });

  it('reports broken base64 on the exact line', () => {
    const lines = intermediate.pem.split('\n');
    lines[3] = `${lines[3]!.slice(0, 10)}!!!${lines[3]!.slice(13)}`;
    const { findings } = scanSource({ path: 'bad.pem', bytes: bytes(lines.join('\n')) });
    expect(findings).toMatchObject([{ code: 'bad-base64', line: 4 }]);
  });

  it('reports a truncated block and a block without END', () => {
    const lines = intermediate.pem.trimEnd().split('\n');
    const truncated = [...lines.slice(0, 3), lines[3]!.slice(0, 7), lines.at(-1)].join('\n');
    expect(scanSource({ path: 't.pem', bytes: bytes(truncated) }).findings[0]!.code).toBe('bad-base64');
    const noEnd = lines.slice(0, -1).join('\n');
    expect(scanSource({ path: 'n.pem', bytes: bytes(noEnd) }).findings).toMatchObject([
      { code: 'malformed-pem', line: 1 },
    ]);
  });

  it('reports an END label that does not match its BEGIN', () => {
    const text = intermediate.pem.replace('END CERTIFICATE', 'END X509 CRL');
    expect(scanSource({ path: 'm.pem', bytes: bytes(text) }).findings[0]!.code).toBe('malformed-pem');
  });

  it('reports an empty file and a text file with no certificate', () => {
    expect(scanSource({ path: 'e.pem', bytes: bytes('') }).findings[0]!.code).toBe('empty-file');
    expect(scanSource({ path: 'e.pem', bytes: bytes('\n  \n') }).findings[0]!.code).toBe('empty-file');
    expect(scanSource({ path: 'notes.txt', bytes: bytes('hello') }).findings[0]!.code).toBe('no-certificate');
  });

  it('reports DER that does not decode as a certificate, with the fix', () => {
    const garbage = new Uint8Array([0x30, 0x82, 0x01, 0x00, 0xde, 0xad]);
    const { findings } = parseSource({ path: 'broken.der', bytes: garbage });
    expect(findings).toMatchObject([{ code: 'undecodable-certificate', file: 'broken.der', line: 1 }]);
    expect(findings[0]!.message).toMatch(/re-export/);
    const notACert = '-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n';
    expect(parseSource({ path: 'x.pem', bytes: bytes(notACert) }).findings[0]!.code).toBe(
      'undecodable-certificate',
    );
  });

  it('refuses trailing bytes after a DER certificate', () => {
    const padded = Buffer.concat([root.der, Buffer.from([0, 0])]);
    expect(parseSource({ path: 'p.der', bytes: bytes(padded) }).findings[0]!.message).toMatch(/trailing/);
  });
});
