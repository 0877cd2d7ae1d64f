/**
 * A local server that speaks the part of the GitHub REST API the action uses: issue comments
 * (list with Link pagination, create, update), pull requests of a commit, the authenticated user
 * (GET /user: 403 for an installation token such as GITHUB_TOKEN), and token checks the way
 * GitHub answers them (a read-only token gets 403 "Resource not accessible by integration" on
 * writes, an unknown token 401, a body over 65,536 characters 422). Every request is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
    if (!url.pathname.startsWith(repoPrefix)) return fail(404, 'Not Found');
    const rest = url.pathname.slice(repoPrefix.length);
    const isWrite = record.method === 'POST' || record.method === 'PATCH';
    if (isWrite && access.access !== 'write') return fail(403, 'Resource not accessible by integration');

    const paged = <T>(all: T[]) => {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.maxPerPage);
      const page = Number(url.searchParams.get('page') ?? 1);
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
      return send(
        200,
        all.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {},
      );
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
    if (m && record.method === 'GET') return send(200, this.pulls.get(m[1] as string) ?? []);
    return fail(404, 'Not Found');
  }
}
