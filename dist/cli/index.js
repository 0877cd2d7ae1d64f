#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 4918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   pq: () => (/* binding */ info)
/* harmony export */ });
/* unused harmony exports formatCommand, keyValueMessage, OUTPUT_MAX_UTF16_BYTES, setOutput, debug, error, notice, setFailed, SUMMARY_MAX_BYTES, SUMMARY_CUT_POINTER, appendSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/**
 * The runner protocol: how an action talks to the GitHub Actions runner, through workflow commands
 * on stdout (`::error file=..::message`) and environment files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 *
 * Why not @actions/core: its entry module statically imports its OIDC client, hence
 * @actions/http-client, undici and tunnel, for an action that never asks for an OIDC token.
 * Dropping it (and @actions/glob, which imports it) took a 3-certificate validate run under Node 24
 * from ~180 ms to ~130 ms (medians of 20; `node -e 0` ~33 ms) and the built-in modules loaded at
 * start from 185 to 127. The few calls used here behave byte for byte like @actions/core 3's
 * (same escaping, same delimiter format, same errors), so a runner cannot tell the difference;
 * __tests__/runner.test.ts pins those bytes.
 */




function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,key=value::message`; empty values are left out (core skips falsy ones). */
function formatCommand(command, properties, message) {
    let line = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        // core writes the space whenever the object has keys, even if every value is then skipped.
        line += ' ';
        line += keys
            .filter((key) => properties[key])
            .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
            .join(',');
    }
    return `${line}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
function toCommandProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
/** The value of an action input (`INPUT_<NAME>`, spaces as `_`), trimmed; '' when not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** `name<<DELIMITER`, value, `DELIMITER`: the multi-line form of an environment file entry. */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${randomUUID()}`) {
    // A name or value holding the delimiter could end the entry early and forge another one.
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
/**
 * GitHub's limit for outputs: 1 MB, size approximated as UTF-16 (2 bytes per code unit).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idoutputs
 */
const OUTPUT_MAX_UTF16_BYTES = 1_000_000;
/**
 * Sets a step output: appended to the GITHUB_OUTPUT file, or the legacy command outside a runner.
 * A value over GitHub's limit would break the job's outputs; it is left empty with a warning
 * instead (callers with lists, like `findings`, cut them to fit before they get here).
 */
function setOutput(name, value) {
    if (2 * value.length > OUTPUT_MAX_UTF16_BYTES) {
        warning(`output ${name} would be ${2 * value.length} bytes, over GitHub's limit of ${OUTPUT_MAX_UTF16_BYTES} for an output: it is left empty; the step log and the job summary have the details`);
        value = '';
    }
    const file = process.env.GITHUB_OUTPUT || '';
    if (file) {
        if (!existsSync(file))
            throw new Error(`Missing file at path: ${file}`);
        appendFileSync(file, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' });
        return;
    }
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
}
/** A plain log line. */
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
/** A line the runner shows only with step debugging on. */
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotation(kind, message, properties) {
    issueCommand(kind, toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    annotation('error', message, properties);
}
function warning(message, properties = {}) {
    annotation('warning', message, properties);
}
function notice(message, properties = {}) {
    annotation('notice', message, properties);
}
/** Fails the step (exit code 1 once the process ends) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * GitHub refuses a whole step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted, supports
 * content up to a size of 1024k"), so everything appended here stays under it.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const SUMMARY_CUT_POINTER = (/* unused pure expression or super */ null && (`${EOL}${EOL}> ✂️ The rest of this summary was cut at GitHub's 1 MiB limit for a step summary: this step's log has every finding, and the \`findings\` output lists them as JSON.${EOL}`));
/** The summary file that was cut: later appends to it are dropped. */
let cutSummaryFile;
/** The longest prefix of `text` that ends at a line end and takes at most `bytes` bytes as UTF-8. */
function cutAtLine(text, bytes) {
    const encoded = Buffer.from(text, 'utf8');
    if (encoded.length <= bytes)
        return text;
    const end = encoded.lastIndexOf(0x0a, Math.max(0, bytes - 1));
    return end <= 0 ? '' : encoded.subarray(0, end + 1).toString('utf8');
}
/**
 * Appends Markdown to the job summary file, with a line end when `addEOL` (core's
 * `summary.addRaw(text, addEOL).write()`). Rejects, with core's messages, when GITHUB_STEP_SUMMARY
 * is unset or its file is not readable and writable. What would pass SUMMARY_MAX_BYTES is cut at
 * a line and ends with a pointer to the full list; once cut, later appends are dropped.
 */
async function appendSummary(markdown, addEOL = false) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await access(file, constants.R_OK | constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    if (cutSummaryFile === file)
        return;
    let text = addEOL ? markdown + EOL : markdown;
    const used = (await stat(file)).size;
    const room = SUMMARY_MAX_BYTES - used;
    if (Buffer.byteLength(text, 'utf8') > room) {
        const pointer = Buffer.byteLength(SUMMARY_CUT_POINTER, 'utf8');
        cutSummaryFile = file;
        // No room even for the pointer: nothing more fits.
        if (room < pointer)
            return;
        text = cutAtLine(text, room - pointer) + SUMMARY_CUT_POINTER;
    }
    await appendFile(file, text, { encoding: 'utf8' });
}
//# sourceMappingURL=runner.js.map

/***/ }),

/***/ 6608:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/action/runner.js
var action_runner = __nccwpck_require__(4918);
// EXTERNAL MODULE: ./lib/pki/index.js + 9 modules
var pki = __nccwpck_require__(9865);
// EXTERNAL MODULE: ./lib/report/findings.js
var findings = __nccwpck_require__(7470);
// EXTERNAL MODULE: ./lib/report/markdown/truststore.js
var truststore = __nccwpck_require__(6915);
// EXTERNAL MODULE: ./lib/workspace/collect.js + 9 modules
var collect = __nccwpck_require__(5486);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/workspace/display-path.js
var display_path = __nccwpck_require__(9435);
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




function isInside(root, target) {
    const rel = external_node_path_.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
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
    if (!roots.some((root) => isInside(root, external_node_path_.join(realDir, ...missing)))) {
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
    }
    finally {
        await handle.close();
    }
    try {
        await external_node_fs_.promises.rename(temporary, external_node_path_.join(dir, target.name));
    }
    catch (error) {
        await external_node_fs_.promises.unlink(temporary).catch(() => undefined);
        throw error;
    }
}
//# sourceMappingURL=output-file.js.map
;// CONCATENATED MODULE: ./lib/pipeline/validate.js
/**
 * validate: collect the CA files, run the engine, report every finding where the user looks
 * (log, annotations on file and line, job summary) and write the canonical truststore, but only
 * when there is no error: a half-valid bundle must never reach a later upload step.
 */






function policyFrom(settings, now = new Date()) {
    return { now, expiryWarningDays: settings.expiryWarningDays, maxCaDepth: settings.maxCaDepth };
}
/**
 * The validate stage, shared by the action and the CLI: collect, analyze, check clients, and write
 * the canonical truststore only when nothing failed. Reports nothing: reporters render the result.
 */
async function validate(settings) {
    const policy = policyFrom(settings);
    const collected = await (0,collect/* collectSources */.p)(settings.workspace, settings.caFiles);
    const analysis = (0,pki/* analyze */.ns)(collected.sources, policy, collected.findings);
    const findings = [...analysis.findings];
    // Checked even when the set is refused, so a lock-out shows up with the errors that cause it.
    if (settings.clientCertificates.length > 0) {
        const { checkClients } = await __nccwpck_require__.e(/* import() */ 244).then(__nccwpck_require__.bind(__nccwpck_require__, 4244));
        findings.push(...(await checkClients(settings, analysis.truststore ?? analysis.entries, policy)));
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
    };
}
/** The action's validate step: the stage, then the runner reporter (annotations, outputs, summary). */
async function runValidate(settings, mode) {
    const result = await validate(settings);
    await reportValidation(settings, mode, result);
    return result;
}
/** Renders validation for the runner: annotations, the job summary and the step's failure (outputs: setRunOutputs). */
async function reportValidation(settings, mode, result) {
    const { findings, truststore, outputPath, analysis } = result;
    // One error annotation stays free for the step's failure message.
    reportFindings(findings, result.ok ? {} : { error: 1 });
    if (truststore && outputPath) {
        runner.info(`wrote ${truststore.entries.length} CA certificates to ${outputPath} (sha256 ${truststore.sha256})`);
    }
    // Plan and deploy write their own, fuller summary; validation's stands alone only in validate.
    // Off a runner (node dist/index.js on a laptop or another CI) there is no summary file to append to.
    if ((mode === 'validate' || !result.ok) && process.env.GITHUB_STEP_SUMMARY) {
        await runner.appendSummary(renderTruststoreSummary(analysis, findings, outputPath && settings.outputFile));
    }
    if (result.failure)
        runner.setFailed(result.failure);
}
//# sourceMappingURL=validate.js.map
// EXTERNAL MODULE: ./lib/report/text.js
var report_text = __nccwpck_require__(4639);
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __nccwpck_require__(3152);
// EXTERNAL MODULE: ./lib/settings/version.js
var version = __nccwpck_require__(6981);
;// CONCATENATED MODULE: ./lib/cli/args.js
/**
 * The command line of `mtls-truststore`: commands, flags named like the action's inputs, and the
 * help of each command. Parsing only: bad usage is an InputError (exit code 2), nothing runs here.
 */

