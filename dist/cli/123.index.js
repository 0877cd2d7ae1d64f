export const id = 123;
export const ids = [123];
export const modules = {

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
