export const id = 806;
export const ids = [806];
export const modules = {

/***/ 9806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BaseCommitError: () => (/* binding */ BaseCommitError),
/* harmony export */   isForkPullRequest: () => (/* binding */ isForkPullRequest),
/* harmony export */   planFromBaseCommit: () => (/* binding */ planFromBaseCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9607);
/* harmony import */ var _pki_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5732);
/* harmony import */ var _plan_diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6840);
/* harmony import */ var _workspace_collect_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6927);
/* harmony import */ var _workspace_git_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(297);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4941);
/**
 * A pull request from a fork runs without AWS credentials and with a read-only token, so it
 * cannot read the live truststore. It is planned against the truststore built from the base
 * commit's CA files instead: that is what the live one was deployed from, read with git alone.
 */










/** True for a pull request whose run has no secrets and a read-only token (fork or Dependabot). */
function isForkPullRequest(settings) {
    const env = settings.environment ?? {};
    return (0,_github_event_js__WEBPACK_IMPORTED_MODULE_4__/* .isReadOnlyPullRequest */ .jB)((0,_github_event_js__WEBPACK_IMPORTED_MODULE_4__/* .readEvent */ .j_)(env), env);
}
/** A fork or base-commit problem the user can fix, with the fix in the message. */
class BaseCommitError extends Error {
    name = 'BaseCommitError';
}
/** The base commit, fetched on demand when actions/checkout made a shallow clone. */
async function ensureCommit(cwd, sha, pr) {
    if (await (0,_workspace_git_js__WEBPACK_IMPORTED_MODULE_8__/* .hasObject */ .Qf)(cwd, `${sha}^{commit}`))
        return;
    try {
        await (0,_workspace_git_js__WEBPACK_IMPORTED_MODULE_8__/* .git */ .$Y)(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    }
    catch {
        // Reported below: the fix is the same whatever made the fetch fail.
    }
    if (!(await (0,_workspace_git_js__WEBPACK_IMPORTED_MODULE_8__/* .hasObject */ .Qf)(cwd, `${sha}^{commit}`))) {
        throw new BaseCommitError(`The base commit ${sha} of pull request #${pr} is not in the checkout and could not be fetched: use actions/checkout with "fetch-depth: 0" so that the plan can be made from the base commit's CA files.`);
    }
}
/** Writes `tree` (e.g. `<sha>:sub/dir`) into `dest` with git archive | tar. */
function extractTree(cwd, tree, dest) {
    return new Promise((resolve, reject) => {
        const archive = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['archive', '--format=tar', tree], {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const tar = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('tar', ['-x', '-f', '-', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
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
        return (0,_plan_diff_js__WEBPACK_IMPORTED_MODULE_6__.parseTruststoreUri)(settings.truststoreUri);
    return { bucket: '', key: settings.outputFile, uri: settings.outputFile };
}
/** The base commit's truststore, or undefined when the base has no CA file yet. */
async function baseTruststore(settings, cwd, sha) {
    // The workspace may be a folder inside the repository (actions/checkout `path:`).
    const prefix = await (0,_workspace_git_js__WEBPACK_IMPORTED_MODULE_8__/* .git */ .$Y)(cwd, ['rev-parse', '--show-prefix']);
    const tree = `${sha}:${prefix.replace(/\/$/, '')}`;
    if (!(await (0,_workspace_git_js__WEBPACK_IMPORTED_MODULE_8__/* .hasObject */ .Qf)(cwd, tree)))
        return undefined;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(settings.runnerTemp || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'truststore-base-'));
    try {
        await extractTree(cwd, tree, dir);
        const { sources } = await (0,_workspace_collect_js__WEBPACK_IMPORTED_MODULE_7__/* .collectSources */ .p)(dir, settings.caFiles);
        // Patterns that match nothing in the base are normal (the pull request adds the files).
        if (sources.length === 0)
            return undefined;
        const policy = (0,_deps_js__WEBPACK_IMPORTED_MODULE_9__/* .policyOf */ .US)(settings, new Date());
        const analysis = (0,_pki_index_js__WEBPACK_IMPORTED_MODULE_5__/* .analyze */ .ns)(sources, policy);
        const pem = analysis.truststore?.pem ?? (0,_pki_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPem */ .Hl)(analysis.entries.map((e) => e.certificate));
        return { bytes: new TextEncoder().encode(pem), analysis };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
async function planFromBaseCommit(settings, validation) {
    const pr = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRequestOf */ ._n)((0,_github_event_js__WEBPACK_IMPORTED_MODULE_4__/* .readEvent */ .j_)(settings.environment ?? {}));
    if (!pr)
        throw new BaseCommitError('planFromBaseCommit: the event is not a pull request');
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(pr.baseSha)) {
        throw new BaseCommitError(`The event of pull request #${pr.number} has no valid base commit ("${pr.baseSha}")`);
    }
    if (!validation.truststore)
        throw new BaseCommitError('planFromBaseCommit needs a valid truststore');
    const cwd = settings.workspace;
    if (!(await (0,_workspace_git_js__WEBPACK_IMPORTED_MODULE_8__/* .hasObject */ .Qf)(cwd, 'HEAD'))) {
        throw new BaseCommitError(`${cwd} is not a git checkout: run actions/checkout (with "fetch-depth: 0") before this action so that a pull request from a fork can be planned against its base commit.`);
    }
    await ensureCommit(cwd, pr.baseSha, pr.number);
    const base = await baseTruststore(settings, cwd, pr.baseSha);
    return (0,_plan_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .buildPlan */ .Gg)({
        location: locationOf(settings),
        desired: validation.truststore,
        desiredFindings: validation.findings,
        ...(base ? { latest: base } : {}),
        pinned: [],
        domains: [],
        offline: true,
    });
}
//# sourceMappingURL=fork-plan.js.map

/***/ })

};
