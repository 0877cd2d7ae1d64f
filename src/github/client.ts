/**
 * The only place @actions/github is loaded, and only when a comment is written: its context
 * reads the event file at import time, and validate mode never needs it.
 */
export async function githubClient(token: string, apiUrl?: string) {
  const github = await import('@actions/github');
  // GITHUB_API_URL points at GitHub Enterprise Server (or a test server); @actions/github reads it
  // too, but only once at import, so the front-end's value is passed explicitly.
  return github.getOctokit(token, { baseUrl: apiUrl || 'https://api.github.com' });
}

export type GitHubClient = Awaited<ReturnType<typeof githubClient>>;
