/**
 * checkRevocationFiles and revokedClientFindings against CRLs made by `openssl ca -gencrl` at test
 * time, in a temporary workspace, with the real openssl as the oracle for encodings and serials.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/pki/codes.js';
import { childrenOf, encodedOf, readElement } from '../../src/pki/der.js';
import type { Certificate, Finding, TruststoreEntry } from '../../src/pki/model.js';
import { parseCertificateDer } from '../../src/pki/parse.js';
import {
  CRL_QUOTAS,
  checkRevocationFiles,
  normalSerial,
  type RevocationFile,
  revokedClientFindings,
} from '../../src/targets/elb/revocation-files.js';
import { LIMITS } from '../../src/workspace/collect.js';
import { CrlSigner, withoutNextUpdate } from '../support/crl.js';
import { type TestCert, TestPki } from '../support/pki.js';

const run = (args: string[], cwd: string) =>
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

let pki: TestPki;
let root: TestCert;
let otherRoot: TestCert;
let impostor: TestCert;
let revokedLeaf: TestCert;
let goodLeaf: TestCert;
let signer: CrlSigner;
let revokedPem: Buffer;

const cert = (c: TestCert): Certificate => parseCertificateDer(c.der, { file: c.certPath, line: 1 });
const entry = (c: TestCert): TruststoreEntry => ({ certificate: cert(c), role: 'root', depth: 1 });
const toDer = (pem: Buffer) => execFileSync('openssl', ['crl', '-outform', 'DER'], { input: pem });
const idp = (uri: string) => `issuingDistributionPoint = critical, @idp\n[ idp ]\nfullname = URI:${uri}`;
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);

/** A fresh workspace holding `files` (relative path → content). */
function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(pki.dir, 'ws-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

async function check(
  files: Record<string, string | Uint8Array>,
  opts: { entries?: TruststoreEntry[]; now?: Date; patterns?: string[]; quotas?: object } = {},
) {
  return checkRevocationFiles({
    workspace: workspace(files),
    patterns: opts.patterns ?? ['crl/**'],
    entries: opts.entries ?? [entry(root), entry(otherRoot)],
    now: opts.now ?? new Date(),
    ...(opts.quotas ? { quotas: opts.quotas } : {}),
  });
}

/** A client certificate of `ca` with an exact serial (`openssl x509 -req -set_serial`). */
function clientWithSerial(ca: TestCert, serial: string, name: string): TestCert {
  const dir = path.join(pki.dir, 'clients', name);
  mkdirSync(dir, { recursive: true });
  const ext = '[ v3 ]\nbasicConstraints = critical,CA:false\nauthorityKeyIdentifier = keyid:always\n';
  writeFileSync(path.join(dir, 'ext.cnf'), ext);
  run(
    ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'].concat([
      '-keyout',
      'key.pem',
      '-subj',
      `/CN=${name}`,
      '-out',
      'req.csr',
    ]),
    dir,
  );
  run(
    [
      'x509',
      '-req',
      '-in',
      'req.csr',
      '-CA',
      ca.certPath,
      '-CAkey',
      ca.keyPath,
      '-set_serial',
      serial,
    ].concat(['-days', '30', '-extfile', 'ext.cnf', '-extensions', 'v3', '-out', 'cert.pem']),
    dir,
  );
  const pem = readFileSync(path.join(dir, 'cert.pem'), 'utf8');
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  return {
    name,
    subject: `/CN=${name}`,
    certPath: path.join(dir, 'cert.pem'),
    keyPath: '',
    pem,
    der,
    key: 'ec256',
  };
}

beforeAll(() => {
  pki = TestPki.create('revocation-files-');
  root = pki.root('CRL Root');
  otherRoot = pki.root('Other Root');
  impostor = pki.root('CRL Root');
  revokedLeaf = pki.leaf('Revoked Client', root);
  goodLeaf = pki.leaf('Good Client', root);
  signer = new CrlSigner(root, 'root', pki.dir).revoke(revokedLeaf);
  revokedPem = signer.crl();
});
afterAll(() => pki.cleanup());

describe('CRL_QUOTAS', () => {
  it("are ELB's quotas per trust store", () => {
    expect(CRL_QUOTAS).toEqual({
      entriesPerTrustStore: 500_000,
      listsPerTrustStore: 30,
      fileBytes: 52_428_800,
    });
  });
});

