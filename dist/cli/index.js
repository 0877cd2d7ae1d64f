#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 7515:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./lib/github/event.js
var github_event = __nccwpck_require__(9607);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/settings/errors.js
var errors = __nccwpck_require__(66);
// EXTERNAL MODULE: ./lib/workspace/git.js
var git = __nccwpck_require__(297);
;// CONCATENATED MODULE: ./lib/github/target-guard.js
/**
 * pull_request_target runs in the base repository with its secrets (AWS credentials) and a write
 * token. Checking out a fork's head there hands both to whatever the fork committed, so unless the
 * workspace is the base commit, or git can show that it does not contain the fork's head, the
 * action refuses before any AWS or GitHub call. It fails closed: a shallow history (actions/checkout
 * fetches one commit by default, so a checkout of refs/pull/N/merge lacks the fork's head object)
 * or any git error is "cannot tell", and refused.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target
 */




const SAFE_RECIPE = 'Run the plan on pull_request instead (a fork\'s pull request is planned against the base commit, without credentials) and comment from a workflow_run workflow (README, "Pull requests from forks"); or keep pull_request_target but let actions/checkout check out the base branch (no ref: pointing at the pull request).';
const SHA = /^[0-9a-f]{40,64}$/;
/** The refusal when a pull_request_target run's workspace may hold a fork's head commit, else undefined. */
async function untrustedCheckout(event, workspace, 
/**
 * Commits of the base repository that are safe to hold: on pull_request_target GITHUB_SHA is the
 * last commit of the base branch, what actions/checkout checks out without `ref:`.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request_target
 */
trusted = []) {
    if (event.name !== 'pull_request_target')
        return undefined;
    const pr = (0,github_event/* pullRequestOf */._n)(event);
    if (!pr || !(0,github_event/* isFork */.B0)(pr))
        return undefined;
    const from = pr.headRepo ? `the fork ${pr.headRepo}` : 'a deleted fork';
    const rev = await (0,git/* gitStatus */.Dx)(workspace, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const head = rev.code === 0 ? rev.stdout.toLowerCase() : undefined;
    if (head === undefined) {
        // A missing workspace also makes execFile fail without an exit code.
        const why = rev.code === undefined && (0,external_node_fs_.existsSync)(workspace)
            ? `git could not run (${firstLine(rev)})`
            : `${workspace} is not a git checkout`;
        return new errors/* ReasonedError */.O$(`Refusing to run on pull_request_target for pull request #${pr.number} from ${from}: ${why}, so the action cannot tell whether it holds the fork's files. Nothing was read from AWS or GitHub. ${SAFE_RECIPE}`, 'untrusted-checkout');
    }
    const baseSha = pr.baseSha.toLowerCase();
    const headSha = pr.headSha.toLowerCase();
    // The base commit is trusted whatever the depth of the checkout (the safe recipe).
    if (SHA.test(baseSha) && head === baseSha)
        return undefined;
    if (trusted.some((sha) => SHA.test(sha.toLowerCase()) && head === sha.toLowerCase() && sha.toLowerCase() !== headSha)) {
        return undefined;
    }
    const answer = !SHA.test(headSha)
        ? { unknown: 'the event names no head commit for the pull request' }
        : head === headSha
            ? { contains: true }
            : await containsCommit(workspace, headSha);
    if ('contains' in answer && !answer.contains)
        return undefined;
    if ('contains' in answer) {
        return new errors/* ReasonedError */.O$(`Refusing to run: this pull_request_target workflow checked out the head of pull request #${pr.number} from ${from} (HEAD ${head.slice(0, 12)} contains ${headSha.slice(0, 12)}). pull_request_target runs with this repository's secrets and a write token, so a fork's files must not be checked out in it. Nothing was read from AWS or GitHub. ${SAFE_RECIPE}`, 'untrusted-checkout');
    }
    return cannotTell(pr, from, head, answer.unknown);
}
function cannotTell(pr, from, head, why) {
    const baseSha = pr.baseSha.toLowerCase();
    const headSha = pr.headSha.toLowerCase();
    const base = SHA.test(baseSha) ? `the base commit ${baseSha.slice(0, 12)}` : 'the base commit';
    const forkHead = SHA.test(headSha) ? ` ${headSha.slice(0, 12)}` : '';
    return new errors/* ReasonedError */.O$(`Refusing to run on pull_request_target for pull request #${pr.number} from ${from}: HEAD ${head.slice(0, 12)} is not ${base}, and the action cannot tell whether it contains the fork's head commit${forkHead}: ${why}. pull_request_target runs with this repository's secrets and a write token, so a fork's files must not be checked out in it. Nothing was read from AWS or GitHub. Check out the base instead: let actions/checkout check out the base branch (no ref: pointing at the pull request) so that HEAD is ${base} (ref: \${{ github.event.pull_request.base.sha }} pins it if the branch has moved since the event), or fetch with fetch-depth: 0 so that git can answer. ${SAFE_RECIPE}`, 'untrusted-checkout');
}
/**
 * Whether HEAD contains `sha`, read from git's exit codes. `merge-base --is-ancestor` exits 0 when it
 * does; its "no" (exit 1) is only an answer when HEAD's whole history is present: a shallow history
 * is cut (the merge of refs/pull/N/merge has no parents there), and a missing commit makes git
 * answer 1 too. In a complete history, a head commit that is absent is not an ancestor either.
 */
async function containsCommit(workspace, sha) {
    const ancestor = await (0,git/* gitStatus */.Dx)(workspace, ['merge-base', '--is-ancestor', sha, 'HEAD']);
    if (ancestor.code === 0)
        return { contains: true };
    const shallow = await (0,git/* gitStatus */.Dx)(workspace, ['rev-parse', '--is-shallow-repository']);
    if (shallow.code !== 0)
        return { unknown: gitError('rev-parse --is-shallow-repository', shallow) };
    const present = await (0,git/* gitStatus */.Dx)(workspace, ['cat-file', '-e', sha]);
    if (present.code !== 0 && present.code !== 1)
        return { unknown: gitError('cat-file', present) };
    if (shallow.stdout !== 'false') {
        return {
            unknown: present.code === 1
                ? "the checkout's history is shallow (actions/checkout fetches one commit by default) and does not hold the fork's head commit, so a merge such as refs/pull/N/merge cannot be told from the base"
                : "the checkout's history is shallow (actions/checkout fetches one commit by default), so git cannot see every ancestor of HEAD",
        };
    }
    const history = await (0,git/* gitStatus */.Dx)(workspace, ['rev-list', '--count', 'HEAD']);
    if (history.code !== 0)
        return { unknown: `HEAD's history is incomplete (${gitError('rev-list', history)})` };
    if (present.code === 1)
        return { contains: false };
    if (ancestor.code === 1 && ancestor.stderr === '')
        return { contains: false };
    return { unknown: gitError('merge-base --is-ancestor', ancestor) };
}
function gitError(command, status) {
    const ended = status.code === undefined ? 'could not run' : `exited ${status.code}`;
    return `git ${command} ${ended} (${firstLine(status) || 'no message'})`;
}
function firstLine(status) {
    return status.stderr.split('\n')[0]?.trim() ?? '';
}
//# sourceMappingURL=target-guard.js.map
// EXTERNAL MODULE: ./lib/pipeline/deps.js + 1 modules
var pipeline_deps = __nccwpck_require__(4941);
;// CONCATENATED MODULE: ./lib/pipeline/result.js
/** Records the first failure of a run: later stages do not overwrite why it failed. */
function fail(result, reason, message) {
    if (result.failure !== undefined) {
        result.failure = `${result.failure}\n${message}`;
        return;
    }
    result.failure = message;
    result.failureReason = reason;
}
//# sourceMappingURL=result.js.map
// EXTERNAL MODULE: ./lib/pki/index.js + 13 modules
var pki = __nccwpck_require__(5732);
// EXTERNAL MODULE: ./lib/workspace/collect.js
var collect = __nccwpck_require__(6927);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/workspace/display-path.js
var display_path = __nccwpck_require__(9435);
// EXTERNAL MODULE: ./lib/workspace/inside.js
var inside = __nccwpck_require__(4053);
;// CONCATENATED MODULE: ./lib/workspace/output-file.js
/**
 * Where the canonical truststore is written. `output-file` comes from the workflow, but the
 * folders it names come from the repository: a committed `truststore.pem -> /some/file` or
 * `out -> /etc` would otherwise let a pull request make the runner overwrite a file outside the
 * job. So the path must resolve (its folders through their links) inside the workspace or
 * RUNNER_TEMP, an existing symlink at the path is refused rather than followed, and the bytes are
 * written to a new file in the resolved folder and renamed over the path: a rename replaces a link
 * swapped in after the check instead of writing through it.
 */





function refusal(code, message) {
    return { finding: { severity: 'error', code, message } };
}
async function realRoots(workspace, runnerTemp) {
    const roots = [await external_node_fs_.promises.realpath(workspace)];
    if (runnerTemp) {
        const real = await external_node_fs_.promises.realpath(runnerTemp).catch(() => undefined);
        if (real)
            roots.push(real);
    }
    return roots;
}
/** Checks `output-file` before anything is written; a refusal is a finding that fails validation. */
async function resolveOutputFile(workspace, outputFile, runnerTemp) {
    const shown = (0,display_path/* displayPath */.G)(outputFile);
    const logical = external_node_path_.resolve(workspace, outputFile);
    const name = external_node_path_.basename(logical);
    if (outputFile.endsWith('/') || name === '' || logical === external_node_path_.parse(logical).root) {
        return refusal('unsafe-output-file', `output-file "${shown}" names a folder: set it to a file path such as truststore.pem`);
    }
    // The deepest folder of the path that exists, resolved through its links; the rest is created.
    const missing = [];
    let dir = external_node_path_.dirname(logical);
    let realDir;
    for (;;) {
        try {
            realDir = await external_node_fs_.promises.realpath(dir);
            break;
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' || dir === external_node_path_.dirname(dir)) {
                return refusal('unsafe-output-file', `output-file "${shown}": the folder ${(0,display_path/* displayPath */.G)(external_node_path_.relative(workspace, dir) || dir)} cannot be used (${code}): remove what is in the way or choose another output-file`);
            }
            missing.unshift(external_node_path_.basename(dir));
            dir = external_node_path_.dirname(dir);
        }
    }
    if (!(await external_node_fs_.promises.stat(realDir)).isDirectory()) {
        return refusal('unsafe-output-file', `output-file "${shown}" goes through ${(0,display_path/* displayPath */.G)(external_node_path_.relative(workspace, dir) || dir)}, which is a file: choose another output-file`);
    }
    const roots = await realRoots(workspace, runnerTemp);
    if (!roots.some((root) => (0,inside/* isInside */.F)(root, external_node_path_.join(realDir, ...missing)))) {
        return refusal('outside-workspace', `output-file "${shown}" leads outside the workspace and RUNNER_TEMP (a folder on its way is, or links to, a folder outside): write the truststore inside the workspace, and remove any committed link on that path`);
    }
    if (missing.length === 0) {
        const existing = await external_node_fs_.promises.lstat(external_node_path_.join(realDir, name)).catch(() => undefined);
        if (existing?.isSymbolicLink()) {
            return refusal('unsafe-output-file', `output-file "${shown}" is a symlink: the truststore is never written through a link (it could point anywhere on the runner); delete the link from the repository or choose another output-file`);
        }
        if (existing && !existing.isFile()) {
            return refusal('unsafe-output-file', `output-file "${shown}" exists and is not a regular file: remove it or choose another output-file`);
        }
    }
    return { target: { path: logical, realDir, missing, name } };
}
/** Writes the bytes to the checked target: new folders one by one, then a fresh file renamed over the path. */
async function writeOutputFile(target, bytes) {
    let dir = target.realDir;
    for (const part of target.missing) {
        dir = external_node_path_.join(dir, part);
        try {
            await external_node_fs_.promises.mkdir(dir);
        }
        catch (error) {
            // Created meanwhile: fine only if it is a real folder, not a link planted after the check.
            const stats = await external_node_fs_.promises.lstat(dir).catch(() => undefined);
            if (error.code !== 'EEXIST')
                throw error;
            if (!stats?.isDirectory()) {
                throw new Error(`output-file: the folder ${(0,display_path/* displayPath */.G)(dir)} appeared as a link or a file while the truststore was written; nothing was written through it: remove it and run again`);
            }
        }
    }
    const temporary = external_node_path_.join(dir, `.${target.name}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
    const handle = await external_node_fs_.promises.open(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        await handle.writeFile(bytes);
        await handle.close();
    }
    catch (error) {
        // A full disk or a quota: no half-written temporary file is left behind.
        await handle.close().catch(() => undefined);
        await external_node_fs_.promises.unlink(temporary).catch(() => undefined);
        throw error;
    }
    try {
        await external_node_fs_.promises.rename(temporary, external_node_path_.join(dir, target.name));
    }
    catch (error) {
        await external_node_fs_.promises.unlink(temporary).catch(() => undefined);
        throw error;
    }
}
/** What is at a path that must be a regular file, in words; undefined when it is one (or nothing). */
function notAFile(stats) {
    if (stats.isFile())
        return undefined;
    if (stats.isSymbolicLink())
        return 'is a symbolic link';
    if (stats.isDirectory())
        return 'is a folder';
    const what = stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : 'a device';
    return `is ${what}, not a regular file`;
}
/**
 * Checks a report path chosen by the user (the CLI's `--output`) before anything runs. Unlike
 * `output-file` it may lead anywhere (its folders are followed through their links: /tmp may be
 * one), but it must be absent or a regular file, in a folder that exists: a link at the path is
 * refused rather than followed. `file` is the path as the user wrote it, `label` the flag that
 * gave it; a refusal is one line with the fix, `usage` false when the folder is merely not writable.
 */
async function checkReportFile(cwd, file, label) {
    const shown = (0,display_path/* displayPath */.G)(file);
    const logical = external_node_path_.resolve(cwd, file);
    const name = external_node_path_.basename(logical);
    const folderShown = (dir) => (0,display_path/* displayPath */.G)(external_node_path_.isAbsolute(file) ? dir : external_node_path_.relative(cwd, dir) || '.');
    const usage = (message) => ({ refusal: `${label} ${shown}${message}`, usage: true });
    const fix = 'give the path of a regular file';
    if (/[/\\]$/.test(file) || logical === external_node_path_.parse(logical).root) {
        return usage(` names a folder: ${fix}`);
    }
    const dir = external_node_path_.dirname(logical);
    let realDir;
    try {
        realDir = await external_node_fs_.promises.realpath(dir);
    }
    catch (error) {
        const code = error.code ?? 'error';
        if (code === 'ENOENT') {
            return usage(`: the folder ${folderShown(dir)} does not exist: create it or choose another path`);
        }
        if (code === 'ENOTDIR') {
            return usage(`: a part of ${folderShown(dir)} is a file, not a folder: choose another path`);
        }
        return usage(`: the folder ${folderShown(dir)} cannot be used (${code}): choose another path`);
    }
    if (!(await external_node_fs_.promises.stat(realDir).catch(() => undefined))?.isDirectory()) {
        return usage(`: ${folderShown(dir)} is a file, not a folder: choose another path`);
    }
    const existing = await external_node_fs_.promises.lstat(external_node_path_.join(realDir, name)).catch(() => undefined);
    const what = existing && notAFile(existing);
    if (what) {
        const why = existing?.isSymbolicLink() ? ' (the report is never written through a link)' : '';
        return usage(` ${what}: ${fix}${why}`);
    }
    try {
        await external_node_fs_.promises.access(realDir, external_node_fs_.constants.W_OK);
    }
    catch (error) {
        return { refusal: `could not write the report to ${shown}: ${writeFailure(error, label)}`, usage: false };
    }
    return { target: { path: logical, realDir, missing: [], name } };
}
/** Why writing a file failed, and the fix, in one line: `<reason> (<code>): <fix>`; never a stack. */
function writeFailure(error, label) {
    const code = error?.code;
    const other = `choose another ${label} or check that folder`;
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return `permission denied (${code}): make the folder writable or choose another ${label}`;
        case 'EROFS':
            return `the file system is read-only (EROFS): choose another ${label}`;
        case 'ENOSPC':
        case 'EDQUOT':
            return `no space left on the device (${code}): free some space or choose another ${label}`;
        case 'EISDIR':
            return `a folder appeared at that path while the run went on (EISDIR): remove it or choose another ${label}`;
        case 'ENOENT':
        case 'ENOTDIR':
            return `its folder was removed or replaced while the run went on (${code}): ${other}`;
        case undefined:
            return `${(0,display_path/* displayPath */.G)(error instanceof Error ? error.message : String(error)).slice(0, 300)}: ${other}`;
        default:
            return `${code}: ${other}`;
    }
}
//# sourceMappingURL=output-file.js.map
;// CONCATENATED MODULE: ./lib/pipeline/validate.js
/**
 * validate: collect the CA files, run the engine, check the clients, and write the canonical
 * truststore, but only when there is no error: a half-valid bundle must never reach a later upload
 * step. Reports nothing: the reporters render the findings where the user looks.
 */




/**
 * What the targets named add on top of the common rules: an ELB trust store's quotas, keys and
 * signatures, and the revocation lists it would carry. Pure modules: nothing here loads the SDK.
 */
async function targetChecks(settings, entries, now) {
    const findings = [];
    if (settings.elbTrustStoreArns.length > 0) {
        const { elbFindings } = await __nccwpck_require__.e(/* import() */ 471).then(__nccwpck_require__.bind(__nccwpck_require__, 2471));
        findings.push(...elbFindings(entries, { maxCaDepth: settings.maxCaDepth }));
    }
    if (settings.revocationFiles.length === 0)
        return { findings };
    const { checkRevocationFiles } = await __nccwpck_require__.e(/* import() */ 896).then(__nccwpck_require__.bind(__nccwpck_require__, 9896));
    const checked = await checkRevocationFiles({
        workspace: settings.workspace,
        patterns: settings.revocationFiles,
        entries,
        now,
    });
    findings.push(...checked.findings);
    return { findings, revocations: checked.files };
}
/**
 * The validate stage, shared by the action and the CLI: collect, analyze, check clients, and write
 * the canonical truststore only when nothing failed. Reports nothing: reporters render the result.
 */
async function validate(settings) {
    const policy = (0,pipeline_deps/* policyOf */.US)(settings, new Date());
    const collected = await (0,collect/* collectSources */.p)(settings.workspace, settings.caFiles);
    const analysis = (0,pki/* analyze */.ns)(collected.sources, policy, collected.findings);
    const findings = [...analysis.findings];
    const targets = await targetChecks(settings, analysis.entries, policy.now);
    findings.push(...targets.findings);
    let clientsChecked;
    // Checked even when the set is refused, so a lock-out shows up with the errors that cause it.
    if (settings.clientCertificates.length > 0) {
        const { checkClients } = await __nccwpck_require__.e(/* import() */ 244).then(__nccwpck_require__.bind(__nccwpck_require__, 4244));
        const clients = await checkClients(settings, analysis.truststore ?? analysis.entries, policy, targets.revocations);
        findings.push(...clients.findings);
        clientsChecked = clients.checked;
    }
    // Checked before anything is written, and reported with the rest when it is refused. An empty
    // output-file (the CLI without --output-file) checks without writing.
    const output = settings.outputFile === ''
        ? undefined
        : await resolveOutputFile(settings.workspace, settings.outputFile, settings.runnerTemp);
    if (output && 'finding' in output)
        findings.push(output.finding);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const failed = (0,pki/* hasErrors */.Cs)(findings) || (settings.failOnWarnings && warnings > 0);
    const truststore = failed ? undefined : analysis.truststore;
    let outputPath;
    if (truststore && output && 'target' in output) {
        outputPath = output.target.path;
        await writeOutputFile(output.target, truststore.pem);
    }
    let failure;
    if (failed) {
        const reason = errors > 0
            ? `${errors} error${errors === 1 ? '' : 's'} in the CA files`
            : `${warnings} warning${warnings === 1 ? '' : 's'} and fail-on-warnings is true`;
        const first = findings.find((f) => f.severity === (errors > 0 ? 'error' : 'warning'));
        failure = `truststore refused: ${reason}; no truststore was written. First: ${first?.message ?? ''}`;
    }
    return {
        ok: !failed,
        sources: collected.sources,
        analysis,
        findings,
        ...(truststore ? { truststore } : {}),
        ...(outputPath ? { outputPath } : {}),
        ...(failure ? { failure } : {}),
        ...(clientsChecked !== undefined ? { clientsChecked } : {}),
        ...(targets.revocations ? { revocations: targets.revocations } : {}),
    };
}
//# sourceMappingURL=validate.js.map
;// CONCATENATED MODULE: ./lib/pipeline/pipeline.js
/**
 * The pipeline, read top-down: validate ▶ (audit | plan ▶ review ▶ deploy ▶ probe) → one result.
 * Both front-ends (the action, the CLI) call runPipeline and hand what it returns to their
 * reporters; nothing else runs a stage. A stage that fails after another changed something still
 * returns what was done (the plan, the targets that moved), with the failure and its reason.
 * Lazy loading keeps `validate` fast: the AWS SDK and the GitHub client load only in the stages
 * that use them.
 */






/** Runs `mode` to the end, or to the first failure; never throws. */
async function runPipeline(settings, mode, partial = {}) {
    const deps = { ...partial, ...(0,pipeline_deps/* resolveDeps */.JC)(partial) };
    const result = { mode };
    try {
        await runStages(settings, result, deps);
    }
    catch (error) {
        // A deploy that failed after it changed something says what moved (DeploymentError).
        const carried = error;
        if (carried.plan)
            result.plan = carried.plan;
        if (carried.deployment)
            result.deployment = carried.deployment;
        fail(result, (0,errors/* failureReasonOf */.M3)(error), error instanceof Error ? error.message : String(error));
        result.error = error;
    }
    return result;
}
async function runStages(settings, result, deps) {
    // Before anything reads the workspace or calls AWS or GitHub.
    const env = settings.environment ?? {};
    const refusal = await untrustedCheckout((0,github_event/* readEvent */.j_)(env), settings.workspace, env.GITHUB_SHA ? [env.GITHUB_SHA] : []);
    if (refusal)
        throw refusal;
    if (result.mode === 'diagnose')
        return diagnoseStage(settings, result, deps);
    const validation = await validate(settings);
    result.validation = validation;
    if (!validation.ok)
        fail(result, 'validation-failed', validation.failure ?? 'the truststore was refused');
    // An audit looks at what is live even when the repository's CA files do not validate.
    if (result.mode === 'audit')
        return auditStage(settings, result, deps);
    if (result.mode === 'validate' || !validation.ok)
        return;
    if (result.mode === 'plan')
        return planStage(settings, result, deps);
    // deploy: read what is live ▶ check the reviewed plan ▶ upload and roll, probing each target.
    const { deployInputs, deployLive } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(818), __nccwpck_require__.e(711), __nccwpck_require__.e(901), __nccwpck_require__.e(615), __nccwpck_require__.e(201), __nccwpck_require__.e(18)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18));
    const { readLiveState } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(818), __nccwpck_require__.e(711), __nccwpck_require__.e(901), __nccwpck_require__.e(615), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9201));
    const { checkReviewedPlan } = await Promise.all(/* import() */[__nccwpck_require__.e(901), __nccwpck_require__.e(671)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6671));
    const { checkChangesSinceLive } = await __nccwpck_require__.e(/* import() */ 141).then(__nccwpck_require__.bind(__nccwpck_require__, 6141));
    const inputs = deployInputs(settings, deps.probeAttempt);
    const live = await readLiveState(settings, validation, deps);
    result.plan = live.plan;
    let provenance;
    if (deps.reviewedPlans !== false) {
        result.review = await checkReviewedPlan(settings, live.desired, deps, validation.revocations);
        // Only once the reviewed plan matched: a refusal of the plan says what to fix first.
        if (result.review.status !== 'refused')
            provenance = await checkChangesSinceLive(settings, live, deps);
    }
    result.deployment = await deployLive(live, settings, inputs, deps, result.review, provenance);
}
/** plan: against the live state, or, on a fork's pull request (no AWS there), against the base commit. */
async function planStage(settings, result, deps) {
    const validation = result.validation;
    const fork = await __nccwpck_require__.e(/* import() */ 806).then(__nccwpck_require__.bind(__nccwpck_require__, 9806));
    if (fork.isForkPullRequest(settings)) {
        deps.log('pull request from a fork: planning against the base commit (no AWS credentials here)');
        result.plan = await fork.planFromBaseCommit(settings, validation);
        return;
    }
    const { runPlanMode } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(818), __nccwpck_require__.e(711), __nccwpck_require__.e(901), __nccwpck_require__.e(615), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9201));
    result.plan = await runPlanMode(settings, validation, deps);
}
/** audit: the report, and a failure when anything live is wrong at error severity. */
async function auditStage(settings, result, deps) {
    const { runAuditMode } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(818), __nccwpck_require__.e(711), __nccwpck_require__.e(901), __nccwpck_require__.e(615), __nccwpck_require__.e(201), __nccwpck_require__.e(365)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6365));
    const report = await runAuditMode(settings, result.validation, deps);
    result.audit = report;
    const errors = report.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
        fail(result, 'audit-problems', `truststore audit: ${errors.length} error${errors.length === 1 ? '' : 's'} in what is live. First: ${errors[0]?.message}`);
    }
}
/** diagnose: one partner's certificate against a truststore; a refusal fails the run. */
async function diagnoseStage(settings, result, deps) {
    const { runDiagnoseMode } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(818), __nccwpck_require__.e(711), __nccwpck_require__.e(901), __nccwpck_require__.e(615), __nccwpck_require__.e(220)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6220));
    const diagnosed = await runDiagnoseMode(settings, deps);
    result.diagnosis = diagnosed;
    const { diagnosis, truststore } = diagnosed;
    if (diagnosis.verdict === 'refused') {
        fail(result, 'client-refused', `${truststore.source.includes('trust store') ? 'Elastic Load Balancing' : 'API Gateway'} refuses "${diagnosis.leaf.subject}" with ${truststore.source}: ${diagnosis.fix}`);
    }
}
//# sourceMappingURL=pipeline.js.map
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __nccwpck_require__(3152);
;// CONCATENATED MODULE: ./lib/settings/version.js
/** The package version, for `--version` and SARIF's tool.driver.version (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';
//# sourceMappingURL=version.js.map
;// CONCATENATED MODULE: ./lib/cli/flags.js
/**
 * The commands, formats and flags of `mtls-truststore`: each flag is named like the action input
 * it sets, so a value means the same on either front-end. Data only; parsing is args.ts.
 */
const COMMANDS = ['validate', 'plan', 'deploy', 'diagnose', 'audit'];
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const ALL = COMMANDS;
const TRUSTSTORE = ['validate', 'plan', 'deploy'];
const ONLINE = ['plan', 'deploy', 'diagnose', 'audit'];
const DEPLOY = ['deploy'];
const DIAGNOSE = ['diagnose'];
/** The action's inputs that make sense off a runner (not mode, github-token, comment, label). */
const INPUT_FLAGS = [
    {
        name: 'ca-files',
        kind: 'list',
        commands: ALL,
        value: 'PATTERN',
        help: 'CA files as glob patterns, relative to this folder (repeat it; "!" excludes). Same as the PATTERN arguments.',
    },
    {
        name: 'client-certificates',
        kind: 'list',
        commands: TRUSTSTORE,
        value: 'PATTERN',
        help: 'client (leaf) certificates that must chain to the new truststore (repeat it)',
    },
    {
        name: 'output-file',
        kind: 'value',
        commands: TRUSTSTORE,
        value: 'FILE',
        help: 'write the canonical truststore there when it is valid (default: write nothing)',
    },
    {
        name: 'expiry-warning-days',
        kind: 'value',
        commands: ALL,
        value: 'DAYS',
        help: 'a CA that expires within this many days is a warning (default 30)',
    },
    {
        name: 'max-ca-depth',
        kind: 'value',
        commands: ALL,
        value: 'N',
        help: "most CA certificates from a root, root included (default 4, API Gateway's limit)",
    },
    { name: 'fail-on-warnings', kind: 'boolean', commands: TRUSTSTORE, help: 'exit 1 on warnings too' },
    {
        name: 'truststore-uri',
        kind: 'value',
        commands: ONLINE,
        value: 's3://BUCKET/KEY',
        help: 'the live truststore (plan, deploy, audit: required, versioning enabled; diagnose: the domain pins it)',
    },
    {
        name: 'domain-names',
        kind: 'list',
        commands: ONLINE,
        value: 'NAME',
        help: 'custom domain names whose mutual TLS uses this truststore (repeat it)',
    },
    {
        name: 'elb-trust-store-arns',
        kind: 'list',
        commands: ALL,
        value: 'ARN',
        help: 'Elastic Load Balancing trust stores fed from truststore-uri (repeat it); applies the ELB rules in every command',
    },
    {
        name: 'revocation-files',
        kind: 'list',
        commands: TRUSTSTORE,
        value: 'PATTERN',
        help: 'certificate revocation lists (PEM or DER) for the trust stores, as glob patterns (repeat it)',
    },
    {
        name: 'aws-region',
        kind: 'value',
        commands: ONLINE,
        value: 'REGION',
        help: 'default: AWS_REGION or AWS_DEFAULT_REGION',
    },
    {
        name: 'wait-timeout-seconds',
        kind: 'value',
        commands: DEPLOY,
        value: 'S',
        help: 'how long to wait for each domain to be AVAILABLE (default 900)',
    },
    {
        name: 'rollback-on-warnings',
        kind: 'boolean',
        commands: DEPLOY,
        help: 'pin moved domains back when API Gateway warns (default true; --no-rollback-on-warnings)',
    },
    {
        name: 'domain-update-interval-seconds',
        kind: 'value',
        commands: DEPLOY,
        value: 'S',
        help: 'seconds between two UpdateDomainName calls (default 30)',
    },
    {
        name: 'poll-interval-seconds',
        kind: 'value',
        commands: DEPLOY,
        value: 'S',
        help: 'seconds between two GetDomainName calls while waiting (default 10)',
    },
    {
        name: 'server-side-encryption',
        kind: 'value',
        commands: DEPLOY,
        value: 'ALG',
        help: 'AES256, aws:kms or aws:kms:dsse (default: the bucket default)',
    },
    {
        name: 'sse-kms-key-id',
        kind: 'value',
        commands: DEPLOY,
        value: 'KEY',
        help: 'KMS key id or ARN with aws:kms',
    },
    {
        name: 'probe-identities',
        kind: 'list',
        commands: DEPLOY,
        value: '"NAME CERT KEY [accept|refuse]"',
        help: 'after each roll, a real mutual-TLS handshake per identity (repeat it)',
    },
    { name: 'probe-url', kind: 'value', commands: DEPLOY, value: 'URL', help: 'default https://{domain}/' },
    {
        name: 'probe-ca-file',
        kind: 'value',
        commands: DEPLOY,
        value: 'FILE',
        help: "PEM of the CAs of the domains' server certificates (default: the system's)",
    },
    {
        name: 'probe-timeout-seconds',
        kind: 'value',
        commands: DEPLOY,
        value: 'S',
        help: "how long each domain's probes retry (default 120)",
    },
    {
        name: 'rollback-on-probe-failure',
        kind: 'boolean',
        commands: DEPLOY,
        help: 'pin moved domains back when a probe fails (default true)',
    },
    {
        name: 'client-certificate',
        kind: 'value',
        commands: DIAGNOSE,
        value: 'FILE',
        help: "what the partner's client sends: its leaf, or its bundle in any order (required)",
    },
];
const CLI_FLAGS = [
    {
        name: 'format',
        commands: ALL,
        value: 'text|json|sarif|markdown',
        help: "report format (default text; json has the action's outputs)",
    },
    {
        name: 'output',
        commands: ALL,
        value: 'FILE',
        help: 'write the report to FILE instead of standard output',
    },
    {
        name: 'yes',
        commands: DEPLOY,
        help: 'deploy without asking; needed when standard input or output is not a terminal',
    },
    {
        name: 'detailed-exitcode',
        commands: ['plan'],
        help: 'exit 3 when changes are pending (0: none, 1: failure, 2: bad usage)',
    },
    { name: 'help', commands: ALL, help: 'this help' },
];
//# sourceMappingURL=flags.js.map
;// CONCATENATED MODULE: ./lib/cli/help.js
/**
 * The help of `mtls-truststore` and of each command: text only, built from the flag tables in
 * flags.ts so a flag is described once.
 */

const USAGE = `mtls-truststore <${COMMANDS.join('|')}> [PATTERN...] [flags]`;
const COMMAND_SUMMARY = {
    validate: 'check the CA files offline and build the canonical truststore',
    plan: 'also compare it with the live truststore in S3 and the domains pinned to it (reads only)',
    deploy: "show the plan, ask, then upload a new object version and roll every domain to it, then check API Gateway's warnings",
    diagnose: "explain why API Gateway accepts or refuses one partner's client certificate (reads only)",
    audit: 'check what is live (the truststore versions the domains pin, the bucket, its lifecycle rules) against the CA files (reads only)',
};
const EXIT_CODES = 'Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings), a failed step or a cancelled deploy, 2 bad usage; plan --detailed-exitcode: 3 when changes are pending.';
function flagLine(flag, text) {
    return `  ${flag.padEnd(40)} ${text}`;
}
function mainHelp() {
    return [
        `Usage: ${USAGE}`,
        '',
        'CI/CD for the truststore of AWS API Gateway mutual TLS, from your CA files.',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.padEnd(10)} ${COMMAND_SUMMARY[c]}`),
        '',
        'Run "mtls-truststore <command> --help" for the flags of a command.',
        EXIT_CODES,
    ].join('\n');
}
const EXAMPLES = {
    validate: "mtls-truststore validate 'pki/**/*.pem' --output-file build/truststore.pem",
    plan: "mtls-truststore plan 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com --detailed-exitcode",
    deploy: "mtls-truststore deploy 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com",
    diagnose: "mtls-truststore diagnose --client-certificate partner.pem 'pki/**/*.pem'",
    audit: "mtls-truststore audit 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com --format sarif --output audit.sarif",
};
const NOTES = {
    plan: 'Exit codes: 0 done, 1 error findings or a failed read, 2 bad usage; with --detailed-exitcode, 3 when changes are pending (0 then means none).',
    deploy: "On a terminal, deploy shows the plan and asks; only 'yes' deploys, anything else writes nothing (exit 1). Without a terminal, --yes is required.",
    audit: 'Exit codes: 0 healthy or warnings only, 1 an error-severity problem or a failed read, 2 bad usage.',
};
function commandHelp(command) {
    const flags = INPUT_FLAGS.filter((f) => f.commands.includes(command)).map((f) => flagLine(`--${f.name}${f.value ? ` ${f.value}` : ''}`, f.help));
    const own = CLI_FLAGS.filter((f) => f.commands.includes(command)).map((f) => flagLine(`--${f.name}${f.value ? ` ${f.value}` : ''}`, f.help));
    return [
        `Usage: mtls-truststore ${command} [PATTERN...] [flags]`,
        '',
        `${command}: ${COMMAND_SUMMARY[command]}.`,
        "PATTERN: CA files as glob patterns, relative to this folder (quote them: 'pki/**/*.pem').",
        '',
        "Flags (named like the action's inputs):",
        ...flags,
        '',
        'Output and run:',
        ...own,
        '',
        ...(NOTES[command] ? [NOTES[command]] : []),
        'Colour only on a terminal, never with NO_COLOR set.',
        `Example: ${EXAMPLES[command]}`,
    ].join('\n');
}
//# sourceMappingURL=help.js.map
;// CONCATENATED MODULE: ./lib/cli/suggest.js
/** The flag a mistyped one most likely meant: `--ouput-file` → `--output-file`. */
/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`. */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        rows.push([i]);
        for (let j = 1; j <= b.length; j++) {
            const row = rows[i];
            if (i === 0) {
                row.push(j);
                continue;
            }
            const up = rows[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            }
            row.push(best);
        }
    }
    return rows[a.length][b.length];
}
/**
 * The known names nearest to `name`: within two edits, or names it is a prefix of (at least three
 * letters: `--out`). The nearest first; several only when they are as near.
 */
function nearest(name, known) {
    const scored = known.map((k) => {
        const edits = editDistance(name, k);
        return { k, d: name.length >= 3 && k.startsWith(name) ? Math.min(edits, 0.5) : edits };
    });
    const close = scored.filter((s) => s.d <= 2);
    if (close.length === 0)
        return [];
    const best = Math.min(...close.map((s) => s.d));
    return close
        .filter((s) => s.d === best)
        .map((s) => s.k)
        .sort((a, b) => a.length - b.length || a.localeCompare(b));
}
/** ": did you mean --output-file?" or "" when no flag is close. */
function didYouMean(name, known) {
    const found = nearest(name, known);
    if (found.length === 0)
        return '';
    const flags = found.map((f) => `--${f}`);
    const listed = flags.length === 1 ? flags[0] : `${flags.slice(0, -1).join(', ')} or ${flags.at(-1)}`;
    return `: did you mean ${listed}?`;
}
//# sourceMappingURL=suggest.js.map
;// CONCATENATED MODULE: ./lib/cli/args.js
/**
 * The command line of `mtls-truststore`: commands, flags named like the action's inputs, and the
 * flags of the command line itself (--format, --output, --yes, --detailed-exitcode). Parsing only:
 * bad usage is an InputError (exit code 2), nothing runs here.
 */





function usageError(message, command) {
    return new settings_settings/* InputError */.dz(`${message}\nRun "mtls-truststore ${command ? `${command} ` : ''}--help" for the usage.`);
}
/** Every flag `command` takes, by name (the `no-` forms of its booleans included). */
function flagsOf(command) {
    const inputs = INPUT_FLAGS.filter((f) => f.commands.includes(command));
    return [
        ...inputs.map((f) => f.name),
        ...inputs.filter((f) => f.kind === 'boolean').map((f) => `no-${f.name}`),
        ...CLI_FLAGS.filter((f) => f.commands.includes(command)).map((f) => f.name),
    ];
}
function unknownFlag(name, command) {
    const other = INPUT_FLAGS.find((f) => f.name === name) ?? CLI_FLAGS.find((f) => f.name === name);
    if (other)
        return usageError(`--${name} is for ${other.commands.join(', ')}, not ${command}`, command);
    return usageError(`unknown flag "--${name}"${didYouMean(name, flagsOf(command))}`, command);
}
/** The command, or the usage error for what came instead. */
function commandOf(first) {
    if (COMMANDS.includes(first))
        return first;
    throw usageError(first.startsWith('-')
        ? `"${first}" before a command: start with one of ${COMMANDS.join(', ')}`
        : `unknown command "${first}": use one of ${COMMANDS.join(', ')}${didYouMean(first, COMMANDS).replace('--', '')}`);
}
/** Reads one `--name[=value]` at rest[i]; returns how many arguments it used, or the help. */
function readFlag(command, rest, i, into) {
    const arg = rest[i];
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    let used = 1;
    const takeValue = () => {
        if (inline !== undefined)
            return inline;
        const next = rest[i + 1];
        if (next === undefined || (next.startsWith('--') && next.length > 2)) {
            throw usageError(`--${name} needs a value`, command);
        }
        used = 2;
        return next;
    };
    const own = CLI_FLAGS.find((f) => f.name === name && f.commands.includes(command));
    if (own)
        return readCliFlag(own.name, command, inline, takeValue, into) ?? used;
    const negated = name.startsWith('no-') ? INPUT_FLAGS.find((f) => f.name === name.slice(3)) : undefined;
    if (negated?.kind === 'boolean' && negated.commands.includes(command) && inline === undefined) {
        into.values.set(negated.name, 'false');
        return used;
    }
    const spec = INPUT_FLAGS.find((f) => f.name === name);
    if (!spec || !spec.commands.includes(command))
        throw unknownFlag(name, command);
    if (spec.kind === 'list')
        into.lists.set(name, [...(into.lists.get(name) ?? []), takeValue()]);
    else if (spec.kind === 'boolean')
        into.values.set(name, inline ?? 'true');
    else
        into.values.set(name, takeValue());
    return used;
}
function readCliFlag(name, command, inline, takeValue, into) {
    if (name === 'help')
        return 'help';
    if (name === 'format') {
        const raw = takeValue();
        if (!FORMATS.includes(raw)) {
            throw usageError(`--format is "${raw}": use one of ${FORMATS.join(', ')}`, command);
        }
        into.invocation.format = raw;
    }
    else if (name === 'output') {
        const output = takeValue();
        if (output === '')
            throw usageError('--output is empty: name the file for the report', command);
        into.invocation.output = output;
    }
    else {
        if (inline !== undefined)
            throw usageError(`--${name} takes no value`, command);
        if (name === 'yes')
            into.invocation.yes = true;
        else
            into.invocation.detailedExitcode = true;
    }
    return undefined;
}
/** What each command needs before it can run at all. */
function checkRequired(command, inputs) {
    if (command === 'diagnose') {
        if (!inputs.get('client-certificate')) {
            throw usageError('diagnose needs --client-certificate FILE (what the partner sends)', command);
        }
        if (!inputs.get('ca-files') && !inputs.get('truststore-uri')) {
            throw usageError('diagnose needs the truststore: CA file patterns, or --truststore-uri with the --domain-names the partner calls', command);
        }
    }
    else if (!inputs.get('ca-files')) {
        throw usageError(`no CA files: give them as patterns, e.g. mtls-truststore ${command} 'pki/**/*.pem'`, command);
    }
    if ((command === 'plan' || command === 'deploy' || command === 'audit') && !inputs.get('truststore-uri')) {
        throw usageError(`${command} needs --truststore-uri s3://BUCKET/KEY (the live truststore)`, command);
    }
}
/** Parses argv (without node and the script). Throws InputError on bad usage. */
function parseArgs(argv) {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || first === 'help') {
        const topic = rest[0];
        if (first === 'help' && topic && COMMANDS.includes(topic)) {
            return { kind: 'help', text: commandHelp(topic) };
        }
        return { kind: 'help', text: mainHelp() };
    }
    if (first === '--version' || first === '-V')
        return { kind: 'version' };
    if (first === undefined) {
        const text = `Usage: ${USAGE}\nCommands: ${COMMANDS.join(', ')}\nRun "mtls-truststore --help" for what each does, "mtls-truststore <command> --help" for its flags.`;
        return { kind: 'usage', text };
    }
    const command = commandOf(first);
    const into = { lists: new Map(), values: new Map(), invocation: {} };
    let onlyPositional = false;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!onlyPositional && arg === '--') {
            onlyPositional = true;
        }
        else if (onlyPositional || !arg.startsWith('--')) {
            if (!onlyPositional && arg === '-h')
                return { kind: 'help', text: commandHelp(command) };
            if (!onlyPositional && arg.startsWith('-') && arg !== '-') {
                throw usageError(`unknown flag "${arg}"${didYouMean(arg.replace(/^-+/, ''), flagsOf(command))}`, command);
            }
            into.lists.set('ca-files', [...(into.lists.get('ca-files') ?? []), arg]);
        }
        else {
            const used = readFlag(command, rest, i, into);
            if (used === 'help')
                return { kind: 'help', text: commandHelp(command) };
            i += used - 1;
        }
    }
    // The command is the action's mode input: readSettings then applies that mode's rules.
    const inputs = new Map([...into.values, ['mode', command]]);
    for (const [name, items] of into.lists)
        inputs.set(name, items.join('\n'));
    checkRequired(command, inputs);
    return { kind: 'run', invocation: { command, inputs, ...into.invocation } };
}
/** The flags as an input source for readSettings: errors name `--flag`, not `input flag`. */
function flagInputs(inputs) {
    return { get: (name) => inputs.get(name) ?? '', label: (name) => `--${name}` };
}
//# sourceMappingURL=args.js.map
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
// EXTERNAL MODULE: ./lib/pki/codes.js
var codes = __nccwpck_require__(1142);
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __nccwpck_require__(6840);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __nccwpck_require__(2527);
;// CONCATENATED MODULE: ./lib/report/text.js
/**
 * The CLI's text report: one line per finding, then what was built, planned or deployed.
 * Certificate-derived text is attacker-controlled: every line goes through plainText, so no
 * escape sequence in a subject or file name reaches the terminal. Colour only when asked.
 */



