export const id = 727;
export const ids = [727];
export const modules = {

/***/ 3727:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDiagnosisMarkdown: () => (/* binding */ renderDiagnosisMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2527);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3039);


function renderDiagnosisMarkdown(result) {
    const { diagnosis: d, truststore } = result;
    const where = truststore.domainName
        ? `the truststore ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(truststore.domainName)} is pinned to (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(truststore.source, 400)})`
        : 'the truststore built from ca-files';
    const lines = [
        d.verdict === 'accepted'
            ? `### ✅ API Gateway accepts this client certificate`
            : `### ❌ API Gateway refuses this client certificate (403)`,
        `Client certificate: **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(d.leaf.subject)}**, issued by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(d.leaf.issuer)}, valid until ${d.leaf.notAfter.slice(0, 10)} (from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(result.clientFile)}).`,
        `Checked against ${where}: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(truststore.certificateCount, 'CA certificate')}.`,
    ];
    if (d.verdict === 'refused')
        lines.push(`**What to do:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(d.fix, 2000)}`);
    const rows = d.reasons.map((r) => `| ${r.refuses ? '❌ refuses' : 'ℹ️ note'} | ${r.code} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(r.message, 2000)} |`);
    lines.push(['| | Reason | Explanation |', '| --- | --- | --- |', ...rows].join('\n'));
    if (d.path)
        lines.push(`Path: ${d.path.map((s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s)).join(' → ')}`);
    return `${lines.join('\n\n')}\n`;
}
//# sourceMappingURL=diagnosis.js.map

/***/ }),

/***/ 3039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** Words shared by the reports. */
/** A count with its noun, singular for one: "1 CA certificate", "2 CA certificates". */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${n} ${n === 1 ? singular : pluralForm}`;
}
//# sourceMappingURL=words.js.map

/***/ })

};
