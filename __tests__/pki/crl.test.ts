import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Crl, crlIssuedBy, isCurrent, parseCrl } from '../../src/pki/crl.js';
import { parseCertificateDer } from '../../src/pki/parse.js';
import { type TestCert, TestPki } from '../support/pki.js';

const openssl = (args: string[], cwd: string) =>
  execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let pki: TestPki;
let rsaRoot: TestCert;
let ecRoot: TestCert;
let impostor: TestCert;

/** A CA database for `openssl ca -revoke` / `-gencrl` that signs with `ca`. */
function crlDir(name: string, ca: TestCert): string {
  const dir = path.join(pki.dir, 'crl', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(path.join(dir, 'crlnumber'), '1000\n');
  writeFileSync(
    path.join(dir, 'ca.cnf'),
    [
      '[ ca ]',
      'default_ca = CA_default',
      '[ CA_default ]',
      'database = index.txt',
      'crlnumber = crlnumber',
      `certificate = ${ca.certPath}`,
      `private_key = ${ca.keyPath}`,
      'default_md = sha256',
      'default_crl_days = 30',
      'crl_extensions = crl_ext',
      '[ crl_ext ]',
      'authorityKeyIdentifier = keyid:always',
      '',
    ].join('\n'),
  );
  return dir;
}

function revoke(dir: string, certPath: string, reason?: string): void {
  openssl(['ca', '-config', 'ca.cnf', '-revoke', certPath, ...(reason ? ['-crl_reason', reason] : [])], dir);
}

/** `openssl ca -gencrl`: returns the PEM path. */
function genCrl(dir: string, file: string, extra: string[] = []): string {
  openssl(['ca', '-config', 'ca.cnf', '-gencrl', '-out', file, ...extra], dir);
  return path.join(dir, file);
}

/** A self-signed certificate with an exact serial, for revoking serials of every shape. */
function certWithSerial(dir: string, serial: string): string {
  const out = path.join(dir, `serial-${serial}.pem`);
  openssl(
    [
      'req',
      '-x509',
      '-new',
      '-key',
      rsaRoot.keyPath,
      '-subj',
      `/CN=serial ${serial}`,
      '-set_serial',
      serial,
      '-days',
      '1',
      '-out',
      out,
    ],
    dir,
  );
  return out;
}

const OPENSSL_REASONS: Record<string, string> = {
  keyCompromise: 'Key Compromise',
  cACompromise: 'CA Compromise',
  affiliationChanged: 'Affiliation Changed',
  superseded: 'Superseded',
  cessationOfOperation: 'Cessation Of Operation',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function opensslDate(text: string): number {
  const m = /^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4}) GMT$/.exec(text.trim());
  if (!m) throw new Error(`unexpected date ${text}`);
  return Date.UTC(
    Number(m[6]),
    MONTHS.indexOf(m[1]!),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
  );
}

const num = (hex: string) => BigInt(`0x${hex.replace(/[:\s]/g, '') || '0'}`);

/** What `openssl crl -noout -text` prints, against what parseCrl read. */
function expectOracleAgreement(crlPath: string, crl: Crl): void {
  const text = openssl(['crl', '-in', crlPath, '-noout', '-text'], pki.dir);
  expect(opensslDate(/Last Update: (.*)/.exec(text)![1]!)).toBe(crl.thisUpdate.getTime());
  expect(opensslDate(/Next Update: (.*)/.exec(text)![1]!)).toBe(crl.nextUpdate!.getTime());
  // openssl prints the CRL number in decimal (hex with colons when it is long).
  const number = /CRL Number: *\n *([0-9A-F:]+)/.exec(text)?.[1];
  expect(number && (number.includes(':') ? num(number) : BigInt(number))).toBe(
    crl.crlNumber === undefined ? null : num(crl.crlNumber),
  );
  const aki = /Authority Key Identifier: *\n *(?:keyid:)?([0-9A-F:]+)/.exec(text);
  expect(aki?.[1]?.replace(/:/g, '').toLowerCase()).toBe(crl.authorityKeyId);
  const entries = text.split(/\n {4}Serial Number: /).slice(1);
  expect(entries.length).toBe(crl.revoked.length);
  if (crl.revoked.length === 0) expect(text).toContain('No Revoked Certificates.');
  entries.forEach((entry, i) => {
    const ours = crl.revoked[i]!;
    expect(num(entry.split('\n')[0]!)).toBe(num(ours.serial));
    expect(opensslDate(/Revocation Date: (.*)/.exec(entry)![1]!)).toBe(ours.revocationDate.getTime());
    const reason = /CRL Reason Code: *\n *(.*)/.exec(entry)?.[1]?.trim();
    expect(reason).toBe(ours.reason === undefined ? undefined : OPENSSL_REASONS[ours.reason]);
  });
}