const sgr = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOUR = {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
};
const same = (s) => s;
const PLAIN = { red: same, yellow: same, green: same, cyan: same, bold: same, dim: same };
/** Colour on a terminal only, and never with NO_COLOR set to anything but '' (no-color.org). */
function styleFor(isTTY, env) {
    return isTTY && !env.NO_COLOR ? COLOUR : PLAIN;
}
/** Summary of one certificate in a plan line: subject, SHA-256 prefix and expiry date. */
function certificateText(c) {
    return `${(0,report_escape/* plainText */.wh)(c.subject)}  sha256 ${(0,report_escape/* plainText */.wh)(c.fingerprint.slice(0, 16))}  expires ${(0,report_escape/* plainText */.wh)(c.notAfter.slice(0, 10))}`;
}
/** The findings of a plan that name clients the new truststore would refuse (src/pki/codes.ts, scope client). */
function lockOuts(plan) {
    return plan.findings.filter((f) => (0,codes/* isFindingCode */.dT)(f.code) && codes/* FINDING_CODES */.f2[f.code].scope === 'client');
}
/** "2 added, 1 removed; uploads a new version; rolls 2 domains" or "up to date, nothing to do". */
function planSummary(plan) {
    if (plan.upToDate)
        return 'up to date, nothing to do';
    const uploads = plan.upload
        ? plan.addedCount + plan.removedCount === 0
            ? 'uploads a new version (same CA certificates, new bytes)'
            : 'uploads a new version'
        : 'uploads nothing';
    const noun = (plan.targets ?? []).length > 0 ? 'target' : 'domain';
    const rolls = plan.domainsToRoll.length > 0 ? `rolls ${plural(plan.domainsToRoll.length, noun)}` : `rolls no ${noun}`;
    const lists = (plan.targets ?? []).filter((x) => x.revocations?.changed).length;
    const revocations = lists > 0 ? `; changes the revocation lists of ${plural(lists, 'trust store')}` : '';
    return `${plan.addedCount} added, ${plan.removedCount} removed; ${uploads}; ${rolls}${revocations}`;
}
/** Each target: from which version to which when it rolls, where it stays otherwise. */
function targetLines(plan, style) {
    const to = plan.upload ? 'the new version' : `version ${(0,report_escape/* plainText */.wh)(plan.latest?.versionId ?? '?')}`;
    return plan.domains.flatMap((d) => {
        const section = plan.targets?.find((x) => x.name === d.domainName);
        const from = d.truststoreVersion
            ? `version ${(0,report_escape/* plainText */.wh)(d.truststoreVersion)}`
            : section
                ? 'a bundle no version holds'
                : 'no version';
        const line = plan.domainsToRoll.includes(d.domainName)
            ? `  ${style.yellow('~')} ${(0,report_escape/* plainText */.wh)(d.domainName)}: rolls from ${from} to ${to}`
            : `  = ${(0,report_escape/* plainText */.wh)(d.domainName)}: stays on ${from}`;
        return section ? [line, ...sectionLines(section, style)] : [line];
    });
}
/** What a trust store's own clients see change: certificates against what it serves, revocation lists. */
function sectionLines(section, style) {
    const lines = [];
    if (section.added.length + section.removed.length > 0)
        lines.push(`      +${section.added.length} -${section.removed.length} CA certificates against what it serves now`);
    const r = section.revocations;
    if (r?.changed) {
        const parts = [
            ...r.add.map((f) => `+ ${(0,report_escape/* plainText */.wh)(f)}`),
            ...r.replace.map((x) => `~ ${(0,report_escape/* plainText */.wh)(x.file)} (replaces list ${x.revocationId})`),
            ...r.remove.map((x) => `- list ${x.revocationId}`),
        ];
        lines.push(`      revocation lists: ${parts.join(', ')}`);
        if (r.serialsAdded.length > 0)
            lines.push(`      ${style.red('revokes')} ${r.serialsAdded.map((x) => (0,report_escape/* plainText */.wh)(x.serial)).join(', ')}`);
        if (r.serialsRemoved.length > 0)
            lines.push(`      un-revokes ${r.serialsRemoved.map((x) => (0,report_escape/* plainText */.wh)(x.serial)).join(', ')}`);
    }
    return lines;
}
/**
 * The plan as terminal lines, like `terraform plan`: each CA added or removed (subject, SHA-256
 * prefix, expiry), each target and the versions it rolls between, the clients it would lock out,
 * drift and what is live, then the summary ("2 added, 1 removed; ..."). The CLI prints it, and
 * the action's log can print the same. Every line is plain text (no control characters); returns
 * the lines joined with "\n", without a final newline.
 */
function renderPlanText(plan, style = PLAIN) {
    const lines = [`${style.bold('plan')} for ${(0,report_escape/* plainText */.wh)(plan.location.uri, 500)}`];
    const changes = (0,diff/* changesForClients */.f_)(plan);
    for (const c of changes.added)
        lines.push(`  ${style.green('+')} ${certificateText(c)}`);
    for (const c of changes.removed)
        lines.push(`  ${style.red('-')} ${certificateText(c)}`);
    lines.push(...targetLines(plan, style));
    for (const b of plan.blockedDomains ?? []) {
        lines.push(`  ${style.red('!')} ${(0,report_escape/* plainText */.wh)(b.domainName)} (${(0,report_escape/* plainText */.wh)(b.status)}): ${safeLines(b.message).join(' ')}`);
    }
    for (const n of plan.notes ?? []) {
        lines.push(`  ${style.yellow('note')} ${(0,report_escape/* plainText */.wh)(n.domainName)} [${(0,report_escape/* plainText */.wh)(n.code)}]: ${safeLines(n.message).join(' ')}`);
    }
    for (const f of lockOuts(plan)) {
        lines.push(`  ${style.red('✗')} locks out: ${safeLines(f.message).join(' ')}`);
    }
    const live = plan.liveProvenance;
    if (live) {
        lines.push(`  live version ${(0,report_escape/* plainText */.wh)(live.versionId ?? '?')}: built from commit ${(0,report_escape/* plainText */.wh)(live.commit?.slice(0, 12) ?? '(unrecorded)')}${live.pullRequest !== undefined ? ` (pull request #${live.pullRequest})` : ''}`);
    }
    for (const sentence of plan.drift)
        lines.push(`  ${style.yellow('drift')} ${safeLines(sentence).join(' ')}`);
    for (const f of plan.liveFindings)
        lines.push(`  live: ${findingLine(f, style)}`);
    lines.push(style.bold(planSummary(plan)));
    return lines.join('\n');
}
/** A message as safe terminal lines: control characters shown as U+XXXX, each line on its own. */
function safeLines(message) {
    return message.split(/\r?\n/).map((line) => (0,report_escape/* plainText */.wh)(line, 4000));
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function findingLine(f, style) {
    const tag = f.severity === 'error'
        ? style.red('error  ')
        : f.severity === 'warning'
            ? style.yellow('warning')
            : style.cyan('notice ');
    const [first = '', ...more] = safeLines(f.message);
    return [`${tag} ${style.dim((0,report_escape/* plainText */.wh)(f.code))}  ${first}`, ...more.map((l) => `        ${l}`)].join('\n');
}
function renderText(result, style = PLAIN, options = {}) {
    const { validation, plan, deployment } = result;
    const lines = [];
    for (const f of validation.findings)
        lines.push(findingLine(f, style));
    if (validation.findings.length > 0)
        lines.push('');
    const errors = validation.findings.filter((f) => f.severity === 'error').length;
    const warnings = validation.findings.filter((f) => f.severity === 'warning').length;
    const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    const { truststore } = validation;
    if (truststore) {
        const roots = truststore.entries.filter((e) => e.role === 'root').length;
        const where = validation.outputPath
            ? `written to ${(0,report_escape/* plainText */.wh)(validation.outputPath, 500)}`
            : 'not written (--output-file FILE writes it)';
        lines.push(`${style.green('✓')} ${style.bold(`valid: ${plural(truststore.entries.length, 'CA certificate')}`)} (${plural(roots, 'root')}), sha256 ${truststore.sha256.slice(0, 16)}…, ${where}; ${counts}`);
    }
    else {
        lines.push(`${style.red('✗')} ${style.bold('invalid')}: ${counts}; no truststore was written`);
    }
    if (plan && options.plan !== false)
        lines.push('', renderPlanText(plan, style));
    if (deployment) {
        const version = deployment.versionId ?? '?';
        lines.push('', deployment.upToDate
            ? `${style.green('✓')} up to date: version ${(0,report_escape/* plainText */.wh)(version)}, nothing deployed`
            : `${style.bold('deployed')} version ${(0,report_escape/* plainText */.wh)(version)} to ${deployment.deployedDomains.length > 0
                ? deployment.deployedDomains.map((d) => (0,report_escape/* plainText */.wh)(d)).join(', ')
                : 'no domain'}${deployment.previousVersionId ? ` (previous version ${(0,report_escape/* plainText */.wh)(deployment.previousVersionId)})` : ''}`);
        if (deployment.provenance?.commit) {
            lines.push(`  new version built from commit ${(0,report_escape/* plainText */.wh)(deployment.provenance.commit.slice(0, 12))}${deployment.provenance.pullRequest !== undefined ? ` (pull request #${deployment.provenance.pullRequest})` : ''}`);
        }
        if (deployment.rolledBackDomains.length > 0) {
            lines.push(`  rolled back: ${deployment.rolledBackDomains.map((d) => (0,report_escape/* plainText */.wh)(d)).join(', ')}`);
        }
        for (const w of deployment.warnings) {
            lines.push(`  ${style.yellow('warning')} ${(0,report_escape/* plainText */.wh)(w.domainName)}: ${safeLines(w.warnings.join('; ')).join(' ')}`);
        }
    }
    // A refused truststore is said above; any other failure (AWS, deploy) is said here.
    if (result.failure !== undefined && result.failure !== validation.failure) {
        lines.push('', ...safeLines(result.failure).map((l, i) => (i === 0 ? `${style.red('✗')} ${l}` : `  ${l}`)));
    }
    return `${lines.join('\n')}\n`;
}
/** `diagnose` for a terminal: the verdict, each reason, and what to do. */
function renderDiagnosisText(result, style = PLAIN) {
    const { diagnosis: d, truststore } = result;
    const lines = [
        d.verdict === 'accepted'
            ? `${style.green('✓')} ${style.bold('API Gateway accepts')} "${(0,report_escape/* plainText */.wh)(d.leaf.subject)}"`
            : `${style.red('✗')} ${style.bold('API Gateway refuses')} "${(0,report_escape/* plainText */.wh)(d.leaf.subject)}" (403)`,
        `  against ${(0,report_escape/* plainText */.wh)(truststore.source, 500)} (${plural(truststore.certificateCount, 'CA certificate')})`,
    ];
    for (const r of d.reasons) {
        const tag = r.refuses ? style.red('refuses') : style.cyan('note   ');
        const [first = '', ...more] = safeLines(r.message);
        lines.push(`${tag} ${style.dim(r.code)}  ${first}`, ...more.map((l) => `        ${l}`));
    }
    if (d.verdict === 'refused')
        lines.push('', `What to do: ${safeLines(d.fix).join(' ')}`);
    return `${lines.join('\n')}\n`;
}
function problemLine(p, style) {
    const tag = p.severity === 'error' ? style.red('error  ') : style.yellow('warning');
    const [first = '', ...more] = safeLines(p.message);
    const where = p.domain ? `${(0,report_escape/* plainText */.wh)(p.domain)}: ` : '';
    return [
        `${tag} ${style.dim((0,report_escape/* plainText */.wh)(p.code))}  ${where}${first}`,
        ...more.map((l) => `        ${l}`),
    ].join('\n');
}
/** `audit` for a terminal: the CA files' findings, the verdict, each problem with its severity and code, each domain. */
function renderAuditText(result, style = PLAIN) {
    const { audit, validation } = result;
    const lines = validation.findings.map((f) => findingLine(f, style));
    if (lines.length > 0)
        lines.push('');
    const errors = audit.problems.filter((p) => p.severity === 'error').length;
    const counts = `${plural(errors, 'error')}, ${plural(audit.problems.length - errors, 'warning')}`;
    const uri = (0,report_escape/* plainText */.wh)(audit.location.uri, 500);
    lines.push(audit.healthy
        ? `${style.green('✓')} ${style.bold(`audit of ${uri}: healthy`)}`
        : `${errors > 0 ? style.red('✗') : style.yellow('!')} ${style.bold(`audit of ${uri}: ${counts}`)}`, `  ${audit.latestVersionId ? `latest version ${(0,report_escape/* plainText */.wh)(audit.latestVersionId)}` : 'no latest version'}; ${plural(audit.domains.length, 'domain')} checked on ${(0,report_escape/* plainText */.wh)(audit.checkedAt.slice(0, 16).replace('T', ' '))} UTC; CA certificates expiring within ${plural(audit.expiryWarningDays, 'day')} count as expiring`);
    const live = audit.liveProvenance;
    if (live?.commit) {
        lines.push(`  live version ${(0,report_escape/* plainText */.wh)(live.versionId ?? '?')}: built from commit ${(0,report_escape/* plainText */.wh)(live.commit.slice(0, 12))}${live.pullRequest !== undefined ? ` (pull request #${live.pullRequest})` : ''}`);
    }
    for (const p of audit.problems)
        lines.push(problemLine(p, style));
    for (const d of audit.domains) {
        lines.push(`  ${(0,report_escape/* plainText */.wh)(d.domainName)}: ${(0,report_escape/* plainText */.wh)(d.status ?? 'status unknown')}, ${(0,report_escape/* plainText */.wh)(d.securityPolicy ?? 'security policy unknown')}, ${d.truststoreVersion ? `pinned to version ${(0,report_escape/* plainText */.wh)(d.truststoreVersion)}` : 'not pinned'}`);
    }
    if (result.failure !== undefined &&
        result.failureReason !== 'audit-problems' &&
        result.failureReason !== 'validation-failed') {
        lines.push('', ...safeLines(result.failure).map((l, i) => (i === 0 ? `${style.red('✗')} ${l}` : `  ${l}`)));
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=text.js.map
;// CONCATENATED MODULE: ./lib/cli/wording.js
/**
 * Wording for the terminal. The stages and rules write for the action (its inputs, a pull request
 * that would be merged, a key that reached the repository); the CLI is read by someone at a
 * prompt or in a pre-commit hook, who sets flags and deploys from where they stand. The messages
 * stay shared: this maps their action-worded parts on the way to the terminal, never in JSON,
 * SARIF or Markdown (those are read where the action's words apply).
 */

/** Input names a message may name bare ("point ca-files at ...", "raise wait-timeout-seconds"). */
const FLAG_NAMES = [...INPUT_FLAGS.map((f) => f.name)].sort((a, b) => b.length - a.length);
const NAMES = FLAG_NAMES.map((n) => n.replace(/-/g, '\\-')).join('|');
/** "input ca-files", "the aws-region input": the action's way of naming its inputs. */
const INPUT_NAMED = new RegExp(`\\binput (${NAMES})\\b|\\bthe (${NAMES}) input\\b`, 'g');
/** A bare input name: not inside a path, a longer name or an existing `--flag`, not a file `name:3`. */
const BARE_FLAG = new RegExp(`(?<![\\w./=-])(${NAMES})(?![\\w/-]|\\.\\w|:\\d)`, 'g');
/** Whole sentences and phrases the action says that mean something else from a terminal. */
const PHRASES = [
    [
        /set the aws-region input, or aws-region in aws-actions\/configure-aws-credentials \(it exports AWS_REGION\)/g,
        'set --aws-region, or AWS_REGION in the environment',
    ],
    // A key found at pre-commit time may never have been committed; say when rotating it is due.
    [
        /delete it from the repository and rotate that key \(it has been committed\)/g,
        'delete it, and rotate that key if it was ever committed, pushed or shared',
    ],
    [/\(it has been committed\)/g, '(if it was ever committed, pushed or shared)'],
    // The CLI's workspace is the folder it runs in; RUNNER_TEMP is the runner's.
    [/\boutside the workspace and RUNNER_TEMP\b/g, 'outside this folder'],
    [/\bremove any committed link on that path\b/g, 'remove any link on that path'],
    [/ \(it could point anywhere on the runner\)/g, ''],
    [/\b(inside|outside|relative to) the workspace\b/g, '$1 this folder'],
    [/\(in the workspace\)/g, '(in this folder)'],
    [/\bmerging this would\b/g, 'deploying this would'],
    [/\bMerging this would\b/g, 'Deploying this would'],
    [/\bthe action cannot check\b/g, 'this tool cannot check'],
    [/\bre-run the job\b/g, 'run it again'],
    [/\bthe job summary\b/g, 'the report'],
];
/** "1 CA certificates" where a shared message counted without a plural rule. */
const ONE_PLURAL = /\b1 (CA certificate|certificate|file|domain|error|warning|problem|version)s\b/g;
/** A message (or a whole text report) worded for the terminal: flags, deploying, plurals. */
function forTerminal(message) {
    let out = message;
    for (const [from, to] of PHRASES)
        out = out.replace(from, to);
    return out
        .replace(INPUT_NAMED, (_m, a, b) => `--${a ?? b}`)
        .replace(BARE_FLAG, '--$1')
        .replace(ONE_PLURAL, '1 $1');
}
//# sourceMappingURL=wording.js.map
;// CONCATENATED MODULE: ./lib/cli/io.js


const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** plan --detailed-exitcode: the plan succeeded and changes are pending. */
const EXIT_CHANGES = 3;
/** Lines on standard error, each prefixed, worded for the terminal and free of control characters. */
function sayer(io) {
    return (message, prefix = 'mtls-truststore') => {
        for (const line of safeLines(forTerminal(message)))
            io.stderr.write(`${prefix}: ${line}\n`);
    };
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: ./lib/cli/deploy-flow.js
/**
 * `deploy` from a terminal, like `terraform apply`: plan (reads only), show what changes, ask, and
 * only on "yes" run the deploy. The deploy re-reads what is live; if that is no longer what was
 * shown and confirmed, it stops before its first write. `--yes` deploys without asking (the
 * report still shows the plan it applied); without a terminal --yes is required (cli.ts refuses
 * before anything runs).
 */






const QUESTION = "Deploy these changes? Only 'yes' is accepted: ";
/** One line from standard input; undefined at its end (Ctrl-D). */
function readAnswer(input) {
    return new Promise((resolve) => {
        const lines = (0,external_node_readline_namespaceObject.createInterface)({ input, terminal: false });
        let answered = false;
        lines.once('line', (line) => {
            answered = true;
            lines.close();
            resolve(line);
        });
        lines.once('close', () => {
            if (!answered)
                resolve(undefined);
        });
    });
}
/** What a confirmation is about: the bytes, what is live, and where each target goes. */
function planKey(plan) {
    return JSON.stringify([
        plan.desired.sha256,
        plan.latest?.versionId ?? null,
        plan.upload,
        plan.domainsToRoll,
        plan.domains.map((d) => [d.domainName, d.truststoreVersion ?? null]),
    ]);
}
/** Stops the deploy before its first write when what is live moved since the confirmed plan. */
function sameAsConfirmed(confirmed) {
    return (plan) => {
        if (planKey(plan) === planKey(confirmed))
            return;
        const was = confirmed.latest?.versionId ?? '(none)';
        const now = plan.latest?.versionId ?? '(none)';
        throw new errors/* ReasonedError */.O$(`what is live changed since the plan you confirmed (latest version ${was} then, ${now} now, or a domain moved): nothing was written; run deploy again to see the new plan`, 'plan-changed');
    };
}
/** deploy: with --yes at once; on a terminal, the plan, the question, then the deploy on "yes" only. */
async function deployFlow(prepared, io, deps) {
    const { settings, invocation } = prepared;
    if (invocation.yes)
        return { result: await runPipeline(settings, 'deploy', deps), previewed: false };
    const say = sayer(io);
    // The question comes before any write, --output-file's truststore included.
    const planned = await runPipeline({ ...settings, outputFile: '' }, 'plan', deps);
    const plan = planned.plan;
    // A refused truststore or a failed read: reported as this deploy's, which wrote nothing.
    if (planned.failure !== undefined || plan === undefined) {
        return { result: { ...planned, mode: 'deploy' }, previewed: false };
    }
    if (plan.upToDate) {
        say('up to date, nothing to deploy');
        if (settings.outputFile === '')
            return { result: { ...planned, mode: 'deploy' }, previewed: false };
        // Nothing to ask about, but the truststore file was asked for.
        const written = await runPipeline(settings, 'validate', deps);
        return { result: { ...written, plan, mode: 'deploy' }, previewed: false };
    }
    const style = styleFor(io.stdout.isTTY === true, io.env);
    io.stdout.write(`${forTerminal(renderPlanText(plan, style))}\n\n${QUESTION}`);
    const answer = io.stdin ? await readAnswer(io.stdin) : undefined;
    if (answer?.trim() !== 'yes') {
        if (answer === undefined)
            io.stdout.write('\n');
        say('deploy cancelled: nothing was written');
        return { exit: EXIT_FAILED };
    }
    const result = await runPipeline(settings, 'deploy', { ...deps, onPlan: sameAsConfirmed(plan) });
    return { result, previewed: true };
}
//# sourceMappingURL=deploy-flow.js.map
;// CONCATENATED MODULE: ./lib/cli/report.js






/** diagnose, audit: their own views; every other command: the truststore, the plan, the deployment. */
async function renderView(result, prepared, colour, io) {
    const { format } = prepared;
    const style = styleFor(colour, io.env);
    if (result.diagnosis) {
        const diagnosed = result.diagnosis;
        if (format === 'sarif')
            return (await __nccwpck_require__.e(/* import() */ 123).then(__nccwpck_require__.bind(__nccwpck_require__, 123))).renderDiagnosisSarif(diagnosed, VERSION);
        if (format === 'markdown')
            return (await __nccwpck_require__.e(/* import() */ 727).then(__nccwpck_require__.bind(__nccwpck_require__, 3727))).renderDiagnosisMarkdown(diagnosed);
        return renderDiagnosisText(diagnosed, style);
    }
    if (result.audit && result.validation) {
        const audited = result;
        if (format === 'sarif')
            return (await __nccwpck_require__.e(/* import() */ 849).then(__nccwpck_require__.bind(__nccwpck_require__, 6849))).renderAuditSarif(audited, VERSION);
        if (format === 'markdown')
            return (await __nccwpck_require__.e(/* import() */ 337).then(__nccwpck_require__.bind(__nccwpck_require__, 6337))).renderAuditMarkdown(audited.audit);
        return renderAuditText(audited, style);
    }
    const validated = result;
    if (format === 'sarif')
        return (await __nccwpck_require__.e(/* import() */ 123).then(__nccwpck_require__.bind(__nccwpck_require__, 123))).renderSarif(validated, VERSION);
    if (format === 'markdown')
        return (await __nccwpck_require__.e(/* import() */ 685).then(__nccwpck_require__.bind(__nccwpck_require__, 2685))).renderMarkdown(validated, prepared.settings);
    return renderText(validated, style);
}
/** The report in its format; text is worded for the terminal (flags, not inputs). */
async function render(result, prepared, colour, io, previewed) {
    if (prepared.format === 'json') {
        const { jsonReport } = await __nccwpck_require__.e(/* import() */ 595).then(__nccwpck_require__.bind(__nccwpck_require__, 3595));
        return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
    }
    if (prepared.format === 'text' && previewed && result.validation && !result.diagnosis && !result.audit) {
        // deploy showed its plan before it asked: only what was done follows.
        return forTerminal(renderText(result, styleFor(colour, io.env), { plan: false }));
    }
    const view = await renderView(result, prepared, colour, io);
    return prepared.format === 'text' ? forTerminal(view) : view;
}
/** Whether the run got far enough to have a report; otherwise only its failure is said. */
function hasReport(result) {
    if (result.diagnosis || result.plan || result.deployment || result.audit)
        return true;
    return (result.validation !== undefined &&
        (result.failure === undefined || result.failureReason === 'validation-failed'));
}
/**
 * A private key given as the partner's certificate: the diagnosis refuses the file with the words
 * of a CA file (delete it from the repository); from a terminal it is the file to name.
 */
function keyAsClientCertificate(result, prepared) {
    const given = prepared.settings.clientCertificate;
    if (prepared.invocation.command !== 'diagnose' || given === undefined)
        return undefined;
    const failure = result.failure ?? '';
    if (result.failureReason !== 'invalid-input' || !failure.startsWith('client-certificate '))
        return undefined;
    if (!/\bprivate key\b/i.test(failure))
        return undefined;
    return `${(0,display_path/* displayPath */.G)(given)} holds a private key, not a certificate: give the partner's certificate (PEM or DER); never share private keys`;
}
/** The report on standard output, or into the `--output` file; the line saying why it could not be written, if not. */
async function emit(text, prepared, io) {
    if (prepared.reportFile === undefined) {
        io.stdout.write(text);
        return undefined;
    }
    const shown = (0,display_path/* displayPath */.G)(prepared.invocation.output ?? prepared.reportFile.path);
    try {
        await writeOutputFile(prepared.reportFile, text);
        sayer(io)(`report written to ${shown}`);
        return undefined;
    }
    catch (error) {
        return `could not write the report to ${shown}: ${writeFailure(error, '--output')}`;
    }
}
/** The exit code of a run that went through: 0, 1, or 3 for pending changes with plan --detailed-exitcode. */
function exitOf(result, prepared) {
    if (result.failure !== undefined)
        return EXIT_FAILED;
    const pending = result.mode === 'plan' && result.plan?.hasChanges === true;
    return pending && prepared.invocation.detailedExitcode ? EXIT_CHANGES : EXIT_OK;
}
/** Reports one result where the user asked for it; returns the exit code. */
async function report(result, prepared, io, options) {
    const say = sayer(io);
    const keyLine = keyAsClientCertificate(result, prepared);
    const shown = keyLine ? { ...result, failure: keyLine } : result;
    if (!hasReport(shown) && prepared.format !== 'json') {
        say(shown.failure ?? 'failed');
        // Bad input is one type (InputError); AWS's own "invalid input" answers count as bad usage too.
        return shown.failureReason === 'invalid-input' && !keyLine ? EXIT_USAGE : EXIT_FAILED;
    }
    const toFile = prepared.reportFile !== undefined;
    const text = await render(shown, prepared, !toFile && io.stdout.isTTY === true, io, options.previewed);
    const unwritten = await emit(text, prepared, io);
    if (unwritten !== undefined) {
        const done = shown.failure === undefined ? ` (the ${prepared.invocation.command} run itself succeeded)` : '';
        say(`${unwritten}${done}`);
    }
    // A machine format on standard output keeps it parseable; the verdict goes to standard error.
    if (shown.failure !== undefined && !shown.diagnosis && (toFile || prepared.format !== 'text')) {
        say(shown.failure);
    }
    if (unwritten !== undefined)
        return EXIT_FAILED;
    if (!hasReport(shown))
        return shown.failureReason === 'invalid-input' && !keyLine ? EXIT_USAGE : EXIT_FAILED;
    return exitOf(shown, prepared);
}
//# sourceMappingURL=report.js.map
;// CONCATENATED MODULE: ./lib/cli/same-file.js
/**
 * Whether two paths name the same file: `--output-file` (the truststore) and `--output` (the
 * report) must never, or the report would replace the truststore it describes (or the other way
 * round). Compared as resolved paths, then through the links of the folders that exist, then by
 * device and inode when both files exist (a hard link, or a symbolic link to the other).
 */


/** The path with its deepest existing part resolved through links; the rest as written. */
async function canonical(absolute) {
    const rest = [];
    let at = absolute;
    for (;;) {
        try {
            return external_node_path_.join(await external_node_fs_.promises.realpath(at), ...rest);
        }
        catch {
            const parent = external_node_path_.dirname(at);
            if (parent === at)
                return absolute;
            rest.unshift(external_node_path_.basename(at));
            at = parent;
        }
    }
}
async function sameFile(cwd, a, b) {
    const left = external_node_path_.resolve(cwd, a);
    const right = external_node_path_.resolve(cwd, b);
    if (left === right)
        return true;
    const [l, r] = await Promise.all([
        external_node_fs_.promises.stat(left).catch(() => undefined),
        external_node_fs_.promises.stat(right).catch(() => undefined),
    ]);
    if (l && r)
        return l.dev === r.dev && l.ino === r.ino;
    return (await canonical(left)) === (await canonical(right));
}
//# sourceMappingURL=same-file.js.map
;// CONCATENATED MODULE: ./lib/cli/cli.js
/**
 * `mtls-truststore`: the command-line front-end. Reads argv into the same Settings the action
 * reads from its inputs, runs the same stages, and hands the one result to a reporter (text, JSON,
 * SARIF, Markdown). Never touches the runner protocol: no GITHUB_OUTPUT, no job summary.
 * Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings), a failed
 * step or a cancelled deploy, 2 bad usage, 3 pending changes (plan --detailed-exitcode).
 */










function settingsOf(prepared, io) {
    const { invocation } = prepared;
    const settings = (0,settings_settings/* readSettings */.sb)(io.env, flagInputs(invocation.inputs));
    return {
        ...settings,
        workspace: io.cwd,
        // Unlike the action, the CLI writes the truststore only when asked: a check leaves no file behind.
        outputFile: invocation.inputs.get('output-file')?.trim() ?? '',
    };
}
/** What must hold before anything runs; the usage error (one line, exit 2) when it does not. */
async function refusalBeforeRun(prepared, io) {
    const { invocation, settings } = prepared;
    if (invocation.command === 'deploy' && !invocation.yes && !(io.stdin?.isTTY && io.stdout.isTTY)) {
        return 'deploy asks before it writes, and standard input and output are not both a terminal: pass --yes to deploy without asking (nothing was read or written)';
    }
    if (invocation.output !== undefined && settings.outputFile !== '') {
        if (await sameFile(io.cwd, settings.outputFile, invocation.output)) {
            return `--output-file ${(0,display_path/* displayPath */.G)(settings.outputFile)} and --output ${(0,display_path/* displayPath */.G)(invocation.output)} are the same file: the truststore and the report cannot share one; give --output another path`;
        }
    }
    return undefined;
}
/** Parses, reads the settings and checks the report's file: a run, or the exit code already. */
async function prepare(argv, io) {
    const say = sayer(io);
    let prepared;
    try {
        const parsed = parseArgs(argv);
        if (parsed.kind === 'usage') {
            io.stderr.write(`${parsed.text}\n`);
            return { exit: EXIT_USAGE };
        }
        if (parsed.kind === 'help' || parsed.kind === 'version') {
            io.stdout.write(`${parsed.kind === 'help' ? parsed.text : VERSION}\n`);
            return { exit: EXIT_OK };
        }
        const { invocation } = parsed;
        prepared = { invocation, settings: settingsOf({ invocation }, io) };
        if (prepared.settings.truststoreUri !== undefined) {
            const { parseTruststoreUri } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6840));
            parseTruststoreUri(prepared.settings.truststoreUri);
        }
    }
    catch (error) {
        if (!(error instanceof settings_settings/* InputError */.dz))
            throw error;
        say(error.message);
        return { exit: EXIT_USAGE };
    }
    const refusal = await refusalBeforeRun(prepared, io);
    if (refusal !== undefined) {
        say(refusal);
        return { exit: EXIT_USAGE };
    }
    const format = prepared.invocation.format ?? 'text';
    // The report's file is checked before the run: a deploy does not happen when it cannot be written.
    if (prepared.invocation.output === undefined)
        return { ...prepared, format };
    const checked = await checkReportFile(io.cwd, prepared.invocation.output, '--output');
    if ('refusal' in checked) {
        say(checked.refusal);
        return { exit: checked.usage ? EXIT_USAGE : EXIT_FAILED };
    }
    return { ...prepared, format, reportFile: checked.target };
}
/** The stages' progress on standard error: with the time since the start while plan, deploy and audit read and wait. */
function progressDeps(prepared, io) {
    const say = sayer(io);
    const started = Date.now();
    const timed = prepared.invocation.command !== 'diagnose';
    const log = (message) => timed ? say(message, `mtls-truststore [${Math.round((Date.now() - started) / 1000)} s]`) : say(message);
    return {
        ...io.deps,
        log,
        warn: (message) => log(`warning: ${message}`),
        // No pull request reviews a deploy run from a terminal (docs/cli.md).
        reviewedPlans: false,
    };
}
/** Runs one command; returns the exit code. Everything the user sees goes through `io`. */
async function runCli(argv, io) {
    const prepared = await prepare(argv, io);
    if ('exit' in prepared)
        return prepared.exit;
    const deps = progressDeps(prepared, io);
    const { command } = prepared.invocation;
    if (command !== 'deploy') {
        return report(await runPipeline(prepared.settings, command, deps), prepared, io, { previewed: false });
    }
    const outcome = await deployFlow(prepared, io, deps);
    if ('exit' in outcome)
        return outcome.exit;
    return report(outcome.result, prepared, io, { previewed: outcome.previewed });
}
//# sourceMappingURL=cli.js.map

/***/ }),

/***/ 1273:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9698);
/** The `mtls-truststore` executable (bundled to dist/cli.js): runs the CLI on this process. */

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
});
//# sourceMappingURL=main.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ isFork),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   dV: () => (/* binding */ defaultBranchOf),
/* harmony export */   jB: () => (/* binding */ isReadOnlyPullRequest),
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony exports isOnDefaultBranch, isDefaultBranchPush, runUrlOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/**
 * The triggering event, read straight from GITHUB_EVENT_PATH with node:fs: the front-end can ask
 * "is this a fork pull request?" without loading @actions/github (which reads the event at import).
 * Every function takes the front-end's environment: nothing here reads process.env.
 */

function readEvent(env) {
    const file = env.GITHUB_EVENT_PATH;
    let payload = {};
    if (file && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/** The pull request an event is about (pull_request, pull_request_target, ...), if any. */
function pullRequestOf(event) {
    const pr = event.payload.pull_request;
    if (!pr || typeof pr !== 'object' || typeof pr.number !== 'number')
        return undefined;
    const base = (pr.base ?? {});
    const head = (pr.head ?? {});
    return {
        number: pr.number,
        baseSha: str(base.sha) ?? '',
        headSha: str(head.sha) ?? '',
        baseRepo: str(base.repo?.full_name),
        headRepo: str(head.repo?.full_name),
        author: str(pr.user?.login),
    };
}
/**
 * A pull request whose workflow runs with a read-only token and no secrets: from a fork (or a
 * deleted fork) on `pull_request`, or opened by Dependabot. `pull_request_target` runs in the
 * base repository with its secrets, so it is not one.
 */
function isReadOnlyPullRequest(event, env) {
    const pr = pullRequestOf(event);
    if (!pr || event.name === 'pull_request_target')
        return false;
    if (pr.author === 'dependabot[bot]' || env.GITHUB_ACTOR === 'dependabot[bot]')
        return true;
    return isFork(pr);
}
function isFork(pr) {
    return pr.headRepo === undefined || pr.baseRepo === undefined || pr.headRepo !== pr.baseRepo;
}
/** The repository's default branch as the event payload names it. */
function defaultBranchOf(event) {
    return str(event.payload.repository?.default_branch);
}
/** True when the run is on the default branch (GITHUB_REF), as the event payload names it. */
function isOnDefaultBranch(event, env) {
    const branch = defaultBranchOf(event);
    return branch !== undefined && env.GITHUB_REF === `refs/heads/${branch}`;
}
/** True on a push to the repository's default branch (where `mode: auto` deploys). */
function isDefaultBranchPush(event, env) {
    return event.name === 'push' && isOnDefaultBranch(event, env);
}
function repositoryOf(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow');
    return { owner, repo };
}
/** The run page, which shows the job summary. */
function runUrlOf(env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID))
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT)
        ? `/attempts/${env.GITHUB_RUN_ATTEMPT}`
        : '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
//# sourceMappingURL=event.js.map

/***/ }),

/***/ 4941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  US: () => (/* binding */ policyOf),
  zs: () => (/* binding */ requireTruststoreUri),
  JC: () => (/* binding */ resolveDeps)
});