const COMMANDS = ['validate', 'plan', 'deploy', 'diagnose'];
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const ALL = COMMANDS;
const TRUSTSTORE = ['validate', 'plan', 'deploy'];
const ONLINE = ['plan', 'deploy', 'diagnose'];
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
        help: 'the live truststore (plan, deploy: required, versioning enabled; diagnose: the domain pins it)',
    },
    {
        name: 'domain-names',
        kind: 'list',
        commands: ONLINE,
        value: 'NAME',
        help: 'custom domain names whose mutual TLS uses this truststore (repeat it)',
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
const USAGE = 'mtls-truststore <validate|plan|deploy|diagnose> [PATTERN...] [flags]';
const COMMAND_SUMMARY = {
    validate: 'check the CA files offline and build the canonical truststore',
    plan: 'also compare it with the live truststore in S3 and the domains pinned to it (reads only)',
    deploy: "upload a new object version and roll every domain to it, then check API Gateway's warnings",
    diagnose: "explain why API Gateway accepts or refuses one partner's client certificate (reads only)",
};
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
        'Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings) or a failed step, 2 bad usage.',
    ].join('\n');
}
function commandHelp(command) {
    const flags = INPUT_FLAGS.filter((f) => f.commands.includes(command)).map((f) => flagLine(`--${f.name}${f.value ? ` ${f.value}` : ''}`, f.help));
    return [
        `Usage: mtls-truststore ${command} [PATTERN...] [flags]`,
        '',
        `${command}: ${COMMAND_SUMMARY[command]}.`,
        "PATTERN: CA files as glob patterns, relative to this folder (quote them: 'pki/**/*.pem').",
        '',
        "Flags (named like the action's inputs):",
        ...flags,
        '',
        'Output:',
        flagLine('--format text|json|sarif|markdown', "report format (default text; json has the action's outputs)"),
        flagLine('--output FILE', 'write the report to FILE instead of standard output'),
        flagLine('--help', 'this help'),
        '',
        'Colour only on a terminal, never with NO_COLOR set.',
        command === 'validate'
            ? "Example: mtls-truststore validate 'pki/**/*.pem' --output-file build/truststore.pem"
            : command === 'diagnose'
                ? "Example: mtls-truststore diagnose --client-certificate partner.pem 'pki/**/*.pem'"
                : `Example: mtls-truststore ${command} 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com`,
    ].join('\n');
}
function usageError(message, command) {
    return new settings_settings/* InputError */.dz(`${message}\nRun "mtls-truststore ${command ? `${command} ` : ''}--help" for the usage.`);
}
/** Parses argv (without node and the script). Throws InputError on bad usage. */
function parseArgs(argv) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
        const topic = first === 'help' ? rest[0] : undefined;
        if (topic && COMMANDS.includes(topic)) {
            return { kind: 'help', text: commandHelp(topic) };
        }
        return { kind: 'help', text: mainHelp() };
    }
    if (first === '--version' || first === '-V')
        return { kind: 'version' };
    if (!COMMANDS.includes(first)) {
        throw usageError(first.startsWith('-')
            ? `"${first}" before a command: start with one of ${COMMANDS.join(', ')}`
            : `unknown command "${first}": use one of ${COMMANDS.join(', ')}`);
    }
    const command = first;
    const lists = new Map();
    const values = new Map();
    let format;
    let output;
    let onlyPositional = false;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (onlyPositional || !arg.startsWith('--') || arg === '-') {
            if (arg === '-h')
                return { kind: 'help', text: commandHelp(command) };
            if (!onlyPositional && arg.startsWith('-') && arg !== '-') {
                throw usageError(`unknown flag "${arg}"`, command);
            }
            lists.set('ca-files', [...(lists.get('ca-files') ?? []), arg]);
            continue;
        }
        if (arg === '--') {
            onlyPositional = true;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq >= 0 ? eq : undefined);
        const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        const takeValue = () => {
            if (inline !== undefined)
                return inline;
            const next = rest[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                throw usageError(`--${name} needs a value`, command);
            }
            i++;
            return next;
        };
        if (name === 'help')
            return { kind: 'help', text: commandHelp(command) };
        if (name === 'format') {
            const raw = takeValue();
            if (!FORMATS.includes(raw)) {
                throw usageError(`--format is "${raw}": use one of ${FORMATS.join(', ')}`, command);
            }
            format = raw;
            continue;
        }
        if (name === 'output') {
            output = takeValue();
            if (output === '')
                throw usageError('--output is empty: name the file for the report', command);
            continue;
        }
        const negated = name.startsWith('no-') ? INPUT_FLAGS.find((f) => f.name === name.slice(3)) : undefined;
        if (negated?.kind === 'boolean' && negated.commands.includes(command) && inline === undefined) {
            values.set(negated.name, 'false');
            continue;
        }
        const spec = INPUT_FLAGS.find((f) => f.name === name);
        if (!spec)
            throw usageError(`unknown flag "--${name}"`, command);
        if (!spec.commands.includes(command)) {
            throw usageError(`--${name} is for ${spec.commands.join(', ')}, not ${command}`, command);
        }
        if (spec.kind === 'list')
            lists.set(name, [...(lists.get(name) ?? []), takeValue()]);
        else if (spec.kind === 'boolean')
            values.set(name, inline ?? 'true');
        else
            values.set(name, takeValue());
    }
    // The command is the action's mode input: readSettings then applies that mode's rules.
    const inputs = new Map([...values, ['mode', command]]);
    for (const [name, items] of lists)
        inputs.set(name, items.join('\n'));
    if (command === 'diagnose') {
        if (!inputs.get('client-certificate')) {
            throw usageError('diagnose needs --client-certificate FILE (what the partner sends)', command);
        }
        if (!inputs.get('ca-files') && !inputs.get('truststore-uri')) {
            throw usageError('diagnose needs the truststore: CA file patterns, or --truststore-uri with the --domain-names the partner calls', command);
        }
    }
    else if (!inputs.get('ca-files')) {
        throw usageError("no CA files: give them as patterns, e.g. mtls-truststore validate 'pki/**/*.pem'", command);
    }
    if ((command === 'plan' || command === 'deploy') && !inputs.get('truststore-uri')) {
        throw usageError(`${command} needs --truststore-uri s3://BUCKET/KEY (the live truststore)`, command);
    }
    return {
        kind: 'run',
        invocation: { command, inputs, ...(format ? { format } : {}), ...(output ? { output } : {}) },
    };
}
/** The flags as an input source for readSettings: errors name `--flag`, not `input flag`. */
function flagInputs(inputs) {
    return { get: (name) => inputs.get(name) ?? '', label: (name) => `--${name}` };
}
//# sourceMappingURL=args.js.map
;// CONCATENATED MODULE: ./lib/cli/cli.js
/**
 * `mtls-truststore`: the command-line front-end. Reads argv into the same Settings the action
 * reads from its inputs, runs the same stages, and hands the one result to a reporter (text, JSON,
 * SARIF, Markdown). Never touches the runner protocol: no GITHUB_OUTPUT, no job summary.
 * Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings) or a failed
 * step, 2 bad usage.
 */







/** Stages name the action's inputs ("input truststore-uri"); on the command line they are flags. */
function asFlags(message) {
    return message
        .replace(/\binput ([a-z][a-z-]+)\b/g, '--$1')
        .replace(/\bthe ([a-z][a-z-]+) input\b/g, '--$1');
}
async function emit(report, invocation, io) {
    if (invocation.output !== undefined)
        await (0,promises_.writeFile)(external_node_path_.resolve(io.cwd, invocation.output), report);
    else
        io.stdout.write(report);
}
async function diagnoseCommand(invocation, settings, io) {
    const say = (message) => {
        for (const line of (0,report_text/* safeLines */.Bv)(message))
            io.stderr.write(`mtls-truststore: ${line}\n`);
    };
    const { diagnose, renderDiagnosis } = await Promise.all(/* import() */[__nccwpck_require__.e(70), __nccwpck_require__.e(252), __nccwpck_require__.e(82)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1082));
    let result;
    try {
        result = await diagnose(settings, say);
    }
    catch (error) {
        say(asFlags(error.message ?? String(error)));
        return error instanceof settings_settings/* InputError */.dz ? EXIT_USAGE : EXIT_FAILED;
    }
    const format = invocation.format ?? 'text';
    const colour = invocation.output === undefined && io.stdout.isTTY === true;
    await emit(renderDiagnosis(result, format, (0,report_text/* styleFor */.j9)(colour, io.env)), invocation, io);
    return result.diagnosis.verdict === 'accepted' ? EXIT_OK : EXIT_FAILED;
}
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
function settingsOf(invocation, io) {
    const settings = (0,settings_settings/* readSettings */.sb)(io.env, flagInputs(invocation.inputs));
    return {
        ...settings,
        workspace: io.cwd,
        // Unlike the action, the CLI writes the truststore only when asked: a check leaves no file behind.
        outputFile: invocation.inputs.get('output-file')?.trim() ?? '',
    };
}
async function render(result, format, settings, colour, io) {
    switch (format) {
        case 'json': {
            const { jsonReport } = await __nccwpck_require__.e(/* import() */ 568).then(__nccwpck_require__.bind(__nccwpck_require__, 8568));
            return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
        }
        case 'sarif': {
            const { renderSarif } = await __nccwpck_require__.e(/* import() */ 123).then(__nccwpck_require__.bind(__nccwpck_require__, 123));
            return renderSarif(result, version/* VERSION */.x);
        }
        case 'markdown': {
            const { renderMarkdown } = await __nccwpck_require__.e(/* import() */ 323).then(__nccwpck_require__.bind(__nccwpck_require__, 6323));
            return renderMarkdown(result, settings);
        }
        default: {
            const { renderText } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4639));
            return renderText(result, (0,report_text/* styleFor */.j9)(colour, io.env));
        }
    }
}
/** Runs one command; returns the exit code. Everything the user sees goes through `io`. */
async function runCli(argv, io) {
    const say = (line) => io.stderr.write(`${line}\n`);
    let invocation;
    let settings;
    try {
        const parsed = parseArgs(argv);
        if (parsed.kind === 'help') {
            io.stdout.write(`${parsed.text}\n`);
            return EXIT_OK;
        }
        if (parsed.kind === 'version') {
            io.stdout.write(`${version/* VERSION */.x}\n`);
            return EXIT_OK;
        }
        invocation = parsed.invocation;
        settings = settingsOf(invocation, io);
        if (settings.truststoreUri !== undefined) {
            const { parseTruststoreUri } = await __nccwpck_require__.e(/* import() */ 840).then(__nccwpck_require__.bind(__nccwpck_require__, 6840));
            parseTruststoreUri(settings.truststoreUri);
        }
    }
    catch (error) {
        if (error instanceof settings_settings/* InputError */.dz) {
            for (const line of (0,report_text/* safeLines */.Bv)(asFlags(error.message)))
                say(`mtls-truststore: ${line}`);
            return EXIT_USAGE;
        }
        throw error;
    }
    if (invocation.command === 'diagnose')
        return diagnoseCommand(invocation, settings, io);
    const format = invocation.format ?? 'text';
    // Progress of plan and deploy on standard error, with the time since the start (deploy waits).
    const started = Date.now();
    const progress = (message) => {
        const at = `${Math.round((Date.now() - started) / 1000)} s`;
        for (const line of (0,report_text/* safeLines */.Bv)(message))
            say(`mtls-truststore [${at}]: ${line}`);
    };
    let result;
    try {
        const validation = await validate(settings);
        result = {
            mode: invocation.command,
            validation,
            ...(validation.failure ? { failure: validation.failure } : {}),
        };
        if (validation.ok && invocation.command !== 'validate') {
            const { runOnline } = await Promise.all(/* import() */[__nccwpck_require__.e(70), __nccwpck_require__.e(252), __nccwpck_require__.e(487)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3487));
            result = await runOnline(invocation.command, settings, validation, progress);
        }
    }
    catch (error) {
        for (const line of (0,report_text/* safeLines */.Bv)(asFlags(error.message ?? String(error)))) {
            say(`mtls-truststore: ${line}`);
        }
        // Bad input is one type (InputError); AWS's own "invalid input" answers count as bad usage too.
        const { failureReasonOf } = await __nccwpck_require__.e(/* import() */ 104).then(__nccwpck_require__.bind(__nccwpck_require__, 8104));
        return failureReasonOf(error) === 'invalid-input' ? EXIT_USAGE : EXIT_FAILED;
    }
    const toFile = invocation.output !== undefined;
    await emit(await render(result, format, settings, !toFile && io.stdout.isTTY === true, io), invocation, io);
    // A machine format on standard output keeps it parseable; the verdict goes to standard error.
    if (result.failure !== undefined && (toFile || format !== 'text')) {
        for (const line of (0,report_text/* safeLines */.Bv)(result.failure))
            say(`mtls-truststore: ${line}`);
    }
    return result.failure === undefined ? EXIT_OK : EXIT_FAILED;
}
//# sourceMappingURL=cli.js.map

/***/ }),

/***/ 1273:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6608);
/** The `mtls-truststore` executable (bundled to dist/cli.js): runs the CLI on this process. */

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
});
//# sourceMappingURL=main.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vd: () => (/* binding */ BudgetExhausted),
  I6: () => (/* binding */ IssuerIndex),
  Gi: () => (/* binding */ canIssue),
  Jm: () => (/* binding */ isCa),
  AN: () => (/* binding */ validAt),
  xJ: () => (/* binding */ verifyPath)
});

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
// EXTERNAL MODULE: ./lib/pki/parse.js + 3 modules
var parse = __nccwpck_require__(8226);
// EXTERNAL MODULE: ./lib/pki/rules.js
var rules = __nccwpck_require__(1007);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./lib/pki/verify-pool.js
/**
 * Signature checks spread over the machine's cores. Verifying every issuer edge is the largest
 * cost of a big truststore (~350 ms of OpenSSL time for 1,000 mixed RSA/P-256/P-384 CAs), and it
 * is embarrassingly parallel. The engine stays synchronous: helper threads write their verdicts
 * into shared memory and the main thread, after doing its own share, waits with Atomics.wait
 * (allowed on Node's main thread).
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
 * The helper's whole program (CommonJS, no imports from the bundle): the same check as
 * signatureVerifies, X509Certificate.verify with the issuer's public key. Every thread, this one
 * included, claims chunks from one shared counter, so a helper that starts late just takes less.
 */
