/**
 * Where an audit is shown: the job summary (always) and the audit issue (unless comment: never).
 * Writing the issue never fails the audit: the problems are in the summary either way.
 */

import * as runner from '../../action/runner.js';
import { explainIssueFailure, ISSUE_MAX_LENGTH, syncAuditIssue } from '../../github/audit-issue.js';
import { githubClient } from '../../github/client.js';
import { repositoryOf, runUrlOf } from '../../github/event.js';
import { tokenIdentity } from '../../github/identity.js';
import type { Settings } from '../../settings/settings.js';
import { markdownText } from '../escape.js';
import { type AuditReport, auditTitle, renderAuditMarkdown } from '../markdown/audit.js';
import { labelOf, SUMMARY_MAX_LENGTH, writeJobSummary } from './publish.js';

export async function publishAudit(settings: Settings, report: AuditReport): Promise<void> {
  const label = labelOf(settings);
  const runUrl = runUrlOf();
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
    const client = await githubClient(settings.githubToken);
    const author = await tokenIdentity(client, settings.githubAppSlug);
    const result = await syncAuditIssue(
      client,
      { ...repositoryOf(), label, author },
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
