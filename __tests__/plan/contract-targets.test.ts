/**
 * The reviewed-plan contract with trust stores and revocation lists (src/plan/contract.ts,
 * contractOfSettings in src/pipeline/review.ts, the marker of src/github/marker.ts): contracts
 * made before either existed still match, a trust store or a CRL that was not reviewed changes it,
 * and the refusal names what changed. Real certificates and CRLs (openssl) throughout.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT } from '../../src/github/identity.js';
import { type Marker, parseMarker, renderMarker } from '../../src/github/marker.js';
import { checkReviewedPlan, contractOfSettings } from '../../src/pipeline/review.js';
import { analyze, defaultPolicy } from '../../src/pki/index.js';
import type { Truststore } from '../../src/pki/model.js';
import { CONTRACT_FORMAT, describeDifferences, sortedDomains } from '../../src/plan/contract.js';
import type { Settings } from '../../src/settings/settings.js';
import type { RevocationFile } from '../../src/targets/elb/revocation-files.js';
import { CrlSigner } from '../support/crl.js';
import { FakeGitHub } from '../support/fake-github.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { revocationFilesOf } from '../support/revocation-files.js';
import { testSettings } from '../support/settings.js';

const URI = 's3://example-truststores/alb/truststore.pem';
const PARTNERS = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef';
const TENANTS = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/tenants/fedcba9876543210';

let pki: TestPki;
let root: TestCert;
let issuing: TestCert;
let truststore: Truststore;
let issuingLists: CrlSigner;
/** The issuing CA's CRL before and after it revoked a second certificate, and the root's. */
let issuingCrl: Buffer;
let issuingCrlNewer: Buffer;
let rootCrl: Buffer;

beforeAll(() => {
  pki = TestPki.create('contract-targets-');
  root = pki.root('root', { subject: '/O=Example/CN=Example Root' });
  issuing = pki.intermediate('issuing', root, { subject: '/O=Example/CN=Example Issuing CA' });
  const analysis = analyze(
    [{ path: 'ca/bundle.pem', bytes: Buffer.from(root.pem + issuing.pem) }],
    defaultPolicy(),
  );
  if (!analysis.truststore) throw new Error(JSON.stringify(analysis.findings));
  truststore = analysis.truststore;
  issuingLists = new CrlSigner(issuing, 'issuing', pki.dir).revoke(pki.leaf('partner-a', issuing));
  issuingCrl = issuingLists.crl();
  issuingCrlNewer = issuingLists.revoke(pki.leaf('partner-b', issuing)).crl();
  rootCrl = new CrlSigner(root, 'root', pki.dir).crl();
});
afterAll(() => pki?.cleanup());

const files = (lists: Record<string, Buffer>) => revocationFilesOf(pki.dir, truststore.entries, lists);
const settings = (over: Partial<Settings> = {}) =>
  testSettings({ truststoreUri: URI, domainNames: ['API.example.com', 'b2b.example.com'], ...over });
/** What a deploy reads back from the plan comment: the marker as the plan rendered it. */
const reviewed = (contract: ReturnType<typeof contractOfSettings>): Marker & { contract: string } => {
  const marker = parseMarker(renderMarker({ kind: 'plan', ...contract }));
  if (!marker?.contract) throw new Error('the marker lost its contract');
  return marker as Marker & { contract: string };
};
const subjects = () => undefined;
const short = (sha: string) => `SHA-256 ${sha.slice(0, 16)}…`;

describe('contracts made before trust stores and revocation lists', () => {
  /** The contract as this action computed it before either existed. */
  const oldContract = (s: Settings) =>
    createHash('sha256')
      .update(
        JSON.stringify([
          CONTRACT_FORMAT,
          truststore.sha256,
          s.truststoreUri,
          s.label ?? s.truststoreUri,
          sortedDomains(s.domainNames),
        ]),
      )
      .digest('hex');

  it('still match when neither elb-trust-store-arns nor revocation-files is set', () => {
    for (const s of [settings(), settings({ label: 'production' }), settings({ domainNames: [] })]) {
      const contract = contractOfSettings(s, truststore);
      expect(contract.contract).toBe(oldContract(s));
      expect(contract).not.toHaveProperty('crls');
      expect(describeDifferences(reviewed(contract), contract, subjects)).toEqual([]);
    }
  });

  it('still match when validation read lists that revocation-files does not manage (it is not set)', async () => {
    const lists = await files({ 'crl/issuing.pem': issuingCrl });
    const contract = contractOfSettings(settings(), truststore, lists);
    expect(contract.contract).toBe(oldContract(settings()));
    expect(contract).not.toHaveProperty('crls');
  });

  it('an old marker (no crls) matches the same contract, and names nothing', () => {
    const contract = contractOfSettings(settings(), truststore);
    const { crls: _none, ...old } = reviewed(contract);
    expect(describeDifferences(old, contract, subjects)).toEqual([]);
  });
});

