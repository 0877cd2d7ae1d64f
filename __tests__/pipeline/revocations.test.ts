/**
 * The revocation step of a deploy (src/pipeline/revocations.ts) against fake trust store sessions
 * that record every call, and an S3 client mocked at the SDK (aws-sdk-client-mock): every new list
 * is added to every trust store before any list is removed, each CRL is uploaded once under its
 * own key, and a failure anywhere undoes what this run changed in the lists and rolls back every
 * target it moved. The plan's sections are made by the plan's own revocationChanges from real
 * CRLs (openssl).
 */
import { createHash } from 'node:crypto';
import { PutObjectCommand, type PutObjectCommandInput, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TruststoreObjectStore } from '../../src/aws/truststore-object.js';
import { DeploymentError } from '../../src/pipeline/deployment-error.js';
import type { LiveState, PlannedTarget } from '../../src/pipeline/plan.js';
import { applyRevocations, revocationsOrRollBack, undoRevocations } from '../../src/pipeline/revocations.js';
import { revocationChanges } from '../../src/pipeline/served.js';
import { analyze, defaultPolicy } from '../../src/pki/index.js';
import type { Truststore } from '../../src/pki/model.js';
import { buildPlan, parseTruststoreUri } from '../../src/plan/diff.js';
import type { Deployment, TargetSection } from '../../src/plan/model.js';
import { failureReasonOf, ReasonedError } from '../../src/settings/errors.js';
import { apiGatewayDomains } from '../../src/targets/api-gateway/index.js';
import { elbTrustStores } from '../../src/targets/elb/index.js';
import type { RevocationFile } from '../../src/targets/elb/revocation-files.js';
import type { LiveRevocationList, S3ObjectVersion, TargetSession } from '../../src/targets/target.js';
import { s3Error } from '../aws/support.js';
import { CrlSigner } from '../support/crl.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { revocationFilesOf } from '../support/revocation-files.js';

const LOCATION = parseTruststoreUri('s3://example-truststores/alb/truststore.pem');
const arn = (name: string, id: string) =>
  `arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/${name}/${id}`;
const PARTNERS = arn('partners', '0123456789abcdef');
const TENANTS = arn('tenants', 'fedcba9876543210');
const API = 'api.example.com';

const s3 = mockClient(S3Client);

let pki: TestPki;
let desired: Truststore;
/** The issuing CA's list as live (one revoked) and as in the repository now (two); the root's; a partner CA's. */
let issuingOld: Buffer;
let issuingNew: Buffer;
let rootCrl: Buffer;
let partnerCrl: Buffer;
let files: RevocationFile[];

beforeAll(async () => {
  pki = TestPki.create('revocations-');
  const root = pki.root('root', { subject: '/O=Example/CN=Example Root' });
  const issuing = pki.intermediate('issuing', root, { subject: '/O=Example/CN=Example Issuing CA' });
  const partner: TestCert = pki.intermediate('partner', root, { subject: '/O=Example/CN=Partner CA' });
  const analysis = analyze(
    [{ path: 'ca/bundle.pem', bytes: Buffer.from(root.pem + issuing.pem + partner.pem) }],
    defaultPolicy(),
  );
  if (!analysis.truststore) throw new Error(JSON.stringify(analysis.findings));
  desired = analysis.truststore;
  const issuingSigner = new CrlSigner(issuing, 'issuing', pki.dir).revoke(pki.leaf('a', issuing));
  issuingOld = issuingSigner.crl();
  issuingNew = issuingSigner.revoke(pki.leaf('b', issuing)).crl();
  rootCrl = new CrlSigner(root, 'root', pki.dir).crl();
  partnerCrl = new CrlSigner(partner, 'partner', pki.dir).revoke(pki.leaf('c', partner)).crl();
  files = await revocationFilesOf(pki.dir, desired.entries, {
    'crl/issuing.pem': issuingNew,
    'crl/partner.pem': partnerCrl,
  });
});
afterAll(() => pki?.cleanup());

/** Every call, in order: S3 uploads and the sessions' writes alike. */
type Call =
  | { op: 'put'; key: string }
  | { op: 'add'; target: string; keys: string[] }
  | { op: 'remove'; target: string; ids: number[] }
  | { op: 'apply'; target: string; version: string };