;// CONCATENATED MODULE: ./lib/aws/clock.js
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    random: () => Math.random(),
};
//# sourceMappingURL=clock.js.map
// EXTERNAL MODULE: ./lib/pki/index.js + 13 modules
var pki = __nccwpck_require__(5732);
// EXTERNAL MODULE: ./lib/settings/errors.js
var errors = __nccwpck_require__(66);
;// CONCATENATED MODULE: ./lib/pipeline/deps.js



const quiet = () => { };
function resolveDeps(deps = {}) {
    return {
        ...(deps.clients ? { clients: deps.clients } : {}),
        clock: deps.clock ?? systemClock,
        analyze: deps.analyze ?? pki/* analyze */.ns,
        log: deps.log ?? quiet,
        warn: deps.warn ?? quiet,
        ...(deps.onPlan ? { onPlan: deps.onPlan } : {}),
    };
}
/** The policy the engine judges certificates with, at the stage's clock. */
function policyOf(settings, now) {
    return { now, expiryWarningDays: settings.expiryWarningDays, maxCaDepth: settings.maxCaDepth };
}
/** truststore-uri, required by every stage that reads what is live. */
function requireTruststoreUri(settings, stage) {
    if (settings.truststoreUri !== undefined)
        return settings.truststoreUri;
    throw new errors/* InputError */.dz(`input truststore-uri is required in ${stage}: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem`);
}
//# sourceMappingURL=deps.js.map

/***/ }),

/***/ 3402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gi: () => (/* binding */ canIssue),
  Jm: () => (/* binding */ isCa),
  AN: () => (/* binding */ validAt),
  xJ: () => (/* binding */ verifyPath)
});

// UNUSED EXPORTS: BudgetExhausted, IssuerIndex

// EXTERNAL MODULE: ./lib/pki/issuer-index.js + 1 modules
var issuer_index = __nccwpck_require__(2661);
// EXTERNAL MODULE: ./lib/pki/keys.js
var keys = __nccwpck_require__(6294);
;// CONCATENATED MODULE: ./lib/pki/name-constraints.js
const CN = '2.5.4.3=';
/** A commonName that reads as a host name (OpenSSL's cn2dnsid: letters, digits, '-', at least one dot). */
function hostLikeCommonNames(cert) {
    const out = [];
    for (const rdn of cert.subjectRdns) {
        for (const attribute of rdn.split('+')) {
            if (!attribute.startsWith(CN))
                continue;
            const value = attribute.slice(CN.length);
            if (/^[a-z0-9_-]+(\.[a-z0-9_-]+)+\.?$/i.test(value))
                out.push(value);
        }
    }
    return out;
}
/** The names of `cert` that constraints apply to. */
function namesOf(cert, isLeaf) {
    const names = [...cert.subjectAltNames];
    if (cert.subjectRdns.length > 0)
        names.push({ type: 'directoryName', rdns: cert.subjectRdns });
    for (const email of cert.subjectEmails)
        names.push({ type: 'rfc822Name', value: email });
    if (isLeaf && !cert.subjectAltNames.some((n) => n.type === 'dNSName')) {
        for (const host of hostLikeCommonNames(cert))
            names.push({ type: 'dNSName', value: host });
    }
    return names;
}
/** A dNSName a constraint can place: labels separated by single dots, no leading dot. */
function wellFormedHost(name) {
    return name.length > 0 && !name.startsWith('.') && !name.includes('..');
}
function dnsWithin(name, base) {
    if (!wellFormedHost(name))
        return false;
    const n = name.toLowerCase().replace(/\.$/, '');
    const b = base.toLowerCase();
    if (b === '')
        return true;
    if (b.startsWith('.'))
        return n.endsWith(b);
    return n === b || n.endsWith(`.${b}`);
}
function emailWithin(name, base) {
    const at = name.lastIndexOf('@');
    // One unquoted '@' (RFC 5280 4.2.1.6 mailbox); anything else is not placeable in a subtree.
    if (at < 1 || name.indexOf('@') !== at)
        return false;
    const local = name.slice(0, at);
    const domain = name.slice(at + 1).toLowerCase();
    if (base.includes('@')) {
        const bAt = base.lastIndexOf('@');
        return local === base.slice(0, bAt) && domain === base.slice(bAt + 1).toLowerCase();
    }
    const b = base.toLowerCase();
    if (b.startsWith('.'))
        return domain.endsWith(b);
    return domain === b;
}
/** The host of a URI (RFC 3986 authority), or undefined when it has none. */
function uriHost(uri) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri);
    return m?.[1] ? m[1] : undefined;
}
function uriWithin(name, base) {
    const host = uriHost(name)?.toLowerCase();
    if (host === undefined)
        return false;
    const b = base.toLowerCase();
    // A constraint with a leading period covers subdomains only; without one, exactly that host.
    return b.startsWith('.') ? host.endsWith(b) : host === b;
}
function ipWithin(name, base) {
    if (base.length !== 2 * name.length)
        return false;
    for (let i = 0; i < name.length; i++) {
        const mask = base[name.length + i];
        if ((name[i] & mask) !== (base[i] & mask))
            return false;
    }
    return true;
}
function dnWithin(name, base) {
    return base.length <= name.length && base.every((rdn, i) => rdn === name[i]);
}
function within(name, base) {
    switch (name.type) {
        case 'dNSName':
            return dnsWithin(name.value, base.value);
        case 'rfc822Name':
            return emailWithin(name.value, base.value);
        case 'uniformResourceIdentifier':
            return uriWithin(name.value, base.value);
        case 'iPAddress':
            return ipWithin(name.bytes, base.bytes);
        case 'directoryName':
            return dnWithin(name.rdns, base.rdns);
    }
}
function ipText(bytes) {
    const address = (b) => b.length === 4
        ? Array.from(b).join('.')
        : Array.from({ length: b.length / 2 }, (_, i) => ((b[2 * i] << 8) | b[2 * i + 1]).toString(16)).join(':');
    // A constraint holds an address and its mask; a name holds an address.
    if (bytes.length === 8 || bytes.length === 32) {
        const half = bytes.length / 2;
        return `${address(bytes.subarray(0, half))}/${address(bytes.subarray(half))}`;
    }
    return bytes.length === 4 || bytes.length === 16 ? address(bytes) : `(${bytes.length} bytes)`;
}
function show(name) {
    switch (name.type) {
        case 'iPAddress':
            return `IP ${ipText(name.bytes)}`;
        case 'directoryName':
            return `directoryName ${name.rdns.join('/')}`;
        case 'unsupported':
            return name.form;
        default:
            return `${name.type} ${name.value}`;
    }
}
/**
 * Could a wildcard dNSName (`*.example.com`) stand for a name inside `base`? A verifier that matches
 * peer names against wildcards would accept such a host, so an excluded subtree must catch it
 * (x509-limbo's CVE-2025-61727 cases).
 */
function wildcardReaches(name, base) {
    if (name.type !== 'dNSName' || base.type !== 'dNSName' || !name.value.startsWith('*.'))
        return false;
    return dnsWithin(base.value.replace(/^\./, ''), name.value.slice(2));
}
/** OpenSSL's bound (NAME_CHECK_MAX): more name × constraint comparisons than this are refused. */
const MAX_COMPARISONS = 1 << 20;
/**
 * Why `cert` (a certificate below the CA whose constraints these are) falls outside them, or
 * undefined when it is within. `isLeaf`: the end of the path (its commonName may count as a host).
 */
function nameConstraintViolation(cert, constraints, isLeaf) {
    const names = namesOf(cert, isLeaf);
    const unsupported = [...constraints.permitted, ...constraints.excluded].filter((c) => c.type === 'unsupported');
    for (const c of unsupported) {
        const form = c.form;
        const carries = names.some((n) => n.type === 'unsupported' && n.form === form);
        if (carries || form === 'subtree minimum/maximum') {
            return `is constrained by a ${form} name constraint the action cannot check, so it cannot be sure the client is accepted`;
        }
    }
    const comparisons = names.length * (constraints.permitted.length + constraints.excluded.length);
    if (comparisons > MAX_COMPARISONS) {
        return `has ${names.length} names against ${constraints.permitted.length + constraints.excluded.length} name constraints, more than a verifier checks (OpenSSL stops at ${MAX_COMPARISONS} comparisons)`;
    }
    for (const name of names) {
        if (name.type === 'unsupported')
            continue;
        const excluded = constraints.excluded.find((b) => b.type === name.type && (within(name, b) || wildcardReaches(name, b)));
        if (excluded)
            return `has ${show(name)}, inside the excluded subtree ${show(excluded)}`;
        const permitted = constraints.permitted.filter((b) => b.type === name.type);
        if (permitted.length > 0 && !permitted.some((b) => within(name, b))) {
            return `has ${show(name)}, outside the permitted subtrees (${permitted.map(show).join(', ')})`;
        }
    }
    return undefined;
}
//# sourceMappingURL=name-constraints.js.map
// EXTERNAL MODULE: ./lib/pki/rules.js
var rules = __nccwpck_require__(1007);
;// CONCATENATED MODULE: ./lib/pki/chains.js





function isCa(cert) {
    return cert.basicConstraints?.ca === true;
}
/** Can `cert` sign certificates: a CA whose keyUsage, when present, has keyCertSign (RFC 5280 4.2.1.3). */
function canIssue(cert) {
    return isCa(cert) && (!cert.keyUsage || cert.keyUsage.keyCertSign);
}
function validAt(cert, at) {
    const t = at.getTime();
    return cert.notBefore.getTime() <= t && t <= cert.notAfter.getTime();
}
/**
 * Builds and validates a path from `target` to one of `anchors` (RFC 5280 6.1, the parts a TLS
 * verifier applies to a client chain): signatures, validity at `at`, issuers that can issue,
 * pathLenConstraint and a bound on intermediates. Depth-first with a visited set per path.
 */
function verifyPath(target, options) {
    const anchorSet = new Set(options.anchors.map((a) => a.fingerprint));
    return targetVerdict(target, anchorSet, options) ?? new PathSearch(target, anchorSet, options).run();
}
/** The verdict on the target by itself, when it needs no search: an anchor, or a refused target. */
function targetVerdict(target, anchorSet, options) {
    if (anchorSet.has(target.fingerprint))
        return validAt(target, options.at) ? { ok: true, path: [target] } : notValidAt(target, options.at);
    if (!validAt(target, options.at))
        return notValidAt(target, options.at);
    const targetProblem = (0,rules/* extensionProblem */.XN)(target);
    if (targetProblem)
        return { ok: false, code: targetProblem.code, reason: `"${target.subject}" ${targetProblem.message}` };
    return undefined;
}
function notValidAt(cert, at) {
    return {
        ok: false,
        code: validityCode(cert, at),
        reason: `"${cert.subject}" is not valid at ${at.toISOString()}`,
    };
}
/**
 * One depth-first search from the target towards the anchors. A failed search answers with the
 * refusal met deepest in the search (the latest one among equals): it names the certificate the
 * search got furthest with.
 */
class PathSearch {
    target;
    anchorSet;
    options;
    index;
    maxIntermediates;
    best;
    constructor(target, anchorSet, options) {
        this.target = target;
        this.anchorSet = anchorSet;
        this.options = options;
        this.index = new issuer_index/* IssuerIndex */.I6([...options.anchors, ...options.intermediates], options.maxSignatureChecks ?? 1000);
        this.maxIntermediates = options.maxIntermediates ?? 8;
        this.best = {
            code: 'missing-issuer',
            reason: `no issuer of "${target.subject}" ("${target.issuer}") is in the trusted or intermediate certificates`,
            depth: -1,
        };
    }
    run() {
        try {
            const path = this.extend([this.target]);
            return path ? { ok: true, path } : { ok: false, code: this.best.code, reason: this.best.reason };
        }
        catch (error) {
            if (error instanceof issuer_index/* BudgetExhausted */.Vd)
                return { ok: false, code: 'signature-budget-exhausted', reason: error.message };
            throw error;
        }
    }
    fail(depth, refusal) {
        if (depth >= this.best.depth)
            this.best = { ...refusal, depth };
    }
    /** The complete path through `path` (target first), or undefined when no issuer completes it. */
    extend(path) {
        const last = path[path.length - 1];
        const partial = {
            certs: path,
            last,
            intermediatesBelow: path.length - 1,
            // RFC 5280 6.1.4 (l): self-issued intermediates do not count against pathLenConstraint.
            constrainedBelow: path.slice(1).filter((p) => !p.selfIssued).length,
        };
        const candidates = this.index
            .nameCandidates(last)
            .slice()
            .sort((a, b) => Number(this.anchorSet.has(b.fingerprint)) - Number(this.anchorSet.has(a.fingerprint)));
        if (candidates.length === 0 && path.length > 1) {
            // Name the certificate the search got stuck at, not only the target.
            this.fail(path.length, {
                code: 'missing-issuer',
                reason: `no issuer of "${last.subject}" ("${last.issuer}") is in the trusted or intermediate certificates`,
            });
        }
        for (const issuer of candidates) {
            if (repeats(path, issuer))
                continue;
            const refusal = this.refuseIssuer(partial, issuer);
            if (refusal) {
                this.fail(path.length, refusal);
                continue;
            }
            if (this.anchorSet.has(issuer.fingerprint))
                return [...path, issuer];
            const found = this.extend([...path, issuer]);
            if (found)
                return found;
        }
        return undefined;
    }
    /** Why `issuer` cannot sign the top of `path`, if it cannot; its signature is checked last. */
    refuseIssuer(path, issuer) {
        const at = this.options.at;
        if (!canIssue(issuer))
            return {
                code: 'issuer-cannot-sign',
                reason: `"${issuer.subject}" is not a CA that may sign certificates`,
            };
        const problem = (0,rules/* extensionProblem */.XN)(issuer);
        if (problem)
            return { code: problem.code, reason: `"${issuer.subject}" ${problem.message}` };
        if (!validAt(issuer, at))
            return {
                code: validityCode(issuer, at),
                reason: `"${issuer.subject}" is not valid at ${at.toISOString()}`,
            };
        const refusal = this.options.refused?.(issuer);
        if (refusal) {
            return {
                code: 'issuer-refused',
                reason: `"${issuer.subject}" is refused by the truststore check (${refusal.code}, see its finding)`,
            };
        }
        const outside = this.nameConstraintRefusal(path.certs, issuer);
        if (outside)
            return outside;
        const pathLen = issuer.basicConstraints?.pathLenConstraint;
        if (pathLen !== undefined && path.constrainedBelow > pathLen) {
            return {
                code: 'path-length-exceeded',
                reason: `"${issuer.subject}" allows ${pathLen} intermediate CA(s) below it, the path has ${path.constrainedBelow}`,
            };
        }
        if (!this.anchorSet.has(issuer.fingerprint) && path.intermediatesBelow + 1 > this.maxIntermediates)
            return {
                code: 'too-deep',
                reason: `the path needs more than ${this.maxIntermediates} intermediate CA(s)`,
            };
        if (!(0,keys/* checksSignatures */.$u)(issuer.publicKey)) {
            const code = (0,keys/* exponentProblem */.n3)(issuer.publicKey) === 'invalid' ? 'rsa-exponent-invalid' : 'rsa-exponent-too-large';
            return {
                code: 'issuer-refused',
                reason: `"${issuer.subject}" has a key refused for its RSA public exponent (${code}), so no signature is checked with it`,
            };
        }
        if (!this.index.verifies(path.last, issuer))
            return { code: 'bad-signature', reason: `"${issuer.subject}" did not sign "${path.last.subject}"` };
        return undefined;
    }
    /** The first certificate of `path` outside `issuer`'s name constraints, if any. */
    nameConstraintRefusal(path, issuer) {
        const constraints = issuer.nameConstraints;
        if (!constraints)
            return undefined;
        // RFC 5280 6.1.4 (b): a self-issued intermediate is not bound by the constraints above it.
        const bound = path.filter((p, i) => i === 0 || !p.selfIssued);
        const outside = bound
            .map((p) => ({ p, why: nameConstraintViolation(p, constraints, p === this.target) }))
            .find((v) => v.why);
        if (!outside)
            return undefined;
        return {
            code: 'name-not-permitted',
            reason: `"${outside.p.subject}" ${outside.why} (name constraints of "${issuer.subject}")`,
        };
    }
}
/** A path never repeats a certificate, nor a subject and key (cross-signed loops). */
function repeats(path, issuer) {
    return path.some((p) => p.fingerprint === issuer.fingerprint ||
        (p.subjectKey === issuer.subjectKey && samePublicKey(p, issuer)));
}
function validityCode(cert, at) {
    return cert.notBefore.getTime() > at.getTime() ? 'not-yet-valid' : 'expired';
}
function samePublicKey(a, b) {
    return a.subjectKeyId !== undefined && a.subjectKeyId === b.subjectKeyId;
}
//# sourceMappingURL=chains.js.map

/***/ }),

/***/ 1142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dT: () => (/* binding */ isFindingCode),
/* harmony export */   f2: () => (/* binding */ FINDING_CODES),
/* harmony export */   i9: () => (/* binding */ STRICT_VERIFIER_CODES)
/* harmony export */ });
const FINDING_CODES = {
    // Reading the files.
    'private-key': { severity: 'error', scope: 'files' },
    'non-certificate-block': { severity: 'error', scope: 'files' },
    'malformed-pem': { severity: 'error', scope: 'files' },
    'bad-base64': { severity: 'error', scope: 'files' },
    'undecodable-certificate': { severity: 'error', scope: 'files' },
    'empty-file': { severity: 'error', scope: 'files' },
    'no-certificate': { severity: 'error', scope: 'files' },
    'no-match': { severity: 'error', scope: 'files' },
    'outside-workspace': { severity: 'error', scope: 'files' },
    unreadable: { severity: 'error', scope: 'files' },
    'file-too-large': { severity: 'error', scope: 'files' },
    'not-a-file': { severity: 'error', scope: 'files' },
    'too-many-files': { severity: 'error', scope: 'files' },
    'unsafe-output-file': { severity: 'error', scope: 'files' },
    'no-certificates': { severity: 'error', scope: 'files' },
    duplicate: { severity: 'warning', scope: 'files' },
    // One certificate on its own.
    'not-v3': { severity: 'error', scope: 'certificate' },
    'not-a-ca': { severity: 'error', scope: 'certificate' },
    'no-key-cert-sign': { severity: 'error', scope: 'certificate' },
    'client-auth-not-allowed': { severity: 'error', scope: 'certificate' },
    'client-auth-implicit': { severity: 'warning', scope: 'certificate' },
    'missing-key-usage': { severity: 'warning', scope: 'certificate' },
    'missing-authority-key-id': { severity: 'warning', scope: 'certificate' },
    'missing-subject-key-id': { severity: 'warning', scope: 'certificate' },
    expired: { severity: 'error', scope: 'certificate' },
    'not-yet-valid': { severity: 'error', scope: 'certificate' },
    'expiring-soon': { severity: 'warning', scope: 'certificate' },
    'weak-key': { severity: 'error', scope: 'certificate' },
    'unsupported-key': { severity: 'error', scope: 'certificate' },
    'rsa-exponent-too-large': { severity: 'error', scope: 'certificate' },
    'rsa-exponent-invalid': { severity: 'error', scope: 'certificate' },
    'rsa-exponent-small': { severity: 'warning', scope: 'certificate' },
    'weak-signature': { severity: 'error', scope: 'certificate' },
    'unsupported-signature': { severity: 'error', scope: 'certificate' },
    'signature-algorithm-mismatch': { severity: 'error', scope: 'certificate' },
    'unknown-critical-extension': { severity: 'error', scope: 'certificate' },
    'duplicate-extension': { severity: 'error', scope: 'certificate' },
    // The chain over the whole set.
    'missing-issuer': { severity: 'error', scope: 'chain' },
    'wrong-issuer-key': { severity: 'error', scope: 'chain' },
    'bad-signature': { severity: 'error', scope: 'chain' },
    'issuer-not-valid': { severity: 'error', scope: 'chain' },
    'issuer-cannot-sign': { severity: 'error', scope: 'chain' },
    'no-path-to-root': { severity: 'error', scope: 'chain' },
    'path-length-exceeded': { severity: 'error', scope: 'chain' },
    'too-deep': { severity: 'error', scope: 'chain' },
    'issuer-refused': { severity: 'error', scope: 'chain' },
    'issuer-not-strict': { severity: 'warning', scope: 'chain' },
    'signature-budget-exhausted': { severity: 'error', scope: 'chain' },
    // What one kind of target allows on top of the common rules (elb-trust-store-arns named).
    'elb-too-many-certificates': { severity: 'error', scope: 'target' },
    'elb-certificate-too-large': { severity: 'error', scope: 'target' },
    'elb-subjects-too-large': { severity: 'error', scope: 'target' },
    'elb-too-deep': { severity: 'error', scope: 'target' },
    'elb-unsupported-key': { severity: 'error', scope: 'target' },
    'elb-unsupported-signature': { severity: 'error', scope: 'target' },
    // Certificate revocation lists (revocation-files input).
    'crl-unreadable': { severity: 'error', scope: 'revocation' },
    'crl-unknown-issuer': { severity: 'error', scope: 'revocation' },
    'crl-bad-signature': { severity: 'error', scope: 'revocation' },
    'crl-expired': { severity: 'error', scope: 'revocation' },
    'crl-not-yet-valid': { severity: 'error', scope: 'revocation' },
    'crl-too-large': { severity: 'error', scope: 'revocation' },
    'crl-too-many-entries': { severity: 'error', scope: 'revocation' },
    'crl-too-many-lists': { severity: 'error', scope: 'revocation' },
    'crl-conflict': { severity: 'error', scope: 'revocation' },
    'crl-duplicate': { severity: 'warning', scope: 'revocation' },
    // Client certificates (client-certificates input).
    'client-locked-out': { severity: 'error', scope: 'client' },
    'name-not-permitted': { severity: 'error', scope: 'client' },
    'client-revoked': { severity: 'error', scope: 'client' },
};
/**
 * Codes for what a strict verifier (`openssl verify -x509_strict`) refuses but API Gateway's
 * documentation does not say it checks: warnings, which `fail-on-warnings` turns into errors.
 */
const STRICT_VERIFIER_CODES = new Set([
    'missing-key-usage',
    'missing-authority-key-id',
    'missing-subject-key-id',
    'client-auth-implicit',
    'issuer-not-strict',
]);
function isFindingCode(code) {
    return Object.hasOwn(FINDING_CODES, code);
}
//# sourceMappingURL=codes.js.map

/***/ }),

/***/ 599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ contentOf),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   EX: () => (/* binding */ encodedOf),
/* harmony export */   I4: () => (/* binding */ DerError),
/* harmony export */   LU: () => (/* binding */ childrenOf),
/* harmony export */   RN: () => (/* binding */ readElement),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   aQ: () => (/* binding */ readTime),
/* harmony export */   fM: () => (/* binding */ readOid),
/* harmony export */   ih: () => (/* binding */ readSmallInteger),
/* harmony export */   yi: () => (/* binding */ expectTag)
/* harmony export */ });
/**
 * A small, strict DER reader: just enough to walk an X.509 certificate's outline. Every length is
 * checked against its parent before use and only definite, minimally encoded lengths are read,
 * so hostile input fails fast instead of allocating or recursing (nothing here recurses).
 *
 * Why not pkijs: asn1js 4 (pkijs's decoder) costs ~0.5 ms per certificate, 60% of a
 * 1,000-certificate run; this reader walks the same certificate in a few microseconds. pkijs
 * stays the oracle that __tests__/pki/der-oracle.test.ts compares every field against.
 */