function parsed(file: string, bytes?: Uint8Array): Crl {
  const result = parseCrl(bytes ?? readFileSync(file), file);
  expect(result.problem).toBeUndefined();
  return result.crl!;
}

const cert = (c: TestCert) => parseCertificateDer(c.der, { file: c.certPath, line: 1 });

let emptyPem: string;
let revokedPem: string;
let ecPem: string;
let expiredPem: string;
let revokedSerials: string[];

beforeAll(() => {
  pki = TestPki.create('crl-');
  rsaRoot = pki.root('CRL Root', { key: 'rsa2048' });
  ecRoot = pki.root('CRL EC Root', { key: 'ec384' });
  impostor = pki.root('CRL Root', { key: 'rsa2048' });
  emptyPem = genCrl(crlDir('empty', rsaRoot), 'empty.pem');
  const dir = crlDir('revoked', rsaRoot);
  const leaves = [1, 2, 3].map((n) => pki.leaf(`Leaf ${n}`, rsaRoot));
  revoke(dir, leaves[0]!.certPath, 'keyCompromise');
  revoke(dir, leaves[1]!.certPath, 'superseded');
  revoke(dir, leaves[2]!.certPath);
  revoke(dir, certWithSerial(dir, '0x01'), 'cessationOfOperation');
  revoke(dir, certWithSerial(dir, '0x80'), 'affiliationChanged');
  revoke(dir, certWithSerial(dir, '0x00ff00000000000000000000000000000000ff'), 'CACompromise');
  revokedSerials = leaves.map((l) => openssl(['x509', '-in', l.certPath, '-noout', '-serial'], dir));
  revokedPem = genCrl(dir, 'revoked.pem');
  const ecDir = crlDir('ec', ecRoot);
  revoke(ecDir, pki.leaf('EC Leaf', ecRoot).certPath, 'keyCompromise');
  ecPem = genCrl(ecDir, 'ec.pem', ['-md', 'sha384']);
  expiredPem = genCrl(crlDir('expired', rsaRoot), 'expired.pem', [
    '-crl_lastupdate',
    '200101000000Z',
    '-crl_nextupdate',
    '200201000000Z',
  ]);
}, 120_000);
afterAll(() => pki.cleanup());

