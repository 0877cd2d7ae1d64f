export const id = 849;
export const ids = [849,123];
export const modules = {

/***/ 187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ problem),
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   zB: () => (/* binding */ PROBLEM_CODES)
/* harmony export */ });
/**
 * What the audit reports: one problem per thing wrong with what is live, each with a code the
 * README documents and the fix in the message. Plain data, rendered by reporters.
 */
/** Every code the audit can report, with its severity; README "Audit problems" lists each one. */
const PROBLEM_CODES = {
    'ca-expired': 'error',
    'ca-expiring': 'warning',
    'truststore-warnings': 'error',
    'versions-differ': 'warning',
    'latest-not-pinned': 'warning',
    'version-unpinned': 'warning',
    'pinned-version-missing': 'error',
    'pin-reverted': 'error',
    'lifecycle-expires-pinned': 'error',
    'lifecycle-may-expire-pinned': 'warning',
    'lifecycle-expires-current': 'warning',
    'lifecycle-unreadable': 'warning',
    'domain-failed': 'error',
    'domain-pending': 'error',
    'domain-missing': 'error',
    'domain-not-mutual-tls': 'error',
    'domain-other-truststore': 'error',
    'security-policy-enhanced': 'error',
    'cloudformation-managed': 'warning',
    'ownership-certificate-expired': 'error',
    'ownership-certificate-expiring': 'warning',
    'ownership-certificate-unreadable': 'warning',
    'trust-store-missing': 'error',
    'trust-store-drift': 'warning',
    'crl-expired': 'error',
    'versioning-not-enabled': 'error',
    'truststore-missing': 'error',
    'repository-differs': 'warning',
    'repository-invalid': 'error',
};
/** A problem with the severity its code has. */
function problem(code, domain, message) {
    return { severity: PROBLEM_CODES[code], code, domain, message };
}
/** Errors first, then warnings; otherwise in the order they were found. */
function sortProblems(problems) {
    const rank = (p) => (p.severity === 'error' ? 0 : 1);
    return problems
        .map((p, i) => ({ p, i }))
        .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
        .map(({ p }) => p);
}
//# sourceMappingURL=problems.js.map

/***/ }),

/***/ 6849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAuditSarif: () => (/* binding */ renderAuditSarif)
/* harmony export */ });
/* harmony import */ var _audit_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(187);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(123);


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Problems about the CA files as a whole: located at every CA file. */
const ABOUT_CA_FILES = new Set(['repository-differs', 'repository-invalid']);
const MAX_FILES = 20;
/** The CA file and line of the certificate a problem names by its SHA-256 prefix, if it is in the CA files. */
function certificateOf(p, run) {
    const prefix = /SHA-256 ([0-9a-f]{16})/.exec(p.message)?.[1];
    if (!prefix)
        return undefined;
    const entry = run.validation.analysis.entries.find((e) => e.certificate.fingerprint.startsWith(prefix));
    if (!entry)
        return undefined;
    const { file, line } = entry.certificate.source;
    return { file, line: line > 0 ? line : 1, fingerprint: entry.certificate.fingerprint };
}
function locate(p, run) {
    const base = {
        ruleId: p.code,
        level: p.severity,
        text: p.domain ? `${p.domain}: ${p.message}` : p.message,
    };
    const at = certificateOf(p, run);
    if (at)
        return { ...base, files: [{ file: at.file, line: at.line }], fingerprint: at.fingerprint };
    if (ABOUT_CA_FILES.has(p.code) && run.validation.sources.length > 0) {
        return {
            ...base,
            files: run.validation.sources.slice(0, MAX_FILES).map((s) => ({ file: s.path, line: 1 })),
        };
    }
    return undefined;
}
function result(r, ruleIndex) {
    return {
        ruleId: r.ruleId,
        ruleIndex,
        level: r.level,
        message: { text: r.text },
        locations: r.files.map((f) => ({
            physicalLocation: {
                artifactLocation: { uri: (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_1__.fileUri)(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line },
            },
        })),
        ...(r.fingerprint
            ? { partialFingerprints: { 'certificateSha256/v1': `${r.fingerprint}:${r.ruleId}` } }
            : {}),
    };
}
function renderAuditSarif(run, toolVersion) {
    const findings = run.validation.findings
        .filter((f) => f.file)
        .map((f) => ({
        ruleId: f.code,
        level: LEVEL[f.severity],
        text: f.message,
        files: [{ file: f.file, line: f.line && f.line > 0 ? f.line : 1 }],
        ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
    }));
    const unlocated = run.validation.findings
        .filter((f) => !f.file)
        .map((f) => ({ level: LEVEL[f.severity], text: f.message, id: f.code }));
    const located = [...findings];
    for (const p of run.audit.problems) {
        const at = locate(p, run);
        if (at)
            located.push(at);
        else
            unlocated.push({
                level: p.severity,
                text: p.domain ? `${p.domain}: ${p.message}` : p.message,
                id: p.code,
            });
    }
    const ids = [...new Set(located.map((r) => r.ruleId))].sort();
    const rules = ids.map((id) => {
        const levels = located.filter((r) => r.ruleId === id).map((r) => r.level);
        const level = levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : 'note';
        const kind = Object.hasOwn(_audit_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBLEM_CODES */ .zB, id) ? 'audit' : 'truststore';
        return { id, shortDescription: { text: `${kind}: ${id}` }, defaultConfiguration: { level } };
    });
    const log = {
        $schema: _report_sarif_js__WEBPACK_IMPORTED_MODULE_1__.SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'mtls-truststore', version: toolVersion, rules } },
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: unlocated.map((n) => ({
                            level: n.level,
                            message: { text: n.text },
                            descriptor: { id: n.id },
                        })),
                    },
                ],
                results: located.map((r) => result(r, ids.indexOf(r.ruleId))),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
