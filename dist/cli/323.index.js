export const id = 323;
export const ids = [323];
export const modules = {

/***/ 6323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/markdown/plan.js + 1 modules
var markdown_plan = __webpack_require__(2127);
;// CONCATENATED MODULE: ./lib/report/markdown/probes.js
/**
 * The post-roll probes as a Markdown table, for the job summary and the post-merge note. Pure.
 * Domain and identity names come from the workflow, details from the network: all escaped.
 */

function met(r) {
    return r.expected === 'accept'
        ? r.outcome === 'accepted'
        : r.outcome === 'tls-refused' || r.outcome === 'gateway-forbidden';
}
function renderProbesMarkdown(probes) {
    if (probes.length === 0)
        return '';
    const rows = probes.map((r) => `| ${met(r) ? '✅' : '❌'} | ${(0,report_escape/* markdownText */.p7)(r.domain)} | ${(0,report_escape/* markdownText */.p7)(r.identity)} | ${r.expected} | ${r.outcome} | ${r.status ?? '–'} | ${(0,report_escape/* markdownText */.p7)(r.detail, 400)} |`);
    return [
        '**Live mTLS probe** (each identity presents its leaf certificate alone):',
        '',
        '| | Domain | Identity | Expected | Outcome | HTTP | Detail |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}
//# sourceMappingURL=probes.js.map
;// CONCATENATED MODULE: ./lib/report/markdown/deployment.js
/**
 * What a deploy did, as Markdown: the job summary of a deploy run and the short note on the
 * merged pull request. Pure, like `render.ts`.
 */



function names(list) {
    return list.length === 0 ? 'none' : list.map((n) => (0,report_escape/* markdownText */.p7)(n)).join(', ');
}
function renderDeploymentMarkdown(plan, deployment, options = {}) {
    const label = options.label ? `: ${(0,report_escape/* markdownText */.p7)(options.label)}` : '';
    const lines = [];
    if (options.header)
        lines.push(options.header);
    if (options.failure !== undefined) {
        lines.push(`### ❌ mTLS truststore deploy failed${label}`, `**${(0,report_escape/* markdownText */.p7)(options.failure, 2000)}**`);
    }
    else if (deployment.upToDate) {
        lines.push(`### ✅ mTLS truststore up to date${label}`, `Nothing deployed: every domain is already pinned to ${deployment.versionId ? `version ${(0,markdown_plan/* code */.aY)(deployment.versionId)}` : 'the same truststore'} of ${(0,report_escape/* markdownText */.p7)(plan.location.uri)}.`);
    }
    else {
        lines.push(`### 🚀 mTLS truststore deployed${label}`, `Version ${deployment.versionId ? (0,markdown_plan/* code */.aY)(deployment.versionId) : 'unknown'} of ${(0,report_escape/* markdownText */.p7)(plan.location.uri)}` +
            ` (+${plan.addedCount} added, −${plan.removedCount} removed; previous version ${deployment.previousVersionId ? (0,markdown_plan/* code */.aY)(deployment.previousVersionId) : 'none'}).`);
    }
    const facts = [`- Domains rolled: ${names(deployment.deployedDomains)}`];
    if (deployment.rolledBackDomains.length > 0) {
        facts.push(`- **Rolled back** to ${deployment.previousVersionId ? (0,markdown_plan/* code */.aY)(deployment.previousVersionId) : 'the previous version'}: ${names(deployment.rolledBackDomains)}`);
    }
    if (deployment.untouchedDomains.length > 0)
        facts.push(`- Not touched: ${names(deployment.untouchedDomains)}`);
    const warned = deployment.warnings.filter((w) => w.warnings.length > 0);
    if (warned.length === 0)
        facts.push('- Truststore warnings from API Gateway: none');
    else {
        facts.push('- Truststore warnings from API Gateway:');
        for (const w of warned) {
            for (const message of w.warnings)
                facts.push(`  - ${(0,report_escape/* markdownText */.p7)(w.domainName)}: ${(0,report_escape/* markdownText */.p7)(message, 1000)}`);
        }
    }
    lines.push(facts.join('\n'));
    if (deployment.probes && deployment.probes.length > 0)
        lines.push(renderProbesMarkdown(deployment.probes));
    if (options.runUrl)
        lines.push(`<sub>[Workflow run](${options.runUrl})</sub>`);
    const max = options.maxLength ?? 60_000;
    return (0,markdown_plan/* fitToLength */.bD)(`${lines.join('\n\n')}\n`, max, 'The rest was cut: see the job summary of the run.');
}
//# sourceMappingURL=deployment.js.map
// EXTERNAL MODULE: ./lib/report/markdown/truststore.js
var truststore = __webpack_require__(6915);
;// CONCATENATED MODULE: ./lib/report/markdown/index.js



function renderMarkdown(result, settings) {
    const { validation, plan, deployment } = result;
    const options = { expiryWarningDays: settings.expiryWarningDays, maxLength: Number.POSITIVE_INFINITY };
    const parts = [
        (0,truststore/* renderTruststoreSummary */.W)(validation.analysis, validation.findings, validation.outputPath && settings.outputFile),
    ];
    if (plan && deployment) {
        parts.push(renderDeploymentMarkdown(plan, deployment, {
            ...options,
            ...(result.failure !== undefined ? { failure: result.failure } : {}),
        }));
    }
    else if (plan) {
        parts.push((0,markdown_plan/* renderPlanMarkdown */.d$)(plan, options));
    }
    return `${parts.join('\n')}\n`;
}
//# sourceMappingURL=index.js.map

/***/ })

};