class DerError extends Error {
    name = 'DerError';
}
const TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    NULL: 0x05,
    OID: 0x06,
    UTF8_STRING: 0x0c,
    NUMERIC_STRING: 0x12,
    PRINTABLE_STRING: 0x13,
    T61_STRING: 0x14,
    IA5_STRING: 0x16,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
    VISIBLE_STRING: 0x1a,
    UNIVERSAL_STRING: 0x1c,
    BMP_STRING: 0x1e,
    SEQUENCE: 0x30,
    SET: 0x31,
};
/** Reads the element at `offset`, which must end at or before `limit`. */
function readElement(buf, offset, limit) {
    if (offset + 2 > limit)
        throw new DerError('truncated element');
    const tag = buf[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new DerError(`unsupported multi-byte tag at byte ${offset}`);
    let length = buf[offset + 1];
    let p = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0)
            throw new DerError(`indefinite length at byte ${offset} (not DER)`);
        if (count > 4)
            throw new DerError(`length of ${count} bytes at byte ${offset}`);
        if (p + count > limit)
            throw new DerError('truncated length');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + buf[p++];
        if (length < 0x80 || (count > 1 && buf[offset + 2] === 0)) {
            throw new DerError(`length not minimally encoded at byte ${offset} (not DER)`);
        }
    }
    if (p + length > limit)
        throw new DerError(`element at byte ${offset} runs past its container`);
    return { tag, start: offset, contentStart: p, end: p + length };
}
/** The elements inside a constructed element, in order. */
function childrenOf(buf, parent) {
    const out = [];
    for (let p = parent.contentStart; p < parent.end;) {
        const child = readElement(buf, p, parent.end);
        out.push(child);
        p = child.end;
    }
    return out;
}
function expectTag(el, tag, what) {
    if (!el)
        throw new DerError(`${what} is missing`);
    if (el.tag !== tag)
        throw new DerError(`${what} has tag 0x${el.tag.toString(16)}, expected 0x${tag.toString(16)}`);
    return el;
}
function contentOf(buf, el) {
    return buf.subarray(el.contentStart, el.end);
}
function encodedOf(buf, el) {
    return buf.subarray(el.start, el.end);
}
function hexOf(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
function readOid(buf, el) {
    const bytes = contentOf(buf, expectTag(el, TAG.OID, 'object identifier'));
    if (bytes.length === 0)
        throw new DerError('empty object identifier');
    const arcs = [];
    let value = 0;
    for (const [i, b] of bytes.entries()) {
        if (value === 0 && b === 0x80)
            throw new DerError('object identifier arc not minimally encoded');
        value = value * 128 + (b & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER / 128)
            throw new DerError('object identifier arc too large');
        if (!(b & 0x80)) {
            if (arcs.length === 0)
                arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
            else
                arcs.push(value);
            value = 0;
        }
        else if (i === bytes.length - 1) {
            throw new DerError('truncated object identifier');
        }
    }
    const oid = arcs.join('.');
    // Every certificate repeats the same few OIDs: keep one copy of each (a bounded table).
    const known = INTERNED_OIDS.get(oid);
    if (known !== undefined)
        return known;
    if (INTERNED_OIDS.size < 1024)
        INTERNED_OIDS.set(oid, oid);
    return oid;
}
const INTERNED_OIDS = new Map();
/** A small non-negative INTEGER (version, pathLenConstraint). */
function readSmallInteger(buf, el, what) {
    const bytes = contentOf(buf, expectTag(el, TAG.INTEGER, what));
    if (bytes.length === 0)
        throw new DerError(`${what} is an empty INTEGER`);
    if (bytes[0] & 0x80)
        throw new DerError(`${what} is negative`);
    if (bytes.length > 4)
        throw new DerError(`${what} is too large`);
    let value = 0;
    for (const b of bytes)
        value = value * 256 + b;
    return value;
}
function readBoolean(buf, el, what) {
    const bytes = contentOf(buf, expectTag(el, TAG.BOOLEAN, what));
    if (bytes.length !== 1)
        throw new DerError(`${what} is not a one-byte BOOLEAN`);
    return bytes[0] !== 0;
}
const DIGITS = /^\d+$/;
/** UTCTime (YYMMDDHHMMSSZ, RFC 5280 4.1.2.5.1) or GeneralizedTime (YYYYMMDDHHMMSSZ). */
function readTime(buf, el, what) {
    const text = Buffer.from(contentOf(buf, el)).toString('latin1');
    let year;
    let rest;
    if (el.tag === TAG.UTC_TIME) {
        if (text.length !== 13 || !text.endsWith('Z') || !DIGITS.test(text.slice(0, 12))) {
            throw new DerError(`${what} "${text}" is not a UTCTime of the form YYMMDDHHMMSSZ`);
        }
        const yy = Number(text.slice(0, 2));
        year = yy >= 50 ? 1900 + yy : 2000 + yy;
        rest = text.slice(2, 12);
    }
    else if (el.tag === TAG.GENERALIZED_TIME) {
        // RFC 5280 4.1.2.5.2: seconds present, no fractional seconds, Zulu.
        if (text.length !== 15 || !text.endsWith('Z') || !DIGITS.test(text.slice(0, 14))) {
            throw new DerError(`${what} "${text}" is not a GeneralizedTime of the form YYYYMMDDHHMMSSZ`);
        }
        year = Number(text.slice(0, 4));
        rest = text.slice(4, 14);
    }
    else {
        throw new DerError(`${what} is neither UTCTime nor GeneralizedTime`);
    }
    const [mo, d, h, mi, s] = [0, 2, 4, 6, 8].map((i) => Number(rest.slice(i, i + 2)));
    const date = new Date(Date.UTC(year, mo - 1, d, h, mi, s));
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
        throw new DerError(`${what} "${text}" is not a valid date`);
    }
    return date;
}
/** The text of a directory string, or undefined for other value types. */
function readString(buf, el) {
    const bytes = Buffer.from(contentOf(buf, el));
    switch (el.tag) {
        case TAG.UTF8_STRING:
            return bytes.toString('utf8');
        case TAG.PRINTABLE_STRING:
        case TAG.IA5_STRING:
        case TAG.NUMERIC_STRING:
        case TAG.VISIBLE_STRING:
        case TAG.T61_STRING:
            return bytes.toString('latin1');
        case TAG.BMP_STRING: {
            if (bytes.length % 2 !== 0)
                throw new DerError('BMPString of odd length');
            let text = '';
            for (let i = 0; i < bytes.length; i += 2)
                text += String.fromCharCode(bytes.readUInt16BE(i));
            return text;
        }
        case TAG.UNIVERSAL_STRING: {
            if (bytes.length % 4 !== 0)
                throw new DerError('UniversalString length not a multiple of 4');
            let text = '';
            for (let i = 0; i < bytes.length; i += 4) {
                const code = bytes.readUInt32BE(i);
                if (code > 0x10ffff)
                    throw new DerError('UniversalString holds a value beyond Unicode');
                text += String.fromCodePoint(code);
            }
            return text;
        }
        default:
            return undefined;
    }
}
//# sourceMappingURL=der.js.map

/***/ }),

/***/ 5732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ns: () => (/* reexport */ analyze),
  Cs: () => (/* reexport */ hasErrors),
  Jm: () => (/* reexport */ chains/* isCa */.Jm),
  PJ: () => (/* reexport */ parseSource),
  Hl: () => (/* reexport */ truststore/* renderPem */.Hl)
});

// UNUSED EXPORTS: BudgetExhausted, CertificateParseError, IssuerIndex, analyzeCertificates, assessCertificate, buildHierarchy, buildTruststore, canIssue, canonicalOrder, dedupe, defaultPolicy, parseCertificateDer, scanSource, signatureVerifies, validAt, verifyPath

// EXTERNAL MODULE: ./lib/pki/chains.js + 1 modules
var chains = __nccwpck_require__(3402);
// EXTERNAL MODULE: ./lib/pki/codes.js
var codes = __nccwpck_require__(1142);
// EXTERNAL MODULE: ./lib/pki/keys.js
var keys = __nccwpck_require__(6294);
// EXTERNAL MODULE: ./lib/pki/rules.js
var rules = __nccwpck_require__(1007);
;// CONCATENATED MODULE: ./lib/pki/explain.js
/**
 * Why the hierarchy refuses: the finding for a CA that reaches no root (the closest miss), and the
 * one for a set whose chain search would exceed its budget.
 */



/**
 * The refusal of a set whose chain search would exceed its budget (`why`: what it would take),
 * naming the crowd that causes it: every certificate claiming an issuer name that three or more
 * certificates carry (else every one that costs a check), and the file holding most of them.
 */
function crowdFinding(sorted, index, cost, why) {
    const byIssuer = new Map();
    for (const cert of sorted) {
        const entry = byIssuer.get(cert.issuerKey) ?? { cost: 0, claimants: [] };
        entry.cost += cost(cert);
        entry.claimants.push(cert);
        byIssuer.set(cert.issuerKey, entry);
    }
    const ranked = [...byIssuer.values()].filter((e) => e.cost > 0).sort((a, b) => b.cost - a.cost);
    const crowded = ranked.filter((e) => index.sameName(e.claimants[0]).length >= 3);
    const names = crowded.length > 0 ? crowded : ranked;
    const claimants = names.flatMap((e) => e.claimants);
    const perFile = new Map();
    for (const c of claimants)
        perFile.set(c.source.file, (perFile.get(c.source.file) ?? 0) + 1);
    const [file, count] = [...perFile.entries()].sort((a, b) => b[1] - a[1])[0];
    const first = claimants
        .filter((c) => c.source.file === file)
        .reduce((a, b) => (b.source.line < a.source.line ? b : a));
    const top = names.length === 1 ? first : names[0].claimants[0];
    const sameName = index.sameName(top).length;
    const naming = names.length === 1
        ? `name "${top.issuer}" as their issuer and ${sameName} certificates carry that name`
        : `name as their issuer one of ${names.length} names (the costliest, "${top.issuer}", is carried by ${sameName} certificates)`;
    const finding = {
        severity: 'error',
        code: 'signature-budget-exhausted',
        message: `${file}: ${count} certificates in this file (${claimants.length} in all) ${naming}, so finding their issuers would take ${why}: the set was refused before any check (the ${claimants.length} certificates' own findings are not listed); remove the duplicate or unrelated certificates from ${file}`,
        file,
        line: first.source.line,
    };
    return { finding, claimants };
}
function explainMissingPath(cert, index, verified, labels, policy) {
    const named = index.nameCandidates(cert).filter((c) => c.fingerprint !== cert.fingerprint);
    if (named.length === 0 && index.sameName(cert).some((c) => c.fingerprint !== cert.fingerprint)) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'wrong-issuer-key', `names "${cert.issuer}" as its issuer, and a CA of that name is in the CA files but with another key (its key identifier differs from this certificate's authority key identifier): add the issuer certificate that signed it`);
    }
    if (named.length === 0) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'missing-issuer', `was issued by "${cert.issuer}", which is not in the CA files: add that CA certificate (and its issuers up to the root); API Gateway enforces the whole chain, so its clients get 403 Forbidden`);
    }
    const unchecked = named.find((c) => !(0,keys/* checksSignatures */.$u)(c.publicKey));
    if (verified.length === 0 && unchecked) {
        const code = (0,keys/* exponentProblem */.n3)(unchecked.publicKey) === 'invalid' ? 'rsa-exponent-invalid' : 'rsa-exponent-too-large';
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'issuer-refused', `names "${cert.issuer}" as its issuer, and the certificate of that name in the CA files has a key refused for its RSA public exponent (${code}, see its finding), so no signature is checked with that key and this CA chains through nothing: reissue that issuer with the exponent 65537 (and this CA under it)`);
    }
    if (verified.length === 0) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'bad-signature', `names "${cert.issuer}" as its issuer, but no certificate with that subject in the CA files verifies its signature (re-keyed or replaced issuer?): add the issuer certificate that signed it`);
    }
    // Explain with the issuer that came closest to working (a valid CA before an expired copy).
    const rank = (p) => !(0,chains/* canIssue */.Gi)(p) ? 3 : !(0,chains/* validAt */.AN)(p, policy.now) ? 2 : labels.has(p.fingerprint) ? 0 : 1;
    const parent = [...verified].sort((a, b) => rank(a) - rank(b))[0];
    if (!(0,chains/* isCa */.Jm)(parent) || !(0,chains/* canIssue */.Gi)(parent)) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'issuer-cannot-sign', `was signed by "${parent.subject}", which is not a CA allowed to sign certificates (basicConstraints/keyUsage): reissue it under a proper CA`);
    }
    if (!(0,chains/* validAt */.AN)(parent, policy.now)) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'issuer-not-valid', `chains only through "${parent.subject}", which is not valid now (${parent.notBefore.toISOString().slice(0, 10)} to ${parent.notAfter.toISOString().slice(0, 10)}): renew that issuer; until then its clients get 403 Forbidden`);
    }
    const parentLabel = labels.get(parent.fingerprint);
    if (parentLabel && parentLabel.allowance < 1) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'path-length-exceeded', `sits below "${parent.subject}", but a pathLenConstraint on its chain allows no further CA there: its clients get 403 Forbidden; issue it higher up or relax the constraint`);
    }
    return (0,rules/* certificateFinding */.nN)(cert, 'error', 'no-path-to-root', `chains to "${parent.subject}", which does not itself reach a self-signed root in the CA files (see the finding on it): add the missing root or intermediate`);
}
//# sourceMappingURL=explain.js.map
// EXTERNAL MODULE: ./lib/pki/issuer-index.js + 1 modules
var issuer_index = __nccwpck_require__(2661);
;// CONCATENATED MODULE: ./lib/pki/reach.js
/**
 * Labels every certificate reachable from a root. A certificate that fails `passes` still gets a
 * place (so it has a depth and its own finding), but nothing chains through it. Two labels per
 * certificate (the shallowest, and the one leaving most room below) keep the search exact and
 * bounded: each certificate is queued at most twice per improvement of either.
 */
function reach(graph, passes) {
    const shallowest = new Map();
    const roomiest = new Map();
    const queue = [];
    const offer = (cert, label) => {
        const s = shallowest.get(cert.fingerprint);
        const r = roomiest.get(cert.fingerprint);
        let better = false;
        if (!s || label.depth < s.depth || (label.depth === s.depth && label.allowance > s.allowance)) {
            shallowest.set(cert.fingerprint, label);
            better = true;
        }
        if (!r || label.allowance > r.allowance) {
            roomiest.set(cert.fingerprint, label);
            better = true;
        }
        if (better)
            queue.push([cert, label]);
    };
    for (const root of graph.roots) {
        if (passes(root))
            offer(root, { depth: 1, allowance: root.basicConstraints?.pathLenConstraint ?? Infinity, root });
        else
            shallowest.set(root.fingerprint, { depth: 1, allowance: 0, root });
    }
    for (let head = 0; head < queue.length; head++) {
        const [parent, label] = queue[head];
        for (const child of graph.children.get(parent.fingerprint) ?? []) {
            if (graph.selfSigned.has(child.fingerprint))
                continue;
            // RFC 5280 6.1.4 (l): a self-issued CA (key rollover) does not use up pathLenConstraint.
            if (!child.selfIssued && label.allowance < 1)
                continue;
            const room = Math.min(child.selfIssued ? label.allowance : label.allowance - 1, child.basicConstraints?.pathLenConstraint ?? Infinity);
            const childLabel = { depth: label.depth + 1, allowance: room, via: parent, root: label.root };
            if (passes(child))
                offer(child, childLabel);
            else if (!shallowest.has(child.fingerprint))
                shallowest.set(child.fingerprint, { ...childLabel, allowance: 0 });
        }
    }
    return shallowest;
}
/** The certificates above `cert` on its labelled path, nearest first (a cycle-safe walk). */
function ancestors(cert, labels) {
    const out = [];
    const seen = new Set([cert.fingerprint]);
    for (let via = labels.get(cert.fingerprint)?.via; via && !seen.has(via.fingerprint);) {
        out.push(via);
        seen.add(via.fingerprint);
        via = labels.get(via.fingerprint)?.via;
    }
    return out;
}
//# sourceMappingURL=reach.js.map
;// CONCATENATED MODULE: ./lib/pki/hierarchy.js
/**
 * The issuer graph over the collected CA set: which certificates are roots, how deep each CA
 * sits (root = 1), and why a CA fails to reach a root. API Gateway enforces the chain on the
 * server side, so every intermediate must reach a self-signed root inside the truststore.
 */







function bySubjectThenFingerprint(a, b) {
    return a.subject < b.subject
        ? -1
        : a.subject > b.subject
            ? 1
            : a.fingerprint < b.fingerprint
                ? -1
                : a.fingerprint > b.fingerprint
                    ? 1
                    : 0;
}
/** Signature checks allowed for a set of n certificates: honest sets need about one per certificate. */
function signatureBudget(n) {
    return 8 * n + 64;
}
/**
 * `own` gives each certificate's findings from the rules that judge it alone (assessCertificate);
 * they decide which CAs a path may run through. Computed here when not given.
 */
function buildHierarchy(certs, policy, own = (cert) => (0,rules/* assessCertificate */.wS)(cert, policy)) {
    const sorted = [...certs].sort(bySubjectThenFingerprint);
    const index = new issuer_index/* IssuerIndex */.I6(sorted, signatureBudget(sorted.length));
    const links = linkIssuers(sorted, index);
    const findings = links.refusal ? [links.refusal] : [];
    const verdicts = ownVerdicts(sorted, own, links);
    findings.push(...verdicts.authorityKeyIdFindings);
    const tiers = reachTiers(links, policy, verdicts);
    const entries = sorted.map((cert) => entryOf(cert, links.selfSigned, tiers.shallowest));
    findings.push(...chainFindings(entries, links, index, tiers, policy));
    return { entries, findings, ...(links.crowd ? { crowd: links.crowd } : {}) };
}
/** Finds which candidate issuers verifiably signed each certificate, within the signature budget. */
function linkIssuers(sorted, index) {
    const links = { roots: [], issuers: new Map(), children: new Map(), selfSigned: new Set() };
    const refusal = planRefusal(sorted, index);
    if (refusal) {
        links.refusal = refusal.finding;
        links.crowd = new Set(refusal.claimants.map((c) => c.fingerprint));
        return links;
    }
    // Every signature the search below can ask about, checked in one parallel batch up front.
    index.prefetch(candidatePairs(sorted, index));
    try {
        for (const cert of sorted)
            linkIssuersOf(cert, index, links);
    }
    catch (error) {
        // Unreachable while the count above is exact; kept so a miscount fails closed, not open.
        if (!(error instanceof issuer_index/* BudgetExhausted */.Vd))
            throw error;
        links.refusal = {
            severity: 'error',
            code: 'signature-budget-exhausted',
            message: `the chain search ${error.message} over ${sorted.length} certificates: too many certificates share an issuer name; remove the duplicates or unrelated certificates from the CA files`,
        };
    }
    return links;
}
/**
 * Bounds the search before building it: the candidate pairs, and the signature checks with their
 * work (one per distinct key), are counted from the index (no list is made). A set that needs more
 * pairs than 8n + 64, or more work than any set may spend, is refused here, before one pair is
 * built or one signature checked.
 */
function planRefusal(sorted, index) {
    const n = sorted.length;
    const budget = signatureBudget(n);
    let pairs = 0;
    for (const cert of sorted)
        pairs += index.candidateCount(cert) + (cert.selfIssued ? 1 : 0);
    if (pairs > budget) {
        const why = `${pairs} signature checks, more than the ${budget} allowed for ${n} certificates (8 per certificate + 64)`;
        return crowdFinding(sorted, index, (c) => index.candidateCount(c), why);
    }
    let checks = 0;
    let work = 0;
    for (const cert of sorted) {
        const planned = index.plannedWork(cert);
        checks += planned.checks;
        work += planned.work;
    }
    if (work <= issuer_index/* MAX_SIGNATURE_WORK */.MV)
        return undefined;
    const why = `${work} units of signature work (${checks} signature checks; a P-256 check is one unit, a P-384 check 8, a P-521 check 20), more than the ${issuer_index/* MAX_SIGNATURE_WORK */.MV} any set may spend`;
    return crowdFinding(sorted, index, (c) => index.plannedWork(c).work, why);
}
/** Every [child, issuer] pair whose signature linkIssuersOf may check, the self-signatures included. */
function candidatePairs(sorted, index) {
    const pairs = [];
    for (const cert of sorted) {
        if (cert.selfIssued)
            pairs.push([cert, cert]);
        for (const candidate of index.nameCandidates(cert)) {
            if (candidate.fingerprint !== cert.fingerprint)
                pairs.push([cert, candidate]);
        }
    }
    return pairs;
}
/** Records whether `cert` signed itself (a root when a CA) and which other candidates signed it. */
function linkIssuersOf(cert, index, links) {
    if (cert.selfIssued && index.verifies(cert, cert)) {
        links.selfSigned.add(cert.fingerprint);
        if ((0,chains/* isCa */.Jm)(cert))
            links.roots.push(cert);
    }
    const verified = [];
    for (const candidate of index.nameCandidates(cert)) {
        if (candidate.fingerprint === cert.fingerprint)
            continue;
        if (index.verifies(cert, candidate))
            verified.push(candidate);
    }
    links.issuers.set(cert.fingerprint, verified);
    for (const parent of verified) {
        const list = links.children.get(parent.fingerprint);
        if (list)
            list.push(cert);
        else
            links.children.set(parent.fingerprint, [cert]);
    }
}
function ownVerdicts(sorted, own, links) {
    const verdicts = { refusal: new Map(), strictness: new Map(), authorityKeyIdFindings: [] };
    for (const cert of sorted) {
        // A refused crowd has no links, so no path runs through it: its verdicts would go unused.
        if (links.crowd?.has(cert.fingerprint))
            continue;
        const mine = [...own(cert)];
        const aki = (0,rules/* missingAuthorityKeyId */.w2)(cert, links.selfSigned.has(cert.fingerprint) || unchecked(cert));
        if (aki) {
            verdicts.authorityKeyIdFindings.push(aki);
            mine.push(aki);
        }
        const error = mine.find((f) => f.severity === 'error');
        if (error)
            verdicts.refusal.set(cert.fingerprint, error);
        const strict = mine.find((f) => codes/* STRICT_VERIFIER_CODES */.i9.has(f.code));
        if (strict)
            verdicts.strictness.set(cert.fingerprint, strict);
    }
    return verdicts;
}
/** Reaches from the roots once per verdict tier, and says how a tier's labels are read. */
function reachTiers(graph, policy, verdicts) {
    const { refusal, strictness } = verdicts;
    const signs = (c) => (0,chains/* canIssue */.Gi)(c) && (0,chains/* validAt */.AN)(c, policy.now);
    // Three tiers: any CA that can sign now; CAs without an error; CAs a strict verifier accepts too.
    const shallowest = reach(graph, signs);
    const sound = reach(graph, (c) => signs(c) && !refusal.has(c.fingerprint));
    const strict = reach(graph, (c) => signs(c) && !refusal.has(c.fingerprint) && !strictness.has(c.fingerprint));
    const within = (labels, cert) => (labels.get(cert.fingerprint)?.depth ?? Infinity) <= policy.maxCaDepth;
    return { shallowest, sound, strict, within, refusal, strictness };
}
/** A certificate's role, and its place on its shallowest path to a root when it has one. */
function entryOf(cert, selfSigned, shallowest) {
    const label = shallowest.get(cert.fingerprint);
    const role = !(0,chains/* isCa */.Jm)(cert) ? 'leaf' : selfSigned.has(cert.fingerprint) ? 'root' : 'intermediate';
    return {
        certificate: cert,
        role,
        ...(label ? { depth: label.depth, rootFingerprint: label.root.fingerprint } : {}),
        ...(label?.via ? { issuerFingerprint: label.via.fingerprint } : {}),
    };
}
/**
 * A self-issued certificate whose key is refused for its exponent: its self-signature is never
 * checked, so whether it is a root is not known (it is refused by its own finding either way).
 */
function unchecked(cert) {
    return cert.selfIssued && !(0,keys/* checksSignatures */.$u)(cert.publicKey);
}
/** The findings on each CA's place in the hierarchy: too deep, refused through its path, or no path. */
function chainFindings(entries, links, index, tiers, policy) {
    const findings = [];
    for (const entry of entries) {
        const cert = entry.certificate;
        if (entry.role === 'leaf')
            continue; // reported by the not-a-ca rule
        if (entry.depth !== undefined) {
            if (entry.depth > policy.maxCaDepth) {
                findings.push((0,rules/* certificateFinding */.nN)(cert, 'error', 'too-deep', `is ${entry.depth} CA certificates deep (root included) but API Gateway accepts at most ${policy.maxCaDepth}: clients it issues get 403 Forbidden; issue it closer to the root`));
            }
            else if (entry.role !== 'root' && !tiers.refusal.has(cert.fingerprint)) {
                const verdict = pathVerdict(cert, tiers);
                if (verdict)
                    findings.push(verdict);
            }
            continue;
        }
        if (entry.role === 'root')
            continue; // a self-signed root needs no path; its own rules apply
        if (unchecked(cert))
            continue; // its own key's refusal says it all: it may be a root, unchecked
        if (links.refusal)
            continue;
        findings.push(explainMissingPath(cert, index, links.issuers.get(cert.fingerprint) ?? [], tiers.shallowest, policy));
    }
    return findings;
}
/**
 * A CA is as good as its best path. When every path within the depth limit runs through a CA that
 * is refused (or that strict verifiers refuse), this CA's clients fare the same: a finding of its
 * own, naming the ancestor on its shortest path and that ancestor's code.
 */
function pathVerdict(cert, t) {
    if (!t.within(t.sound, cert)) {
        const culprit = ancestors(cert, t.shallowest).find((a) => t.refusal.has(a.fingerprint));
        const code = culprit ? t.refusal.get(culprit.fingerprint).code : undefined;
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'issuer-refused', culprit
            ? `chains to a root only through "${culprit.subject}", which is refused (${code}, see its finding): API Gateway rejects every client chain through it, so this CA's clients get 403 Forbidden too; fix "${culprit.subject}" or issue this CA under another root`
            : 'chains to a root only through refused CA certificates (see their findings): its clients get 403 Forbidden; fix them or issue this CA under another root');
    }
    if (!t.within(t.strict, cert)) {
        const culprit = ancestors(cert, t.sound).find((a) => t.strictness.has(a.fingerprint));
        if (!culprit)
            return undefined; // only its own strict finding stands in the way
        const code = t.strictness.get(culprit.fingerprint).code;
        return (0,rules/* certificateFinding */.nN)(cert, 'warning', 'issuer-not-strict', `chains to a root only through "${culprit.subject}", which strict verifiers refuse (${code}): they refuse this CA's clients too, and API Gateway does not document whether it verifies that strictly (set fail-on-warnings: true to refuse it); fix "${culprit.subject}"`);
    }
    return undefined;
}
//# sourceMappingURL=hierarchy.js.map
;// CONCATENATED MODULE: ./lib/pki/model.js
/**
 * The certificate model and the data that flows between pipeline stages.
 * Everything here is plain data: no I/O, no printing.
 */
function hasErrors(findings) {
    return findings.some((f) => f.severity === 'error');
}
//# sourceMappingURL=model.js.map
// EXTERNAL MODULE: ./lib/pki/parse.js + 1 modules
var parse = __nccwpck_require__(5223);
// EXTERNAL MODULE: ./lib/pki/der.js
var pki_der = __nccwpck_require__(599);
;// CONCATENATED MODULE: ./lib/pki/key-text.js
/**
 * Normalising one line of pasted text before it is judged (key-encodings.ts): quote and comment
 * prefixes, what code and markup put after a value, quotes, string escapes, string literals, and
 * hex dump lines read into bytes. Every function is one left-to-right pass over its line, without
 * backtracking regular expressions, so a hostile 10 MiB line costs one pass.
 */
const isSpace = (c) => c === 0x20 || c === 0x09;
/** `>`, `#`, `;`, `|`, `%`, `!`, `*`: characters that start quoted or commented lines, never base64. */
const PREFIX_CHARS = new Set([0x3e, 0x23, 0x3b, 0x7c, 0x25, 0x21, 0x2a]);
/** Drops quote and comment prefixes and leading whitespace (one pass, no backtracking). */
function stripLinePrefix(s) {
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        if (isSpace(c) || PREFIX_CHARS.has(c))
            i++;
        else if (c === 0x2f && s.charCodeAt(i + 1) === 0x2f) {
            // `//` only before a space: base64 lines may begin with `//`.
            let j = i;
            while (s.charCodeAt(j) === 0x2f)
                j++;
            if (j < s.length && !isSpace(s.charCodeAt(j)))
                break;
            i = j;
        }
        else if (c === 0x2d && s.charCodeAt(i + 1) === 0x2d && s.charCodeAt(i + 2) !== 0x2d)
            i += 2;
        else if (c === 0x2d && isSpace(s.charCodeAt(i + 1)))
            i++;
        else
            break;
    }
    return i === 0 ? s : s.slice(i);
}
/** Drops what code and markup put after a value: `\`, `,`, `;`, `|`, ` +`, `*\/`, whitespace. */
function stripTrailing(s) {
    let j = s.length;
    while (j > 0) {
        const c = s.charCodeAt(j - 1);
        if (isSpace(c) || c === 0x5c || c === 0x2c || c === 0x3b || c === 0x7c)
            j--;
        else if (c === 0x2b && j > 1 && isSpace(s.charCodeAt(j - 2)))
            j--;
        else if (c === 0x2f && s.charCodeAt(j - 2) === 0x2a)
            j -= 2;
        else
            break;
    }
    return j === s.length ? s : s.slice(0, j);
}
/** Drops the line ends a string value ends with (`"MIIE...\\n"`). */
function trimLineEnds(s) {
    let j = s.length;
    while (j > 0 && (s.charCodeAt(j - 1) === 0x0a || s.charCodeAt(j - 1) === 0x0d))
        j--;
    return j === s.length ? s : s.slice(0, j);
}
/** Drops quotes and backticks around a value. */
function stripQuotes(s) {
    let i = 0;
    let j = s.length;
    const quote = (c) => c === 0x22 || c === 0x27 || c === 0x60;
    while (i < j && quote(s.charCodeAt(i)))
        i++;
    while (j > i && quote(s.charCodeAt(j - 1)))
        j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
/** JSON and C-like string escapes (`\n`, `\"`, `\\`, `\/`, `\uXXXX`); `\xHH` is left for readHexDump. */
function unescapeString(s) {
    if (!s.includes('\\'))
        return s;
    return s.replace(/\\(?:u([0-9a-fA-F]{4})|([^x]))/g, (_, u, c) => u !== undefined ? String.fromCharCode(Number.parseInt(u, 16)) : (ESCAPES[c] ?? c));
}
/** The value of each hex digit, -1 for other characters below 128. */
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
    NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
    NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}
const isHexDigit = (c) => c < 128 && NIBBLE[c] >= 0;
/** What separates bytes in dumps and code: whitespace , : ; { } ( ) [ ] " ' + - */
const HEX_SEPARATOR = new Uint8Array(128);
for (const c of ' \t,:;{}()[]"\'+-')
    HEX_SEPARATOR[c.charCodeAt(0)] = 1;
/** Bytes decoded from the hex lines of a run, where each line's bytes start, and its lines. */
class HexRun {
    bytes = new Uint8Array(1024);
    size = 0;
    starts = [];
    lines = [];
    get length() {
        return this.starts.length;
    }
    /** Appends the hex digits t[from, to) (an even count) as bytes. */
    append(t, from, to) {
        const need = this.size + ((to - from) >> 1);
        if (need > this.bytes.length) {
            const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
            grown.set(this.bytes.subarray(0, this.size));
            this.bytes = grown;
        }
        for (let i = from; i < to; i += 2) {
            this.bytes[this.size++] = (NIBBLE[t.charCodeAt(i)] << 4) | NIBBLE[t.charCodeAt(i + 1)];
        }
    }
    /** Records that the bytes appended since `mark` came from `line`. */
    close(mark, line) {
        if (this.size === mark)
            return;
        this.starts.push(mark);
        this.lines.push(line);
    }
}
/** Where the bytes of a dump line begin: after an offset column (`00000010:`, `0000010 `), or 0. */
function hexOffsetEnd(line) {
    let j = line.startsWith('0x') ? 2 : 0;
    const first = j;
    while (j < line.length && isHexDigit(line.charCodeAt(j)))
        j++;
    const digits = j - first;
    const colon = line.charCodeAt(j) === 0x3a;
    if (colon)
        j++;
    if (!isSpace(line.charCodeAt(j)))
        return 0;
    if (!((digits >= 6 && digits <= 16) || (colon && digits >= 4)))
        return 0;
    while (isSpace(line.charCodeAt(j)))
        j++;
    return j;
}
/** Whether t[from..] begins with a group of 1 to 8 bytes of hex followed by a space or the end. */
function hexGroupAt(t, from) {
    let k = from;
    while (k < t.length && isHexDigit(t.charCodeAt(k)))
        k++;
    const n = k - from;
    return n >= 2 && n <= 16 && n % 2 === 0 && (k === t.length || isSpace(t.charCodeAt(k)));
}
/**
 * Appends the bytes of a hex dump line to `run` and returns true, or returns false (appending
 * nothing) when the line is not one: `xxd`, `hexdump -C` and `od -t x1` lines (offset and ASCII
 * columns dropped), `30:82:04:bd`, `0x30, 0x82,`, `\x30\x82`, `30 82 04 bd`. Groups of 1 to 8
 * bytes; one pass over the line.
 */
function readHexDump(line, run, lineNo) {
    const offset = hexOffsetEnd(line);
    const mark = run.size;
    let tokens = 0;
    let start = -1;
    let ok = true;
    let i = offset;
    for (; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c < 128 && NIBBLE[c] >= 0) {
            if (start >= 0)
                continue;
            if (c === 0x30 && (line.charCodeAt(i + 1) | 0x20) === 0x78)
                i++; // 0x
            else
                start = i;
            continue;
        }
        if (start >= 0) {
            if ((i - start) % 2 !== 0 || i - start > 16) {
                ok = false;
                break;
            }
            run.append(line, start, i);
            tokens++;
            start = -1;
        }
        if (c === 0x5c && (line.charCodeAt(i + 1) | 0x20) === 0x78)
            i++; // \x
        else if (c === 0x7c)
            break; // a table's or hexdump -C's ASCII column
        else if (offset > 0 && isSpace(c) && isSpace(line.charCodeAt(i + 1))) {
            // Two spaces in a dump: the ASCII column follows (xxd, od -t x1z, hexdump -C), or the
            // second half of a hexdump -C row.
            let j = i;
            while (isSpace(line.charCodeAt(j)))
                j++;
            if (!hexGroupAt(line, j))
                break;
            i = j - 1;
        }
        else if (c >= 128 || HEX_SEPARATOR[c] === 0) {
            ok = false;
            break;
        }
    }
    if (ok && start >= 0) {
        // The line ends inside a group.
        if ((i - start) % 2 === 0 && i - start <= 16) {
            run.append(line, start, i);
            tokens++;
        }
        else
            ok = false;
    }
    // A line that reaches here is not one bare token (that is base64 or hex already), so one group
    // with a separator (`c5:`, the last line of a colon dump) counts.
    if (ok && tokens > 0) {
        run.close(mark, lineNo);
        return true;
    }
    run.size = mark;
    return false;
}
/**
 * The end (index after the closing quote) of the string literal whose opening quote is at `open`,
 * or -1 when the line does not close it. Backslash escapes are skipped; no regex, no backtracking.
 */
function literalEnd(t, open) {
    const quote = t[open];
    for (let from = open + 1;;) {
        const at = t.indexOf(quote, from);
        if (at < 0)
            return -1;
        // Escaped when an odd number of backslashes precede it.
        let slash = at;
        while (slash > from && t.charCodeAt(slash - 1) === 0x5c)
            slash--;
        if ((at - slash) % 2 === 0)
            return at + 1;
        from = at + 1;
    }
}
//# sourceMappingURL=key-text.js.map
;// CONCATENATED MODULE: ./lib/pki/key-formats.js
/**
 * The text formats that are private keys by definition, followed line by line (key-encodings.ts
 * feeds them): a PEM armour labelled `PRIVATE KEY`, or one whose body carries `Proc-Type` /
 * `DEK-Info` encryption headers; PuTTY's `.ppk` (a `PuTTY-User-Key-File-N:` header, then
 * `Private-Lines:`); `openssl pkey -text` output (`Private-Key:`, then `priv:` or
 * `privateExponent:`); a JWK (a JSON object with `"kty": "RSA" | "EC" | "OKP"` and a base64url
 * `"d"`). Each line is read once; JSON objects are tracked to a bounded depth.
 */

