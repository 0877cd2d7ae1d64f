export const id = 141;
export const ids = [141];
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

/***/ 6141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkChangesSinceLive: () => (/* binding */ checkChangesSinceLive)
});

// EXTERNAL MODULE: ./lib/github/client.js
var github_client = __webpack_require__(636);
// EXTERNAL MODULE: ./lib/github/event.js
var github_event = __webpack_require__(9607);
;// CONCATENATED MODULE: ./lib/github/history.js
const history_short = (sha) => sha.slice(0, 12);
/** GitHub lists a commit's files 300 a page, 3,000 at most; a compare's files, 300 at most. */
const FILES_PER_PAGE = 300;
const MAX_COMMIT_FILES = 3000;
const COMPARE_FILES = 300;
/** GitHub cannot say what a commit changed: provenance cannot be proven. */
class ProvenanceUnknown extends Error {
    name = 'ProvenanceUnknown';
}
const firstLine = (message) => (message.split('\n')[0] ?? '').slice(0, 120);
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Reads GitHub once per commit and pull request, however many times a rule asks. */
class History {
    client;
    repo;
    commits = new Map();
    pulls = new Map();
    constructor(client, repo) {
        this.client = client;
        this.repo = repo;
    }
    commit(sha) {
        let found = this.commits.get(sha);
        if (!found) {
            found = this.readCommit(sha);
            this.commits.set(sha, found);
        }
        return found;
    }
    /** A commit and every file it changes against its first parent (GitHub pages them, 300 a page). */
    async readCommit(sha) {
        const files = [];
        for (let page = 1;; page++) {
            const response = await this.client.rest.repos.getCommit({
                owner: this.repo.owner,
                repo: this.repo.repo,
                ref: sha,
                per_page: FILES_PER_PAGE,
                page,
            });
            const { data } = response;
            for (const f of data.files ?? []) {
                files.push(f.filename);
                const previous = f.previous_filename;
                if (previous)
                    files.push(previous);
            }
            // More pages are announced in the Link header, as for every list GitHub pages.
            if (!/rel="next"/.test(String(response.headers.link ?? ''))) {
                return {
                    sha: data.sha,
                    parents: data.parents.map((p) => p.sha),
                    message: data.commit.message,
                    files,
                };
            }
            // GitHub lists at most 3,000 files of a commit: past that, what it changed cannot be known.
            if (files.length >= MAX_COMMIT_FILES || page >= MAX_COMMIT_FILES / 30) {
                throw new ProvenanceUnknown(`commit ${history_short(sha)} changes ${MAX_COMMIT_FILES} files or more, more than GitHub lists: whether it changed a CA file cannot be told; split such changes`);
            }
        }
    }
    /** The commits reachable from `head` and not from `base`, oldest first; undefined when head does not descend from base. */
    async between(base, head) {
        const out = [];
        for (let page = 1;; page++) {
            let data;
            try {
                ({ data } = await this.client.rest.repos.compareCommitsWithBasehead({
                    owner: this.repo.owner,
                    repo: this.repo.repo,
                    basehead: `${base}...${head}`,
                    per_page: 100,
                    page,
                }));
            }
            catch (error) {
                if (statusOf(error) === 404 || statusOf(error) === 422)
                    return undefined;
                throw error;
            }
            if (data.status === 'identical')
                return [];
            if (data.status !== 'ahead')
                return undefined;
            out.push(...data.commits.map((c) => c.sha));
            if (data.commits.length === 0 || out.length >= data.total_commits)
                return out;
        }
    }
    /** The files that differ between `base` and `head` (head descends from base); undefined when GitHub cuts the list. */
    async filesBetween(base, head) {
        const { data } = await this.client.rest.repos.compareCommitsWithBasehead({
            owner: this.repo.owner,
            repo: this.repo.repo,
            basehead: `${base}...${head}`,
        });
        const files = data.files ?? [];
        if (files.length >= COMPARE_FILES)
            return undefined;
        return files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
    }
    async changesCaFiles(sha) {
        return (await this.commit(sha)).files.filter((f) => this.repo.isCaFile(f));
    }
    async pullRequestsOf(sha) {
        const { data } = await this.client.rest.repos.listPullRequestsAssociatedWithCommit({
            owner: this.repo.owner,
            repo: this.repo.repo,
            commit_sha: sha,
        });
        return data.map((p) => ({
            number: p.number,
            mergedAt: p.merged_at ?? null,
            mergeCommitSha: p.merge_commit_sha ?? null,
            baseRef: p.base?.ref ?? '',
            headSha: p.head?.sha ?? '',
            author: p.user?.login ?? '',
        }));
    }
    pull(number) {
        let found = this.pulls.get(number);
        if (!found) {
            const { owner, repo } = this.repo;
            found = (async () => {
                const commits = await this.client.paginate(this.client.rest.pulls.listCommits, {
                    owner,
                    repo,
                    pull_number: number,
                    per_page: 100,
                });
                const reviews = await this.client.paginate(this.client.rest.pulls.listReviews, {
                    owner,
                    repo,
                    pull_number: number,
                    per_page: 100,
                });
                return {
                    commits: commits.map((c) => c.sha),
                    reviews: reviews.map((r) => ({
                        login: r.user?.login ?? '',
                        type: r.user?.type ?? '',
                        state: r.state,
                        commitId: r.commit_id ?? '',
                        submittedAt: r.submitted_at ?? '',
                    })),
                };
            })();
            this.pulls.set(number, found);
        }
        return found;
    }
}
//# sourceMappingURL=history.js.map
;// CONCATENATED MODULE: ./lib/github/provenance.js

