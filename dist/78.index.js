export const id = 78;
export const ids = [78];
export const modules = {

/***/ 5078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiagnoseAction: () => (/* binding */ runDiagnoseAction)
});

// UNUSED EXPORTS: runDiagnoseMode

// EXTERNAL MODULE: ./lib/action/runner.js
var runner = __webpack_require__(4918);
// EXTERNAL MODULE: ./lib/aws/truststore-object.js
var truststore_object = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/pki/chains.js + 2 modules
var chains = __webpack_require__(8100);
// EXTERNAL MODULE: ./lib/pki/parse.js + 3 modules
var parse = __webpack_require__(8226);
;// CONCATENATED MODULE: ./lib/pki/diagnose-certificate.js
/**
 * The checks of one certificate on its own in `mode: diagnose`: what a TLS server refuses in a
 * client leaf (expiry, insecure signature, keyUsage, extendedKeyUsage) and in the CAs of its path.
 * Pure, like diagnose.ts.
 */


const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
/** The knowledge-center article names SHA-1/MD5 signatures as "insecure signature algorithm". */
const STRONG_HASHES = new Set(['SHA-256', 'SHA-384', 'SHA-512']);
const GOOD_CURVES = new Set(['P-256', 'P-384', 'P-521']);
const day = (d) => d.toISOString().slice(0, 10);
const quote = (c) => `"${c.subject}"`;
const sha = (c) => `sha256 ${c.fingerprint.slice(0, 16)}…`;
function leafChecks(leaf, policy) {
    const out = [];
    const add = (code, refuses, message, fix) => out.push({
        code,
        refuses,
        message: `${message}: ${fix}`,
        fix,
        subject: leaf.subject,
        fingerprint: leaf.fingerprint,
    });
    if ((0,chains/* isCa */.Jm)(leaf)) {
        add('leaf-is-ca', false, `the certificate the client presents, ${quote(leaf)}, is a CA certificate`, 'a client presents its own leaf certificate (basicConstraints CA:false) and keeps the CA certificates out of its certificate file');
    }
    if (leaf.notAfter.getTime() < policy.now.getTime()) {
        add('expired', true, `the client certificate ${quote(leaf)} expired on ${day(leaf.notAfter)}`, 'the partner must renew it');
    }
    else if (leaf.notBefore.getTime() > policy.now.getTime()) {
        add('not-yet-valid', true, `the client certificate ${quote(leaf)} is not valid before ${day(leaf.notBefore)}`, 'the partner must wait or reissue it');
    }
    if (!leaf.signature.hash || !STRONG_HASHES.has(leaf.signature.hash)) {
        // https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors ("insecure signature algorithm")
        add('weak-signature', true, `the client certificate ${quote(leaf)} is signed with ${leaf.signature.name}: API Gateway refuses insecure signature algorithms`, 'the partner must have it reissued with SHA-256 or stronger');
    }
    const key = leaf.publicKey;
    if ((key.algorithm === 'RSA' && key.bits < 2048) ||
        (key.algorithm === 'EC' && !GOOD_CURVES.has(key.curve ?? ''))) {
        // Our policy, not a documented API Gateway rule: keys below what AWS asks of the truststore's CAs.
        add('weak-key', false, `the client certificate ${quote(leaf)} has a ${key.description} key, weaker than API Gateway accepts for CAs (RSA 2048, ECDSA P-256/P-384/P-521), so expect it to be refused`, 'the partner should get a stronger key');
    }
    // OpenSSL's ssl_client purpose (what a TLS server checks of a client certificate) refuses a leaf
    // whose keyUsage lacks digitalSignature and keyAgreement, or whose extendedKeyUsage lacks clientAuth.
    if (leaf.keyUsage && !leaf.keyUsage.digitalSignature && !leaf.keyUsage.names.includes('keyAgreement')) {
        add('no-digital-signature', true, `the client certificate ${quote(leaf)} has keyUsage ${leaf.keyUsage.names.join(', ') || '(empty)'} without digitalSignature, so it may not sign the TLS handshake (RFC 5280 4.2.1.3)`, 'the partner must have it reissued with "keyUsage = digitalSignature"');
    }
    const eku = (0,parse/* x509Of */.Yh)(leaf)?.keyUsage;
    if (eku && eku.length > 0 && !eku.includes(CLIENT_AUTH)) {
        add('no-client-auth', true, `the client certificate ${quote(leaf)} has extendedKeyUsage without clientAuth (${eku.join(', ')}), so TLS servers refuse it as a client certificate`, 'the partner must have it reissued with "extendedKeyUsage = clientAuth"');
    }
    return out;
}
/** Algorithms of the CA certificates on the path (the leaf is judged in leafChecks). */
function caAlgorithmChecks(path) {
    const out = [];
    for (const ca of path.slice(1)) {
        if (ca.signature.hash && !STRONG_HASHES.has(ca.signature.hash) && !ca.selfIssued) {
            out.push({
                code: 'weak-signature',
                refuses: true,
                message: `the CA certificate ${quote(ca)} on the path is signed with ${ca.signature.name}: reissue it with SHA-256 or stronger`,
                subject: ca.subject,
                fingerprint: ca.fingerprint,
            });
        }
    }
    return out;
}
//# sourceMappingURL=diagnose-certificate.js.map
;// CONCATENATED MODULE: ./lib/pki/diagnose.js
/**
 * Why would API Gateway refuse this partner? The reasoning behind `mode: diagnose`, pure: given
 * what the partner's client sends (its leaf, or a bundle in any order) and the truststore, say
 * whether the handshake is accepted, every reason it is not, and the one fix to make first.
 *
 * API Gateway looks for the issuer of the client certificate in the truststore: the intermediates
 * a client sends along do not help, so they must be in the truststore.
 * https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors
 */