describe('trust stores in the contract', () => {
  it('are named elb:<arn>, next to the domain names, so the contract changes with them', () => {
    const without = contractOfSettings(settings(), truststore);
    const withOne = contractOfSettings(settings({ elbTrustStoreArns: [PARTNERS] }), truststore);
    const withTwo = contractOfSettings(settings({ elbTrustStoreArns: [TENANTS, PARTNERS] }), truststore);
    expect(withOne.domains).toEqual(['api.example.com', 'b2b.example.com', `elb:${PARTNERS}`]);
    expect(withTwo.domains).toEqual([
      'api.example.com',
      'b2b.example.com',
      `elb:${PARTNERS}`,
      `elb:${TENANTS}`,
    ]);
    expect(new Set([without.contract, withOne.contract, withTwo.contract]).size).toBe(3);
    // The order elb-trust-store-arns lists them in is not reviewed.
    expect(
      contractOfSettings(settings({ elbTrustStoreArns: [PARTNERS, TENANTS] }), truststore).contract,
    ).toBe(withTwo.contract);
  });

  it('one added since the review is named by the input that names it, as its ARN', () => {
    const review = reviewed(contractOfSettings(settings(), truststore));
    const now = contractOfSettings(settings({ elbTrustStoreArns: [PARTNERS] }), truststore);
    expect(describeDifferences(review, now, subjects)).toEqual([
      `elb-trust-store-arns added since the review: ${PARTNERS}`,
    ]);
  });

  it('keeps the case of a trust store ARN (ARNs are case-sensitive; domain names are not)', () => {
    const mixed =
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/Partners-EU/0123456789abcdef';
    const review = reviewed(contractOfSettings(settings(), truststore));
    const now = contractOfSettings(settings({ elbTrustStoreArns: [mixed] }), truststore);
    expect(now.domains).toEqual(['api.example.com', 'b2b.example.com', `elb:${mixed}`]);
    expect(describeDifferences(review, now, subjects)).toEqual([
      `elb-trust-store-arns added since the review: ${mixed}`,
    ]);
    const lower = contractOfSettings(settings({ elbTrustStoreArns: [mixed.toLowerCase()] }), truststore);
    expect(lower.contract).not.toBe(now.contract);
  });

  it('one removed since the review is named too', () => {
    const review = reviewed(
      contractOfSettings(settings({ elbTrustStoreArns: [PARTNERS, TENANTS] }), truststore),
    );
    const now = contractOfSettings(settings({ elbTrustStoreArns: [TENANTS] }), truststore);
    expect(describeDifferences(review, now, subjects)).toEqual([
      `elb-trust-store-arns removed since the review: ${PARTNERS}`,
    ]);
  });

  it('a domain and a trust store changed together: each sentence names its own input', () => {
    const review = reviewed(contractOfSettings(settings({ elbTrustStoreArns: [TENANTS] }), truststore));
    const now = contractOfSettings(
      settings({ domainNames: ['api.example.com', 'admin.example.com'], elbTrustStoreArns: [PARTNERS] }),
      truststore,
    );
    expect(describeDifferences(review, now, subjects)).toEqual([
      'domain-names added since the review: admin.example.com',
      'domain-names removed since the review: b2b.example.com',
      `elb-trust-store-arns added since the review: ${PARTNERS}`,
      `elb-trust-store-arns removed since the review: ${TENANTS}`,
    ]);
  });
});

