/**
 * Targets that serve a bundle of their own (src/pipeline/served.ts): which object version a trust
 * store holds (its tag is believed only when that version holds what it serves), its section of
 * the plan against what it serves, the plan's totals across sections, and the revocation lists a
 * deploy would change. Versions and bundles are analysed by the real engine from openssl
 * certificates and CRLs.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSections, identifyServed, revocationChanges } from '../../src/pipeline/served.js';
import { analyze, defaultPolicy, parseCertificateDer } from '../../src/pki/index.js';
import type { Truststore } from '../../src/pki/model.js';
import { buildPlan, type LiveVersion, parseTruststoreUri } from '../../src/plan/diff.js';
import type { Plan } from '../../src/plan/model.js';
import type { LiveRevocationList, LiveTarget } from '../../src/targets/target.js';
import { CrlSigner } from '../support/crl.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { revocationFilesOf } from '../support/revocation-files.js';

const LOCATION = parseTruststoreUri('s3://example-truststores/alb/truststore.pem');
const arn = (name: string) =>
  `arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/${name}/0123456789abcdef`;
const PARTNERS = arn('partners');
const TENANTS = arn('tenants');

type Target = LiveTarget & { kind: { id: string } };

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let partner: TestCert;
let oldRoot: TestCert;

beforeAll(() => {
  pki = TestPki.create('served-');
  root = pki.root('root', { subject: '/O=Example/CN=Example Root' });
  issuing = pki.intermediate('issuing', root, { subject: '/O=Example/CN=Example Issuing CA' });
  partner = pki.intermediate('partner', root, { subject: '/O=Example/CN=Partner Issuing CA' });
  oldRoot = pki.root('old-root', { subject: '/O=Example/CN=Old Root' });
});
afterAll(() => pki?.cleanup());

const pemOf = (certs: readonly TestCert[]) => Buffer.from(certs.map((c) => c.pem).join(''));
/** SHA-256 of the DER: the fingerprint, computed here on its own. */
const fp = (c: TestCert) => createHash('sha256').update(c.der).digest('hex');
const fps = (list: readonly { fingerprint: string }[]) => list.map((c) => c.fingerprint).sort();

/** One object version (or a served bundle, without a version id) as the engine analyses it. */
function version(versionId: string | undefined, content: Uint8Array): LiveVersion {
  const path = versionId ? `${LOCATION.uri}?versionId=${versionId}` : 'served';
  return {
    ...(versionId ? { versionId, etag: `"${versionId}"` } : {}),
    bytes: content,
    analysis: analyze([{ path, bytes: content }], defaultPolicy()),
  };
}
const versionOf = (versionId: string, certs: readonly TestCert[]) => version(versionId, pemOf(certs));

function truststoreOf(certs: readonly TestCert[]): Truststore {
  const analysis = analyze([{ path: 'ca/bundle.pem', bytes: pemOf(certs) }], defaultPolicy());
  if (!analysis.truststore) throw new Error(JSON.stringify(analysis.findings));
  return analysis.truststore;
}

/** A trust store as its kind reads it: what it serves, the version it was tagged with. */
function trustStore(
  name: string,
  served: Uint8Array | undefined,
  tagged?: string,
  extra: Partial<LiveTarget> = {},
): Target {
  return {
    state: {
      domainName: name,
      status: 'ACTIVE',
      mtlsEnabled: true,
      warnings: [],
      ...(tagged ? { truststoreVersion: tagged } : {}),
    },
    ...(served ? { served } : {}),
    facts: [
      { label: 'Name', value: name.split('/')[1] ?? name },
      { label: 'Listeners', value: 'none (no listener uses it yet)' },
    ],
    kind: { id: 'elb' },
    ...extra,
  };
}
/** An API Gateway domain: it serves no bundle of its own, only the version it pins. */
const domain = (name: string, pinned?: string): Target => ({
  state: {
    domainName: name,
    status: 'AVAILABLE',
    mtlsEnabled: true,
    warnings: [],
    ...(pinned ? { truststoreVersion: pinned } : {}),
  },
  kind: { id: 'api-gateway' },
});

/** identifyServed as plan.ts calls it: each served bundle analysed once, counted here. */
function identify(
  targets: Target[],
  versions: ReadonlyMap<string, LiveVersion | null>,
  latest: LiveVersion | undefined,
) {
  const analysed: string[] = [];
  const served = identifyServed(targets, versions, latest, (t) => {
    analysed.push(t.state.domainName);
    return version(undefined, t.served ?? new Uint8Array());
  });
  return { served, analysed };
}