let calls: Call[];
let puts: PutObjectCommandInput[];
let nextId: number;
/** The session call that fails, if any: `add <target>`, `remove <target>`, `apply <target> <version>`. */
let failing: Map<string, Error>;

beforeEach(() => {
  calls = [];
  puts = [];
  nextId = 100;
  failing = new Map();
  s3.on(PutObjectCommand).callsFake((input: PutObjectCommandInput) => {
    puts.push(input);
    calls.push({ op: 'put', key: input.Key ?? '' });
    return { VersionId: `ver-${puts.length}` };
  });
});
afterEach(() => s3.reset());

const fail = (call: string) => {
  const error = failing.get(call);
  if (error) {
    failing.delete(call);
    throw error;
  }
};

function session(withLists: boolean): TargetSession {
  return {
    read: async () => {
      throw new Error('deploy does not read again');
    },
    waitUntilReady: async () => {},
    async apply(name, versionId) {
      calls.push({ op: 'apply', target: name, version: versionId });
      fail(`apply ${name} ${versionId}`);
      return {
        domainName: name,
        status: 'ACTIVE',
        mtlsEnabled: true,
        truststoreVersion: versionId,
        warnings: [],
      };
    },
    restoreCommand: (name, versionId) => `restore ${name} ${versionId}`,
    ...(withLists
      ? {
          async addRevocations(name: string, objects: readonly S3ObjectVersion[]) {
            calls.push({ op: 'add', target: name, keys: objects.map((o) => o.key) });
            fail(`add ${name}`);
            return objects.map(() => nextId++);
          },
          async removeRevocations(name: string, ids: readonly number[]) {
            calls.push({ op: 'remove', target: name, ids: [...ids] });
            fail(`remove ${name}`);
          },
        }
      : {}),
  };
}

/** A trust store as plan read it: the lists it carries (with their content, as revocation-files reads them). */
function trustStore(name: string, lists: LiveRevocationList[]): PlannedTarget {
  return {
    state: { domainName: name, status: 'ACTIVE', mtlsEnabled: true, warnings: [], truststoreVersion: 'v1' },
    served: Buffer.from(desired.pem),
    revocations: lists,
    kind: elbTrustStores,
    session: session(true),
  };
}
const apiDomain = (): PlannedTarget => ({
  state: { domainName: API, status: 'AVAILABLE', mtlsEnabled: true, warnings: [], truststoreVersion: 'v1' },
  kind: apiGatewayDomains,
  session: session(false),
});

/** What plan hands deploy: a section per trust store, its lists planned by revocationChanges. */
function liveState(targets: PlannedTarget[], revocationFiles = files): LiveState {
  const plan = buildPlan({
    location: LOCATION,
    desired,
    desiredFindings: [],
    pinned: [],
    domains: targets.map((t) => t.state),
  });
  plan.targets = targets
    .filter((t) => t.revocations)
    .map(
      (t): TargetSection => ({
        kind: t.kind.id,
        name: t.state.domainName,
        facts: [],
        added: [],
        removed: [],
        unchanged: desired.entries.length,
        roll: false,
        revocations: revocationChanges(t, revocationFiles, desired.entries),
      }),
    );
  return {
    plan,
    location: LOCATION,
    desired,
    desiredBytes: Buffer.from(desired.pem),
    targets,
    store: {} as TruststoreObjectStore,
    s3: new S3Client({ region: 'eu-west-1' }),
    revocationFiles,
  };
}

const deployment = (previousVersions: Record<string, string>): Deployment => ({
  upToDate: false,
  versionId: 'v2',
  previousVersionId: 'v1',
  deployedDomains: Object.keys(previousVersions),
  rolledBackDomains: [],
  untouchedDomains: [],
  warnings: [],
  previousVersions,
});

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest();
const keyOf = (f: { sha256: string }) => `${LOCATION.key}.crl/${f.sha256}.pem`;
const file = (path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f;
};
const quiet = { log: () => {}, warn: () => {} };

/** Partners carries the issuing CA's old list (id 1); tenants the same (id 7) and the root's, whose file left (id 8). */
function twoTrustStores() {
  const partners = trustStore(PARTNERS, [{ revocationId: 1, entries: 1, content: issuingOld }]);
  const tenants = trustStore(TENANTS, [
    { revocationId: 7, entries: 1, content: issuingOld },
    { revocationId: 8, entries: 0, content: rootCrl },
  ]);
  return { partners, tenants };
}