describe('revocation lists in the contract', () => {
  let lists: RevocationFile[];
  const managed = settings({ elbTrustStoreArns: [PARTNERS], revocationFiles: ['crl/*.pem'] });
  beforeAll(async () => {
    lists = await files({ 'crl/issuing.pem': issuingCrl, 'crl/root.pem': rootCrl });
  });
  const sha = (path: string) => lists.find((f) => f.path === path)?.sha256;

  it('are the sorted SHA-256 of each CRL’s DER, in the contract and in the marker', () => {
    const contract = contractOfSettings(managed, truststore, lists);
    // The DER of each file, hashed here on its own.
    const expected = lists.map((f) => createHash('sha256').update(f.der).digest('hex')).sort();
    expect(expected).toHaveLength(2);
    expect(contract.crls).toEqual(expected);
    expect(reviewed(contract).crls).toEqual(expected);
    // In any order, the same contract; without the lists, another one.
    expect(contractOfSettings(managed, truststore, [...lists].reverse()).contract).toBe(contract.contract);
    expect(contractOfSettings(managed, truststore, []).contract).not.toBe(contract.contract);
    const unmanaged = contractOfSettings({ ...managed, revocationFiles: [] }, truststore, lists);
    expect(unmanaged.contract).not.toBe(contract.contract);
    expect(contract.contract).toBe(
      createHash('sha256')
        .update(
          JSON.stringify([
            CONTRACT_FORMAT,
            truststore.sha256,
            URI,
            URI,
            sortedDomains(['API.example.com', 'b2b.example.com', `elb:${PARTNERS}`]),
            expected,
          ]),
        )
        .digest('hex'),
    );
  });

  it('a CRL that changed since the review is named as added and removed, by the SHA-256 of each', async () => {
    const review = reviewed(contractOfSettings(managed, truststore, lists));
    const newer = await files({ 'crl/issuing.pem': issuingCrlNewer, 'crl/root.pem': rootCrl });
    const now = contractOfSettings(managed, truststore, newer);
    const oldSha = createHash('sha256')
      .update(lists.find((f) => f.path === 'crl/issuing.pem')!.der)
      .digest('hex');
    const newSha = createHash('sha256')
      .update(newer.find((f) => f.path === 'crl/issuing.pem')!.der)
      .digest('hex');
    expect(oldSha).not.toBe(newSha);
    expect(describeDifferences(review, now, subjects)).toEqual([
      `revocation lists added or changed since the review: ${short(newSha)}`,
      `revocation lists removed or changed since the review: ${short(oldSha)}`,
    ]);
  });

  it('a CRL that left the repository is named as removed; one that arrived, as added', async () => {
    const onlyIssuing = await files({ 'crl/issuing.pem': issuingCrl });
    const rootSha = sha('crl/root.pem');
    expect(rootSha).toBeDefined();
    const full = contractOfSettings(managed, truststore, lists);
    const less = contractOfSettings(managed, truststore, onlyIssuing);
    expect(describeDifferences(reviewed(full), less, subjects)).toEqual([
      `revocation lists removed or changed since the review: ${short(rootSha ?? '')}`,
    ]);
    expect(describeDifferences(reviewed(less), full, subjects)).toEqual([
      `revocation lists added or changed since the review: ${short(rootSha ?? '')}`,
    ]);
  });

  it('revocation-files set now and not in the review (or the reverse) is named', () => {
    const before = reviewed(contractOfSettings({ ...managed, revocationFiles: [] }, truststore));
    const now = contractOfSettings(managed, truststore, lists);
    expect(describeDifferences(before, now, subjects)).toEqual([
      'revocation-files is set now and was not in the review',
    ]);
    expect(
      describeDifferences(
        reviewed(now),
        contractOfSettings({ ...managed, revocationFiles: [] }, truststore),
        subjects,
      ),
    ).toEqual(['revocation-files was set in the review and is not now']);
  });

  it('set with no list at all is still a managed, empty set: it differs from not set', () => {
    const empty = contractOfSettings(managed, truststore, []);
    expect(empty.crls).toEqual([]);
    expect(
      describeDifferences(reviewed(empty), contractOfSettings(managed, truststore, lists), subjects),
    ).toEqual([
      `revocation lists added or changed since the review: ${lists
        .map((f) => f.sha256)
        .sort()
        .map(short)
        .join(', ')}`,
    ]);
  });
});

