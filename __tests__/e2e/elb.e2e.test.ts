/**
 * End to end: the bundled action (dist/index.js) under Node 24 against local servers that speak the
 * S3 and the Elastic Load Balancing (Query, SigV4) wire protocols, reached through
 * AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2. Trust stores next to, and
 * instead of, API Gateway domains: the plan against each trust store's live bundle, the deploy that
 * names the object version, waits for ACTIVE and tags it, the re-run that writes nothing, and the
 * rollback of every target a failed run moved. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificateDer } from '../../src/pki/parse.js';
import { type ActionRun, runAction } from '../support/action-runner.js';
import { CrlSigner } from '../support/crl.js';
import { FakeApiGateway } from '../support/fake-apigateway.js';
import { type RunningServer, sdkEnvironment } from '../support/fake-aws-http.js';
import { FakeElb } from '../support/fake-elb.js';
import { FakeS3 } from '../support/fake-s3.js';
import { type TestCert, TestPki } from '../support/pki.js';

const BUCKET = 'example-truststores';
const KEY = 'alb/truststore.pem';
const URI = `s3://${BUCKET}/${KEY}`;
const REGION = 'eu-west-1';
const ELB_WRITES = ['ModifyTrustStore', 'AddTags', 'AddTrustStoreRevocations', 'RemoveTrustStoreRevocations'];

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let partnerRoot: TestCert;
const servers: RunningServer[] = [];
let workspaces = 0;

interface World {
  s3: FakeS3;
  elb: FakeElb;
  gateway: FakeApiGateway;
  env: Record<string, string>;
}

async function world(creatingPolls = 1): Promise<World> {
  const s3 = new FakeS3({ region: REGION });
  s3.createBucket(BUCKET, 'Enabled');
  const elb = new FakeElb({ region: REGION, creatingPolls });
  elb.readS3 = (bucket, key, version) =>
    s3
      .versions(bucket, key)
      .find((v) => !v.deleteMarker && (version === undefined || v.versionId === version))?.body;
  const gateway = new FakeApiGateway({
    region: REGION,
    updatingPolls: 1,
    truststoreExists: (uri, version) =>
      uri === URI && s3.versions(BUCKET, KEY).some((v) => v.versionId === version),
  });
  const [s3Server, elbServer, gatewayServer] = await Promise.all([s3.start(), elb.start(), gateway.start()]);
  servers.push(s3Server, elbServer, gatewayServer);
  const env = {
    ...sdkEnvironment(s3Server.url, gatewayServer.url, REGION),
    AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: elbServer.url,
  };
  return { s3, elb, gateway, env };
}

function workspace(certs: TestCert[], files: Record<string, string> = {}): string {
  const dir = path.join(pki.dir, `workspace-${++workspaces}`);
  mkdirSync(path.join(dir, 'ca'), { recursive: true });
  for (const cert of certs) writeFileSync(path.join(dir, 'ca', `${cert.name}.pem`), cert.pem);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function run(
  w: World,
  mode: string,
  dir: string,
  targets: { arns?: string[]; domains?: string[] },
  extra: Record<string, string> = {},
) {
  return runAction({
    workspace: dir,
    env: w.env,
    inputs: {
      mode,
      'ca-files': 'ca/*.pem',
      'truststore-uri': URI,
      'elb-trust-store-arns': (targets.arns ?? []).join('\n'),
      'domain-names': (targets.domains ?? []).join('\n'),
      'domain-update-interval-seconds': '0',
      'poll-interval-seconds': '0',
      'wait-timeout-seconds': '20',
      comment: 'never',
      // The reviewed-plan contract has its own tests; these are about the wire.
      'require-reviewed-plan': 'false',
      ...extra,
    },
  });
}

const log = (r: ActionRun) => `${r.stdout}\n${r.stderr}`;
const elbWrites = (w: World, from = 0) =>
  w.elb.calls.slice(from).filter((c) => ELB_WRITES.includes(c.action));
const bundleOf = (certs: TestCert[]) => certs.map((c) => c.pem).join('');

beforeAll(() => {
  pki = TestPki.create('e2e-elb-');
  root = pki.root('root', { subject: '/O=Example/CN=Example Root' });
  issuing = pki.intermediate('issuing', root, { subject: '/O=Example/CN=Example Issuing CA' });
  partnerRoot = pki.root('partner-root', { subject: '/O=Partner/CN=Partner Root' });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  pki?.cleanup();
});

describe('a trust store without any domain', () => {
  let w: World;
  let arn: string;
  let listener: string;

  it('plans against the bundle the trust store serves, with its listeners, and identifies the version it holds', async () => {
    w = await world();
    const v1 = w.s3.putObject(BUCKET, KEY, bundleOf([root]));
    listener = w.elb.listenerArn('partners-alb');
    arn = w.elb.addTrustStore('partners', bundleOf([root]), [listener]);
    const result = await run(w, 'plan', workspace([root, issuing]), { arns: [arn] });
    expect(result.exitCode, log(result)).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['added-count']).toBe('1');
    expect(result.outputs['removed-count']).toBe('0');
    const plan = JSON.parse(result.outputs.plan ?? '{}');
    expect(plan.targets).toHaveLength(1);
    expect(plan.targets[0]).toMatchObject({
      kind: 'elb',
      name: arn,
      status: 'ACTIVE',
      versionId: v1.versionId,
      roll: true,
    });
    expect(plan.targets[0].added.map((c: { subject: string }) => c.subject)).toEqual([
      'CN=Example Issuing CA, O=Example',
    ]);
    expect(plan.targets[0].facts).toContainEqual({ label: 'Listeners', value: listener });
    expect(result.outputs['plan-markdown']).toContain('#### Trust stores');
    expect(result.outputs['plan-markdown']).toContain(listener);
    // The bundle was read through the presigned URL, without credentials.
    const downloads = w.elb.requests.filter((r) => r.operation === 'GetBundle');
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(elbWrites(w)).toEqual([]);
  });

  it('deploys: one new version, ModifyTrustStore naming it, ACTIVE again, tagged', async () => {
    const result = await run(w, 'deploy', workspace([root, issuing]), { arns: [arn] });
    expect(result.exitCode, log(result)).toBe(0);
    const versions = w.s3.versions(BUCKET, KEY);
    expect(versions).toHaveLength(2);
    const v2 = versions[1]?.versionId;
    const modify = w.elb.callsOf('ModifyTrustStore');
    expect(modify).toHaveLength(1);
    expect(modify[0]?.params).toMatchObject({
      TrustStoreArn: arn,
      CaCertificatesBundleS3Bucket: BUCKET,
      CaCertificatesBundleS3Key: KEY,
      CaCertificatesBundleS3ObjectVersion: v2,
    });
    const store = w.elb.trustStores.get(arn);
    expect(store?.status).toBe('ACTIVE');
    expect(
      Buffer.from(store?.bundle ?? []).equals(readFileSync(result.outputs['truststore-file'] ?? '')),
    ).toBe(true);
    expect(store?.tags['mtls-truststore:object-version']).toBe(v2);
    expect(result.outputs['version-id']).toBe(v2);
    expect(JSON.parse(result.outputs['deployed-domains'] ?? '[]')).toEqual([arn]);
  });

  it('a re-run with nothing changed makes no ELB write and uploads nothing', async () => {
    const before = { elb: w.elb.calls.length, puts: w.s3.requestsFor('PutObject').length };
    const result = await run(w, 'deploy', workspace([root, issuing]), { arns: [arn] });
    expect(result.exitCode, log(result)).toBe(0);
    expect(elbWrites(w, before.elb)).toEqual([]);
    expect(w.s3.requestsFor('PutObject')).toHaveLength(before.puts);
    expect(result.outputs['has-changes']).toBe('false');
  });

  it('a trust store changed by hand is planned against what it serves, not against the latest version', async () => {
    const store = w.elb.trustStores.get(arn);
    if (!store) throw new Error('no trust store');
    store.bundle = Buffer.from(bundleOf([root, issuing, partnerRoot]));
    const result = await run(w, 'plan', workspace([root, issuing]), { arns: [arn] });
    expect(result.exitCode, log(result)).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.outputs['added-count']).toBe('0');
    expect(result.outputs['removed-count']).toBe('1');
    const plan = JSON.parse(result.outputs.plan ?? '{}');
    expect(plan.targets[0].versionId).toBeUndefined();
    expect(plan.drift.join('\n')).toContain('serves a bundle that no version of');
  });

  it('an unknown trust store ARN fails naming it, before any write', async () => {
    const missing = arn.replace(/\/[0-9a-f]+$/, '/0000000000000000');
    const before = w.elb.calls.length;
    const result = await run(w, 'deploy', workspace([root, issuing, partnerRoot]), { arns: [missing] });
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain(missing);
    expect(log(result)).toContain('elb-trust-store-arns');
    expect(result.outputs['failure-reason']).toBe('invalid-input');
    expect(elbWrites(w, before)).toEqual([]);
  });
});

describe('validate applies the trust store quotas when trust stores are named', () => {
  it('refuses 26 CA certificates for a trust store, and accepts them for domains only', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      pki.root(`many-${i}`, { subject: `/O=Many/CN=Root ${i}` }),
    );
    const dir = workspace([root, ...many]);
    const arn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef';
    const elb = await runAction({
      workspace: dir,
      inputs: { mode: 'validate', 'ca-files': 'ca/*.pem', 'elb-trust-store-arns': arn },
    });
    expect(elb.exitCode).toBe(1);
    expect(elb.outputs['failure-reason']).toBe('validation-failed');
    expect(elb.outputs.findings).toContain('elb-too-many-certificates');
    const domains = await runAction({ workspace: dir, inputs: { mode: 'validate', 'ca-files': 'ca/*.pem' } });
    expect(domains.exitCode, log(domains)).toBe(0);
  });
});

describe('a failed run rolls back every target it moved', () => {
  it('a trust store ELB refuses rolls back the domain and the trust store moved before it', async () => {
    const w = await world(2);
    const v1 = w.s3.putObject(BUCKET, KEY, bundleOf([root]));
    const first = w.elb.addTrustStore('partners', bundleOf([root]));
    const second = w.elb.addTrustStore('tenants', bundleOf([root]));
    w.gateway.addDomain('api.example.com', { truststoreUri: URI, truststoreVersion: v1.versionId });
    w.elb.failFor(second, 'ModifyTrustStore', 'InvalidCaCertificatesBundle', 'bundle refused (injected)');
    const result = await run(w, 'deploy', workspace([root, issuing]), {
      arns: [first, second],
      domains: ['api.example.com'],
    });
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain(`Deploy stopped at ${second} (failed)`);
    expect(log(result)).toContain('Rolled back to their previous versions');
    const v2 = w.s3.versions(BUCKET, KEY)[1]?.versionId;
    // Every target is where it was: the domain on v1, the first trust store on v1 again.
    expect(w.gateway.domain('api.example.com').mtls?.truststoreVersion).toBe(v1.versionId);
    expect(w.gateway.domain('api.example.com').versionHistory).toEqual([v2, v1.versionId]);
    const modify = w.elb.callsOf('ModifyTrustStore').filter((c) => c.status === 200);
    expect(modify.map((c) => [c.params.TrustStoreArn, c.params.CaCertificatesBundleS3ObjectVersion])).toEqual(
      [
        [first, v2],
        [first, v1.versionId],
      ],
    );
    expect(w.elb.trustStores.get(first)?.bundleSource?.version).toBe(v1.versionId);
    expect(w.elb.trustStores.get(second)?.bundleSource).toBeUndefined();
    expect(JSON.parse(result.outputs['deployed-domains'] ?? 'null')).toEqual([]);
  });

  it('waits for ACTIVE before the rollback write of a trust store still CREATING', async () => {
    const w = await world(50);
    const v1 = w.s3.putObject(BUCKET, KEY, bundleOf([root]));
    const arn = w.elb.addTrustStore('partners', bundleOf([root]));
    // The update is accepted, then the trust store stays CREATING past wait-timeout-seconds.
    const result = await run(
      w,
      'deploy',
      workspace([root, issuing]),
      { arns: [arn] },
      { 'wait-timeout-seconds': '1' },
    );
    expect(result.exitCode).toBe(1);
    expect(log(result)).toContain('CREATING');
    const calls = w.elb.calls.map((c) => `${c.action}:${c.status}${c.errorCode ? `:${c.errorCode}` : ''}`);
    const writes = calls.filter((c) => c.startsWith('ModifyTrustStore'));
    // No rollback write while the trust store was CREATING: it either waited it out or named the fix.
    expect(writes.filter((c) => c.includes('TrustStoreNotReady'))).toEqual([]);
    expect(log(result)).toMatch(/rollback of .*partners.* (failed|to version)/);
    expect(log(result)).toContain('aws elbv2 modify-trust-store');
    expect(log(result)).toContain(`--ca-certificates-bundle-s3-object-version ${v1.versionId}`);
  });
});

describe('revocation lists', () => {
  const CRLS = { 'revocation-files': 'crl/*.pem' };
  let w: World;
  let arn: string;
  let issuingLists: CrlSigner;
  let leafA: TestCert;
  let leafB: TestCert;
  let issuingCrl: Buffer;
  let rootCrl: Buffer;
  const serialOf = (c: TestCert) => parseCertificateDer(c.der, { file: c.certPath, line: 1 }).serialNumber;
  const sha = (pem: Buffer) =>
    createHash('sha256')
      .update(execFileSync('openssl', ['crl', '-outform', 'DER'], { input: pem }))
      .digest('hex');
  const liveLists = () => w.elb.trustStores.get(arn)?.revocations ?? [];
  const withLists = (lists: Record<string, Buffer>) =>
    workspace(
      [root, issuing],
      Object.fromEntries(Object.entries(lists).map(([k, v]) => [`crl/${k}`, v.toString()])),
    );

  it('a change to revocation lists alone uploads each under its own key and adds it, without ModifyTrustStore', async () => {
    w = await world();
    w.s3.putObject(BUCKET, KEY, bundleOf([root, issuing]));
    arn = w.elb.addTrustStore('partners', bundleOf([root, issuing]));
    leafA = pki.leaf('partner-a', issuing);
    leafB = pki.leaf('partner-b', issuing);
    issuingLists = new CrlSigner(issuing, 'e2e-issuing', pki.dir).revoke(leafA);
    issuingCrl = issuingLists.crl();
    rootCrl = new CrlSigner(root, 'e2e-root', pki.dir).crl();
    const dir = withLists({ 'issuing.pem': issuingCrl, 'root.pem': rootCrl });
    // What is live is the canonical truststore of these CA files already (an earlier deploy).
    const first = await run(w, 'deploy', workspace([root, issuing]), { arns: [arn] });
    expect(first.exitCode, log(first)).toBe(0);
    const modified = w.elb.callsOf('ModifyTrustStore').length;

    const plan = await run(w, 'plan', dir, { arns: [arn] }, CRLS);
    expect(plan.exitCode, log(plan)).toBe(0);
    expect(plan.outputs['has-changes']).toBe('true');
    const section = JSON.parse(plan.outputs.plan ?? '{}').targets[0];
    expect(section.roll).toBe(false);
    expect(section.revocations.add.sort()).toEqual(['crl/issuing.pem', 'crl/root.pem']);
    expect(section.revocations.serialsAdded.map((s: { serial: string }) => s.serial)).toEqual([
      serialOf(leafA),
    ]);
    expect(plan.outputs['plan-markdown']).toContain('Newly revoked');

    const before = w.s3.requestsFor('PutObject').length;
    const deploy = await run(w, 'deploy', dir, { arns: [arn] }, CRLS);
    expect(deploy.exitCode, log(deploy)).toBe(0);
    expect(w.elb.callsOf('ModifyTrustStore')).toHaveLength(modified);
    const puts = w.s3.requestsFor('PutObject').slice(before);
    const keys = [sha(issuingCrl), sha(rootCrl)].map((h) => `${KEY}.crl/${h}.pem`).sort();
    expect(puts.map((r) => r.path.slice(BUCKET.length + 2)).sort()).toEqual(keys);
    expect(w.s3.versions(BUCKET, KEY)).toHaveLength(2);
    const added = w.elb.callsOf('AddTrustStoreRevocations');
    expect(added).toHaveLength(1);
    expect(Object.keys(added[0]?.params ?? {}).filter((k) => k.endsWith('S3ObjectVersion'))).toHaveLength(2);
    expect(
      liveLists()
        .map((l) => l.source.key)
        .sort(),
    ).toEqual(keys);
  });

  it('a re-run with the same lists makes no ELB write', async () => {
    const before = w.elb.calls.length;
    const result = await run(
      w,
      'deploy',
      withLists({ 'issuing.pem': issuingCrl, 'root.pem': rootCrl }),
      { arns: [arn] },
      CRLS,
    );
    expect(result.exitCode, log(result)).toBe(0);
    expect(elbWrites(w, before)).toEqual([]);
    expect(result.outputs['has-changes']).toBe('false');
  });

  it('a changed CRL replaces its list (added first, the old one removed after); a file that left is removed', async () => {
    const oldIds = liveLists().map((l) => l.revocationId);
    const newer = issuingLists.revoke(leafB).crl();
    const before = w.elb.calls.length;
    const result = await run(w, 'deploy', withLists({ 'issuing.pem': newer }), { arns: [arn] }, CRLS);
    expect(result.exitCode, log(result)).toBe(0);
    const writes = elbWrites(w, before).map((c) => c.action);
    expect(writes).toEqual(['AddTrustStoreRevocations', 'RemoveTrustStoreRevocations']);
    const removed = Object.entries(w.elb.callsOf('RemoveTrustStoreRevocations').at(-1)?.params ?? {});
    expect(
      removed
        .filter(([k]) => k.startsWith('RevocationIds'))
        .map(([, v]) => Number(v))
        .sort(),
    ).toEqual(oldIds.sort());
    expect(liveLists().map((l) => l.source.key)).toEqual([`${KEY}.crl/${sha(newer)}.pem`]);
    expect(w.elb.callsOf('ModifyTrustStore').filter((c) => c.status === 200)).toHaveLength(1);
  });

  it('refuses a client certificate a CRL revokes, before anything is read or written', async () => {
    const dir = withLists({ 'issuing.pem': issuingLists.crl() });
    mkdirSync(path.join(dir, 'clients'));
    writeFileSync(path.join(dir, 'clients', 'partner-a.pem'), leafA.pem);
    const before = w.elb.calls.length;
    const result = await run(
      w,
      'deploy',
      dir,
      { arns: [arn] },
      { ...CRLS, 'client-certificates': 'clients/*.pem' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe('validation-failed');
    expect(result.outputs.findings).toContain('client-revoked');
    expect(w.elb.calls.length).toBe(before);
  });

  it('a list ELB refuses rolls back the trust store it moved and the lists it added', async () => {
    const previous = w.elb.trustStores.get(arn)?.bundleSource?.version;
    const keptLists = liveLists().map((l) => l.revocationId);
    const earlier = w.elb.callsOf('ModifyTrustStore').length;
    const partner = pki.intermediate('partner-issuing', root, {
      subject: '/O=Example/CN=Partner Issuing CA',
    });
    const partnerCrl = new CrlSigner(partner, 'e2e-partner', pki.dir).crl();
    w.elb.fail('AddTrustStoreRevocations', 'InvalidRevocationContent', 'refused (injected)');
    const dir = workspace([root, issuing, partner], {
      'crl/issuing.pem': liveLists()[0] ? Buffer.from(liveLists()[0]?.content ?? []).toString() : '',
      'crl/partner.pem': partnerCrl.toString(),
    });
    const result = await run(w, 'deploy', dir, { arns: [arn] }, CRLS);
    expect(result.exitCode, log(result)).toBe(1);
    expect(log(result)).toContain('revocation lists');
    const modify = w.elb
      .callsOf('ModifyTrustStore')
      .slice(earlier)
      .filter((c) => c.status === 200);
    // Moved to the new version, then back to the one it had.
    expect(modify).toHaveLength(2);
    expect(modify[1]?.params.CaCertificatesBundleS3ObjectVersion).toBe(
      previous ?? w.s3.versions(BUCKET, KEY)[0]?.versionId,
    );
    expect(liveLists().map((l) => l.revocationId)).toEqual(keptLists);
  });
});

describe('the audit of trust stores', () => {
  const codes = (r: ActionRun) =>
    JSON.parse(r.outputs.problems ?? '[]') as { code: string; domain: string }[];

  it('is healthy for a trust store this action deployed, and names drift, a stale list and a missing trust store', async () => {
    const w = await world();
    const arn = w.elb.addTrustStore('partners', bundleOf([root]));
    const deployed = await run(w, 'deploy', workspace([root, issuing]), { arns: [arn] });
    expect(deployed.exitCode, log(deployed)).toBe(0);
    const healthy = await run(w, 'audit', workspace([root, issuing]), { arns: [arn] });
    expect(healthy.exitCode, log(healthy)).toBe(0);
    expect(codes(healthy)).toEqual([]);

    // Changed by hand, a revocation list past its nextUpdate, and a trust store that does not exist.
    const store = w.elb.trustStores.get(arn);
    if (!store) throw new Error('no trust store');
    store.bundle = Buffer.from(bundleOf([root, partnerRoot]));
    const stale = new CrlSigner(issuing, 'e2e-stale', pki.dir).crl({
      args: ['-crl_lastupdate', '200101000000Z', '-crl_nextupdate', '200201000000Z'],
    });
    store.revocations.push({
      revocationId: 99,
      revocationType: 'CRL',
      numberOfRevokedEntries: 0,
      content: Uint8Array.from(stale),
      source: { bucket: BUCKET, key: 'elsewhere.pem' },
    });
    const missing = arn.replace(/\/[0-9a-f]+$/, '/0000000000000000');
    const result = await run(w, 'audit', workspace([root, issuing]), { arns: [arn, missing] });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe('audit-problems');
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        {
          code: 'trust-store-drift',
          domain: arn,
          severity: 'warning',
          message: expect.stringContaining(arn),
        },
        {
          code: 'crl-expired',
          domain: arn,
          severity: 'error',
          message: expect.stringContaining('2020-02-01'),
        },
        {
          code: 'trust-store-missing',
          domain: missing,
          severity: 'error',
          message: expect.stringContaining(missing),
        },
      ]),
    );
    expect(elbWrites(w).filter((c) => c.action !== 'ModifyTrustStore' && c.action !== 'AddTags')).toEqual([]);
  });
});

describe('diagnose against a trust store', () => {
  it("judges the partner's certificate with the bundle the trust store serves", async () => {
    const w = await world();
    w.s3.putObject(BUCKET, KEY, bundleOf([root]));
    const arn = w.elb.addTrustStore('partners', bundleOf([root]));
    const partner = pki.leaf('partner-diagnosed', issuing);
    const dir = workspace([root], { 'partner.pem': partner.pem });
    const result = await run(w, 'diagnose', dir, { arns: [arn] }, { 'client-certificate': 'partner.pem' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe('client-refused');
    expect(log(result)).toContain(`Elastic Load Balancing refuses`);
    expect(log(result)).toContain(`trust store ${arn} serves`);
    // Once the trust store serves the intermediate too, the same certificate is accepted.
    const store = w.elb.trustStores.get(arn);
    if (store) store.bundle = Buffer.from(bundleOf([root, issuing]));
    const accepted = await run(w, 'diagnose', dir, { arns: [arn] }, { 'client-certificate': 'partner.pem' });
    expect(accepted.exitCode, log(accepted)).toBe(0);
    expect(JSON.parse(accepted.outputs.diagnosis ?? '{}').verdict).toBe('accepted');
    // A trust store of another region is a setting to fix, named before any ELB call.
    const calls = w.elb.calls.length;
    const elsewhere = await run(
      w,
      'diagnose',
      dir,
      { arns: [arn] },
      {
        'client-certificate': 'partner.pem',
        'aws-region': 'us-east-1',
      },
    );
    expect(elsewhere.exitCode).toBe(1);
    expect(elsewhere.outputs['failure-reason']).toBe('invalid-input');
    expect(log(elsewhere)).toContain('set aws-region to eu-west-1');
    expect(w.elb.calls.length).toBe(calls);
  });
});