describe('applyRevocations', () => {
  it('adds every new list to every trust store before it removes any, each CRL uploaded once', async () => {
    const { partners, tenants } = twoTrustStores();
    const state = liveState([partners, tenants]);
    expect(state.plan.targets?.map((s) => s.revocations)).toMatchObject([
      { add: ['crl/partner.pem'], replace: [{ file: 'crl/issuing.pem', revocationId: 1 }], remove: [] },
      {
        add: ['crl/partner.pem'],
        replace: [{ file: 'crl/issuing.pem', revocationId: 7 }],
        remove: [{ revocationId: 8 }],
      },
    ]);
    const done = deployment({ [PARTNERS]: 'v1', [TENANTS]: 'v1' });
    const logs: string[] = [];
    await applyRevocations(state, undefined, done, { log: (m) => logs.push(m) });
    const [partner, issuing] = [keyOf(file('crl/partner.pem')), keyOf(file('crl/issuing.pem'))];
    expect(calls).toEqual([
      { op: 'put', key: partner },
      { op: 'put', key: issuing },
      { op: 'add', target: PARTNERS, keys: [partner, issuing] },
      { op: 'add', target: TENANTS, keys: [partner, issuing] },
      { op: 'remove', target: PARTNERS, ids: [1] },
      { op: 'remove', target: TENANTS, ids: [7, 8] },
    ]);
    expect(done.revocations).toEqual([
      { target: PARTNERS, added: [100, 101], removed: [1] },
      { target: TENANTS, added: [102, 103], removed: [7, 8] },
    ]);
    expect(logs).toEqual([
      `${PARTNERS}: adding revocation lists crl/partner.pem, crl/issuing.pem`,
      `${TENANTS}: adding revocation lists crl/partner.pem, crl/issuing.pem`,
      `${PARTNERS}: removing revocation lists 1 (replaced, or their file left the repository)`,
      `${TENANTS}: removing revocation lists 7, 8 (replaced, or their file left the repository)`,
    ]);
  });

  it('removes first when adding first would pass the quota of 30 lists, and says why', async () => {
    // 30 lists live: the issuing CA's old one and 29 copies of the root's, whose file left.
    const copies = Array.from({ length: 29 }, (_, i) => ({
      revocationId: 10 + i,
      entries: 0,
      content: rootCrl,
    }));
    const partners = trustStore(PARTNERS, [{ revocationId: 1, entries: 1, content: issuingOld }, ...copies]);
    const state = liveState([partners]);
    const logs: string[] = [];
    const done = deployment({ [PARTNERS]: 'v1' });
    await applyRevocations(state, undefined, done, { log: (m) => logs.push(m) });
    const ops = calls.filter((c) => c.op !== 'put').map((c) => c.op);
    expect(ops).toEqual(['remove', 'add']);
    expect(logs[0]).toContain('first, to stay within the quota of 30 revocation lists per trust store');
    expect(done.revocations?.[0]?.removed.sort((a, b) => a - b)).toEqual([
      1,
      ...copies.map((c) => c.revocationId),
    ]);
  });

  it('adds first when the lists stay within the quotas', async () => {
    const partners = trustStore(PARTNERS, [{ revocationId: 1, entries: 1, content: issuingOld }]);
    await applyRevocations(liveState([partners]), undefined, deployment({ [PARTNERS]: 'v1' }), quiet);
    expect(calls.filter((c) => c.op !== 'put').map((c) => c.op)).toEqual(['add', 'remove']);
  });

  it('uploads each list as PEM under <key>.crl/<sha256>.pem, with its type and checksum, and adds that exact version', async () => {
    const added: S3ObjectVersion[][] = [];
    const partners = trustStore(PARTNERS, []);
    partners.session.addRevocations = async (_, objects) => {
      added.push([...objects]);
      return objects.map(() => nextId++);
    };
    await applyRevocations(
      liveState([partners]),
      { algorithm: 'aws:kms', kmsKeyId: 'alias/truststores' },
      deployment({}),
      quiet,
    );
    const expected = ['crl/issuing.pem', 'crl/partner.pem'].map(file);
    expect(puts).toEqual(
      expected.map((f) => ({
        Bucket: LOCATION.bucket,
        Key: keyOf(f),
        Body: new TextEncoder().encode(f.pem),
        ContentType: 'application/pkix-crl',
        ChecksumAlgorithm: 'SHA256',
        ChecksumSHA256: sha256(f.pem).toString('base64'),
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'alias/truststores',
      })),
    );
    // The key is the SHA-256 of the DER (not of the PEM), and the PEM is the DER's.
    for (const f of expected) {
      expect(f.sha256).toBe(sha256(f.der).toString('hex'));
      expect(Buffer.from(f.pem.replace(/-----[^-]+-----|\s/g, ''), 'base64').equals(Buffer.from(f.der))).toBe(
        true,
      );
    }
    expect(added).toEqual([
      expected.map((f, i) => ({ bucket: LOCATION.bucket, key: keyOf(f), versionId: `ver-${i + 1}` })),
    ]);
  });

  it('uploads without encryption fields when none is asked', async () => {
    await applyRevocations(liveState([trustStore(PARTNERS, [])]), undefined, deployment({}), quiet);
    expect(puts).toHaveLength(2);
    for (const put of puts) {
      expect(put).not.toHaveProperty('ServerSideEncryption');
      expect(put).not.toHaveProperty('SSEKMSKeyId');
    }
  });

  it('writes nothing when no trust store’s lists change', async () => {
    const live = files.map((f, i) => ({
      revocationId: i + 1,
      entries: f.serials.length,
      content: Buffer.from(f.pem),
    }));
    const state = liveState([trustStore(PARTNERS, live), apiDomain()]);
    expect(state.plan.targets?.[0]?.revocations?.changed).toBe(false);
    const done = deployment({});
    await applyRevocations(state, undefined, done, quiet);
    expect(calls).toEqual([]);
    expect(done).not.toHaveProperty('revocations');
  });

  it('refuses a plan that changes the lists of a target that cannot carry any', async () => {
    const state = liveState([trustStore(PARTNERS, [])]);
    state.targets = [{ ...apiDomain(), state: { ...apiDomain().state, domainName: PARTNERS } }];
    await expect(applyRevocations(state, undefined, deployment({}), quiet)).rejects.toThrow(
      `${PARTNERS} cannot carry revocation lists, yet the plan changes them: report this`,
    );
    expect(calls).toEqual([]);
  });

  it('refuses a planned list that validation did not hand over, before the trust store is changed', async () => {
    const state = liveState([trustStore(PARTNERS, [])]);
    state.revocationFiles = files.filter((f) => f.path !== 'crl/partner.pem');
    await expect(applyRevocations(state, undefined, deployment({}), quiet)).rejects.toThrow(
      'revocation list crl/partner.pem was planned but not validated: re-run the job',
    );
    expect(calls.filter((c) => c.op !== 'put')).toEqual([]);
  });
});

