/**
 * Where an audit is shown: the job summary (always) and the audit issue (unless comment: never).
 * Writing the issue never fails the audit: the problems are in the summary either way.
 */

import { explainIssueFailure, ISSUE_MAX_LENGTH, syncAuditIssue } from '../github/audit-issue.js';
import { githubClient } from '../github/client.js';
import { repositoryOf, runUrlOf } from '../github/event.js';
import { tokenIdentity } from '../github/identity.js';
import { markdownText } from '../report/escape.js';
import { type AuditReport, auditTitle, renderAuditMarkdown } from '../report/markdown/audit.js';
import { labelOf, type Settings } from '../settings/settings.js';
import { SUMMARY_MAX_LENGTH, writeJobSummary } from './publish.js';
import * as runner from './runner.js';

export async function publishAudit(settings: Settings, report: AuditReport): Promise<void> {
  const label = labelOf(settings);
  const env = settings.environment ?? {};
  const runUrl = runUrlOf(env);
  const options = { label, ...(runUrl ? { runUrl } : {}) };
  await writeJobSummary(renderAuditMarkdown(report, { ...options, maxLength: SUMMARY_MAX_LENGTH }));
  if (settings.comment === 'never') return;
  if (settings.githubToken === '') {
    runner.warning(
      'github-token is empty: no audit issue. Leave github-token at its default ${{ github.token }} and give the job "permissions: issues: write".',
    );
    return;
  }
  try {
    const client = await githubClient(settings.githubToken, env.GITHUB_API_URL);
    const author = await tokenIdentity(client, settings.githubAppSlug);
    const result = await syncAuditIssue(
      client,
      { ...repositoryOf(env), label, author },
      {
        healthy: report.healthy,
        title: auditTitle(report, label),
        body: renderAuditMarkdown(report, { ...options, maxLength: ISSUE_MAX_LENGTH }),
        closingComment: `✅ The audit of ${markdownText(label)} is healthy again${runUrl ? ` ([run](${runUrl}))` : ''}: closing.`,
      },
    );
    runner.info(
      result.action === 'none'
        ? 'audit issue: none open, nothing to report'
        : `audit issue #${result.number}: ${result.action}`,
    );
  } catch (error) {
    runner.warning(explainIssueFailure(error));
  }
}