/**
 * The latest review of each account that is neither the author nor a bot, in the states that
 * decide: an approval followed by a request for changes is no approval; a dismissed review counts
 * for nothing; a plain comment changes nothing.
 */
function decidingReviews(reviews, author) {
    const latest = new Map();
    const ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
    for (const r of ordered) {
        if (r.login === author || r.type === 'Bot')
            continue;
        if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') {
            latest.set(r.login, r);
        }
    }
    return [...latest.values()];
}
/**
 * Whether a commit after `approved` (reachable from `head`, not from `approved`: by history, not by
 * the order GitHub lists a pull request's commits in) changed a CA file. Merging another branch in
 * is no change of its own when every CA file it changes against its first parent is as in another
 * parent (that side's commits are in the range and judged themselves); a CA file the merge itself
 * makes different from every parent is a change. Anything GitHub cannot answer counts as a change.
 */
async function changedCaFilesSince(history, approved, head, own) {
    const after = await history.between(approved, head);
    if (after === undefined)
        return true;
    // Commits of the base branch merged in are not the pull request's: their own pull requests are judged.
    for (const sha of after.filter((c) => own.includes(c))) {
        const info = await history.commit(sha);
        const caFiles = await history.changesCaFiles(sha);
        if (caFiles.length === 0)
            continue;
        if (info.parents.length < 2)
            return true;
        for (const other of info.parents.slice(1)) {
            const differs = await history.filesBetween(other, sha);
            if (differs === undefined || caFiles.some((f) => differs.includes(f)))
                return true;
        }
    }
    return false;
}
/** Why a merged pull request's approvals do not suffice, or undefined when they do. */
async function missingApprovals(history, pr, q) {
    if (q.requiredApprovals === 0)
        return undefined;
    const { reviews, commits } = await history.pull(pr.number);
    const deciding = decidingReviews(reviews, pr.author);
    const approvals = deciding.filter((r) => r.state === 'APPROVED');
    const valid = [];
    const stale = [];
    for (const r of approvals) {
        if (r.commitId === pr.headSha || !(await changedCaFilesSince(history, r.commitId, pr.headSha, commits))) {
            valid.push(r.login);
        }
        else
            stale.push(r.login);
    }
    if (valid.length >= q.requiredApprovals)
        return undefined;
    const said = [
        `${valid.length} valid approving review${valid.length === 1 ? '' : 's'}${valid.length > 0 ? ` (${valid.join(', ')})` : ''}`,
        ...(stale.length > 0
            ? [`approvals by ${stale.join(', ')} were given before a later commit changed CA files`]
            : []),
    ].join('; ');
    return `pull request #${pr.number} has ${said}, and required-approvals is ${q.requiredApprovals} (distinct accounts other than its author ${pr.author || '(unknown)'}, not bots, each account's latest review, not dismissed)`;
}
/** The merged pull request a CA-changing commit came through, or why there is none that counts. */
async function proveCommit(history, commit, caFiles, q) {
    const pulls = await history.pullRequestsOf(commit.sha);
    const merged = [];
    for (const pr of pulls) {
        if (!pr.mergedAt || pr.baseRef !== q.defaultBranch)
            continue;
        if (pr.mergeCommitSha === commit.sha || (await history.pull(pr.number)).commits.includes(commit.sha))
            merged.push(pr);
    }
    const changes = caFiles.length === 0
        ? 'is the commit being deployed'
        : `changes ${caFiles.slice(0, 3).join(', ')}${caFiles.length > 3 ? ` and ${caFiles.length - 3} more CA files` : ''}`;
    const what = `commit ${history_short(commit.sha)} ("${firstLine(commit.message)}") ${changes}`;
    if (merged.length === 0) {
        const elsewhere = pulls.find((p) => p.mergedAt && p.baseRef !== q.defaultBranch);
        const rewritten = pulls.find((p) => p.mergedAt && p.baseRef === q.defaultBranch);
        const how = elsewhere
            ? `pull request #${elsewhere.number} merged it into ${elsewhere.baseRef}, which is not the default branch`
            : rewritten
                ? `GitHub relates it to pull request #${rewritten.number}, but it is not one of that pull request's commits nor its merge commit (a rebase merge rewrites them: merge or squash CA changes instead)`
                : 'a direct push';
        return {
            reason: 'unreviewed-commit',
            message: `${what}, but it did not arrive through a pull request merged into ${q.defaultBranch} (${how})`,
        };
    }
    const reasons = [];
    for (const pr of merged) {
        const missing = await missingApprovals(history, pr, q);
        if (missing === undefined)
            return { pullRequest: pr.number };
        reasons.push(missing);
    }
    return { reason: 'not-approved', message: `${what}: ${reasons.join('; ')}` };
}
/** The commits since the live one, oldest first; or what makes the range unusable. */
async function commitsSince(client, q) {
    const commits = [];
    for (let page = 1;; page++) {
        let data;
        try {
            ({ data } = await client.rest.repos.compareCommitsWithBasehead({
                owner: q.owner,
                repo: q.repo,
                basehead: `${q.liveCommit}...${q.sha}`,
                per_page: 100,
                page,
            }));
        }
        catch (error) {
            if (statusOf(error) === 404 || statusOf(error) === 422)
                return { unknown: 'GitHub does not know it in this repository' };
            throw error;
        }
        if (data.status === 'behind')
            return { replay: true };
        if (data.status === 'identical')
            return { commits: [] };
        if (data.status !== 'ahead')
            return { unknown: `it is not in the history of ${history_short(q.sha)} (${data.status})` };
        commits.push(...data.commits.map((c) => c.sha));
        if (data.commits.length === 0 || commits.length >= data.total_commits)
            return { commits };
    }
}
async function checkProvenance(client, q) {
    try {
        return await checkRange(client, q);
    }
    catch (error) {
        if (!(error instanceof ProvenanceUnknown))
            throw error;
        return { status: 'refused', reason: 'unreviewed-commit', message: error.message };
    }
}
async function checkRange(client, q) {
    const history = new History(client, q);
    let range;
    let anchored;
    if (q.liveCommit === undefined) {
        // Adoption, or an object written by another tool: only the deployed commit can be checked.
        range = [q.sha];
        anchored = `the live truststore records no commit (adopted, or written by another tool), so only commit ${history_short(q.sha)} was checked`;
    }
    else if (q.liveCommit === q.sha) {
        range = [];
        anchored = `the live truststore was built from this same commit ${history_short(q.sha)} (a re-run finishes what an earlier run started)`;
    }
    else {
        const since = await commitsSince(client, { ...q, liveCommit: q.liveCommit });
        if ('replay' in since) {
            return {
                status: 'replay',
                liveCommit: q.liveCommit,
                summary: `the live truststore was built from commit ${history_short(q.liveCommit)}, which already contains ${history_short(q.sha)}: this is a replay of an older deploy; nothing to do`,
            };
        }
        if ('unknown' in since) {
            return {
                status: 'refused',
                reason: 'unknown-live-commit',
                message: `the live truststore records commit ${q.liveCommit}, and ${since.unknown}: the changes since what is live cannot be checked. Find out who wrote that version; to deploy anyway once, set require-reviewed-plan: false (break-glass)`,
            };
        }
        range = since.commits;
        anchored = `${range.length} commit${range.length === 1 ? '' : 's'} since the live commit ${history_short(q.liveCommit)}`;
    }
    const proven = [];
    let ownPull;
    for (const sha of range) {
        const commit = await history.commit(sha);
        const caFiles = await history.changesCaFiles(sha);
        // The deployed commit alone (no anchor) is checked even when its own diff touches no CA file.
        if (caFiles.length === 0 && q.liveCommit !== undefined)
            continue;
        const verdict = await proveCommit(history, commit, caFiles, q);
        if ('reason' in verdict)
            return { status: 'refused', reason: verdict.reason, message: verdict.message };
        proven.push(`${history_short(sha)} via #${verdict.pullRequest}`);
        if (sha === q.sha)
            ownPull = verdict.pullRequest;
    }
    return {
        status: 'proven',
        ...(ownPull !== undefined ? { pullRequest: ownPull } : {}),
        summary: `provenance: ${anchored}; ${proven.length === 0 ? 'none changed a CA file' : `CA changes arrived through approved pull requests (${proven.join(', ')})`}`,
    };
}
//# sourceMappingURL=provenance.js.map
// EXTERNAL MODULE: ./lib/settings/errors.js
var errors = __webpack_require__(66);
// EXTERNAL MODULE: ./lib/workspace/git.js
var git = __webpack_require__(297);
// EXTERNAL MODULE: ./lib/workspace/glob.js + 8 modules
var glob = __webpack_require__(7053);
;// CONCATENATED MODULE: ./lib/pipeline/provenance.js
/**
 * The provenance stage of a deploy: before anything is written, every CA change since what is live
 * must have come through an approved pull request merged into the default branch (see
 * src/github/provenance.ts for the rule), and a replay of an older deploy writes nothing.
 */