describe('identifyServed', () => {
  it('believes the tag when the tagged version holds exactly the certificates served', () => {
    const v1 = versionOf('v1', [root, issuing]);
    const v2 = versionOf('v2', [root, issuing]);
    const v3 = versionOf('v3', [root, issuing]);
    // v1, v2 and the latest v3 all hold them: the tag wins.
    const t = trustStore(PARTNERS, pemOf([root, issuing]), 'v2');
    identify(
      [t],
      new Map([
        ['v1', v1],
        ['v2', v2],
      ]),
      v3,
    );
    expect(t.state.truststoreVersion).toBe('v2');
  });

  it('compares certificates as a set: another order, and text between blocks, serve the same version', () => {
    const v1 = versionOf('v1', [root, issuing]);
    const served = Buffer.from(`# served by ELB\n${issuing.pem}\n${root.pem}${issuing.pem}`);
    const t = trustStore(PARTNERS, served, 'v1');
    identify([t], new Map([['v1', v1]]), v1);
    expect(t.state.truststoreVersion).toBe('v1');
  });

  it('does not believe a tag whose version holds other certificates: the latest, when it holds them', () => {
    const v1 = versionOf('v1', [root]);
    const v2 = versionOf('v2', [root, issuing]);
    const t = trustStore(PARTNERS, pemOf([root, issuing]), 'v1');
    identify([t], new Map([['v1', v1]]), v2);
    expect(t.state.truststoreVersion).toBe('v2');
  });

  it('does not take a version that holds a subset or a superset of what is served', () => {
    const subset = versionOf('v1', [root]);
    const superset = versionOf('v2', [root, issuing, partner]);
    const t = trustStore(PARTNERS, pemOf([root, issuing]), 'v1');
    identify([t], new Map([['v1', subset]]), superset);
    expect(t.state).not.toHaveProperty('truststoreVersion');
  });

  it('falls back to any version read (another target’s), when neither the tag nor the latest holds it', () => {
    const v1 = versionOf('v1', [root]);
    const v2 = versionOf('v2', [root, partner]);
    const v3 = versionOf('v3', [root, issuing]);
    const tenants = trustStore(TENANTS, pemOf([root, partner]), 'v1');
    identify(
      [tenants, domain('api.example.com', 'v2')],
      new Map([
        ['v1', v1],
        ['v2', v2],
      ]),
      v3,
    );
    expect(tenants.state.truststoreVersion).toBe('v2');
  });

  it('skips a tagged version S3 no longer has, and a version without an id', () => {
    const latest = version(undefined, pemOf([root, issuing]));
    const t = trustStore(PARTNERS, pemOf([root, issuing]), 'v9');
    identify([t], new Map([['v9', null]]), latest);
    expect(t.state).not.toHaveProperty('truststoreVersion');
    const again = trustStore(PARTNERS, pemOf([root, issuing]), 'v9');
    identify([again], new Map<string, LiveVersion | null>([['v9', null]]), versionOf('v4', [root, issuing]));
    expect(again.state.truststoreVersion).toBe('v4');
  });

  it('clears the version of a trust store that serves a bundle no version holds (changed by hand)', () => {
    const v1 = versionOf('v1', [root, issuing]);
    const t = trustStore(PARTNERS, pemOf([root, issuing, oldRoot]), 'v1');
    identify([t], new Map([['v1', v1]]), v1);
    expect(t.state).not.toHaveProperty('truststoreVersion');
  });

  it('analyses each served bundle once, returns it by name, and leaves domains alone', () => {
    const v1 = versionOf('v1', [root]);
    const api = domain('api.example.com', 'v7');
    const partners = trustStore(PARTNERS, pemOf([root]), 'v1');
    const tenants = trustStore(TENANTS, pemOf([root, issuing]));
    const { served, analysed } = identify([api, partners, tenants], new Map([['v1', v1]]), v1);
    expect(analysed).toEqual([PARTNERS, TENANTS]);
    expect([...served.keys()]).toEqual([PARTNERS, TENANTS]);
    expect(fps(served.get(TENANTS)?.analysis.entries.map((e) => e.certificate) ?? [])).toEqual(
      [fp(root), fp(issuing)].sort(),
    );
    // A domain pins what it pins, even a version that was not read.
    expect(api.state.truststoreVersion).toBe('v7');
    expect(partners.state.truststoreVersion).toBe('v1');
    expect(tenants.state).not.toHaveProperty('truststoreVersion');
  });
});