/** What a found key is, in a message; never what it holds. */
const WHAT = {
    der: 'a private key',
    openssh: 'an OpenSSH private key',
    pvk: 'a private key (PVK format)',
    msblob: 'a private key (PRIVATEKEYBLOB format)',
    pem: 'a PEM private key block',
    quotedPem: 'a quoted or commented-out PEM private key block',
    encryptedPem: 'an encrypted PEM private key (Proc-Type/DEK-Info headers)',
    ppk: 'a PuTTY private key (.ppk)',
    jwk: 'a JWK private key (a JSON object with "d")',
    dump: 'an OpenSSL text dump of a private key',
};
/** JSON objects nested deeper than this are counted, not tracked. */
const MAX_JSON_DEPTH = 64;
const JWK_KTY = /^(?:RSA|EC|OKP)$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const PUTTY = /^PuTTY-User-Key-File-\d+:/;
const PUTTY_PRIVATE = /^Private-Lines:\s*\d+$/;
const TEXT_DUMP = /^(?:[A-Z0-9]+ )?Private-Key:(?: \(\d+ bit(?:, \d+ primes)?\))?$/;
const TEXT_DUMP_PRIVATE = /^(?:priv|privateExponent):$/;
const PEM_ENCRYPTION = /^(?:Proc-Type:\s*4,\s*ENCRYPTED|DEK-Info:)/i;
/** The formats' state over one text: an open armour, a pending `.ppk` or dump header, JSON objects. */
class KeyFormats {
    found;
    armour;
    putty;
    dump;
    json = [];
    jsonDepth = 0;
    jsonOverflow = 0;
    constructor(found) {
        this.found = found;
    }
    /** At the end of the text: an armour or a JWK left open is still a key. */
    finish(lastLine) {
        this.closeArmour(lastLine);
        for (const frame of this.json.slice(0, this.jsonDepth)) {
            if (frame.kty && frame.d)
                this.found(frame.line, lastLine, WHAT.jwk);
        }
        this.jsonDepth = 0;
    }
    /** Text formats that are private keys by definition, and encryption headers in an armour. */
    marker(t, line) {
        if (PUTTY.test(t))
            this.putty = line;
        else if (this.putty !== undefined && PUTTY_PRIVATE.test(t)) {
            this.found(this.putty, line, WHAT.ppk);
            this.putty = undefined;
        }
        else if (TEXT_DUMP.test(t))
            this.dump = line;
        else if (this.dump !== undefined && TEXT_DUMP_PRIVATE.test(t)) {
            this.found(this.dump, line, WHAT.dump);
            this.dump = undefined;
        }
        else if (this.armour && PEM_ENCRYPTION.test(t))
            this.armour.encrypted = true;
    }
    armourLine(begin, label, line, quoted) {
        this.closeArmour(line);
        if (begin) {
            this.armour = { line, private: label.includes('PRIVATE KEY'), encrypted: false, quoted };
        }
    }
    closeArmour(last) {
        const a = this.armour;
        this.armour = undefined;
        if (a?.private)
            this.found(a.line, last, a.quoted ? WHAT.quotedPem : WHAT.pem);
        else if (a?.encrypted)
            this.found(a.line, last, WHAT.encryptedPem);
    }
    /**
     * JSON objects: one with `"kty": "RSA"|"EC"|"OKP"` and a base64url `"d"` is a private JWK. A
     * tokenizer of braces and strings only, one left-to-right pass over the line.
     */
    jsonLine(t, line) {
        for (let i = 0; i < t.length; i++) {
            const c = t.charCodeAt(i);
            if (c === 0x7b) {
                if (this.jsonDepth === MAX_JSON_DEPTH)
                    this.jsonOverflow++;
                else {
                    // Frames are reused: hostile text opens millions of objects.
                    const frame = this.json[this.jsonDepth++];
                    if (!frame)
                        this.json.push({ line, key: undefined, kty: false, d: false });
                    else {
                        frame.line = line;
                        frame.key = undefined;
                        frame.kty = false;
                        frame.d = false;
                    }
                }
            }
            else if (c === 0x7d) {
                if (this.jsonOverflow > 0)
                    this.jsonOverflow--;
                else if (this.jsonDepth > 0) {
                    const frame = this.json[--this.jsonDepth];
                    if (frame.kty && frame.d)
                        this.found(frame.line, line, WHAT.jwk);
                }
            }
            else if (c === 0x22) {
                const end = literalEnd(t, i);
                if (end < 0)
                    return;
                const frame = this.jsonDepth > 0 ? this.json[this.jsonDepth - 1] : undefined;
                let next = end;
                while (isSpace(t.charCodeAt(next)))
                    next++;
                if (frame)
                    this.jsonString(frame, t, i + 1, end - 1, t.charCodeAt(next) === 0x3a);
                i = end - 1;
            }
        }
    }
    jsonString(frame, t, from, to, isKey) {
        if (isKey) {
            frame.key = to - from <= 3 ? t.slice(from, to) : undefined;
            return;
        }
        if (frame.key === 'kty' && to - from <= 3 && JWK_KTY.test(t.slice(from, to)))
            frame.kty = true;
        else if (frame.key === 'd' && to - from >= 16 && BASE64URL.test(t.slice(from, to)))
            frame.d = true;
        frame.key = undefined;
    }
}
//# sourceMappingURL=key-formats.js.map
;// CONCATENATED MODULE: ./lib/pki/key-content.js
/**
 * What private-key bytes look like, judged by content only: the DER outline of PKCS#8, encrypted
 * PKCS#8, PKCS#1, SEC 1, DSA and PKCS#12, OpenSSH's `openssh-key-v1` container, and Microsoft's
 * PVK and PRIVATEKEYBLOB. Every check reads a bounded number of bytes (a few headers, never the
 * key values), so it can be tried at every line start of hostile text. Nothing here returns key
 * bytes: callers learn where a key begins and what kind it is.
 */

/** The largest key DER we look for: a 16,384-bit RSA key in PKCS#1 is about 9.4 KB. */
const MAX_KEY_DER = 64 * 1024;
/** A private key has at most 10 top-level elements (multi-prime PKCS#1); more is something else. */
const MAX_ITEMS = 12;
/** The PBE and PKCS#7 object identifiers compared below are under 16 bytes. */
const MAX_OID_BYTES = 32;
/**
 * The DER element at `offset`, ending at or before `limit`, or undefined: der.ts's readElement
 * rules (one-byte tags, definite and minimally encoded lengths) without throwing, since this runs
 * at every line start of hostile text and an exception costs more than the whole check.
 */
function derElement(buf, offset, limit) {
    if (offset + 2 > limit)
        return undefined;
    const tag = buf[offset];
    if ((tag & 0x1f) === 0x1f)
        return undefined;
    let length = buf[offset + 1];
    let p = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4 || p + count > limit)
            return undefined;
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + buf[p++];
        if (length < 0x80 || (count > 1 && buf[offset + 2] === 0))
            return undefined;
    }
    if (p + length > limit)
        return undefined;
    return { tag, start: offset, contentStart: p, end: p + length };
}
/** The top-level elements of a DER SEQUENCE filling `bytes`, or undefined (also past MAX_ITEMS). */
function topLevel(bytes) {
    const top = derElement(bytes, 0, bytes.length);
    if (top?.tag !== pki_der/* TAG */.Dk.SEQUENCE || top.end !== bytes.length)
        return undefined;
    const items = [];
    for (let p = top.contentStart; p < top.end;) {
        const item = items.length < MAX_ITEMS ? derElement(bytes, p, top.end) : undefined;
        if (!item)
            return undefined;
        items.push(item);
        p = item.end;
    }
    return items;
}
/** The object identifier that opens a constructed element (an AlgorithmIdentifier), if short. */
function firstOid(bytes, parent) {
    const oid = derElement(bytes, parent.contentStart, parent.end);
    if (oid?.tag !== pki_der/* TAG */.Dk.OID || oid.end - oid.contentStart > MAX_OID_BYTES)
        return undefined;
    return (0,pki_der/* readOid */.fM)(bytes, oid);
}
/** PKCS#5 (PBES1/PBES2) and PKCS#12 PBE algorithms: what encrypted PKCS#8 keys are wrapped with. */
const PASSWORD_ENCRYPTION = /^1\.2\.840\.113549\.1\.(5|12)\./;
/** PKCS#7 data and encryptedData: the content types a PKCS#12 PFX's authSafe carries. */
const PFX_CONTENT = /^1\.2\.840\.113549\.1\.7\.[16]$/;
/**
 * A DER structure shaped like a private key, by its outline only: PKCS#8 / OneAsymmetricKey
 * (version, algorithm, OCTET STRING), encrypted PKCS#8 (password-based algorithm, OCTET STRING),
 * SEC 1 EC (version 1, OCTET STRING), PKCS#1 RSA (version 0 and eight INTEGERs), OpenSSL's
 * traditional DSA (version 0 and five INTEGERs), or a PKCS#12 PFX (version 3, PKCS#7 data).
 */
function looksLikePrivateKeyDer(bytes) {
    const items = topLevel(bytes);
    if (!items)
        return false;
    const [first, second, third] = items;
    try {
        if (first?.tag === pki_der/* TAG */.Dk.SEQUENCE && second?.tag === pki_der/* TAG */.Dk.OCTET_STRING && items.length === 2) {
            const oid = firstOid(bytes, first);
            return oid !== undefined && PASSWORD_ENCRYPTION.test(oid);
        }
        if (first?.tag !== pki_der/* TAG */.Dk.INTEGER)
            return false;
        const version = (0,pki_der/* contentOf */.$E)(bytes, first);
        const v = version.length === 1 ? version[0] : -1;
        if ((v === 0 || v === 1) && second?.tag === pki_der/* TAG */.Dk.SEQUENCE && third?.tag === pki_der/* TAG */.Dk.OCTET_STRING)
            return true;
        if (v === 1 && second?.tag === pki_der/* TAG */.Dk.OCTET_STRING)
            return true;
        if (v === 3 && second?.tag === pki_der/* TAG */.Dk.SEQUENCE) {
            const oid = firstOid(bytes, second);
            return oid !== undefined && PFX_CONTENT.test(oid);
        }
        const integers = items.slice(1).filter((i) => i.tag === pki_der/* TAG */.Dk.INTEGER).length;
        if (v !== 0 || integers !== items.length - 1)
            return false;
        return integers >= 8 || integers === 5;
    }
    catch {
        return false;
    }
}
/**
 * Microsoft's private key files that `openssl rsa -outform PVK|MSBLOB` writes: the PVK magic
 * 0xb0b5f11e, or a PRIVATEKEYBLOB header (type 7, version 2) with an `RSA2` / `DSS2` magic.
 */
function binaryKeyFormat(bytes) {
    const u32 = (at) => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
    if (bytes.length >= 24 && u32(0) === 0xb0b5f11e)
        return 'PVK';
    if (bytes.length >= 16 && bytes[0] === 0x07 && bytes[1] === 0x02 && bytes[2] === 0 && bytes[3] === 0) {
        const magic = String.fromCharCode(bytes[8], bytes[9], bytes[10], bytes[11]);
        if (magic === 'RSA2' || magic === 'DSS2')
            return 'PRIVATEKEYBLOB';
    }
    return undefined;
}
/** OpenSSH's private key container (PROTOCOL.key): `openssh-key-v1` and a NUL. */
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
/**
 * The private key that begins at byte `at` of `bytes`, if any, and where it ends (for DER, its
 * last byte; for the other formats, the end of the magic that names them). O(1) work: a header,
 * a magic, or a DER outline of at most MAX_ITEMS elements.
 */
function keyAt(bytes, at) {
    switch (bytes[at]) {
        case 0x30: {
            const end = derElement(bytes, at, bytes.length)?.end ?? at;
            if (end - at < 16 || end - at > MAX_KEY_DER)
                return undefined;
            return looksLikePrivateKeyDer(bytes.subarray(at, end)) ? { kind: 'der', end } : undefined;
        }
        case 0x6f: {
            if (bytes.length - at < OPENSSH_MAGIC.length)
                return undefined;
            for (let i = 0; i < OPENSSH_MAGIC.length; i++)
                if (bytes[at + i] !== OPENSSH_MAGIC[i])
                    return undefined;
            return { kind: 'openssh', end: at + OPENSSH_MAGIC.length };
        }
        case 0x1e:
        case 0x07: {
            const format = binaryKeyFormat(bytes.subarray(at, at + 24));
            if (format === 'PVK')
                return { kind: 'pvk', end: at + 24 };
            if (format === 'PRIVATEKEYBLOB')
                return { kind: 'msblob', end: at + 16 };
            return undefined;
        }
        default:
            return undefined;
    }
}
//# sourceMappingURL=key-content.js.map
;// CONCATENATED MODULE: ./lib/pki/key-runs.js
/**
 * Runs of base64 or hex lines, decoded once and judged at every line start (key-encodings.ts
 * gathers them). A key is found where it begins: key DER, OpenSSH, PVK or PRIVATEKEYBLOB bytes at
 * a line start (key-content.ts, O(1) each), or decoded bytes that read as text (a PEM, a `.ppk` or
 * a JWK in base64 or hex, base64 of base64), which go back to the text scan. Decoding is charged
 * to the file's budget in characters.
 */

/** The base64 pieces of a run (tokens, one or more per line) and the lines they stand for. */
class Base64Run {
    texts = [];
    lines = [];
    add(text, line) {
        this.texts.push(text);
        this.lines.push(line);
    }
    get length() {
        return this.texts.length;
    }
}
/** Whether the bytes at `at` read as text (a PEM, a `.ppk`, JSON, base64): 16+ printable ASCII. */
function textAt(bytes, at) {
    const end = Math.min(bytes.length, at + 64);
    if (end - at < 16)
        return false;
    for (let i = at; i < end; i++) {
        const b = bytes[i];
        if (b < 0x20 ? b !== 0x09 && b !== 0x0a && b !== 0x0d : b > 0x7e)
            return false;
    }
    return true;
}
/** Index of the last entry of the ascending `starts` that is <= `at`. */
function indexAt(starts, at) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Decoded bytes from `from` on, as lines of text; each stands for the piece it starts in. */
function* decodedLines(run, from) {
    const text = run.bytes.toString('latin1', from);
    for (let pos = 0; pos <= text.length;) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.length;
        yield { text: text.slice(pos, nl), line: run.lines[indexAt(run.byteStarts, from + pos)] };
        pos = nl + 1;
    }
}
/**
 * Judges decoded bytes at each piece start that falls on a byte boundary: one key check each;
 * the first piece that reads as text is handed back as text, from there to the end of the run.
 */
function judge(run, via, sink) {
    const { bytes, byteStarts, aligned, lines } = run;
    let skipUntil = 0;
    let text = -1;
    for (let i = 0; i < byteStarts.length; i++) {
        const at = byteStarts[i];
        if (at < skipUntil || at >= bytes.length || (aligned && !aligned[i]))
            continue;
        const key = keyAt(bytes, at);
        if (key) {
            sink.key(lines[i], lines[indexAt(byteStarts, key.end - 1)], key.kind, via);
            skipUntil = key.end;
        }
        else if (text < 0 && sink.wantsText && textAt(bytes, at))
            text = at;
    }
    if (text >= 0)
        sink.text(decodedLines(run, text), via);
}
/** Judges a base64 run: split after `=` padding (Node's decoder stops there), each part decoded once. */
function judgeBase64Run(run, budget, sink) {
    let from = 0;
    for (let i = 0; i < run.length; i++) {
        if (i === run.length - 1 || run.texts[i].endsWith('=')) {
            base64Object(run, from, i + 1, budget, sink);
            from = i + 1;
        }
    }
}
/** Decodes pieces [from, to) of a run once and judges every piece start. */
function base64Object(run, from, to, budget, sink) {
    if (budget.chars <= 0)
        return;
    const whole = from === 0 && to === run.length;
    const texts = whole ? run.texts : run.texts.slice(from, to);
    const lines = whole ? run.lines : run.lines.slice(from, to);
    const joined = texts.join('');
    budget.chars -= joined.length;
    const charStarts = new Int32Array(texts.length);
    const byteStarts = new Int32Array(texts.length);
    const aligned = new Uint8Array(texts.length);
    let unaligned = 0;
    for (let i = 0, off = 0; i < texts.length; off += texts[i].length, i++) {
        charStarts[i] = off;
        byteStarts[i] = (off >> 2) * 3;
        aligned[i] = off % 4 === 0 ? 1 : 0;
        if (!aligned[i])
            unaligned++;
    }
    judge({ bytes: Buffer.from(joined, 'base64'), byteStarts, aligned, lines }, 'base64', sink);
    // A piece that does not start on a 4-character boundary of the run (lines of 70 columns, as
    // OpenSSH writes them, or a key after such lines) is decoded from its own start.
    for (let i = 0; unaligned > 0 && i < texts.length; i++) {
        if (!aligned[i])
            unalignedPiece(joined, charStarts, lines, i, budget, sink);
    }
}
function unalignedPiece(joined, charStarts, lines, i, budget, sink) {
    const off = charStarts[i];
    const c = joined[off];
    // The first base64 character of 0x30 (DER), "o" (openssh-key-v1), 0x1e (PVK), 0x07 (MSBLOB).
    if ((c !== 'M' && c !== 'b' && c !== 'H' && c !== 'B') || budget.chars <= 0)
        return;
    budget.chars -= 32;
    let bytes = Buffer.from(joined.slice(off, off + 32), 'base64');
    let chars = 32;
    if (bytes[0] === 0x30) {
        const total = derElement(bytes, 0, bytes.length + MAX_KEY_DER)?.end ?? 0;
        if (total < 16 || total > MAX_KEY_DER)
            return;
        chars = Math.ceil(total / 3) * 4;
        budget.chars -= chars;
        bytes = Buffer.from(joined.slice(off, off + chars), 'base64');
    }
    const key = keyAt(bytes, 0);
    if (key)
        sink.key(lines[i], lines[indexAt(charStarts, off + chars - 1)], key.kind, 'base64');
}
/** Judges the bytes of a hex run (already decoded while its lines were read). */
function judgeHexRun(run, budget, sink) {
    if (run.length === 0 || budget.chars <= 0)
        return;
    budget.chars -= run.size * 2;
    const bytes = Buffer.from(run.bytes.buffer, 0, run.size);
    judge({ bytes, byteStarts: Int32Array.from(run.starts), aligned: undefined, lines: run.lines }, 'hex', sink);
}
//# sourceMappingURL=key-runs.js.map
;// CONCATENATED MODULE: ./lib/pki/key-encodings.js