const diagnose_sha = (c) => `sha256 ${c.fingerprint.slice(0, 16)}…`;
/** The partner's own certificate: the first one that is not a CA, else the first one. */
function pickLeaf(presented) {
    return presented.find((c) => !(0,chains/* isCa */.Jm)(c)) ?? presented[0];
}
/** Is `chain` leaf first, then each certificate's issuer (RFC 8446 4.4.2 order)? */
function inTlsOrder(chain) {
    for (let i = 1; i < chain.length; i++) {
        if (chain[i].subjectKey !== chain[i - 1].issuerKey)
            return false;
    }
    return true;
}
/** Follows issuers by name through the truststore from `leaf`; returns the first one with none. */
function stuckAt(leaf, index, anchors) {
    const seen = new Set();
    let current = leaf;
    for (let hops = 0; hops < 16; hops++) {
        if (anchors.has(current.fingerprint))
            return undefined;
        const next = index.nameCandidates(current).find((c) => !seen.has(c.fingerprint));
        if (!next)
            return current;
        seen.add(next.fingerprint);
        current = next;
    }
    return undefined;
}
function diagnoseClientCertificate(presented, truststore, policy) {
    if (presented.length === 0)
        throw new Error('diagnoseClientCertificate needs at least one certificate');
    const leaf = pickLeaf(presented);
    const anchors = truststore.filter((e) => e.role === 'root').map((e) => e.certificate);
    const intermediates = truststore.filter((e) => e.role === 'intermediate').map((e) => e.certificate);
    const budget = 64 + 8 * (truststore.length + presented.length);
    const maxIntermediates = Math.max(0, policy.maxCaDepth - 1);
    const reasons = [];
    const fixes = [];
    // Order first: it never refuses by itself, and the partner reads it before the chain story.
    const orderedFromLeaf = [leaf, ...presented.filter((c) => c !== leaf)];
    if (presented.length > 1 && (presented[0] !== leaf || !inTlsOrder(orderedFromLeaf))) {
        reasons.push({
            code: 'bundle-order',
            refuses: false,
            message: `the bundle is not in TLS order (the leaf first, then each certificate's issuer: RFC 8446 4.4.2); it reads ${presented
                .map(quote)
                .join(' → ')}. API Gateway checks the leaf against the truststore, not against what the client sends, so the order is harmless once the truststore holds the intermediates; the partner should still put the leaf first so their client presents the right certificate`,
        });
    }
    reasons.push(...leafChecks(leaf, policy));
    const result = (0,chains/* verifyPath */.xJ)(leaf, {
        anchors,
        intermediates,
        at: policy.now,
        maxIntermediates,
        maxSignatureChecks: budget,
    });
    let path;
    if (result.ok) {
        path = result.path;
        reasons.push(...caAlgorithmChecks(path));
    }
    else if (result.code === 'too-deep') {
        const deeper = (0,chains/* verifyPath */.xJ)(leaf, {
            anchors,
            intermediates,
            at: policy.now,
            maxIntermediates: 16,
            maxSignatureChecks: budget,
        });
        const cas = deeper.ok ? deeper.path.length - 1 : undefined;
        reasons.push({
            code: 'path-too-deep',
            refuses: true,
            message: `the path from ${quote(leaf)} to its root has ${cas ?? 'more than ' + policy.maxCaDepth} CA certificates; API Gateway follows at most ${policy.maxCaDepth}, root included: the partner must be issued from a CA closer to the root`,
        });
        fixes.push(`have the partner's certificate issued from a CA at most ${policy.maxCaDepth - 1} levels below the root`);
    }
    else if ((result.code === 'expired' || result.code === 'not-yet-valid') &&
        !reasons.some((r) => r.code === 'expired' || r.code === 'not-yet-valid')) {
        reasons.push({
            code: 'expired',
            refuses: true,
            message: `${result.reason}: renew that CA certificate and add the new one to the truststore`,
        });
    }
    else if (result.code === 'missing-issuer') {
        reasons.push(...missingIssuer(leaf, presented, anchors, intermediates, policy, budget, fixes));
    }
    else if (!['expired', 'not-yet-valid'].includes(result.code)) {
        reasons.push({ code: 'chain-refused', refuses: true, message: `${result.reason} (${result.code})` });
    }
    const refused = !result.ok || reasons.some((r) => r.refuses);
    const fix = fixes[0] ?? reasons.find((r) => r.refuses && r.fix)?.fix ?? reasons.find((r) => r.refuses)?.message ?? '';
    return {
        verdict: refused ? 'refused' : 'accepted',
        reasons: refused
            ? reasons
            : [
                {
                    code: 'accepted',
                    refuses: false,
                    message: `API Gateway accepts ${quote(leaf)}: it chains to the truststore through ${path
                        .slice(1)
                        .map(quote)
                        .join(' → ')}`,
                },
                ...reasons,
            ],
        fix: refused ? fix : '',
        leaf: {
            subject: leaf.subject,
            issuer: leaf.issuer,
            fingerprint: leaf.fingerprint,
            notAfter: leaf.notAfter.toISOString(),
        },
        ...(path ? { path: path.map((c) => c.subject) } : {}),
    };
}
/** The incident's case: which issuer the truststore lacks, and whether the partner's bundle has it. */
function missingIssuer(leaf, presented, anchors, intermediates, policy, budget, fixes) {
    const index = new chains/* IssuerIndex */.I6([...anchors, ...intermediates], budget);
    const stuck = stuckAt(leaf, index, new Set(anchors.map((a) => a.fingerprint))) ?? leaf;
    if (stuck === leaf && leaf.selfIssued) {
        fixes.push('the partner must use a certificate issued by a CA, not a self-signed one');
        return [
            {
                code: 'self-signed-leaf',
                refuses: true,
                message: `the client certificate ${quote(leaf)} is self-signed: API Gateway refuses self-signed client certificates; the partner must use one issued by a CA in the truststore`,
                subject: leaf.subject,
                fingerprint: leaf.fingerprint,
            },
        ];
    }
    const reasons = [
        {
            code: 'missing-issuer',
            refuses: true,
            message: `the truststore has no issuer of ${quote(stuck)}: its issuer "${stuck.issuer}" is missing, so API Gateway cannot build a path from ${quote(leaf)} to a root`,
            subject: stuck.issuer,
        },
    ];
    // What the partner sends that the truststore lacks: the CAs that would complete the path.
    const carried = presented.filter((c) => c !== leaf && (0,chains/* canIssue */.Gi)(c) && (0,chains/* validAt */.AN)(c, policy.now));
    const carriedIntermediates = carried.filter((c) => !c.selfIssued);
    const withCarried = (0,chains/* verifyPath */.xJ)(leaf, {
        anchors,
        intermediates: [...intermediates, ...carriedIntermediates],
        at: policy.now,
        maxIntermediates: Math.max(0, policy.maxCaDepth - 1),
        maxSignatureChecks: budget,
    });
    if (withCarried.ok) {
        const needed = withCarried.path.filter((c) => carriedIntermediates.includes(c));
        const names = needed.map((c) => `${quote(c)} (${diagnose_sha(c)})`).join(', ');
        reasons[0].message += `. The partner's bundle carries it: add this intermediate to the truststore: ${names}`;
        fixes.push(`add this intermediate to the truststore (ca-files): ${names}`);
        return reasons;
    }
    const carriedRoot = carried.find((c) => c.selfIssued && c.subjectKey === stuck.issuerKey);
    if (carriedRoot) {
        reasons.push({
            code: 'partner-root-not-trusted',
            refuses: true,
            message: `the partner's bundle ends at the root ${quote(carriedRoot)} (${diagnose_sha(carriedRoot)}), which is not in the truststore: add it (and the intermediates below it) only if you mean to trust every certificate that root issues`,
            subject: carriedRoot.subject,
            fingerprint: carriedRoot.fingerprint,
        });
        fixes.push(`decide whether to trust the partner's root ${quote(carriedRoot)}; if so, add it and its intermediates to the truststore`);
        return reasons;
    }
    fixes.push(`ask the partner for the CA certificate "${stuck.issuer}" (and its issuers up to the root) and add it to the truststore (ca-files)`);
    return reasons;
}
//# sourceMappingURL=diagnose.js.map
// EXTERNAL MODULE: ./lib/pki/index.js + 9 modules
var pki = __webpack_require__(9865);
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
;// CONCATENATED MODULE: ./lib/report/markdown/diagnosis.js