const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { X509Certificate } = require('node:crypto');
const { ders, pairs, results, next, states, slot, chunk } = workerData;
const verdicts = new Int8Array(results);
const counter = new Int32Array(next);
const state = new Int32Array(states);
const total = pairs.length / 2;
const certs = new Map();
const keys = new Map();
const cert = (i) => {
  if (!certs.has(i)) { let c = null; try { c = new X509Certificate(ders[i]); } catch {} certs.set(i, c); }
  return certs.get(i);
};
const key = (i) => {
  if (!keys.has(i)) { let k = null; try { k = cert(i) ? cert(i).publicKey : null; } catch {} keys.set(i, k); }
  return keys.get(i);
};
Atomics.store(state, slot, ${RUNNING});
try {
  for (let start = Atomics.add(counter, 0, chunk); start < total; start = Atomics.add(counter, 0, chunk)) {
    for (let p = start; p < Math.min(total, start + chunk); p++) {
      const child = cert(pairs[2 * p]);
      const issuerKey = key(pairs[2 * p + 1]);
      let ok = false;
      try { ok = Boolean(child && issuerKey && child.verify(issuerKey)); } catch {}
      verdicts[p] = ok ? 1 : 0;
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
/** Verdicts for `pairs` of [child, issuer]: does the issuer's key verify the child's signature? */
function verifyAll(pairs) {
    const helpers = helperCount();
    if (pairs.length < MIN_PARALLEL_CHECKS || helpers === 0)
        return pairs.map(([c, i]) => (0,parse/* signatureVerifies */.mY)(c, i));
    const ids = new Map();
    const ders = [];
    const idOf = (cert) => {
        let id = ids.get(cert);
        if (id === undefined) {
            id = ders.push(cert.der) - 1;
            ids.set(cert, id);
        }
        return id;
    };
    const flat = new Int32Array(pairs.length * 2);
    pairs.forEach(([child, issuer], p) => {
        flat[2 * p] = idOf(child);
        flat[2 * p + 1] = idOf(issuer);
    });
    const results = new SharedArrayBuffer(pairs.length);
    const verdicts = new Int8Array(results).fill(PENDING);
    const next = new SharedArrayBuffer(4);
    const counter = new Int32Array(next);
    const states = new SharedArrayBuffer(4 * helpers);
    const state = new Int32Array(states);
    for (let slot = 0; slot < helpers; slot++) {
        try {
            const worker = new external_node_worker_threads_namespaceObject.Worker(HELPER_SOURCE, {
                eval: true,
                workerData: { ders, pairs: flat, results, next, states, slot, chunk: CHUNK },
            });
            worker.unref();
            worker.on('error', () => { }); // what it claimed stays PENDING and is checked here instead
        }
        catch {
            // No thread could be started: this thread claims everything.
        }
    }
    for (let start = Atomics.add(counter, 0, CHUNK); start < pairs.length; start = Atomics.add(counter, 0, CHUNK)) {
        for (let p = start; p < Math.min(pairs.length, start + CHUNK); p++) {
            verdicts[p] = (0,parse/* signatureVerifies */.mY)(pairs[p][0], pairs[p][1]) ? 1 : 0;
        }
    }
    // Every chunk is claimed; wait for helpers still finishing theirs. A helper that has not started
    // has claimed nothing and will claim nothing. The wait is bounded: a helper that never reports
    // leaves its verdicts PENDING, and they are checked on this thread below.
    for (let slot = 0; slot < helpers; slot++) {
        if (Atomics.load(state, slot) === RUNNING)
            Atomics.wait(state, slot, RUNNING, 10_000);
    }
    return Array.from(verdicts, (v, p) => v === PENDING ? (0,parse/* signatureVerifies */.mY)(pairs[p][0], pairs[p][1]) : v === 1);
}
//# sourceMappingURL=verify-pool.js.map
;// CONCATENATED MODULE: ./lib/pki/chains.js




/** Raised when the budget of signature checks runs out. */
class BudgetExhausted extends Error {
    name = 'BudgetExhausted';
}
class IssuerIndex {
    maxChecks;
    bySubject = new Map();
    verified = new Map();
    /** Signature checks done so far. */
    checks = 0;
    constructor(certificates, maxChecks) {
        this.maxChecks = maxChecks;
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
        const group = this.bySubject.get(cert.issuerKey);
        if (!group)
            return [];
        if (!cert.authorityKeyId)
            return group.all;
        const keyed = group.byKeyId.get(cert.authorityKeyId) ?? [];
        if (group.withoutKeyId.length === 0)
            return keyed;
        if (keyed.length === 0)
            return group.withoutKeyId;
        return group.all.filter((c) => !c.subjectKeyId || c.subjectKeyId === cert.authorityKeyId);
    }
    /** How many candidates nameCandidates(cert) holds, without building the list. */
    candidateCount(cert) {
        const group = this.bySubject.get(cert.issuerKey);
        if (!group)
            return 0;
        if (!cert.authorityKeyId)
            return group.all.length;
        return (group.byKeyId.get(cert.authorityKeyId)?.length ?? 0) + group.withoutKeyId.length;
    }
    /** Certificates whose subject is `cert`'s issuer name, whatever their key. */
    sameName(cert) {
        return this.bySubject.get(cert.issuerKey)?.all ?? [];
    }
    /**
     * Checks many pairs at once (spread over the cores) and remembers the verdicts. Only when the
     * whole batch fits the budget: a hostile set keeps the one-by-one path that stops at the budget.
     */
    prefetch(pairs) {
        const todo = pairs.filter(([child, issuer]) => !this.verified.has(`${child.fingerprint}:${issuer.fingerprint}`));
        if (this.checks + todo.length > this.maxChecks)
            return;
        const verdicts = verifyAll(todo);
        for (const [i, [child, issuer]] of todo.entries()) {
            this.verified.set(`${child.fingerprint}:${issuer.fingerprint}`, verdicts[i]);
        }
        this.checks += todo.length;
    }
    /** Does `issuer` verify `child`'s signature? Memoised; each new pair spends one check. */
    verifies(child, issuer) {
        const key = `${child.fingerprint}:${issuer.fingerprint}`;
        let ok = this.verified.get(key);
        if (ok === undefined) {
            if (this.checks >= this.maxChecks)
                throw new BudgetExhausted(`stopped after ${this.checks} signature checks`);
            this.checks++;
            ok = (0,parse/* signatureVerifies */.mY)(child, issuer);
            this.verified.set(key, ok);
        }
        return ok;
    }
}
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
    const index = new IssuerIndex([...options.anchors, ...options.intermediates], options.maxSignatureChecks ?? 1000);
    const maxIntermediates = options.maxIntermediates ?? 8;
    let best = {
        code: 'missing-issuer',
        reason: `no issuer of "${target.subject}" ("${target.issuer}") is in the trusted or intermediate certificates`,
        depth: -1,
    };
    const fail = (depth, code, reason) => {
        if (depth >= best.depth)
            best = { code, reason, depth };
    };
    const notValid = (cert) => ({
        ok: false,
        code: validityCode(cert, options.at),
        reason: `"${cert.subject}" is not valid at ${options.at.toISOString()}`,
    });
    if (anchorSet.has(target.fingerprint))
        return validAt(target, options.at) ? { ok: true, path: [target] } : notValid(target);
    if (!validAt(target, options.at))
        return notValid(target);
    const targetProblem = (0,rules/* extensionProblem */.XN)(target);
    if (targetProblem)
        return { ok: false, code: targetProblem.code, reason: `"${target.subject}" ${targetProblem.message}` };
    const extend = (path) => {
        const last = path[path.length - 1];
        const intermediatesBelow = path.length - 1;
        // RFC 5280 6.1.4 (l): self-issued intermediates do not count against pathLenConstraint.
        const constrainedBelow = path.slice(1).filter((p) => !p.selfIssued).length;
        const candidates = index
            .nameCandidates(last)
            .slice()
            .sort((a, b) => Number(anchorSet.has(b.fingerprint)) - Number(anchorSet.has(a.fingerprint)));
        if (candidates.length === 0 && path.length > 1) {
            // Name the certificate the search got stuck at, not only the target.
            fail(path.length, 'missing-issuer', `no issuer of "${last.subject}" ("${last.issuer}") is in the trusted or intermediate certificates`);
        }
        for (const issuer of candidates) {
            // A path never repeats a certificate, nor a subject and key (cross-signed loops).
            if (path.some((p) => p.fingerprint === issuer.fingerprint ||
                (p.subjectKey === issuer.subjectKey && samePublicKey(p, issuer)))) {
                continue;
            }
            const isAnchor = anchorSet.has(issuer.fingerprint);
            if (!canIssue(issuer)) {
                fail(path.length, 'issuer-cannot-sign', `"${issuer.subject}" is not a CA that may sign certificates`);
                continue;
            }
            const problem = (0,rules/* extensionProblem */.XN)(issuer);
            if (problem) {
                fail(path.length, problem.code, `"${issuer.subject}" ${problem.message}`);
                continue;
            }
            if (!validAt(issuer, options.at)) {
                fail(path.length, validityCode(issuer, options.at), `"${issuer.subject}" is not valid at ${options.at.toISOString()}`);
                continue;
            }
            const refusal = options.refused?.(issuer);
            if (refusal) {
                fail(path.length, 'issuer-refused', `"${issuer.subject}" is refused by the truststore check (${refusal.code}, see its finding)`);
                continue;
            }
            const constraints = issuer.nameConstraints;
            if (constraints) {
                // RFC 5280 6.1.4 (b): a self-issued intermediate is not bound by the constraints above it.
                const bound = path.filter((p, i) => i === 0 || !p.selfIssued);
                const outside = bound
                    .map((p) => ({ p, why: nameConstraintViolation(p, constraints, p === target) }))
                    .find((v) => v.why);
                if (outside) {
                    fail(path.length, 'name-not-permitted', `"${outside.p.subject}" ${outside.why} (name constraints of "${issuer.subject}")`);
                    continue;
                }
            }
            const pathLen = issuer.basicConstraints?.pathLenConstraint;
            if (pathLen !== undefined && constrainedBelow > pathLen) {
                fail(path.length, 'path-length-exceeded', `"${issuer.subject}" allows ${pathLen} intermediate CA(s) below it, the path has ${constrainedBelow}`);
                continue;
            }
            if (!isAnchor && intermediatesBelow + 1 > maxIntermediates) {
                fail(path.length, 'too-deep', `the path needs more than ${maxIntermediates} intermediate CA(s)`);
                continue;
            }
            if (!index.verifies(last, issuer)) {
                fail(path.length, 'bad-signature', `"${issuer.subject}" did not sign "${last.subject}"`);
                continue;
            }
            if (isAnchor)
                return [...path, issuer];
            const found = extend([...path, issuer]);
            if (found)
                return found;
        }
        return undefined;
    };
    try {
        const path = extend([target]);
        return path ? { ok: true, path } : { ok: false, code: best.code, reason: best.reason };
    }
    catch (error) {
        if (error instanceof BudgetExhausted)
            return { ok: false, code: 'signature-budget-exhausted', reason: error.message };
        throw error;
    }
}
function validityCode(cert, at) {
    return cert.notBefore.getTime() > at.getTime() ? 'not-yet-valid' : 'expired';
}
function samePublicKey(a, b) {
    return a.subjectKeyId !== undefined && a.subjectKeyId === b.subjectKeyId;
}
//# sourceMappingURL=chains.js.map

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
    return arcs.join('.');
}
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

/***/ 9865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ns: () => (/* reexport */ analyze),
  Cs: () => (/* reexport */ hasErrors),
  Jm: () => (/* reexport */ chains/* isCa */.Jm),
  PJ: () => (/* reexport */ parseSource)
});

// UNUSED EXPORTS: BudgetExhausted, CertificateParseError, IssuerIndex, analyzeCertificates, assessCertificate, buildHierarchy, buildTruststore, canIssue, canonicalOrder, dedupe, defaultPolicy, parseCertificateDer, renderPem, scanSource, signatureVerifies, validAt, verifyPath

// EXTERNAL MODULE: ./lib/pki/chains.js + 3 modules
var chains = __nccwpck_require__(3112);
;// CONCATENATED MODULE: ./lib/pki/codes.js
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
    // Client certificates (client-certificates input).
    'client-locked-out': { severity: 'error', scope: 'client' },
    'name-not-permitted': { severity: 'error', scope: 'client' },
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
// EXTERNAL MODULE: ./lib/pki/rules.js
var rules = __nccwpck_require__(1007);
;// CONCATENATED MODULE: ./lib/pki/explain.js
/**
 * Why the hierarchy refuses: the finding for a CA that reaches no root (the closest miss), and the
 * one for a set whose chain search would exceed its budget.
 */


/**
 * The refusal of a set whose chain search would exceed its budget, naming the crowd that causes
 * it: the issuer name claimed by the most candidate pairs, and the file holding most of them.
 */