describe('the marker carries the revocation lists', () => {
  const A = 'a'.repeat(64);
  const B = '0123456789abcdef'.repeat(4);
  const body = (extra: Record<string, unknown>) =>
    `<!-- mtls-truststore-action ${JSON.stringify({ v: 2, kind: 'plan', label: 'prod', uri: URI, contract: 'c'.repeat(64), ...extra })} -->\n### plan`;

  it('round-trips crls through renderMarker and parseMarker', () => {
    const marker = parseMarker(
      renderMarker({ kind: 'plan', label: 'prod', uri: URI, contract: 'c'.repeat(64), crls: [A, B] }),
    );
    expect(marker?.crls).toEqual([A, B]);
    expect(marker?.contract).toBe('c'.repeat(64));
  });

  it('round-trips trust store ARNs in domains, whose hyphens are escaped in the comment', () => {
    const domains = ['api.example.com', `elb:${PARTNERS}`];
    const rendered = renderMarker({ kind: 'plan', label: 'prod', uri: URI, domains });
    expect(rendered.slice('<!-- '.length, -' -->'.length)).not.toContain('-->');
    expect(rendered).not.toContain('elasticloadbalancing:eu-west-1');
    expect(parseMarker(rendered)?.domains).toEqual(domains);
  });

  it.each([
    ['an upper-case hash', [A, 'A'.repeat(64)]],
    ['a short hash', [A, 'a'.repeat(63)]],
    ['a long hash', ['a'.repeat(65)]],
    ['a number', [A, 5]],
    ['not a list', A],
    ['an object', { [A]: true }],
  ])('drops crls holding %s, and keeps the rest of the marker', (_, crls) => {
    const marker = parseMarker(body({ crls, domains: [`elb:${PARTNERS}`] }));
    expect(marker).toBeDefined();
    expect(marker).not.toHaveProperty('crls');
    expect(marker?.contract).toBe('c'.repeat(64));
    expect(marker?.domains).toEqual([`elb:${PARTNERS}`]);
  });

  it('keeps an empty list (revocation-files set, matching no CRL)', () => {
    expect(parseMarker(body({ crls: [] }))?.crls).toEqual([]);
  });
});

describe('a deploy of settings that name a trust store the review did not', () => {
  const REPO = 'example-org/truststore';
  const SHA = 'e'.repeat(40);
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await FakeGitHub.start(REPO);
  });
  afterAll(() => github?.close());
  beforeEach(() => {
    github.comments.clear();
    github.pulls.clear();
  });

  const deploySettings = (over: Partial<Settings> = {}) =>
    settings({
      githubToken: 'write-token',
      environment: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url },
      ...over,
    });

  /** Pull request 7, merged as SHA after its plan comment, which reviewed `planned`. */
  function reviewedOn(planned: Settings, lists?: RevocationFile[]) {
    const contract = contractOfSettings(planned, truststore, lists);
    github.pulls.set(SHA, [
      {
        number: 7,
        merged_at: new Date(Date.now() + 3_600_000).toISOString(),
        merge_commit_sha: SHA,
        state: 'closed',
      },
    ]);
    github.addComment(7, `${renderMarker({ kind: 'plan', ...contract, live: '' })}\n### plan`, {
      login: ACTIONS_BOT,
      type: 'Bot',
    });
  }

  const check = (s: Settings, lists?: RevocationFile[]) => {
    const said: string[] = [];
    const log = (m: string) => said.push(m);
    return checkReviewedPlan(s, truststore, { log, warn: log }, lists);
  };

  it('matches when the settings name what was reviewed', async () => {
    reviewedOn(deploySettings({ elbTrustStoreArns: [PARTNERS] }));
    const outcome = await check(deploySettings({ elbTrustStoreArns: [PARTNERS] }));
    expect(outcome).toMatchObject({ status: 'matched', pullRequest: 7 });
  });

  it('is refused as plan-changed, naming the trust store ARN, before anything is written', async () => {
    reviewedOn(deploySettings());
    const outcome = await check(deploySettings({ elbTrustStoreArns: [PARTNERS] }));
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    expect(outcome.error.reason).toBe('plan-changed');
    expect(outcome.error.message).toContain(
      `The truststore about to be deployed is not the one reviewed in pull request #7`,
    );
    expect(outcome.error.message).toContain(`elb-trust-store-arns added since the review: ${PARTNERS}.`);
    expect(outcome.error.message).toContain(`Nothing was written to ${URI}.`);
  });

  it('is refused as plan-changed when a revocation list changed since the review', async () => {
    const managed = { elbTrustStoreArns: [PARTNERS], revocationFiles: ['crl/*.pem'] };
    const before = await files({ 'crl/issuing.pem': issuingCrl });
    const after = await files({ 'crl/issuing.pem': issuingCrlNewer });
    reviewedOn(deploySettings(managed), before);
    expect(await check(deploySettings(managed), before)).toMatchObject({ status: 'matched' });
    const outcome = await check(deploySettings(managed), after);
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    expect(outcome.error.reason).toBe('plan-changed');
    expect(outcome.error.message).toContain(
      `revocation lists added or changed since the review: ${short(after[0]!.sha256)}; revocation lists removed or changed since the review: ${short(before[0]!.sha256)}`,
    );
  });
});
