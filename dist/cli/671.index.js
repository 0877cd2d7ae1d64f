export const id = 671;
export const ids = [671];
export const modules = {

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient)
/* harmony export */ });
/**
 * The only place @actions/github is loaded, and only when a comment is written: its context
 * reads the event file at import time, and validate mode never needs it.
 */
async function githubClient(token, apiUrl) {
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    // GITHUB_API_URL points at GitHub Enterprise Server (or a test server); @actions/github reads it
    // too, but only once at import, so the front-end's value is passed explicitly.
    return github.getOctokit(token, { baseUrl: apiUrl || 'https://api.github.com' });
}
//# sourceMappingURL=client.js.map

/***/ }),

/***/ 6671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkReviewedPlan: () => (/* binding */ checkReviewedPlan)
});

// UNUSED EXPORTS: contractOfSettings

// EXTERNAL MODULE: ./lib/github/client.js
var github_client = __webpack_require__(636);
// EXTERNAL MODULE: ./lib/github/event.js
var github_event = __webpack_require__(9607);
;// CONCATENATED MODULE: ./lib/github/identity.js
/** The author of comments written with the workflow's GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';
function statusOf(error) {
    const status = error?.status;
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
async function tokenIdentity(client, appSlug) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login !== '')
            return data.login;
    }
    catch (error) {
        if (statusOf(error) !== 403)
            throw error;
    }
    return appSlug ? `${appSlug.replace(/\[bot\]$/, '')}[bot]` : ACTIONS_BOT;
}
//# sourceMappingURL=identity.js.map
;// CONCATENATED MODULE: ./lib/github/marker.js
const PREFIX = '<!-- mtls-truststore-action ';
const SUFFIX = ' -->';
/** Version 2 carries the contract; version 1 (no `v`) carried a hash of volatile text. */
const MARKER_VERSION = 2;
/** The JSON carries no `-`, `<` or `>`, so no label or URI can end the HTML comment early. */
function renderMarker(marker) {
    const json = JSON.stringify({ v: MARKER_VERSION, ...marker }).replace(/[-<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${PREFIX}${json}${SUFFIX}`;
}
const HEX = /^[0-9a-f]+$/;
function stringList(value, valid) {
    if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && valid(s)))
        return undefined;
    return value;
}
/** The marker a comment body starts with, or undefined (someone else's comment, or malformed). */
function parseMarker(body) {
    if (!body?.startsWith(PREFIX))
        return undefined;
    const end = body.indexOf(SUFFIX, PREFIX.length);
    if (end < 0)
        return undefined;
    let value;
    try {
        value = JSON.parse(body.slice(PREFIX.length, end));
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    if ((value.kind !== 'plan' && value.kind !== 'deployment') || typeof value.label !== 'string')
        return undefined;
    const hash = (v) => (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? v : undefined);
    const certs = stringList(value.certs, (s) => HEX.test(s) && s.length <= 64);
    const domains = stringList(value.domains, (s) => s.length <= 253);
    const marker = {
        kind: value.kind,
        label: value.label,
        uri: typeof value.uri === 'string' ? value.uri : '',
    };
    if (typeof value.v === 'number')
        marker.v = value.v;
    const contract = hash(value.contract);
    if (contract)
        marker.contract = contract;
    const truststore = hash(value.truststore);
    if (truststore)
        marker.truststore = truststore;
    if (certs)
        marker.certs = certs;
    if (typeof value.certCount === 'number' && Number.isSafeInteger(value.certCount))
        marker.certCount = value.certCount;
    if (domains)
        marker.domains = domains;
    const crls = stringList(value.crls, (s) => /^[0-9a-f]{64}$/.test(s));
    if (crls)
        marker.crls = crls;
    if (typeof value.live === 'string')
        marker.live = value.live;
    if (typeof value.sha === 'string')
        marker.sha = value.sha;
    return marker;
}
//# sourceMappingURL=marker.js.map
;// CONCATENATED MODULE: ./lib/github/comment.js

async function findComments(client, target, author, wanted) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    const matching = [];
    for (const comment of comments) {
        const marker = parseMarker(comment.body);
        if (marker !== undefined && wanted(marker))
            matching.push({ comment, marker });
    }
    const own = matching.filter((m) => m.comment.user?.login === author);
    const latest = own.reduce((best, m) => best === undefined || (m.comment.updated_at ?? '') > (best.comment.updated_at ?? '') ? m : best, undefined);
    return {
        ...(latest ? { ours: latest.comment, marker: latest.marker } : {}),
        own,
        lookalikes: matching.filter((m) => m.comment.user?.login !== author).map((m) => m.comment),
    };
}
/** One sentence naming look-alike comments, for a warning. */
function describeLookalikes(lookalikes, author, issue) {
    const names = lookalikes
        .slice(0, 5)
        .map((c) => `${c.html_url ?? `comment ${c.id}`} by ${c.user?.login ?? 'an unknown user'}`)
        .join(', ');
    const more = lookalikes.length > 5 ? ` and ${lookalikes.length - 5} more` : '';
    return `Ignored ${lookalikes.length === 1 ? 'a comment' : `${lookalikes.length} comments`} on #${issue} that carry this action's marker but were not written by ${author} (the identity of github-token): ${names}${more}. Only ${author}'s comment is the plan; the others are not the action's and may say anything.`;
}
/** Updates the own comment carrying a matching marker, or creates one, as `policy` allows. */
async function upsertComment(client, target, existing, body, policy) {
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
;// CONCATENATED MODULE: ./lib/github/reviewed-plan.js

async function findReviewedPlan(client, q) {
    const short = q.sha.slice(0, 12);
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: q.owner,
        repo: q.repo,
        commit_sha: q.sha,
    });
    // Only a pull request whose merge produced exactly this commit was reviewed as this commit: one
    // that merely contains it (an open one, or one merged into another branch) was not.
    const merged = data.find((p) => p.merged_at && p.merge_commit_sha === q.sha);
    if (!merged) {
        return {
            found: false,
            why: `commit ${short} was not produced by merging a pull request (a direct push, or a dispatch on a commit no pull request merged)`,
        };
    }
    const found = await findComments(client, { owner: q.owner, repo: q.repo, issueNumber: merged.number }, q.author, (m) => m.kind === 'plan' && m.label === q.label);
    if (found.lookalikes.length > 0)
        q.warn(describeLookalikes(found.lookalikes, q.author, merged.number));
    // Any workflow of the repository writes as the same bot, and anyone with write access may edit a
    // comment: only what stood before the merge was reviewed. A comment created or edited after it is
    // not the plan, and two plans of one label before it leave no way to tell which was read.
    const mergedAt = merged.merged_at ?? '';
    const mergedMs = Date.parse(mergedAt);
    // Compared as instants (GitHub writes whole seconds; a stamp that does not parse counts as after).
    const before = found.own.filter((m) => {
        const at = Date.parse(m.comment.updated_at ?? m.comment.created_at ?? '');
        return Number.isFinite(at) && Number.isFinite(mergedMs) && at <= mergedMs;
    });
    const after = found.own.length - before.length;
    const ignored = after > 0
        ? `; ${after === 1 ? 'a plan comment' : `${after} plan comments`} created or edited after the merge (${mergedAt}) ${after === 1 ? 'was' : 'were'} ignored: only what reviewers saw before merging counts`
        : '';
    if (before.length > 1) {
        return {
            found: false,
            ambiguous: true,
            why: `pull request #${merged.number} has ${before.length} plan comments by ${q.author} for label "${q.label}" written before the merge (${before
                .map((m) => m.comment.html_url ?? `comment ${m.comment.id}`)
                .join(', ')}): there is no telling which plan was reviewed; delete the extra ones and merge a new pull request, or deploy with require-reviewed-plan: false (break-glass)`,
        };
    }
    const reviewed = before[0];
    if (!reviewed) {
        return {
            found: false,
            why: `pull request #${merged.number} (merged as ${short}) has no plan comment by ${q.author} for label "${q.label}" from before the merge (the plan workflow did not run on it, or ran with comment: never or another label)${ignored}`,
        };
    }
    const { contract } = reviewed.marker;
    if (contract === undefined) {
        return {
            found: false,
            why: `the plan comment on pull request #${merged.number} carries no contract: the last plan was refused (invalid truststore) or was written by an older version of this action`,
        };
    }
    return {
        found: true,
        pullRequest: merged.number,
        marker: { ...reviewed.marker, contract },
        ...(reviewed.comment.html_url ? { commentUrl: reviewed.comment.html_url } : {}),
    };
}
//# sourceMappingURL=reviewed-plan.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/plan/contract.js
/**
 * The reviewed plan as a contract: what a deploy may apply is fixed by the pull request's plan
 * comment. The contract hashes only what a deploy writes and where: the canonical truststore
 * bytes, the truststore URI, the label, the targets (domain names, `elb:<trust store ARN>`) and,
 * when revocation-files is set, the revocation lists. Nothing volatile (dates, "expires in
 * N days", domain status, the live version) goes in, so the same change gives the same contract
 * on the pull request and after the merge.
 */

/** Bumped when the hashed fields change: an older contract then never matches by accident. */
const CONTRACT_FORMAT = 'mtls-truststore-contract/1';
/** How many certificates the marker lists by fingerprint prefix (our policy: keeps a comment small). */
const MAX_LISTED_CERTIFICATES = 256;
/** How many domain names the marker lists, and in how many characters (our policy: keeps a comment small). */
const MAX_LISTED_DOMAINS = 100;
const MAX_LISTED_DOMAIN_CHARS = 2000;
/** How many revocation lists the marker lists (our policy; a trust store holds at most 30). */
const MAX_LISTED_CRLS = 64;
/** 16 hex digits (64 bits) name a certificate unambiguously in a message; the hash is the check. */
const FINGERPRINT_PREFIX = 16;
/** Domain names compare without case (DNS); other targets' names (`elb:<arn>`) are kept as they are. */
function sortedDomains(names) {
    return [...new Set(names.map((n) => (n.startsWith('elb:') ? n : n.toLowerCase())))].sort();
}
function contractOf(input) {
    const domains = sortedDomains(input.domainNames);
    const crls = input.revocations === undefined ? undefined : [...new Set(input.revocations)].sort();
    const contract = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([
        CONTRACT_FORMAT,
        input.truststoreSha256,
        input.uri,
        input.label,
        domains,
        ...(crls === undefined ? [] : [crls]),
    ]))
        .digest('hex');
    const certs = [...new Set(input.fingerprints.map((f) => f.slice(0, FINGERPRINT_PREFIX)))].sort();
    return {
        contract,
        truststore: input.truststoreSha256,
        ...(certs.length <= MAX_LISTED_CERTIFICATES ? { certs } : {}),
        certCount: input.fingerprints.length,
        ...(domains.length <= MAX_LISTED_DOMAINS && domains.join('').length <= MAX_LISTED_DOMAIN_CHARS
            ? { domains }
            : {}),
        ...(crls !== undefined && crls.length <= MAX_LISTED_CRLS ? { crls } : {}),
    };
}
function listed(items, max = 10) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
/**
 * One sentence per difference between the reviewed contract and the one about to be applied.
 * `subjectOf` names a certificate of the current truststore by its fingerprint prefix.
 */