function crowdFinding(sorted, index, planned, budget) {
    const pairsByIssuer = new Map();
    for (const cert of sorted) {
        const entry = pairsByIssuer.get(cert.issuerKey) ?? { pairs: 0, claimants: [] };
        entry.pairs += index.candidateCount(cert);
        entry.claimants.push(cert);
        pairsByIssuer.set(cert.issuerKey, entry);
    }
    const [, crowd] = [...pairsByIssuer.entries()].sort((a, b) => b[1].pairs - a[1].pairs)[0];
    const perFile = new Map();
    for (const c of crowd.claimants)
        perFile.set(c.source.file, (perFile.get(c.source.file) ?? 0) + 1);
    const [file, count] = [...perFile.entries()].sort((a, b) => b[1] - a[1])[0];
    const first = crowd.claimants
        .filter((c) => c.source.file === file)
        .reduce((a, b) => (b.source.line < a.source.line ? b : a));
    const issuer = first.issuer;
    const sameName = index.sameName(first).length;
    const finding = {
        severity: 'error',
        code: 'signature-budget-exhausted',
        message: `${file}: ${count} certificates in this file (${crowd.claimants.length} in all) name "${issuer}" as their issuer and ${sameName} certificates carry that name, so finding their issuers would take ${planned} signature checks, more than the ${budget} allowed for ${sorted.length} certificates (8 per certificate + 64): the set was refused before any check (the ${crowd.claimants.length} certificates' own findings are not listed); remove the duplicate or unrelated certificates from ${file}`,
        file,
        line: first.source.line,
    };
    return { finding, claimants: crowd.claimants };
}
function explainMissingPath(cert, index, verified, labels, policy) {
    const named = index.nameCandidates(cert).filter((c) => c.fingerprint !== cert.fingerprint);
    if (named.length === 0 && index.sameName(cert).some((c) => c.fingerprint !== cert.fingerprint)) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'wrong-issuer-key', `names "${cert.issuer}" as its issuer, and a CA of that name is in the CA files but with another key (its key identifier differs from this certificate's authority key identifier): add the issuer certificate that signed it`);
    }
    if (named.length === 0) {
        return (0,rules/* certificateFinding */.nN)(cert, 'error', 'missing-issuer', `was issued by "${cert.issuer}", which is not in the CA files: add that CA certificate (and its issuers up to the root); API Gateway enforces the whole chain, so its clients get 403 Forbidden`);
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
 * `own` holds each certificate's findings from the rules that judge it alone (assessCertificate),
 * by fingerprint; they decide which CAs a path may run through. Computed here when not given.
 */
function buildHierarchy(certs, policy, own) {
    const sorted = [...certs].sort(bySubjectThenFingerprint);
    const index = new chains/* IssuerIndex */.I6(sorted, signatureBudget(sorted.length));
    const findings = [];
    const roots = [];
    /** child fingerprint → verified issuers (excluding itself). */
    const issuers = new Map();
    const children = new Map();
    const selfSigned = new Set();
    let exhausted = false;
    let crowd;
    // Bound the search before building it: the candidate pairs are counted from the index (no list
    // is made), and a set that would need more signature checks than its budget is refused here,
    // before one pair is built or one signature checked.
    const budget = signatureBudget(sorted.length);
    let planned = 0;
    for (const cert of sorted)
        planned += index.candidateCount(cert) + (cert.selfIssued ? 1 : 0);
    if (planned > budget) {
        exhausted = true;
        const refusal = crowdFinding(sorted, index, planned, budget);
        findings.push(refusal.finding);
        crowd = new Set(refusal.claimants.map((c) => c.fingerprint));
    }
    else {
        // Every signature the search below can ask about, checked in one parallel batch up front.
        const pairs = [];
        for (const cert of sorted) {
            if (cert.selfIssued)
                pairs.push([cert, cert]);
            for (const candidate of index.nameCandidates(cert)) {
                if (candidate.fingerprint !== cert.fingerprint)
                    pairs.push([cert, candidate]);
            }
        }
        index.prefetch(pairs);
        try {
            for (const cert of sorted) {
                if (cert.selfIssued && index.verifies(cert, cert)) {
                    selfSigned.add(cert.fingerprint);
                    if ((0,chains/* isCa */.Jm)(cert))
                        roots.push(cert);
                }
                const verified = [];
                for (const candidate of index.nameCandidates(cert)) {
                    if (candidate.fingerprint === cert.fingerprint)
                        continue;
                    if (index.verifies(cert, candidate))
                        verified.push(candidate);
                }
                issuers.set(cert.fingerprint, verified);
                for (const parent of verified) {
                    const list = children.get(parent.fingerprint);
                    if (list)
                        list.push(cert);
                    else
                        children.set(parent.fingerprint, [cert]);
                }
            }
        }
        catch (error) {
            // Unreachable while the count above is exact; kept so a miscount fails closed, not open.
            if (!(error instanceof chains/* BudgetExhausted */.Vd))
                throw error;
            exhausted = true;
            findings.push({
                severity: 'error',
                code: 'signature-budget-exhausted',
                message: `the chain search ${error.message} over ${sorted.length} certificates: too many certificates share an issuer name; remove the duplicates or unrelated certificates from the CA files`,
            });
        }
    }
    // What each CA is, by itself: refused (an error of its own) or refused only by strict verifiers.
    const refusal = new Map();
    const strictness = new Map();
    for (const cert of sorted) {
        const mine = [...(own?.get(cert.fingerprint) ?? (0,rules/* assessCertificate */.wS)(cert, policy))];
        const aki = (0,rules/* missingAuthorityKeyId */.w2)(cert, selfSigned.has(cert.fingerprint));
        if (aki && !crowd?.has(cert.fingerprint)) {
            findings.push(aki);
            mine.push(aki);
        }
        const error = mine.find((f) => f.severity === 'error');
        if (error)
            refusal.set(cert.fingerprint, error);
        const strict = mine.find((f) => STRICT_VERIFIER_CODES.has(f.code));
        if (strict)
            strictness.set(cert.fingerprint, strict);
    }
    const graph = { roots, children, selfSigned };
    const signs = (c) => (0,chains/* canIssue */.Gi)(c) && (0,chains/* validAt */.AN)(c, policy.now);
    // Three tiers: any CA that can sign now; CAs without an error; CAs a strict verifier accepts too.
    const shallowest = reach(graph, signs);
    const sound = reach(graph, (c) => signs(c) && !refusal.has(c.fingerprint));
    const strict = reach(graph, (c) => signs(c) && !refusal.has(c.fingerprint) && !strictness.has(c.fingerprint));
    const within = (labels, cert) => (labels.get(cert.fingerprint)?.depth ?? Infinity) <= policy.maxCaDepth;
    const entries = sorted.map((cert) => {
        const label = shallowest.get(cert.fingerprint);
        const role = !(0,chains/* isCa */.Jm)(cert) ? 'leaf' : selfSigned.has(cert.fingerprint) ? 'root' : 'intermediate';
        return {
            certificate: cert,
            role,
            ...(label ? { depth: label.depth, rootFingerprint: label.root.fingerprint } : {}),
            ...(label?.via ? { issuerFingerprint: label.via.fingerprint } : {}),
        };
    });
    for (const entry of entries) {
        const cert = entry.certificate;
        if (entry.role === 'leaf')
            continue; // reported by the not-a-ca rule
        if (entry.depth !== undefined) {
            if (entry.depth > policy.maxCaDepth) {
                findings.push((0,rules/* certificateFinding */.nN)(cert, 'error', 'too-deep', `is ${entry.depth} CA certificates deep (root included) but API Gateway accepts at most ${policy.maxCaDepth}: clients it issues get 403 Forbidden; issue it closer to the root`));
            }
            else if (entry.role !== 'root' && !refusal.has(cert.fingerprint)) {
                const verdict = pathVerdict(cert, { shallowest, sound, strict, within, refusal, strictness });
                if (verdict)
                    findings.push(verdict);
            }
            continue;
        }
        if (entry.role === 'root')
            continue; // a self-signed root needs no path; its own rules apply
        if (exhausted)
            continue;
        findings.push(explainMissingPath(cert, index, issuers.get(cert.fingerprint) ?? [], shallowest, policy));
    }
    return { entries, findings, ...(crowd ? { crowd } : {}) };
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
// EXTERNAL MODULE: ./lib/pki/parse.js + 3 modules
var parse = __nccwpck_require__(8226);
// EXTERNAL MODULE: ./lib/pki/der.js
var pki_der = __nccwpck_require__(599);
;// CONCATENATED MODULE: ./lib/pki/private-keys.js
/**
 * Private keys in any disguise. A key committed next to CA files is compromised whatever its
 * armour: a PKCS#8 key relabelled `BEGIN CERTIFICATE`, base64 pasted between two certificate
 * blocks, a PKCS#12 bundle or a Microsoft key blob. Detection reads the DER outline only (never
 * the key values) and nothing here returns key bytes: callers get a line number to report.
 */

/** The top-level elements of a DER SEQUENCE, or undefined when the bytes are not exactly one. */
function topLevel(bytes) {
    try {
        const top = (0,pki_der/* readElement */.RN)(bytes, 0, bytes.length);
        return top.tag === pki_der/* TAG */.Dk.SEQUENCE && top.end === bytes.length ? (0,pki_der/* childrenOf */.LU)(bytes, top) : undefined;
    }
    catch {
        return undefined;
    }
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
            const [oid] = (0,pki_der/* childrenOf */.LU)(bytes, first);
            return oid?.tag === pki_der/* TAG */.Dk.OID && PASSWORD_ENCRYPTION.test((0,pki_der/* readOid */.fM)(bytes, oid));
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
            const [oid] = (0,pki_der/* childrenOf */.LU)(bytes, second);
            return oid?.tag === pki_der/* TAG */.Dk.OID && PFX_CONTENT.test((0,pki_der/* readOid */.fM)(bytes, oid));
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
        const magic = String.fromCharCode(...bytes.subarray(8, 12));
        if (magic === 'RSA2' || magic === 'DSS2')
            return 'PRIVATEKEYBLOB';
    }
    return undefined;
}
/** The largest key we look for: a 16,384-bit RSA key in PKCS#1 is about 9.4 KB. */
const MAX_KEY_DER = 64 * 1024;
/** How many base64 characters the search may decode in one file, so hostile text stays cheap. */
const KEY_SEARCH_BUDGET = 16 * 1024 * 1024;
/**
 * The line where key DER begins in a run of base64 lines (consecutive, as pasted), if any. Every
 * line that could start a DER SEQUENCE (`M...`) is tried: its DER header gives the length, and
 * only that many characters are decoded. `budget.chars` bounds the decoding over a whole file.
 */
function findKeyInBase64(run, budget) {
    if (run.length === 0)
        return undefined;
    const joined = run.map((l) => l.text).join('');
    let offset = 0;
    for (let i = 0; i < run.length; offset += run[i].text.length, i++) {
        if (run[i].text[0] !== 'M' || budget.chars <= 0)
            continue;
        const head = Buffer.from(joined.slice(offset, offset + 8), 'base64');
        let total;
        try {
            const el = (0,pki_der/* readElement */.RN)(head, 0, head.length + MAX_KEY_DER);
            total = el.end;
        }
        catch {
            continue;
        }
        if (total < 16 || total > MAX_KEY_DER)
            continue;
        const chars = Math.ceil(total / 3) * 4;
        if (offset + chars > joined.length + 2)
            continue;
        budget.chars -= chars;
        const der = Buffer.from(joined.slice(offset, offset + chars), 'base64').subarray(0, total);
        if (der.length === total && looksLikePrivateKeyDer(der))
            return run[i].line;
    }
    return undefined;
}
//# sourceMappingURL=private-keys.js.map
;// CONCATENATED MODULE: ./lib/pki/pem.js



const BEGIN = /^-----BEGIN ([A-Z0-9 #]+)-----\s*$/;
const END = /^-----END ([A-Z0-9 #]+)-----\s*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
function finding(file, line, code, message) {
    return { severity: 'error', code, message, file, line };
}
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
function scanSource(source) {
    const { path: file, bytes } = source;
    if (bytes.length === 0 || (looksLikeText(bytes) && new TextDecoder().decode(bytes).trim() === '')) {
        return {
            blocks: [],
            findings: [
                finding(file, 1, 'empty-file', `${file} is empty: add the CA certificate or exclude the file with a "!" pattern`),
            ],
        };
    }
    const blob = looksLikeText(bytes) ? undefined : binaryKeyFormat(bytes);
    if (blob) {
        return {
            blocks: [],
            findings: [
                finding(file, 1, 'private-key', `${file} is a private key (${blob} format), not a certificate: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`),
            ],
        };
    }
    // Binary DER: an ASN.1 SEQUENCE tag (0x30) and not text that happens to start with "0".
    if (bytes[0] === 0x30 && !looksLikeText(bytes)) {
        if (looksLikePrivateKeyDer(bytes)) {
            return {
                blocks: [],
                findings: [
                    finding(file, 1, 'private-key', `${file} is a DER private key (or a PKCS#12 bundle holding one), not a certificate: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`),
                ],
            };
        }
        return { blocks: [{ der: bytes, line: 1 }], findings: [] };
    }
    return scanPem(file, new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}
function keyFinding(file, line, how) {
    return finding(file, line, 'private-key', `${file}:${line}: ${how} is in a CA file: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`);
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
function scanPem(file, text) {
    const blocks = [];
    const findings = [];
    const budget = { chars: KEY_SEARCH_BUDGET };
    const keyIn = (lines) => {
        for (const run of runsOf(lines)) {
            const at = findKeyInBase64(run, budget);
            if (at !== undefined)
                return at;
        }
        return undefined;
    };
    /** Base64 lines outside any block: a key pasted without armour hides here. */
    let loose = [];
    const flushLoose = () => {
        const at = keyIn(loose);
        if (at !== undefined)
            findings.push(keyFinding(file, at, 'base64 outside any PEM block that decodes to a private key'));
        loose = [];
    };
    const lines = text.split('\n');
    let open;
    const close = (block, endLabel, endLine) => {
        if (endLabel === undefined || endLabel !== block.label) {
            const key = keyIn(block.body);
            const labels = [block.label, endLabel ?? ''];
            if (key !== undefined || labels.some((l) => l.includes('PRIVATE KEY'))) {
                findings.push(keyFinding(file, block.line, `a private key ("BEGIN ${block.label}" block)`));
                return;
            }
            const problem = endLabel === undefined ? refuseLabel(file, block.label, block.line) : undefined;
            findings.push(problem ??
                finding(file, block.line, 'malformed-pem', endLabel === undefined
                    ? `${file}:${block.line}: the "BEGIN ${block.label}" block has no END line${endLine > 0 ? ` before the next BEGIN on line ${endLine}: restore the END line` : ': the file is truncated; re-export the certificate'}`
                    : `${file}:${block.line}: "BEGIN ${block.label}" is closed by "END ${endLabel}" on line ${endLine}: fix the END line or re-export the certificate`));
            return;
        }
        if (block.label.includes('PRIVATE KEY')) {
            findings.push(refuseLabel(file, block.label, block.line));
            return;
        }
        // Padding ends the data: Node's decoder stops at a '=', so lines after one would be ignored.
        block.bad ??= block.body.slice(0, -1).find((l) => l.text.includes('='))?.line;
        const b64 = block.body.map((l) => l.text).join('');
        const whole = block.bad === undefined && b64.length % 4 === 0
            ? new Uint8Array(Buffer.from(b64, 'base64'))
            : undefined;
        // OpenSSL's encrypted traditional keys carry these headers over ciphertext, which is no DER.
        const encrypted = block.headers.some((h) => /^(proc-type|dek-info)$/i.test(h));
        if (encrypted && !(whole && isOneElement(whole))) {
            findings.push(keyFinding(file, block.line, `an encrypted private key (a "BEGIN ${block.label}" block with Proc-Type/DEK-Info headers over data that is not DER)`));
            return;
        }
        if (whole && looksLikePrivateKeyDer(whole)) {
            findings.push(keyFinding(file, block.line, `a private key (its content is key DER, though the block says "BEGIN ${block.label}")`));
            return;
        }
        // Key lines appended to (or mixed into) a block: only when the block is not one clean element.
        if (!whole || !isOneElement(whole)) {
            const at = keyIn(block.body);
            if (at !== undefined) {
                findings.push(keyFinding(file, at, `base64 inside the "BEGIN ${block.label}" block that begins on line ${block.line} decodes to a private key, which`));
                return;
            }
        }
        const problem = refuseLabel(file, block.label, block.line);
        if (problem) {
            findings.push(problem);
            return;
        }
        if (block.headers.length > 0) {
            findings.push(finding(file, block.line, 'malformed-pem', `${file}:${block.line}: the certificate block has RFC 1421 headers ("Name: value" lines): remove them, a CERTIFICATE block holds base64 only`));
            return;
        }
        if (block.bad !== undefined) {
            findings.push(finding(file, block.bad, 'bad-base64', `${file}:${block.bad}: broken base64 inside the certificate block that begins on line ${block.line}: re-export the certificate (e.g. openssl x509 -in old.pem -out new.pem)`));
            return;
        }
        if (!whole || whole.length === 0) {
            findings.push(finding(file, block.line, 'bad-base64', `${file}:${block.line}: the certificate block is ${b64.length === 0 ? 'empty' : 'truncated (its base64 length is not a multiple of 4)'}: re-export the certificate`));
            return;
        }
        blocks.push({ der: whole, line: block.line });
    };
    for (let i = 0; i < lines.length; i++) {
        const raw = (lines[i] ?? '').replace(/\r$/, '');
        const lineNo = i + 1;
        const trimmed = raw.trim();
        if (!open) {
            const begin = BEGIN.exec(trimmed);
            if (begin) {
                flushLoose();
                open = { label: begin[1], line: lineNo, body: [], headers: [] };
            }
            else if (trimmed !== '' && BASE64_LINE.test(trimmed)) {
                loose.push({ text: trimmed, line: lineNo });
            }
            continue;
        }
        const end = END.exec(trimmed);
        if (end) {
            const block = open;
            open = undefined;
            close(block, end[1], lineNo);
            continue;
        }
        if (BEGIN.test(trimmed)) {
            close(open, undefined, lineNo);
            open = { label: BEGIN.exec(trimmed)[1], line: lineNo, body: [], headers: [] };
            continue;
        }
        if (trimmed === '')
            continue;
        const header = /^([A-Za-z-]+):/.exec(trimmed);
        if (header) {
            open.headers.push(header[1]);
            continue;
        }
        if (BASE64_LINE.test(trimmed))
            open.body.push({ text: trimmed, line: lineNo });
        else
            open.bad ??= lineNo;
    }
    if (open)
        close(open, undefined, 0);
    flushLoose();
    if (blocks.length === 0 && findings.length === 0) {
        findings.push(finding(file, 1, 'no-certificate', `${file} has no "-----BEGIN CERTIFICATE-----" block and is not DER: point ca-files at PEM or DER certificate files, or exclude this file with a "!" pattern`));
    }
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { blocks, findings };
}
/** Refuses every PEM label that is not a certificate. The block's contents are never echoed. */
function refuseLabel(file, label, line) {
    if (label === 'CERTIFICATE' || label === 'X509 CERTIFICATE')
        return undefined;
    if (label.includes('PRIVATE KEY')) {
        return finding(file, line, 'private-key', `${file}:${line}: a private key (${label} block) is in a CA file: delete it from the repository and rotate that key (it has been committed); the truststore holds public CA certificates only`);
    }
    if (label === 'TRUSTED CERTIFICATE') {
        return finding(file, line, 'non-certificate-block', `${file}:${line}: an OpenSSL "TRUSTED CERTIFICATE" block carries trust settings API Gateway does not read: convert it with "openssl x509 -in ${file} -out ${file}"`);
    }
    return finding(file, line, 'non-certificate-block', `${file}:${line}: a "${label}" block is not a certificate: remove it; the truststore holds CA certificates only`);
}
//# sourceMappingURL=pem.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/pki/truststore.js
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
    return { entries: ordered, pem, sha256: (0,external_node_crypto_.createHash)('sha256').update(pem).digest('hex') };
}
//# sourceMappingURL=truststore.js.map
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
    const own = new Map();
    for (const cert of unique)
        own.set(cert.fingerprint, (0,rules/* assessCertificate */.wS)(cert, policy));
    const hierarchy = buildHierarchy(unique, policy, own);
    for (const cert of unique) {
        if (!hierarchy.crowd?.has(cert.fingerprint))
            findings.push(...own.get(cert.fingerprint));
    }
    findings.push(...hierarchy.findings);
    const entries = canonicalOrder(hierarchy.entries);
    return {
        entries,
        findings,
        ...(hasErrors(findings) ? {} : { truststore: buildTruststore(entries) }),
    };
}
//# sourceMappingURL=analyze.js.map
;// CONCATENATED MODULE: ./lib/pki/index.js








//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zU: () => (/* binding */ CertificateParseError),
  si: () => (/* binding */ parseCertificateDer),
  mY: () => (/* binding */ signatureVerifies),
  Yh: () => (/* binding */ x509Of)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/pki/der.js
var pki_der = __nccwpck_require__(599);
;// CONCATENATED MODULE: ./lib/pki/names.js
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
    (0,pki_der/* expectTag */.yi)(name, pki_der/* TAG */.Dk.SEQUENCE, what);
    const display = [];
    const key = [];
    const emails = [];
    for (const rdn of (0,pki_der/* childrenOf */.LU)(buf, name)) {
        (0,pki_der/* expectTag */.yi)(rdn, pki_der/* TAG */.Dk.SET, `an RDN of the ${what}`);
        const shown = [];
        const keyed = [];
        for (const attribute of (0,pki_der/* childrenOf */.LU)(buf, rdn)) {
            const [type, value, extra] = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(attribute, pki_der/* TAG */.Dk.SEQUENCE, `an attribute of the ${what}`));
            if (!type || !value || extra)
                throw new pki_der/* DerError */.I4(`an attribute of the ${what} is not a type and a value`);
            const oid = (0,pki_der/* readOid */.fM)(buf, type);
            const text = (0,pki_der/* readString */.E3)(buf, value);
            const raw = (0,pki_der/* hexOf */.ZD)((0,pki_der/* encodedOf */.EX)(buf, value));
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
    return { display: display.reverse().join(', '), key: key.join('/'), rdns: key, emails };
}
//# sourceMappingURL=names.js.map
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
            return { type: 'directoryName', rdns: describeName(buf, name, 'directoryName').rdns };
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
;// CONCATENATED MODULE: ./lib/pki/keys.js
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
    let bytes = (0,pki_der/* contentOf */.$E)(buf, (0,pki_der/* expectTag */.yi)(el, pki_der/* TAG */.Dk.INTEGER, what));
    while (bytes.length > 1 && bytes[0] === 0)
        bytes = bytes.subarray(1);
    const top = bytes[0] ?? 0;
    return top === 0 ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(top));
}
function publicKeyInfo(buf, spki) {
    const [algorithm, key] = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(spki, pki_der/* TAG */.Dk.SEQUENCE, 'subjectPublicKeyInfo'));
    const [oidEl, params] = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(algorithm, pki_der/* TAG */.Dk.SEQUENCE, 'the key algorithm'));
    const oid = (0,pki_der/* readOid */.fM)(buf, (0,pki_der/* expectTag */.yi)(oidEl, pki_der/* TAG */.Dk.OID, 'the key algorithm identifier'));
    const bitString = (0,pki_der/* expectTag */.yi)(key, pki_der/* TAG */.Dk.BIT_STRING, 'subjectPublicKey');
    switch (oid) {
        case ALGORITHMS.rsa:
        case ALGORITHMS.rsaPss: {
            // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } inside the BIT STRING.
            const inner = (0,pki_der/* readElement */.RN)(buf, bitString.contentStart + 1, bitString.end);
            const [modulus] = (0,pki_der/* childrenOf */.LU)(buf, (0,pki_der/* expectTag */.yi)(inner, pki_der/* TAG */.Dk.SEQUENCE, 'RSAPublicKey'));
            const bits = integerBits(buf, (0,pki_der/* expectTag */.yi)(modulus, pki_der/* TAG */.Dk.INTEGER, 'RSA modulus'), 'RSA modulus');
            const name = oid === ALGORITHMS.rsa ? 'RSA' : 'RSA-PSS';
            return { algorithm: name, bits, description: `${name} ${bits}` };
        }
        case ALGORITHMS.ec: {
            if (params?.tag !== pki_der/* TAG */.Dk.OID) {
                return {
                    algorithm: 'EC',
                    bits: 0,
                    curve: 'explicit parameters',
                    description: 'EC explicit parameters',
                };
            }
            const curveOid = (0,pki_der/* readOid */.fM)(buf, params);
            const curve = CURVES[curveOid] ?? curveOid;
            return {
                algorithm: 'EC',
                bits: Number(/^P-(\d+)$/.exec(curve)?.[1] ?? 0),
                curve,
                description: `EC ${curve}`,
            };
        }
        case ALGORITHMS.dsa: {
            const [p] = params?.tag === pki_der/* TAG */.Dk.SEQUENCE ? (0,pki_der/* childrenOf */.LU)(buf, params) : [];
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
//# sourceMappingURL=keys.js.map
;// CONCATENATED MODULE: ./lib/pki/parse.js
/**
 * DER → Certificate. The outline is read with the strict reader in der.ts; node:crypto reads key
 * details and verifies signatures (OpenSSL underneath, the same code a TLS terminator runs).
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
                const names = KEY_USAGE_BITS.filter((_, i) => ((bits[i >> 3] ?? 0) >> (7 - (i & 7))) & 1);
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
        const issuer = describeName(der, (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'issuer'), 'issuer');
        const [notBefore, notAfter] = (0,pki_der/* childrenOf */.LU)(der, (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'validity'));
        if (!notBefore || !notAfter)
            throw new pki_der/* DerError */.I4('validity needs notBefore and notAfter');
        const subject = describeName(der, (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'subject'), 'subject');
        const spki = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'subjectPublicKeyInfo');
        const extensionsWrapper = fields.slice(i).find((f) => f.tag === 0xa3);
        const extensions = readExtensions(der, extensionsWrapper);
        const cert = {
            der,
            fingerprint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex'),
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
            publicKey: publicKeyInfo(der, spki),
            signature: signatureInfo(der, outerAlg),
            innerSignatureOid: signatureInfo(der, innerAlg).oid,
            // RFC 5280 4.1.1.2: the two AlgorithmIdentifiers must be the same, parameters included.
            signatureAlgorithmsMatch: Buffer.from((0,pki_der/* encodedOf */.EX)(der, innerAlg)).equals((0,pki_der/* encodedOf */.EX)(der, outerAlg)),
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
const x509Cache = new WeakMap();
/** node:crypto's view of a certificate, made once; null when OpenSSL cannot load it. */
function x509Of(cert) {
    let x = x509Cache.get(cert);
    if (x === undefined) {
        try {
            x = new external_node_crypto_.X509Certificate(cert.der);
        }
        catch {
            x = null;
        }
        x509Cache.set(cert, x);
    }
    return x;
}
const issuerKeys = new WeakMap();
/** The public key as a KeyObject, made once and only for certificates that act as issuers. */
function issuerKeyOf(cert) {
    let key = issuerKeys.get(cert);
    if (key === undefined) {
        key = x509Of(cert)?.publicKey ?? null;
        issuerKeys.set(cert, key);
    }
    return key;
}
/** True when `issuer`'s public key verifies `child`'s signature. */
function signatureVerifies(child, issuer) {
    const c = x509Of(child);
    const key = issuerKeyOf(issuer);
    if (!c || !key)
        return false;
    try {
        return c.verify(key);
    }
    catch {
        return false;
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
    const add = (severity, code, message) => out.push(certificateFinding(cert, severity, code, message));
    if (cert.version !== 3) {
        add('error', 'not-v3', `is an X.509 v${cert.version} certificate: API Gateway needs v3 CA certificates with basicConstraints; reissue it as v3`);
    }
    if (!cert.basicConstraints?.ca) {
        add('error', 'not-a-ca', cert.basicConstraints
            ? 'is a leaf (basicConstraints cA is false), not a CA: remove it from the CA files; clients present their own leaf certificates'
            : 'has no basicConstraints extension, so it is not a CA: remove it if it is a leaf, or reissue the CA with "basicConstraints = critical,CA:true"');
    }
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
    const extensions = extensionProblem(cert);
    if (extensions)
        add('error', extensions.code, extensions.message);
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
    const key = cert.publicKey;
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
    return out;
}
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   nE: () => (/* binding */ shortFingerprint),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export MAX_FIELD_LENGTH */
/**
 * Escaping for text that reaches a pull-request comment. Certificate subjects, issuers, file names
 * and finding messages are attacker-controlled (anyone can open a pull request with a CA file), so
 * every such string goes through exactly one of these functions for the context it lands in.
 */
/** Longest string shown for one certificate field; the fingerprint is the identity, not the name. */
const MAX_FIELD_LENGTH = 200;
/**
 * Makes a string single-line and visible: control characters, line and paragraph separators and
 * bidirectional overrides (which can reorder what a reviewer reads) become `U+XXXX` text.
 */
function plainText(value, maxLength = MAX_FIELD_LENGTH) {
    const shown = Array.from(value);
    const cut = shown.length > maxLength ? `${shown.slice(0, maxLength).join('')}…` : value;
    return cut.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}
// ASCII punctuation that never starts Markdown or HTML syntax in the middle of a line.
const MARKDOWN_SAFE = /[A-Za-z0-9 ,./:=-]/;
/**
 * Text for Markdown (paragraphs, list items, table cells) and for HTML element content
 * (`<summary>`): every other ASCII punctuation character becomes a numeric character reference,
 * which CommonMark treats as literal text, never as markup (so no `|`, `[`, `<`, `` ` ``, `*` ...
 * survives as syntax); `@` mentions, e-mail and `www.`/`scheme://` autolinks and `#123` references
 * are broken with a zero-width space so that GitHub links nothing and notifies nobody.
 */
function markdownText(value, maxLength = MAX_FIELD_LENGTH) {
    let out = '';
    for (const ch of plainText(value, maxLength)) {
        if (ch.length > 1 || ch.charCodeAt(0) > 0x7e || MARKDOWN_SAFE.test(ch))
            out += ch;
        else
            out += `&#${ch.charCodeAt(0)};`;
    }
    return out
        .replace(/&#64;/g, '&#64;&#8203;')
        .replace(/&#35;/g, '&#35;&#8203;')
        .replace(/\b(https?|ftp):\/\//gi, '$1:&#8203;//')
        .replace(/(w)(ww\.)/gi, '$1&#8203;$2');
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

/***/ 7470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ toJson)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_KIND, FINDINGS_OUTPUT_BUDGET, findingsJson, reportFindings */
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4918);
/**
 * Findings where a GitHub runner shows them, within GitHub's limits:
 * - the step log holds every finding (an annotation, or past the limit a plain escaped line): it is
 *   the full list;
 * - annotations: GitHub shows 10 error and 10 warning annotations per step and drops the rest
 *   silently, so the first ones are annotated at file and line, and one notice says how many
 *   more there are and where to read them;
 * - the `findings` output stays valid JSON within the output limit: whole entries are dropped from
 *   the end and a last `findings-truncated` entry says how many; `findings-count` is the full count.
 * Limits: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * (annotations and summaries) and
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idoutputs
 * (outputs: 1 MB, size approximated as UTF-16).
 */


/** Annotations of one kind GitHub shows per step. */
const ANNOTATIONS_PER_KIND = 10;
/**
 * Our budget for the `findings` output, in UTF-16 bytes as GitHub counts them: half of the 1 MB a
 * job's outputs may hold together, so that `plan` and the others still fit beside it.
 */
const FINDINGS_OUTPUT_BUDGET = (/* unused pure expression or super */ null && (512 * 1024));
const WHERE_TO_READ = "every finding is in this step's log and in the `findings` output (`findings-count` has the total)";
/** One finding as the `findings` output and the CLI's JSON carry it. */
function toJson(f) {
    return {
        severity: f.severity,
        code: f.code,
        message: f.message,
        file: f.file ?? null,
        line: f.line ?? null,
        subject: f.subject ?? null,
        fingerprint: f.fingerprint ?? null,
    };
}
/** The findings as a JSON array of at most `budget` UTF-16 bytes, cut at whole entries with a marker. */
function findingsJson(findings, budget = FINDINGS_OUTPUT_BUDGET) {
    // Not a finding code: the output's own marker, shaped like an entry so consumers can read it.
    const marker = (dropped) => JSON.stringify({
        severity: 'notice',
        code: 'findings-truncated',
        message: `${dropped} more finding${dropped === 1 ? '' : 's'} left out to stay within GitHub's output size limit: the step log lists every finding; findings-count has the total`,
        file: null,
        line: null,
        subject: null,
        fingerprint: null,
    });
    const parts = [];
    // UTF-16 bytes = 2 × string length; room for the brackets and the marker is kept aside.
    let used = 2 * (2 + marker(findings.length).length + 1);
    for (const f of findings) {
        const entry = JSON.stringify(toJson(f));
        if (used + 2 * (entry.length + 1) > budget)
            break;
        parts.push(entry);
        used += 2 * (entry.length + 1);
    }
    if (parts.length < findings.length)
        parts.push(marker(findings.length - parts.length));
    return `[${parts.join(',')}]`;
}
function logLine(f) {
    const where = f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : '';
    return displayPath(`${f.severity}${where} [${f.code}] ${f.message}`);
}
function annotationOf(f) {
    const props = { title: `truststore: ${f.code}` };
    if (f.file)
        props.file = f.file;
    if (f.line)
        props.startLine = f.line;
    return { message: displayPath(f.message), props };
}
/**
 * Prints every finding and annotates the first of each kind. `reserve` keeps annotations of a kind
 * free for what the step still has to say (the error of `setFailed` when the step will fail).
 */
function reportFindings(findings, reserve = {}) {
    const hidden = { error: 0, warning: 0, notice: 0 };
    const shown = { error: 0, warning: 0, notice: 0 };
    const count = (s) => findings.filter((f) => f.severity === s).length;
    const room = (s) => ANNOTATIONS_PER_KIND - (reserve[s] ?? 0);
    const needsMore = ['error', 'warning'].some((s) => count(s) > room(s)) || count('notice') > room('notice');
    // The closing "more" notice takes one notice slot when it will be needed.
    const noticeRoom = room('notice') - (needsMore ? 1 : 0);
    for (const f of findings) {
        const limit = f.severity === 'notice' ? noticeRoom : room(f.severity);
        if (shown[f.severity] >= limit) {
            // Past GitHub's annotation limit: a plain log line, so the log still holds every finding.
            hidden[f.severity]++;
            runner.info(logLine(f));
            continue;
        }
        shown[f.severity]++;
        const { message, props } = annotationOf(f);
        if (f.severity === 'error')
            runner.error(message, props);
        else if (f.severity === 'warning')
            runner.warning(message, props);
        else
            runner.notice(message, props);
    }
    const more = ['error', 'warning', 'notice']
        .filter((s) => hidden[s] > 0)
        .map((s) => `${hidden[s]} more ${s}${hidden[s] === 1 ? '' : 's'}`);
    if (more.length > 0) {
        runner.notice(`${more.join(', ')} not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} annotations of each kind per step): ${WHERE_TO_READ}`, { title: 'truststore: more findings' });
    }
}
//# sourceMappingURL=findings.js.map

/***/ }),

/***/ 2127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ code),
  QQ: () => (/* binding */ findingList),
  bD: () => (/* binding */ fitToLength),
  d$: () => (/* binding */ renderPlanMarkdown)
});

// UNUSED EXPORTS: COMMENT_MAX_LENGTH, expiringSoon, renderInvalidMarkdown

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __nccwpck_require__(2527);
;// CONCATENATED MODULE: ./lib/report/markdown/mermaid.js
/**
 * The CA hierarchy as a Mermaid flowchart: the new truststore plus the certificates it removes,
 * with added and removed ones marked, so a reviewer sees where in the tree a change lands.
 */

/** Past this many nodes a diagram stops being readable (and GitHub stops rendering it quickly). */
const MAX_DIAGRAM_NODES = 120;
/** Returns the ```` ```mermaid ```` block, or undefined when there is nothing or too much to draw. */
function renderHierarchy(plan, maxNodes = MAX_DIAGRAM_NODES) {
    const added = new Set(plan.primary.added.map((c) => c.fingerprint));
    const nodes = new Map();
    for (const cert of plan.desired.certificates) {
        nodes.set(cert.fingerprint, { cert, change: added.has(cert.fingerprint) ? 'added' : 'unchanged' });
    }
    for (const cert of plan.primary.removed) {
        if (!nodes.has(cert.fingerprint))
            nodes.set(cert.fingerprint, { cert, change: 'removed' });
    }
    if (nodes.size === 0 || nodes.size > maxNodes)
        return undefined;
    // Node ids are positions, never certificate text: nothing a subject says can become syntax.
    const ids = new Map();
    [...nodes.keys()].forEach((fp, i) => {
        ids.set(fp, `c${i}`);
    });
    const lines = ['```mermaid', 'flowchart TD'];
    for (const [fp, node] of nodes) {
        const mark = node.change === 'added' ? '+ ' : node.change === 'removed' ? '- ' : '';
        const label = `${(0,report_escape/* mermaidLabel */._b)(mark)}${(0,report_escape/* mermaidLabel */._b)(commonName(node.cert.subject))}<br>${(0,report_escape/* mermaidLabel */._b)(`${node.cert.role}, expires ${node.cert.notAfter.slice(0, 10)}, ${fp.slice(0, 8)}`)}`;
        const shape = node.cert.role === 'root' ? ['(["', '"])'] : ['["', '"]'];
        lines.push(`  ${ids.get(fp)}${shape[0]}${label}${shape[1]}`);
    }
    for (const [fp, node] of nodes) {
        const parent = node.cert.issuerFingerprint;
        if (parent === undefined || parent === fp || !ids.has(parent))
            continue;
        const arrow = node.change === 'removed' ? '-.->' : '-->';
        lines.push(`  ${ids.get(parent)} ${arrow} ${ids.get(fp)}`);
    }
    const byChange = (change) => [...nodes.entries()].filter(([, n]) => n.change === change).map(([fp]) => ids.get(fp));
    lines.push('  classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:2px');
    lines.push('  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:4 3');
    for (const change of ['added', 'removed']) {
        const members = byChange(change);
        if (members.length > 0)
            lines.push(`  class ${members.join(',')} ${change}`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** The CN when there is one (what people call a CA by), else the whole subject. */
function commonName(subject) {
    const m = /(?:^|,\s*)CN=((?:[^,\\]|\\.)*)/.exec(subject);
    return m?.[1]?.trim() || subject;
}
//# sourceMappingURL=mermaid.js.map
;// CONCATENATED MODULE: ./lib/report/markdown/plan.js


/** GitHub refuses comments over 65,536 characters; stay well under it. */
const COMMENT_MAX_LENGTH = 60_000;
/** Rows shown per table and findings per list when a plan must be shortened to fit. */
const COMPACT_ROWS = 40;
/** Lists longer than this are folded into `<details>`. */
const FOLD_AFTER = 10;
/** A value that is a code-like identifier (version id, hash) in a code span, anything else as text. */
function code(value) {
    return /^[A-Za-z0-9+/=._-]{1,200}$/.test(value) ? `\`${value}\`` : (0,report_escape/* markdownText */.p7)(value);
}
function days(options) {
    const now = options.now ?? new Date();
    return { now, limit: now.getTime() + (options.expiryWarningDays ?? 30) * 86_400_000 };
}
function expiringSoon(certs, options) {
    const { limit } = days(options);
    return certs.filter((c) => Date.parse(c.notAfter) <= limit).length;
}
function pointer(options, what) {
    return options.fullPlanUrl
        ? `${what}: the [job summary](${options.fullPlanUrl}) has the full plan.`
        : `${what}: the job summary of this run has the full plan.`;
}
function fold(summary, body, count, open = false) {
    if (count <= FOLD_AFTER)
        return body;
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function limitRows(rows, limit) {
    return rows.length <= limit
        ? { shown: rows, hidden: 0 }
        : { shown: rows.slice(0, limit), hidden: rows.length - limit };
}
function certificateTable(diff, limit, options) {
    const rows = [
        ...diff.added.map((c) => ({ c, change: '➕ added' })),
        ...diff.removed.map((c) => ({ c, change: '➖ removed' })),
    ];
    const { shown, hidden } = limitRows(rows, limit);
    const lines = [
        '| Change | Subject | Issuer | Role | Expires | SHA-256 |',
        '| --- | --- | --- | --- | --- | --- |',
    ];
    for (const { c, change } of shown) {
        lines.push(`| ${change} | ${(0,report_escape/* markdownText */.p7)(c.subject)} | ${(0,report_escape/* markdownText */.p7)(c.issuer)} | ${c.role} | ${(0,report_escape/* markdownText */.p7)(c.notAfter.slice(0, 10))} | ${(0,report_escape/* shortFingerprint */.nE)(c.fingerprint)} |`);
    }
    if (hidden > 0)
        lines.push('', pointer(options, `${hidden} more rows are not shown here`));
    return fold(`${rows.length} CA certificates change`, lines.join('\n'), rows.length, true);
}
function consequences(plan) {
    const out = [];
    const p = plan.primary;
    if (plan.offline) {
        out.push('Planned without AWS (pull request from a fork): compared with the truststore built from the base commit’s CA files. The live object and the domains were not read.');
    }
    else if (plan.latest === undefined && p.versionId === undefined) {
        out.push(`First deployment: ${(0,report_escape/* markdownText */.p7)(plan.location.uri)} does not exist yet.`);
    }
    if (plan.upToDate) {
        out.push('Nothing to deploy: the live truststore is byte-identical and every domain is pinned to it.');
        return out;
    }
    const cas = (list) => {
        const roots = list.filter((c) => c.role === 'root').length;
        return `${list.length} CA certificate${list.length === 1 ? '' : 's'} (${roots} root${roots === 1 ? '' : 's'})`;
    };
    if (p.added.length > 0) {
        out.push(`Clients whose certificates chain to the ${cas(p.added)} added are accepted once the domains are rolled.`);
    }
    if (p.removed.length > 0) {
        out.push(`**Clients whose certificates chain only to the ${cas(p.removed)} removed are refused** once the domains are rolled.`);
    }
    if (p.reformat)
        out.push('Same certificates, different bytes (order or encoding): clients notice nothing.');
    if (!plan.offline) {
        const roll = plan.domainsToRoll ?? [];
        out.push(`${plan.upload ? 'Deploy uploads a new object version' : 'Deploy uploads nothing'}${roll.length > 0
            ? ` and rolls ${roll.length} domain${roll.length === 1 ? '' : 's'}: ${roll.map((n) => (0,report_escape/* markdownText */.p7)(n)).join(', ')}`
            : ''}.`);
    }
    return out;
}
function domainTable(plan) {
    if (plan.domains.length === 0)
        return '';
    const diffOf = (name) => plan.pinnedDiffs.find((d) => d.domains.includes(name)) ?? plan.primary;
    const lines = [
        '| Domain | Status | Pinned to | After merge | Change for its clients |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const d of plan.domains) {
        const diff = diffOf(d.domainName);
        const rolled = (plan.domainsToRoll ?? []).includes(d.domainName);
        const change = diff.identical || diff.reformat ? 'none' : `+${diff.added.length} −${diff.removed.length}`;
        lines.push(`| ${(0,report_escape/* markdownText */.p7)(d.domainName)} | ${(0,report_escape/* markdownText */.p7)(d.status ?? 'unknown')}${d.mtlsEnabled ? '' : ' (mTLS off)'} | ${d.truststoreVersion ? code(d.truststoreVersion) : 'not pinned'} | ${rolled ? 'rolled to the new version' : 'unchanged'} | ${change} |`);
        for (const w of d.warnings)
            lines.push(`| ↳ warning | ${(0,report_escape/* markdownText */.p7)(w, 500)} | | | |`);
    }
    return lines.join('\n');
}
const ICONS = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function findingList(findings, limit, options) {
    const { shown, hidden } = limitRows(findings, limit);
    const lines = shown.map((f) => {
        const where = f.file ? ` (${(0,report_escape/* markdownText */.p7)(f.file, 300)}${f.line ? `:${f.line}` : ''})` : '';
        return `- ${ICONS[f.severity] ?? ''} **${f.severity}** ${(0,report_escape/* markdownText */.p7)(f.code, 60)}: ${(0,report_escape/* markdownText */.p7)(f.message, 1000)}${where}`;
    });
    if (hidden > 0)
        lines.push('', pointer(options, `${hidden} more findings are not shown here`));
    return lines.join('\n');
}
function verdict(plan, options) {
    const errors = plan.findings.filter((f) => f.severity === 'error').length;
    const soon = expiringSoon(plan.desired.certificates, options);
    const status = errors > 0 ? `❌ **Invalid** (${errors} error${errors === 1 ? '' : 's'})` : '✅ **Valid**';
    const change = plan.upToDate ? 'up to date' : `+${plan.addedCount} added, −${plan.removedCount} removed`;
    return `${status} · ${change} · ${soon} expiring soon · ${plan.desired.certificates.length} CA certificates in ${(0,report_escape/* markdownText */.p7)(plan.location.uri)}`;
}
function heading(icon, what, options) {
    return `### ${icon} ${what}${options.label ? `: ${(0,report_escape/* markdownText */.p7)(options.label)}` : ''}`;
}
function renderAt(plan, options, rows, diagram) {
    const parts = [];
    if (options.header)
        parts.push(options.header);
    parts.push(heading('🔐', 'mTLS truststore plan', options), verdict(plan, options));
    parts.push(consequences(plan)
        .map((s) => `- ${s}`)
        .join('\n'));
    const p = plan.primary;
    if (p.added.length + p.removed.length > 0) {
        const against = plan.offline
            ? 'the base commit'
            : p.versionId
                ? `version ${code(p.versionId)}`
                : 'nothing';
        parts.push(`#### CA certificates (against ${against})`, certificateTable(p, rows, options));
    }
    const domains = domainTable(plan);
    if (domains)
        parts.push('#### Domains', domains);
    const blocked = plan.blockedDomains ?? [];
    if (blocked.length > 0) {
        parts.push('#### Domains deploy would refuse', blocked.map((b) => `- ❌ ${(0,report_escape/* markdownText */.p7)(b.message, 2000)}`).join('\n'));
    }
    if (plan.drift.length > 0)
        parts.push('#### Drift', plan.drift.map((d) => `- ⚠️ ${(0,report_escape/* markdownText */.p7)(d, 2000)}`).join('\n'));
    if (plan.findings.length > 0) {
        const n = plan.findings.length;
        parts.push(`#### Findings (${n})`, fold(`${n} findings`, findingList(plan.findings, rows, options), n));
    }
    if (plan.liveFindings.length > 0) {
        const n = plan.liveFindings.length;
        parts.push(`#### Findings in the live truststore (${n})`, fold(`${n} findings`, findingList(plan.liveFindings, rows, options), n));
    }
    const chart = diagram ? renderHierarchy(plan) : undefined;
    if (chart) {
        parts.push('#### CA hierarchy', `<details><summary>Diagram: ➕ added, ➖ removed (dashed)</summary>\n\n${chart}\n\n</details>`);
    }
    else if (!diagram) {
        parts.push(pointer(options, 'This plan was shortened to fit in a comment'));
    }
    parts.push(`<sub>Truststore SHA-256 ${code(plan.desired.sha256)}${plan.latest ? ` · live version ${code(plan.latest.versionId)}` : ''}</sub>`);
    return `${parts.filter((s) => s !== '').join('\n\n')}\n`;
}
/** Renders a plan; over `maxLength` it drops the diagram and long rows, then cuts at a line. */
function renderPlanMarkdown(plan, options = {}) {
    const max = options.maxLength ?? COMMENT_MAX_LENGTH;
    const full = renderAt(plan, options, Number.POSITIVE_INFINITY, true);
    if (full.length <= max)
        return full;
    const compact = renderAt(plan, options, COMPACT_ROWS, false);
    return fitToLength(compact, max, pointer(options, '**The plan was cut here to fit in a comment**'));
}
/** Renders findings when there is no plan: the new truststore is invalid. */
function renderInvalidMarkdown(findings, options = {}) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const max = options.maxLength ?? COMMENT_MAX_LENGTH;
    const body = [
        ...(options.header ? [options.header] : []),
        heading('🔐', 'mTLS truststore plan', options),
        `❌ **Invalid** (${errors} error${errors === 1 ? '' : 's'}): nothing can be deployed until the errors are fixed.`,
        `#### Findings (${findings.length})`,
        findingList(findings, Number.POSITIVE_INFINITY, options),
    ].join('\n\n');
    return fitToLength(`${body}\n`, max, pointer(options, '**The findings were cut here to fit in a comment**'));
}
/**
 * Cuts Markdown at a line boundary so that it and `tail` fit in `max` characters, closing any
 * code fence or `<details>` left open so that the tail renders outside them.
 */
function fitToLength(markdown, max, tail) {
    if (markdown.length <= max)
        return markdown;
    const closing = '\n```\n' + '\n</details>\n'.repeat(8);
    const budget = Math.max(0, max - tail.length - closing.length - 4);
    const cut = markdown.slice(0, budget);
    const lines = cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))).split('\n');
    let fence = false;
    let open = 0;
    for (const line of lines) {
        if (/^\s*```/.test(line))
            fence = !fence;
        else if (!fence)
            open += (line.match(/<details/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    }
    let out = lines.join('\n');
    if (fence)
        out += '\n```';
    for (let i = 0; i < Math.min(open, 8); i++)
        out += '\n\n</details>';
    return `${out}\n\n${tail}\n`;
}
//# sourceMappingURL=plan.js.map

/***/ }),

/***/ 6915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ renderTruststoreSummary)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2527);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2127);


