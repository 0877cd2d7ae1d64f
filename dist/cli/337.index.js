export const id = 337;
export const ids = [337];
export const modules = {

/***/ 6337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditTitle: () => (/* binding */ auditTitle),
/* harmony export */   problemCounts: () => (/* binding */ problemCounts),
/* harmony export */   renderAuditMarkdown: () => (/* binding */ renderAuditMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2527);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5517);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3039);
/**
 * The audit as Markdown: the job summary, and the body of the audit issue. Pure, like render.ts;
 * every string from AWS or a certificate goes through the escaper.
 */



const ICONS = { error: '❌', warning: '⚠️' };
function count(problems, severity) {
    return problems.filter((p) => p.severity === severity).length;
}
/** "2 errors, 1 warning" */
function problemCounts(problems) {
    return `${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(count(problems, 'error'), 'error')}, ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(count(problems, 'warning'), 'warning')}`;
}
/** The issue title: short, stable while the same kind of problems remain. */
function auditTitle(report, label) {
    return `mTLS truststore audit: ${problemCounts(report.problems)} in ${label}`.slice(0, 250);
}
function renderAuditMarkdown(report, options = {}) {
    const label = options.label ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(options.label)}` : '';
    const parts = [];
    parts.push(report.healthy
        ? `### ✅ mTLS truststore audit healthy${label}`
        : `### ❌ mTLS truststore audit found ${problemCounts(report.problems)}${label}`);
    parts.push(`Checked ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(report.location.uri)}${report.latestVersionId ? ` (latest version ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.latestVersionId)})` : ''} and ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(report.domains.length, 'custom domain name')} on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(report.checkedAt.slice(0, 16).replace('T', ' '))} UTC; certificates expiring within ${report.expiryWarningDays} days count as expiring.`);
    if (report.liveProvenance) {
        parts.push(`The live version${report.liveProvenance.versionId ? ` ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.liveProvenance.versionId)}` : ''} was ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceText */ .H3)(report.liveProvenance)}.`);
    }
    if (report.problems.length > 0) {
        const rows = ['| | Code | Domain | Problem and fix |', '| --- | --- | --- | --- |'];
        for (const p of report.problems) {
            rows.push(`| ${ICONS[p.severity]} ${p.severity} | \`${p.code}\` | ${p.domain ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(p.domain) : '—'} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(p.message, 1500)} |`);
        }
        parts.push('#### Problems', rows.join('\n'));
    }
    if (report.domains.length > 0) {
        const rows = ['| Domain | Status | Security policy | Pinned to |', '| --- | --- | --- | --- |'];
        for (const d of report.domains) {
            rows.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(d.domainName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(d.status ?? 'unknown')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(d.securityPolicy ?? 'unknown')} | ${d.truststoreVersion ? (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.truststoreVersion) : 'not pinned'} |`);
        }
        parts.push('#### Domains', rows.join('\n'));
    }
    if (options.runUrl)
        parts.push(`<sub>[Audit run](${options.runUrl})</sub>`);
    const max = options.maxLength ?? 60_000;
    return (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .fitToLength */ .bD)(`${parts.join('\n\n')}\n`, max, 'The rest was cut: see the job summary of the audit run.');
}
//# sourceMappingURL=audit.js.map

/***/ }),

/***/ 5517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ plan_code),
  Hy: () => (/* binding */ findingCode),
  QQ: () => (/* binding */ findingList),
  bD: () => (/* binding */ fitToLength),
  H3: () => (/* binding */ provenanceText),
  d$: () => (/* binding */ renderPlanMarkdown)
});

// UNUSED EXPORTS: COMMENT_MAX_LENGTH, expiringSoon, renderInvalidMarkdown

// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
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
// EXTERNAL MODULE: ./lib/report/markdown/words.js
var words = __webpack_require__(3039);
;// CONCATENATED MODULE: ./lib/report/markdown/targets.js


const code = (value) => (/^[\w.:/=+-]{1,200}$/.test(value) ? `\`${value}\`` : (0,report_escape/* markdownText */.p7)(value));
function certificateLines(section, limit) {
    const rows = [
        ...section.added.map((c) => ['➕', c]),
        ...section.removed.map((c) => ['➖', c]),
    ];
    const lines = rows
        .slice(0, limit)
        .map(([sign, c]) => `  - ${sign} ${(0,report_escape/* markdownText */.p7)(c.subject)} (${c.role}, expires ${c.notAfter.slice(0, 10)}, ${(0,report_escape/* shortFingerprint */.nE)(c.fingerprint)})`);
    if (rows.length > limit)
        lines.push(`  - … ${(0,words/* plural */.L)(rows.length - limit, 'more certificate')}`);
    return lines;
}
function serials(list, limit) {
    const shown = list.slice(0, limit).map((s) => `${code(s.serial)} (${(0,report_escape/* markdownText */.p7)(s.issuer)})`);
    return `${shown.join(', ')}${list.length > limit ? ` and ${list.length - limit} more` : ''}`;
}
function revocationLines(r, limit) {
    const lines = [];
    if (!r.changed) {
        lines.push(`- Revocation lists: unchanged (${(0,words/* plural */.L)(r.live.length, 'list')}).`);
        return lines;
    }
    lines.push('- Revocation lists:');
    for (const file of r.add)
        lines.push(`  - ➕ ${(0,report_escape/* markdownText */.p7)(file)} (new list)`);
    for (const x of r.replace)
        lines.push(`  - 🔁 ${(0,report_escape/* markdownText */.p7)(x.file)} replaces list ${x.revocationId}`);
    for (const x of r.remove) {
        lines.push(`  - ➖ list ${x.revocationId}${x.issuer ? ` (${(0,report_escape/* markdownText */.p7)(x.issuer)})` : ''}: its file left the repository`);
    }
    if (r.serialsAdded.length > 0) {
        lines.push(`  - **Newly revoked** (${r.serialsAdded.length}, refused once deployed): ${serials(r.serialsAdded, limit)}`);
    }
    if (r.serialsRemoved.length > 0) {
        lines.push(`  - No longer revoked (${r.serialsRemoved.length}): ${serials(r.serialsRemoved, limit)}`);
    }
    return lines;
}
function sectionOf(section, limit) {
    const name = section.facts.find((f) => f.label === 'Name')?.value;
    const lines = [`##### ${name ? `${(0,report_escape/* markdownText */.p7)(name)} · ` : ''}${code(section.name)}`];
    const serves = section.versionId
        ? `version ${code(section.versionId)}`
        : 'a bundle that no object version holds';
    lines.push(`- Serves ${serves}; ${section.roll ? '**deploy points it at the new version**' : 'deploy does not touch its CA bundle'}.`);
    for (const f of section.facts)
        if (f.label !== 'Name')
            lines.push(`- ${(0,report_escape/* markdownText */.p7)(f.label)}: ${(0,report_escape/* markdownText */.p7)(f.value, 2000)}`);
    const change = section.added.length + section.removed.length;
    lines.push(change === 0
        ? `- Its clients: no change (${section.unchanged} CA certificate${section.unchanged === 1 ? ' stays' : 's stay'}).`
        : `- Its clients: +${section.added.length} −${section.removed.length} CA certificates against what it serves now:`);
    lines.push(...certificateLines(section, limit));
    if (section.revocations)
        lines.push(...revocationLines(section.revocations, limit));
    return lines.join('\n');
}
/** The `#### Trust stores` part of the plan, or '' when no target serves its own bundle. */
function targetSections(plan, limit) {
    const sections = plan.targets ?? [];
    if (sections.length === 0)
        return '';
    return ['#### Trust stores', ...sections.map((s) => sectionOf(s, limit))].join('\n\n');
}
/** The names of the targets the trust store sections speak for (the domain table leaves them out). */
function sectionNames(plan) {
    return new Set((plan.targets ?? []).map((s) => s.name));
}
//# sourceMappingURL=targets.js.map
;// CONCATENATED MODULE: ./lib/report/markdown/plan.js





/** GitHub refuses comments over 65,536 characters; stay well under it. */
const COMMENT_MAX_LENGTH = 60_000;
/** Rows shown per table and findings per list when a plan must be shortened to fit. */
const COMPACT_ROWS = 40;
/** Lists longer than this are folded into `<details>`. */
const FOLD_AFTER = 10;
/** A value that is a code-like identifier (version id, hash) in a code span, anything else as text. */
function plan_code(value) {
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
        lines.push('', pointer(options, `${(0,words/* plural */.L)(hidden, 'more row')} not shown here`));
    return fold(`${(0,words/* plural */.L)(rows.length, 'CA certificate')} change`, lines.join('\n'), rows.length, true);
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
        out.push(plan.offline
            ? 'Nothing changes: the truststore is byte-identical to the one built from the base commit.'
            : 'Nothing to deploy: the live truststore is byte-identical and every domain is pinned to it.');
        return out;
    }
    const cas = (list) => `${(0,words/* plural */.L)(list.length, 'CA certificate')} (${(0,words/* plural */.L)(list.filter((c) => c.role === 'root').length, 'root')})`;
    // For every target's clients: the domains' pinned version and what each trust store serves.
    const changes = (0,diff/* changesForClients */.f_)(plan);
    const rolled = plan.targets?.length ? 'the targets are rolled' : 'the domains are rolled';
    if (changes.added.length > 0) {
        out.push(`Clients whose certificates chain to the ${cas(changes.added)} added are accepted once ${rolled}.`);
    }
    if (changes.removed.length > 0) {
        out.push(`**Clients whose certificates chain only to the ${cas(changes.removed)} removed are refused** once ${rolled}.`);
    }
    if (p.reformat)
        out.push('Same certificates, different bytes (order or encoding): clients notice nothing.');
    if (!plan.offline) {
        const roll = plan.domainsToRoll ?? [];
        out.push(`${plan.upload ? 'Deploy uploads a new object version' : 'Deploy uploads nothing'}${roll.length > 0
            ? ` and rolls ${(0,words/* plural */.L)(roll.length, roll.some((n) => sectionNames(plan).has(n)) ? 'target' : 'domain')}: ${roll.map((n) => (0,report_escape/* markdownText */.p7)(n)).join(', ')}`
            : ''}.`);
    }
    return out;
}
function domainTable(plan) {
    const own = sectionNames(plan);
    const domains = plan.domains.filter((d) => !own.has(d.domainName));
    if (domains.length === 0)
        return '';
    const diffOf = (name) => plan.pinnedDiffs.find((d) => d.domains.includes(name)) ?? plan.primary;
    const lines = [
        '| Domain | Status | Pinned to | After merge | Change for its clients |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const d of domains) {
        const diff = diffOf(d.domainName);
        const rolled = (plan.domainsToRoll ?? []).includes(d.domainName);
        const change = diff.identical || diff.reformat ? 'none' : `+${diff.added.length} −${diff.removed.length}`;
        lines.push(`| ${(0,report_escape/* markdownText */.p7)(d.domainName)} | ${(0,report_escape/* markdownText */.p7)(d.status ?? 'unknown')}${d.mtlsEnabled ? '' : ' (mTLS off)'} | ${d.truststoreVersion ? plan_code(d.truststoreVersion) : 'not pinned'} | ${rolled ? 'rolled to the new version' : 'unchanged'} | ${change} |`);
        for (const w of d.warnings)
            lines.push(`| ↳ warning | ${(0,report_escape/* markdownText */.p7)(w, 500)} | | | |`);
    }
    return lines.join('\n');
}
const ICONS = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** A finding code as a code span (codes are kebab-case words), linked to nothing. */
function findingCode(value) {
    return /^[a-z0-9-]{1,60}$/.test(value) ? `\`${value}\`` : (0,report_escape/* markdownText */.p7)(value, 60);
}
/**
 * Where a finding is (`file:line`), said once, in front of the message: most messages start with
 * the same location, which is taken off them. A message that starts with another `file:line` (a
 * fork's base-commit finding, whose file is the truststore's name) keeps its own.
 */