/** plan.ts's order: identify what is served, build the plan, then add the sections. */
function planFor(
  targets: Target[],
  desired: Truststore,
  live: { latest?: LiveVersion; versions?: LiveVersion[] },
  revocations?: Parameters<typeof addSections>[4],
) {
  const read = new Map((live.versions ?? []).map((v) => [v.versionId ?? '', v]));
  const { served } = identify(targets, read, live.latest);
  const pinnedIds = [...new Set(targets.flatMap((t) => t.state.truststoreVersion ?? []))];
  const unidentified = targets.filter((t) => served.has(t.state.domainName) && !t.state.truststoreVersion);
  const plan: Plan = buildPlan({
    location: LOCATION,
    desired,
    desiredFindings: [],
    ...(live.latest ? { latest: live.latest } : {}),
    pinned: pinnedIds.flatMap((id) => read.get(id) ?? (live.latest?.versionId === id ? [live.latest] : [])),
    domains: targets.map((t) => t.state),
    unidentified: unidentified.map((t) => t.state.domainName),
  });
  const before = structuredClone(plan);
  addSections(plan, targets, served, desired, revocations);
  return { plan, before };
}

describe('addSections', () => {
  it('gives each trust store its own diff against what it serves, with its facts and the version it holds', () => {
    const desired = truststoreOf([root, issuing]);
    const v1 = versionOf('v1', [root]);
    const partners = trustStore(PARTNERS, pemOf([root]), 'v1');
    const tenants = trustStore(TENANTS, pemOf([root, partner]));
    const { plan } = planFor([partners, tenants], desired, { latest: v1, versions: [v1] });
    expect(plan.targets?.map((s) => s.name)).toEqual([PARTNERS, TENANTS]);
    const [p, t] = plan.targets ?? [];
    expect(p).toMatchObject({
      kind: 'elb',
      name: PARTNERS,
      status: 'ACTIVE',
      versionId: 'v1',
      facts: partners.facts,
      unchanged: 1,
      roll: true,
    });
    expect(fps(p?.added ?? [])).toEqual([fp(issuing)]);
    expect(p?.removed).toEqual([]);
    expect(t).not.toHaveProperty('versionId');
    expect(fps(t?.added ?? [])).toEqual([fp(issuing)]);
    expect(fps(t?.removed ?? [])).toEqual([fp(partner)]);
    expect(t?.unchanged).toBe(1);
    // Without revocation-files, no section says anything about revocation lists.
    expect(p).not.toHaveProperty('revocations');
  });

  it('counts certificates as the union across sections, and leaves the primary diff out when every target is a trust store', () => {
    const desired = truststoreOf([root, issuing]);
    // Neither trust store serves the latest version: the primary diff is against it (+issuing −old root).
    const latest = versionOf('v1', [root, oldRoot]);
    const partners = trustStore(PARTNERS, pemOf([root]));
    const tenants = trustStore(TENANTS, pemOf([root, partner]));
    const { plan, before } = planFor([partners, tenants], desired, { latest, versions: [latest] });
    expect(fps(before.primary.removed)).toEqual([fp(oldRoot)]);
    expect([before.addedCount, before.removedCount]).toEqual([1, 1]);
    // issuing is added to both (once); partner is removed from tenants; old root is no trust store's.
    expect(plan.addedCount).toBe(1);
    expect(plan.removedCount).toBe(1);
    expect(fps(plan.targets?.flatMap((s) => s.removed) ?? [])).toEqual([fp(partner)]);
  });

  it('adds the primary diff when some target is a domain', () => {
    const desired = truststoreOf([root, issuing]);
    const v1 = versionOf('v1', [root, oldRoot]);
    const api = domain('api.example.com', 'v1');
    const tenants = trustStore(TENANTS, pemOf([root, partner]));
    const { plan } = planFor([api, tenants], desired, { latest: v1, versions: [v1] });
    expect(plan.targets?.map((s) => s.name)).toEqual([TENANTS]);
    // Added: issuing (domain and trust store alike); removed: old root (domain) and partner (trust store).
    expect(plan.addedCount).toBe(1);
    expect(plan.removedCount).toBe(2);
  });

  it('marks roll from domainsToRoll: a trust store already on the latest, identical version is not rolled', () => {
    const desired = truststoreOf([root, issuing]);
    const latest = version('v1', Buffer.from(desired.pem));
    const partners = trustStore(PARTNERS, Buffer.from(desired.pem), 'v1');
    const tenants = trustStore(TENANTS, pemOf([root]));
    const { plan } = planFor([partners, tenants], desired, { latest, versions: [latest] });
    expect(plan.upload).toBe(false);
    expect(plan.domainsToRoll).toEqual([TENANTS]);
    expect(plan.targets?.map((s) => [s.name, s.roll])).toEqual([
      [PARTNERS, false],
      [TENANTS, true],
    ]);
  });

  describe('with revocation-files', () => {
    let signer: CrlSigner;
    beforeAll(() => {
      signer = new CrlSigner(issuing, 'addsections', pki.dir).revoke(pki.leaf('revoked', issuing));
    });

    it('a change to the revocation lists alone is a change: not up to date, has changes, nothing rolled', async () => {
      const desired = truststoreOf([root, issuing]);
      const files = await revocationFilesOf(pki.dir, desired.entries, { 'crl/issuing.pem': signer.crl() });
      const latest = version('v1', Buffer.from(desired.pem));
      const partners = trustStore(PARTNERS, Buffer.from(desired.pem), 'v1', { revocations: [] });
      const { plan, before } = planFor([partners], desired, { latest, versions: [latest] }, files);
      expect([before.upToDate, before.hasChanges]).toEqual([true, false]);
      expect(plan.upToDate).toBe(false);
      expect(plan.hasChanges).toBe(true);
      expect(plan.upload).toBe(false);
      expect(plan.domainsToRoll).toEqual([]);
      expect(plan.targets?.[0]).toMatchObject({ roll: false, added: [], removed: [] });
      expect(plan.targets?.[0]?.revocations).toMatchObject({ add: ['crl/issuing.pem'], changed: true });
      expect([plan.addedCount, plan.removedCount]).toEqual([0, 0]);
    });

    it('the same lists as live change nothing: still up to date', async () => {
      const desired = truststoreOf([root, issuing]);
      const crl = signer.crl();
      const files = await revocationFilesOf(pki.dir, desired.entries, { 'crl/issuing.pem': crl });
      const latest = version('v1', Buffer.from(desired.pem));
      const lists: LiveRevocationList[] = [{ revocationId: 4, entries: 1, content: crl }];
      const partners = trustStore(PARTNERS, Buffer.from(desired.pem), 'v1', { revocations: lists });
      const { plan } = planFor([partners], desired, { latest, versions: [latest] }, files);
      expect(plan.upToDate).toBe(true);
      expect(plan.hasChanges).toBe(false);
      expect(plan.targets?.[0]?.revocations).toMatchObject({
        live: [{ revocationId: 4, entries: 1, file: 'crl/issuing.pem' }],
        changed: false,
      });
    });

    it('a target that carries no lists (no revocations read) gets no revocation part', async () => {
      const desired = truststoreOf([root, issuing]);
      const files = await revocationFilesOf(pki.dir, desired.entries, { 'crl/issuing.pem': signer.crl() });
      const partners = trustStore(PARTNERS, pemOf([root]));
      const { plan } = planFor([partners], desired, {}, files);
      expect(plan.targets?.[0]).not.toHaveProperty('revocations');
    });
  });

  it('leaves a plan of domains only as buildPlan made it', () => {
    const desired = truststoreOf([root, issuing]);
    const v1 = versionOf('v1', [root]);
    const { plan, before } = planFor([domain('api.example.com', 'v1')], desired, {
      latest: v1,
      versions: [v1],
    });
    expect(plan).toEqual(before);
    expect(plan).not.toHaveProperty('targets');
  });
});

