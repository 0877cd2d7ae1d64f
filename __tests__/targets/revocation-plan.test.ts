/**
 * planRevocations: the desired CRL files (checked by checkRevocationFiles) against the revocations
 * a trust store holds, with CRLs signed by `openssl ca -gencrl` at test time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraph, readSources } from '../../scripts/shape-lib.mjs';
import { parseCrl } from '../../src/pki/crl.js';
import type { TruststoreEntry } from '../../src/pki/model.js';
import { parseCertificateDer } from '../../src/pki/parse.js';
import { checkRevocationFiles, type RevocationFile } from '../../src/targets/elb/revocation-files.js';
import { type LiveRevocation, planRevocations } from '../../src/targets/elb/revocation-plan.js';
import { type TestCert, TestPki } from '../support/pki.js';

let pki: TestPki;
let alpha: TestCert;
let beta: TestCert;
let entries: TruststoreEntry[];
let made = 0;

/**
 * A CRL of `ca` revoking exactly `serials` (hex), made by `openssl ca -gencrl` from a database
 * written by hand: no certificate needs to exist. Each call has a new CRL number.
 */
function makeCrl(
  ca: TestCert,
  serials: readonly string[],
  opts: { idp?: string; aki?: boolean } = {},
): Buffer {
  const dir = path.join(pki.dir, `db-${++made}`);
  mkdirSync(dir);
  const rows = serials.map(
    (s, i) => `R\t300101000000Z\t2401${String(i + 1).padStart(2, '0')}000000Z\t${s}\tunknown\t/CN=c${i}`,
  );
  writeFileSync(path.join(dir, 'index.txt'), rows.map((r) => `${r}\n`).join(''));
  writeFileSync(path.join(dir, 'number'), `${made.toString(16).padStart(2, '0')}\n`);
  const extensions = [
    ...(opts.aki === false ? [] : ['authorityKeyIdentifier = keyid:always']),
    ...(opts.idp ? [`issuingDistributionPoint = critical, @dp`, '[ dp ]', `fullname = URI:${opts.idp}`] : []),
  ];
  const config = ['[ ca ]', 'default_ca = db', '[ db ]', 'database = index.txt', 'crlnumber = number']
    .concat([`certificate = ${ca.certPath}`, `private_key = ${ca.keyPath}`, 'default_md = sha256'])
    .concat(['default_crl_days = 10', 'crl_extensions = crl_exts', '[ crl_exts ]', ...extensions]);
  writeFileSync(path.join(dir, 'db.cnf'), `${config.join('\n')}\n`);
  execFileSync('openssl', ['ca', '-config', 'db.cnf', '-gencrl', '-out', 'crl.pem'], {
    cwd: dir,
    stdio: 'pipe',
  });
  return readFileSync(path.join(dir, 'crl.pem'));
}