describe('checkRevocationFiles on good CRLs', () => {
  it('describes a CRL as openssl does, with no finding', async () => {
    const { files, findings } = await check({ 'crl/root.pem': revokedPem });
    expect(findings).toEqual([]);
    expect(files).toHaveLength(1);
    const file = files[0]!;
    const der = toDer(revokedPem);
    expect(file.path).toBe('crl/root.pem');
    expect(Buffer.from(file.der).equals(der)).toBe(true);
    expect(file.pem).toBe(
      execFileSync('openssl', ['crl', '-outform', 'PEM'], { input: revokedPem, encoding: 'utf8' }),
    );
    expect(file.sha256).toBe(createHash('sha256').update(der).digest('hex'));
    expect(file.issuerFingerprint).toBe(cert(root).fingerprint);
    expect(file.issuerKeyId).toBe(cert(root).subjectKeyId);
    const serial = run(['x509', '-in', revokedLeaf.certPath, '-noout', '-serial'], pki.dir).toString();
    expect(file.serials.map((s) => BigInt(`0x${s}`))).toEqual([BigInt(`0x${serial.trim().split('=')[1]}`)]);
    expect(file.scope).toContain(cert(root).subjectKeyId!);
  });

  it('gives DER and PEM input the same pem, and warns once about the same CRL in two files', async () => {
    const fromDer = await check({ 'crl/root.crl': toDer(revokedPem) });
    const fromPem = await check({ 'crl/root.pem': revokedPem });
    expect(fromDer.findings).toEqual([]);
    expect(fromDer.files[0]!.pem).toBe(fromPem.files[0]!.pem);
    expect(fromDer.files[0]!.sha256).toBe(fromPem.files[0]!.sha256);
    const both = await check({ 'crl/a.crl': toDer(revokedPem), 'crl/b.pem': revokedPem });
    expect(both.files.map((f) => f.path)).toEqual(['crl/a.crl']);
    expect(both.findings).toMatchObject([{ code: 'crl-duplicate', severity: 'warning', file: 'crl/b.pem' }]);
    expect(both.findings[0]!.message).toContain('crl/a.crl');
  });

  it('reads a file over the 10 MiB bound of CA files (ELB allows 50 MB)', async () => {
    const padded = Buffer.concat([Buffer.alloc(LIMITS.fileBytes + 1, 'x'), Buffer.from('\n'), revokedPem]);
    const { files, findings } = await check({ 'crl/big.pem': padded });
    expect(findings).toEqual([]);
    expect(files).toHaveLength(1);
  });

  it('reports a pattern that matches nothing with the no-match of every input, and nothing without patterns', async () => {
    const { findings } = await check(
      { 'crl/root.pem': revokedPem },
      { patterns: ['crl/root.pem', 'nope/*.crl'] },
    );
    expect(codes(findings)).toEqual(['no-match']);
    expect(findings[0]!.message).toContain('revocation-files');
    expect(await check({ 'crl/root.pem': revokedPem }, { patterns: [] })).toEqual({
      files: [],
      findings: [],
    });
  });
});