/** Texts inside texts (decoded runs, escaped strings): at most this deep. */
const MAX_DEPTH = 4;
/** Base64 or hex decodings on the way to a key: base64 of a PEM is two. */
const MAX_DECODES = 2;
/** Values inside values on one line (a quoted string in a `key: value`, a one-line PEM). */
const MAX_LEVEL = 3;
const WHOLE_BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HEX_ONE_CASE = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
const ARMOUR = /^-{4,5} ?(BEGIN|END) ([A-Z0-9 #]+)-{4,5}$/;
const INLINE_ARMOUR = /(-{4,5} ?(?:BEGIN|END) [A-Z0-9 #]+-{4,5})/;
const KEY_VALUE = /^(?:export\s+)?["']?[\w.\-/@][\w.\-/@ ]{0,63}["']?\s{0,8}[:=]\s*(\S.*)$/;
const JSON_CHARS = /["{}]/;
/** One text being scanned: feed it lines with `line`, then call `finish`; `hits` holds the keys. */
class KeyScan {
    budget;
    depth;
    decodes;
    hits = [];
    b64 = new Base64Run();
    hex = new HexRun();
    formats = new KeyFormats((line, last, what) => this.hit(line, last, what));
    lastLine = 0;
    quoted = false;
    produced = { b64: false, hex: false };
    /** Where decoded runs report: keys become hits, decoded text is scanned again (MAX_DECODES). */
    sink;
    constructor(budget, depth = 0, decodes = 0) {
        this.budget = budget;
        this.depth = depth;
        this.decodes = decodes;
        this.sink = {
            wantsText: decodes < MAX_DECODES && depth < MAX_DEPTH,
            key: (line, last, kind, via) => this.hit(line, last, WHAT[kind], [via]),
            text: (lines, via) => this.nested(lines, via, decodes + 1),
        };
    }
    /** One line of the text, standing for line `line` of the file. */
    line(raw, line) {
        const trimmed = raw.trim();
        const t = stripLinePrefix(trimmed);
        if (t === '')
            return; // blank lines do not end a run
        this.lastLine = line;
        this.quoted = t.length !== trimmed.length;
        this.produced.b64 = false;
        this.produced.hex = false;
        if (JSON_CHARS.test(t))
            this.formats.jsonLine(t, line);
        this.classify(t, line, 0);
        if (!this.produced.b64)
            this.flushBase64();
        if (!this.produced.hex)
            this.flushHex();
    }
    finish() {
        this.flushBase64();
        this.flushHex();
        this.formats.finish(this.lastLine);
    }
    hit(line, last, what, via = []) {
        this.hits.push({ line, last: Math.max(line, last), what, via });
    }
    /** What one line (or one value in it, at `level` > 0) holds. */
    classify(value, line, level) {
        const t = stripTrailing(value);
        if (t === '')
            return;
        const bare = stripQuotes(t);
        if (WHOLE_BASE64.test(bare)) {
            this.token(bare, line);
            return;
        }
        const first = t.charCodeAt(0);
        const armour = first === 0x2d ? ARMOUR.exec(t) : null;
        if (armour) {
            this.formats.armourLine(armour[1] === 'BEGIN', armour[2].trim(), line, this.quoted);
            return;
        }
        if (readHexDump(t, this.hex, line)) {
            this.produced.hex = true;
            return;
        }
        if (level === 0 && t.length < 64 && first >= 0x41)
            this.formats.marker(t, line);
        if (level >= MAX_LEVEL)
            return;
        if (t.length >= 18 && this.literals(t, line, level))
            return;
        if (t.includes('----') && INLINE_ARMOUR.test(t)) {
            for (const segment of t.split(INLINE_ARMOUR)) {
                const s = segment.trim();
                const tokens = s.split(/\s+/);
                if (tokens.length > 1 && !ARMOUR.test(s) && tokens.every((token) => WHOLE_BASE64.test(token))) {
                    for (const token of tokens)
                        this.token(token, line);
                }
                else
                    this.classify(s, line, level + 1);
            }
            return;
        }
        const kv = t.includes(':') || t.includes('=') ? KEY_VALUE.exec(t) : null;
        if (kv)
            this.classify(kv[1], line, level + 1);
    }
    /** A base64 token joins the base64 run; a long one-case hex token is hex, a short one both. */
    token(token, line) {
        // `0xf2`, the last byte of a C array, is hex.
        if (token.length <= 18 &&
            (token.startsWith('0x') || token.startsWith('0X')) &&
            readHexDump(token, this.hex, line)) {
            this.produced.hex = true;
            return;
        }
        const hex = token.length % 2 === 0 && HEX_ONE_CASE.test(token);
        if (hex) {
            const mark = this.hex.size;
            this.hex.append(token, 0, token.length);
            this.hex.close(mark, line);
            this.produced.hex = true;
        }
        if (!hex || token.length < 16) {
            this.b64.add(token, line);
            this.produced.b64 = true;
        }
    }
    /**
     * Quoted strings of 16+ characters: each is a value; returns whether there was one. The next `"`
     * and `'` are found with indexOf from where the last string ended, and a quote the line never
     * closes (an apostrophe in prose) stops the search for that quote only: each character is
     * searched at most twice per quote character.
     */
    literals(t, line, level) {
        let found = false;
        let double = t.indexOf('"');
        let single = t.indexOf("'");
        while (double >= 0 || single >= 0) {
            const open = double < 0 ? single : single < 0 ? double : Math.min(double, single);
            const end = literalEnd(t, open);
            if (end < 0) {
                if (open === double)
                    double = -1;
                else
                    single = -1;
                continue;
            }
            if (double >= 0 && double < end)
                double = t.indexOf('"', end);
            if (single >= 0 && single < end)
                single = t.indexOf("'", end);
            const body = t.slice(open + 1, end - 1);
            if (body.length < 16)
                continue;
            found = true;
            const text = trimLineEnds(unescapeString(body));
            if (text.includes('\n') || text.includes('{')) {
                this.nested(text.split('\n').map((l) => ({ text: l, line })), 'string', this.decodes);
            }
            else
                this.classify(text.trim(), line, level + 1);
        }
        return found;
    }
    /** A text inside this one (an escaped string, decoded bytes): scanned on its own, hits adopted. */
    nested(lines, via, decodes) {
        if (this.depth >= MAX_DEPTH)
            return;
        const child = new KeyScan(this.budget, this.depth + 1, decodes);
        for (const l of lines)
            child.line(l.text, l.line);
        child.finish();
        for (const h of child.hits)
            this.hits.push({ ...h, via: [via, ...h.via] });
    }
    flushBase64() {
        if (this.b64.length === 0)
            return;
        const run = this.b64;
        this.b64 = new Base64Run();
        judgeBase64Run(run, this.budget, this.sink);
    }
    flushHex() {
        const run = this.hex;
        if (run.length === 0) {
            run.size = 0; // a line that was not a dump after all may have left bytes
            return;
        }
        this.hex = new HexRun();
        judgeHexRun(run, this.budget, this.sink);
    }
}
/** The keys in `lines`, one per key: hits that overlap (the same key seen two ways) are merged. */
function findKeyHits(lines, budget) {
    const scan = new KeyScan(budget);
    for (const l of lines)
        scan.line(l.text, l.line);
    scan.finish();
    const sorted = scan.hits.sort((a, b) => a.line - b.line || a.via.length - b.via.length);
    const merged = [];
    for (const h of sorted) {
        const prev = merged.at(-1);
        if (prev && h.line <= prev.last)
            prev.last = Math.max(prev.last, h.last);
        else
            merged.push({ ...h });
    }
    return merged;
}
const VIA = {
    base64: 'base64 that decodes to',
    hex: 'a hex dump that decodes to',
    string: 'a quoted string holding',
};
/** What a hit is, for a message: `base64 outside any PEM block that decodes to a private key`. */
function describeKeyHit(hit) {
    const parts = hit.via.map((v) => VIA[v]);
    if (hit.via[0] === 'base64')
        parts[0] = 'base64 outside any PEM block that decodes to';
    else if (hit.via[0] === 'hex')
        parts[0] = 'a hex dump outside any PEM block that decodes to';
    return [...parts, hit.what].join(' ');
}
//# sourceMappingURL=key-encodings.js.map
;// CONCATENATED MODULE: ./lib/pki/private-keys.js
/**
 * Private keys in any disguise. A key committed next to CA files is compromised whatever its
 * armour or encoding: a PKCS#8 key relabelled `BEGIN CERTIFICATE`, base64 pasted between two
 * certificate blocks, a PKCS#12 bundle or a Microsoft key blob, a PuTTY `.ppk`, a JWK, a PEM
 * inside a JSON string or quoted in an e-mail, base64 of a PEM in a Kubernetes secret, a hex dump.
 * Keys are recognised by content: key-content.ts knows what key bytes look like, key-encodings.ts
 * finds them in the text encodings people paste. Nothing here returns key bytes: callers get a
 * line number and a description to report.
 */


/** How many characters the searches may decode in one file, so hostile text stays cheap. */
const KEY_SEARCH_BUDGET = 16 * 1024 * 1024;
/**
 * The line where a private key begins in a run of base64 lines (consecutive, as pasted inside a
 * block), if any: key DER at any line start, or any other key format key-encodings.ts reads in
 * base64 (OpenSSH, PVK, PRIVATEKEYBLOB, base64 of a PEM key). `budget.chars` bounds the decoding
 * over a whole file.
 */
function findKeyInBase64(run, budget) {
    if (run.length === 0)
        return undefined;
    return findKeyHits(run, budget)[0]?.line;
}
/**
 * Every private key in text outside the PEM blocks, one per key, with the line it begins on and
 * what it is (`a PuTTY private key (.ppk)`, `base64 outside any PEM block that decodes to a
 * private key`), never what it holds.
 */
function findKeysInText(lines, budget) {
    if (lines.length === 0)
        return [];
    return findKeyHits(lines, budget).map((hit) => ({ line: hit.line, how: describeKeyHit(hit) }));
}
//# sourceMappingURL=private-keys.js.map
;// CONCATENATED MODULE: ./lib/pki/pem-block.js


function fileFinding(file, line, code, message) {
    return { severity: 'error', code, message, file, line };
}
/** A private key found at `line`; `how` says where and in what form, never what it holds. */
function keyFinding(file, line, how) {
    return fileFinding(file, line, 'private-key', `${file}:${line}: ${how} is in a CA file: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`);
}
/** Whether the base64 is exactly one DER element (so nothing else can hide behind it). */
function isOneElement(der) {
    try {
        return der.length > 0 && (0,pki_der/* readElement */.RN)(der, 0, der.length).end === der.length;
    }
    catch {
        return false;
    }
}
/** Splits base64 lines at gaps (a bad line, a header) into runs of consecutive lines. */
function runsOf(lines) {
    const runs = [];
    let run = [];
    for (const l of lines) {
        if (run.length > 0 && l.line !== run.at(-1).line + 1) {
            runs.push(run);
            run = [];
        }
        run.push(l);
    }
    if (run.length > 0)
        runs.push(run);
    return runs;
}
/** The line where key DER begins in base64 lines (searched run by run), if any. */
function keyInBase64Lines(lines, budget) {
    for (const run of runsOf(lines)) {
        const at = findKeyInBase64(run, budget);
        if (at !== undefined)
            return at;
    }
    return undefined;
}
/**
 * Judges a block when its END line is read (`endLabel`, on `endLine`), or when the next BEGIN
 * line (`endLabel` undefined, `endLine` that BEGIN's line) or the end of the file (`endLine` 0)
 * comes first.
 */
function closeBlock(file, block, endLabel, endLine, budget) {
    if (endLabel !== block.label)
        return unclosedBlockFinding(file, block, endLabel, endLine, budget);
    if (block.label.includes('PRIVATE KEY'))
        return refuseLabel(file, block.label, block.line);
    // Padding ends the data: Node's decoder stops at a '=', so lines after one would be ignored.
    block.bad ??= block.body.slice(0, -1).find((l) => l.text.includes('='))?.line;
    const b64 = block.body.map((l) => l.text).join('');
    const whole = block.bad === undefined && b64.length % 4 === 0 ? new Uint8Array(Buffer.from(b64, 'base64')) : undefined;
    const problem = hiddenKeyFinding(file, block, whole, budget) ?? certificateBlockProblem(file, block);
    if (problem)
        return problem;
    if (!whole || whole.length === 0) {
        return fileFinding(file, block.line, 'bad-base64', `${file}:${block.line}: the certificate block is ${b64.length === 0 ? 'empty' : 'truncated (its base64 length is not a multiple of 4)'}: re-export the certificate`);
    }
    return { der: whole, line: block.line };
}
/** A block with no END line, or closed by the END line of another label. */
function unclosedBlockFinding(file, block, endLabel, endLine, budget) {
    const key = keyInBase64Lines(block.body, budget);
    const labels = [block.label, endLabel ?? ''];
    if (key !== undefined || labels.some((l) => l.includes('PRIVATE KEY'))) {
        return keyFinding(file, block.line, `a private key ("BEGIN ${block.label}" block)`);
    }
    const problem = endLabel === undefined ? refuseLabel(file, block.label, block.line) : undefined;
    return (problem ??
        fileFinding(file, block.line, 'malformed-pem', endLabel === undefined
            ? `${file}:${block.line}: the "BEGIN ${block.label}" block has no END line${endLine > 0 ? ` before the next BEGIN on line ${endLine}: restore the END line` : ': the file is truncated; re-export the certificate'}`
            : `${file}:${block.line}: "BEGIN ${block.label}" is closed by "END ${endLabel}" on line ${endLine}: fix the END line or re-export the certificate`));
}
/**
 * A private key inside a properly closed block, whatever its label: encrypted, as the block's
 * whole content (`whole`, the decoded base64 when it decodes), or in base64 lines mixed into it.
 */
function hiddenKeyFinding(file, block, whole, budget) {
    // OpenSSL's encrypted traditional keys carry these headers over ciphertext, which is no DER.
    const encrypted = block.headers.some((h) => /^(proc-type|dek-info)$/i.test(h));
    if (encrypted && !(whole && isOneElement(whole))) {
        return keyFinding(file, block.line, `an encrypted private key (a "BEGIN ${block.label}" block with Proc-Type/DEK-Info headers over data that is not DER)`);
    }
    if (whole && looksLikePrivateKeyDer(whole)) {
        return keyFinding(file, block.line, `a private key (its content is key DER, though the block says "BEGIN ${block.label}")`);
    }
    // Key lines appended to (or mixed into) a block: only when the block is not one clean element.
    if (!whole || !isOneElement(whole)) {
        const at = keyInBase64Lines(block.body, budget);
        if (at !== undefined) {
            return keyFinding(file, at, `base64 inside the "BEGIN ${block.label}" block that begins on line ${block.line} decodes to a private key, which`);
        }
    }
    return undefined;
}
/** Why a closed block holding no key is still not a certificate block: its label, headers or base64. */
function certificateBlockProblem(file, block) {
    const problem = refuseLabel(file, block.label, block.line);
    if (problem)
        return problem;
    if (block.headers.length > 0) {
        return fileFinding(file, block.line, 'malformed-pem', `${file}:${block.line}: the certificate block has RFC 1421 headers ("Name: value" lines): remove them, a CERTIFICATE block holds base64 only`);
    }
    if (block.bad !== undefined) {
        return fileFinding(file, block.bad, 'bad-base64', `${file}:${block.bad}: broken base64 inside the certificate block that begins on line ${block.line}: re-export the certificate (e.g. openssl x509 -in old.pem -out new.pem)`);
    }
    return undefined;
}
/** Refuses every PEM label that is not a certificate. The block's contents are never echoed. */
function refuseLabel(file, label, line) {
    if (label === 'CERTIFICATE' || label === 'X509 CERTIFICATE')
        return undefined;
    if (label.includes('PRIVATE KEY')) {
        return fileFinding(file, line, 'private-key', `${file}:${line}: a private key (${label} block) is in a CA file: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`);
    }
    if (label === 'TRUSTED CERTIFICATE') {
        return fileFinding(file, line, 'non-certificate-block', `${file}:${line}: an OpenSSL "TRUSTED CERTIFICATE" block carries trust settings API Gateway does not read: convert it with "openssl x509 -in ${file} -out ${file}"`);
    }
    return fileFinding(file, line, 'non-certificate-block', `${file}:${line}: a "${label}" block is not a certificate: remove it; the truststore holds CA certificates only`);
}
//# sourceMappingURL=pem-block.js.map
;// CONCATENATED MODULE: ./lib/pki/pem.js



const BEGIN = /^-----BEGIN ([A-Z0-9 #]+)-----\s*$/;
const END = /^-----END ([A-Z0-9 #]+)-----\s*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
function looksLikeText(bytes) {
    const n = Math.min(bytes.length, 512);
    for (let i = 0; i < n; i++) {
        const b = bytes[i];
        if (b < 0x09)
            return false; // NUL and other control bytes text never has
    }
    return true;
}
/** Splits a file into DER certificate blocks; every problem becomes a finding naming file and line. */
/** A whole file that is a private key: one finding, and nothing of it is read as a certificate. */
function refusedAsKey(file, what) {
    return {
        blocks: [],
        findings: [
            fileFinding(file, 1, 'private-key', `${file} is ${what}, not a certificate: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`),
        ],
    };
}
function scanSource(source) {
    const { path: file, bytes } = source;
    if (bytes.length === 0 || (looksLikeText(bytes) && new TextDecoder().decode(bytes).trim() === '')) {
        return {
            blocks: [],
            findings: [
                fileFinding(file, 1, 'empty-file', `${file} is empty: add the CA certificate or exclude the file with a "!" pattern`),
            ],
        };
    }
    const blob = looksLikeText(bytes) ? undefined : binaryKeyFormat(bytes);
    if (blob)
        return refusedAsKey(file, `a private key (${blob} format)`);
    // Binary DER: an ASN.1 SEQUENCE tag (0x30) and not text that happens to start with "0".
    if (bytes[0] === 0x30 && !looksLikeText(bytes)) {
        if (looksLikePrivateKeyDer(bytes)) {
            return refusedAsKey(file, 'a DER private key (or a PKCS#12 bundle holding one)');
        }
        return { blocks: [{ der: bytes, line: 1 }], findings: [] };
    }
    return scanPem(file, new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}
function scanPem(file, text) {
    const scan = { file, blocks: [], findings: [], budget: { chars: KEY_SEARCH_BUDGET }, loose: [] };
    const lines = text.split('\n');
    let open;
    for (let i = 0; i < lines.length; i++) {
        const trimmed = (lines[i] ?? '').replace(/\r$/, '').trim();
        open = open ? readBlockLine(scan, open, trimmed, i + 1) : readLooseLine(scan, trimmed, i + 1);
    }
    if (open)
        closeInto(scan, open, undefined, 0);
    flushLoose(scan);
    if (scan.blocks.length === 0 && scan.findings.length === 0) {
        scan.findings.push(fileFinding(file, 1, 'no-certificate', `${file} has no "-----BEGIN CERTIFICATE-----" block and is not DER: point ca-files at PEM or DER certificate files, or exclude this file with a "!" pattern`));
    }
    scan.findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { blocks: scan.blocks, findings: scan.findings };
}
/** A line outside any block: a BEGIN line opens a block (returned), base64 is kept as loose. */
function readLooseLine(scan, trimmed, lineNo) {
    const begin = BEGIN.exec(trimmed);
    if (begin) {
        flushLoose(scan);
        return { label: begin[1], line: lineNo, body: [], headers: [] };
    }
    if (trimmed !== '')
        scan.loose.push({ text: trimmed, line: lineNo });
    return undefined;
}
/**
 * A line inside `open`: returns the block still open after it (none after its END line, a new one
 * when a BEGIN line comes before the END).
 */
function readBlockLine(scan, open, trimmed, lineNo) {
    const end = END.exec(trimmed);
    if (end) {
        closeInto(scan, open, end[1], lineNo);
        return undefined;
    }
    const begin = BEGIN.exec(trimmed);
    if (begin) {
        closeInto(scan, open, undefined, lineNo);
        return { label: begin[1], line: lineNo, body: [], headers: [] };
    }
    if (trimmed === '')
        return open;
    const header = /^([A-Za-z-]+):/.exec(trimmed);
    if (header)
        open.headers.push(header[1]);
    else if (BASE64_LINE.test(trimmed))
        open.body.push({ text: trimmed, line: lineNo });
    else
        open.bad ??= lineNo;
    return open;
}
/** Closes `block` (see closeBlock) and keeps what it yields: a certificate or a finding. */
function closeInto(scan, block, endLabel, endLine) {
    const closed = closeBlock(scan.file, block, endLabel, endLine, scan.budget);
    if ('der' in closed)
        scan.blocks.push(closed);
    else
        scan.findings.push(closed);
}
/** Searches the text gathered since the last block for keys (one finding each), then starts afresh. */
function flushLoose(scan) {
    for (const key of findKeysInText(scan.loose, scan.budget)) {
        scan.findings.push(keyFinding(scan.file, key.line, key.how));
    }
    scan.loose = [];
}
//# sourceMappingURL=pem.js.map
// EXTERNAL MODULE: ./lib/pki/truststore.js
var truststore = __nccwpck_require__(6873);
;// CONCATENATED MODULE: ./lib/pki/analyze.js
/**
 * The engine's pipeline over files: scan → parse → dedupe → rules → hierarchy → truststore.
 * Pure: bytes in, data out. The same code validates the new bundle and reads the live one.
 */






function defaultPolicy(now = new Date()) {
    return { now, expiryWarningDays: 30, maxCaDepth: 4 };
}
/** Every certificate in one file, or a finding per block that is not one. */
function parseSource(source) {
    const { blocks, findings } = scanSource(source);
    const certificates = [];
    for (const block of blocks) {
        try {
            certificates.push((0,parse/* parseCertificateDer */.si)(block.der, { file: source.path, line: block.line }));
        }
        catch (error) {
            if (!(error instanceof parse/* CertificateParseError */.zU))
                throw error;
            findings.push({
                severity: 'error',
                code: 'undecodable-certificate',
                message: `${source.path}:${block.line}: the certificate cannot be decoded: ${error.message}; re-export it from the CA (openssl x509 -in cert -out cert.pem)`,
                file: source.path,
                line: block.line,
            });
        }
    }
    return { certificates, findings };
}
/** Keeps one certificate per SHA-256 of the DER and warns about the others. */
function dedupe(certificates) {
    const seen = new Map();
    const findings = [];
    for (const cert of certificates) {
        const first = seen.get(cert.fingerprint);
        if (!first) {
            seen.set(cert.fingerprint, cert);
            continue;
        }
        first.duplicates.push(cert.source);
        findings.push({
            severity: 'warning',
            code: 'duplicate',
            message: `${cert.source.file}:${cert.source.line}: "${cert.subject}" is a duplicate of ${first.source.file}:${first.source.line} (same SHA-256): it is kept once; delete the copy`,
            file: cert.source.file,
            line: cert.source.line,
            subject: cert.subject,
            fingerprint: cert.fingerprint,
        });
    }
    return { unique: [...seen.values()], findings };
}
/** `earlier` findings (e.g. from collecting the files) are kept first and count towards refusal. */
function analyze(sources, policy, earlier = []) {
    const findings = [...earlier];
    const all = [];
    for (const source of sources) {
        const parsed = parseSource(source);
        all.push(...parsed.certificates);
        findings.push(...parsed.findings);
    }
    return analyzeCertificates(all, policy, findings);
}
function analyzeCertificates(certificates, policy, earlier = []) {
    const findings = [...earlier];
    const { unique, findings: duplicateFindings } = dedupe(certificates);
    findings.push(...duplicateFindings);
    if (unique.length === 0 && !hasErrors(findings)) {
        findings.push({
            severity: 'error',
            code: 'no-certificates',
            message: 'no CA certificate was found: point ca-files at the PEM or DER files of your root and intermediate CAs',
        });
    }
    // Each certificate's own findings, made once and only when asked for: a crowd the hierarchy
    // refuses as a whole never has its (dropped) findings written.
    const own = new Map();
    const ownOf = (cert) => {
        let mine = own.get(cert.fingerprint);
        if (!mine) {
            mine = (0,rules/* assessCertificate */.wS)(cert, policy);
            own.set(cert.fingerprint, mine);
        }
        return mine;
    };
    const hierarchy = buildHierarchy(unique, policy, ownOf);
    for (const cert of unique) {
        if (!hierarchy.crowd?.has(cert.fingerprint))
            findings.push(...ownOf(cert));
    }
    findings.push(...hierarchy.findings);
    const entries = (0,truststore/* canonicalOrder */.tB)(hierarchy.entries);
    return {
        entries,
        findings,
        ...(hasErrors(findings) ? {} : { truststore: (0,truststore/* buildTruststore */.G)(entries) }),
    };
}
//# sourceMappingURL=analyze.js.map
;// CONCATENATED MODULE: ./lib/pki/index.js








//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vd: () => (/* binding */ BudgetExhausted),
  I6: () => (/* binding */ IssuerIndex),
  MV: () => (/* binding */ MAX_SIGNATURE_WORK)
});

// EXTERNAL MODULE: ./lib/pki/keys.js
var keys = __nccwpck_require__(6294);
// EXTERNAL MODULE: ./lib/pki/signatures.js
var signatures = __nccwpck_require__(8101);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./lib/pki/verify-pool.js
/**
 * Signature checks spread over the machine's cores. Verifying every issuer edge is the largest
 * cost of a big truststore (~350 ms of OpenSSL time for 1,000 mixed RSA/P-256/P-384 CAs), and it
 * is embarrassingly parallel. The engine stays synchronous: helper threads write their verdicts
 * into shared memory and the main thread, after doing its own share, waits with Atomics.wait
 * (allowed on Node's main thread).
 *
 * Memory stays flat: the certificates go to the helpers once, packed into one SharedArrayBuffer
 * with where each check reads them (signatures.ts, layoutOf); a thread keeps at most KEY_CACHE
 * issuer keys and makes no X509Certificate for a check verify() can make (signatures.ts).
 */




/** Below this many checks a helper thread's start-up (~20 ms) costs more than it saves. */
const MIN_PARALLEL_CHECKS = 256;
const MAX_HELPERS = 3;
const PENDING = -1;
/** Pairs a thread claims at a time from the shared counter: small enough to balance the load. */
const CHUNK = 8;
const RUNNING = 1;
const FINISHED = 2;
/**
 * Issuer keys a thread keeps (oldest dropped first): an honest set reuses a few issuers' keys all
 * the time, and a crowd of same-named CAs reuses its group's keys within a few pairs.
 */
const KEY_CACHE = 512;
/** A pair's verdicts: no; yes; yes by the key, but OpenSSL does not load this issuer certificate. */
const YES = 1;
const ISSUER_NOT_LOADED = 2;
/** Per certificate: hash index (HASHES), signed-with key type, tbs, signature and key spans. */
const FIELDS = 9;
const HASHES = ['', 'sha256', 'sha384', 'sha512'];
/**
 * The helper's whole program (CommonJS, no imports from the bundle): checkWithKey's decision
 * (signatures.ts), on certificates packed by packPairs. Every thread, this one included, claims
 * chunks from one shared counter, so a helper that starts late just takes less.
 */
const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { X509Certificate, createPublicKey, verify } = require('node:crypto');
const { bytes, offsets, meta, pairs, results, next, states, slot, chunk } = workerData;
const data = Buffer.from(bytes);
const at = (i, f) => offsets[i] + meta[${FIELDS} * i + f];
const verdicts = new Int8Array(results);
const counter = new Int32Array(next);
const state = new Int32Array(states);
const total = pairs.length / 2;
const hashes = ${JSON.stringify(HASHES)};
const keys = new Map();
const key = (i) => {
  let k = keys.get(i);
  if (k === undefined) {
    k = null;
    try { k = createPublicKey({ key: data.subarray(at(i, 6), at(i, 7)), format: 'der', type: 'spki' }); } catch {}
    if (keys.size >= ${KEY_CACHE}) keys.delete(keys.keys().next().value);
    keys.set(i, k);
  }
  return k;
};
let childId = -1;
let child;
// Whether OpenSSL loads a certificate (as a child; as an issuer, with its key): asked after a yes.
const loads = new Int8Array(offsets.length).fill(-1);
const keyLoads = new Int8Array(offsets.length).fill(-1);
const x509 = (i) => new X509Certificate(data.subarray(offsets[i], offsets[i + 1]));
const loaded = (memo, i, load) => {
  if (memo[i] < 0) { let ok = 0; try { ok = load(i) ? 1 : 0; } catch {} memo[i] = ok; }
  return memo[i] === 1;
};
const verifies = (c, i) => {
  const k = key(i);
  if (!k) return false;
  const keyType = meta[${FIELDS} * i + 8];
  const hash = hashes[meta[${FIELDS} * c]];
  if (hash && keyType !== 0) {
    if (keyType !== meta[${FIELDS} * c + 1]) return false;
    return verify(hash, data.subarray(at(c, 2), at(c, 3)), k, data.subarray(at(c, 4), at(c, 5)));
  }
  if (c !== childId) {
    childId = c;
    child = null;
    try { child = x509(c); } catch {}
  }
  return Boolean(child && child.verify(k));
};
// ${YES}: verified, both load; ${ISSUER_NOT_LOADED}: verified, the child loads, this issuer does not.
const check = (c, i) => {
  if (!verifies(c, i) || !loaded(loads, c, x509)) return 0;
  return loaded(keyLoads, i, (j) => x509(j).publicKey) ? ${YES} : ${ISSUER_NOT_LOADED};
};
Atomics.store(state, slot, ${RUNNING});
try {
  for (let start = Atomics.add(counter, 0, chunk); start < total; start = Atomics.add(counter, 0, chunk)) {
    for (let p = start; p < Math.min(total, start + chunk); p++) {
      let code = 0;
      try { code = check(pairs[2 * p], pairs[2 * p + 1]); } catch {}
      verdicts[p] = code;
    }
  }
} finally {
  Atomics.store(state, slot, ${FINISHED});
  Atomics.notify(state, slot);
}
`;
function helperCount() {
    return Math.max(0, Math.min((0,external_node_os_.availableParallelism)() - 1, MAX_HELPERS));
}
/** Checks pairs on this thread as a helper does, keeping at most KEY_CACHE issuer keys. */
class LocalChecker {
    keys = new Map();
    layouts = new Map();
    check([child, issuer]) {
        let key = this.keys.get(issuer);
        if (key === undefined) {
            const [k0, k1] = this.layout(issuer).spki;
            key = (0,signatures/* keyFromSpki */.x5)(issuer.der.subarray(k0, k1));
            if (this.keys.size >= KEY_CACHE)
                this.keys.delete(this.keys.keys().next().value);
            this.keys.set(issuer, key);
        }
        const ok = (0,signatures/* checkWithKey */.e1)(child.der, this.layout(child), (0,signatures/* keyTypeOf */.zj)(issuer), key, () => (0,signatures/* x509Of */.Yh)(child));
        if (!ok || !(0,signatures/* parsesAsChild */.$l)(child))
            return 0;
        return (0,signatures/* parsesAsIssuer */.KD)(issuer) ? YES : ISSUER_NOT_LOADED;
    }
    layout(cert) {
        let layout = this.layouts.get(cert);
        if (!layout) {
            if (this.layouts.size >= KEY_CACHE)
                this.layouts.clear();
            layout = (0,signatures/* layoutOf */.aH)(cert);
            this.layouts.set(cert, layout);
        }
        return layout;
    }
}
/**
 * Verdicts for `pairs` of [child, issuer], as signatureVerifies gives them one by one: does the
 * issuer's key verify the child's signature, both certificates loading in OpenSSL?
 */
function verifyAll(pairs) {
    return verifyKeys(pairs).map((ok, p) => ok && parsesAsIssuer(pairs[p][1]));
}
/**
 * Key verdicts for `pairs` of [child, issuer]: does the issuer's key verify the child's signature,
 * the child loading in OpenSSL (signatures.ts, keyVerifies)? The same answer for every issuer
 * certificate with that key, when OpenSSL loads it (parsesAsIssuer, told here for the pairs asked).
 * A key refused for its exponent is never sent to OpenSSL (keys.ts, checksSignatures).
 */
function verifyKeys(pairs) {
    const usable = pairs.map(([, issuer]) => (0,keys/* checksSignatures */.$u)(issuer.publicKey));
    const asked = pairs.filter((_, p) => usable[p]);
    const codes = verifyUsable(asked);
    codes.forEach((code, p) => {
        if (code !== 0)
            (0,signatures/* noteLoads */.Eo)(asked[p][0], asked[p][1], code === YES);
    });
    let next = 0;
    return usable.map((ok) => ok && codes[next++] !== 0);
}
function verifyUsable(pairs) {
    const helpers = helperCount();
    const local = new LocalChecker();
    if (pairs.length < MIN_PARALLEL_CHECKS || helpers === 0)
        return pairs.map((pair) => local.check(pair));
    const shared = packPairs(pairs);
    const results = new SharedArrayBuffer(pairs.length);
    const verdicts = new Int8Array(results).fill(PENDING);
    const next = new SharedArrayBuffer(4);
    const counter = new Int32Array(next);
    const states = new SharedArrayBuffer(4 * helpers);
    const state = new Int32Array(states);
    for (let slot = 0; slot < helpers; slot++) {
        try {
            const worker = new external_node_worker_threads_.Worker(HELPER_SOURCE, {
                eval: true,
                workerData: { ...shared, results, next, states, slot, chunk: CHUNK },
            });
            worker.unref();
            worker.on('error', () => { }); // what it claimed stays PENDING and is checked here instead
        }
        catch {
            // No thread could be started: this thread claims everything.
        }
    }
    let mine = 0;
    for (let start = Atomics.add(counter, 0, CHUNK); start < pairs.length; start = Atomics.add(counter, 0, CHUNK)) {
        for (let p = start; p < Math.min(pairs.length, start + CHUNK); p++, mine++) {
            verdicts[p] = local.check(pairs[p]);
        }
    }
    // Every chunk is claimed; wait for helpers still finishing theirs. A helper that has not started
    // has claimed nothing and will claim nothing. The wait is bounded: a helper that never reports
    // leaves its verdicts PENDING, and they are checked on this thread below.
    for (let slot = 0; slot < helpers; slot++) {
        if (Atomics.load(state, slot) === RUNNING)
            Atomics.wait(state, slot, RUNNING, 10_000);
    }
    const pending = verdicts.reduce((n, v) => n + (v === PENDING ? 1 : 0), 0);
    signatures/* signatureChecks */.w5.count += pairs.length - mine - pending; // the helpers' checks
    return Array.from(verdicts, (v, p) => (v === PENDING ? local.check(pairs[p]) : v));
}
/**
 * What the helpers read, in shared memory: each certificate's DER once with its offset, its layout
 * (FIELDS numbers, spans relative to its DER) and its key type, and the pairs as indexes.
 */
function packPairs(pairs) {
    const certs = [];
    const ids = new Map();
    const idOf = (cert) => {
        let id = ids.get(cert);
        if (id === undefined) {
            id = certs.push(cert) - 1;
            ids.set(cert, id);
        }
        return id;
    };
    const flat = new Int32Array(pairs.length * 2);
    pairs.forEach(([child, issuer], p) => {
        flat[2 * p] = idOf(child);
        flat[2 * p + 1] = idOf(issuer);
    });
    const offsets = new Int32Array(certs.length + 1);
    const meta = new Int32Array(certs.length * FIELDS);
    certs.forEach((cert, i) => {
        offsets[i + 1] = offsets[i] + cert.der.length;
        const l = (0,signatures/* layoutOf */.aH)(cert);
        meta.set([HASHES.indexOf(l.hash), l.signedWith, ...l.tbs, ...l.signature, ...l.spki, (0,signatures/* keyTypeOf */.zj)(cert)], FIELDS * i);
    });
    const bytes = new SharedArrayBuffer(offsets[certs.length]);
    const view = new Uint8Array(bytes);
    certs.forEach((cert, i) => {
        view.set(cert.der, offsets[i]);
    });
    return { bytes, offsets, meta, pairs: flat };
}
//# sourceMappingURL=verify-pool.js.map
;// CONCATENATED MODULE: ./lib/pki/issuer-index.js
/**
 * Issuer lookup. As in Go's crypto/x509 (buildChains) and rustls-webpki (Budget): candidate issuers
 * come from an index by subject name and key identifier, never an all-pairs scan, and every
 * signature check spends from a budget so hostile input cannot hang us.
 *
 * A signature is checked once per issuer KEY, not per issuer certificate: cross-certificates and
 * renewals that carry the same SubjectPublicKeyInfo share one verdict. The budget counts checks and
 * their work (keys.ts, signatureCost), so a crowd of slow keys runs out of it as fast as a crowd
 * of many keys.
 */



/**
 * Signature work any one search may spend, in P-256 checks (keys.ts, signatureCost): about 4 s of
 * one core, whatever the size of the set. An honest set needs about one check per certificate (the
 * 10,000 CAs of the benchmark, a third of them P-384, need ~37,000).
 */
const MAX_SIGNATURE_WORK = 64_000;
/** Raised when the budget of signature checks runs out. */
class BudgetExhausted extends Error {
    name = 'BudgetExhausted';
}
class IssuerIndex {
    maxChecks;
    maxWork;
    bySubject = new Map();
    /**
     * Does the key verify the child's signature, by child and issuer key (child id * 2^26 + key id):
     * every certificate with that key gets the same answer, when OpenSSL loads it.
     */
    verified = new Map();
    childIds = new Map();
    keyIds = new Map();
    keySets = new WeakMap();
    /** Signature checks done so far, and their work. */
    checks = 0;
    work = 0;
    constructor(certificates, maxChecks, maxWork = MAX_SIGNATURE_WORK) {
        this.maxChecks = maxChecks;
        this.maxWork = maxWork;
        for (const cert of certificates) {
            let group = this.bySubject.get(cert.subjectKey);
            if (!group) {
                group = { all: [], byKeyId: new Map(), withoutKeyId: [] };
                this.bySubject.set(cert.subjectKey, group);
            }
            group.all.push(cert);
            if (cert.subjectKeyId === undefined)
                group.withoutKeyId.push(cert);
            else {
                const same = group.byKeyId.get(cert.subjectKeyId);
                if (same)
                    same.push(cert);
                else
                    group.byKeyId.set(cert.subjectKeyId, [cert]);
            }
        }
    }
    /**
     * Certificates whose subject is `cert`'s issuer and whose subject key identifier, when both
     * sides carry one, equals `cert`'s authority key identifier. Signatures are not checked here.
     * Looked up, never filtered from the whole group: a crowd of same-named certificates costs
     * nothing until their candidates are used.
     */
    nameCandidates(cert) {
        const lists = this.candidateLists(cert);
        if (lists.length < 2)
            return lists[0] ?? [];
        const aki = cert.authorityKeyId;
        return this.bySubject.get(cert.issuerKey).all.filter((c) => !c.subjectKeyId || c.subjectKeyId === aki);
    }
    /** nameCandidates(cert) as at most two lists held by the index (keyed, then without key id). */
    candidateLists(cert) {
        const group = this.bySubject.get(cert.issuerKey);
        if (!group)
            return [];
        if (!cert.authorityKeyId)
            return [group.all];
        const keyed = group.byKeyId.get(cert.authorityKeyId);
        return [keyed ?? [], group.withoutKeyId].filter((list) => list.length > 0);
    }
    /** How many candidates nameCandidates(cert) holds, without building the list. */
    candidateCount(cert) {
        return this.candidateLists(cert).reduce((n, list) => n + list.length, 0);
    }
    /**
     * The checks finding `cert`'s issuers takes, and their work: one per distinct key among its
     * candidates, and its own key when it is self-issued (its self-signature), leaving out keys no
     * signature is checked with. Counted from the index, no list built: O(candidates) at most.
     */
    plannedWork(cert) {
        const sets = this.candidateLists(cert).map((list) => this.keysOf(list));
        const [first, second] = sets.length === 2 && sets[0].cost.size > sets[1].cost.size ? [sets[1], sets[0]] : sets;
        let checks = (first?.cost.size ?? 0) + (second?.cost.size ?? 0);
        let work = (first?.work ?? 0) + (second?.work ?? 0);
        if (first && second) {
            for (const [key, cost] of first.cost) {
                if (!second.cost.has(key))
                    continue;
                checks--;
                work -= cost;
            }
        }
        const own = cert.publicKeyHash;
        if (cert.selfIssued &&
            (0,keys/* checksSignatures */.$u)(cert.publicKey) &&
            !first?.cost.has(own) &&
            !second?.cost.has(own)) {
            checks++;
            work += (0,keys/* signatureCost */.kX)(cert.publicKey);
        }
        return { checks, work };
    }
    keysOf(list) {
        let set = this.keySets.get(list);
        if (!set) {
            set = { cost: new Map(), work: 0 };
            for (const c of list) {
                if (set.cost.has(c.publicKeyHash) || !(0,keys/* checksSignatures */.$u)(c.publicKey))
                    continue;
                const cost = (0,keys/* signatureCost */.kX)(c.publicKey);
                set.cost.set(c.publicKeyHash, cost);
                set.work += cost;
            }
            this.keySets.set(list, set);
        }
        return set;
    }
    /** Certificates whose subject is `cert`'s issuer name, whatever their key. */
    sameName(cert) {
        return this.bySubject.get(cert.issuerKey)?.all ?? [];
    }
    pairId(child, issuer) {
        const c = this.childIds.get(child) ?? this.childIds.size;
        this.childIds.set(child, c);
        const k = this.keyIds.get(issuer.publicKeyHash) ?? this.keyIds.size;
        this.keyIds.set(issuer.publicKeyHash, k);
        return c * 2 ** 26 + k;
    }
    /**
     * Checks many pairs at once (spread over the cores) and remembers the verdicts, each child and
     * issuer key once. Only when the whole batch fits the budget: a hostile set keeps the one-by-one
     * path that stops at the budget.
     */
    prefetch(pairs) {
        const seen = new Set();
        const todo = pairs.filter(([child, issuer]) => {
            const id = this.pairId(child, issuer);
            if (seen.has(id) || this.verified.has(id) || !(0,keys/* checksSignatures */.$u)(issuer.publicKey))
                return false;
            seen.add(id);
            return true;
        });
        const work = todo.reduce((sum, [, issuer]) => sum + (0,keys/* signatureCost */.kX)(issuer.publicKey), 0);
        if (this.checks + todo.length > this.maxChecks || this.work + work > this.maxWork)
            return;
        const verdicts = verifyKeys(todo);
        for (const [i, [child, issuer]] of todo.entries())
            this.verified.set(this.pairId(child, issuer), verdicts[i]);
        this.checks += todo.length;
        this.work += work;
    }
    /**
     * Does `issuer` verify `child`'s signature? Memoised per child and issuer key; each new pair
     * spends one check and its work. An issuer whose key is refused for its exponent verifies nothing
     * and costs nothing (keys.ts, checksSignatures).
     */
    verifies(child, issuer) {
        if (!(0,keys/* checksSignatures */.$u)(issuer.publicKey))
            return false;
        const id = this.pairId(child, issuer);
        let ok = this.verified.get(id);
        if (ok === undefined) {
            const cost = (0,keys/* signatureCost */.kX)(issuer.publicKey);
            if (this.checks >= this.maxChecks || this.work + cost > this.maxWork)
                throw new BudgetExhausted(`stopped after ${this.checks} signature checks`);
            this.checks++;
            this.work += cost;
            ok = (0,signatures/* keyVerifies */.j1)(child, issuer);
            this.verified.set(id, ok);
        }
        return ok && (0,signatures/* parsesAsChild */.$l)(child) && (0,signatures/* parsesAsIssuer */.KD)(issuer);
    }
}
//# sourceMappingURL=issuer-index.js.map

/***/ }),

/***/ 6294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ checksSignatures),
/* harmony export */   hx: () => (/* binding */ publicKeyInfo),
/* harmony export */   kX: () => (/* binding */ signatureCost),
/* harmony export */   n3: () => (/* binding */ exponentProblem)
/* harmony export */ });
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(599);
/**
 * What kind of public key a certificate carries and how strong it is, read from the
 * SubjectPublicKeyInfo DER. No KeyObject is made here: node:crypto builds one only for the
 * certificates that sign others (see signatureVerifies), which at 1,000 certificates saves
 * ~100 ms of key parsing the rules do not need.
 */

const CURVES = {
    '1.2.840.10045.3.1.7': 'P-256',
    '1.3.132.0.34': 'P-384',
    '1.3.132.0.35': 'P-521',
    '1.2.840.10045.3.1.1': 'P-192',
    '1.3.132.0.33': 'P-224',
    '1.3.132.0.10': 'secp256k1',
};
const ALGORITHMS = {
    rsa: '1.2.840.113549.1.1.1',
    rsaPss: '1.2.840.113549.1.1.10',
    ec: '1.2.840.10045.2.1',
    dsa: '1.2.840.10040.4.1',
    ed25519: '1.3.101.112',
    ed448: '1.3.101.113',
};
/** Bit length of a DER INTEGER's magnitude. */
function integerBits(buf, el, what) {
    return bitLength(magnitude((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .contentOf */ .$E)(buf, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(el, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.INTEGER, what))));
}
function magnitude(bytes) {
    let out = bytes;
    while (out.length > 1 && out[0] === 0)
        out = out.subarray(1);
    return out;
}
function bitLength(bytes) {
    const top = bytes[0] ?? 0;
    return top === 0 ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(top));
}
/** The RSA public exponent, from the DER alone (no key is built): undefined when it is missing. */
function readExponent(buf, el) {
    if (el?.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.INTEGER)
        return undefined; // OpenSSL cannot load the key: nothing is checked with it
    const content = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .contentOf */ .$E)(buf, el);
    const bytes = magnitude(content);
    const bits = bitLength(bytes);
    return {
        bits,
        odd: ((bytes[bytes.length - 1] ?? 0) & 1) === 1,
        ...(bits <= 48 ? { value: bytes.reduce((v, b) => v * 256 + b, 0) } : {}),
        negative: ((content[0] ?? 0) & 0x80) !== 0,
    };
}
function publicKeyInfo(buf, spki) {
    const [algorithm, key] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(buf, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(spki, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.SEQUENCE, 'subjectPublicKeyInfo'));
    const [oidEl, params] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(buf, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(algorithm, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.SEQUENCE, 'the key algorithm'));
    const oid = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readOid */ .fM)(buf, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(oidEl, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.OID, 'the key algorithm identifier'));
    const bitString = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(key, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.BIT_STRING, 'subjectPublicKey');
    switch (oid) {
        case ALGORITHMS.rsa:
        case ALGORITHMS.rsaPss: {
            // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } inside the BIT STRING.
            const inner = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readElement */ .RN)(buf, bitString.contentStart + 1, bitString.end);
            const [modulus, exponent] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(buf, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(inner, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.SEQUENCE, 'RSAPublicKey'));
            const bits = integerBits(buf, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(modulus, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.INTEGER, 'RSA modulus'), 'RSA modulus');
            const name = oid === ALGORITHMS.rsa ? 'RSA' : 'RSA-PSS';
            const e = readExponent(buf, exponent);
            return { algorithm: name, bits, description: `${name} ${bits}`, ...(e ? { exponent: e } : {}) };
        }
        case ALGORITHMS.ec: {
            if (params?.tag !== _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.OID) {
                return {
                    algorithm: 'EC',
                    bits: 0,
                    curve: 'explicit parameters',
                    description: 'EC explicit parameters',
                };
            }
            const curveOid = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readOid */ .fM)(buf, params);
            const curve = CURVES[curveOid] ?? curveOid;
            return {
                algorithm: 'EC',
                bits: Number(/^P-(\d+)$/.exec(curve)?.[1] ?? 0),
                curve,
                description: `EC ${curve}`,
            };
        }
        case ALGORITHMS.dsa: {
            const [p] = params?.tag === _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.SEQUENCE ? (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(buf, params) : [];
            const bits = p ? integerBits(buf, p, 'DSA p') : 0;
            return { algorithm: 'DSA', bits, description: `DSA ${bits}` };
        }
        case ALGORITHMS.ed25519:
            return { algorithm: 'Ed25519', bits: 256, description: 'Ed25519' };
        case ALGORITHMS.ed448:
            return { algorithm: 'Ed448', bits: 456, description: 'Ed448' };
        default:
            return { algorithm: oid, bits: 0, description: `unsupported key (${oid})` };
    }
}
/**
 * CA/Browser Forum Baseline Requirements 6.1.6: the exponent MUST be odd and at least 3, and SHOULD
 * lie between 2^16 + 1 and 2^256 - 1. `too-large` and `invalid` keys are refused, and never used to
 * check a signature: a ~3,070-bit exponent makes each check ~100 times slower.
 */
function exponentProblem(key) {
    const e = key.exponent;
    if (!e)
        return undefined;
    if (e.negative || !e.odd || (e.value !== undefined && e.value < 3))
        return 'invalid';
    if (e.bits > 256)
        return 'too-large';
    if (e.value !== undefined && e.value < 65_537)
        return 'small';
    return undefined;
}
/** May a signature be checked with this key at all (see exponentProblem)? */
function checksSignatures(key) {
    const problem = exponentProblem(key);
    return problem !== 'too-large' && problem !== 'invalid';
}
/** Cost of one check with a key on each named curve, in P-256 checks (OpenSSL 3.0, x86-64). */
const CURVE_COST = { 'P-256': 1, 'P-384': 8, 'P-521': 20, 'P-192': 1, 'P-224': 2 };
/**
 * What one signature check with `key` costs, in units of a P-256 check (~60 us), measured with
 * OpenSSL 3.0 and rounded up: RSA-2048 to 4096 with e = 65537 cost 1 or 2, P-384 8, P-521 20, an
 * RSA-3072 key with a 256-bit exponent 15. The chain search's budget is counted in these units.
 */
function signatureCost(key) {
    switch (key.algorithm) {
        case 'EC':
            return CURVE_COST[key.curve ?? ''] ?? 32; // other curves, explicit parameters: unoptimised code
        case 'Ed25519':
            return 2;
        case 'Ed448':
            return 4;
        case 'RSA':
        case 'RSA-PSS':
            return rsaCost(key.bits, key.exponent?.bits ?? 17);
        case 'DSA':
            // Two exponentiations modulo p with exponents of q's size; OpenSSL refuses p over 10,000 bits.
            return key.bits > 10_000 ? 1 : 2 * modExpCost(key.bits, 256);
        default:
            return 1; // OpenSSL cannot use the key: the check fails before any arithmetic
    }
}
function rsaCost(bits, exponentBits) {
    // OpenSSL refuses a modulus over 16,384 bits, or over 3,072 bits with an exponent over 64 bits,
    // before any arithmetic (OPENSSL_RSA_MAX_MODULUS_BITS, OPENSSL_RSA_MAX_PUBEXP_BITS).
    if (bits > 16_384 || (bits > 3072 && exponentBits > 64))
        return 1;
    return modExpCost(bits, exponentBits);
}
/** Modular multiplications grow with the exponent's bits and a little over the square of the modulus. */
function modExpCost(bits, exponentBits) {
    return Math.max(1, Math.ceil(0.4 * (Math.max(exponentBits, 17) / 17) * (bits / 2048) ** 2.2));
}
//# sourceMappingURL=keys.js.map

/***/ }),

/***/ 3660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ describeName)
/* harmony export */ });
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(599);
/**
 * Distinguished names: the display form (RFC 4514, most specific first) and the key used to
 * match an issuer to a subject. Each RDN stays one unit: `O=X+CN=Y` (one multi-valued RDN) is
 * not `O=X, CN=Y` (two RDNs), as RFC 5280 7.1 and OpenSSL's name comparison require.
 */

const NAME_TYPES = {
    '2.5.4.3': 'CN',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'STREET',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.5': 'serialNumber',
    '2.5.4.12': 'title',
    '2.5.4.17': 'postalCode',
    '2.5.4.97': 'organizationIdentifier',
    '0.9.2342.19200300.100.1.25': 'DC',
    '0.9.2342.19200300.100.1.1': 'UID',
    '1.2.840.113549.1.9.1': 'emailAddress',
};
/** RFC 4514 escaping of one attribute value. */
function escapeDnValue(value) {
    return value
        .replace(/[\\,+"<>;=]/g, (c) => `\\${c}`)
        .replace(/^([ #])/, '\\$1')
        .replace(/ $/, '\\ ')
        .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** Reads a Name (SEQUENCE OF RDN, each a SET OF AttributeTypeAndValue). */
function describeName(buf, name, what) {
    (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(name, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.SEQUENCE, what);
    const display = [];
    const key = [];
    const emails = [];
    for (const rdn of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(buf, name)) {
        (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(rdn, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.SET, `an RDN of the ${what}`);
        const shown = [];
        const keyed = [];
        for (const attribute of (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(buf, rdn)) {
            const [type, value, extra] = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(buf, (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .expectTag */ .yi)(attribute, _der_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.SEQUENCE, `an attribute of the ${what}`));
            if (!type || !value || extra)
                throw new _der_js__WEBPACK_IMPORTED_MODULE_0__/* .DerError */ .I4(`an attribute of the ${what} is not a type and a value`);
            const oid = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readOid */ .fM)(buf, type);
            const text = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(buf, value);
            const raw = (0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)((0,_der_js__WEBPACK_IMPORTED_MODULE_0__/* .encodedOf */ .EX)(buf, value));
            if (oid === '1.2.840.113549.1.9.1' && text !== undefined)
                emails.push(text);
            shown.push(`${NAME_TYPES[oid] ?? oid}=${text !== undefined ? escapeDnValue(text) : `#${raw}`}`);
            // RFC 5280 7.1 matching, simplified as OpenSSL does: case-folded, whitespace-collapsed strings.
            keyed.push(`${oid}=${text !== undefined ? text.trim().replace(/\s+/g, ' ').toLowerCase() : raw}`);
        }
        display.push(shown.join('+'));
        // The attributes of one RDN are a set: their order does not matter.
        key.push(keyed.sort().join('+'));
    }
    // slice(): arrays grown by push keep room for 17 elements; a certificate keeps these for good.
    return { display: display.reverse().join(', '), key: key.join('/'), rdns: key.slice(), emails };
}
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 5223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zU: () => (/* binding */ CertificateParseError),
  si: () => (/* binding */ parseCertificateDer),
  Yh: () => (/* reexport */ signatures/* x509Of */.Yh)
});

// UNUSED EXPORTS: signatureVerifies

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/pki/der.js
var pki_der = __nccwpck_require__(599);
// EXTERNAL MODULE: ./lib/pki/names.js
var names = __nccwpck_require__(3660);
;// CONCATENATED MODULE: ./lib/pki/general-names.js
/**
 * GeneralNames (RFC 5280 4.2.1.6) as they appear in subjectAltName and nameConstraints. Only the
 * forms a client certificate carries and name constraints are checked for are decoded; the others
 * are recorded as `unsupported`, so a constraint of that form can fail closed.
 */


const UNSUPPORTED = {
    160: 'otherName',
    163: 'x400Address',
    165: 'ediPartyName',
    136: 'registeredID',
};
function ia5(buf, el) {
    const bytes = (0,pki_der/* contentOf */.$E)(buf, el);
    for (const b of bytes)
        if (b > 0x7f)
            throw new pki_der/* DerError */.I4('a GeneralName holds a non-IA5 character');
    return Buffer.from(bytes).toString('latin1');
}
function readGeneralName(buf, el) {
    switch (el.tag) {
        case 0x81:
            return { type: 'rfc822Name', value: ia5(buf, el) };
        case 0x82:
            return { type: 'dNSName', value: ia5(buf, el) };
        case 0x86:
            return { type: 'uniformResourceIdentifier', value: ia5(buf, el) };
        case 0x87:
            return { type: 'iPAddress', bytes: (0,pki_der/* contentOf */.$E)(buf, el) };
        case 0xa4: {
            const [name, extra] = (0,pki_der/* childrenOf */.LU)(buf, el);
            if (!name || extra)
                throw new pki_der/* DerError */.I4('a directoryName holds more than one Name');
            return { type: 'directoryName', rdns: (0,names/* describeName */.T)(buf, name, 'directoryName').rdns };
        }
        default: {
            const form = UNSUPPORTED[el.tag];
            if (!form)
                throw new pki_der/* DerError */.I4(`a GeneralName has tag 0x${el.tag.toString(16)}`);
            return { type: 'unsupported', form };
        }
    }
}
/** subjectAltName ::= GeneralNames (SEQUENCE SIZE (1..MAX) OF GeneralName). */
function readGeneralNames(buf, el) {
    return (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(el, pki_der/* TAG */.Dk.SEQUENCE, 'subjectAltName')).map((n) => readGeneralName(buf, n));
}
/** NameConstraints ::= SEQUENCE { permittedSubtrees [0], excludedSubtrees [1] } of GeneralSubtree. */
function readNameConstraints(buf, el, critical) {
    const out = { critical, permitted: [], excluded: [] };
    const parts = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(el, pki_der/* TAG */.Dk.SEQUENCE, 'nameConstraints'));
    // RFC 5280 4.2.1.10: permittedSubtrees or excludedSubtrees MUST be present.
    if (parts.length === 0)
        throw new pki_der/* DerError */.I4('nameConstraints is an empty sequence');
    for (const part of parts) {
        if (part.tag !== 0xa0 && part.tag !== 0xa1)
            throw new pki_der/* DerError */.I4(`nameConstraints has a part with tag 0x${part.tag.toString(16)}`);
        const list = part.tag === 0xa0 ? out.permitted : out.excluded;
        const subtrees = (0,pki_der/* childrenOf */.LU)(buf, part);
        // GeneralSubtrees ::= SEQUENCE SIZE (1..MAX): an empty list constrains nothing and is malformed.
        if (subtrees.length === 0)
            throw new pki_der/* DerError */.I4('nameConstraints has an empty list of subtrees');
        for (const subtree of subtrees) {
            // GeneralSubtree ::= SEQUENCE { base GeneralName, minimum [0] DEFAULT 0, maximum [1] OPTIONAL };
            // RFC 5280 forbids minimum/maximum in the profile, and a verifier cannot honour them: fail closed.
            const [base, ...rest] = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(subtree, pki_der/* TAG */.Dk.SEQUENCE, 'a GeneralSubtree'));
            if (!base)
                throw new pki_der/* DerError */.I4('a GeneralSubtree has no base');
            list.push(rest.length > 0
                ? { type: 'unsupported', form: 'subtree minimum/maximum' }
                : readGeneralName(buf, base));
        }
    }
    return out;
}
/** ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId. */
function readExtendedKeyUsage(buf, el) {
    return (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(el, pki_der/* TAG */.Dk.SEQUENCE, 'extendedKeyUsage')).map((o) => (0,pki_der/* readOid */.fM)(buf, o));
}
//# sourceMappingURL=general-names.js.map
// EXTERNAL MODULE: ./lib/pki/keys.js
var keys = __nccwpck_require__(6294);
// EXTERNAL MODULE: ./lib/pki/signatures.js
var signatures = __nccwpck_require__(8101);
;// CONCATENATED MODULE: ./lib/pki/parse.js
/**
 * DER → Certificate. The outline is read with the strict reader in der.ts, the key's type, size
 * and exponent with keys.ts; signatures are verified by node:crypto (signatures.ts).
 */





class CertificateParseError extends Error {
    name = 'CertificateParseError';
}
const SIGNATURES = {
    '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', hash: 'MD2' },
    '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', hash: 'MD4' },
    '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'MD5' },
    '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'SHA-1' },
    '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', hash: 'SHA-224' },
    '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'SHA-256' },
    '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'SHA-384' },
    '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'SHA-512' },
    '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS' },
    '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'SHA-1' },
    '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', hash: 'SHA-224' },
    '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'SHA-256' },
    '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'SHA-384' },
    '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'SHA-512' },
    '1.2.840.10040.4.3': { name: 'dsa-with-SHA1', hash: 'SHA-1' },
    '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-SHA256', hash: 'SHA-256' },
    '1.3.101.112': { name: 'Ed25519' },
    '1.3.101.113': { name: 'Ed448' },
};
const HASHES = {
    '1.3.14.3.2.26': 'SHA-1',
    '2.16.840.1.101.3.4.2.4': 'SHA-224',
    '2.16.840.1.101.3.4.2.1': 'SHA-256',
    '2.16.840.1.101.3.4.2.2': 'SHA-384',
    '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const KEY_USAGE_BITS = [
    'digitalSignature',
    'nonRepudiation',
    'keyEncipherment',
    'dataEncipherment',
    'keyAgreement',
    'keyCertSign',
    'cRLSign',
    'encipherOnly',
    'decipherOnly',
];
const OID = {
    basicConstraints: '2.5.29.19',
    keyUsage: '2.5.29.15',
    subjectKeyId: '2.5.29.14',
    authorityKeyId: '2.5.29.35',
    extendedKeyUsage: '2.5.29.37',
    subjectAltName: '2.5.29.17',
    nameConstraints: '2.5.29.30',
    rsassaPss: '1.2.840.113549.1.1.10',
};
function signatureInfo(buf, alg) {
    const [idEl, params] = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(alg, pki_der/* TAG */.Dk.SEQUENCE, 'signature algorithm'));
    const oid = (0,pki_der/* readOid */.fM)(buf, (0,pki_der/* expectTag */.yi)(idEl, pki_der/* TAG */.Dk.OID, 'signature algorithm identifier'));
    const known = SIGNATURES[oid];
    if (!known)
        return { oid, name: oid };
    if (oid === OID.rsassaPss) {
        // RSASSA-PSS carries its hash in [0] of its parameters; absent means SHA-1 (RFC 4055 3.1).
        let hash = 'SHA-1';
        const hashField = params?.tag === pki_der/* TAG */.Dk.SEQUENCE ? (0,pki_der/* childrenOf */.LU)(buf, params).find((e) => e.tag === 0xa0) : undefined;
        if (hashField) {
            const [hashAlg] = (0,pki_der/* childrenOf */.LU)(buf, hashField);
            const [hashOid] = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(hashAlg, pki_der/* TAG */.Dk.SEQUENCE, 'RSASSA-PSS hash algorithm'));
            const id = (0,pki_der/* readOid */.fM)(buf, (0,pki_der/* expectTag */.yi)(hashOid, pki_der/* TAG */.Dk.OID, 'RSASSA-PSS hash identifier'));
            hash = HASHES[id] ?? id;
        }
        return { oid, name: `RSASSA-PSS with ${hash}`, hash };
    }
    return { oid, name: known.name, ...(known.hash ? { hash: known.hash } : {}) };
}
/** Decodes the extensions the engine uses; every other one is only recorded (never decoded). */
function readExtensions(buf, wrapper) {
    const out = { extensions: [], subjectAltNames: [] };
    if (!wrapper)
        return out;
    const [list] = (0,pki_der/* childrenOf */.LU)(buf, wrapper);
    for (const ext of (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(list, pki_der/* TAG */.Dk.SEQUENCE, 'extensions'))) {
        const fields = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(ext, pki_der/* TAG */.Dk.SEQUENCE, 'an extension'));
        const oid = (0,pki_der/* readOid */.fM)(buf, (0,pki_der/* expectTag */.yi)(fields[0], pki_der/* TAG */.Dk.OID, 'an extension identifier'));
        const critical = fields.length === 3 ? (0,pki_der/* readBoolean */.Vf)(buf, fields[1], `the critical flag of ${oid}`) : false;
        const value = (0,pki_der/* expectTag */.yi)(fields[fields.length === 3 ? 2 : 1], pki_der/* TAG */.Dk.OCTET_STRING, `the value of extension ${oid}`);
        out.extensions.push({ oid, critical });
        const inner = () => (0,pki_der/* readElement */.RN)(buf, value.contentStart, value.end);
        switch (oid) {
            case OID.basicConstraints: {
                const items = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(inner(), pki_der/* TAG */.Dk.SEQUENCE, 'basicConstraints'));
                let i = 0;
                const ca = items[i]?.tag === pki_der/* TAG */.Dk.BOOLEAN ? (0,pki_der/* readBoolean */.Vf)(buf, items[i++], 'basicConstraints cA') : false;
                const pathLen = items[i] ? (0,pki_der/* readSmallInteger */.ih)(buf, items[i], 'pathLenConstraint') : undefined;
                out.basicConstraints = {
                    ca,
                    critical,
                    ...(pathLen === undefined ? {} : { pathLenConstraint: pathLen }),
                };
                break;
            }
            case OID.keyUsage: {
                const bits = (0,pki_der/* contentOf */.$E)(buf, (0,pki_der/* expectTag */.yi)(inner(), pki_der/* TAG */.Dk.BIT_STRING, 'keyUsage')).subarray(1);
                const names = KEY_USAGE_BITS.filter((_, i) => ((bits[i >> 3] ?? 0) >> (7 - (i & 7))) & 1).slice();
                out.keyUsage = {
                    keyCertSign: names.includes('keyCertSign'),
                    digitalSignature: names.includes('digitalSignature'),
                    cRLSign: names.includes('cRLSign'),
                    names,
                };
                break;
            }
            case OID.subjectKeyId:
                out.subjectKeyId = (0,pki_der/* hexOf */.ZD)((0,pki_der/* contentOf */.$E)(buf, (0,pki_der/* expectTag */.yi)(inner(), pki_der/* TAG */.Dk.OCTET_STRING, 'subjectKeyIdentifier')));
                break;
            case OID.authorityKeyId: {
                // keyIdentifier is [0] IMPLICIT OCTET STRING (RFC 5280 4.2.1.1).
                const id = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(inner(), pki_der/* TAG */.Dk.SEQUENCE, 'authorityKeyIdentifier')).find((e) => e.tag === 0x80);
                if (id)
                    out.authorityKeyId = (0,pki_der/* hexOf */.ZD)((0,pki_der/* contentOf */.$E)(buf, id));
                break;
            }
            case OID.extendedKeyUsage:
                out.extendedKeyUsage = readExtendedKeyUsage(buf, inner());
                break;
            case OID.subjectAltName:
                out.subjectAltNames = readGeneralNames(buf, inner());
                break;
            case OID.nameConstraints:
                out.nameConstraints = readNameConstraints(buf, inner(), critical);
                break;
        }
    }
    out.extensions = out.extensions.slice(); // exact size: the certificate keeps it
    return out;
}
/** Parses one DER certificate. Throws CertificateParseError with a reason a user can act on. */
function parseCertificateDer(der, location) {
    try {
        const top = (0,pki_der/* expectTag */.yi)((0,pki_der/* readElement */.RN)(der, 0, der.length), pki_der/* TAG */.Dk.SEQUENCE, 'the certificate');
        if (top.end !== der.length)
            throw new pki_der/* DerError */.I4(`${der.length - top.end} bytes of trailing data after the certificate`);
        const [tbs, outerAlg, signatureValue, extra] = (0,pki_der/* childrenOf */.LU)(der, top);
        (0,pki_der/* expectTag */.yi)(tbs, pki_der/* TAG */.Dk.SEQUENCE, 'tbsCertificate');
        (0,pki_der/* expectTag */.yi)(signatureValue, pki_der/* TAG */.Dk.BIT_STRING, 'signatureValue');
        if (extra)
            throw new pki_der/* DerError */.I4('the certificate has more than three parts');
        const fields = (0,pki_der/* childrenOf */.LU)(der, tbs);
        let i = 0;
        let version = 1;
        if (fields[0]?.tag === 0xa0) {
            const [v] = (0,pki_der/* childrenOf */.LU)(der, fields[i++]);
            version = (0,pki_der/* readSmallInteger */.ih)(der, (0,pki_der/* expectTag */.yi)(v, pki_der/* TAG */.Dk.INTEGER, 'version'), 'version') + 1;
        }
        const serial = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.INTEGER, 'serialNumber');
        const innerAlg = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'the inner signature algorithm');
        const issuerName = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'issuer');
        const issuer = (0,names/* describeName */.T)(der, issuerName, 'issuer');
        const [notBefore, notAfter] = (0,pki_der/* childrenOf */.LU)(der, (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'validity'));
        if (!notBefore || !notAfter)
            throw new pki_der/* DerError */.I4('validity needs notBefore and notAfter');
        const subjectName = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'subject');
        // A self-issued certificate's two names are usually the same bytes: one description serves both.
        const subject = Buffer.compare((0,pki_der/* encodedOf */.EX)(der, subjectName), (0,pki_der/* encodedOf */.EX)(der, issuerName)) === 0
            ? issuer
            : (0,names/* describeName */.T)(der, subjectName, 'subject');
        const spki = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'subjectPublicKeyInfo');
        const extensionsWrapper = fields.slice(i).find((f) => f.tag === 0xa3);
        const extensions = readExtensions(der, extensionsWrapper);
        const cert = {
            der,
            fingerprint: (0,external_node_crypto_.hash)('sha256', der, 'hex'),
            subject: subject.display,
            issuer: issuer.display,
            subjectKey: subject.key,
            issuerKey: issuer.key,
            subjectRdns: subject.rdns,
            subjectEmails: subject.emails,
            serialNumber: (0,pki_der/* hexOf */.ZD)((0,pki_der/* contentOf */.$E)(der, serial)),
            version,
            notBefore: (0,pki_der/* readTime */.aQ)(der, notBefore, 'notBefore'),
            notAfter: (0,pki_der/* readTime */.aQ)(der, notAfter, 'notAfter'),
            ...extensions,
            publicKey: (0,keys/* publicKeyInfo */.hx)(der, spki),
            publicKeyHash: (0,external_node_crypto_.hash)('sha256', (0,pki_der/* encodedOf */.EX)(der, spki), 'hex'),
            signature: signatureInfo(der, outerAlg),
            innerSignatureOid: signatureInfo(der, innerAlg).oid,
            // RFC 5280 4.1.1.2: the two AlgorithmIdentifiers must be the same, parameters included.
            signatureAlgorithmsMatch: Buffer.compare((0,pki_der/* encodedOf */.EX)(der, innerAlg), (0,pki_der/* encodedOf */.EX)(der, outerAlg)) === 0,
            selfIssued: subject.key === issuer.key,
            source: location,
            duplicates: [],
        };
        return cert;
    }
    catch (error) {
        if (error instanceof pki_der/* DerError */.I4)
            throw new CertificateParseError(error.message);
        throw error;
    }
}

//# sourceMappingURL=parse.js.map

/***/ }),

/***/ 1007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XN: () => (/* binding */ extensionProblem),
/* harmony export */   nN: () => (/* binding */ certificateFinding),
/* harmony export */   w2: () => (/* binding */ missingAuthorityKeyId),
/* harmony export */   wS: () => (/* binding */ assessCertificate)
/* harmony export */ });
/* unused harmony exports STRICT_CONSEQUENCE, clientAuthProblem */
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6294);

const DAY_MS = 86_400_000;
/** Curves API Gateway accepts for ECDSA keys (the AWS guide lists ECDSA-256/384; P-521 per issue). */
const ALLOWED_CURVES = new Set(['P-256', 'P-384', 'P-521']);
/** Hashes of SHA-256 strength or better (the AWS guide: "SHA-256 or stronger"). */
const STRONG_HASHES = new Set(['SHA-256', 'SHA-384', 'SHA-512']);
function certificateFinding(cert, severity, code, message) {
    return {
        severity,
        code,
        message: `${cert.source.file}:${cert.source.line}: "${cert.subject}" ${message}`,
        file: cert.source.file,
        line: cert.source.line,
        subject: cert.subject,
        fingerprint: cert.fingerprint,
    };
}
function isoDate(d) {
    return d.toISOString().slice(0, 10);
}
/**
 * Extensions a TLS verifier processes, so it may find them critical: OpenSSL's list
 * (X509_supported_extension). A critical extension outside it makes OpenSSL refuse the
 * certificate (RFC 5280 4.2: "a certificate-using system MUST reject the certificate").
 */
const PROCESSED_EXTENSIONS = new Set([
    '2.5.29.15', // keyUsage
    '2.5.29.17', // subjectAltName
    '2.5.29.19', // basicConstraints
    '2.5.29.30', // nameConstraints
    '2.5.29.31', // cRLDistributionPoints
    '2.5.29.32', // certificatePolicies
    '2.5.29.33', // policyMappings
    '2.5.29.36', // policyConstraints
    '2.5.29.37', // extKeyUsage
    '2.5.29.54', // inhibitAnyPolicy
    '1.3.6.1.5.5.7.1.7', // ipAddrBlocks (RFC 3779)
    '1.3.6.1.5.5.7.1.8', // autonomousSysIds (RFC 3779)
    '1.3.6.1.5.5.7.1.14', // proxyCertInfo
    '1.3.6.1.5.5.7.1.24', // TLS feature
    '2.16.840.1.113730.1.1', // Netscape certificate type
]);
/** Why a verifier refuses this certificate's extensions outright, if it does. */
function extensionProblem(cert) {
    const seen = new Set();
    for (const ext of cert.extensions) {
        if (seen.has(ext.oid)) {
            return {
                code: 'duplicate-extension',
                message: `carries extension ${ext.oid} twice (RFC 5280 4.2 forbids it; OpenSSL refuses the certificate): reissue it`,
            };
        }
        seen.add(ext.oid);
    }
    const unknown = cert.extensions.find((e) => e.critical && !PROCESSED_EXTENSIONS.has(e.oid));
    if (unknown) {
        return {
            code: 'unknown-critical-extension',
            message: `marks extension ${unknown.oid} critical, which TLS verifiers such as OpenSSL do not process, so they refuse every chain through it: reissue it with that extension non-critical`,
        };
    }
    return undefined;
}
/**
 * What a strict verifier does with the RFC 5280 profile checks below, and why they are warnings:
 * OpenSSL with -x509_strict (X509_V_FLAG_X509_STRICT) refuses every chain through such a CA; API
 * Gateway does not document whether its verifier is that strict.
 */
const STRICT_CONSEQUENCE = 'strict TLS verifiers (openssl verify -x509_strict) refuse every client chain through it, and API Gateway does not document whether it verifies that strictly (set fail-on-warnings: true to refuse it)';
const OID_SUBJECT_KEY_ID = '2.5.29.14';
const OID_AUTHORITY_KEY_ID = '2.5.29.35';
function hasExtension(cert, oid) {
    return cert.extensions.some((e) => e.oid === oid);
}
const EKU_CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const EKU_ANY = '2.5.29.37.0';
/**
 * RFC 5280 4.2.1.12: a CA's extendedKeyUsage restricts what it may be used for; OpenSSL's purpose
 * check for TLS clients (X509_PURPOSE_SSL_CLIENT, check_ssl_ca) refuses a CA whose extendedKeyUsage
 * lacks clientAuth, so none of the client certificates it issues is accepted.
 */
function clientAuthProblem(cert) {
    const eku = cert.extendedKeyUsage;
    if (!cert.basicConstraints?.ca || eku === undefined || eku.includes(EKU_CLIENT_AUTH))
        return undefined;
    if (eku.includes(EKU_ANY)) {
        // RFC 5280 lets anyExtendedKeyUsage stand for every purpose, but OpenSSL's purpose check asks
        // for clientAuth itself (measured with OpenSSL 3.0: "unsuitable certificate purpose").
        return {
            severity: 'warning',
            code: 'client-auth-implicit',
            message: `has an extendedKeyUsage with anyExtendedKeyUsage but not clientAuth (${eku.join(', ')}): RFC 5280 4.2.1.12 allows it, but OpenSSL's purpose check for TLS clients refuses every client certificate under it, and API Gateway does not document whether it checks the purpose (set fail-on-warnings: true to refuse it); reissue it with clientAuth in extendedKeyUsage, or without the extension`,
        };
    }
    return {
        severity: 'error',
        code: 'client-auth-not-allowed',
        message: `has an extendedKeyUsage without clientAuth (${eku.join(', ') || 'empty'}): a verifier that checks the TLS client purpose (RFC 5280 4.2.1.12; OpenSSL's purpose check) refuses every client certificate under it, so its clients get 403 Forbidden; reissue it with clientAuth in extendedKeyUsage, or without the extension`,
    };
}
/**
 * RFC 5280 4.2.1.1: every certificate but a self-signed one carries an authorityKeyIdentifier.
 * Needs to know whether the certificate is self-signed, so the hierarchy calls it.
 */
function missingAuthorityKeyId(cert, selfSigned) {
    if (selfSigned || !cert.basicConstraints?.ca || hasExtension(cert, OID_AUTHORITY_KEY_ID))
        return undefined;
    return certificateFinding(cert, 'warning', 'missing-authority-key-id', `has no authorityKeyIdentifier (RFC 5280 4.2.1.1 requires one on every certificate that is not self-signed): ${STRICT_CONSEQUENCE}; reissue it with "authorityKeyIdentifier = keyid:always"`);
}
/** Every rule that judges a CA certificate by itself (no issuer needed). */
function assessCertificate(cert, policy) {
    const out = [];
    const add = (severity, code, message) => {
        out.push(certificateFinding(cert, severity, code, message));
    };
    checkIsV3Ca(cert, add);
    checkCaExtensions(cert, add);
    const extensions = extensionProblem(cert);
    if (extensions)
        add('error', extensions.code, extensions.message);
    checkValidity(cert, policy, add);
    checkKey(cert.publicKey, add);
    checkExponent(cert.publicKey, add);
    checkSignature(cert, add);
    return out;
}
/** API Gateway needs X.509 v3 CA certificates (basicConstraints cA true). */
function checkIsV3Ca(cert, add) {
    if (cert.version !== 3) {
        add('error', 'not-v3', `is an X.509 v${cert.version} certificate: API Gateway needs v3 CA certificates with basicConstraints; reissue it as v3`);
    }
    if (!cert.basicConstraints?.ca) {
        add('error', 'not-a-ca', cert.basicConstraints
            ? 'is a leaf (basicConstraints cA is false), not a CA: remove it from the CA files; clients present their own leaf certificates'
            : 'has no basicConstraints extension, so it is not a CA: remove it if it is a leaf, or reissue the CA with "basicConstraints = critical,CA:true"');
    }
}
/** The extensions RFC 5280 asks of a CA (keyUsage, subjectKeyIdentifier) and what they allow. */
function checkCaExtensions(cert, add) {
    if (cert.basicConstraints?.ca && !cert.keyUsage) {
        add('warning', 'missing-key-usage', `is a CA without a keyUsage extension (RFC 5280 4.2.1.3 requires one with keyCertSign): ${STRICT_CONSEQUENCE}; reissue it with "keyUsage = critical,keyCertSign,cRLSign"`);
    }
    if (cert.basicConstraints?.ca && !hasExtension(cert, OID_SUBJECT_KEY_ID)) {
        add('warning', 'missing-subject-key-id', `is a CA without a subjectKeyIdentifier (RFC 5280 4.2.1.2 requires one on CA certificates): ${STRICT_CONSEQUENCE}; reissue it with "subjectKeyIdentifier = hash"`);
    }
    const eku = clientAuthProblem(cert);
    if (eku)
        add(eku.severity, eku.code, eku.message);
    if (cert.basicConstraints?.ca && cert.keyUsage && !cert.keyUsage.keyCertSign) {
        add('error', 'no-key-cert-sign', `has keyUsage (${cert.keyUsage.names.join(', ') || 'empty'}) without keyCertSign, so it cannot issue certificates: reissue it with keyCertSign`);
    }
}
/** Expired, not yet valid, or expiring within the policy's warning window. */
function checkValidity(cert, policy, add) {
    const now = policy.now.getTime();
    if (cert.notAfter.getTime() < now) {
        add('error', 'expired', `expired on ${isoDate(cert.notAfter)}: renew it or remove it; clients whose chain uses it are rejected`);
    }
    else if (cert.notBefore.getTime() > now) {
        add('error', 'not-yet-valid', `is not valid before ${isoDate(cert.notBefore)}: clients are rejected until then; wait or reissue it`);
    }
    else if (cert.notAfter.getTime() - now < policy.expiryWarningDays * DAY_MS) {
        const days = Math.floor((cert.notAfter.getTime() - now) / DAY_MS);
        add('warning', 'expiring-soon', `expires on ${isoDate(cert.notAfter)} (in ${days} days): renew it and add the new certificate before then`);
    }
}
/** The key types and sizes API Gateway accepts. */
function checkKey(key, add) {
    if (key.algorithm === 'RSA') {
        if (key.bits < 2048)
            add('error', 'weak-key', `has an RSA ${key.bits}-bit key: API Gateway needs RSA 2048 bits or more; reissue the CA with a stronger key`);
    }
    else if (key.algorithm === 'EC') {
        if (!ALLOWED_CURVES.has(key.curve ?? '')) {
            add('error', 'weak-key', `has an EC key on curve ${key.curve}: API Gateway accepts P-256, P-384 or P-521; reissue the CA`);
        }
    }
    else {
        add('error', 'unsupported-key', `has a ${key.description} key: API Gateway accepts RSA (2048 bits or more) or ECDSA P-256/P-384/P-521 keys; reissue the CA`);
    }
}
const EXPONENT_RULE = 'the CA/Browser Forum Baseline Requirements (6.1.6) require an odd public exponent of 3 or more and say it should lie between 2^16 + 1 and 2^256 - 1';
/** The RSA public exponent, read from the DER without building the key (keys.ts, exponentProblem). */
function checkExponent(key, add) {
    const e = key.exponent;
    const problem = (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .exponentProblem */ .n3)(key);
    if (!e || !problem)
        return;
    const size = e.value !== undefined ? `public exponent ${e.value}` : `${e.bits}-bit public exponent`;
    if (problem === 'invalid') {
        const what = e.negative ? 'a negative public exponent' : !e.odd ? `an even ${size}` : `${size}`;
        add('error', 'rsa-exponent-invalid', `has an ${key.description} key with ${what}: ${EXPONENT_RULE} (a requirement, not this action's policy); no verifier can trust a signature checked with it, so none is checked with it; reissue the CA with the exponent 65537`);
    }
    else if (problem === 'too-large') {
        add('error', 'rsa-exponent-too-large', `has an ${key.description} key with a ${size} (65537 has 17 bits): ${EXPONENT_RULE}; refusing a larger one is this action's policy for a truststore, because each signature check with it costs up to 100 times a normal one (a crowd of such CAs stalls every verifier), so no signature is checked with it; reissue the CA with the exponent 65537`);
    }
    else {
        add('warning', 'rsa-exponent-small', `has an ${key.description} key with ${size}: ${EXPONENT_RULE}; warning about a smaller one is this action's policy (small exponents made signature forgeries possible against lax verifiers; set fail-on-warnings: true to refuse it); reissue the CA with the exponent 65537`);
    }
}
/** A well-formed signature algorithm API Gateway accepts, with a hash of SHA-256 strength or better. */
function checkSignature(cert, add) {
    const sig = cert.signature;
    if (!cert.signatureAlgorithmsMatch) {
        add('error', 'signature-algorithm-mismatch', `names ${cert.innerSignatureOid} inside the signed part but ${sig.name} outside (RFC 5280 4.1.1.2 requires the same): the certificate is malformed; reissue it`);
    }
    if (sig.name === 'Ed25519' || sig.name === 'Ed448') {
        add('error', 'unsupported-signature', `is signed with ${sig.name}: API Gateway does not accept EdDSA signatures; reissue it with RSA or ECDSA and SHA-256`);
    }
    else if (!sig.hash) {
        add('error', 'unsupported-signature', `is signed with an unknown algorithm (${sig.oid}): reissue it with sha256WithRSAEncryption or ecdsa-with-SHA256`);
    }
    else if (!STRONG_HASHES.has(sig.hash)) {
        add('error', 'weak-signature', `is signed with ${sig.name} (${sig.hash}): API Gateway needs SHA-256 or stronger; reissue it with SHA-256`);
    }
}
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 8101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsesAsChild),
/* harmony export */   Eo: () => (/* binding */ noteLoads),
/* harmony export */   KD: () => (/* binding */ parsesAsIssuer),
/* harmony export */   Yh: () => (/* binding */ x509Of),
/* harmony export */   aH: () => (/* binding */ layoutOf),
/* harmony export */   e1: () => (/* binding */ checkWithKey),
/* harmony export */   j1: () => (/* binding */ keyVerifies),
/* harmony export */   w5: () => (/* binding */ signatureChecks),
/* harmony export */   x5: () => (/* binding */ keyFromSpki),
/* harmony export */   yM: () => (/* binding */ FAST_HASHES),
/* harmony export */   zj: () => (/* binding */ keyTypeOf)
/* harmony export */ });
/* unused harmony export signatureVerifies */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(599);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6294);
/**
 * Signature checks with node:crypto (OpenSSL underneath, the same code a TLS terminator runs).
 *
 * What OpenSSL's X509_verify does for the common algorithms (RSA PKCS #1 v1.5 and ECDSA with
 * SHA-256/384/512): refuse when the inner and outer signature algorithms differ, when the signature
 * BIT STRING has unused bits, or when the issuer key is of the other type; else EVP_DigestVerify of
 * the DER tbsCertificate. verify() does the same EVP_DigestVerify on the same bytes, with a key made
 * from the issuer's SubjectPublicKeyInfo, so no X509Certificate is made for a check that fails:
 * made and dropped by the thousand, their native memory outgrows V8's view of the heap. Other
 * algorithms go through X509Certificate.verify itself. A verdict of yes also asks that OpenSSL
 * loads both certificates, as X509Certificate.verify needs (parsesAsChild, parsesAsIssuer).
 */



/** Signature checks made with OpenSSL so far, on every thread: what the tests count. */
const signatureChecks = { count: 0 };
/** Hash of each signature algorithm checked with verify(), by OID; its key type is keyTypeOf's. */
const FAST_HASHES = {
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512',
};
const NAMED_CURVES = new Set(['P-256', 'P-384', 'P-521']);
/**
 * Key types as the helper threads see them: 1 an rsaEncryption key, 2 an EC key on a NIST curve, 0
 * any other (RSA-PSS, other curves, EdDSA, DSA: X509Certificate.verify decides for those).
 */
function keyTypeOf(cert) {
    const key = cert.publicKey;
    if (key.algorithm === 'RSA')
        return 1;
    return key.algorithm === 'EC' && NAMED_CURVES.has(key.curve ?? '') ? 2 : 0;
}
const span = (el) => [el.start, el.end];
function layoutOf(cert) {
    const der = cert.der;
    const [tbs, , signature] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(der, (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readElement */ .RN)(der, 0, der.length));
    const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(der, tbs);
    const spki = fields[fields[0]?.tag === 0xa0 ? 6 : 5];
    const fast = FAST_HASHES[cert.signature.oid];
    const clean = signature.end - signature.contentStart > 1 && der[signature.contentStart] === 0;
    return {
        hash: fast && clean && cert.signatureAlgorithmsMatch ? fast : '',
        signedWith: cert.signature.oid.startsWith('1.2.840.113549.') ? 1 : 2,
        tbs: span(tbs),
        signature: [signature.contentStart + 1, signature.end],
        spki: span(spki),
    };
}
/** A public key from SubjectPublicKeyInfo DER, or null when OpenSSL cannot load it. */
function keyFromSpki(spki) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    }
    catch {
        return null;
    }
}
/**
 * One check of `child`'s signature with `key`, an issuer key of type `keyType` (keyTypeOf): the
 * same decision the helper threads make (verify-pool.ts). `x509` makes the child's X509Certificate
 * when the algorithm needs it.
 */
