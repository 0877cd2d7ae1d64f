export const id = 512;
export const ids = [512];
export const modules = {

/***/ 6512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishDeployment: () => (/* binding */ publishDeployment),
  publishInvalid: () => (/* binding */ publishInvalid),
  publishPlan: () => (/* binding */ publishPlan)
});

// UNUSED EXPORTS: SUMMARY_MAX_LENGTH, labelOf, writeJobSummary

// EXTERNAL MODULE: ./lib/plan/render.js + 1 modules
var render = __webpack_require__(5757);
// EXTERNAL MODULE: ./lib/plan/escape.js
var plan_escape = __webpack_require__(6956);
;// CONCATENATED MODULE: ./lib/plan/render-deployment.js
/**
 * What a deploy did, as Markdown: the job summary of a deploy run and the short note on the
 * merged pull request. Pure, like `render.ts`.
 */


function names(list) {
    return list.length === 0 ? 'none' : list.map((n) => (0,plan_escape/* markdownText */.p7)(n)).join(', ');
}
function renderDeploymentMarkdown(plan, deployment, options = {}) {
    const label = options.label ? `: ${(0,plan_escape/* markdownText */.p7)(options.label)}` : '';
    const lines = [];
    if (options.header)
        lines.push(options.header);
    if (options.failure !== undefined) {
        lines.push(`### ❌ mTLS truststore deploy failed${label}`, `**${(0,plan_escape/* markdownText */.p7)(options.failure, 2000)}**`);
    }
    else if (deployment.upToDate) {
        lines.push(`### ✅ mTLS truststore up to date${label}`, `Nothing deployed: every domain is already pinned to ${deployment.versionId ? `version ${(0,render/* code */.aY)(deployment.versionId)}` : 'the same truststore'} of ${(0,plan_escape/* markdownText */.p7)(plan.location.uri)}.`);
    }
    else {
        lines.push(`### 🚀 mTLS truststore deployed${label}`, `Version ${deployment.versionId ? (0,render/* code */.aY)(deployment.versionId) : 'unknown'} of ${(0,plan_escape/* markdownText */.p7)(plan.location.uri)}` +
            ` (+${plan.addedCount} added, −${plan.removedCount} removed; previous version ${deployment.previousVersionId ? (0,render/* code */.aY)(deployment.previousVersionId) : 'none'}).`);
    }
    const facts = [`- Domains rolled: ${names(deployment.deployedDomains)}`];
    if (deployment.rolledBackDomains.length > 0) {
        facts.push(`- **Rolled back** to ${deployment.previousVersionId ? (0,render/* code */.aY)(deployment.previousVersionId) : 'the previous version'}: ${names(deployment.rolledBackDomains)}`);
    }
    if (deployment.untouchedDomains.length > 0)
        facts.push(`- Not touched: ${names(deployment.untouchedDomains)}`);
    const warned = deployment.warnings.filter((w) => w.warnings.length > 0);
    if (warned.length === 0)
        facts.push('- Truststore warnings from API Gateway: none');
    else {
        facts.push('- Truststore warnings from API Gateway:');
        for (const w of warned) {
            for (const message of w.warnings)
                facts.push(`  - ${(0,plan_escape/* markdownText */.p7)(w.domainName)}: ${(0,plan_escape/* markdownText */.p7)(message, 1000)}`);
        }
    }
    lines.push(facts.join('\n'));
    if (options.runUrl)
        lines.push(`<sub>[Workflow run](${options.runUrl})</sub>`);
    const max = options.maxLength ?? 60_000;
    return (0,render/* fitToLength */.bD)(`${lines.join('\n\n')}\n`, max, 'The rest was cut: see the job summary of the run.');
}
//# sourceMappingURL=render-deployment.js.map
// EXTERNAL MODULE: ./lib/runner.js
var runner = __webpack_require__(869);
;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The only place @actions/github is loaded, and only when a comment is written: its context
 * reads the event file at import time, and validate mode never needs it.
 */
async function githubClient(token) {
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    // GITHUB_API_URL points at GitHub Enterprise Server (or a test server); @actions/github reads it
    // too, but only once at import, so it is passed explicitly.
    return github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
}
//# sourceMappingURL=client.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/github/marker.js
/**
 * The hidden header that makes a comment sticky: an HTML comment holding a small JSON object
 * (what kind of note, which truststore, which plan). A deploy or a reviewer can tell from the
 * plan hash which plan was reviewed.
 */