describe('parseCrl with CRLs made by openssl ca -gencrl', () => {
  it('reads an empty CRL', () => {
    const crl = parsed(emptyPem);
    expect(crl.version).toBe(2);
    expect(crl.issuer).toBe('CN=CRL Root, O=Test PKI');
    expect(crl.issuerKey).toBe(cert(rsaRoot).subjectKey);
    expect(crl.signature.name).toBe('sha256WithRSAEncryption');
    expect(crl.revoked).toEqual([]);
    expect(crl.crlNumber).toBe('1000');
    expect(crl.authorityKeyId).toBe(cert(rsaRoot).subjectKeyId);
    expect(crl.unhandledCriticalExtensions).toEqual([]);
    expect(isCurrent(crl, new Date())).toBe(true);
    expectOracleAgreement(emptyPem, crl);
  });

  it('reads revoked serials and reason codes, as openssl prints them', () => {
    const crl = parsed(revokedPem);
    // openssl ca sorts the entries by serial number.
    const leaf = revokedSerials.map((s) => num(s.trim().replace('serial=', '')).toString(16));
    expect(new Map(crl.revoked.map((r) => [num(r.serial).toString(16), r.reason]))).toEqual(
      new Map([
        ['1', 'cessationOfOperation'],
        ['80', 'affiliationChanged'],
        [leaf[0], 'keyCompromise'],
        [leaf[1], 'superseded'],
        [leaf[2], undefined],
        ['ff00000000000000000000000000000000ff', 'cACompromise'],
      ]),
    );
    expect(crl.revoked.map((r) => r.serial)).toContain('0080');
    expect(crl.revoked.map((r) => r.serial)).toContain('01');
    // DER needs the leading 00 before a first byte with its high bit set: no more, no less.
    expect(crl.revoked.map((r) => r.serial)).toContain('00ff00000000000000000000000000000000ff');
    expectOracleAgreement(revokedPem, crl);
    expectOracleAgreement(ecPem, parsed(ecPem));
  });

  it('reads DER as it reads PEM', () => {
    for (const pem of [emptyPem, revokedPem, ecPem]) {
      const der = execFileSync('openssl', ['crl', '-in', pem, '-outform', 'DER']);
      const fromDer = parsed(`${pem}.der`, new Uint8Array(der));
      const fromPem = parsed(pem);
      expect(Buffer.from(fromDer.der).equals(der)).toBe(true);
      expect({ ...fromDer, path: '', der: 0 }).toEqual({ ...fromPem, path: '', der: 0 });
    }
  });

  it('verifies the signature with the right CA and refuses another key under the same name', () => {
    expect(crlIssuedBy(parsed(emptyPem), cert(rsaRoot))).toBe(true);
    expect(crlIssuedBy(parsed(revokedPem), cert(rsaRoot))).toBe(true);
    expect(crlIssuedBy(parsed(ecPem), cert(ecRoot))).toBe(true);
    expect(parsed(ecPem).signature.name).toBe('ecdsa-with-SHA384');
    expect(cert(impostor).subjectKey).toBe(cert(rsaRoot).subjectKey);
    expect(crlIssuedBy(parsed(revokedPem), cert(impostor))).toBe(false);
    expect(crlIssuedBy(parsed(revokedPem), cert(ecRoot))).toBe(false);
    expect(crlIssuedBy(parsed(ecPem), cert(rsaRoot))).toBe(false);
    // One flipped bit of the signed part, then of the signature.
    const crl = parsed(revokedPem);
    const tbs = Uint8Array.from(crl.tbsCertList);
    tbs[tbs.length - 1]! ^= 1;
    expect(crlIssuedBy({ ...crl, tbsCertList: tbs }, cert(rsaRoot))).toBe(false);
    const signature = Uint8Array.from(crl.signatureValue);
    signature[10]! ^= 1;
    expect(crlIssuedBy({ ...crl, signatureValue: signature }, cert(rsaRoot))).toBe(false);
  });

  it('tells an expired CRL from a current one', () => {
    const crl = parsed(expiredPem);
    expect(crl.thisUpdate.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(crl.nextUpdate!.toISOString()).toBe('2020-02-01T00:00:00.000Z');
    expect(isCurrent(crl, new Date())).toBe(false);
    expect(isCurrent(crl, new Date('2020-01-15T00:00:00Z'))).toBe(true);
    expect(crlIssuedBy(crl, cert(rsaRoot))).toBe(true);
    expectOracleAgreement(expiredPem, crl);
  });
});

describe('parseCrl on hostile input', () => {
  it('gives a problem naming the file for truncated, garbled and foreign input, never throwing', () => {
    const der = parsed(revokedPem).der;
    for (let n = 0; n < der.length; n++) {
      const result = parseCrl(der.subarray(0, n), 'bad.crl');
      expect(result.crl).toBeUndefined();
      expect(result.problem).toMatch(/^bad\.crl: /);
    }
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 3000; n++) {
      const copy = Uint8Array.from(der);
      for (let k = 0; k < 3; k++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      const result = parseCrl(copy, 'fuzz.crl');
      expect(result.crl !== undefined || /^fuzz\.crl: /.test(result.problem!)).toBe(true);
    }
    const pemText = readFileSync(revokedPem, 'utf8');
    const cases: [string, Uint8Array][] = [
      ['empty', new Uint8Array()],
      ['text', Buffer.from('hello world')],
      ['certificate', Buffer.from(rsaRoot.pem)],
      ['bad base64', Buffer.from(pemText.replace(/\n[A-Za-z]/, '\n!'))],
      ['no end', Buffer.from(pemText.split('-----END')[0]!)],
      ['two crls', Buffer.from(pemText + pemText)],
      ['huge length', Uint8Array.from([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x30])],
      ['certificate DER', rsaRoot.der],
      ['trailing data', Uint8Array.from([...der, 0])],
    ];
    for (const [name, bytes] of cases) {
      const result = parseCrl(bytes, `${name}.crl`);
      expect(result.crl, name).toBeUndefined();
      expect(result.problem, name).toMatch(new RegExp(`^${name}\\.crl: `));
    }
  });
});

/** DER encoding helpers for a CRL too big to make with openssl ca. */
function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const len =
    n < 0x80
      ? [n]
      : n < 0x100
        ? [0x81, n]
        : n < 0x10000
          ? [0x82, n >> 8, n & 0xff]
          : n < 0x1000000
            ? [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]
            : [0x84, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...len]), content]);
}

