import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isForkPullRequest, planFromBaseCommit } from '../../src/pipeline/fork-plan.js';
import type { ValidateResult } from '../../src/pipeline/validate.js';
import { analyze, defaultPolicy } from '../../src/pki/index.js';
import type { Settings } from '../../src/settings/settings.js';
import { collectSources } from '../../src/workspace/collect.js';
import { type TestCert, TestPki } from '../support/pki.js';
import { testSettings } from '../support/settings.js';

const saved = { ...process.env };
let pki: TestPki;
let rootA: TestCert;
let rootB: TestCert;
let issuing: TestCert;
let scratch: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ).trim();
}

/** A repository whose base commit has root A and an intermediate; the pull request swaps A for B. */
function repository(): { dir: string; base: string } {
  const dir = mkdtempSync(path.join(scratch, 'repo-'));
  git(dir, 'init', '-q');
  mkdirSync(path.join(dir, 'pki'));
  writeFileSync(path.join(dir, 'pki', 'root-a.pem'), rootA.pem);
  writeFileSync(path.join(dir, 'pki', 'issuing.pem'), issuing.pem);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  rmSync(path.join(dir, 'pki', 'root-a.pem'));
  rmSync(path.join(dir, 'pki', 'issuing.pem'));
  writeFileSync(path.join(dir, 'pki', 'root-b.pem'), rootB.pem);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'swap roots');
  return { dir, base };
}

function forkEvent(base: string, headRepo: string | null = 'someone/fork', name = 'pull_request') {
  const file = path.join(scratch, `event-${Math.random()}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      number: 5,
      pull_request: {
        number: 5,
        user: { login: 'someone' },
        base: { sha: base, repo: { full_name: 'example-org/truststore' } },
        head: { sha: 'c'.repeat(40), repo: headRepo ? { full_name: headRepo } : null },
      },
    }),
  );
  process.env.GITHUB_EVENT_PATH = file;
  process.env.GITHUB_EVENT_NAME = name;
}

function settings(workspace: string): Settings {
  return testSettings({
    mode: 'plan',
    workspace,
    truststoreUri: 's3://trust/api.pem',
    waitTimeoutSeconds: 0,
    domainUpdateIntervalSeconds: 0,
    pollIntervalSeconds: 0,
    githubToken: 'read-token',
    environment: { ...process.env },
  });
}

async function validate(workspace: string): Promise<ValidateResult> {
  const { sources, findings } = await collectSources(workspace, ['pki/*.pem']);
  const analysis = analyze(sources, defaultPolicy());
  return {
    ok: true,
    sources,
    analysis,
    findings: [...findings, ...analysis.findings],
    truststore: analysis.truststore,
  };
}

beforeAll(() => {
  pki = TestPki.create('fork-');
  rootA = pki.root('Root A');
  rootB = pki.root('Root B');
  issuing = pki.intermediate('Issuing A', rootA);
  scratch = mkdtempSync(path.join(tmpdir(), 'fork-test-'));
});
afterAll(() => {
  pki.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => {
  process.env = { ...saved };
});

describe('a pull request from a fork', () => {
  it('is told apart from one from this repository, a deleted fork and pull_request_target', () => {
    forkEvent('b'.repeat(40));
    expect(isForkPullRequest(settings('/tmp'))).toBe(true);
    forkEvent('b'.repeat(40), 'example-org/truststore');
    expect(isForkPullRequest(settings('/tmp'))).toBe(false);
    forkEvent('b'.repeat(40), null);
    expect(isForkPullRequest(settings('/tmp'))).toBe(true);
    forkEvent('b'.repeat(40), 'someone/fork', 'pull_request_target');
    expect(isForkPullRequest(settings('/tmp'))).toBe(false);
  });

  it('is planned against the truststore built from the base commit, without AWS', async () => {
    const { dir, base } = repository();
    forkEvent(base);
    const plan = await planFromBaseCommit(settings(dir), await validate(dir));
    expect(plan.offline).toBe(true);
    expect(plan.primary.added.map((c) => c.fingerprint)).toEqual([sha256(rootB.der)]);
    expect(plan.primary.removed.map((c) => c.fingerprint).sort()).toEqual(
      [sha256(rootA.der), sha256(issuing.der)].sort(),
    );
    expect(plan.addedCount).toBe(1);
    expect(plan.removedCount).toBe(2);
    expect(plan.domains).toEqual([]);
  });

  it('fetches the base commit into a shallow checkout', async () => {
    const { dir, base } = repository();
    const clone = path.join(scratch, `shallow-${Math.random()}`);
    git(scratch, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    expect(() => git(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    forkEvent(base);
    const plan = await planFromBaseCommit(settings(clone), await validate(clone));
    expect(plan.removedCount).toBe(2);
  });

  it('says to use fetch-depth: 0 when the base commit cannot be had', async () => {
    const { dir, base } = repository();
    const clone = path.join(scratch, `lonely-${Math.random()}`);
    git(scratch, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    git(clone, 'remote', 'remove', 'origin');
    forkEvent(base);
    await expect(planFromBaseCommit(settings(clone), await validate(clone))).rejects.toThrow(
      /fetch-depth: 0/,
    );
  });

  it('treats a base commit without CA files as an empty truststore (the pull request adds them all)', async () => {
    const { dir } = repository();
    const emptyTree = execFileSync('git', ['mktree'], { cwd: dir, input: '', encoding: 'utf8' }).trim();
    const empty = git(dir, 'commit-tree', emptyTree, '-m', 'empty');
    forkEvent(empty);
    const plan = await planFromBaseCommit(settings(dir), await validate(dir));
    expect(plan.addedCount).toBe(1);
    expect(plan.removedCount).toBe(0);
  });
});

function sha256(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}