function checkWithKey(der, layout, keyType, key, x509) {
    if (!key)
        return false;
    signatureChecks.count++;
    try {
        if (layout.hash && keyType !== 0) {
            if (keyType !== layout.signedWith)
                return false; // OpenSSL: wrong public key type
            const [t0, t1] = layout.tbs;
            const [s0, s1] = layout.signature;
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(layout.hash, der.subarray(t0, t1), key, der.subarray(s0, s1));
        }
        return x509()?.verify(key) ?? false;
    }
    catch {
        return false;
    }
}
const x509Cache = new WeakMap();
/** node:crypto's view of a certificate, made once; null when OpenSSL cannot load it. */
function x509Of(cert) {
    let x = x509Cache.get(cert);
    if (x === undefined) {
        try {
            x = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(cert.der);
        }
        catch {
            x = null;
        }
        x509Cache.set(cert, x);
    }
    return x;
}
const asChild = new WeakMap();
const asIssuer = new WeakMap();
/** Does OpenSSL load `cert` (X509Certificate)? Asked once a signature on it verified. */
function parsesAsChild(cert) {
    let ok = asChild.get(cert);
    if (ok === undefined) {
        ok = (x509Cache.get(cert) ?? loadX509(cert.der)) !== null;
        asChild.set(cert, ok);
    }
    return ok;
}
/** What a helper thread found out, loading a child and its issuer after a signature verified. */
function noteLoads(child, issuer, issuerLoads) {
    asChild.set(child, true);
    asIssuer.set(issuer, issuerLoads);
}
/** Does OpenSSL load `cert` and its key (X509Certificate.publicKey)? Asked once its key verified. */
function parsesAsIssuer(cert) {
    let ok = asIssuer.get(cert);
    if (ok === undefined) {
        try {
            ok = Boolean((x509Cache.get(cert) ?? new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(cert.der)).publicKey);
        }
        catch {
            ok = false;
        }
        asIssuer.set(cert, ok);
    }
    return ok;
}
function loadX509(der) {
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
    }
    catch {
        return null;
    }
}
const keys = new WeakMap();
/**
 * Does `issuer`'s key verify `child`'s signature, whether or not OpenSSL loads the two certificates
 * (signatureVerifies adds that)? The same answer for every certificate with that key. A key
 * refused for its exponent (keys.ts, checksSignatures) never reaches OpenSSL: no, at no cost.
 */
function keyVerifies(child, issuer) {
    if (!(0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .checksSignatures */ .$u)(issuer.publicKey))
        return false;
    let key = keys.get(issuer);
    if (key === undefined) {
        const [k0, k1] = layoutOf(issuer).spki;
        key = keyFromSpki(issuer.der.subarray(k0, k1));
        keys.set(issuer, key);
    }
    return checkWithKey(child.der, layoutOf(child), keyTypeOf(issuer), key, () => x509Of(child));
}
/** True when `issuer`'s public key verifies `child`'s signature (X509Certificate.verify). */
function signatureVerifies(child, issuer) {
    return keyVerifies(child, issuer) && parsesAsChild(child) && parsesAsIssuer(issuer);
}
//# sourceMappingURL=signatures.js.map

/***/ }),