const MAX_ROWS = 1000;
/** Findings listed in the summary; each can take ~1.5 KB, and GitHub's limit is 1 MiB per step. */
const MAX_FINDINGS = 200;
function row(entry) {
    const c = entry.certificate;
    return `| ${entry.role} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(c.subject)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(c.issuer)} | ${entry.depth ?? '—'} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(c.publicKey.description)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(c.signature.name)} | ${c.notAfter.toISOString().slice(0, 10)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shortFingerprint */ .nE)(c.fingerprint)} |`;
}
function renderTruststoreSummary(analysis, findings, outputFile) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const lines = ['### 🔐 mTLS truststore validation', ''];
    lines.push(errors > 0
        ? `❌ **Invalid**: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. No truststore was written.`
        : `✅ **Valid**: ${analysis.truststore?.entries.length ?? 0} CA certificates${outputFile ? ` written to ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(outputFile, 500)}` : ''}${analysis.truststore ? ` (SHA-256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shortFingerprint */ .nE)(analysis.truststore.sha256)})` : ''}; ${warnings} warning${warnings === 1 ? '' : 's'}.`, '');
    const entries = analysis.truststore?.entries ?? analysis.entries;
    if (entries.length > 0) {
        lines.push('| Role | Subject | Issuer | Depth | Key | Signature | Expires | SHA-256 |', '|---|---|---|---|---|---|---|---|');
        lines.push(...entries.slice(0, MAX_ROWS).map(row));
        if (entries.length > MAX_ROWS)
            lines.push('', `…and ${entries.length - MAX_ROWS} more certificates.`);
        lines.push('');
    }
    if (findings.length > 0) {
        lines.push('#### Findings', '', (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .findingList */ .QQ)(findings.slice(0, MAX_FINDINGS), MAX_FINDINGS, {}), '');
        if (findings.length > MAX_FINDINGS) {
            lines.push(`…and ${findings.length - MAX_FINDINGS} more findings, not listed here: this step's log has every finding, and the \`findings\` output lists them as JSON (\`findings-count\` has the total).`, '');
        }
    }
    return lines.join('\n');
}
//# sourceMappingURL=truststore.js.map