/** The desired files, as validate hands them to the plan. */
async function desired(files: Record<string, Buffer>): Promise<RevocationFile[]> {
  const workspace = mkdtempSync(path.join(pki.dir, 'ws-'));
  for (const [rel, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    writeFileSync(path.join(workspace, rel), bytes);
  }
  const checked = await checkRevocationFiles({ workspace, patterns: ['**/*.pem'], entries, now: new Date() });
  expect(checked.findings).toEqual([]);
  return checked.files;
}

/** A revocation as the trust store returns it, parsed as the caller does. */
function live(revocationId: number, content: Buffer | string): LiveRevocation {
  const { crl, problem } = parseCrl(Buffer.from(content), `revocation ${revocationId}`);
  return crl
    ? { revocationId, entries: crl.revoked.length, crl }
    : { revocationId, entries: 0, problem: problem ?? 'unreadable' };
}

const ALPHA = 'CN=Alpha CA, O=Test PKI';
const BETA = 'CN=Beta CA, O=Test PKI';

beforeAll(() => {
  pki = TestPki.create('revocation-plan-');
  alpha = pki.root('Alpha CA');
  beta = pki.root('Beta CA');
  entries = [alpha, beta].map((c) => ({
    certificate: parseCertificateDer(c.der, { file: c.certPath, line: 1 }),
    role: 'root' as const,
  }));
});
afterAll(() => pki.cleanup());

describe('planRevocations', () => {
  it('keeps a live revocation with the same content: no change, no serial moves', async () => {
    const crl = makeCrl(alpha, ['01', '80']);
    const plan = planRevocations(await desired({ 'crl/alpha.pem': crl }), [live(7, crl)]);
    expect(plan).toEqual({
      keep: [{ file: 'crl/alpha.pem', revocationId: 7 }],
      add: [],
      replace: [],
      remove: [],
      serialsAdded: [],
      serialsRemoved: [],
      changed: false,
    });
    // A file twice (validate warns crl-duplicate and keeps one; the plan does the same on its own).
    const [file] = await desired({ 'crl/alpha.pem': crl });
    const twice = planRevocations([file!, { ...file!, path: 'crl/copy.pem' }], [live(7, crl)]);
    expect(twice.keep).toEqual([{ file: 'crl/alpha.pem', revocationId: 7 }]);
    expect(twice.add).toEqual([]);
    expect(twice.changed).toBe(false);
  });

  it('replaces a newer CRL of the same scope, and lists the serials it adds and drops', async () => {
    const files = await desired({ 'crl/alpha.pem': makeCrl(alpha, ['01', '80', '0a1b']) });
    const plan = planRevocations(files, [live(3, makeCrl(alpha, ['01', '02']))]);
    expect(plan.keep).toEqual([]);
    expect(plan.add).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(plan.replace.map((r) => [r.file.path, r.revocationId])).toEqual([['crl/alpha.pem', 3]]);
    expect(plan.serialsAdded).toEqual([
      { issuer: ALPHA, serial: '0080' },
      { issuer: ALPHA, serial: '0a1b' },
    ]);
    expect(plan.serialsRemoved).toEqual([{ issuer: ALPHA, serial: '02' }]);
    expect(plan.changed).toBe(true);
  });

  it('adds a file of a new scope and removes a live list whose file left the repository', async () => {
    const files = await desired({ 'crl/beta.pem': makeCrl(beta, ['05']) });
    const plan = planRevocations(files, [live(4, makeCrl(alpha, ['01']))]);
    expect(plan.add.map((f) => f.path)).toEqual(['crl/beta.pem']);
    expect(plan.remove).toEqual([{ revocationId: 4, issuer: ALPHA }]);
    expect(plan.replace).toEqual([]);
    expect(plan.serialsAdded).toEqual([{ issuer: BETA, serial: '05' }]);
    expect(plan.serialsRemoved).toEqual([{ issuer: ALPHA, serial: '01' }]);
    expect(plan.changed).toBe(true);
  });

  it('removes unreadable live content, and one of two live copies of the same CRL', async () => {
    const crl = makeCrl(alpha, ['01']);
    const files = await desired({ 'crl/alpha.pem': crl });
    const plan = planRevocations(files, [live(9, crl), live(2, 'not a crl'), live(5, crl)]);
    expect(plan.keep).toEqual([{ file: 'crl/alpha.pem', revocationId: 5 }]);
    expect(plan.remove).toEqual([{ revocationId: 2 }, { revocationId: 9, issuer: ALPHA }]);
    expect(plan.add).toEqual([]);
    expect(plan.replace).toEqual([]);
    // The copy's serials are still served by the kept one; the unreadable list's are unknown.
    expect(plan.serialsAdded).toEqual([]);
    expect(plan.serialsRemoved).toEqual([]);
    expect(plan.changed).toBe(true);
  });

  it('tells the partitions of one CA apart by issuingDistributionPoint', async () => {
    const files = await desired({
      'crl/part-a.pem': makeCrl(alpha, ['01', '03'], { idp: 'http://crl.example/a.crl' }),
      'crl/part-b.pem': makeCrl(alpha, ['02'], { idp: 'http://crl.example/b.crl' }),
    });
    const oldA = makeCrl(alpha, ['01'], { idp: 'http://crl.example/a.crl' });
    const whole = makeCrl(alpha, ['01', '02']);
    const plan = planRevocations(files, [live(1, whole), live(2, oldA)]);
    expect(plan.replace.map((r) => [r.file.path, r.revocationId])).toEqual([['crl/part-a.pem', 2]]);
    expect(plan.add.map((f) => f.path)).toEqual(['crl/part-b.pem']);
    expect(plan.remove).toEqual([{ revocationId: 1, issuer: ALPHA }]);
    expect(plan.serialsAdded).toEqual([{ issuer: ALPHA, serial: '03' }]);
    expect(plan.serialsRemoved).toEqual([]);
  });

  it('gives a live CRL without authorityKeyIdentifier its scope from the truststore CA that signed it', async () => {
    const files = await desired({ 'crl/alpha.pem': makeCrl(alpha, ['01', '02'], { aki: false }) });
    const old = live(6, makeCrl(alpha, ['01'], { aki: false }));
    const withCas = planRevocations(files, [old], entries);
    expect(withCas.replace.map((r) => r.revocationId)).toEqual([6]);
    expect(withCas.remove).toEqual([]);
    // Without the CAs the live list's key is unknown: removed and added instead of replaced.
    const blind = planRevocations(files, [old]);
    expect(blind.replace).toEqual([]);
    expect(blind.remove).toEqual([{ revocationId: 6, issuer: ALPHA }]);
    expect(blind.add.map((f) => f.path)).toEqual(['crl/alpha.pem']);
  });

  it('is deterministic: the order of the inputs does not change the plan', async () => {
    const files = await desired({
      'crl/alpha.pem': makeCrl(alpha, ['ff', '10', '0100']),
      'crl/beta.pem': makeCrl(beta, ['20']),
    });
    const lives = [live(8, makeCrl(beta, ['21'])), live(1, makeCrl(alpha, ['11'])), live(4, 'junk')];
    const plan = planRevocations(files, lives);
    expect(planRevocations([...files].reverse(), [...lives].reverse())).toEqual(plan);
    expect(plan.serialsAdded).toEqual([
      { issuer: ALPHA, serial: '10' },
      { issuer: ALPHA, serial: '00ff' },
      { issuer: ALPHA, serial: '0100' },
      { issuer: BETA, serial: '20' },
    ]);
    expect(plan.serialsRemoved).toEqual([
      { issuer: ALPHA, serial: '11' },
      { issuer: BETA, serial: '21' },
    ]);
    expect(plan.replace.map((r) => [r.file.path, r.revocationId])).toEqual([
      ['crl/alpha.pem', 1],
      ['crl/beta.pem', 8],
    ]);
    expect(plan.remove).toEqual([{ revocationId: 4 }]);
  });

  it('uses the sha256 the caller gives for a live revocation', async () => {
    const crl = makeCrl(alpha, ['01']);
    const files = await desired({ 'crl/alpha.pem': crl });
    const wrong = { ...live(1, crl), sha256: '00'.repeat(32) };
    const plan = planRevocations(files, [wrong]);
    // Not the same content by the caller's word: the same scope, so a replacement.
    expect(plan.keep).toEqual([]);
    expect(plan.replace.map((r) => r.revocationId)).toEqual([1]);
  });
});

describe('the revocation modules', () => {
  it('reach only src/pki, src/workspace and each other, so validate and plan load no AWS SDK', () => {
    const sources = readSources(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
    const { edges } = importGraph(sources);
    const reached = new Set<string>();
    const visit = (file: string): void => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of edges.get(file) ?? []) visit(next);
    };
    visit('src/targets/elb/revocation-plan.ts');
    expect(reached.has('src/targets/elb/revocation-files.ts')).toBe(true);
    const own = /^src\/(pki|workspace)\/|^src\/targets\/elb\/revocation-(files|plan)\.ts$/;
    expect([...reached].filter((f) => !own.test(f))).toEqual([]);
    expect(
      sources.filter((s) => reached.has(s.file) && s.text.includes("'@aws-sdk/")).map((s) => s.file),
    ).toEqual([]);
  });
});