const PREFIX = '<!-- mtls-truststore-action ';
const SUFFIX = ' -->';
function planHash(plan) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(plan)).digest('hex');
}
/** The JSON carries no `-`, `<` or `>`, so no label or URI can end the HTML comment early. */
function renderMarker(marker) {
    const json = JSON.stringify(marker).replace(/[-<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${PREFIX}${json}${SUFFIX}`;
}
/** The marker a comment body starts with, or undefined (someone else's comment, or malformed). */
function parseMarker(body) {
    if (!body?.startsWith(PREFIX))
        return undefined;
    const end = body.indexOf(SUFFIX, PREFIX.length);
    if (end < 0)
        return undefined;
    try {
        const value = JSON.parse(body.slice(PREFIX.length, end));
        if ((value.kind !== 'plan' && value.kind !== 'deployment') || typeof value.label !== 'string')
            return undefined;
        return {
            kind: value.kind,
            label: value.label,
            uri: typeof value.uri === 'string' ? value.uri : '',
            plan: typeof value.plan === 'string' ? value.plan : '',
            ...(typeof value.sha === 'string' ? { sha: value.sha } : {}),
        };
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=marker.js.map
;// CONCATENATED MODULE: ./lib/github/comment.js

/** The comment this action wrote earlier for `wanted` (a bot's first, when someone copied the marker). */
async function findComment(client, target, wanted) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    const ours = comments.filter((c) => {
        const marker = parseMarker(c.body);
        return marker !== undefined && wanted(marker);
    });
    return ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
}
/** Updates the comment carrying a matching marker, or creates one, as `policy` allows. */
async function upsertComment(client, target, wanted, body, policy) {
    const existing = await findComment(client, target, wanted);
    if (existing) {
        if (!policy.update)
            return { action: 'unchanged', id: existing.id };
        if (existing.body === body)
            return { action: 'unchanged', id: existing.id };
        await client.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: existing.id,
            body,
        });
        return { action: 'updated', id: existing.id };
    }
    if (!policy.create)
        return { action: 'skipped' };
    const { data } = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
    });
    return { action: 'created', id: data.id };
}
//# sourceMappingURL=comment.js.map
// EXTERNAL MODULE: ./lib/github/event.js
var github_event = __webpack_require__(9607);
;// CONCATENATED MODULE: ./lib/github/permissions.js
const FORK_RECIPE = 'To comment on pull requests from forks, upload the plan-markdown output as an artifact and post it from a workflow triggered by workflow_run, which gets a write token (see "Pull requests from forks" in the README).';
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function reasonOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0]?.slice(0, 300) ?? '';
}
function explainCommentFailure(error, context) {
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
//# sourceMappingURL=permissions.js.map
;// CONCATENATED MODULE: ./lib/github/publish.js








/** A step summary may hold 1 MiB; leave room for what other steps write. */
const SUMMARY_MAX_LENGTH = 800_000;
/** Tells the comments of several truststores apart (action.yml: label, else truststore-uri, else output-file). */
function labelOf(settings) {
    return settings.label ?? settings.truststoreUri ?? settings.outputFile;
}
async function writeJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        runner/* info */.pq('GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary written');
        return;
    }
    try {
        await runner/* appendSummary */.fe(markdown, true);
    }
    catch (error) {
        runner/* warning */.$e(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}
async function writeSticky(settings, note) {
    if (settings.githubToken === '') {
        runner/* warning */.$e(`github-token is empty: no pull-request comment. Leave github-token at its default \${{ github.token }}.`);
        return;
    }
    try {
        const client = await githubClient(settings.githubToken);
        const result = await upsertComment(client, { ...(0,github_event/* repositoryOf */._M)(), issueNumber: note.issueNumber }, note.wanted, note.body, note.policy);
        runner/* info */.pq(result.action === 'skipped'
            ? `comment: ${settings.comment}: nothing to say on pull request #${note.issueNumber}`
            : `comment ${result.id} on pull request #${note.issueNumber}: ${result.action}`);
    }
    catch (error) {
        const problem = explainCommentFailure(error, {
            readOnly: note.readOnly,
            pullRequest: note.issueNumber,
            afterDeploy: note.afterDeploy,
        });
        if (problem.level === 'error')
            runner/* setFailed */.C1(problem.message);
        else
            runner/* warning */.$e(problem.message);
    }
}
function renderOptions(settings, label) {
    return { expiryWarningDays: settings.expiryWarningDays, label, fullPlanUrl: (0,github_event/* runUrlOf */.Qm)() };
}
async function commentOnPullRequest(settings, label, body, hasChanges) {
    const event = (0,github_event/* readEvent */.j_)();
    const pr = (0,github_event/* pullRequestOf */._n)(event);
    if (!pr || settings.comment === 'never')
        return;
    await writeSticky(settings, {
        issueNumber: pr.number,
        readOnly: (0,github_event/* isReadOnlyPullRequest */.jB)(event),
        afterDeploy: false,
        wanted: (m) => m.kind === 'plan' && m.label === label,
        body,
        policy: { create: settings.comment === 'always' || hasChanges, update: true },
    });
}
async function publishPlan(settings, _validation, plan) {
    const label = labelOf(settings);
    const options = renderOptions(settings, label);
    const header = renderMarker({ kind: 'plan', label, uri: plan.location.uri, plan: planHash(plan) });
    const comment = (0,render/* renderPlanMarkdown */.d$)(plan, { ...options, header });
    runner/* setOutput */.uH('plan-markdown', comment);
    await writeJobSummary((0,render/* renderPlanMarkdown */.d$)(plan, { ...options, maxLength: SUMMARY_MAX_LENGTH }));
    await commentOnPullRequest(settings, label, comment, plan.hasChanges);
}
/**
 * Plan mode with an invalid truststore: the pull request still hears why (validate mode has
 * written the job summary and failed the step already).
 */
