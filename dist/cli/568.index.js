export const id = 568;
export const ids = [568];
export const modules = {

/***/ 8568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonReport: () => (/* binding */ jsonReport)
/* harmony export */ });
/* unused harmony export actionOutputs */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7470);
/**
 * One run of the pipeline, whatever the front-end: what validation found, and what plan and
 * deploy did when they ran. Reporters render it; they never run a stage themselves.
 */

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
        outputs.findings = findingsJson(validation);
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
    if (result.failureReason)
        outputs['failure-reason'] = result.failureReason;
    return outputs;
}
function findingsJson(validation) {
    return JSON.stringify(validation.findings.map(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .toJson */ .aB));
}
/**
 * The CLI's `--format json`: the action's outputs under the same names, with JSON values instead
 * of strings (numbers, booleans, the findings array, the plan object), plus `ok` and `failure`.
 */
function jsonReport(result) {
    const report = {
        ok: result.failure === undefined,
        mode: result.mode,
    };
    for (const [name, value] of Object.entries(actionOutputs(result))) {
        report[name] = /^(certificate-count|findings-count|added-count|removed-count)$/.test(name)
            ? Number(value)
            : /^(findings|plan|deployed-domains|probe-results|has-changes)$/.test(name)
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
