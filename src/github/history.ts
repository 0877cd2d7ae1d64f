/**
 * The part of the repository's history and review records that provenance reads, through the
 * REST API only (a shallow checkout works), each commit and pull request read once.
 */
import type { GitHubClient } from './client.js';

export interface CommitInfo {
  sha: string;
  parents: string[];
  message: string;
  files: string[];
}

export interface PullRequest {
  number: number;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  baseRef: string;
  headSha: string;
  author: string;
}

export interface Review {
  login: string;
  type: string;
  state: string;
  commitId: string;
  submittedAt: string;
}

export const short = (sha: string) => sha.slice(0, 12);
/** GitHub lists a commit's files 300 a page, 3,000 at most; a compare's files, 300 at most. */
const FILES_PER_PAGE = 300;
const MAX_COMMIT_FILES = 3000;
const COMPARE_FILES = 300;

/** GitHub cannot say what a commit changed: provenance cannot be proven. */
export class ProvenanceUnknown extends Error {
  override name = 'ProvenanceUnknown';
}
export const firstLine = (message: string) => (message.split('\n')[0] ?? '').slice(0, 120);

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Reads GitHub once per commit and pull request, however many times a rule asks. */
export class History {
  private readonly commits = new Map<string, Promise<CommitInfo>>();
  private readonly pulls = new Map<number, Promise<{ commits: string[]; reviews: Review[] }>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: { owner: string; repo: string; isCaFile: (path: string) => boolean },
  ) {}

  commit(sha: string): Promise<CommitInfo> {
    let found = this.commits.get(sha);
    if (!found) {
      found = this.readCommit(sha);
      this.commits.set(sha, found);
    }
    return found;
  }

  /** A commit and every file it changes against its first parent (GitHub pages them, 300 a page). */
  private async readCommit(sha: string): Promise<CommitInfo> {
    const files: string[] = [];
    for (let page = 1; ; page++) {
      const response = await this.client.rest.repos.getCommit({
        owner: this.repo.owner,
        repo: this.repo.repo,
        ref: sha,
        per_page: FILES_PER_PAGE,
        page,
      });
      const { data } = response;
      for (const f of data.files ?? []) {
        files.push(f.filename);
        const previous = (f as { previous_filename?: string }).previous_filename;
        if (previous) files.push(previous);
      }
      // More pages are announced in the Link header, as for every list GitHub pages.
      if (!/rel="next"/.test(String(response.headers.link ?? ''))) {
        return {
          sha: data.sha,
          parents: data.parents.map((p) => p.sha),
          message: data.commit.message,
          files,
        };
      }
      // GitHub lists at most 3,000 files of a commit: past that, what it changed cannot be known.
      if (files.length >= MAX_COMMIT_FILES || page >= MAX_COMMIT_FILES / 30) {
        throw new ProvenanceUnknown(
          `commit ${short(sha)} changes ${MAX_COMMIT_FILES} files or more, more than GitHub lists: whether it changed a CA file cannot be told; split such changes`,
        );
      }
    }
  }

  /** The commits reachable from `head` and not from `base`, oldest first; undefined when head does not descend from base. */
  async between(base: string, head: string): Promise<string[] | undefined> {
    const out: string[] = [];
    for (let page = 1; ; page++) {
      let data: { status: string; total_commits: number; commits: { sha: string }[] };
      try {
        ({ data } = await this.client.rest.repos.compareCommitsWithBasehead({
          owner: this.repo.owner,
          repo: this.repo.repo,
          basehead: `${base}...${head}`,
          per_page: 100,
          page,
        }));
      } catch (error) {
        if (statusOf(error) === 404 || statusOf(error) === 422) return undefined;
        throw error;
      }
      if (data.status === 'identical') return [];
      if (data.status !== 'ahead') return undefined;
      out.push(...data.commits.map((c) => c.sha));
      if (data.commits.length === 0 || out.length >= data.total_commits) return out;
    }
  }

  /** The files that differ between `base` and `head` (head descends from base); undefined when GitHub cuts the list. */
  async filesBetween(base: string, head: string): Promise<string[] | undefined> {
    const { data } = await this.client.rest.repos.compareCommitsWithBasehead({
      owner: this.repo.owner,
      repo: this.repo.repo,
      basehead: `${base}...${head}`,
    });
    const files = data.files ?? [];
    if (files.length >= COMPARE_FILES) return undefined;
    return files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
  }

  async changesCaFiles(sha: string): Promise<string[]> {
    return (await this.commit(sha)).files.filter((f) => this.repo.isCaFile(f));
  }

  async pullRequestsOf(sha: string): Promise<PullRequest[]> {
    const { data } = await this.client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: this.repo.owner,
      repo: this.repo.repo,
      commit_sha: sha,
    });
    return data.map((p) => ({
      number: p.number,
      mergedAt: p.merged_at ?? null,
      mergeCommitSha: p.merge_commit_sha ?? null,
      baseRef: p.base?.ref ?? '',
      headSha: p.head?.sha ?? '',
      author: p.user?.login ?? '',
    }));
  }

  pull(number: number): Promise<{ commits: string[]; reviews: Review[] }> {
    let found = this.pulls.get(number);
    if (!found) {
      const { owner, repo } = this.repo;
      found = (async () => {
        const commits = await this.client.paginate(this.client.rest.pulls.listCommits, {
          owner,
          repo,
          pull_number: number,
          per_page: 100,
        });
        const reviews = await this.client.paginate(this.client.rest.pulls.listReviews, {
          owner,
          repo,
          pull_number: number,
          per_page: 100,
        });
        return {
          commits: commits.map((c) => c.sha),
          reviews: reviews.map((r) => ({
            login: r.user?.login ?? '',
            type: r.user?.type ?? '',
            state: r.state,
            commitId: r.commit_id ?? '',
            submittedAt: r.submitted_at ?? '',
          })),
        };
      })();
      this.pulls.set(number, found);
    }
    return found;
  }
}