function describeDifferences(reviewed, current, subjectOf) {
    if (reviewed.contract === current.contract)
        return [];
    const out = [];
    if (reviewed.certs && current.certs) {
        const before = new Set(reviewed.certs);
        const now = new Set(current.certs);
        const added = current.certs.filter((c) => !before.has(c));
        const removed = reviewed.certs.filter((c) => !now.has(c));
        if (added.length > 0) {
            const names = added.map((c) => `${subjectOf(c) ?? 'certificate'} (SHA-256 ${c}…)`);
            out.push(`certificates added since the review: ${listed(names)}`);
        }
        if (removed.length > 0) {
            out.push(`certificates removed since the review: ${listed(removed.map((c) => `SHA-256 ${c}…`))} (their subjects are in the reviewed plan comment)`);
        }
    }
    else if (reviewed.truststore !== undefined && reviewed.truststore !== current.truststore) {
        out.push(`the truststore has ${current.certCount} certificates now and ${reviewed.certCount ?? '?'} in the review (too many to list in the marker: compare the plan comment with the job summary)`);
    }
    if (out.length === 0 && reviewed.truststore !== undefined && reviewed.truststore !== current.truststore) {
        out.push(`the truststore bytes differ (SHA-256 ${reviewed.truststore.slice(0, 16)}… reviewed, ${current.truststore.slice(0, 16)}… now) although the certificates are the same`);
    }
    if (reviewed.uri !== undefined && reviewed.uri !== current.uri)
        out.push(`truststore-uri was ${reviewed.uri} in the review and is ${current.uri} now`);
    if (reviewed.label !== undefined && reviewed.label !== current.label)
        out.push(`label was ${reviewed.label} in the review and is ${current.label} now`);
    if (reviewed.domains && current.domains)
        out.push(...targetDifferences(reviewed.domains, current.domains));
    out.push(...crlDifferences(reviewed.crls, current.crls));
    if (out.length === 0)
        out.push('the contract differs although nothing the marker lists does (the domain-names were too many to list, or the plan was made by another version of this action)');
    return out;
}
/** Targets named now and not in the review, and the reverse, by the input that names them. */
function targetDifferences(reviewed, current) {
    const out = [];
    const before = new Set(reviewed);
    const now = new Set(current);
    const inputs = [
        ['domain-names', (n) => !n.startsWith('elb:'), (n) => n],
        ['elb-trust-store-arns', (n) => n.startsWith('elb:'), (n) => n.slice('elb:'.length)],
    ];
    for (const [input, belongs, shown] of inputs) {
        const added = current.filter((d) => belongs(d) && !before.has(d)).map(shown);
        const removed = reviewed.filter((d) => belongs(d) && !now.has(d)).map(shown);
        if (added.length > 0)
            out.push(`${input} added since the review: ${listed(added)}`);
        if (removed.length > 0)
            out.push(`${input} removed since the review: ${listed(removed)}`);
    }
    return out;
}
/** Revocation lists that differ from the review (by SHA-256 of their DER). */
function crlDifferences(reviewed, current) {
    if (reviewed === undefined && current === undefined)
        return [];
    if (reviewed === undefined || current === undefined) {
        return [
            current === undefined
                ? 'revocation-files was set in the review and is not now'
                : 'revocation-files is set now and was not in the review',
        ];
    }
    const before = new Set(reviewed);
    const now = new Set(current);
    const added = current
        .filter((c) => !before.has(c))
        .map((c) => `SHA-256 ${c.slice(0, FINGERPRINT_PREFIX)}…`);
    const removed = reviewed
        .filter((c) => !now.has(c))
        .map((c) => `SHA-256 ${c.slice(0, FINGERPRINT_PREFIX)}…`);
    const out = [];
    if (added.length > 0)
        out.push(`revocation lists added or changed since the review: ${listed(added)}`);
    if (removed.length > 0)
        out.push(`revocation lists removed or changed since the review: ${listed(removed)}`);
    return out;
}
/** The contract of a canonical truststore deployed to `uri` under `label` for `domainNames`. */
function contractForTruststore(truststore, target) {
    return {
        ...contractOf({
            truststoreSha256: truststore.sha256,
            uri: target.uri,
            label: target.label,
            domainNames: target.domainNames,
            fingerprints: truststore.entries.map((e) => e.certificate.fingerprint),
            ...(target.revocations ? { revocations: target.revocations } : {}),
        }),
        uri: target.uri,
        label: target.label,
    };
}
//# sourceMappingURL=contract.js.map
// EXTERNAL MODULE: ./lib/settings/errors.js
var errors = __webpack_require__(66);
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __webpack_require__(3152);
// EXTERNAL MODULE: ./lib/targets/index.js + 7 modules
var targets = __webpack_require__(3901);
;// CONCATENATED MODULE: ./lib/pipeline/review.js
/**
 * The reviewed plan is the contract: a deploy applies only the truststore, URI, label and domain
 * names that a reviewer saw in the plan comment of the pull request merged as GITHUB_SHA.
 * Anything else is refused before any AWS write; `require-reviewed-plan: false` is the
 * break-glass, and says so loudly.
 */