/***/ }),

/***/ 4639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ safeLines),
/* harmony export */   j9: () => (/* binding */ styleFor),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   tZ: () => (/* binding */ PLAIN)
/* harmony export */ });
/* unused harmony export COLOUR */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2527);

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
/** A message as safe terminal lines: control characters shown as U+XXXX, each line on its own. */
function safeLines(message) {
    return message.split(/\r?\n/).map((line) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(line, 4000));
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
    return [`${tag} ${style.dim((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(f.code))}  ${first}`, ...more.map((l) => `        ${l}`)].join('\n');
}
function renderText(result, style = PLAIN) {
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
            ? `written to ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(validation.outputPath, 500)}`
            : 'not written (--output-file FILE writes it)';
        lines.push(`${style.green('✓')} ${style.bold(`valid: ${plural(truststore.entries.length, 'CA certificate')}`)} (${plural(roots, 'root')}), sha256 ${truststore.sha256.slice(0, 16)}…, ${where}; ${counts}`);
    }
    else {
        lines.push(`${style.red('✗')} ${style.bold('invalid')}: ${counts}; no truststore was written`);
    }
    if (plan) {
        lines.push('', `${style.bold('plan')} for ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(plan.location.uri, 500)}: ${plan.upToDate
            ? 'up to date, nothing to do'
            : `${plan.addedCount} added, ${plan.removedCount} removed; ${plan.upload ? 'uploads a new version' : 'uploads nothing'}; rolls ${plan.domainsToRoll.length > 0
                ? plan.domainsToRoll.map((d) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(d)).join(', ')
                : 'no domain'}`}`);
        for (const d of plan.domains) {
            lines.push(`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(d.domainName)}: pinned to ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(d.truststoreVersion ?? 'no version')}`);
        }
        for (const sentence of plan.drift)
            lines.push(`  ${style.yellow('drift')} ${safeLines(sentence).join(' ')}`);
        for (const f of plan.liveFindings)
            lines.push(`  live: ${findingLine(f, style)}`);
    }
    if (deployment) {
        const version = deployment.versionId ?? '?';
        lines.push('', deployment.upToDate
            ? `${style.green('✓')} up to date: version ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(version)}, nothing deployed`
            : `${style.bold('deployed')} version ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(version)} to ${deployment.deployedDomains.length > 0
                ? deployment.deployedDomains.map((d) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(d)).join(', ')
                : 'no domain'}${deployment.previousVersionId ? ` (previous version ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(deployment.previousVersionId)})` : ''}`);
        if (deployment.rolledBackDomains.length > 0) {
            lines.push(`  rolled back: ${deployment.rolledBackDomains.map((d) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(d)).join(', ')}`);
        }
        for (const w of deployment.warnings) {
            lines.push(`  ${style.yellow('warning')} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(w.domainName)}: ${safeLines(w.warnings.join('; ')).join(' ')}`);
        }
    }
    // A refused truststore is said above; any other failure (AWS, deploy) is said here.
    if (result.failure !== undefined && result.failure !== validation.failure) {
        lines.push('', ...safeLines(result.failure).map((l, i) => (i === 0 ? `${style.red('✗')} ${l}` : `  ${l}`)));
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=text.js.map

/***/ }),

