export const id = 58;
export const ids = [58];
export const modules = {

/***/ 5058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployAndPublish: () => (/* binding */ deployAndPublish),
  planAndPublish: () => (/* binding */ planAndPublish),
  reportRefusedPlan: () => (/* binding */ reportRefusedPlan)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/collect.js + 9 modules
var collect = __webpack_require__(6506);
// EXTERNAL MODULE: ./lib/pki/index.js + 5 modules
var pki = __webpack_require__(1778);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/plan/diff.js
/**
 * The plan: the desired truststore against the live one, by certificate fingerprint.
 * Pure: the live state is read by the AWS adapters (or, for a fork pull request, built from the
 * base commit) and handed in as data.
 */

/** A bad `truststore-uri`, with the fix in the message. */
class TruststoreUriError extends Error {
    name = 'TruststoreUriError';
}
/** Parses `s3://bucket/key`; the bucket follows the S3 general purpose bucket naming rules. */
function parseTruststoreUri(uri) {
    const trimmed = uri.trim();
    const example = 'set truststore-uri to s3://<bucket>/<key>, e.g. s3://my-truststores/api/truststore.pem';
    if (trimmed === '')
        throw new TruststoreUriError(`input truststore-uri is empty: ${example}`);
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(trimmed);
    if (!m)
        throw new TruststoreUriError(`input truststore-uri is "${trimmed}": ${example}`);
    const bucket = m[1];
    const key = m[2];
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
        throw new TruststoreUriError(`input truststore-uri names bucket "${bucket}", which is not a valid S3 bucket name: use 3-63 lowercase letters, digits, dots and hyphens (${example})`);
    }
    if (key.endsWith('/')) {
        throw new TruststoreUriError(`input truststore-uri "${trimmed}" ends with "/", which names a folder: add the object name (${example})`);
    }
    return { bucket, key, uri: `s3://${bucket}/${key}` };
}
function summarize(entry) {
    const c = entry.certificate;
    return {
        fingerprint: c.fingerprint,
        subject: c.subject,
        issuer: c.issuer,
        role: entry.role,
        depth: entry.depth,
        notAfter: c.notAfter.toISOString(),
        issuerFingerprint: entry.issuerFingerprint,
    };
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function diffVersion(desired, desiredBytes, live, domains) {
    const liveEntries = live?.analysis.entries ?? [];
    const liveByFp = new Map(liveEntries.map((e) => [e.certificate.fingerprint, e]));
    const desiredFps = new Set(desired.entries.map((e) => e.certificate.fingerprint));
    const added = desired.entries.filter((e) => !liveByFp.has(e.certificate.fingerprint)).map(summarize);
    const unchanged = desired.entries.filter((e) => liveByFp.has(e.certificate.fingerprint)).map(summarize);
    const removed = liveEntries.filter((e) => !desiredFps.has(e.certificate.fingerprint)).map(summarize);
    const identical = live !== undefined && sameBytes(live.bytes, desiredBytes);
    const diff = {
        versionId: live?.versionId,
        domains,
        added,
        removed,
        unchanged,
        reformat: live !== undefined && !identical && added.length === 0 && removed.length === 0,
        identical,
    };
    return diff;
}
function label(versionId) {
    return versionId === undefined ? 'an unknown version' : `version ${versionId}`;
}
/** Findings of the live object, each pointing at the object version it was found in. */
function liveFindingsOf(location, versions) {
    const seen = new Set();
    const out = [];
    for (const v of versions) {
        for (const f of v.analysis.findings) {
            const key = `${f.code}\u0000${f.fingerprint ?? ''}\u0000${f.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const file = v.versionId === undefined ? location.uri : `${location.uri}?versionId=${v.versionId}`;
            out.push({ ...f, file });
        }
    }
    return out;
}
function buildPlan(input) {
    const { location, desired, latest, domains } = input;
    const desiredBytes = new TextEncoder().encode(desired.pem);
    const byVersion = new Map();
    for (const v of input.pinned)
        if (v.versionId !== undefined)
            byVersion.set(v.versionId, v);
    if (latest?.versionId !== undefined)
        byVersion.set(latest.versionId, latest);
    // Domains grouped by the version they pin, in the order domains were given.
    const groups = new Map();
    const unpinned = [];
    for (const d of domains) {
        if (d.truststoreVersion === undefined)
            unpinned.push(d.domainName);
        else
            groups.set(d.truststoreVersion, [...(groups.get(d.truststoreVersion) ?? []), d.domainName]);
    }
    // What clients meet: the version most domains pin; with no pinned domain, the latest object.
    const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    const primaryVersionId = ranked[0]?.[0];
    const primaryLive = primaryVersionId === undefined ? latest : byVersion.get(primaryVersionId);
    const primary = diffVersion(desired, desiredBytes, primaryLive, groups.get(primaryVersionId ?? '') ?? []);
    if (primaryVersionId !== undefined)
        primary.versionId = primaryVersionId;
    const pinnedDiffs = ranked.length > 1
        ? ranked.map(([versionId, names]) => {
            const d = diffVersion(desired, desiredBytes, byVersion.get(versionId), names);
            d.versionId = versionId;
            return d;
        })
        : [];
    const drift = [];
    if (ranked.length > 1) {
        drift.push(`domains are pinned to ${ranked.length} different versions: ${ranked
            .map(([v, names]) => `${names.join(', ')} on ${label(v)}`)
            .join('; ')}`);
    }
    if (latest?.versionId !== undefined) {
        const behind = ranked.filter(([v]) => v !== latest.versionId).flatMap(([, names]) => names);
        if (behind.length > 0) {
            drift.push(`the latest object version ${latest.versionId} is not the one ${behind.join(', ')} ${behind.length === 1 ? 'is' : 'are'} pinned to (an earlier deploy was rolled back or stopped part-way, or someone wrote the object by hand)`);
        }
    }
    for (const name of unpinned) {
        drift.push(`${name} does not pin a truststore version: deploy will pin it`);
    }
    const missing = ranked.filter(([v]) => !byVersion.has(v));
    for (const [v, names] of missing) {
        drift.push(`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} pinned to ${label(v)}, which was not read`);
    }
    const latestIdentical = latest !== undefined && sameBytes(latest.bytes, desiredBytes);
    // An object written before versioning was enabled has version id "null": it cannot be pinned, so
    // deploy writes a real version even when the bytes already match.
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/AddingObjectstoVersioningEnabledBuckets.html
    const unpinnable = !input.offline && latest !== undefined && (latest.versionId ?? 'null') === 'null';
    const upload = !latestIdentical || unpinnable;
    const domainsToRoll = domains
        .filter((d) => upload || d.truststoreVersion === undefined || d.truststoreVersion !== latest?.versionId)
        .map((d) => d.domainName);
    const upToDate = !upload && domainsToRoll.length === 0;
    const liveVersions = [primaryLive, ...byVersion.values()].filter((v) => v !== undefined);
    return {
        location,
        desired: { sha256: desired.sha256, certificates: desired.entries.map(summarize) },
        ...(latest?.versionId !== undefined
            ? { latest: { versionId: latest.versionId, etag: latest.etag ?? '', sha256: sha256Hex(latest.bytes) } }
            : {}),
        primary,
        pinnedDiffs,
        domains,
        drift,
        findings: input.desiredFindings,
        liveFindings: liveFindingsOf(location, [...new Set(liveVersions)]),
        hasChanges: !upToDate,
        addedCount: primary.added.length,
        removedCount: primary.removed.length,
        upToDate,
        upload,
        domainsToRoll,
        ...(input.offline ? { offline: true } : {}),
    };
}
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
//# sourceMappingURL=diff.js.map
// EXTERNAL MODULE: ./lib/github/event.js
var github_event = __webpack_require__(9607);
;// CONCATENATED MODULE: ./lib/github/fork.js
/**
 * A pull request from a fork runs without AWS credentials and with a read-only token, so it
 * cannot read the live truststore. It is planned against the truststore built from the base
 * commit's CA files instead: that is what the live one was deployed from, read with git alone.
 */









const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** True for a pull request whose run has no secrets and a read-only token (fork or Dependabot). */
function isForkPullRequest() {
    return (0,github_event/* isReadOnlyPullRequest */.jB)((0,github_event/* readEvent */.j_)());
}
/** A fork or base-commit problem the user can fix, with the fix in the message. */
class BaseCommitError extends Error {
    name = 'BaseCommitError';
}
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
    return stdout.trim();
}
async function hasObject(cwd, spec) {
    try {
        await git(cwd, ['cat-file', '-e', spec]);
        return true;
    }
    catch {
        return false;
    }
}
/** The base commit, fetched on demand when actions/checkout made a shallow clone. */
async function ensureCommit(cwd, sha, pr) {
    if (await hasObject(cwd, `${sha}^{commit}`))
        return;
    try {
        await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    }
    catch {
        // Reported below: the fix is the same whatever made the fetch fail.
    }
    if (!(await hasObject(cwd, `${sha}^{commit}`))) {
        throw new BaseCommitError(`The base commit ${sha} of pull request #${pr} is not in the checkout and could not be fetched: use actions/checkout with "fetch-depth: 0" so that the plan can be made from the base commit's CA files.`);
    }
}
/** Writes `tree` (e.g. `<sha>:sub/dir`) into `dest` with git archive | tar. */
function extractTree(cwd, tree, dest) {
    return new Promise((resolve, reject) => {
        const archive = (0,external_node_child_process_.spawn)('git', ['archive', '--format=tar', tree], {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const tar = (0,external_node_child_process_.spawn)('tar', ['-x', '-f', '-', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
        let errors = '';
        archive.stderr.on('data', (d) => {
            errors += d.toString();
        });
        tar.stderr.on('data', (d) => {
            errors += d.toString();
        });
        archive.stdout.pipe(tar.stdin);
        let pending = 2;
        let failed = false;
        const done = (what) => (code) => {
            if (code !== 0 && !failed) {
                failed = true;
                reject(new BaseCommitError(`${what} of ${tree} failed (exit ${code}): ${errors.trim()}`));
            }
            if (--pending === 0 && !failed)
                resolve();
        };
        archive.on('error', reject).on('close', done('git archive'));
        tar.on('error', reject).on('close', done('tar -x'));
    });
}
function locationOf(settings) {
    if (settings.truststoreUri)
        return parseTruststoreUri(settings.truststoreUri);
    return { bucket: '', key: settings.outputFile, uri: settings.outputFile };
}
/** The base commit's truststore, or undefined when the base has no CA file yet. */
async function baseTruststore(settings, cwd, sha) {
    // The workspace may be a folder inside the repository (actions/checkout `path:`).
    const prefix = await git(cwd, ['rev-parse', '--show-prefix']);
    const tree = `${sha}:${prefix.replace(/\/$/, '')}`;
    if (!(await hasObject(cwd, tree)))
        return undefined;
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'truststore-base-'));
    try {
        await extractTree(cwd, tree, dir);
        const { sources } = await (0,collect/* collectSources */.p)(dir, settings.caFiles);
        // Patterns that match nothing in the base are normal (the pull request adds the files).
        if (sources.length === 0)
            return undefined;
        const policy = {
            ...(0,pki/* defaultPolicy */.G4)(),
            expiryWarningDays: settings.expiryWarningDays,
            maxCaDepth: settings.maxCaDepth,
        };
        const analysis = (0,pki/* analyze */.ns)(sources, policy);
        const pem = analysis.truststore?.pem ?? (0,pki/* renderPem */.Hl)(analysis.entries.map((e) => e.certificate));
        return { bytes: new TextEncoder().encode(pem), analysis };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function planFromBaseCommit(settings, validation) {
    const pr = (0,github_event/* pullRequestOf */._n)((0,github_event/* readEvent */.j_)());
    if (!pr)
        throw new BaseCommitError('planFromBaseCommit: the event is not a pull request');
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(pr.baseSha)) {
        throw new BaseCommitError(`The event of pull request #${pr.number} has no valid base commit ("${pr.baseSha}")`);
    }
    if (!validation.truststore)
        throw new BaseCommitError('planFromBaseCommit needs a valid truststore');
    const cwd = settings.workspace;
    if (!(await hasObject(cwd, 'HEAD'))) {
        throw new BaseCommitError(`${cwd} is not a git checkout: run actions/checkout (with "fetch-depth: 0") before this action so that a pull request from a fork can be planned against its base commit.`);
    }
    await ensureCommit(cwd, pr.baseSha, pr.number);
    const base = await baseTruststore(settings, cwd, pr.baseSha);
    return buildPlan({
        location: locationOf(settings),
        desired: validation.truststore,
        desiredFindings: validation.findings,
        ...(base ? { latest: base } : {}),
        pinned: [],
        domains: [],
        offline: true,
    });
}
//# sourceMappingURL=fork.js.map
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./lib/aws/errors.js
/**
 * Turns AWS SDK errors into one sentence that names the fix: the IAM action and resource for an
 * access denial, the input to change for a missing bucket or domain, the step to re-run for
 * expired credentials. The SDK's own message is kept at the end for the details.
 */
/** An AWS call failed; `code` is the AWS error code (`AccessDenied`, `NotFoundException`, ...). */
class AwsError extends Error {
    code;
    status;
    name = 'AwsError';
    constructor(message, code, status) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
function errorCode(error) {
    const e = error;
    return (typeof e?.Code === 'string' && e.Code) || (typeof e?.name === 'string' && e.name) || 'Error';
}
function httpStatus(error) {
    return error?.$metadata?.httpStatusCode;
}
function sdkMessage(error) {
    const m = error?.message;
    return typeof m === 'string' && m.length > 0 ? m : String(error);
}
function attempts(error) {
    const n = error?.$metadata?.attempts;
    return n && n > 1 ? ` after ${n} attempts` : '';
}
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const REJECTED = new Set([
    'InvalidAccessKeyId',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'SignatureDoesNotMatch',
    'InvalidToken',
    'InvalidSignatureException',
]);
/** Credential problems look the same on every service; undefined when the error is something else. */
function credentialsProblem(error) {
    const code = errorCode(error);
    const message = sdkMessage(error);
    if (EXPIRED.has(code) ||
        /security token included in the request is expired|token has expired/i.test(message)) {
        return new AwsError(`the AWS credentials have expired (${code}): run aws-actions/configure-aws-credentials right before this step, and raise its role-duration-seconds if a deploy (up to wait-timeout-seconds per domain) outlives the session`, 'ExpiredToken', httpStatus(error));
    }
    if (code === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
        return new AwsError('no AWS credentials were found: add aws-actions/configure-aws-credentials (role-to-assume, with `permissions: id-token: write`) before this step', 'CredentialsProviderError');
    }
    if (REJECTED.has(code)) {
        return new AwsError(`AWS rejected the credentials (${code}): check the aws-actions/configure-aws-credentials step (role, account, region) (${message})`, code, httpStatus(error));
    }
    return undefined;
}
function isServerSide(error) {
    const status = httpStatus(error);
    return error?.$fault === 'server' || (status !== undefined && status >= 500);
}
function translateS3Error(error, call) {
    const creds = credentialsProblem(error);
    if (creds)
        return creds;
    const code = errorCode(error);
    const status = httpStatus(error);
    const said = sdkMessage(error);
    if (code === 'NoSuchBucket') {
        return new AwsError(`bucket ${call.bucket} does not exist: check truststore-uri (${call.uri}) and aws-region, or create the bucket with versioning enabled`, code, status);
    }
    if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301) {
        return new AwsError(`bucket ${call.bucket} is in another region than aws-region: set aws-region to the bucket's region (${said})`, code, status);
    }
    if (code === 'PreconditionFailed' || code === 'ConditionalRequestConflict' || status === 412) {
        return new AwsError(`the live truststore changed since this plan (${code} on ${call.uri}): someone else wrote it; re-run the job to plan against the new version`, code, status);
    }
    if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
        const kms = /kms/i.test(said)
            ? ' The object is encrypted with KMS: also allow kms:Decrypt (reads) and kms:GenerateDataKey (writes) on the key.'
            : '';
        return new AwsError(`access denied: ${call.action} on ${call.resource} is needed to ${call.doing}: allow it in the policy of the role this job assumes (and check the bucket policy for a Deny).${kms} (${said})`, code, status);
    }
    if (isServerSide(error)) {
        return new AwsError(`S3 failed to ${call.doing} (${code}, HTTP ${status ?? '?'})${attempts(error)}: an AWS-side problem; re-run the job (${said})`, code, status);
    }
    return new AwsError(`S3 refused to ${call.doing} ${call.uri} (${code}): ${said}`, code, status);
}
function domainArn(region, domainName) {
    return `arn:aws:apigateway:${region}::/domainnames/${domainName}`;
}
function translateGatewayError(error, call) {
    const creds = credentialsProblem(error);
    if (creds)
        return creds;
    const code = errorCode(error);
    const status = httpStatus(error);
    const said = sdkMessage(error);
    if (code === 'AccessDeniedException' || code === 'AccessDenied' || status === 403) {
        // API Gateway reads the truststore with the caller's permissions when a domain is updated.
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
        const s3 = /s3/i.test(said)
            ? ' API Gateway reads the truststore as the caller: also allow s3:GetObject and s3:GetObjectVersion on the truststore object.'
            : '';
        return new AwsError(`access denied: ${call.action} on ${domainArn(call.region, call.domainName)} is needed to ${call.doing}: allow it in the policy of the role this job assumes.${s3} (${said})`, code, status);
    }
    if (code === 'NotFoundException' || status === 404) {
        return new AwsError(`custom domain name ${call.domainName} does not exist in ${call.region}: check domain-names and aws-region (mutual TLS needs a public Regional custom domain name) (${said})`, code, status);
    }
    if (code === 'ConflictException') {
        return new AwsError(`custom domain name ${call.domainName} is being changed by another operation (${said}): wait until it is AVAILABLE and re-run`, code, status);
    }
    if (code === 'TooManyRequestsException' || code === 'LimitExceededException' || status === 429) {
        return new AwsError(`API Gateway kept throttling ${call.doing} for ${call.domainName}${attempts(error)}: another job is calling API Gateway in this account; re-run later (${said})`, code, status);
    }
    if (isServerSide(error)) {
        return new AwsError(`API Gateway failed to ${call.doing} for ${call.domainName} (${code}, HTTP ${status ?? '?'})${attempts(error)}: an AWS-side problem; re-run the job (${said})`, code, status);
    }
    return new AwsError(`API Gateway refused to ${call.doing} for ${call.domainName} (${code}): ${said}`, code, status);
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./lib/aws/truststore-object.js
/**
 * The live truststore: one object in a versioned S3 bucket. Domains pin an object version, so
 * every write must create a new version and nothing may overwrite a version someone else wrote.
 */



// https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (x-amz-server-side-encryption)
const SSE_ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];
/** Reads the `server-side-encryption` / `sse-kms-key-id` inputs; undefined keeps the bucket default. */
function encryptionFrom(algorithm, kmsKeyId) {
    if (algorithm === undefined) {
        if (kmsKeyId !== undefined) {
            throw new AwsError('input sse-kms-key-id is set but server-side-encryption is empty: set server-side-encryption to aws:kms (or aws:kms:dsse)', 'InvalidInput');
        }
        return undefined;
    }
    if (!SSE_ALGORITHMS.includes(algorithm)) {
        throw new AwsError(`input server-side-encryption is "${algorithm}": set it to one of ${SSE_ALGORITHMS.join(', ')}, or leave it empty for the bucket default`, 'InvalidInput');
    }
    if (kmsKeyId !== undefined && algorithm === 'AES256') {
        throw new AwsError('input sse-kms-key-id is set but server-side-encryption is AES256: set server-side-encryption to aws:kms, or remove sse-kms-key-id', 'InvalidInput');
    }
    return { algorithm: algorithm, ...(kmsKeyId !== undefined ? { kmsKeyId } : {}) };
}
function sha256Base64(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('base64');
}
class TruststoreObjectStore {
    client;
    location;
    constructor(client, location) {
        this.client = client;
        this.location = location;
    }
    call(action, doing, onBucket = false) {
        const { bucket, key, uri } = this.location;
        return {
            action,
            doing,
            bucket,
            uri,
            resource: onBucket ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`,
        };
    }
    /** Fails unless versioning is Enabled: a domain can only pin a version of a versioned object. */
    async assertVersioningEnabled() {
        const { bucket } = this.location;
        let status;
        try {
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html (no Status: never enabled)
            status = (await this.client.send(new dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket: bucket }))).Status;
        }
        catch (error) {
            throw translateS3Error(error, this.call('s3:GetBucketVersioning', 'check that the bucket is versioned', true));
        }
        if (status === 'Enabled')
            return;
        const state = status === undefined ? 'never been enabled' : `status ${status}`;
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (truststoreVersion needs versioning)
        throw new AwsError(`bucket ${bucket} has versioning ${state}: enable versioning so the domains can pin a truststore version (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled)`, 'VersioningNotEnabled');
    }
    /** The newest version; undefined when there is none (first deployment, or a delete marker on top). */
    async readLatest() {
        try {
            return await this.get(undefined);
        }
        catch (error) {
            if (errorCode(error) === 'NoSuchKey')
                return undefined;
            const translated = translateS3Error(error, this.call('s3:GetObject', 'read the live truststore'));
            if (translated.code === 'AccessDenied') {
                // Without s3:ListBucket, S3 answers 403 instead of 404 for a key that does not exist.
                // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html#API_GetObject_RequestSyntax
                translated.message += ` If this is the first deployment (no object yet), also allow s3:ListBucket on arn:aws:s3:::${this.location.bucket} so S3 reports the object as missing instead of denied.`;
            }
            throw translated;
        }
    }
    /** One version; undefined when it no longer exists (deleted, or a delete marker). */
    async readVersion(versionId) {
        try {
            return await this.get(versionId);
        }
        catch (error) {
            const code = errorCode(error);
            // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (NoSuchVersion; 405 for a delete marker)
            if (code === 'NoSuchVersion' || code === 'NoSuchKey' || httpStatus(error) === 405)
                return undefined;
            if (code === 'InvalidArgument')
                return undefined;
            throw translateS3Error(error, this.call('s3:GetObjectVersion', `read version ${versionId} of the truststore`));
        }
    }
    async get(versionId) {
        const out = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({
            Bucket: this.location.bucket,
            Key: this.location.key,
            ...(versionId !== undefined ? { VersionId: versionId } : {}),
            // The SDK validates the stored checksum against the bytes it receives, when there is one.
            ChecksumMode: 'ENABLED',
        }));
        const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
        return {
            bytes,
            ...(out.VersionId !== undefined ? { versionId: out.VersionId } : {}),
            ...(out.ETag !== undefined ? { etag: out.ETag } : {}),
        };
    }
    /**
     * Writes a new version only if the object is still the one the plan read (`ifMatch`), or does not
     * exist yet (no `ifMatch`): a concurrent writer is never overwritten.
     */
    async write(bytes, options) {
        const { bucket, key } = this.location;
        const input = {
            Bucket: bucket,
            Key: key,
            Body: bytes,
            ContentType: 'application/x-pem-file',
            // S3 rejects the upload when the bytes it got do not hash to this value.
            // https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html
            ChecksumAlgorithm: 'SHA256',
            ChecksumSHA256: sha256Base64(bytes),
            // https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
            ...(options.ifMatch !== undefined ? { IfMatch: options.ifMatch } : { IfNoneMatch: '*' }),
            ...(options.encryption ? { ServerSideEncryption: options.encryption.algorithm } : {}),
            ...(options.encryption?.kmsKeyId !== undefined ? { SSEKMSKeyId: options.encryption.kmsKeyId } : {}),
        };
        let out;
        try {
            out = await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ(input));
        }
        catch (error) {
            throw translateS3Error(error, this.call('s3:PutObject', 'upload the new truststore'));
        }
        if (out.VersionId === undefined || out.VersionId === 'null') {
            throw new AwsError(`S3 stored ${this.location.uri} without a version id: versioning is not enabled on bucket ${bucket}; enable it (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled) and re-run`, 'VersioningNotEnabled');
        }
        return { versionId: out.VersionId, ...(out.ETag !== undefined ? { etag: out.ETag } : {}) };
    }
}
//# sourceMappingURL=truststore-object.js.map
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-api-gateway/dist-cjs/index.js
var client_api_gateway_dist_cjs = __webpack_require__(818);
;// CONCATENATED MODULE: ./lib/aws/clients.js
/**
 * The SDK clients. Built with nothing but the region so that the SDK's default credential chain
 * and its standard endpoint variables (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_API_GATEWAY) apply.
 */


const createAwsClients = (region) => ({
    s3: new dist_cjs/* S3Client */.YxF({ region }),
    apiGateway: new client_api_gateway_dist_cjs/* APIGatewayClient */.UR2({ region }),
});
//# sourceMappingURL=clients.js.map
;// CONCATENATED MODULE: ./lib/aws/clock.js
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    random: () => Math.random(),
};
//# sourceMappingURL=clock.js.map
;// CONCATENATED MODULE: ./lib/aws/domains.js
/**
 * API Gateway custom domain names and the truststore version their mutual TLS is pinned to.
 *
 * The v1 API (`@aws-sdk/client-api-gateway`) reaches HTTP API domains too: a Regional custom
 * domain name is one resource shared by REST and HTTP APIs.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-custom-domain-names.html
 */


// https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html (domainNameStatus)
const TRANSIENT = new Set(['UPDATING', 'PENDING']);
const THROTTLED = new Set(['TooManyRequestsException', 'LimitExceededException']);
/** UpdateDomainName throttling backoff never waits longer than this at once. */
const MAX_BACKOFF_MS = 120_000;
/** A floor so that a zero poll interval (tests) does not spin. */
const MIN_POLL_MS = 50;
class DomainGateway {
    client;
    options;
    lastUpdateAt;
    constructor(client, options) {
        this.client = client;
        this.options = options;
    }
    async describe(domainName) {
        let d;
        try {
            d = await this.client.send(new client_api_gateway_dist_cjs/* GetDomainNameCommand */.Bqv({ domainName }));
        }
        catch (error) {
            throw translateGatewayError(error, {
                action: 'apigateway:GET',
                domainName,
                region: this.options.region,
                doing: 'read the custom domain name',
            });
        }
        const mtls = d.mutualTlsAuthentication;
        return {
            domainName,
            ...(d.domainNameStatus !== undefined ? { status: d.domainNameStatus } : {}),
            ...(d.domainNameStatusMessage ? { statusMessage: d.domainNameStatusMessage } : {}),
            mtlsEnabled: mtls?.truststoreUri !== undefined && mtls.truststoreUri !== '',
            ...(mtls?.truststoreUri ? { truststoreUri: mtls.truststoreUri } : {}),
            ...(mtls?.truststoreVersion ? { truststoreVersion: mtls.truststoreVersion } : {}),
            warnings: mtls?.truststoreWarnings ?? [],
            endpointTypes: d.endpointConfiguration?.types ?? [],
        };
    }
    /**
     * Waits until the domain is AVAILABLE (and, when `version` is given, reports that version),
     * bounded by the timeout. Statuses that waiting cannot fix fail at once.
     */
    async waitUntilAvailable(domainName, version, deadline) {
        const { clock, pollIntervalMs, timeoutMs } = this.options;
        const until = deadline ?? clock.now() + timeoutMs;
        for (;;) {
            let state;
            try {
                state = await this.describe(domainName);
            }
            catch (error) {
                // A throttled poll is not a failure: poll again later.
                if (!(error instanceof AwsError && THROTTLED.has(error.code)))
                    throw error;
            }
            if (state) {
                const settled = state.status === undefined || state.status === 'AVAILABLE';
                if (settled && (version === undefined || state.truststoreVersion === version))
                    return state;
                if (state.status !== undefined && state.status !== 'AVAILABLE' && !TRANSIENT.has(state.status)) {
                    throw new AwsError(`custom domain name ${domainName} is ${state.status}${state.statusMessage ? ` (${state.statusMessage})` : ''}: fix the domain in API Gateway (certificate, ownership verification) until it is AVAILABLE, then re-run`, 'DomainNotAvailable');
                }
            }
            if (clock.now() >= until) {
                const what = state?.status && state.status !== 'AVAILABLE'
                    ? `is still ${state.status}`
                    : `still reports truststore version ${state?.truststoreVersion ?? '(none)'} instead of ${version}`;
                throw new AwsError(`custom domain name ${domainName} ${what} after ${Math.round(timeoutMs / 1000)} s: check it in the API Gateway console and re-run when it is AVAILABLE, or raise wait-timeout-seconds`, 'DomainWaitTimeout');
            }
            await clock.sleep(Math.max(MIN_POLL_MS, Math.min(pollIntervalMs, until - clock.now())));
        }
    }
    /**
     * Pins the domain's mutual TLS to `versionId` and waits until API Gateway has applied it.
     * UpdateDomainName is limited to one call per 30 seconds per account (not adjustable): calls are
     * spaced, and throttling is retried with backoff until the timeout.
     * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
     */
    async pinVersion(domainName, versionId) {
        const { clock, updateIntervalMs, timeoutMs, region } = this.options;
        const deadline = clock.now() + timeoutMs;
        for (let attempt = 1;; attempt++) {
            // Spacing counts from when the call returned: the SDK's retry strategy may itself have
            // retried a throttled call, so its last request went out at the end of send(), not the start.
            if (this.lastUpdateAt !== undefined) {
                const wait = this.lastUpdateAt + updateIntervalMs - clock.now();
                if (wait > 0)
                    await clock.sleep(wait);
            }
            try {
                // https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateDomainName.html
                await this.client.send(new client_api_gateway_dist_cjs/* UpdateDomainNameCommand */.SoV({
                    domainName,
                    patchOperations: [
                        { op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: versionId },
                    ],
                }));
                this.lastUpdateAt = clock.now();
                break;
            }
            catch (error) {
                this.lastUpdateAt = clock.now();
                const code = errorCode(error);
                const translated = translateGatewayError(error, {
                    action: 'apigateway:PATCH',
                    domainName,
                    region,
                    doing: `pin the truststore version ${versionId}`,
                });
                if (THROTTLED.has(code)) {
                    const base = Math.max(updateIntervalMs, 1000);
                    const retryAfter = Number(error.retryAfterSeconds ?? 0) * 1000;
                    const backoff = Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
                    const delay = Math.max(retryAfter, backoff) + Math.floor(clock.random() * base * 0.1);
                    if (clock.now() + delay > deadline) {
                        throw new AwsError(`UpdateDomainName for ${domainName} was still throttled after ${attempt} attempts in ${Math.round(timeoutMs / 1000)} s: AWS allows one UpdateDomainName per 30 seconds per account and another job is using it; re-run later or raise wait-timeout-seconds`, code);
                    }
                    this.options.log?.(`UpdateDomainName throttled for ${domainName} (attempt ${attempt}); retrying in ${delay} ms`);
                    await clock.sleep(delay);
                    continue;
                }
                if (code === 'ConflictException') {
                    // Another change is being applied: wait for it, then try again.
                    this.options.log?.(`${domainName} is busy (ConflictException); waiting until it is AVAILABLE`);
                    await this.waitUntilAvailable(domainName, undefined, deadline);
                    continue;
                }
                throw translated;
            }
        }
        return this.waitUntilAvailable(domainName, versionId, deadline);
    }
}
//# sourceMappingURL=domains.js.map
;// CONCATENATED MODULE: ./lib/modes/plan.js
/**
 * Plan mode: read the live truststore and the domains pinned to it, and say exactly what a merge
 * would change. Reads only: nothing here writes to S3 or API Gateway.
 */







function resolveDeps(deps = {}) {
    return {
        clients: deps.clients ?? createAwsClients,
        clock: deps.clock ?? systemClock,
        analyze: deps.analyze ?? pki/* analyze */.ns,
        log: deps.log ?? ((m) => runner/* info */.pq(m)),
    };
}
function requireRegion(settings) {
    if (settings.awsRegion)
        return settings.awsRegion;
    throw new Error('no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION)');
}
/** Problems that make a domain unusable with this truststore, one sentence each. */
function domainProblems(domains, location) {
    const problems = [];
    for (const d of domains) {
        if (!d.mtlsEnabled) {
            // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (Regional custom domains only)
            const why = d.endpointTypes.includes('EDGE')
                ? ' (it is edge-optimized: API Gateway supports mutual TLS only on Regional custom domain names)'
                : d.endpointTypes.includes('PRIVATE')
                    ? ' (it is private: private custom domain names do not support mutual TLS)'
                    : '';
            problems.push(`custom domain name ${d.domainName} has no mutual TLS${why}: enable mutual TLS on it with truststore ${location.uri}, or remove it from domain-names`);
        }
        else if (d.truststoreUri !== location.uri) {
            problems.push(`custom domain name ${d.domainName} uses truststore ${d.truststoreUri}, not ${location.uri}: set truststore-uri to the domain's truststore, or list in domain-names only the domains that use ${location.uri}`);
        }
    }
    return problems;
}
function liveVersion(object, location, policy, deps) {
    const path = object.versionId === undefined ? location.uri : `${location.uri}?versionId=${object.versionId}`;
    return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}
async function readLiveState(settings, validation, partial = {}) {
    const deps = resolveDeps(partial);
    const desired = validation.truststore;
    if (!validation.ok || desired === undefined) {
        throw new Error('the new truststore did not validate: fix the errors above before planning or deploying');
    }
    if (settings.truststoreUri === undefined) {
        throw new Error('input truststore-uri is required in plan and deploy modes: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem');
    }
    const location = parseTruststoreUri(settings.truststoreUri);
    const region = requireRegion(settings);
    const clients = deps.clients(region);
    const store = new TruststoreObjectStore(clients.s3, location);
    const gateway = new DomainGateway(clients.apiGateway, {
        region,
        clock: deps.clock,
        updateIntervalMs: settings.domainUpdateIntervalSeconds * 1000,
        pollIntervalMs: settings.pollIntervalSeconds * 1000,
        timeoutMs: settings.waitTimeoutSeconds * 1000,
        log: deps.log,
    });
    const policy = {
        now: new Date(deps.clock.now()),
        expiryWarningDays: settings.expiryWarningDays,
        maxCaDepth: settings.maxCaDepth,
    };
    await store.assertVersioningEnabled();
    const latestObject = await store.readLatest();
    const latest = latestObject ? liveVersion(latestObject, location, policy, deps) : undefined;
    const domains = [];
    for (const name of [...new Set(settings.domainNames)])
        domains.push(await gateway.describe(name));
    const problems = domainProblems(domains, location);
    if (problems.length > 0)
        throw new Error(problems.join('\n'));
    const pinned = [];
    const pinnedIds = [...new Set(domains.map((d) => d.truststoreVersion).filter((v) => v !== undefined))];
    for (const versionId of pinnedIds) {
        if (latest && versionId === latest.versionId) {
            pinned.push(latest);
            continue;
        }
        const object = await store.readVersion(versionId);
        if (object)
            pinned.push(liveVersion({ ...object, versionId }, location, policy, deps));
    }
    const plan = buildPlan({
        location,
        desired,
        desiredFindings: validation.findings,
        ...(latest ? { latest } : {}),
        pinned,
        // The plan carries DomainState only: the extra details stay with deploy.
        domains: domains.map(({ endpointTypes: _e, statusMessage: _s, ...state }) => state),
    });
    return {
        plan,
        location,
        desired,
        desiredBytes: new TextEncoder().encode(desired.pem),
        latest,
        domains,
        store,
        gateway,
    };
}
/** Sets has-changes, added-count, removed-count and plan (JSON). */
function setPlanOutputs(plan) {
    runner/* setOutput */.uH('has-changes', String(plan.hasChanges));
    runner/* setOutput */.uH('added-count', String(plan.addedCount));
    runner/* setOutput */.uH('removed-count', String(plan.removedCount));
    runner/* setOutput */.uH('plan', JSON.stringify(plan));
}
async function runPlanMode(settings, validation, deps = {}) {
    const { plan } = await readLiveState(settings, validation, deps);
    setPlanOutputs(plan);
    return plan;
}
//# sourceMappingURL=plan.js.map
;// CONCATENATED MODULE: ./lib/modes/deploy.js




/** A deploy that failed after it changed something: `deployment` says which domains moved. */
class DeploymentError extends Error {
    deployment;
    plan;
    name = 'DeploymentError';
    constructor(message, deployment, 
    /** The plan the deploy was carrying out, for the summary and the pull-request note. */
    plan) {
        super(message);
        this.deployment = deployment;
        this.plan = plan;
    }
}
function list(names) {
    return names.length === 0 ? 'none' : names.join(', ');
}
/** version-id is what the domains are pinned to after the run: the old version after a rollback. */
function setDeployOutputs(deployment) {
    const rolledBack = deployment.rolledBackDomains.length > 0;
    runner/* setOutput */.uH('version-id', (rolledBack ? deployment.previousVersionId : deployment.versionId) ?? '');
    runner/* setOutput */.uH('previous-version-id', deployment.previousVersionId ?? '');
    runner/* setOutput */.uH('deployed-domains', JSON.stringify(deployment.deployedDomains));
}
/** Uploads the desired bytes unless the latest object already holds them; returns the version to pin. */
async function ensureVersion(state, encryption, deployment, deps) {
    const { plan, latest, store, desiredBytes, location } = state;
    if (!plan.upload && latest?.versionId !== undefined) {
        deps.log(`${location.uri}: the latest version ${latest.versionId} already holds this truststore; not uploading`);
        return latest.versionId;
    }
    const written = await store.write(desiredBytes, {
        ...(latest?.etag !== undefined ? { ifMatch: latest.etag } : {}),
        ...(encryption ? { encryption } : {}),
    });
    deployment.versionId = written.versionId;
    deps.log(`${location.uri}: uploaded version ${written.versionId}`);
    // Read the version back before any domain points at it: what API Gateway loads is what was planned.
    const back = await store.readVersion(written.versionId);
    if (!back || !sameBytes(back.bytes, desiredBytes)) {
        throw new DeploymentError(`version ${written.versionId} of ${location.uri} does not read back as the bytes uploaded: no domain was changed; check the bucket for lifecycle rules or other writers and re-run`, deployment, plan);
    }
    return written.versionId;
}
async function rollBack(state, deployment, moved, previous) {
    const failed = [];
    for (const name of [...moved].reverse()) {
        const target = previous[name] ?? deployment.previousVersionId;
        if (target === undefined) {
            failed.push(name);
            continue;
        }
        try {
            await state.gateway.pinVersion(name, target);
            deployment.rolledBackDomains.push(name);
        }
        catch (error) {
            runner/* warning */.$e(`rollback of ${name} to version ${target} failed: ${error.message}`);
            failed.push(name);
        }
    }
    deployment.deployedDomains = moved.filter((n) => failed.includes(n));
    if (failed.length > 0)
        deployment.rollbackFailedDomains = failed;
}
async function runDeployMode(settings, validation, partial = {}) {
    const deps = resolveDeps(partial);
    // Bad encryption inputs fail before anything is read or written.
    const encryption = encryptionFrom(settings.sseAlgorithm, settings.sseKmsKeyId);
    const state = await readLiveState(settings, validation, deps);
    const { plan, latest, gateway, location } = state;
    setPlanOutputs(plan);
    const previousVersions = {};
    for (const d of state.domains)
        previousVersions[d.domainName] = d.truststoreVersion;
    const deployment = {
        upToDate: plan.upToDate,
        deployedDomains: [],
        rolledBackDomains: [],
        untouchedDomains: [],
        warnings: [],
        previousVersions,
    };
    // What clients met before this run: the version most domains pinned, else the latest object.
    const previousVersionId = plan.primary.versionId ?? latest?.versionId;
    if (previousVersionId !== undefined)
        deployment.previousVersionId = previousVersionId;
    if (plan.upToDate) {
        deployment.versionId = latest?.versionId;
        deps.log(`${location.uri} is up to date: version ${latest?.versionId ?? '?'} holds this truststore and every domain is pinned to it`);
        setDeployOutputs(deployment);
        return { plan, deployment };
    }
    // Before writing anything: every domain to roll must be AVAILABLE (waiting is bounded).
    const toRoll = state.domains.filter((d) => plan.domainsToRoll.includes(d.domainName));
    for (const d of toRoll) {
        if (d.status !== undefined && d.status !== 'AVAILABLE') {
            deps.log(`${d.domainName} is ${d.status}; waiting until it is AVAILABLE before deploying`);
            await gateway.waitUntilAvailable(d.domainName);
        }
    }
    const versionId = await ensureVersion(state, encryption, deployment, deps);
    deployment.versionId = versionId;
    const moved = [];
    let warned;
    for (const [i, d] of toRoll.entries()) {
        if (d.truststoreVersion === versionId)
            continue;
        let after;
        try {
            deps.log(`${d.domainName}: pinning truststore version ${versionId} (was ${d.truststoreVersion ?? 'unpinned'})`);
            after = await gateway.pinVersion(d.domainName, versionId);
        }
        catch (error) {
            const message = error.message;
            deployment.failed = { domainName: d.domainName, message };
            deployment.deployedDomains = moved;
            deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
            setDeployOutputs(deployment);
            throw new DeploymentError(`${message}\nDeploy stopped at ${d.domainName} (failed). Moved to version ${versionId}: ${list(moved)}; not moved: ${list(deployment.untouchedDomains)}. Re-run the deploy once fixed: it only rolls the domains not yet on ${versionId}.`, deployment, plan);
        }
        moved.push(d.domainName);
        if (after.warnings.length > 0) {
            // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
            deployment.warnings.push({ domainName: d.domainName, warnings: after.warnings });
            deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
            warned = after;
            break;
        }
    }
    deployment.deployedDomains = moved;
    if (warned) {
        const said = `API Gateway reported truststore warnings for ${warned.domainName} on version ${versionId}: ${warned.warnings.join('; ')}`;
        const notMoved = `not moved: ${list(deployment.untouchedDomains)}`;
        if (settings.rollbackOnWarnings) {
            await rollBack(state, deployment, moved, previousVersions);
            setDeployOutputs(deployment);
            const failedBack = deployment.rollbackFailedDomains ?? [];
            throw new DeploymentError(`${said}.\nRolled back to their previous versions: ${list(deployment.rolledBackDomains)}${failedBack.length > 0 ? `; rollback FAILED for ${list(failedBack)} (still on ${versionId})` : ''}; ${notMoved}. Fix the certificates API Gateway names and push again; until then the next plan shows version ${versionId} as drift.`, deployment, plan);
        }
        setDeployOutputs(deployment);
        throw new DeploymentError(`${said}.\nrollback-on-warnings is false: ${list(moved)} stay on version ${versionId}; ${notMoved}. Fix the certificates API Gateway names and push again.`, deployment, plan);
    }
    deps.log(`deployed version ${versionId} to ${list(moved)}`);
    setDeployOutputs(deployment);
    return { plan, deployment };
}
//# sourceMappingURL=deploy.js.map
;// CONCATENATED MODULE: ./lib/modes/online.js
/**
 * The modes that talk to AWS and GitHub, behind one lazy import from main.ts: validate never
 * loads them, and the bundle keeps their shared code in one chunk instead of one copy per import.
 */





/** The pull request still hears why when the new truststore is refused. */
async function reportRefusedPlan(settings, validation) {
    await publishInvalid(settings, validation);
}
/** plan: against the live state, or against the base commit on a fork (no AWS there). */
async function planAndPublish(settings, validation) {
    let plan;
    if (isForkPullRequest()) {
        runner/* info */.pq('pull request from a fork: planning against the base commit (no AWS credentials here)');
        plan = await planFromBaseCommit(settings, validation);
        setPlanOutputs(plan);
    }
    else {
        plan = await runPlanMode(settings, validation);
    }
    await publishPlan(settings, validation, plan);
}
/** deploy: a failure part-way is still reported (which domains moved) before the step fails. */
async function deployAndPublish(settings, validation) {
    try {
        const { plan, deployment } = await runDeployMode(settings, validation);
        await publishDeployment(settings, plan, deployment);
    }
    catch (error) {
        if (error instanceof DeploymentError)
            await publishDeployment(settings, error.plan, error.deployment, error);
        throw error;
    }
}
//# sourceMappingURL=online.js.map

/***/ })

};
