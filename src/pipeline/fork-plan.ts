/**
 * A pull request from a fork runs without AWS credentials and with a read-only token, so it
 * cannot read the live truststore. It is planned against the truststore built from the base
 * commit's CA files instead: that is what the live one was deployed from, read with git alone.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isReadOnlyPullRequest, pullRequestOf, readEvent } from '../github/event.js';
import { analyze, renderPem } from '../pki/index.js';
import { buildPlan, type LiveVersion, parseTruststoreUri } from '../plan/diff.js';
import type { Plan, TruststoreLocation } from '../plan/model.js';
import type { Settings } from '../settings/settings.js';
import { collectSources } from '../workspace/collect.js';
import { git, hasObject } from '../workspace/git.js';
import { policyOf } from './deps.js';
import type { ValidateResult } from './validate.js';

/** True for a pull request whose run has no secrets and a read-only token (fork or Dependabot). */
export function isForkPullRequest(settings: Settings): boolean {
  const env = settings.environment ?? {};
  return isReadOnlyPullRequest(readEvent(env), env);
}

/** A fork or base-commit problem the user can fix, with the fix in the message. */
export class BaseCommitError extends Error {
  override name = 'BaseCommitError';
}

/** The base commit, fetched on demand when actions/checkout made a shallow clone. */
async function ensureCommit(cwd: string, sha: string, pr: number): Promise<void> {
  if (await hasObject(cwd, `${sha}^{commit}`)) return;
  try {
    await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  } catch {
    // Reported below: the fix is the same whatever made the fetch fail.
  }
  if (!(await hasObject(cwd, `${sha}^{commit}`))) {
    throw new BaseCommitError(
      `The base commit ${sha} of pull request #${pr} is not in the checkout and could not be fetched: use actions/checkout with "fetch-depth: 0" so that the plan can be made from the base commit's CA files.`,
    );
  }
}

/** Writes `tree` (e.g. `<sha>:sub/dir`) into `dest` with git archive | tar. */
function extractTree(cwd: string, tree: string, dest: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', tree], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tar = spawn('tar', ['-x', '-f', '-', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    archive.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
    });
    tar.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
    });
    archive.stdout.pipe(tar.stdin);
    let pending = 2;
    let failed = false;
    const done = (what: string) => (code: number | null) => {
      if (code !== 0 && !failed) {
        failed = true;
        reject(new BaseCommitError(`${what} of ${tree} failed (exit ${code}): ${errors.trim()}`));
      }
      if (--pending === 0 && !failed) resolve();
    };
    archive.on('error', reject).on('close', done('git archive'));
    tar.on('error', reject).on('close', done('tar -x'));
  });
}

function locationOf(settings: Settings): TruststoreLocation {
  if (settings.truststoreUri) return parseTruststoreUri(settings.truststoreUri);
  return { bucket: '', key: settings.outputFile, uri: settings.outputFile };
}

/** The base commit's truststore, or undefined when the base has no CA file yet. */
async function baseTruststore(
  settings: Settings,
  cwd: string,
  sha: string,
): Promise<LiveVersion | undefined> {
  // The workspace may be a folder inside the repository (actions/checkout `path:`).
  const prefix = await git(cwd, ['rev-parse', '--show-prefix']);
  const tree = `${sha}:${prefix.replace(/\/$/, '')}`;
  if (!(await hasObject(cwd, tree))) return undefined;
  const dir = await mkdtemp(path.join(settings.runnerTemp || tmpdir(), 'truststore-base-'));
  try {
    await extractTree(cwd, tree, dir);
    const { sources } = await collectSources(dir, settings.caFiles);
    // Patterns that match nothing in the base are normal (the pull request adds the files).
    if (sources.length === 0) return undefined;
    const policy = policyOf(settings, new Date());
    const analysis = analyze(sources, policy);
    const pem = analysis.truststore?.pem ?? renderPem(analysis.entries.map((e) => e.certificate));
    return { bytes: new TextEncoder().encode(pem), analysis };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function planFromBaseCommit(settings: Settings, validation: ValidateResult): Promise<Plan> {
  const pr = pullRequestOf(readEvent(settings.environment ?? {}));
  if (!pr) throw new BaseCommitError('planFromBaseCommit: the event is not a pull request');
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(pr.baseSha)) {
    throw new BaseCommitError(
      `The event of pull request #${pr.number} has no valid base commit ("${pr.baseSha}")`,
    );
  }
  if (!validation.truststore) throw new BaseCommitError('planFromBaseCommit needs a valid truststore');
  const cwd = settings.workspace;
  if (!(await hasObject(cwd, 'HEAD'))) {
    throw new BaseCommitError(
      `${cwd} is not a git checkout: run actions/checkout (with "fetch-depth: 0") before this action so that a pull request from a fork can be planned against its base commit.`,
    );
  }
  await ensureCommit(cwd, pr.baseSha, pr.number);
  const base = await baseTruststore(settings, cwd, pr.baseSha);
  return buildPlan({
    location: locationOf(settings),
    desired: validation.truststore,
    desiredFindings: validation.findings,
    ...(base ? { latest: base } : {}),
    pinned: [],
    domains: [],
    offline: true,
  });
}