/***/ 66:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * Bad input, whichever front-end it came through: an action input or a CLI flag the user got wrong.
 * The message names the input and the fix. One type everywhere (pure: the core may throw it too),
 * so the action reports failure-reason invalid-input and the CLI exits 2 for all of them.
 */
class InputError extends Error {
    name = 'InputError';
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 3152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.d),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony export actionInputs */
/* harmony import */ var _action_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4918);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66);



const actionInputs = {
    get: (name) => _action_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
    label: (name) => `input ${name}`,
};
// The source of the readSettings call in progress; the readers below take only a name, so a new
// setting is one line whatever the front-end.
let source = actionInputs;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${label(name)} is "${raw}": set it to a whole number from ${min} to ${max}`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${label(name)} is "${raw}": set it to true or false`);
}
function oneOf(name, allowed, fallback) {
    const raw = read(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (allowed.includes(raw))
        return raw;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${label(name)} is "${raw}": set it to one of ${allowed.join(', ')}`);
}
function optional(name) {
    const raw = read(name).trim();
    return raw === '' ? undefined : raw;
}
/** Settings from the action's inputs, or from another source of the same inputs (the CLI's flags). */
function readSettings(env = process.env, from = actionInputs) {
    source = from;
    try {
        return settingsFromInputs(env);
    }
    finally {
        source = actionInputs;
    }
}
function settingsFromInputs(env) {
    const caFiles = list('ca-files');
    const mode = oneOf('mode', ['auto', 'validate', 'plan', 'deploy', 'diagnose', 'audit'], 'auto');
    // diagnose against a domain's pinned truststore (truststore-uri) needs no CA files.
    const diagnoseLive = mode === 'diagnose' && optional('truststore-uri') !== undefined;
    if (caFiles.length === 0 && !diagnoseLive) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${label('ca-files')} is empty: list the CA certificate files as glob patterns, one per line (e.g. "pki/**/*.pem")`);
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
        githubAppSlug: optional('github-app-slug'),
        probeIdentities: read('probe-identities'),
        probeUrl: optional('probe-url') ?? 'https://{domain}/',
        probeCaFile: optional('probe-ca-file'),
        probeTimeoutSeconds: integer('probe-timeout-seconds', 120, 1, 3600),
        rollbackOnProbeFailure: boolean('rollback-on-probe-failure', true),
        clientCertificate: optional('client-certificate'),
    };
}
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 6981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The package version, for `--version` and SARIF's tool.driver.version (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 5486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ collectSources)
});

