/**
 * Why a comment could not be written, in words that say what to change. A pull request from a
 * fork always gets a read-only token, so that is a warning with the workflow_run recipe; the
 * same 403 on a pull request from this repository means the workflow lacks a permission.
 */
export interface CommentProblem {
  level: 'warning' | 'error';
  message: string;
}

export interface CommentContext {
  /** Fork or Dependabot pull request on `pull_request`: the token is read-only by design. */
  readOnly: boolean;
  pullRequest: number;
  /** The note after a deploy: the deploy itself succeeded, so never an error. */
  afterDeploy?: boolean;
}

export const FORK_RECIPE =
  'To comment on pull requests from forks, upload the plan-markdown output as an artifact and post it from a workflow triggered by workflow_run, which gets a write token (see "Pull requests from forks" in the README).';

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 300) ?? '';
}

export function explainCommentFailure(error: unknown, context: CommentContext): CommentProblem {
  const status = statusOf(error);
  const reason = reasonOf(error);
  const where = `pull request #${context.pullRequest}`;
  if (context.readOnly && (status === 403 || status === 404)) {
    return {
      level: 'warning',
      message: `Cannot comment on ${where}: it comes from a fork (or Dependabot), so the token is read-only (GitHub said: ${reason}). The plan is in the job summary. ${FORK_RECIPE}`,
    };
  }
  const level = context.afterDeploy ? 'warning' : 'error';
  if (status === 403 && /not accessible by integration|permission/i.test(reason)) {
    return {
      level,
      message: `Cannot comment on ${where}: the token lacks the permission (GitHub said: ${reason}). Add "permissions: pull-requests: write" to the job (keep "contents: read"), or set comment: never.`,
    };
  }
  if (status === 401) {
    return {
      level,
      message: `Cannot comment on ${where}: github-token was refused (GitHub said: ${reason}). Pass a valid token, or leave github-token at its default \${{ github.token }}.`,
    };
  }
  if (status === 404) {
    return {
      level,
      message: `Cannot comment on ${where}: GitHub answered 404 (${reason}), which means the token cannot see this repository's pull requests. Give the job "permissions: pull-requests: write", or use a token with access to the repository.`,
    };
  }
  // Rate limits, outages, network: the plan is still in the job summary; the next push retries.
  return {
    level: 'warning',
    message: `Cannot comment on ${where}${status ? ` (HTTP ${status})` : ''}: ${reason}. The plan is in the job summary.`,
  };
}