function renderDiagnosisMarkdown(result) {
    const { diagnosis: d, truststore } = result;
    const where = truststore.domainName
        ? `the truststore ${(0,report_escape/* markdownText */.p7)(truststore.domainName)} is pinned to (${(0,report_escape/* markdownText */.p7)(truststore.source, 400)})`
        : 'the truststore built from ca-files';
    const lines = [
        d.verdict === 'accepted'
            ? `### ✅ API Gateway accepts this client certificate`
            : `### ❌ API Gateway refuses this client certificate (403)`,
        `Client certificate: **${(0,report_escape/* markdownText */.p7)(d.leaf.subject)}**, issued by ${(0,report_escape/* markdownText */.p7)(d.leaf.issuer)}, valid until ${d.leaf.notAfter.slice(0, 10)} (from ${(0,report_escape/* markdownText */.p7)(result.clientFile)}).`,
        `Checked against ${where}: ${truststore.certificateCount} CA certificates.`,
    ];
    if (d.verdict === 'refused')
        lines.push(`**What to do:** ${(0,report_escape/* markdownText */.p7)(d.fix, 2000)}`);
    const rows = d.reasons.map((r) => `| ${r.refuses ? '❌ refuses' : 'ℹ️ note'} | ${r.code} | ${(0,report_escape/* markdownText */.p7)(r.message, 2000)} |`);
    lines.push(['| | Reason | Explanation |', '| --- | --- | --- |', ...rows].join('\n'));
    if (d.path)
        lines.push(`Path: ${d.path.map((s) => (0,report_escape/* markdownText */.p7)(s)).join(' → ')}`);
    return `${lines.join('\n\n')}\n`;
}
//# sourceMappingURL=diagnosis.js.map
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __webpack_require__(3152);
// EXTERNAL MODULE: ./lib/targets/api-gateway/domains.js
var api_gateway_domains = __webpack_require__(9959);
// EXTERNAL MODULE: ./lib/workspace/collect.js + 9 modules
var collect = __webpack_require__(5486);
// EXTERNAL MODULE: ./lib/pipeline/plan.js + 2 modules
var plan = __webpack_require__(8740);
;// CONCATENATED MODULE: ./lib/pipeline/diagnose.js
/**
 * mode: diagnose — why does API Gateway refuse (or accept) one partner? Reads what the partner
 * sends (`client-certificate`) and the truststore: built from `ca-files`, or, with
 * `truststore-uri` and one `domain-names` entry, the object version that domain is pinned to.
 * The reasoning is src/pki/diagnose.ts; this file only fetches its inputs. Reads only.
 */