function located(f) {
    if (!f.file)
        return (0,report_escape/* markdownText */.p7)(f.message, 1000);
    const where = `${f.file}${f.line ? `:${f.line}` : ''}`;
    const prefix = [`${where}: `, `${f.file}: `].find((p) => f.message.startsWith(p));
    if (prefix === undefined && /^[^\s:]+:\d+: /.test(f.message))
        return (0,report_escape/* markdownText */.p7)(f.message, 1000);
    return `${(0,report_escape/* markdownText */.p7)(where, 300)}: ${(0,report_escape/* markdownText */.p7)(f.message.slice(prefix?.length ?? 0), 1000)}`;
}
function findingList(findings, limit, options) {
    const { shown, hidden } = limitRows(findings, limit);
    const lines = shown.map((f) => `- ${ICONS[f.severity] ?? ''} **${f.severity}** ${findingCode(f.code)} ${located(f)}`);
    if (hidden > 0)
        lines.push('', pointer(options, `${(0,words/* plural */.L)(hidden, 'more finding')} not shown here`));
    return lines.join('\n');
}
function verdict(plan, options) {
    const errors = plan.findings.filter((f) => f.severity === 'error').length;
    const soon = expiringSoon(plan.desired.certificates, options);
    const status = errors > 0 ? `❌ **Invalid** (${(0,words/* plural */.L)(errors, 'error')})` : '✅ **Valid**';
    const change = plan.upToDate ? 'up to date' : `+${plan.addedCount} added, −${plan.removedCount} removed`;
    return `${status} · ${change} · ${soon} expiring soon · ${(0,words/* plural */.L)(plan.desired.certificates.length, 'CA certificate')} in ${(0,report_escape/* markdownText */.p7)(plan.location.uri)}`;
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
    // With trust stores only, each section diffs against what it serves; the primary speaks for domains.
    const forDomains = !plan.targets?.length || plan.domains.some((d) => !sectionNames(plan).has(d.domainName));
    if (forDomains && p.added.length + p.removed.length > 0) {
        const against = plan.offline
            ? 'the base commit'
            : p.versionId
                ? `version ${plan_code(p.versionId)}`
                : 'nothing';
        parts.push(`#### CA certificates (against ${against})`, certificateTable(p, rows, options));
    }
    const domains = domainTable(plan);
    if (domains)
        parts.push('#### Domains', domains);
    parts.push(targetSections(plan, rows));
    const blocked = plan.blockedDomains ?? [];
    if (blocked.length > 0) {
        parts.push('#### Domains deploy would refuse', blocked.map((b) => `- ❌ ${(0,report_escape/* markdownText */.p7)(b.message, 2000)}`).join('\n'));
    }
    const notes = plan.notes ?? [];
    if (notes.length > 0) {
        parts.push('#### Notes', notes.map((n) => `- ⚠️ ${plan_code(n.code)} ${(0,report_escape/* markdownText */.p7)(n.message, 2000)}`).join('\n'));
    }
    if (plan.drift.length > 0)
        parts.push('#### Drift', plan.drift.map((d) => `- ⚠️ ${(0,report_escape/* markdownText */.p7)(d, 2000)}`).join('\n'));
    if (plan.findings.length > 0) {
        const n = plan.findings.length;
        parts.push(`#### Findings (${n})`, fold((0,words/* plural */.L)(n, 'finding'), findingList(plan.findings, rows, options), n));
    }
    if (plan.liveFindings.length > 0) {
        const n = plan.liveFindings.length;
        // A fork's plan compares with the base commit's CA files: the live object was not read.
        const where = plan.offline ? 'the base commit' : 'the live truststore';
        parts.push(`#### Findings in ${where} (${n})`, fold((0,words/* plural */.L)(n, 'finding'), findingList(plan.liveFindings, rows, options), n));
    }
    const chart = diagram ? renderHierarchy(plan) : undefined;
    if (chart) {
        parts.push('#### CA hierarchy', `<details><summary>Diagram: ➕ added, ➖ removed (dashed)</summary>\n\n${chart}\n\n</details>`);
    }
    else if (!diagram) {
        parts.push(pointer(options, 'This plan was shortened to fit in a comment'));
    }
    parts.push(`<sub>Truststore SHA-256 ${plan_code(plan.desired.sha256)}${plan.latest ? ` · live version ${plan_code(plan.latest.versionId)}` : ''}${plan.liveProvenance ? ` · live version ${provenanceText(plan.liveProvenance)}` : ''}</sub>`);
    return `${parts.filter((s) => s !== '').join('\n\n')}\n`;
}
/**
 * Where a version came from, as this action recorded it: "built from commit `abc…` (pull request #12)".
 * Both values were checked when read (hex; digits), so they need no escaping beyond a code span.
 */
function provenanceText(p) {
    const commit = p.commit
        ? `built from commit ${plan_code(p.commit.slice(0, 12))}`
        : 'built from an unrecorded commit';
    return `${commit}${p.pullRequest !== undefined ? ` (pull request #${p.pullRequest})` : ''}`;
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
        `❌ **Invalid** (${plural(errors, 'error')}): nothing can be deployed until the errors are fixed.`,
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