const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function githubRefusal(why) {
    return new errors/* ReasonedError */.O$(`The provenance of this deploy could not be checked: ${why}. Nothing was written. The job needs "permissions: contents: read, pull-requests: read" and github-token at its default \${{ github.token }}; or deploy with require-reviewed-plan: false (break-glass).`, 'github-error');
}
/** undefined: not checked (break-glass, or no write ahead). Throws the refusal when a change is unreviewed. */
async function checkChangesSinceLive(settings, state, deps) {
    if (!settings.requireReviewedPlan || state.plan.upToDate)
        return undefined;
    const env = settings.environment ?? {};
    const sha = (env.GITHUB_SHA ?? '').toLowerCase();
    if (!COMMIT.test(sha))
        throw githubRefusal(`GITHUB_SHA ("${sha}") is not a commit`);
    if (settings.githubToken === '')
        throw githubRefusal('github-token is empty');
    // The CA patterns are relative to the workspace, which may be a folder inside the repository.
    const prefix = (await (0,git/* tryGit */.Ii)(settings.workspace, ['rev-parse', '--show-prefix'])) ?? '';
    // Revocation lists decide who may call as much as CA files do: their changes need a review too.
    const matchers = [settings.caFiles, settings.revocationFiles]
        .filter((p) => p.length > 0)
        .map(glob/* caFileMatcher */.Di);
    const isCaFile = (file) => file.startsWith(prefix) && matchers.some((matches) => matches(file.slice(prefix.length)));
    let verdict;
    try {
        const client = await (0,github_client/* githubClient */.$)(settings.githubToken, env.GITHUB_API_URL);
        const { owner, repo } = (0,github_event/* repositoryOf */._M)(env);
        const defaultBranch = (0,github_event/* defaultBranchOf */.dV)((0,github_event/* readEvent */.j_)(env)) ?? (await client.rest.repos.get({ owner, repo })).data.default_branch;
        // The commit recorded on the version clients meet now, as plan read it.
        const liveCommit = state.plan.liveProvenance?.commit;
        verdict = await checkProvenance(client, {
            owner,
            repo,
            sha,
            defaultBranch,
            isCaFile,
            requiredApprovals: settings.requiredApprovals ?? 1,
            ...(liveCommit ? { liveCommit } : {}),
        });
    }
    catch (error) {
        const status = error.status;
        throw githubRefusal(`${typeof status === 'number' ? `HTTP ${status}: ` : ''}${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    }
    if (verdict.status === 'refused') {
        throw new errors/* ReasonedError */.O$(`${verdict.message}. Nothing was written to ${state.location.uri}. Every change to the CA files must arrive through a pull request merged into the default branch and approved (required-approvals ${settings.requiredApprovals ?? 1}); revert the change and open a pull request, or, in an emergency, set require-reviewed-plan: false (break-glass).`, verdict.reason);
    }
    deps.log(verdict.summary);
    return verdict;
}
//# sourceMappingURL=provenance.js.map

/***/ })

};