const FIXES = 'Merge the change through a pull request on which this action planned and commented (mode auto or plan on pull_request, comment not never, same label), or, to deploy without a review in an emergency, set require-reviewed-plan: false (break-glass: it is written into the job summary).';
function noReviewedPlan(why, uri) {
    return new errors/* ReasonedError */.O$(`No reviewed plan for this deploy: ${why}. Nothing was written to ${uri}. ${FIXES}`, 'no-reviewed-plan');
}
function describeGitHubError(error) {
    const status = error?.status;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300);
    return `${typeof status === 'number' ? `HTTP ${status}: ` : ''}${message}`;
}
/** The contract a plan comment carries and a deploy checks: truststore bytes, URI, label, targets. */
function contractOfSettings(settings, truststore, revocations) {
    return contractForTruststore(truststore, {
        uri: settings.truststoreUri ?? '',
        label: (0,settings_settings/* labelOf */.Wy)(settings),
        domainNames: (0,targets/* contractTargets */.t)(settings),
        // The lists are part of what is reviewed only where revocation-files manages them.
        ...(settings.revocationFiles.length > 0 ? { revocations: (revocations ?? []).map((r) => r.sha256) } : {}),
    });
}
/** plan-changed when what is about to be deployed differs from what the comment reviewed. */
function compareWithReview(found, current, truststore, uri) {
    const where = `pull request #${found.pullRequest}${found.commentUrl ? ` (${found.commentUrl})` : ''}`;
    const subjects = new Map(truststore.entries.map((e) => [
        e.certificate.fingerprint.slice(0, FINGERPRINT_PREFIX),
        e.certificate.subject,
    ]));
    const differences = describeDifferences(found.marker, current, (p) => subjects.get(p));
    if (differences.length === 0)
        return undefined;
    return new errors/* ReasonedError */.O$(`The truststore about to be deployed is not the one reviewed in ${where}: ${differences.join('; ')}. Nothing was written to ${uri}. This happens when another merge changed the CA files after the review, or when the deploy workflow's inputs differ from the plan workflow's. Open a pull request with the current CA files so that its plan is reviewed (branch protection's "require branches to be up to date before merging" prevents this), or set require-reviewed-plan: false to deploy anyway (break-glass).`, 'plan-changed');
}
async function checkReviewedPlan(settings, truststore, deps, revocations) {
    const uri = settings.truststoreUri ?? '';
    const env = settings.environment ?? {};
    if (!settings.requireReviewedPlan) {
        deps.warn(`BREAK-GLASS: require-reviewed-plan is false: this deploy of ${uri} is NOT checked against a reviewed plan. Set it back to true once the emergency is over.`);
        return { status: 'break-glass' };
    }
    if (settings.githubToken === '') {
        return {
            status: 'refused',
            error: noReviewedPlan('github-token is empty, so the plan comment of the merged pull request cannot be read (leave github-token at its default ${{ github.token }})', uri),
        };
    }
    const sha = env.GITHUB_SHA ?? '';
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
        return { status: 'refused', error: noReviewedPlan(`GITHUB_SHA ("${sha}") is not a commit`, uri) };
    }
    const current = contractOfSettings(settings, truststore, revocations);
    let found;
    try {
        const client = await (0,github_client/* githubClient */.$)(settings.githubToken, env.GITHUB_API_URL);
        const author = await tokenIdentity(client, settings.githubAppSlug);
        found = await findReviewedPlan(client, {
            ...(0,github_event/* repositoryOf */._M)(env),
            sha,
            label: current.label,
            author,
            warn: (m) => deps.warn(m),
        });
    }
    catch (error) {
        return {
            status: 'refused',
            error: noReviewedPlan(`GitHub could not be asked for the pull request merged as ${sha.slice(0, 12)} and its plan comment (${describeGitHubError(error)}); the job needs "permissions: contents: read, pull-requests: read" (or write)`, uri),
        };
    }
    if (!found.found && found.ambiguous) {
        return {
            status: 'refused',
            error: new errors/* ReasonedError */.O$(`Ambiguous reviewed plan: ${found.why}. Nothing was written to ${uri}.`, 'ambiguous-plan'),
        };
    }
    if (!found.found)
        return { status: 'refused', error: noReviewedPlan(found.why, uri) };
    const refusal = compareWithReview(found, current, truststore, uri);
    if (refusal)
        return { status: 'refused', error: refusal };
    deps.log(`deploying the plan reviewed in pull request #${found.pullRequest}${found.commentUrl ? ` (${found.commentUrl})` : ''} (contract ${found.marker.contract.slice(0, 16)}…)`);
    return {
        status: 'matched',
        pullRequest: found.pullRequest,
        contract: found.marker.contract,
        ...(found.marker.live !== undefined ? { live: found.marker.live } : {}),
        ...(found.commentUrl ? { commentUrl: found.commentUrl } : {}),
    };
}
//# sourceMappingURL=review.js.map

/***/ })

};