async function readPresented(settings) {
    const pattern = settings.clientCertificate;
    if (!pattern) {
        throw new settings_settings/* InputError */.dz('input client-certificate is empty: give the path (in the workspace) of what the partner sends: their leaf certificate, or their bundle in any order');
    }
    const collected = await (0,collect/* collectSources */.p)(settings.workspace, [pattern], 'client-certificate');
    const problem = collected.findings.find((f) => f.severity === 'error');
    if (problem)
        throw new settings_settings/* InputError */.dz(problem.message);
    if (collected.sources.length !== 1) {
        throw new settings_settings/* InputError */.dz(`input client-certificate "${pattern}" matches ${collected.sources.length} files: give exactly one file, what one partner sends`);
    }
    const source = collected.sources[0];
    const parsed = (0,pki/* parseSource */.PJ)(source);
    const refused = parsed.findings.find((f) => f.severity === 'error');
    if (refused)
        throw new settings_settings/* InputError */.dz(`client-certificate ${source.path}: ${refused.message}`);
    if (parsed.certificates.length === 0) {
        throw new settings_settings/* InputError */.dz(`client-certificate ${source.path} holds no certificate: give the partner's certificate as PEM or DER`);
    }
    return { file: source.path, certificates: parsed.certificates };
}
async function liveTruststore(settings, uri, policy, deps) {
    const domains = [...new Set(settings.domainNames)];
    if (domains.length !== 1) {
        throw new settings_settings/* InputError */.dz(`diagnose with truststore-uri needs exactly one domain-names entry (it has ${domains.length}): name the domain the partner calls, whose pinned truststore version is diagnosed`);
    }
    const domainName = domains[0];
    const region = settings.awsRegion;
    if (!region)
        throw new settings_settings/* InputError */.dz('no AWS region: set the aws-region input, or AWS_REGION');
    const location = (0,diff/* parseTruststoreUri */.DO)(uri);
    const clients = deps.clients(region);
    const gateway = api_gateway_domains/* DomainGateway */.X.reader(clients.apiGateway, region, deps.clock);
    const domain = await gateway.describe(domainName);
    if (!domain.mtlsEnabled || domain.truststoreUri !== location.uri) {
        throw new settings_settings/* InputError */.dz(`custom domain name ${domainName} ${domain.mtlsEnabled ? `uses truststore ${domain.truststoreUri}` : 'has no mutual TLS'}, not ${location.uri}: set truststore-uri to the domain's truststore`);
    }
    const store = new truststore_object/* TruststoreObjectStore */.k0(clients.s3, location);
    // A domain with no pinned version uses the latest object.
    const object = domain.truststoreVersion
        ? await store.readVersion(domain.truststoreVersion)
        : await store.readLatest();
    const versionId = domain.truststoreVersion ?? object?.versionId;
    if (!object) {
        throw new Error(`${location.uri}${versionId ? ` version ${versionId}` : ''}, the truststore ${domainName} is pinned to, does not exist: the domain refuses every client; run a deploy`);
    }
    const source = versionId ? `${location.uri}?versionId=${versionId}` : location.uri;
    const analysis = deps.analyze([{ path: source, bytes: object.bytes }], policy);
    return {
        entries: analysis.entries,
        truststore: {
            source,
            domainName,
            ...(versionId ? { versionId } : {}),
            certificateCount: analysis.entries.length,
        },
    };
}
async function runDiagnoseMode(settings, partial = {}) {
    const deps = (0,plan/* resolveDeps */.JC)(partial);
    const policy = {
        now: new Date(deps.clock.now()),
        expiryWarningDays: settings.expiryWarningDays,
        maxCaDepth: settings.maxCaDepth,
    };
    const presented = await readPresented(settings);
    let entries;
    let truststore;
    if (settings.truststoreUri) {
        ({ entries, truststore } = await liveTruststore(settings, settings.truststoreUri, policy, deps));
    }
    else {
        const collected = await (0,collect/* collectSources */.p)(settings.workspace, settings.caFiles);
        // The truststore as ca-files would build it; a set with errors still shows which CAs it holds.
        entries = (0,pki/* analyze */.ns)(collected.sources, policy, collected.findings).entries;
        truststore = { source: 'ca-files', certificateCount: entries.length };
    }
    return {
        diagnosis: diagnoseClientCertificate(presented.certificates, entries, policy),
        truststore,
        clientFile: presented.file,
    };
}
/** The action's reporter: the `diagnosis` output, the job summary, and a failed step when refused. */
async function runDiagnoseAction(settings) {
    const result = await runDiagnoseMode(settings);
    const { diagnosis } = result;
    runner/* setOutput */.uH('diagnosis', JSON.stringify({ ...diagnosis, truststore: result.truststore }));
    for (const r of diagnosis.reasons)
        runner/* info */.pq(`${r.refuses ? 'REFUSES' : 'note'} ${r.code}: ${r.message}`);
    if (process.env.GITHUB_STEP_SUMMARY)
        await runner/* appendSummary */.fe(renderDiagnosisMarkdown(result));
    if (diagnosis.verdict === 'refused') {
        runner/* setOutput */.uH('failure-reason', 'client-refused');
        runner/* setFailed */.C1(`API Gateway refuses "${diagnosis.leaf.subject}" with ${result.truststore.source}: ${diagnosis.fix}`);
    }
    else {
        runner/* info */.pq(`API Gateway accepts "${diagnosis.leaf.subject}" with ${result.truststore.source}`);
    }
    return result;
}
//# sourceMappingURL=diagnose.js.map

/***/ })

};