/** The DeploymentError a failed revocation step throws. */
async function failed(state: LiveState, done: Deployment, moved: string[], warnings: string[] = []) {
  const error = await revocationsOrRollBack(state, undefined, done, moved, {
    log: () => {},
    warn: (m) => warnings.push(m),
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeploymentError);
  return error as DeploymentError;
}

describe('revocationsOrRollBack', () => {
  it('an addition that fails: removes what was added, rolls every moved target back, and says so', async () => {
    const { partners, tenants } = twoTrustStores();
    const state = liveState([apiDomain(), partners, tenants]);
    const done = deployment({ [API]: 'v1', [PARTNERS]: 'v1', [TENANTS]: 'v0' });
    failing.set(`add ${TENANTS}`, new ReasonedError('InvalidRevocationContent: refused', 'aws-error'));
    const error = await failed(state, done, [API, PARTNERS, TENANTS]);
    const [partner, issuing] = [keyOf(file('crl/partner.pem')), keyOf(file('crl/issuing.pem'))];
    expect(calls).toEqual([
      { op: 'put', key: partner },
      { op: 'put', key: issuing },
      { op: 'add', target: PARTNERS, keys: [partner, issuing] },
      { op: 'add', target: TENANTS, keys: [partner, issuing] },
      // Undo: what partners got is removed; nothing was removed anywhere yet.
      { op: 'remove', target: PARTNERS, ids: [100, 101] },
      // Rollback, newest first, each to the version it had.
      { op: 'apply', target: TENANTS, version: 'v0' },
      { op: 'apply', target: PARTNERS, version: 'v1' },
      { op: 'apply', target: API, version: 'v1' },
    ]);
    expect(error.reason).toBe('aws-error');
    expect(error.message).toBe(
      `the revocation lists of version v2 could not be applied (InvalidRevocationContent: refused).\nRevocation lists restored; targets rolled back to their previous versions: ${TENANTS}, ${PARTNERS}, ${API}. Fix the cause and re-run the deploy.`,
    );
    expect(error.deployment).toBe(done);
    expect(error.plan).toBe(state.plan);
    expect(done.rolledBackDomains).toEqual([TENANTS, PARTNERS, API]);
    expect(done.deployedDomains).toEqual([]);
    expect(done.revocations).toEqual([{ target: PARTNERS, added: [], removed: [] }]);
  });

  it('carries the failure reason of what failed (here: none, so error)', async () => {
    const { partners } = twoTrustStores();
    failing.set(`add ${PARTNERS}`, new Error('socket hang up'));
    const error = await failed(liveState([partners]), deployment({ [PARTNERS]: 'v1' }), [PARTNERS]);
    expect(failureReasonOf(error)).toBe('error');
    expect(error.message).toContain('could not be applied (socket hang up)');
  });

  it('an upload S3 refuses: nothing was added, the moved targets are rolled back, the permission is named', async () => {
    s3.on(PutObjectCommand).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const { partners } = twoTrustStores();
    const done = deployment({ [PARTNERS]: 'v1' });
    const error = await failed(liveState([partners]), done, [PARTNERS]);
    expect(calls).toEqual([{ op: 'apply', target: PARTNERS, version: 'v1' }]);
    expect(error.message).toContain(
      `access denied: s3:PutObject on arn:aws:s3:::${LOCATION.bucket}/${LOCATION.key}.crl/* is needed to upload a revocation list`,
    );
    expect(error.message).toContain(
      `Revocation lists restored; targets rolled back to their previous versions: ${PARTNERS}.`,
    );
    expect(error.reason).toBe('aws-error');
  });

  it('a removal that fails: the lists already removed are added back from the content plan read', async () => {
    const { partners, tenants } = twoTrustStores();
    const state = liveState([partners, tenants]);
    const done = deployment({ [PARTNERS]: 'v1', [TENANTS]: 'v1' });
    failing.set(`remove ${TENANTS}`, new ReasonedError('throttled', 'aws-error'));
    const error = await failed(state, done, [PARTNERS, TENANTS]);
    const [partner, issuing] = [keyOf(file('crl/partner.pem')), keyOf(file('crl/issuing.pem'))];
    // The list partners carried before (id 1) is uploaded again under the SHA-256 of its DER.
    const oldKey = `${LOCATION.key}.crl/${sha256(Buffer.from(issuingOld.toString().replace(/-----[^-]+-----|\s/g, ''), 'base64')).toString('hex')}.pem`;
    expect(calls).toEqual([
      { op: 'put', key: partner },
      { op: 'put', key: issuing },
      { op: 'add', target: PARTNERS, keys: [partner, issuing] },
      { op: 'add', target: TENANTS, keys: [partner, issuing] },
      { op: 'remove', target: PARTNERS, ids: [1] },
      { op: 'remove', target: TENANTS, ids: [7, 8] },
      // Undo, newest record first: tenants lost nothing, so only its additions go.
      { op: 'remove', target: TENANTS, ids: [102, 103] },
      { op: 'put', key: oldKey },
      { op: 'add', target: PARTNERS, keys: [oldKey] },
      { op: 'remove', target: PARTNERS, ids: [100, 101] },
      { op: 'apply', target: TENANTS, version: 'v1' },
      { op: 'apply', target: PARTNERS, version: 'v1' },
    ]);
    // What is put back is the list as it was: the same DER, as PEM.
    const restored = puts.at(-1);
    expect(restored?.ContentType).toBe('application/pkix-crl');
    expect(Buffer.from(restored?.Body as Uint8Array).toString()).toBe(issuingOld.toString());
    expect(error.message).toContain('could not be applied (throttled).\nRevocation lists restored;');
    expect(done.revocations).toEqual([
      { target: PARTNERS, added: [], removed: [] },
      { target: TENANTS, added: [], removed: [] },
    ]);
  });

  it('a removed list whose content was not read cannot be put back: it says so, and not "restored"', async () => {
    const partners = trustStore(PARTNERS, [{ revocationId: 3, entries: 5 }]);
    const { tenants } = twoTrustStores();
    const state = liveState([partners, tenants]);
    expect(state.plan.targets?.[0]?.revocations?.remove).toEqual([{ revocationId: 3 }]);
    failing.set(`remove ${TENANTS}`, new Error('throttled'));
    const warnings: string[] = [];
    const error = await failed(state, deployment({ [PARTNERS]: 'v1', [TENANTS]: 'v1' }), [], warnings);
    expect(calls.filter((c) => c.op === 'add' && c.target === PARTNERS)).toHaveLength(1);
    expect(warnings).toEqual([
      `rollback of ${PARTNERS}: 1 removed revocation list(s) could not be read before the deploy and are not restored: add them back with aws elbv2 add-trust-store-revocations`,
    ]);
    expect(error.message).toBe(
      'the revocation lists of version v2 could not be applied (throttled).\nRevocation lists NOT fully restored (see the warnings); targets rolled back to their previous versions: none. Fix the cause and re-run the deploy.',
    );
  });

  it('an undo that fails and a rollback that fails are both named, with what is left and the fix', async () => {
    const { partners, tenants } = twoTrustStores();
    const state = liveState([partners, tenants]);
    failing.set(`add ${TENANTS}`, new Error('refused'));
    failing.set(`remove ${PARTNERS}`, new Error('still CREATING'));
    failing.set(`apply ${TENANTS} v0`, new Error('InvalidCaCertificatesBundle'));
    const warnings: string[] = [];
    const done = deployment({ [PARTNERS]: 'v1', [TENANTS]: 'v0' });
    const error = await failed(state, done, [PARTNERS, TENANTS], warnings);
    expect(warnings).toEqual([
      `rollback of the revocation lists of ${PARTNERS} failed: still CREATING. It carries lists added by this run (100, 101) and lacks lists it removed (none): compare aws elbv2 describe-trust-store-revocations with revocation-files and fix it by hand, or re-run the deploy`,
      `rollback of ${TENANTS} to version v0 failed: InvalidCaCertificatesBundle. ${TENANTS} stays on version v2; restore it by hand once nothing else is changing it: restore ${TENANTS} v0`,
    ]);
    expect(error.message).toBe(
      `the revocation lists of version v2 could not be applied (refused).\nRevocation lists NOT fully restored (see the warnings); targets rolled back to their previous versions: ${PARTNERS}; rollback FAILED for ${TENANTS}. Fix the cause and re-run the deploy.`,
    );
    expect(done.deployedDomains).toEqual([TENANTS]);
    expect(done.rollbackFailedDomains).toEqual([TENANTS]);
  });

  it('changes nothing and throws nothing when every list goes through', async () => {
    const { partners } = twoTrustStores();
    const done = deployment({ [PARTNERS]: 'v1' });
    await revocationsOrRollBack(liveState([partners]), undefined, done, [PARTNERS], quiet);
    expect(calls.map((c) => c.op)).toEqual(['put', 'put', 'add', 'remove']);
    expect(done.rolledBackDomains).toEqual([]);
    expect(done.deployedDomains).toEqual([PARTNERS]);
  });
});

describe('undoRevocations', () => {
  it('skips a record whose target is not among those read, and reports success for the others', async () => {
    const { partners } = twoTrustStores();
    const done = deployment({});
    done.revocations = [
      { target: TENANTS, added: [5], removed: [] },
      { target: PARTNERS, added: [9], removed: [] },
    ];
    expect(await undoRevocations(liveState([partners]), undefined, done, () => {})).toBe(true);
    expect(calls).toEqual([{ op: 'remove', target: PARTNERS, ids: [9] }]);
    expect(done.revocations).toEqual([
      { target: TENANTS, added: [5], removed: [] },
      { target: PARTNERS, added: [], removed: [] },
    ]);
  });
});