describe('checkRevocationFiles findings', () => {
  it('crl-unreadable: not a CRL, or a critical extension it cannot process; an issuingDistributionPoint is read', async () => {
    const unknownCritical = signer.crl({ extensions: ['1.2.3.4 = critical,DER:05:00'] });
    const partitioned = signer.crl({ extensions: [idp('http://crl.example/part1.crl')] });
    const { files, findings } = await check({
      'crl/garbage.crl': 'hello',
      'crl/cert.pem': root.pem,
      'crl/critical.pem': unknownCritical,
      'crl/partitioned.pem': partitioned,
    });
    expect(findings.map((f) => [f.code, f.file])).toEqual([
      ['crl-unreadable', 'crl/cert.pem'],
      ['crl-unreadable', 'crl/critical.pem'],
      ['crl-unreadable', 'crl/garbage.crl'],
    ]);
    for (const f of findings) expect(f.message).toContain('openssl crl');
    expect(findings[1]!.message).toContain('1.2.3.4');
    expect(files.map((f) => f.path)).toEqual(['crl/partitioned.pem']);
    expect(files[0]!.scope).toContain(Buffer.from('http://crl.example/part1.crl').toString('hex'));
  });

  it('crl-unknown-issuer: no CA of the truststore has its name', async () => {
    const { files, findings } = await check({ 'crl/root.pem': revokedPem }, { entries: [entry(otherRoot)] });
    expect(files).toEqual([]);
    expect(findings).toMatchObject([{ code: 'crl-unknown-issuer', file: 'crl/root.pem', severity: 'error' }]);
    expect(findings[0]!.message).toContain('CN=CRL Root, O=Test PKI');
  });

  it('crl-bad-signature: a CA of that name is there, but another key signed the CRL', async () => {
    const { files, findings } = await check({ 'crl/root.pem': revokedPem }, { entries: [entry(impostor)] });
    expect(files).toEqual([]);
    expect(codes(findings)).toEqual(['crl-bad-signature']);
    // With the real CA beside the impostor, the CRL is the real one's.
    const both = await check({ 'crl/root.pem': revokedPem }, { entries: [entry(impostor), entry(root)] });
    expect(both.findings).toEqual([]);
    expect(both.files[0]!.issuerFingerprint).toBe(cert(root).fingerprint);
  });

  it('crl-expired at nextUpdate and after, or without one; crl-not-yet-valid before thisUpdate', async () => {
    const { files } = await check({ 'crl/root.pem': revokedPem });
    const { thisUpdate, nextUpdate } = files[0]!.crl;
    const at = (ms: number) => check({ 'crl/root.pem': revokedPem }, { now: new Date(ms) });
    expect((await at(nextUpdate!.getTime() - 1)).findings).toEqual([]);
    expect((await at(thisUpdate.getTime())).findings).toEqual([]);
    const expired = await at(nextUpdate!.getTime());
    expect(expired.findings).toMatchObject([{ code: 'crl-expired', file: 'crl/root.pem' }]);
    expect(expired.findings[0]!.message).toContain(nextUpdate!.toISOString());
    const early = await at(thisUpdate.getTime() - 1);
    expect(early.findings).toMatchObject([{ code: 'crl-not-yet-valid', file: 'crl/root.pem' }]);
    const old = signer.crl({
      args: ['-crl_lastupdate', '200101000000Z', '-crl_nextupdate', '200201000000Z'],
    });
    expect(codes((await check({ 'crl/old.pem': old })).findings)).toEqual(['crl-expired']);
    const open = withoutNextUpdate(toDer(revokedPem), root);
    // openssl checks the hand-made CRL's signature: it is a real CRL, only without nextUpdate.
    writeFileSync(path.join(pki.dir, 'endless.crl'), open);
    const verified = spawnSync(
      'openssl',
      ['crl', '-inform', 'DER', '-in', 'endless.crl', '-noout', '-CAfile', root.certPath],
      {
        cwd: pki.dir,
        encoding: 'utf8',
      },
    );
    expect(verified.status).toBe(0);
    expect(verified.stderr + verified.stdout).toContain('verify OK');
    const endless = await check({ 'crl/endless.crl': open });
    expect(endless.files[0]!.crl.nextUpdate).toBeUndefined();
    expect(endless.findings).toMatchObject([{ code: 'crl-expired', file: 'crl/endless.crl' }]);
    expect(endless.findings[0]!.message).toContain('no nextUpdate');
  });

  it('crl-too-large: a file over the quota, or a DER file whose PEM is', async () => {
    const der = toDer(revokedPem);
    const pemBytes = Buffer.byteLength((await check({ 'crl/r.crl': der })).files[0]!.pem);
    const quota = (fileBytes: number, files: Record<string, Uint8Array>) =>
      check(files, { quotas: { fileBytes } });
    expect((await quota(pemBytes, { 'crl/r.crl': der })).findings).toEqual([]);
    const asPem = await quota(der.length, { 'crl/r.crl': der });
    expect(asPem.findings).toMatchObject([{ code: 'crl-too-large', file: 'crl/r.crl' }]);
    expect(asPem.findings[0]!.message).toContain(`quota of ${der.length.toLocaleString('en-US')} bytes`);
    expect(asPem.findings[0]!.message).toContain('PEM');
    const file = await quota(revokedPem.length - 1, { 'crl/r.pem': revokedPem });
    expect(file.findings).toMatchObject([{ code: 'crl-too-large', file: 'crl/r.pem', severity: 'error' }]);
    expect(file.files).toEqual([]);
  });

  it('crl-too-many-entries: the entries of all files together, over the quota', async () => {
    const second = new CrlSigner(otherRoot, 'other', pki.dir)
      .revoke(pki.leaf('A', otherRoot))
      .revoke(pki.leaf('B', otherRoot));
    const files = { 'crl/1.pem': revokedPem, 'crl/2.pem': second.crl() };
    const under = await check(files, { quotas: { entriesPerTrustStore: 3 } });
    expect(under.findings).toEqual([]);
    const over = await check(files, { quotas: { entriesPerTrustStore: 2 } });
    expect(over.findings).toMatchObject([{ code: 'crl-too-many-entries', file: 'crl/2.pem' }]);
    expect(over.findings[0]!.message).toContain('quota of 2 revoked entries');
    expect(over.findings[0]!.message).toContain('(3 in all)');
  });

  it('crl-too-many-lists: 30 lists fit a trust store, the 31st does not', async () => {
    const lists = new CrlSigner(root, 'partitions', pki.dir);
    const files: Record<string, Buffer> = {};
    for (let i = 1; i <= 31; i++) {
      files[`crl/p${String(i).padStart(2, '0')}.pem`] = lists.crl({
        extensions: [idp(`http://crl.example/${i}.crl`)],
      });
    }
    const thirty = await check(files, { patterns: ['crl/**', '!crl/p31.pem'] });
    expect(thirty.findings).toEqual([]);
    expect(thirty.files).toHaveLength(30);
    const all = await check(files);
    expect(all.findings).toMatchObject([
      { code: 'crl-too-many-lists', file: 'crl/p31.pem', severity: 'error' },
    ]);
    expect(all.findings[0]!.message).toContain('quota of 30 revocation files');
  });

  it('crl-conflict: two different CRLs of one scope; other distribution points do not conflict', async () => {
    const newer = signer.crl();
    const { findings } = await check({ 'crl/a.pem': revokedPem, 'crl/b.pem': newer });
    expect(findings).toMatchObject([{ code: 'crl-conflict', file: 'crl/b.pem', severity: 'error' }]);
    expect(findings[0]!.message).toContain('crl/a.pem');
    const parted = await check({
      'crl/a.pem': signer.crl({ extensions: [idp('http://crl.example/a.crl')] }),
      'crl/b.pem': signer.crl({ extensions: [idp('http://crl.example/b.crl')] }),
    });
    expect(parted.findings).toEqual([]);
  });

  it('gives every finding the severity of its code and one line', async () => {
    const { findings } = await check({
      'crl/x.crl': 'junk',
      'crl/a.pem': revokedPem,
      'crl/b.pem': revokedPem,
    });
    expect(findings.length).toBe(2);
    for (const f of findings) {
      expect(f.severity).toBe(FINDING_CODES[f.code].severity);
      expect(f.message).not.toContain('\n');
      expect(f.message).toMatch(/https:\/\/docs\.aws\.amazon\.com\/elasticloadbalancing\/|delete one/);
    }
  });
});

