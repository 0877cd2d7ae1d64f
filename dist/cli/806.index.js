export const id = 806;
export const ids = [806,840];
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

/***/ }),

/***/ 6840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   er: () => (/* binding */ sameBytes),
/* harmony export */   gk: () => (/* binding */ diffVersion),
/* harmony export */   parseTruststoreUri: () => (/* binding */ parseTruststoreUri)
/* harmony export */ });
/* unused harmony exports TruststoreUriError, summarize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66);
/**
 * The plan: the desired truststore against the live one, by certificate fingerprint.
 * Pure: the live state is read by the AWS adapters (or, for a fork pull request, built from the
 * base commit) and handed in as data.
 */


/** A bad `truststore-uri`, with the fix in the message. */
class TruststoreUriError extends _settings_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
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
/** The new truststore against one version of the live object (or a target's live bundle). */
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
        drift.push(input.unidentified?.includes(name)
            ? `${name} serves a bundle that no version of ${location.uri} holds (it was changed by hand, or never deployed by this action): deploy will point it at the new version, and a rollback could not restore what it serves now`
            : `${name} does not pin a truststore version: deploy will pin it`);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
//# sourceMappingURL=diff.js.map

/***/ })

};