/***/ 6873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildTruststore),
/* harmony export */   Hl: () => (/* binding */ renderPem),
/* harmony export */   tB: () => (/* binding */ canonicalOrder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/**
 * The canonical truststore: the same set of certificates, from any files in any order, gives
 * byte-identical output. Order: one group per root (roots by subject, then fingerprint); inside a
 * group the deepest CAs first, so children come before parents and the root closes its group.
 */

function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareCertificates(a, b) {
    return compareText(a.subject, b.subject) || compareText(a.fingerprint, b.fingerprint);
}
function canonicalOrder(entries) {
    const byFingerprint = new Map(entries.map((e) => [e.certificate.fingerprint, e]));
    const groupKey = (e) => e.rootFingerprint ? byFingerprint.get(e.rootFingerprint)?.certificate : undefined;
    return [...entries].sort((a, b) => {
        const ra = groupKey(a);
        const rb = groupKey(b);
        // Certificates that reach no root go last (only a refused set has them).
        if (!ra || !rb)
            return (ra ? 0 : 1) - (rb ? 0 : 1) || compareCertificates(a.certificate, b.certificate);
        return (compareCertificates(ra, rb) ||
            (b.depth ?? 0) - (a.depth ?? 0) ||
            compareCertificates(a.certificate, b.certificate));
    });
}
/** Pure PEM: CERTIFICATE blocks, 64-column base64, `\n` line ends, a final newline. */
function renderPem(certs) {
    let out = '';
    for (const cert of certs) {
        const b64 = Buffer.from(cert.der).toString('base64');
        out += '-----BEGIN CERTIFICATE-----\n';
        for (let i = 0; i < b64.length; i += 64)
            out += `${b64.slice(i, i + 64)}\n`;
        out += '-----END CERTIFICATE-----\n';
    }
    return out;
}
function buildTruststore(entries) {
    const ordered = canonicalOrder(entries);
    const pem = renderPem(ordered.map((e) => e.certificate));
    return { entries: ordered, pem, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(pem).digest('hex') };
}
//# sourceMappingURL=truststore.js.map

/***/ }),

/***/ 6840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ sameCertificates),
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   er: () => (/* binding */ sameBytes),
/* harmony export */   f_: () => (/* binding */ changesForClients),
/* harmony export */   gk: () => (/* binding */ diffVersion),
/* harmony export */   parseTruststoreUri: () => (/* binding */ parseTruststoreUri)
/* harmony export */ });
/* unused harmony exports TruststoreUriError, summarize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66);
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
/** The same certificates, by fingerprint, whatever their order, encoding or repetitions. */
function sameCertificates(a, b) {
    const left = new Set(a.map((c) => c.fingerprint));
    const right = new Set(b.map((c) => c.fingerprint));
    return left.size === right.size && [...left].every((f) => right.has(f));
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
/**
 * What a merge adds and removes for some target's clients: the primary diff speaks for the domains
 * (and for a plan without targets), each trust store section for what that trust store serves.
 * Each certificate once, in the order first met.
 */
function changesForClients(plan) {
    const sections = plan.targets ?? [];
    const own = new Set(sections.map((s) => s.name));
    const domains = sections.length === 0 || plan.domains.some((d) => !own.has(d.domainName));
    const lists = [...(domains ? [plan.primary] : []), ...sections];
    const unique = (all) => [...new Map(all.map((c) => [c.fingerprint, c])).values()];
    return {
        added: unique(lists.flatMap((l) => l.added)),
        removed: unique(lists.flatMap((l) => l.removed)),
    };
}
//# sourceMappingURL=diff.js.map

/***/ }),

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   nE: () => (/* binding */ shortFingerprint),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports MAX_FIELD_LENGTH, logText */
/* harmony import */ var _workspace_display_path_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9435);
/**
 * Escaping for text that reaches a pull-request comment. Certificate subjects, issuers, file names
 * and finding messages are attacker-controlled (anyone can open a pull request with a CA file), so
 * every such string goes through exactly one of these functions for the context it lands in.
 */

/** Longest string shown for one certificate field; the fingerprint is the identity, not the name. */
const MAX_FIELD_LENGTH = 200;
/**
 * Makes a string single-line and visible: control characters, line and paragraph separators and
 * bidirectional overrides (which can reorder what a reviewer reads) become `U+XXXX` text. The
 * character set is displayPath's (src/workspace/display-path.ts), so both escape the same ones.
 */
function plainText(value, maxLength = MAX_FIELD_LENGTH) {
    const shown = Array.from(value);
    const cut = shown.length > maxLength ? `${shown.slice(0, maxLength).join('')}…` : value;
    return (0,_workspace_display_path_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .a)(cut, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}
/**
 * Text for plain lines of a GitHub runner's log. The runner reads any line that starts with `::`
 * (after spaces) as a workflow command, so a value from AWS or a certificate holding a line break
 * and `::warning …` could otherwise forge an annotation or set an output. Each line keeps its
 * break, every other control or bidi character becomes `U+XXXX`, a leading `::` is shown as
 * `U+003A:` and `##[` (the older command syntax, read anywhere in a line) as `#U+0023[`, which the
 * runner prints instead of running.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
function logText(value) {
    return value
        .split(/\r\n|\r|\n/)
        .map((line) => plainText(line, Number.POSITIVE_INFINITY)
        .replace(/^(\s*):(?=:)/, '$1U+003A')
        // The runner's older syntax, `##[command]`, is read anywhere in a line.
        .replace(/##\[/g, '#U+0023['))
        .join('\n');
}
/** What a backslash escapes in CommonMark: the ASCII punctuation characters. */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
/** Characters that open or close inline syntax, a table cell or GitHub's math wherever they stand. */
const ALWAYS_ESCAPED = new Set(['`', '*', '[', ']', '>', '|', '~', '$']);
/** `&` that, with what follows, a renderer would read as a character reference. */
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const WORD = /^[\p{L}\p{N}]$/u;
/** Breaks a mention, a reference or an autolink without changing what a reader sees. */
const ZWSP = '\u200b';
/**
 * Text for Markdown: paragraphs, list items, table cells, headings. Ordinary text stays as it is,
 * so the raw Markdown (the `plan-markdown` output) reads like the rendered one; only what could
 * start GFM syntax where it stands is escaped, with a backslash: `` ` `` `*` `[` `]` `>` `|` `~`
 * `$` (GitHub's math) everywhere, `_` unless inside a word, `\` before punctuation or at the end,
 * `&` when it would form a character reference, `!` before `[`, a block marker (`#`, `-`, `+`,
 * `=`, `1.`) at the start (a value may start a line), and, after a `]`, the parentheses of what
 * would be a link destination. `<` becomes `&lt;`, so no HTML survives. `@` mentions, e-mail and
 * `www.`/`scheme://` autolinks and `#123` references are broken with a zero-width space, so that
 * GitHub links nothing and notifies nobody. Not for raw HTML blocks, where backslashes show.
 */
function markdownText(value, maxLength = MAX_FIELD_LENGTH) {
    const chars = Array.from(plainText(value, maxLength));
    const lead = leadingMarker(chars);
    let out = '';
    let destination = 0;
    chars.forEach((ch, i) => {
        const prev = chars[i - 1] ?? '';
        const next = chars[i + 1] ?? '';
        if (i === lead || ALWAYS_ESCAPED.has(ch))
            out += `\\${ch}`;
        else if (ch === '<')
            out += '&lt;';
        else if (ch === '\\')
            out += next === '' || ASCII_PUNCTUATION.test(next) ? '\\\\' : ch;
        else if (ch === '_')
            out += WORD.test(prev) && WORD.test(next) ? ch : '\\_';
        else if (ch === '&')
            out += ENTITY.test(chars.slice(i, i + 42).join('')) ? '\\&' : ch;
        else if (ch === '!')
            out += next === '[' ? '\\!' : ch;
        else if (ch === '(' && (prev === ']' || destination > 0)) {
            destination++;
            out += '\\(';
        }
        else if (ch === ')' && destination > 0) {
            destination--;
            out += '\\)';
        }
        else
            out += ch;
    });
    return out
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/(https?|ftp):\/\//gi, `$1:${ZWSP}//`)
        .replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`);
}
/** Where a value would open a block if it started a line (`# `, `- `, `1. `): the index to escape. */
function leadingMarker(chars) {
    let i = 0;
    while (i < 3 && chars[i] === ' ')
        i++;
    if (chars[i] !== undefined && '#-+='.includes(chars[i]))
        return i;
    let j = i;
    while (j < i + 9 && /^[0-9]$/.test(chars[j] ?? ''))
        j++;
    return j > i && (chars[j] === '.' || chars[j] === ')') ? j : -1;
}
/**
 * A label inside a Mermaid flowchart node, to be written between double quotes: everything but
 * letters, digits, space, `,`, `.`, `=` and `_` becomes a Mermaid entity (`#60;`), so a label can
 * neither close its quotes, start a comment (`%%`), open a link or a `click` line, nor carry HTML.
 */
function mermaidLabel(value, maxLength = 60) {
    let out = '';
    for (const ch of plainText(value, maxLength)) {
        out += /[A-Za-z0-9 ,.=_]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    }
    return out;
}
/** A short fingerprint as an inline code span: hex only, so it needs no escaping. */
function shortFingerprint(fingerprint) {
    const hex = fingerprint.toLowerCase().replace(/[^0-9a-f]/g, '');
    return `\`${hex.slice(0, 16)}\``;
}
//# sourceMappingURL=escape.js.map

/***/ }),

/***/ 66:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* binding */ failureReasonOf),
/* harmony export */   O$: () => (/* binding */ ReasonedError),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * The errors a run can end with. Every error the pipeline throws on purpose carries its failure
 * reason (the `failure-reason` output), so a workflow can branch on it (retry on `conflict`, page
 * someone on `warnings`, ...) without parsing messages, and the reporters never guess from a shape.
 * Anything else (a bug, a library's own error) is `error`.
 */
/** An error that knows its failure reason; the message names the fix. */
class ReasonedError extends Error {
    reason;
    name = 'ReasonedError';
    constructor(message, reason) {
        super(message);
        this.reason = reason;
    }
}
/**
 * Bad input, whichever front-end it came through: an action input or a CLI flag the user got wrong.
 * The message names the input and the fix. One type everywhere (pure: the core may throw it too),
 * so the action reports failure-reason invalid-input and the CLI exits 2 for all of them.
 */
class InputError extends ReasonedError {
    name = 'InputError';
    constructor(message) {
        super(message, 'invalid-input');
    }
}
/** The failure reason of anything thrown: its own when it has one (by type), else `error`. */
function failureReasonOf(error) {
    return error instanceof ReasonedError ? error.reason : 'error';
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 3152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ labelOf),
/* harmony export */   ZR: () => (/* binding */ TRUST_STORE_ARN),
/* harmony export */   dz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66);


/** Errors name inputs as the action does, whatever the source: `input max-ca-depth`. */
const inputLabels = { get: () => '', label: (name) => `input ${name}` };
// The source of the readSettings call in progress; the readers below take only a name, so a new
// setting is one line whatever the front-end.
let source = inputLabels;
const read = (name) => source.get(name);
const label = (name) => source.label(name);
function list(name) {
    return read(name)
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && !s.startsWith('#'));
}
function integer(name, fallback, min, max) {
    const raw = read(name).trim();
    if (raw === '')
        return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(name)} is "${raw}": set it to a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function boolean(name, fallback) {
    const raw = read(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(raw))
        return true;
    if (['false', 'no', '0', 'off'].includes(raw))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(name)} is "${raw}": set it to true or false`);
}
function oneOf(name, allowed, fallback) {
    const raw = read(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (allowed.includes(raw))
        return raw;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(name)} is "${raw}": set it to one of ${allowed.join(', ')}`);
}
function optional(name) {
    const raw = read(name).trim();
    return raw === '' ? undefined : raw;
}
/**
 * An Elastic Load Balancing trust store ARN:
 * arn:<partition>:elasticloadbalancing:<region>:<account>:truststore/<name>/<id>
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html
 */
const TRUST_STORE_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:([a-z0-9-]+):(\d{12}):truststore\/([A-Za-z0-9-]{1,32})\/([0-9a-f]{1,64})$/;
function trustStoreArns(name) {
    const lines = read(name).split(/\r?\n/);
    const arns = [];
    for (const [i, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (!TRUST_STORE_ARN.test(line)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(name)} line ${i + 1} is "${line.slice(0, 200)}", which is not a trust store ARN: write one ARN per line, e.g. arn:aws:elasticloadbalancing:eu-west-1:123456789012:truststore/partners/0123456789abcdef (aws elbv2 describe-trust-stores lists them)`);
        }
        if (!arns.includes(line))
            arns.push(line);
    }
    return arns;
}
/** Settings from the action's inputs, or from another source of the same inputs (the CLI's flags). */
function readSettings(env, from) {
    source = from;
    try {
        return settingsFromInputs(env);
    }
    finally {
        source = inputLabels;
    }
}
/** Tells the comments of several truststores apart (action.yml: label, else truststore-uri, else output-file). */
function labelOf(settings) {
    return settings.label ?? settings.truststoreUri ?? settings.outputFile;
}
function settingsFromInputs(env) {
    const caFiles = list('ca-files');
    const mode = oneOf('mode', ['auto', 'validate', 'plan', 'deploy', 'diagnose', 'audit'], 'auto');
    // diagnose against a domain's pinned truststore (truststore-uri) needs no CA files.
    const diagnoseLive = mode === 'diagnose' && optional('truststore-uri') !== undefined;
    if (caFiles.length === 0 && !diagnoseLive) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label('ca-files')} is empty: list the CA certificate files as glob patterns, one per line (e.g. "pki/**/*.pem")`);
    }
    const elbTrustStoreArns = trustStoreArns('elb-trust-store-arns');
    const revocationFiles = list('revocation-files');
    if (revocationFiles.length > 0 && elbTrustStoreArns.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label('revocation-files')} is set but ${label('elb-trust-store-arns')} names no trust store: revocation lists are applied to Elastic Load Balancing trust stores only; name them, or remove revocation-files`);
    }
    return {
        mode,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: env.RUNNER_TEMP || undefined,
        caFiles,
        clientCertificates: list('client-certificates'),
        outputFile: optional('output-file') ?? 'truststore.pem',
        expiryWarningDays: integer('expiry-warning-days', 30, 0, 3650),
        maxCaDepth: integer('max-ca-depth', 4, 1, 16),
        failOnWarnings: boolean('fail-on-warnings', false),
        truststoreUri: optional('truststore-uri'),
        domainNames: list('domain-names'),
        elbTrustStoreArns,
        revocationFiles,
        awsRegion: optional('aws-region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined),
        waitTimeoutSeconds: integer('wait-timeout-seconds', 900, 0, 86_400),
        rollbackOnWarnings: boolean('rollback-on-warnings', true),
        domainUpdateIntervalSeconds: integer('domain-update-interval-seconds', 30, 0, 3600),
        pollIntervalSeconds: integer('poll-interval-seconds', 10, 0, 3600),
        sseAlgorithm: optional('server-side-encryption'),
        sseKmsKeyId: optional('sse-kms-key-id'),
        githubToken: optional('github-token') ?? env.GITHUB_TOKEN ?? '',
        comment: oneOf('comment', ['always', 'changes-only', 'never'], 'always'),
        label: optional('label'),
        requireReviewedPlan: boolean('require-reviewed-plan', true),
        requiredApprovals: integer('required-approvals', 1, 0, 20),
        githubAppSlug: optional('github-app-slug'),
        probeIdentities: read('probe-identities'),
        probeUrl: optional('probe-url') ?? 'https://{domain}/',
        probeCaFile: optional('probe-ca-file'),
        probeTimeoutSeconds: integer('probe-timeout-seconds', 120, 1, 3600),
        rollbackOnProbeFailure: boolean('rollback-on-probe-failure', true),
        clientCertificate: optional('client-certificate'),
        environment: env,
    };
}
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 6927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ collectSources)
/* harmony export */ });
/* unused harmony export LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _display_path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9435);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7053);
/**
 * The file-system edge of validation: expands the ca-files (or client-certificates) globs
 * (@actions/glob's syntax, see glob.ts; `!` excludes) under the workspace and reads each match.
 * The workspace is the boundary: nothing outside it is walked, opened or named by its content,
 * and everything that goes wrong is a finding, never a throw, so the user sees every problem in
 * one run.
 */




/**
 * Our own bounds (not AWS's): a CA bundle is small and few files, so anything past these is a
 * pattern that matches the wrong tree or a repository built to exhaust the runner. Crossing one is
 * an error, never a silent cut: a truststore built from part of the files is not the reviewed one.
 */
const LIMITS = {
    /** One file: a truststore beyond this is not a CA bundle (API Gateway's own limit is far lower). */
    fileBytes: 10 * 1024 * 1024,
    /** All files of one input together. */
    totalBytes: 64 * 1024 * 1024,
    /** Files one input may match. */
    files: 10_000,
    /** Directory entries one input's walk may look at. */
    walkEntries: 200_000,
};
function inputFinding(input, message) {
    return { severity: 'error', code: 'no-match', message: `input ${input}: ${message}` };
}
function fileFinding(code, display, message) {
    return { severity: 'error', code, message, file: display };
}
/** Why a file or directory could not be read, as the fix. */
function unreadableReason(code) {
    return code === 'EACCES' || code === 'EPERM'
        ? 'permission denied: make it readable by the runner user (chmod a+r) or exclude it with a "!" pattern'
        : `${code}: check the file system, or exclude it with a "!" pattern`;
}
/** The finding for everything the walk found that is not a readable file inside the workspace. */
function matchFinding(match, input) {
    const name = (0,_display_path_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(match.rel);
    switch (match.kind) {
        case 'broken-link':
            return fileFinding('unreadable', name, `${name}: a broken symlink: point it at a file or remove it`);
        case 'outside': {
            const what = match.link !== undefined ? `is a symlink to ${(0,_display_path_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(match.link)}` : 'resolves';
            return fileFinding('outside-workspace', name, match.directory
                ? `${name} ${what} outside the workspace: it was not walked; copy the CA files into the repository or exclude the link with a "!" pattern in ${input}`
                : `${name} ${what} outside the workspace: copy the certificate into the repository instead of linking to it`);
        }
        case 'special':
            return fileFinding('not-a-file', name, `${name} is ${match.type}, not a file: it was not opened; remove it or exclude it with a "!" pattern in ${input}`);
        case 'unreadable':
            return fileFinding('unreadable', name, `${name}${match.directory ? ' (a directory) could not be listed' : ' could not be read'}: ${unreadableReason(match.code)}`);
    }
}
/**
 * Reads one file that the walk resolved inside the workspace. Opened without following a final
 * symlink and without blocking (a FIFO swapped in after the walk must not hang the run), then
 * checked again on the open descriptor: what is read is what was checked.
 */
async function readMatch(match, display, budget) {
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(match.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code ?? 'error';
        if (code === 'ELOOP') {
            return fileFinding('unreadable', display, `${display} changed into a symlink while it was read: run again`);
        }
        return fileFinding('unreadable', display, `${display} could not be read: ${unreadableReason(code)}`);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile()) {
            return fileFinding('not-a-file', display, `${display} is not a regular file: remove it or exclude it with a "!" pattern`);
        }
        if (stats.size > budget.limits.fileBytes) {
            return fileFinding('file-too-large', display, `${display} is ${stats.size} bytes, too large for a CA file (at most ${budget.limits.fileBytes}): check that the pattern does not match an archive or a binary`);
        }
        if (stats.size > budget.bytes) {
            return fileFinding('too-many-files', display, `${display}: the matched files together pass ${budget.limits.totalBytes} bytes, more than CA files can be: narrow the patterns`);
        }
        const bytes = new Uint8Array(await handle.readFile());
        budget.bytes -= bytes.length;
        return { path: display, bytes };
    }
    catch (error) {
        const code = error.code ?? 'error';
        return fileFinding('unreadable', display, `${display} could not be read: ${unreadableReason(code)}`);
    }
    finally {
        await handle.close();
    }
}
/**
 * Reads every file the patterns match under `root`, in a stable order. Each include pattern must
 * match at least one file; anything that resolves outside `root`, is not a regular file or cannot
 * be read is a finding naming it, and the other files are still read.
 */
async function collectSources(root, patterns, input = 'ca-files', options = {}) {
    const findings = [];
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root);
    const excludes = patterns
        .filter((p) => p.startsWith('!'))
        .map((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compilePattern */ .Eb)(root, realRoot, p.slice(1)))
        // An exclude outside the root has nothing to exclude.
        .filter((p) => p !== undefined);
    const includes = patterns.filter((p) => !p.startsWith('!'));
    if (includes.length === 0) {
        return {
            sources: [],
            findings: [inputFinding(input, 'has only "!" exclusions: add a pattern that matches your CA files')],
        };
    }
    const walk = { entries: LIMITS.walkEntries, exhausted: false };
    const matches = new Map();
    for (const pattern of includes) {
        const compiled = (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compilePattern */ .Eb)(root, realRoot, pattern);
        if (!compiled) {
            findings.push({
                severity: 'error',
                code: 'outside-workspace',
                message: `input ${input}: pattern "${(0,_display_path_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(pattern)}" points outside ${root}: copy the certificates into the repository and write the pattern relative to the workspace`,
            });
            continue;
        }
        const matched = await (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globFiles */ .CJ)(root, realRoot, compiled, excludes, walk);
        if (matched.length === 0 && !walk.exhausted) {
            findings.push(inputFinding(input, `pattern "${(0,_display_path_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(pattern)}" matches no file under ${root}: fix the pattern (it is relative to the workspace) or remove it`));
        }
        for (const match of matched)
            if (!matches.has(match.abs))
                matches.set(match.abs, match);
    }
    if (walk.exhausted) {
        findings.push({
            severity: 'error',
            code: 'too-many-files',
            message: `input ${input}: the patterns lead through more than ${LIMITS.walkEntries} directory entries, so the files were not all seen: narrow the patterns to the folders that hold the CA files`,
        });
    }
    const ordered = [...matches.values()].sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
    const files = ordered.filter((m) => m.kind === 'file');
    if (files.length > LIMITS.files) {
        findings.push({
            severity: 'error',
            code: 'too-many-files',
            message: `input ${input}: the patterns match ${files.length} files, more than the ${LIMITS.files} CA files a truststore can come from: narrow the patterns`,
        });
        return { sources: [], findings };
    }
    const sources = [];
    const limits = {
        fileBytes: options.fileBytes ?? LIMITS.fileBytes,
        totalBytes: options.totalBytes ?? LIMITS.totalBytes,
    };
    const budget = { bytes: limits.totalBytes, limits };
    for (const match of ordered) {
        if (match.kind !== 'file') {
            findings.push(matchFinding(match, input));
            continue;
        }
        const display = (0,_display_path_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, match.abs) || node_path__WEBPACK_IMPORTED_MODULE_1__.basename(match.abs));
        const read = await readMatch(match, display, budget);
        if ('bytes' in read)
            sources.push(read);
        else
            findings.push(read);
    }
    return { sources, findings };
}
//# sourceMappingURL=collect.js.map

/***/ }),

/***/ 9435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath),
/* harmony export */   a: () => (/* binding */ escapeUnsafe)
/* harmony export */ });
/**
 * File names come from the repository, so they are attacker-controlled text: a name may hold a
 * newline (which would start a forged workflow command such as `::add-mask::` or `::error::` on the
 * next log line), a carriage return or ANSI escapes (which repaint what the log shows), or
 * bidirectional controls (which make `evil.pem` read as something else). Every path shown in a
 * message, annotation, summary or output goes through `displayPath`, which writes such characters
 * as visible escapes. The runner protocol's own escaping (%, CR, LF in src/runner.ts) still applies
 * on top, for the command syntax.
 */
/**
 * The one set of characters never shown as themselves, in a log line, a terminal or a comment:
 * C0 controls, DEL and C1 controls, U+061C (Arabic letter mark), U+200B–200F (zero-width space,
 * joiners, LRM/RLM), U+2028/2029 (line and paragraph separators), U+202A–202E (bidi embeddings and
 * overrides), U+2060–2069 (word joiner, invisible operators, bidi isolates) and U+FEFF (BOM).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
/**
 * `text` with every control and reordering character (the set above) replaced by `notation(c)`.
 * Each output context chooses its own notation: `\x1b` for paths (displayPath), `U+001B` for
 * comment and terminal text (plainText in src/report/escape.ts).
 */
function escapeUnsafe(text, notation) {
    return text.replace(UNSAFE, notation);
}
function visibleEscape(c) {
    switch (c) {
        case '\n':
            return '\\n';
        case '\r':
            return '\\r';
        case '\t':
            return '\\t';
        default: {
            const code = c.codePointAt(0) ?? 0;
            return code <= 0xff
                ? `\\x${code.toString(16).padStart(2, '0')}`
                : `\\u${code.toString(16).padStart(4, '0')}`;
        }
    }
}
/** The path as one safe line: control and reordering characters as `\n`, `\x1b`, `\u202e`. */
function displayPath(name) {
    return escapeUnsafe(name, visibleEscape);
}
//# sourceMappingURL=display-path.js.map

/***/ }),

/***/ 297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Dx: () => (/* binding */ gitStatus),
/* harmony export */   Ii: () => (/* binding */ tryGit),
/* harmony export */   Qf: () => (/* binding */ hasObject)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/**
 * The one way the action runs git in the workspace: execFile (no shell), with a timeout and a
 * buffer large enough for rev-parse, cat-file and merge-base answers.
 */


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** git's trimmed stdout; throws when git fails, exits non-zero or times out. */
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
    return stdout.trim();
}
/** git's trimmed stdout, or undefined when git fails, exits non-zero or times out. */
async function tryGit(cwd, args) {
    try {
        return await git(cwd, args);
    }
    catch {
        return undefined;
    }
}
/** Runs git and reports how it ended, for commands whose exit code is the answer; never throws. */
async function gitStatus(cwd, args) {
    try {
        const { stdout, stderr } = await run('git', args, {
            cwd,
            maxBuffer: 16 * 1024 * 1024,
            timeout: 120_000,
        });
        return { code: 0, stdout: stdout.trim(), stderr: stderr.trim() };
    }
    catch (error) {
        const e = error;
        // A timeout kills git (code null); a missing git or cwd is a string code such as ENOENT.
        const code = typeof e.code === 'number' && e.killed !== true ? e.code : undefined;
        const said = typeof e.stderr === 'string' ? e.stderr.trim() : '';
        const why = e.killed === true ? 'git timed out' : String(e.message ?? error);
        return {
            code,
            stdout: typeof e.stdout === 'string' ? e.stdout.trim() : '',
            stderr: code === undefined && said === '' ? why : said,
        };
    }
}
/** True when `spec` (a commit, `<sha>:path`, ...) names an object in the repository at cwd. */
async function hasObject(cwd, spec) {
    return (await tryGit(cwd, ['cat-file', '-e', spec])) !== undefined;
}
//# sourceMappingURL=git.js.map

/***/ }),

/***/ 7053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Di: () => (/* binding */ caFileMatcher),
  Eb: () => (/* binding */ compilePattern),
  CJ: () => (/* binding */ globFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/workspace/inside.js
var inside = __nccwpck_require__(4053);
;// CONCATENATED MODULE: ./lib/workspace/glob.js
/**
 * File patterns as @actions/glob reads them (the syntax users know from other actions: minimatch
 * with hidden files matched, no braces or extglobs, a directory standing for every file under it,
 * symlinks followed inside the workspace), without @actions/glob, which imports @actions/core (see runner.ts for the
 * startup cost). The walk starts at a pattern's literal prefix and enters only directories the
 * pattern can still match, so `pki/**\/*.pem` never reads the rest of the workspace.
 */




const WINDOWS = process.platform === 'win32';
/** @actions/glob's minimatch options: `*` matches dot-files; `{a,b}`, `+(x)`, `#` and `!` are literal. */
const OPTIONS = {
    dot: true,
    nobrace: true,
    noext: true,
    nocomment: true,
    nonegate: true,
    nocase: WINDOWS,
};
/** A segment without wildcards as the path it names (`\*` and `[*]` are a literal `*`), else ''. */
function literal(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            out += segment[++i];
        }
        else if (c === '*' || c === '?') {
            return '';
        }
        else if (c === '[' && i + 1 < segment.length) {
            // `[x]` is the literal x; a set of two or more characters is a wildcard.
            let set = '';
            let close = -1;
            for (let j = i + 1; j < segment.length; j++) {
                const d = segment[j];
                if (d === '\\' && j + 1 < segment.length) {
                    set += segment[++j];
                }
                else if (d === ']') {
                    close = j;
                    break;
                }
                else
                    set += d;
            }
            if (close >= 0 && set.length > 1)
                return '';
            if (close >= 0 && set.length === 1) {
                out += set;
                i = close;
            }
            else
                out += c;
        }
        else
            out += c;
    }
    return out;
}
/**
 * Compiles one pattern (without its `!`) relative to `root`. An absolute pattern is accepted when
 * it points inside `root` (or the real path of `root`); undefined when the pattern leaves the root.
 */
function compilePattern(root, realRoot, pattern) {
    let body = WINDOWS ? pattern.trim().replace(/\\/g, '/') : pattern.trim();
    // `pki/` names a directory only: the files under it match, a file named pki does not.
    const trailingSeparator = body.endsWith('/');
    if (external_node_path_.isAbsolute(body)) {
        const base = [root, realRoot].find((r) => (0,inside/* isInside */.F)(r, body));
        if (base === undefined)
            return undefined;
        body = external_node_path_.relative(base, body).replace(/\\/g, '/');
    }
    const normalized = external_node_path_.posix.normalize(body);
    if (normalized === '..' || normalized.startsWith('../'))
        return undefined;
    const segments = normalized.split('/').filter((s) => s !== '' && s !== '.');
    const endsInGlobstar = segments.at(-1) === '**';
    const own = segments.length > 0 ? new Minimatch(segments.join('/'), OPTIONS) : undefined;
    // @actions/glob's implicitDescendants: `dir` also stands for `dir/**`.
    const descendants = trailingSeparator || !endsInGlobstar || !own
        ? new Minimatch([...segments, '**'].join('/'), OPTIONS)
        : undefined;
    // A pattern ending in ** is tried with a trailing `/`, as @actions/glob does: `a/*/**` matches the file a/b.
    const ownMatch = (rel) => own?.match(endsInGlobstar ? `${rel}/` : rel) ?? false;
    const base = [];
    for (const segment of segments) {
        const name = literal(segment);
        if (name === '')
            break;
        base.push(name);
    }
    return {
        base,
        matchesFile: (rel) => (!trailingSeparator && ownMatch(rel)) || (descendants?.match(rel) ?? false),
        mayContain: (relDir) => relDir === '' || (descendants ?? own).match(relDir, true),
        coversDirectory: (relDir) => ownMatch(relDir) || (descendants?.match(relDir) ?? false),
    };
}
/**
 * Whether a repository-relative path (`/`-separated) is one the patterns collect: some include
 * matches it and no `!` exclude does, exactly as the walk decides, without touching the disk (the
 * provenance check reads paths from GitHub, not from the workspace).
 */
function caFileMatcher(patterns) {
    const root = external_node_path_.resolve('/');
    const compiled = (p) => compilePattern(root, root, p);
    const includes = patterns.filter((p) => !p.startsWith('!')).flatMap((p) => compiled(p) ?? []);
    const excludes = patterns.filter((p) => p.startsWith('!')).flatMap((p) => compiled(p.slice(1)) ?? []);
    return (rel) => includes.some((i) => i.matchesFile(rel)) && !excludes.some((e) => e.matchesFile(rel));
}
function errorCode(error) {
    return error?.code;
}
function isMissing(error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}
function specialType(s) {
    if (s.isFIFO())
        return 'a FIFO (named pipe)';
    if (s.isSocket())
        return 'a socket';
    if (s.isCharacterDevice())
        return 'a character device';
    if (s.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
/**
 * What under `root` the `include` pattern matches and no exclude does, in a stable order. Symlinks
 * inside the root are followed (a directory link back into one being walked, a loop, is not); a
 * link that leaves the root is reported once and never entered.
 */
async function globFiles(root, realRoot, include, excludes, budget = { entries: Number.POSITIVE_INFINITY, exhausted: false }) {
    const found = [];
    const wanted = (rel) => include.matchesFile(rel) && !excludes.some((e) => e.matchesFile(rel));
    const enterable = (rel) => include.mayContain(rel) && !excludes.some((e) => e.coversDirectory(rel));
    async function visitDirectory(abs, rel, ancestors, link) {
        if (!enterable(rel))
            return;
        let real;
        let entries;
        try {
            real = await external_node_fs_.promises.realpath(abs);
            if (!(0,inside/* isInside */.F)(realRoot, real)) {
                found.push({ kind: 'outside', abs, rel, directory: true, ...(link !== undefined ? { link } : {}) });
                return;
            }
            if (ancestors.includes(real))
                return;
            entries = await external_node_fs_.promises.readdir(abs, { withFileTypes: true });
        }
        catch (error) {
            if (isMissing(error))
                return;
            found.push({ kind: 'unreadable', abs, rel, code: errorCode(error) ?? 'error', directory: true });
            return;
        }
        const chain = [...ancestors, real];
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (budget.entries <= 0) {
                budget.exhausted = true;
                return;
            }
            budget.entries--;
            await visit(external_node_path_.join(abs, entry.name), rel === '' ? entry.name : `${rel}/${entry.name}`, chain, entry);
        }
    }
    async function visitFile(abs, rel, link) {
        if (!wanted(rel))
            return;
        let real;
        try {
            real = await external_node_fs_.promises.realpath(abs);
        }
        catch (error) {
            if (isMissing(error))
                found.push({ kind: 'broken-link', abs, rel });
            else
                found.push({ kind: 'unreadable', abs, rel, code: errorCode(error) ?? 'error', directory: false });
            return;
        }
        if (!(0,inside/* isInside */.F)(realRoot, real)) {
            found.push({ kind: 'outside', abs, rel, directory: false, ...(link !== undefined ? { link } : {}) });
            return;
        }
        found.push({ kind: 'file', abs, rel, real });
    }
    async function visit(abs, rel, ancestors, entry) {
        if (entry && !entry.isSymbolicLink()) {
            if (entry.isDirectory())
                await visitDirectory(abs, rel, ancestors);
            else if (entry.isFile())
                await visitFile(abs, rel);
            else if (wanted(rel))
                found.push({ kind: 'special', abs, rel, type: specialType(entry) });
            return;
        }
        // A symlink (or the pattern's start, whose type is not known yet): stat follows it, never opens it.
        let link;
        try {
            link = await external_node_fs_.promises.readlink(abs);
        }
        catch {
            link = undefined;
        }
        let stats;
        try {
            stats = await external_node_fs_.promises.stat(abs);
        }
        catch (error) {
            if (isMissing(error)) {
                // A dangling or looping symlink: reported when the pattern names it.
                const isLink = await external_node_fs_.promises.lstat(abs).then((s) => s.isSymbolicLink(), () => false);
                if (isLink && wanted(rel))
                    found.push({ kind: 'broken-link', abs, rel });
                return;
            }
            if (wanted(rel) || enterable(rel)) {
                found.push({ kind: 'unreadable', abs, rel, code: errorCode(error) ?? 'error', directory: false });
            }
            return;
        }
        if (stats.isDirectory())
            await visitDirectory(abs, rel, ancestors, link);
        else if (stats.isFile())
            await visitFile(abs, rel, link);
        else if (wanted(rel))
            found.push({ kind: 'special', abs, rel, type: specialType(stats) });
    }
    await visit(external_node_path_.join(root, ...include.base), include.base.join('/'), []);
    return found;
}
//# sourceMappingURL=glob.js.map

/***/ }),

/***/ 4053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);

/**
 * True when `target` is `root` or under it, compared as resolved paths without touching the disk
 * (resolve links with realpath first when they matter). The one "is this inside the workspace"
 * check: the glob walk, output-file and probe identities all use it.
 */
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, target);
    // `..` as a whole segment leaves the root; a name that merely starts with dots (`..key.pem`) does not.
    const leaves = rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel);
    return !leaves;
}
//# sourceMappingURL=inside.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1273);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
