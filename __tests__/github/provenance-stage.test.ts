/**
 * The provenance stage of a deploy fails closed: when GitHub cannot be asked, or the run names no
 * commit, nothing is written and the refusal says which permission or setting to fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveState } from '../../src/pipeline/plan.js';
import { checkChangesSinceLive } from '../../src/pipeline/provenance.js';
import { ReasonedError } from '../../src/settings/errors.js';
import type { Settings } from '../../src/settings/settings.js';
import { FakeGitHub } from '../support/fake-github.js';
import { testSettings } from '../support/settings.js';

const REPO = 'example-org/truststore';
const SHA = 'a'.repeat(40);
let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start(REPO);
});
afterAll(() => github.close());

/** What the stage reads of the live state before it asks GitHub: the plan and the location. */
const state = (upToDate = false) =>
  ({ plan: { upToDate }, location: { uri: 's3://trust/api.pem' } }) as unknown as LiveState;
const quiet = { log: () => {}, warn: () => {} };
const settings = (over: Partial<Settings> = {}) =>
  testSettings({
    workspace: '/nonexistent',
    caFiles: ['ca/*.pem'],
    githubToken: 'write-token',
    environment: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url },
    ...over,
  });

async function refusal(s: Settings): Promise<ReasonedError> {
  const error = await checkChangesSinceLive(s, state(), quiet).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReasonedError);
  return error as ReasonedError;
}

describe('the provenance stage', () => {
  it('is not asked with the break-glass, nor when nothing would be written', async () => {
    expect(
      await checkChangesSinceLive(settings({ requireReviewedPlan: false }), state(), quiet),
    ).toBeUndefined();
    expect(await checkChangesSinceLive(settings(), state(true), quiet)).toBeUndefined();
  });

  it('refuses when GitHub refuses the token, naming the permissions the job needs', async () => {
    const error = await refusal(settings({ githubToken: 'no-such-token' }));
    expect(error.reason).toBe('github-error');
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain('contents: read, pull-requests: read');
    expect(error.message).toContain('Nothing was written');
  });

  it('refuses when GITHUB_SHA is not a commit or github-token is empty', async () => {
    const noSha = await refusal(settings({ environment: { GITHUB_SHA: 'main', GITHUB_REPOSITORY: REPO } }));
    expect(noSha.message).toContain('GITHUB_SHA ("main") is not a commit');
    expect((await refusal(settings({ githubToken: '' }))).message).toContain('github-token is empty');
  });
});