async function publishInvalid(settings, validation) {
    const label = labelOf(settings);
    const header = renderMarker({ kind: 'plan', label, uri: settings.truststoreUri ?? '', plan: 'invalid' });
    const comment = (0,render/* renderInvalidMarkdown */.PJ)(validation.findings, { ...renderOptions(settings, label), header });
    runner/* setOutput */.uH('plan-markdown', comment);
    await commentOnPullRequest(settings, label, comment, true);
}
async function publishDeployment(settings, plan, deployment, failure) {
    const label = labelOf(settings);
    const options = { ...renderOptions(settings, label), runUrl: (0,github_event/* runUrlOf */.Qm)(), failure: failure?.message };
    await writeJobSummary(`${renderDeploymentMarkdown(plan, deployment, { ...options, maxLength: 100_000 })}\n${(0,render/* renderPlanMarkdown */.d$)(plan, {
        ...options,
        maxLength: SUMMARY_MAX_LENGTH,
    })}`);
    const event = (0,github_event/* readEvent */.j_)();
    if (event.name !== 'push' || settings.comment === 'never')
        return;
    if (settings.comment === 'changes-only' && deployment.upToDate && !failure)
        return;
    const sha = process.env.GITHUB_SHA ?? '';
    if (!/^[0-9a-f]{40,64}$/i.test(sha) || settings.githubToken === '')
        return;
    let issueNumber;
    try {
        const client = await githubClient(settings.githubToken);
        const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
            ...(0,github_event/* repositoryOf */._M)(),
            commit_sha: sha,
        });
        const merged = data.filter((p) => p.merged_at);
        issueNumber = (merged.find((p) => p.merge_commit_sha === sha) ?? merged[0])?.number;
    }
    catch (error) {
        runner/* warning */.$e(`Could not find the pull request merged as ${sha.slice(0, 12)}: ${error instanceof Error ? error.message : String(error)}. The deployment is in the job summary.`);
        return;
    }
    if (issueNumber === undefined) {
        runner/* info */.pq(`No merged pull request for commit ${sha.slice(0, 12)}: no deployment note`);
        return;
    }
    const marker = { kind: 'deployment', label, uri: plan.location.uri, plan: planHash(plan), sha };
    await writeSticky(settings, {
        issueNumber,
        readOnly: false,
        afterDeploy: true,
        wanted: (m) => m.kind === 'deployment' && m.label === label && m.sha === sha,
        body: renderDeploymentMarkdown(plan, deployment, { ...options, header: renderMarker(marker) }),
        // A re-run that found nothing to do keeps the note of the run that deployed.
        policy: { create: true, update: !deployment.upToDate || failure !== undefined },
    });
}
//# sourceMappingURL=publish.js.map

/***/ })

};