//# sourceMappingURL=audit-sarif.js.map

/***/ }),

/***/ 123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   fileUri: () => (/* binding */ fileUri),
/* harmony export */   renderDiagnosisSarif: () => (/* binding */ renderDiagnosisSarif),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
/** A repository-relative path as a URI reference: each segment percent-encoded, `/` kept. */
function fileUri(file) {
    return file
        .replace(/\\/g, '/')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/** The codes of `results`, each once, sorted: the driver's rules in this order. */
function ruleCodes(results) {
    return [...new Set(results.map((r) => r.ruleId))].sort();
}
/**
 * The one SARIF log this tool writes: a single run of the `mtls-truststore` driver with `rules`,
 * each result at its file and line under the rule at its index, pretty-printed with a final newline.
 */
function sarifLog(toolVersion, rules, results, invocations) {
    const ids = rules.map((r) => r.id);
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'mtls-truststore',
                        version: toolVersion,
                        rules,
                    },
                },
                ...(invocations ? { invocations } : {}),
                results: results.map((r) => ({
                    ruleId: r.ruleId,
                    ruleIndex: ids.indexOf(r.ruleId),
                    level: r.level,
                    message: { text: r.text },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: fileUri(r.file), uriBaseId: '%SRCROOT%' },
                                region: { startLine: r.line },
                            },
                        },
                    ],
                    ...(r.partialFingerprints ? { partialFingerprints: r.partialFingerprints } : {}),
                })),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function renderSarif(result, toolVersion) {
    const findings = [...result.validation.findings, ...(result.plan?.liveFindings ?? [])];
    const located = findings.filter((f) => f.file);
    const unlocated = findings.filter((f) => !f.file);
    const results = located.map((f) => ({
        ruleId: f.code,
        level: LEVEL[f.severity],
        text: f.message,
        file: f.file,
        line: f.line && f.line > 0 ? f.line : 1,
        // The certificate, not the line, identifies a finding across commits that move it.
        ...(f.fingerprint
            ? { partialFingerprints: { 'certificateSha256/v1': `${f.fingerprint}:${f.code}` } }
            : {}),
    }));
    const rules = ruleCodes(results).map((code) => {
        const worst = results.filter((r) => r.ruleId === code).map((r) => r.level);
        const level = worst.includes('error') ? 'error' : worst.includes('warning') ? 'warning' : 'note';
        return {
            id: code,
            name: code.replace(/(^|-)([a-z])/g, (_m, _dash, c) => c.toUpperCase()),
            shortDescription: { text: `truststore: ${code}` },
            defaultConfiguration: { level },
        };
    });
    return sarifLog(toolVersion, rules, results, [
        {
            // A pattern that matched nothing means the check did not see what it was asked to.
            executionSuccessful: !unlocated.some((f) => f.severity === 'error'),
            toolExecutionNotifications: unlocated.map((f) => ({
                level: LEVEL[f.severity],
                message: { text: f.message },
                descriptor: { id: f.code },
            })),
        },
    ]);
}
/** mode diagnose: each reason at the client-certificate file, so code scanning shows it there. */
function renderDiagnosisSarif(result, toolVersion) {
    const results = result.diagnosis.reasons.map((r) => ({
        ruleId: r.code,
        level: r.refuses ? 'error' : 'note',
        text: r.message,
        file: result.clientFile,
        line: 1,
    }));
    const rules = ruleCodes(results).map((code) => ({ id: code, shortDescription: { text: `diagnose: ${code}` } }));
    return sarifLog(toolVersion, rules, results);
}
//# sourceMappingURL=sarif.js.map

/***/ })

};
