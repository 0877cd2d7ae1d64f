/**
 * A local server that speaks the part of the GitHub REST API the action uses: issue comments
 * (list with Link pagination, create, update), pull requests of a commit, the authenticated user
 * (GET /user: 403 for an installation token such as GITHUB_TOKEN), and token checks the way
 * GitHub answers them (a read-only token gets 403 "Resource not accessible by integration" on
 * writes, an unknown token 401, a body over 65,536 characters 422). Every request is recorded.
 *
 * With a real git repository behind it (`useGit`), it also answers the read-only calls a
 * provenance check makes, computed from that repository the way GitHub computes them: the
 * repository (default branch), compare two commits, get a commit (files against the first
 * parent), pull requests of a commit, and a registered pull request with its commits and reviews
 * (`addPullRequest`, `addReview`). See "Git-backed endpoints" below for the choices made.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type GitCommitInfo, type GitFileChange, GitReader } from './git-reader.js';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  merged_at: string | null;
  merge_commit_sha: string | null;
  state: 'open' | 'closed';
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

/** What `addPullRequest` takes; see there for the defaults. */
export interface FakePullRequestSpec {
  number: number;
  author?: FakeUser;
  title?: string;
  /** The branch it was opened against (default: the default branch). */
  baseRef?: string;
  headRef: string;
  /** Its head commit (for a merged one, the head that was merged). */
  headSha: string;
  /** The base its commits are counted from; default: see FakeGitHub.pullBase. */
  baseSha?: string;
  mergeCommitSha?: string | null;
  mergedAt?: string | null;
  mergedBy?: FakeUser | null;
  /** How it was merged; default: 'merge' when the merge commit has two parents, else 'squash'. */
  mergeMethod?: 'merge' | 'squash' | 'rebase';
  state?: 'open' | 'closed';
  createdAt?: string;
  closedAt?: string | null;
}

export interface FakePullRequest {
  number: number;
  title: string;
  author: FakeUser;
  baseRef: string;
  headRef: string;
  headSha: string;
  baseSha: string | null;
  mergeCommitSha: string | null;
  mergedAt: string | null;
  mergedBy: FakeUser | null;
  mergeMethod: 'merge' | 'squash' | 'rebase' | null;
  state: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
}

export type FakeReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';

export interface FakeReviewSpec {
  user: FakeUser;
  state: FakeReviewState;
  /** The pull request head the review was submitted on. */
  commit_id: string;
  /** Default: now (strictly after the previous review). */
  submitted_at?: string;
  body?: string;
}

export interface FakeReview {
  id: number;
  user: FakeUser;
  state: FakeReviewState;
  commit_id: string;
  submitted_at: string;
  body: string;
}

