/**
 * How the plan shows trust stores (src/report/markdown/targets.ts in the Markdown plan, and the
 * CLI's renderPlanText): a section per trust store with its name, the version it serves (or that
 * no version holds what it serves), its listeners, the certificates its clients gain or lose, and
 * the revocation lists and serials that change; the domain table leaves trust stores out. The plan
 * is made by the plan's own functions from real certificates and CRLs (openssl); values an
 * attacker could choose are then planted in it to check the escaping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSections, identifyServed } from '../../src/pipeline/served.js';
import { analyze, defaultPolicy, parseCertificateDer } from '../../src/pki/index.js';
import type { Truststore } from '../../src/pki/model.js';
import { buildPlan, type LiveVersion, parseTruststoreUri } from '../../src/plan/diff.js';
import type { Plan } from '../../src/plan/model.js';
import { markdownText, plainText } from '../../src/report/escape.js';
import { renderPlanMarkdown } from '../../src/report/markdown/plan.js';
import { targetSections } from '../../src/report/markdown/targets.js';
import { renderPlanText } from '../../src/report/text.js';
import type { LiveTarget } from '../../src/targets/target.js';
import { CrlSigner } from '../support/crl.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { revocationFilesOf } from '../support/revocation-files.js';

const LOCATION = parseTruststoreUri('s3://example-truststores/alb/truststore.pem');
const PARTNERS = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef';
const TENANTS = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/tenants/fedcba9876543210';
const LISTENER =
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/partners-alb/50dc6c495c0c9188/f2f7dc8efc522ab2';
const API = 'api.example.com';
const HOSTILE = '<img src=x onerror=alert(1)> | **bold** [x](javascript:alert(1)) @org/team';

type Target = LiveTarget & { kind: { id: string } };

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let partner: TestCert;
let leaf: TestCert;
let desired: Truststore;
let issuingCrl: Buffer;
let rootCrl: Buffer;

beforeAll(() => {
  pki = TestPki.create('targets-render-');
  root = pki.root('root', { subject: '/O=Example/CN=Example Root' });
  issuing = pki.intermediate('issuing', root, { subject: '/O=Example/CN=Example Issuing CA' });
  partner = pki.intermediate('partner', root, { subject: '/O=Example/CN=Partner CA' });
  leaf = pki.leaf('partner-a', issuing);
  desired = truststoreOf([root, issuing]);
  issuingCrl = new CrlSigner(issuing, 'issuing', pki.dir).revoke(leaf).crl();
  rootCrl = new CrlSigner(root, 'root', pki.dir).crl();
});
afterAll(() => pki?.cleanup());

const pemOf = (certs: readonly TestCert[]) => Buffer.from(certs.map((c) => c.pem).join(''));
function truststoreOf(certs: readonly TestCert[]): Truststore {
  const analysis = analyze([{ path: 'ca/bundle.pem', bytes: pemOf(certs) }], defaultPolicy());
  if (!analysis.truststore) throw new Error(JSON.stringify(analysis.findings));
  return analysis.truststore;
}
const version = (versionId: string | undefined, bytes: Uint8Array): LiveVersion => ({
  ...(versionId ? { versionId } : {}),
  bytes,
  analysis: analyze([{ path: versionId ?? 'served', bytes }], defaultPolicy()),
});
/** A certificate as the plan lists it: its subject, expiry and fingerprint prefix, as the engine reads it. */
function summaryOf(c: TestCert) {
  const cert = parseCertificateDer(c.der, { file: c.certPath, line: 1 });
  return {
    subject: cert.subject,
    expires: cert.notAfter.toISOString().slice(0, 10),
    fp: cert.fingerprint.slice(0, 16),
  };
}
const serialOf = (c: TestCert) => parseCertificateDer(c.der, { file: c.certPath, line: 1 }).serialNumber;

function trustStore(
  name: string,
  served: Uint8Array,
  tagged: string | undefined,
  extra: Partial<LiveTarget>,
): Target {
  return {
    state: {
      domainName: name,
      status: 'ACTIVE',
      mtlsEnabled: true,
      warnings: [],
      ...(tagged ? { truststoreVersion: tagged } : {}),
    },
    served,
    kind: { id: 'elb' },
    ...extra,
  };
}
const facts = (name: string, listeners: string) => [
  { label: 'Name', value: name },
  { label: 'Status', value: 'ACTIVE' },
  { label: 'CA certificates', value: '1' },
  { label: 'Revocation lists', value: '0 (0 revoked entries)' },
  { label: 'Listeners', value: listeners },
];