describe('revokedClientFindings', () => {
  let files: RevocationFile[];
  let byEighty: TestCert;
  let impostorEighty: TestCert;
  beforeAll(async () => {
    byEighty = clientWithSerial(root, '0x80', 'serial-80');
    impostorEighty = clientWithSerial(impostor, '0x80', 'impostor-80');
    const crl = new CrlSigner(root, 'clients', pki.dir).revoke(revokedLeaf).revoke(byEighty.certPath).crl();
    files = (await check({ 'crl/root.pem': crl })).files;
    expect(files[0]!.serials).toContain('0080');
  });
  const client = (c: TestCert | Certificate, p = 'clients/c.pem') => ({
    certificate: 'fingerprint' in c ? c : cert(c),
    path: p,
  });

  it('flags a client whose serial its own CA revoked, once, naming both files', () => {
    const found = revokedClientFindings(files, [client(revokedLeaf), client(revokedLeaf), client(goodLeaf)]);
    expect(found).toMatchObject([
      {
        code: 'client-revoked',
        severity: 'error',
        file: 'clients/c.pem',
        fingerprint: cert(revokedLeaf).fingerprint,
      },
    ]);
    expect(found[0]!.message).toContain('crl/root.pem');
    expect(found[0]!.message).toContain(normalSerial(cert(revokedLeaf).serialNumber));
  });

  it('compares serials as numbers: the DER sign byte and leading zeros do not matter', () => {
    expect(cert(byEighty).serialNumber).toBe('0080');
    expect(revokedClientFindings(files, [client(byEighty)])).toHaveLength(1);
    const padded = { ...cert(byEighty), serialNumber: '000080' };
    expect(revokedClientFindings(files, [client(padded)])).toHaveLength(1);
    expect(normalSerial('0080')).toBe('80');
    expect(normalSerial('00')).toBe('00');
    expect(normalSerial('0A1B')).toBe('0a1b');
    expect(normalSerial('00ff00000000000000000000000000000000ff')).toBe(
      'ff00000000000000000000000000000000ff',
    );
  });

  it('does not flag the same serial from another CA of the same name (another key)', () => {
    expect(cert(impostorEighty).issuerKey).toBe(cert(byEighty).issuerKey);
    expect(revokedClientFindings(files, [client(impostorEighty)])).toEqual([]);
    const otherIssuer = { ...cert(byEighty), issuerKey: cert(otherRoot).subjectKey };
    expect(revokedClientFindings(files, [client(otherIssuer)])).toEqual([]);
  });
});