/** A small positive integer derived from a string (user and repository ids). */
function stableId(text: string): number {
  let hash = 0;
  for (const ch of text) hash = (Math.imul(hash, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return (hash % 90_000_000) + 1_000_000;
}

export interface GitHubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  token?: string;
  body?: Record<string, unknown>;
  status: number;
}

export type TokenAccess = 'write' | 'read';

export class FakeGitHub {
  readonly requests: GitHubRequest[] = [];
  /** Comments per issue or pull request number. */
  readonly comments = new Map<number, FakeComment[]>();
  /** Pull requests associated with a commit SHA. */
  readonly pulls = new Map<string, FakePull[]>();
  /** Issues by number (the audit issue). */
  readonly issues = new Map<number, FakeIssue>();
  /**
   * Token → what it may do; the login is what comments it writes are attributed to. An
   * `installation` token (GITHUB_TOKEN, an app's) may not call GET /user; a `user` token may.
   */
  readonly tokens = new Map<string, { access: TokenAccess; login: string; kind: 'installation' | 'user' }>([
    ['write-token', { access: 'write', login: 'github-actions[bot]', kind: 'installation' }],
    ['read-token', { access: 'read', login: 'github-actions[bot]', kind: 'installation' }],
    ['user-token', { access: 'write', login: 'release-bot', kind: 'user' }],
  ]);
  private nextIssue = 1;
  /** Most comments per page, whatever per_page asks (GitHub's is 100; tests lower it). */
  maxPerPage = 100;
  private nextId = 1000;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    /** `owner/repo` of the only repository that exists. */
    readonly repository: string,
  ) {}

  static async start(repository = 'example-org/truststore'): Promise<FakeGitHub> {
    let fake: FakeGitHub | undefined;
    const server = http.createServer((req, res) => {
      fake?.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(error) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, repository);
    return fake;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** Adds a comment as if someone had written it earlier. */
  addComment(
    issue: number,
    body: string,
    user: FakeComment['user'] = { login: 'octocat', type: 'User' },
  ): FakeComment {
    // Strictly increasing timestamps keep "most recently updated" well defined within one millisecond.
    const now = this.tick();
    const id = this.nextId++;
    const html_url = `https://github.com/${this.repository}/pull/${issue}#issuecomment-${id}`;
    const comment = { id, body, html_url, user, created_at: now, updated_at: now };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  private clock = 0;
  private tick(): string {
    this.clock = Math.max(this.clock + 1, Date.now());
    return new Date(this.clock).toISOString();
  }

  /** Adds an issue as if someone had opened it earlier. */
  addIssue(
    title: string,
    body: string,
    user: FakeIssue['user'] = { login: 'octocat', type: 'User' },
  ): FakeIssue {
    const now = new Date().toISOString();
    const issue: FakeIssue = {
      number: this.nextIssue++,
      title,
      body,
      state: 'open',
      state_reason: null,
      user,
      created_at: now,
      updated_at: now,
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  /** The requests that changed something (POST, PATCH). */
  writes(): GitHubRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  // ---------------------------------------------------------------------------------------------
  // Git-backed endpoints.
  //
  // GET /repos/{o}/{r}                          the repository: default_branch, full_name, …
  // GET /repos/{o}/{r}/compare/{base}...{head}  status, ahead_by, behind_by, total_commits,
  //     base_commit, merge_base_commit, commits (`git rev-list --reverse --topo-order base..head`;
  //     without page/per_page the last `maxCompareCommits` (250); with them, pages with a Link
  //     header), files (diff merge-base..head, at most `maxCompareFiles` (300), first page only);
  //     404 "Not Found" for an unknown commit, 404 "No common ancestor between …" for unrelated ones.
  // GET /repos/{o}/{r}/commits/{ref}            the commit, files against its FIRST parent (the
  //     empty tree for a root commit); 422 "No commit found for SHA: …" for an unknown one.
  // GET /repos/{o}/{r}/commits/{sha}/pulls      `pulls` (the Map) when it has the SHA; otherwise
  //     the registered pull requests associated with the commit (one of its commits, or its merge,
  //     squash or rebased commits), filtered as GitHub documents it: when the commit is on the
  //     default branch only merged ones, otherwise merged and open ones (not closed-unmerged).
  // GET /repos/{o}/{r}/pulls/{n}                the registered pull request (with `merged`).
  // GET /repos/{o}/{r}/pulls/{n}/commits        its commits: `git rev-list --reverse --topo-order
  //     head ^base` where base is the base branch as the pull request saw it (see `pullBase`), at
  //     most `maxPullCommits` (250), paginated.
  // GET /repos/{o}/{r}/pulls/{n}/reviews        the registered reviews, chronological, paginated.
  // ---------------------------------------------------------------------------------------------

  /** The default branch (GET /repos/{o}/{r}); `useGit` sets it. */
  defaultBranch = 'main';
  /** Pull requests by number (`addPullRequest`). */
  readonly pullRequests = new Map<number, FakePullRequest>();
  /** Reviews per pull request number (`addReview`). */
  readonly reviews = new Map<number, FakeReview[]>();
  /** GitHub accounts by commit e-mail: a commit's top-level `author`/`committer` (null otherwise). */
  readonly gitUsers = new Map<string, FakeUser>();
  /** Commits of a compare without page/per_page (GitHub: the last 250). */
  maxCompareCommits = 250;
  /** Files of a compare (GitHub: 300). */
  maxCompareFiles = 300;
  /** Files per page of a commit (GitHub: 300, then Link pages). */
  maxCommitFiles = 300;
  /** Commits of a pull request (GitHub: the first 250). */
  maxPullCommits = 250;
  private gitReader: GitReader | undefined;
  private nextReviewId = 80_000;

  /** Answers the git-backed endpoints from the repository at `repo` (a directory or a GitHistory). */
  useGit(repo: string | { dir: string }, options: { defaultBranch?: string } = {}): this {
    this.gitReader = new GitReader(typeof repo === 'string' ? repo : repo.dir);
    if (options.defaultBranch !== undefined) this.defaultBranch = options.defaultBranch;
    else if (typeof repo !== 'string' && 'defaultBranch' in repo && typeof repo.defaultBranch === 'string')
      this.defaultBranch = repo.defaultBranch;
    return this;
  }

  /** The repository reader, once `useGit` was called. */
  get git(): GitReader | undefined {
    return this.gitReader;
  }

  /**
   * Registers a pull request. `state` defaults to closed when `mergedAt` is set, open otherwise;
   * `baseRef` to the default branch; `mergeMethod` to 'merge' when the merge commit has two
   * parents, 'squash' otherwise. `baseSha` overrides the base the pull request's commits are
   * counted from (see `pullBase`). SHAs must be full; a later call with the same number replaces it.
   */
  addPullRequest(spec: FakePullRequestSpec): FakePullRequest {
    const sha = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
    for (const [field, value] of [
      ['headSha', spec.headSha],
      ['mergeCommitSha', spec.mergeCommitSha],
      ['baseSha', spec.baseSha],
    ] as const) {
      if (value !== undefined && value !== null && !sha.test(value))
        throw new Error(`addPullRequest #${spec.number}: ${field} must be a full SHA, got "${value}"`);
    }
    const mergedAt = spec.mergedAt ?? null;
    const pr: FakePullRequest = {
      number: spec.number,
      title: spec.title ?? `Pull request #${spec.number}`,
      author: spec.author ?? { login: 'octocat', type: 'User' },
      baseRef: spec.baseRef ?? this.defaultBranch,
      headRef: spec.headRef,
      headSha: spec.headSha,
      baseSha: spec.baseSha ?? null,
      mergeCommitSha: spec.mergeCommitSha ?? null,
      mergedAt,
      mergedBy:
        spec.mergedBy !== undefined
          ? spec.mergedBy
          : mergedAt
            ? (spec.author ?? { login: 'octocat', type: 'User' })
            : null,
      mergeMethod: spec.mergeMethod ?? null,
      state: spec.state ?? (mergedAt ? 'closed' : 'open'),
      createdAt: spec.createdAt ?? '2026-01-01T00:00:00Z',
      closedAt: spec.closedAt ?? mergedAt,
    };
    this.pullRequests.set(pr.number, pr);
    return pr;
  }

  /** Adds a submitted review to pull request `number` (listed in `submitted_at` order). */
  addReview(number: number, spec: FakeReviewSpec): FakeReview {
    const review: FakeReview = {
      id: this.nextReviewId++,
      user: spec.user,
      state: spec.state,
      commit_id: spec.commit_id,
      submitted_at: spec.submitted_at ?? this.tick().replace(/\.\d{3}Z$/, 'Z'),
      body: spec.body ?? '',
    };
    this.reviews.set(number, [...(this.reviews.get(number) ?? []), review]);
    return review;
  }

  /**
   * The base a pull request's commits are counted from (its `base.sha`): `baseSha` when given;
   * for a merged pull request, the base branch just before the merge (the merge or squash
   * commit's first parent; for a rebase, the commit below the rebased ones); otherwise the current
   * tip of the base branch.
   */
  pullBase(pr: FakePullRequest): string {
    if (pr.baseSha) return pr.baseSha;
    const git = this.requireGit();
    if (pr.mergedAt && pr.mergeCommitSha) {
      if (this.mergeMethodOf(pr) === 'rebase') {
        const replayed = git.revList(pr.headSha, [pr.mergeCommitSha], { noMerges: true }).length;
        return git.git(['rev-parse', '--verify', `${pr.mergeCommitSha}~${replayed}^{commit}`]).trim();
      }
      const first = git.commit(pr.mergeCommitSha).parents[0];
      if (first) return first;
    }
    const tip = git.branchTip(pr.baseRef);
    if (!tip) throw new Error(`pull request #${pr.number}: no branch "${pr.baseRef}" and no baseSha`);
    return tip;
  }

  /** The pull request's commits, oldest first (what GET pulls/{n}/commits lists, before the cap). */
  pullCommits(pr: FakePullRequest): string[] {
    return this.requireGit().revList(pr.headSha, [this.pullBase(pr)]);
  }

  private mergeMethodOf(pr: FakePullRequest): 'merge' | 'squash' | 'rebase' {
    if (pr.mergeMethod) return pr.mergeMethod;
    if (!pr.mergeCommitSha || !this.gitReader) return 'merge';
    return this.gitReader.commit(pr.mergeCommitSha).parents.length > 1 ? 'merge' : 'squash';
  }

  /** The commits GitHub associates with a pull request: its own, and those its merge made. */
  private associatedCommits(pr: FakePullRequest): Set<string> {
    const git = this.requireGit();
    const shas = new Set(this.pullCommits(pr));
    if (pr.mergedAt && pr.mergeCommitSha) {
      shas.add(pr.mergeCommitSha);
      if (this.mergeMethodOf(pr) === 'rebase') {
        for (const sha of git.revList(pr.mergeCommitSha, [this.pullBase(pr)])) shas.add(sha);
      }
    }
    return shas;
  }

  private requireGit(): GitReader {
    if (!this.gitReader) throw new Error('this endpoint needs a git repository: call useGit() first');
    return this.gitReader;
  }

  /** One page of `all` as GitHub pages lists: per_page (default 30, capped), page, Link header. */
  private pageOf<T>(url: URL, all: T[], cap = this.maxPerPage) {
    const asked = Number(url.searchParams.get('per_page') ?? 30);
    const perPage = Math.min(Number.isFinite(asked) && asked >= 1 ? Math.floor(asked) : 30, cap);
    const askedPage = Number(url.searchParams.get('page') ?? 1);
    const page = Number.isFinite(askedPage) && askedPage >= 1 ? Math.floor(askedPage) : 1;
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number) => {
      const u = new URL(url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const links: string[] = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return {
      page,
      items: all.slice((page - 1) * perPage, page * perPage),
      headers: (links.length ? { link: links.join(', ') } : {}) as Record<string, string>,
    };
  }

  private get api(): string {
    return `${this.url}/repos/${this.repository}`;
  }

  private userJson(user: FakeUser) {
    const id = stableId(user.login);
    return {
      login: user.login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      url: `${this.url}/users/${encodeURIComponent(user.login)}`,
      html_url: `https://github.com/${user.login}`,
      type: user.type,
      site_admin: false,
    };
  }

  private repositoryJson() {
    const [owner = '', name = ''] = this.repository.split('/');
    return {
      id: stableId(this.repository),
      node_id: `R_${stableId(this.repository)}`,
      name,
      full_name: this.repository,
      owner: this.userJson({ login: owner, type: 'Organization' as FakeUser['type'] }),
      private: false,
      visibility: 'public',
      fork: false,
      archived: false,
      disabled: false,
      html_url: `https://github.com/${this.repository}`,
      url: this.api,
      default_branch: this.defaultBranch,
    };
  }

  private commitJson(info: GitCommitInfo) {
    const user = (email: string) => {
      const u = this.gitUsers.get(email);
      return u ? this.userJson(u) : null;
    };
    return {
      sha: info.sha,
      node_id: `C_${info.sha}`,
      url: `${this.api}/commits/${info.sha}`,
      html_url: `https://github.com/${this.repository}/commit/${info.sha}`,
      comments_url: `${this.api}/commits/${info.sha}/comments`,
      commit: {
        url: `${this.api}/git/commits/${info.sha}`,
        author: { ...info.author },
        committer: { ...info.committer },
        message: info.message,
        comment_count: 0,
        tree: { sha: info.tree, url: `${this.api}/git/trees/${info.tree}` },
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null,
        },
      },
      author: user(info.author.email),
      committer: user(info.committer.email),
      parents: info.parents.map((p) => ({
        sha: p,
        url: `${this.api}/commits/${p}`,
        html_url: `https://github.com/${this.repository}/commit/${p}`,
      })),
    };
  }

  private fileJson(change: GitFileChange, at: string) {
    const path = change.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha: change.sha,
      filename: change.filename,
      status: change.status,
      additions: change.additions,
      deletions: change.deletions,
      changes: change.additions + change.deletions,
      blob_url: `https://github.com/${this.repository}/blob/${at}/${path}`,
      raw_url: `https://github.com/${this.repository}/raw/${at}/${path}`,
      contents_url: `${this.api}/contents/${path}?ref=${at}`,
      ...(change.previous_filename !== undefined ? { previous_filename: change.previous_filename } : {}),
    };
  }

  private pullJson(pr: FakePullRequest, full: boolean) {
    const git = this.gitReader;
    const baseSha = git ? this.pullBase(pr) : (pr.baseSha ?? '');
    const [owner = ''] = this.repository.split('/');
    const ownerUser = this.userJson({ login: owner, type: 'Organization' as FakeUser['type'] });
    const repo = this.repositoryJson();
    const html = `https://github.com/${this.repository}/pull/${pr.number}`;
    const self = `${this.api}/pulls/${pr.number}`;
    const simple = {
      url: self,
      id: 100_000 + pr.number,
      node_id: `PR_${pr.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.api}/issues/${pr.number}`,
      commits_url: `${self}/commits`,
      review_comments_url: `${self}/comments`,
      review_comment_url: `${this.api}/pulls/comments{/number}`,
      comments_url: `${this.api}/issues/${pr.number}/comments`,
      statuses_url: `${this.api}/statuses/${pr.headSha}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: this.userJson(pr.author),
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: pr.createdAt,
      updated_at: pr.closedAt ?? pr.createdAt,
      closed_at: pr.state === 'closed' ? (pr.closedAt ?? pr.createdAt) : null,
      merged_at: pr.mergedAt,
      merge_commit_sha: pr.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${owner}:${pr.headRef}`, ref: pr.headRef, sha: pr.headSha, user: ownerUser, repo },
      base: { label: `${owner}:${pr.baseRef}`, ref: pr.baseRef, sha: baseSha, user: ownerUser, repo },
      _links: {
        self: { href: self },
        html: { href: html },
        issue: { href: `${this.api}/issues/${pr.number}` },
        comments: { href: `${this.api}/issues/${pr.number}/comments` },
        review_comments: { href: `${self}/comments` },
        review_comment: { href: `${this.api}/pulls/comments{/number}` },
        commits: { href: `${self}/commits` },
        statuses: { href: `${this.api}/statuses/${pr.headSha}` },
      },
      author_association: pr.author.type === 'Bot' ? 'NONE' : 'MEMBER',
      auto_merge: null,
      draft: false,
    };
    if (!full) return simple;
    let commits = 0;
    let files: GitFileChange[] = [];
    if (git) {
      commits = this.pullCommits(pr).length;
      const mergeBase = git.mergeBase(baseSha, pr.headSha);
      files = mergeBase ? git.diff(mergeBase, pr.headSha) : [];
    }
    return {
      ...simple,
      merged: pr.mergedAt !== null,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: pr.mergedBy ? this.userJson(pr.mergedBy) : null,
      comments: (this.comments.get(pr.number) ?? []).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0),
      changed_files: files.length,
    };
  }

  private reviewJson(number: number, review: FakeReview) {
    const html = `https://github.com/${this.repository}/pull/${number}#pullrequestreview-${review.id}`;
    return {
      id: review.id,
      node_id: `PRR_${review.id}`,
      user: this.userJson(review.user),
      body: review.body,
      state: review.state,
      html_url: html,
      pull_request_url: `${this.api}/pulls/${number}`,
      _links: { html: { href: html }, pull_request: { href: `${this.api}/pulls/${number}` } },
      submitted_at: review.submitted_at,
      commit_id: review.commit_id,
      author_association: review.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  /** Serves the git-backed GET endpoints; false when `rest` is none of them (or needs git it lacks). */
  private serveGit(
    rest: string,
    url: URL,
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
    fail: (status: number, message: string) => void,
    paged: <T>(all: T[]) => void,
  ): boolean {
    const decode = (segment: string) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    };
    let m = /^pulls\/(\d+)$/.exec(rest);
    if (m) {
      const pr = this.pullRequests.get(Number(m[1]));
      if (!pr) fail(404, 'Not Found');
      else send(200, this.pullJson(pr, true));
      return true;
    }
    m = /^pulls\/(\d+)\/reviews$/.exec(rest);
    if (m) {
      const number = Number(m[1]);
      if (!this.pullRequests.has(number)) fail(404, 'Not Found');
      else {
        const chronological = [...(this.reviews.get(number) ?? [])].sort((a, b) =>
          a.submitted_at < b.submitted_at ? -1 : a.submitted_at > b.submitted_at ? 1 : 0,
        );
        paged(chronological.map((r) => this.reviewJson(number, r)));
      }
      return true;
    }
    const git = this.gitReader;
    if (!git) return false;
    m = /^pulls\/(\d+)\/commits$/.exec(rest);
    if (m) {
      const pr = this.pullRequests.get(Number(m[1]));
      if (!pr) fail(404, 'Not Found');
      else {
        const shas = this.pullCommits(pr).slice(0, this.maxPullCommits);
        paged(git.commits(shas).map((c) => this.commitJson(c)));
      }
      return true;
    }
    m = /^commits\/([^/]+)\/pulls$/.exec(rest);
    if (m) {
      const ref = decode(m[1]!);
      const sha = git.resolve(ref);
      if (!sha) {
        fail(422, `No commit found for SHA: ${ref}`);
        return true;
      }
      const mapped = this.pulls.get(sha);
      if (mapped) {
        send(200, mapped);
        return true;
      }
      const tip = git.branchTip(this.defaultBranch);
      const onDefault = tip !== undefined && git.isAncestor(sha, tip);
      const found = [...this.pullRequests.values()]
        .sort((a, b) => a.number - b.number)
        .filter((pr) => (onDefault ? pr.mergedAt !== null : pr.mergedAt !== null || pr.state === 'open'))
        .filter((pr) => this.associatedCommits(pr).has(sha));
      paged(found.map((pr) => this.pullJson(pr, false)));
      return true;
    }
    m = /^commits\/([^/]+)$/.exec(rest);
    if (m) {
      const ref = decode(m[1]!);
      const sha = git.resolve(ref);
      if (!sha) {
        fail(422, `No commit found for SHA: ${ref}`);
        return true;
      }
      const info = git.commit(sha);
      const first = info.parents[0];
      const all = git.diff(first ?? null, sha);
      const p = this.pageOf(url, all, this.maxCommitFiles);
      // GitHub pages the files (300 a page) only when there are more; per_page alone changes nothing.
      const files = all.length > this.maxCommitFiles ? p.items : all;
      send(
        200,
        {
          ...this.commitJson(info),
          stats: {
            additions: all.reduce((n, f) => n + f.additions, 0),
            deletions: all.reduce((n, f) => n + f.deletions, 0),
            total: all.reduce((n, f) => n + f.additions + f.deletions, 0),
          },
          files: files.map((f) => this.fileJson(f, sha)),
        },
        all.length > this.maxCommitFiles ? p.headers : {},
      );
      return true;
    }
    m = /^compare\/(.+)$/.exec(rest);
    if (m) {
      const basehead = decode(m[1]!);
      const dots = basehead.indexOf('...');
      const [owner] = this.repository.split('/');
      const strip = (ref: string) => (ref.startsWith(`${owner}:`) ? ref.slice(owner!.length + 1) : ref);
      const baseRef = dots < 0 ? '' : strip(basehead.slice(0, dots));
      const headRef = dots < 0 ? '' : strip(basehead.slice(dots + 3));
      const base = git.resolve(baseRef);
      const head = git.resolve(headRef);
      if (!base || !head) {
        fail(404, 'Not Found');
        return true;
      }
      const mergeBase = git.mergeBase(base, head);
      if (!mergeBase) {
        fail(404, `No common ancestor between ${baseRef} and ${headRef}.`);
        return true;
      }
      const ahead = git.revList(head, [base]);
      const behindBy = git.count(base, head);
      const status =
        ahead.length === 0 && behindBy === 0
          ? 'identical'
          : behindBy === 0
            ? 'ahead'
            : ahead.length === 0
              ? 'behind'
              : 'diverged';
      const paginated = url.searchParams.has('page') || url.searchParams.has('per_page');
      const p = this.pageOf(url, ahead);
      const shown = paginated ? p.items : ahead.slice(-this.maxCompareCommits);
      const [baseInfo, mergeBaseInfo] = git.commits([base, mergeBase]);
      const permalink = `https://github.com/${this.repository}/compare/${owner}:${base}...${owner}:${head}`;
      const html = `https://github.com/${this.repository}/compare/${basehead}`;
      send(
        200,
        {
          url: `${this.api}/compare/${basehead}`,
          html_url: html,
          permalink_url: permalink,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: this.commitJson(baseInfo!),
          merge_base_commit: this.commitJson(mergeBaseInfo!),
          status,
          ahead_by: ahead.length,
          behind_by: behindBy,
          total_commits: ahead.length,
          commits: git.commits(shown).map((c) => this.commitJson(c)),
          // The files are listed on the first page only.
          ...(!paginated || p.page === 1
            ? {
                files: git
                  .diff(mergeBase, head)
                  .slice(0, this.maxCompareFiles)
                  .map((f) => this.fileJson(f, head)),
              }
            : {}),
        },
        paginated ? p.headers : {},
      );
      return true;
    }
    return false;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const record: GitHubRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(token ? { token } : {}),
      ...(body ? { body } : {}),
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(payload));
    };
    const fail = (status: number, message: string) =>
      send(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });

    const access = token ? this.tokens.get(token) : undefined;
    if (!access) return fail(401, 'Bad credentials');
    if (url.pathname === '/user' && record.method === 'GET') {
      if (access.kind === 'installation') return fail(403, 'Resource not accessible by integration');
      return send(200, { login: access.login, id: 77, type: 'User' });
    }
    const repoPrefix = `/repos/${this.repository}/`;
    if (url.pathname === `/repos/${this.repository}` && record.method === 'GET') {
      return send(200, this.repositoryJson());
    }
    if (!url.pathname.startsWith(repoPrefix)) return fail(404, 'Not Found');
    const rest = url.pathname.slice(repoPrefix.length);
    const isWrite = record.method === 'POST' || record.method === 'PATCH';
    if (isWrite && access.access !== 'write') return fail(403, 'Resource not accessible by integration');

    const paged = <T>(all: T[]) => {
      const p = this.pageOf(url, all);
      return send(200, p.items, p.headers);
    };
    let m = /^issues\/(\d+)\/comments$/.exec(rest);
    if (m && record.method === 'GET') return paged(this.comments.get(Number(m[1])) ?? []);
    if (rest === 'issues' && record.method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      return paged([...this.issues.values()].filter((i) => state === 'all' || i.state === state));
    }
    if (rest === 'issues' && record.method === 'POST') {
      const type = access.kind === 'user' ? 'User' : 'Bot';
      return send(
        201,
        this.addIssue(String(body?.title ?? ''), String(body?.body ?? ''), { login: access.login, type }),
      );
    }
    m = /^issues\/(\d+)$/.exec(rest);
    if (m && record.method === 'PATCH') {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return fail(404, 'Not Found');
      if (typeof body?.title === 'string') issue.title = body.title;
      if (typeof body?.body === 'string') issue.body = body.body;
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      if (typeof body?.state_reason === 'string') issue.state_reason = body.state_reason;
      issue.updated_at = new Date().toISOString();
      return send(200, issue);
    }
    m = /^issues\/(\d+)\/comments$/.exec(rest);
    if (m && record.method === 'POST') {
      const text = String(body?.body ?? '');
      if (text.length > 65_536)
        return fail(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
      return send(
        201,
        this.addComment(Number(m[1]), text, {
          login: access.login,
          type: access.kind === 'installation' ? 'Bot' : 'User',
        }),
      );
    }
    m = /^issues\/comments\/(\d+)$/.exec(rest);
    if (m && record.method === 'PATCH') {
      const id = Number(m[1]);
      const comment = [...this.comments.values()].flat().find((c) => c.id === id);
      if (!comment) return fail(404, 'Not Found');
      const text = String(body?.body ?? '');
      if (text.length > 65_536)
        return fail(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
      comment.body = text;
      comment.updated_at = this.tick();
      return send(200, comment);
    }
    m = /^commits\/([0-9a-f]{40})\/pulls$/.exec(rest);
    if (m && record.method === 'GET' && (this.pulls.has(m[1]!) || !this.gitReader)) {
      // The Map wins for a SHA it has; without git, registered pull requests match by SHA only.
      const sha = m[1]!;
      if (this.pulls.has(sha) || this.pullRequests.size === 0) return send(200, this.pulls.get(sha) ?? []);
      return paged(
        [...this.pullRequests.values()]
          .filter((pr) => pr.headSha === sha || (pr.mergedAt !== null && pr.mergeCommitSha === sha))
          .map((pr) => this.pullJson(pr, false)),
      );
    }
    if (record.method === 'GET') {
      try {
        const served = this.serveGit(rest, url, send, fail, paged);
        if (served) return;
      } catch (error) {
        return fail(500, `FakeGitHub: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return fail(404, 'Not Found');
  }
}