describe('revocationChanges', () => {
  let desired: Truststore;
  let serialOf: (c: TestCert) => string;
  let subjectOf: (c: TestCert) => string;
  let leafA: TestCert;
  let leafB: TestCert;
  let leafC: TestCert;
  let issuingOld: Buffer;
  let issuingNew: Buffer;
  let rootCrl: Buffer;
  let partnerCrl: Buffer;

  beforeAll(() => {
    desired = truststoreOf([root, issuing, partner]);
    serialOf = (c) => parseCertificateDer(c.der, { file: c.certPath, line: 1 }).serialNumber;
    const bySubject = new Map(desired.entries.map((e) => [e.certificate.fingerprint, e.certificate.subject]));
    subjectOf = (c) => bySubject.get(fp(c)) ?? '?';
    leafA = pki.leaf('leaf-a', issuing);
    leafB = pki.leaf('leaf-b', issuing);
    leafC = pki.leaf('leaf-c', partner);
    const issuingSigner = new CrlSigner(issuing, 'changes-issuing', pki.dir).revoke(leafA);
    issuingOld = issuingSigner.crl();
    issuingNew = issuingSigner.revoke(leafB).crl();
    rootCrl = new CrlSigner(root, 'changes-root', pki.dir).crl();
    partnerCrl = new CrlSigner(partner, 'changes-partner', pki.dir).revoke(leafC).crl();
  });

  it('keeps the same list, replaces a newer one of the same CA, adds a new CA’s, removes what it cannot read', async () => {
    const files = await revocationFilesOf(pki.dir, desired.entries, {
      'crl/issuing.pem': issuingNew,
      'crl/root.pem': rootCrl,
      'crl/partner.pem': partnerCrl,
    });
    const t = trustStore(PARTNERS, Buffer.from(desired.pem), 'v1', {
      revocations: [
        { revocationId: 11, entries: 1, content: issuingOld },
        { revocationId: 12, entries: 0, content: rootCrl },
        { revocationId: 13, entries: 2, content: Buffer.from('not a CRL') },
        // Listed without its content (revocation-files was not set when it was read).
        { revocationId: 14, entries: 3 },
      ],
    });
    const changes = revocationChanges(t, files, desired.entries);
    expect(changes.live).toEqual([
      { revocationId: 11, entries: 1, issuer: subjectOf(issuing) },
      { revocationId: 12, entries: 0, issuer: subjectOf(root), file: 'crl/root.pem' },
      { revocationId: 13, entries: 2 },
      { revocationId: 14, entries: 3 },
    ]);
    expect(changes.add).toEqual(['crl/partner.pem']);
    expect(changes.replace).toEqual([{ file: 'crl/issuing.pem', revocationId: 11 }]);
    expect(changes.remove).toEqual([{ revocationId: 13 }, { revocationId: 14 }]);
    expect(changes.serialsAdded).toHaveLength(2);
    expect(changes.serialsAdded).toEqual(
      expect.arrayContaining([
        { issuer: subjectOf(issuing), serial: serialOf(leafB) },
        { issuer: subjectOf(partner), serial: serialOf(leafC) },
      ]),
    );
    expect(changes.serialsRemoved).toEqual([]);
    expect(changes.changed).toBe(true);
  });

  it('a list whose file is no longer there is removed with its issuer, and its serials are no longer revoked', async () => {
    const files = await revocationFilesOf(pki.dir, desired.entries, { 'crl/root.pem': rootCrl });
    const t = trustStore(PARTNERS, Buffer.from(desired.pem), 'v1', {
      revocations: [
        { revocationId: 1, entries: 0, content: rootCrl },
        { revocationId: 2, entries: 2, content: issuingNew },
      ],
    });
    const changes = revocationChanges(t, files, desired.entries);
    expect(changes).toEqual({
      live: [
        { revocationId: 1, entries: 0, issuer: subjectOf(root), file: 'crl/root.pem' },
        { revocationId: 2, entries: 2, issuer: subjectOf(issuing) },
      ],
      add: [],
      replace: [],
      remove: [{ revocationId: 2, issuer: subjectOf(issuing) }],
      serialsAdded: [],
      serialsRemoved: expect.arrayContaining([
        { issuer: subjectOf(issuing), serial: serialOf(leafA) },
        { issuer: subjectOf(issuing), serial: serialOf(leafB) },
      ]),
      changed: true,
    });
    expect(changes.serialsRemoved).toHaveLength(2);
  });

  it('the same lists, in PEM as read back from the trust store: nothing changes', async () => {
    const files = await revocationFilesOf(pki.dir, desired.entries, {
      'crl/issuing.pem': issuingNew,
      'crl/partner.pem': partnerCrl,
    });
    // ELB returns what was uploaded: the canonical PEM of each file.
    const t = trustStore(PARTNERS, Buffer.from(desired.pem), 'v1', {
      revocations: files.map((f, i) => ({
        revocationId: 20 + i,
        entries: f.serials.length,
        content: Buffer.from(f.pem),
      })),
    });
    const changes = revocationChanges(t, files, desired.entries);
    expect(changes).toEqual({
      live: files.map((f, i) => ({
        revocationId: 20 + i,
        entries: f.serials.length,
        issuer: f.crl.issuer,
        file: f.path,
      })),
      add: [],
      replace: [],
      remove: [],
      serialsAdded: [],
      serialsRemoved: [],
      changed: false,
    });
  });
});