// UNUSED EXPORTS: LIMITS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/workspace/display-path.js
var display_path = __nccwpck_require__(9435);
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
        const inside = [root, realRoot]
            .map((r) => external_node_path_.relative(r, body).replace(/\\/g, '/'))
            .find((rel) => !rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
        if (inside === undefined)
            return undefined;
        body = inside;
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
function errorCode(error) {
    return error?.code;
}
function isMissing(error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}
function isInside(root, target) {
    const rel = external_node_path_.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
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
            if (!isInside(realRoot, real)) {
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
        if (!isInside(realRoot, real)) {
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
;// CONCATENATED MODULE: ./lib/workspace/collect.js
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
    const name = (0,display_path/* displayPath */.G)(match.rel);
    switch (match.kind) {
        case 'broken-link':
            return fileFinding('unreadable', name, `${name}: a broken symlink: point it at a file or remove it`);
        case 'outside': {
            const what = match.link !== undefined ? `is a symlink to ${(0,display_path/* displayPath */.G)(match.link)}` : 'resolves';
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
        handle = await external_node_fs_.promises.open(match.real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
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
        if (stats.size > LIMITS.fileBytes) {
            return fileFinding('file-too-large', display, `${display} is ${stats.size} bytes, too large for a CA file (at most ${LIMITS.fileBytes}): check that the pattern does not match an archive or a binary`);
        }
        if (stats.size > budget.bytes) {
            return fileFinding('too-many-files', display, `${display}: the matched files together pass ${LIMITS.totalBytes} bytes, more than CA files can be: narrow the patterns`);
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
async function collectSources(root, patterns, input = 'ca-files') {
    const findings = [];
    const realRoot = await external_node_fs_.promises.realpath(root);
    const excludes = patterns
        .filter((p) => p.startsWith('!'))
        .map((p) => compilePattern(root, realRoot, p.slice(1)))
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
        const compiled = compilePattern(root, realRoot, pattern);
        if (!compiled) {
            findings.push({
                severity: 'error',
                code: 'outside-workspace',
                message: `input ${input}: pattern "${(0,display_path/* displayPath */.G)(pattern)}" points outside ${root}: copy the certificates into the repository and write the pattern relative to the workspace`,
            });
            continue;
        }
        const matched = await globFiles(root, realRoot, compiled, excludes, walk);
        if (matched.length === 0 && !walk.exhausted) {
            findings.push(inputFinding(input, `pattern "${(0,display_path/* displayPath */.G)(pattern)}" matches no file under ${root}: fix the pattern (it is relative to the workspace) or remove it`));
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
    const budget = { bytes: LIMITS.totalBytes };
    for (const match of ordered) {
        if (match.kind !== 'file') {
            findings.push(matchFinding(match, input));
            continue;
        }
        const display = (0,display_path/* displayPath */.G)(external_node_path_.relative(root, match.abs) || external_node_path_.basename(match.abs));
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
/* harmony export */   G: () => (/* binding */ displayPath)
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
// C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;
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
    return name.replace(UNSAFE, visibleEscape);
}
//# sourceMappingURL=display-path.js.map

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
