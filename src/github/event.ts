/**
 * The triggering event, read straight from GITHUB_EVENT_PATH with node:fs: the front-end can ask
 * "is this a fork pull request?" without loading @actions/github (which reads the event at import).
 * Every function takes the front-end's environment: nothing here reads process.env.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Environment } from '../settings/settings.js';

interface RepoRef {
  full_name?: string;
  default_branch?: string;
}

export interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  baseRepo?: string;
  /** Undefined when the fork was deleted. */
  headRepo?: string;
  author?: string;
}

export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

export function readEvent(env: Environment): GitHubEvent {
  const file = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (file && existsSync(file)) {
    try {
      payload = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The pull request an event is about (pull_request, pull_request_target, ...), if any. */
export function pullRequestOf(event: GitHubEvent): PullRequestEvent | undefined {
  const pr = event.payload.pull_request as Record<string, unknown> | undefined;
  if (!pr || typeof pr !== 'object' || typeof pr.number !== 'number') return undefined;
  const base = (pr.base ?? {}) as { sha?: unknown; repo?: RepoRef | null };
  const head = (pr.head ?? {}) as { sha?: unknown; repo?: RepoRef | null };
  return {
    number: pr.number,
    baseSha: str(base.sha) ?? '',
    headSha: str(head.sha) ?? '',
    baseRepo: str(base.repo?.full_name),
    headRepo: str(head.repo?.full_name),
    author: str((pr.user as { login?: unknown } | undefined)?.login),
  };
}

/**
 * A pull request whose workflow runs with a read-only token and no secrets: from a fork (or a
 * deleted fork) on `pull_request`, or opened by Dependabot. `pull_request_target` runs in the
 * base repository with its secrets, so it is not one.
 */
export function isReadOnlyPullRequest(event: GitHubEvent, env: Environment): boolean {
  const pr = pullRequestOf(event);
  if (!pr || event.name === 'pull_request_target') return false;
  if (pr.author === 'dependabot[bot]' || env.GITHUB_ACTOR === 'dependabot[bot]') return true;
  return isFork(pr);
}

export function isFork(pr: PullRequestEvent): boolean {
  return pr.headRepo === undefined || pr.baseRepo === undefined || pr.headRepo !== pr.baseRepo;
}

/** The repository's default branch as the event payload names it. */
export function defaultBranchOf(event: GitHubEvent): string | undefined {
  return str((event.payload.repository as RepoRef | undefined)?.default_branch);
}

/** True when the run is on the default branch (GITHUB_REF), as the event payload names it. */
export function isOnDefaultBranch(event: GitHubEvent, env: Environment): boolean {
  const branch = defaultBranchOf(event);
  return branch !== undefined && env.GITHUB_REF === `refs/heads/${branch}`;
}

/** True on a push to the repository's default branch (where `mode: auto` deploys). */
export function isDefaultBranchPush(event: GitHubEvent, env: Environment): boolean {
  return event.name === 'push' && isOnDefaultBranch(event, env);
}

export function repositoryOf(env: Environment): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new Error('GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow');
  return { owner, repo };
}

/** The run page, which shows the job summary. */
export function runUrlOf(env: Environment): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID)) return undefined;
  const attempt =
    env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT)
      ? `/attempts/${env.GITHUB_RUN_ATTEMPT}`
      : '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
