/**
 * The provenance stage of a deploy (src/pipeline/provenance.ts) with revocation-files: a revocation
 * list decides who may call as much as a CA file does, so a commit that changes a file
 * revocation-files matches must arrive through an approved pull request too. Real git histories
 * (GitHistory) behind the git-backed FakeGitHub, real CRLs (openssl), asked through Octokit as the
 * deploy does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LiveState } from '../../src/pipeline/plan.js';
import { checkChangesSinceLive } from '../../src/pipeline/provenance.js';
import { ReasonedError } from '../../src/settings/errors.js';
import type { Settings } from '../../src/settings/settings.js';
import { CrlSigner } from '../support/crl.js';
import { FakeGitHub, type FakeUser } from '../support/fake-github.js';
import { GitHistory } from '../support/git-history.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { testSettings } from '../support/settings.js';

const REPO = 'example-org/truststore';
const ALICE: FakeUser = { login: 'alice', type: 'User' };
const BOB: FakeUser = { login: 'bob', type: 'User' };
const URI = 's3://example-truststores/alb/truststore.pem';

let github: FakeGitHub;
let pki: TestPki;
let root: TestCert;
let signer: CrlSigner;
const histories: GitHistory[] = [];
let h: GitHistory;
/** The commit the live truststore was built from. */
let live: string;

beforeAll(async () => {
  github = await FakeGitHub.start(REPO);
  pki = TestPki.create('provenance-revocations-');
  root = pki.root('root', { subject: '/O=Example/CN=Example Root' });
  signer = new CrlSigner(root, 'root', pki.dir);
});
afterAll(async () => {
  await github?.close();
  for (const history of histories) history.cleanup();
  pki?.cleanup();
});

/** A repository whose first commit (live) holds the root and its CRL, under `prefix`. */
function repository(prefix = '') {
  h = GitHistory.create({ prefix: 'provenance-revocations-' });
  histories.push(h);
  live = h.commit(
    {
      'README.md': 'truststore\n',
      [`${prefix}ca/root.pem`]: root.pem,
      [`${prefix}crl/root.pem`]: signer.crl().toString(),
    },
    'initial',
  );
  github.useGit(h, { defaultBranch: 'main' });
}
beforeEach(() => {
  github.pullRequests.clear();
  github.reviews.clear();
  github.pulls.clear();
  repository();
});

/** A freshly signed CRL of the root that revokes one more certificate. */
const newerCrl = () => signer.revoke(pki.leaf('revoked', root)).crl().toString();

const settings = (over: Partial<Settings> = {}) =>
  testSettings({
    workspace: h.dir,
    caFiles: ['ca/*.pem'],
    elbTrustStoreArns: [
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef',
    ],
    revocationFiles: ['crl/*.pem'],
    githubToken: 'write-token',
    environment: { GITHUB_SHA: h.sha('main'), GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url },
    ...over,
  });
/** What the stage reads of the live state: a write ahead, the live commit, the location. */
const state = () =>
  ({
    plan: { upToDate: false, liveProvenance: { commit: live } },
    location: { uri: URI },
  }) as unknown as LiveState;
const quiet = { log: () => {}, warn: () => {} };

async function refusal(s: Settings): Promise<ReasonedError> {
  const error = await checkChangesSinceLive(s, state(), quiet).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReasonedError);
  return error as ReasonedError;
}
const short = (sha: string) => sha.slice(0, 12);

describe('revocation lists in the provenance of a deploy', () => {
  it('refuses a CRL pushed straight to main: unreviewed-commit naming the commit and the file', async () => {
    const rogue = h.commit({ 'crl/root.pem': newerCrl() }, 'un-revoke nobody, quietly', 'main');
    const error = await refusal(settings());
    expect(error.reason).toBe('unreviewed-commit');
    expect(error.message).toContain(
      `commit ${short(rogue)} ("un-revoke nobody, quietly") changes crl/root.pem, but it did not arrive through a pull request merged into main (a direct push)`,
    );
    expect(error.message).toContain(`Nothing was written to ${URI}.`);
  });

  it('lets the same push through when revocation-files is not set: the file is then no input of the deploy', async () => {
    h.commit({ 'crl/root.pem': newerCrl() }, 'a CRL nobody deploys', 'main');
    const verdict = await checkChangesSinceLive(settings({ revocationFiles: [] }), state(), quiet);
    expect(verdict?.status).toBe('proven');
  });

  it('keeps judging CA files when revocation-files is set', async () => {
    const rogue = h.commit({ 'ca/other.pem': pki.root('other').pem }, 'add a root', 'main');
    const error = await refusal(settings());
    expect(error.reason).toBe('unreviewed-commit');
    expect(error.message).toContain(`commit ${short(rogue)} ("add a root") changes ca/other.pem`);
  });

  it('reads revocation-files with its own excludes, and ca-files excludes do not hide a CRL', async () => {
    h.commit({ 'crl/draft.pem': newerCrl() }, 'a draft', 'main');
    const patterns = { caFiles: ['**/*.pem', '!crl/**'], revocationFiles: ['crl/*.pem', '!crl/draft.pem'] };
    expect((await checkChangesSinceLive(settings(patterns), state(), quiet))?.status).toBe('proven');
    const rogue = h.commit({ 'crl/root.pem': newerCrl() }, 'the real list', 'main');
    expect((await refusal(settings(patterns))).message).toContain(
      `commit ${short(rogue)} ("the real list") changes crl/root.pem`,
    );
  });

  it('proves a CRL change that came through an approved pull request', async () => {
    h.branch('pr-3', 'main');
    h.commit({ 'crl/root.pem': newerCrl() }, 'revoke a partner', 'pr-3');
    const head = h.sha('pr-3');
    const merge = h.merge('main', 'pr-3', 'Merge pull request #3 from example-org/pr-3');
    github.addPullRequest({
      number: 3,
      author: ALICE,
      baseRef: 'main',
      headRef: 'pr-3',
      headSha: head,
      mergeCommitSha: merge,
      mergedAt: '2026-02-01T00:00:00Z',
    });
    github.addReview(3, { user: BOB, state: 'APPROVED', commit_id: head });
    const verdict = await checkChangesSinceLive(settings(), state(), quiet);
    expect(verdict).toMatchObject({ status: 'proven', pullRequest: 3 });
  });

  it('matches revocation-files relative to the workspace, a folder inside the repository', async () => {
    repository('trust/');
    // Outside the workspace: not this deploy's input, even though it looks like one.
    h.commit({ 'crl/root.pem': newerCrl() }, 'another team', 'main');
    const s = settings({ workspace: `${h.dir}/trust` });
    expect((await checkChangesSinceLive(s, state(), quiet))?.status).toBe('proven');
    const rogue = h.commit({ 'trust/crl/root.pem': newerCrl() }, 'this team', 'main');
    const error = await refusal(settings({ workspace: `${h.dir}/trust` }));
    expect(error.message).toContain(`commit ${short(rogue)} ("this team") changes trust/crl/root.pem`);
  });
});
