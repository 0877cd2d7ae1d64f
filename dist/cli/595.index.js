export const id = 595;
export const ids = [595];
export const modules = {

/***/ 3595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jsonReport: () => (/* binding */ jsonReport)
});

// UNUSED EXPORTS: actionOutputs

;// CONCATENATED MODULE: ./lib/report/findings.js
/**
 * Findings as data for the outputs, within GitHub's limits (the annotations are
 * src/action/annotations.ts):
 * - the `findings` output stays valid JSON within the output limit: whole entries are dropped from
 *   the end and a last `findings-truncated` entry says how many; `findings-count` is the full count.
 * Limits: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * (annotations and summaries) and
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idoutputs
 * (outputs: 1 MB, size approximated as UTF-16).
 */
/**
 * Our budget for the `findings` output, in UTF-16 bytes as GitHub counts them: half of the 1 MB a
 * job's outputs may hold together, so that `plan` and the others still fit beside it.
 */
const FINDINGS_OUTPUT_BUDGET = (/* unused pure expression or super */ null && (512 * 1024));
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
//# sourceMappingURL=findings.js.map
;// CONCATENATED MODULE: ./lib/report/outputs.js

/**
 * The values of the action's outputs for what a run produced, each a string as GITHUB_OUTPUT holds
 * it: the one place that maps results to outputs, for the runner and for the CLI's JSON alike.
 */
function actionOutputs(result) {
    const { validation, plan, deployment } = result;
    const outputs = {};
    if (validation) {
        const { truststore } = validation;
        outputs['truststore-file'] = validation.outputPath ?? '';
        outputs['truststore-sha256'] = truststore?.sha256 ?? '';
        outputs['certificate-count'] = String(truststore?.entries.length ?? 0);
        // The full list; the runner reporter cuts the action's output to GitHub's limit (report/findings.ts).
        outputs.findings = JSON.stringify(validation.findings.map(toJson));
        outputs['findings-count'] = String(validation.findings.length);
    }
    if (plan) {
        outputs['has-changes'] = String(plan.hasChanges);
        outputs['added-count'] = String(plan.addedCount);
        outputs['removed-count'] = String(plan.removedCount);
        outputs.plan = JSON.stringify(plan);
    }
    if (deployment) {
        // version-id is what the domains are pinned to after the run: the old version after a rollback.
        const rolledBack = deployment.rolledBackDomains.length > 0;
        outputs['version-id'] = (rolledBack ? deployment.previousVersionId : deployment.versionId) ?? '';
        outputs['previous-version-id'] = deployment.previousVersionId ?? '';
        outputs['deployed-domains'] = JSON.stringify(deployment.deployedDomains);
        if (deployment.probes)
            outputs['probe-results'] = JSON.stringify(deployment.probes);
    }
    if (result.audit) {
        const { audit } = result;
        outputs.healthy = String(audit.healthy);
        outputs.problems = JSON.stringify(audit.problems.map((p) => ({
            severity: p.severity,
            code: p.code,
            domain: p.domain,
            message: p.message,
        })));
    }
    if (result.diagnosis) {
        outputs.diagnosis = JSON.stringify({
            ...result.diagnosis.diagnosis,
            truststore: result.diagnosis.truststore,
        });
    }
    if (result.failureReason)
        outputs['failure-reason'] = result.failureReason;
    return outputs;
}
/**
 * The CLI's `--format json`: the action's outputs under the same names, with JSON values instead
 * of strings (numbers, booleans, the findings array, the plan object), plus `ok` and `failure`.
 */
function jsonReport(result) {
    // JSON-valued outputs are parsed back; counts are numbers.
    const report = {
        ok: result.failure === undefined,
        mode: result.mode,
    };
    for (const [name, value] of Object.entries(actionOutputs(result))) {
        report[name] = /^(certificate-count|findings-count|added-count|removed-count)$/.test(name)
            ? Number(value)
            : /^(findings|plan|deployed-domains|probe-results|has-changes|healthy|problems|diagnosis)$/.test(name)
                ? JSON.parse(value)
                : value;
    }
    if (result.failure !== undefined)
        report.failure = result.failure;
    return report;
}
//# sourceMappingURL=outputs.js.map

/***/ })

};