/**
 * The plan of a deploy that adds the issuing CA: api.example.com and the tenants trust store are on
 * v1 (the root alone), the partners trust store serves root and partner CA (changed by hand). The
 * issuing CA's CRL is new; tenants carries the root's list, whose file left the repository.
 */
async function plan(): Promise<Plan> {
  const files = await revocationFilesOf(pki.dir, desired.entries, { 'crl/issuing.pem': issuingCrl });
  const v1 = version('v1', pemOf([root]));
  const targets: Target[] = [
    {
      state: {
        domainName: API,
        status: 'AVAILABLE',
        mtlsEnabled: true,
        warnings: [],
        truststoreVersion: 'v1',
      },
      kind: { id: 'api-gateway' },
    },
    trustStore(PARTNERS, pemOf([root, partner]), 'v1', {
      facts: facts('partners', 'none (no listener uses it yet)'),
      revocations: [],
    }),
    trustStore(TENANTS, pemOf([root]), 'v1', {
      facts: facts('tenants', LISTENER),
      revocations: [{ revocationId: 5, entries: 0, content: rootCrl }],
    }),
  ];
  const served = identifyServed(targets, new Map([['v1', v1]]), v1, (t) => version(undefined, t.served!));
  const p = buildPlan({
    location: LOCATION,
    desired,
    desiredFindings: [],
    latest: v1,
    pinned: [v1],
    domains: targets.map((t) => t.state),
    unidentified: [PARTNERS],
  });
  addSections(p, targets, served, desired, files);
  return p;
}