describe('a CRL of 500,000 entries', () => {
  it('is parsed in one linear pass, and its signature verifies', () => {
    const root = cert(rsaRoot);
    const template = parsed(emptyPem);
    const fields: Buffer[] = [];
    const tbsIn = Buffer.from(template.tbsCertList);
    const body = tbsIn.subarray(tbsIn[1]! < 0x80 ? 2 : 2 + (tbsIn[1]! & 0x7f));
    for (let p = 0; p < body.length; ) {
      const len = body[p + 1]! < 0x80 ? body[p + 1]! : body.readUIntBE(p + 2, body[p + 1]! & 0x7f);
      const header = body[p + 1]! < 0x80 ? 2 : 2 + (body[p + 1]! & 0x7f);
      fields.push(body.subarray(p, p + header + len));
      p += header + len;
    }
    // version, signature, issuer, thisUpdate, nextUpdate, crlExtensions: revoked goes before the last.
    const date = tlv(0x17, Buffer.from('250101000000Z'));
    const reason = tlv(
      0x30,
      tlv(0x30, Buffer.concat([Buffer.from('0603551d15', 'hex'), tlv(0x04, tlv(0x0a, Buffer.from([1])))])),
    );
    const entries: Buffer[] = [];
    for (let i = 1; i <= 500_000; i++) {
      const serial = Buffer.alloc(4);
      serial.writeUInt32BE(i * 4099);
      let s = serial;
      while (s.length > 1 && s[0] === 0 && s[1]! < 0x80) s = s.subarray(1);
      const parts = [tlv(0x02, s), date];
      if (i % 2 === 0) parts.push(reason);
      entries.push(tlv(0x30, Buffer.concat(parts)));
    }
    const tbs = tlv(
      0x30,
      Buffer.concat([...fields.slice(0, 5), tlv(0x30, Buffer.concat(entries)), fields[5]!]),
    );
    const alg = fields[1]!;
    const signature = sign('sha256', tbs, createPrivateKey(readFileSync(rsaRoot.keyPath)));
    const der = tlv(0x30, Buffer.concat([tbs, alg, tlv(0x03, Buffer.concat([Buffer.from([0]), signature]))]));
    const started = performance.now();
    const result = parseCrl(new Uint8Array(der), 'big.crl');
    const elapsed = performance.now() - started;
    console.log(
      `parseCrl: ${result.crl?.revoked.length} entries, ${der.length} bytes, ${elapsed.toFixed(0)} ms`,
    );
    expect(result.problem).toBeUndefined();
    const crl = result.crl!;
    expect(crl.revoked.length).toBe(500_000);
    expect(crl.revoked[0]).toEqual({ serial: '1003', revocationDate: new Date('2025-01-01T00:00:00Z') });
    expect(crl.revoked[499_999]!.reason).toBe('keyCompromise');
    expect(num(crl.revoked[499_999]!.serial)).toBe(500_000n * 4099n);
    expect(crlIssuedBy(crl, root)).toBe(true);
  }, 60_000);
});
