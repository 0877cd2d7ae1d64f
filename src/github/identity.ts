/**
 * Who the token writes comments as. Only comments by that login are this action's: anyone can
 * post a comment that starts with the marker, and such a look-alike must neither receive the
 * plan (its author could edit what reviewers read) nor count as a reviewed plan.
 */
import type { GitHubClient } from './client.js';

/** The author of comments written with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * GET /user names the user behind a personal or user-to-server token. An installation token
 * (GITHUB_TOKEN is one) may not call it: GitHub answers 403 "Resource not accessible by
 * integration", and the comments it writes are github-actions[bot]'s. A GitHub App's own
 * installation token also gets 403: `appSlug` (the app-slug output of
 * actions/create-github-app-token) then names its bot, `<slug>[bot]`.
 * https://docs.github.com/en/rest/users/users#get-the-authenticated-user
 */
export async function tokenIdentity(client: GitHubClient, appSlug?: string): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login !== '') return data.login;
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
  }
  return appSlug ? `${appSlug.replace(/\[bot\]$/, '')}[bot]` : ACTIONS_BOT;
}