/** The lines of a Markdown section, from its heading to the next heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `no heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && /^#{3,5} /.test(l));
  return lines.slice(start, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('the Markdown plan of trust stores', () => {
  it('shows each trust store: name, the version it serves, its facts, its clients’ change, its revocation lists', async () => {
    const md = renderPlanMarkdown(await plan(), { maxLength: Number.POSITIVE_INFINITY });
    const added = summaryOf(issuing);
    const removed = summaryOf(partner);
    const rootSubject = summaryOf(root).subject;
    expect(section(md, '##### tenants')).toEqual([
      `##### tenants · \`${TENANTS}\``,
      '- Serves version `v1`; **deploy points it at the new version**.',
      '- Status: ACTIVE',
      '- CA certificates: 1',
      '- Revocation lists: 0 (0 revoked entries)',
      `- Listeners: ${LISTENER}`,
      '- Its clients: +1 −0 CA certificates against what it serves now:',
      `  - ➕ ${added.subject} (intermediate, expires ${added.expires}, \`${added.fp}\`)`,
      '- Revocation lists:',
      '  - ➕ crl/issuing.pem (new list)',
      `  - ➖ list 5 (${rootSubject}): its file left the repository`,
      `  - **Newly revoked** (1, refused once deployed): \`${serialOf(leaf)}\` (${added.subject})`,
    ]);
    expect(section(md, '##### partners')).toEqual([
      `##### partners · \`${PARTNERS}\``,
      '- Serves a bundle that no object version holds; **deploy points it at the new version**.',
      '- Status: ACTIVE',
      '- CA certificates: 1',
      '- Revocation lists: 0 (0 revoked entries)',
      '- Listeners: none (no listener uses it yet)',
      '- Its clients: +1 −1 CA certificates against what it serves now:',
      `  - ➕ ${added.subject} (intermediate, expires ${added.expires}, \`${added.fp}\`)`,
      `  - ➖ ${removed.subject} (intermediate, expires ${removed.expires}, \`${removed.fp}\`)`,
      '- Revocation lists:',
      '  - ➕ crl/issuing.pem (new list)',
      `  - **Newly revoked** (1, refused once deployed): \`${serialOf(leaf)}\` (${added.subject})`,
    ]);
    // In the order plan read them, under one heading.
    expect(md.split('\n').filter((l) => /^#### Trust stores$/.test(l))).toHaveLength(1);
    expect(md.indexOf('##### partners')).toBeGreaterThan(md.indexOf('#### Trust stores'));
    expect(md.indexOf('##### tenants')).toBeGreaterThan(md.indexOf('##### partners'));
  });

  it('leaves trust stores out of the domain table, and counts them as targets rolled', async () => {
    const md = renderPlanMarkdown(await plan(), { maxLength: Number.POSITIVE_INFINITY });
    const rows = section(md, '#### Domains').slice(1);
    expect(rows[0]).toBe('| Domain | Status | Pinned to | After merge | Change for its clients |');
    expect(rows.slice(2)).toEqual([`| ${API} | AVAILABLE | \`v1\` | rolled to the new version | +1 −0 |`]);
    expect(md).toContain(
      `Deploy uploads a new object version and rolls 3 targets: ${API}, ${PARTNERS}, ${TENANTS}.`,
    );
  });

  it('has no domain table when every target is a trust store, and says "unchanged" for lists that do not change', async () => {
    const p = await plan();
    p.domains = p.domains.filter((d) => d.domainName !== API);
    p.domainsToRoll = p.domainsToRoll.filter((d) => d !== API);
    const tenants = p.targets?.find((s) => s.name === TENANTS);
    if (!tenants?.revocations) throw new Error('no revocations');
    tenants.revocations = { ...tenants.revocations, changed: false };
    tenants.added = [];
    tenants.unchanged = 2;
    tenants.roll = false;
    const md = renderPlanMarkdown(p, { maxLength: Number.POSITIVE_INFINITY });
    expect(md).not.toContain('#### Domains');
    const lines = section(md, '##### tenants');
    expect(lines).toContain('- Serves version `v1`; deploy does not touch its CA bundle.');
    expect(lines).toContain('- Its clients: no change (2 CA certificates stay).');
    expect(lines).toContain('- Revocation lists: unchanged (1 list).');
  });

  it('shortens long lists to the limit, saying how many are left out', async () => {
    const p = await plan();
    const partners = p.targets?.find((s) => s.name === PARTNERS);
    if (!partners?.revocations) throw new Error('no revocations');
    partners.revocations.serialsAdded = [
      { issuer: 'CN=A', serial: '01' },
      { issuer: 'CN=A', serial: '02' },
      { issuer: 'CN=A', serial: '03' },
    ];
    const lines = targetSections(p, 1).split('\n');
    const at = lines.indexOf(`##### partners · \`${PARTNERS}\``);
    expect(lines.slice(at)).toContain('  - … 1 more certificate');
    expect(lines.slice(at)).toContain(
      '  - **Newly revoked** (3, refused once deployed): `01` (CN=A) and 2 more',
    );
  });

  it('is empty without trust stores', async () => {
    const p = await plan();
    delete p.targets;
    expect(targetSections(p, 10)).toBe('');
    expect(renderPlanMarkdown(p)).not.toContain('Trust stores');
  });

  describe('escaping', () => {
    it('escapes a trust store name, a fact, a file name, an issuer and a serial that carry Markdown or HTML', async () => {
      const p = await plan();
      const tenants = p.targets?.find((s) => s.name === TENANTS);
      if (!tenants?.revocations) throw new Error('no revocations');
      tenants.facts = facts(HOSTILE, `${LISTENER} | </details>`);
      tenants.versionId = 'v1`<b>';
      tenants.revocations.add = ['crl/<script>alert(1)</script>|.pem'];
      tenants.revocations.remove = [{ revocationId: 5, issuer: 'CN=*evil* <i>' }];
      tenants.revocations.serialsAdded = [{ issuer: 'CN=[x](y)', serial: '0a`b' }];
      const md = renderPlanMarkdown(p, { maxLength: Number.POSITIVE_INFINITY });
      const lines = section(md, `##### ${markdownText(HOSTILE)}`);
      expect(lines[0]).toBe(`##### ${markdownText(HOSTILE)} · \`${TENANTS}\``);
      expect(lines).toContain(
        `- Serves version ${markdownText('v1`<b>')}; **deploy points it at the new version**.`,
      );
      expect(lines).toContain(`- Listeners: ${markdownText(`${LISTENER} | </details>`)}`);
      expect(lines).toContain(`  - ➕ ${markdownText('crl/<script>alert(1)</script>|.pem')} (new list)`);
      expect(lines).toContain(
        `  - ➖ list 5 (${markdownText('CN=*evil* <i>')}): its file left the repository`,
      );
      expect(lines).toContain(
        `  - **Newly revoked** (1, refused once deployed): ${markdownText('0a`b')} (${markdownText('CN=[x](y)')})`,
      );
      // No HTML, no table cell, no link, no mention reaches the comment.
      const body = lines.join('\n');
      expect(body).not.toMatch(/<(img|script|b|i|\/details)/);
      expect(body).not.toMatch(/(?<!\\)\|/);
      expect(body).not.toContain('](');
      expect(body).not.toMatch(/@org/);
    });
  });
});

describe('the text plan of trust stores', () => {
  it('shows each target, what it rolls from, and under a trust store its own change and lists', async () => {
    const lines = renderPlanText(await plan()).split('\n');
    const from = (name: string) => lines.indexOf(lines.find((l) => l.includes(`${name}: `)) ?? '');
    expect(lines).toContain(`  ~ ${API}: rolls from version v1 to the new version`);
    expect(lines.slice(from(PARTNERS), from(PARTNERS) + 4)).toEqual([
      `  ~ ${PARTNERS}: rolls from a bundle no version holds to the new version`,
      '      +1 -1 CA certificates against what it serves now',
      '      revocation lists: + crl/issuing.pem',
      `      revokes ${serialOf(leaf)}`,
    ]);
    expect(lines.slice(from(TENANTS), from(TENANTS) + 4)).toEqual([
      `  ~ ${TENANTS}: rolls from version v1 to the new version`,
      '      +1 -0 CA certificates against what it serves now',
      '      revocation lists: + crl/issuing.pem, - list 5',
      `      revokes ${serialOf(leaf)}`,
    ]);
    // Added: the issuing CA (everywhere, once); removed: the partner CA (from partners).
    expect(lines.at(-1)).toBe(
      '1 added, 1 removed; uploads a new version; rolls 3 targets; changes the revocation lists of 2 trust stores',
    );
  });

  it('a trust store that does not roll stays where it is, with no lines of its own when nothing changes for it', async () => {
    const p = await plan();
    p.domainsToRoll = p.domainsToRoll.filter((d) => d !== TENANTS);
    const tenants = p.targets?.find((s) => s.name === TENANTS);
    if (!tenants?.revocations) throw new Error('no revocations');
    tenants.added = [];
    tenants.revocations = { ...tenants.revocations, changed: false };
    const lines = renderPlanText(p).split('\n');
    const at = lines.indexOf(`  = ${TENANTS}: stays on version v1`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).not.toMatch(/^ {6}/);
  });

  it('a change to revocation lists alone is not "up to date"', async () => {
    const p = await plan();
    p.domains = p.domains.filter((d) => d.domainName === TENANTS);
    p.targets = p.targets?.filter((s) => s.name === TENANTS);
    Object.assign(p, { upload: false, domainsToRoll: [], addedCount: 0, removedCount: 0, upToDate: false });
    expect(renderPlanText(p).split('\n').at(-1)).toBe(
      '0 added, 0 removed; uploads nothing; rolls no target; changes the revocation lists of 1 trust store',
    );
  });

  it('shows control characters in a file name or serial as U+XXXX, never raw', async () => {
    const p = await plan();
    const tenants = p.targets?.find((s) => s.name === TENANTS);
    if (!tenants?.revocations) throw new Error('no revocations');
    const file = 'crl/\u001b[31mred\u001b[0m\n::warning::forged.pem';
    tenants.revocations.add = [file];
    tenants.revocations.serialsRemoved = [{ issuer: 'CN=x', serial: '0b\u202e' }];
    const text = renderPlanText(p);
    expect(text).not.toMatch(/[\u001b\u202e]/);
    const lines = text.split('\n');
    expect(lines).toContain(`      revocation lists: + ${plainText(file)}, - list 5`);
    expect(lines).toContain('      un-revokes 0bU+202E');
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
  });
});

describe('the plan headline speaks for every target’s clients', () => {
  it('names the CA a trust store’s clients lose, not one of a version no target serves', () => {
    // The latest version holds root and an old root no target serves; one trust store serves the
    // root, the other root and the partner CA. The new truststore is root and the issuing CA.
    const oldRoot = pki.root('old-root', { subject: '/O=Example/CN=Old Root' });
    const latest = version('v1', pemOf([root, oldRoot]));
    const targets: Target[] = [
      trustStore(PARTNERS, pemOf([root]), undefined, { facts: facts('partners', LISTENER) }),
      trustStore(TENANTS, pemOf([root, partner]), undefined, { facts: facts('tenants', LISTENER) }),
    ];
    const served = identifyServed(targets, new Map(), latest, (t) => version(undefined, t.served!));
    const p = buildPlan({
      location: LOCATION,
      desired,
      desiredFindings: [],
      latest,
      pinned: [],
      domains: targets.map((t) => t.state),
      unidentified: [PARTNERS, TENANTS],
    });
    addSections(p, targets, served, desired, undefined);
    expect(p.addedCount).toBe(1);
    expect(p.removedCount).toBe(1);
    const md = renderPlanMarkdown(p);
    const refused = md.split('\n').find((l) => l.includes('removed are refused')) ?? '';
    expect(refused).toContain('1 CA certificate');
    expect(md).not.toContain('#### CA certificates (against');
    const text = renderPlanText(p);
    expect(text).toContain(`- ${summaryOf(partner).subject}`);
    expect(text).not.toContain('Old Root');
    expect(text).toContain(`+ ${summaryOf(issuing).subject}`);
  });
});
