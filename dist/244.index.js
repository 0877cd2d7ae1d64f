export const id = 244;
export const ids = [244];
export const modules = {

/***/ 4244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkClients: () => (/* binding */ checkClients)
});

// EXTERNAL MODULE: ./lib/pki/chains.js + 1 modules
var chains = __webpack_require__(3402);
// EXTERNAL MODULE: ./lib/pki/rules.js
var rules = __webpack_require__(1007);
;// CONCATENATED MODULE: ./lib/pki/clients.js
/**
 * The lock-out check: every client leaf certificate the user lists must still chain to the new
 * truststore, the way API Gateway (an OpenSSL-style verifier) will check it: the client sends only
 * its leaf, the path must end at a self-signed root in the truststore, pass through at most
 * maxCaDepth - 1 intermediates, and every certificate on it must be valid now. A client that
 * fails gets 403 at the TLS handshake once the change is merged.
 */


/** What the user can change, by the code the path search answers with. */
const FIXES = {
    'missing-issuer': "keep its issuing CA (and that CA's issuers up to the root) in ca-files, or reissue the client certificate",
    expired: 'renew the certificate named above, or keep the CA chain its clients use until they move',
    'not-yet-valid': 'wait until the certificate named above is valid, or keep the CA chain its clients use now',
    'too-deep': 'API Gateway follows at most max-ca-depth CA certificates, root included: reissue the client from a CA closer to the root',
    'path-length-exceeded': 'a pathLenConstraint on its chain forbids this many CAs: reissue the client from a CA higher up',
    'issuer-cannot-sign': 'its issuer in ca-files is not a CA allowed to sign certificates: add the CA that really issued it',
    'issuer-refused': 'fix the refused CA (see its finding), or keep another valid chain for its clients',
    'name-not-permitted': "reissue the client certificate with names inside its CA's permitted subtrees, or issue it from a CA without those name constraints",
    'bad-signature': "the CA with its issuer's name in ca-files did not sign it (re-keyed CA?): add the CA certificate that did",
    'signature-budget-exhausted': "too many CA certificates share its issuer's name: remove the unrelated ones from ca-files",
};
/**
 * One `client-locked-out` error per distinct client certificate (by fingerprint) that would no
 * longer verify against `truststore`. Self-signed roots are the trust anchors (as in OpenSSL
 * without -partial_chain); the other CA certificates of the truststore serve as intermediates.
 * Pass `analysis.entries` when the analysis has errors and so built no truststore.
 */
function checkClientCertificates(clients, truststore, policy) {
    const entries = Array.isArray(truststore)
        ? truststore
        : truststore.entries;
    const anchors = entries.filter((e) => e.role === 'root').map((e) => e.certificate);
    const intermediates = entries.filter((e) => e.role === 'intermediate').map((e) => e.certificate);
    const findings = [];
    const seen = new Set();
    // The same verdicts as the truststore's own hierarchy: a CA refused by the rules carries no client.
    const verdicts = new Map();
    const refused = (ca) => {
        if (!verdicts.has(ca.fingerprint))
            verdicts.set(ca.fingerprint, (0,rules/* assessCertificate */.wS)(ca, policy).find((f) => f.severity === 'error'));
        return verdicts.get(ca.fingerprint);
    };
    for (const client of clients) {
        if (seen.has(client.fingerprint))
            continue;
        seen.add(client.fingerprint);
        const result = (0,chains/* verifyPath */.xJ)(client, {
            anchors,
            intermediates,
            at: policy.now,
            // API Gateway's depth counts CA certificates, root included: maxCaDepth - 1 intermediates.
            maxIntermediates: Math.max(0, policy.maxCaDepth - 1),
            // The engine's budget for a set this size; honest sets need about one check per level.
            maxSignatureChecks: 64 + 8 * entries.length,
            refused,
        });
        if (result.ok)
            continue;
        const fix = FIXES[result.code] ?? 'keep its whole CA chain up to a root in ca-files';
        findings.push({
            severity: 'error',
            code: 'client-locked-out',
            message: `${client.source.file}:${client.source.line}: merging this would lock out "${client.subject}": ${result.reason}; ${fix}`,
            file: client.source.file,
            line: client.source.line,
            subject: client.subject,
            fingerprint: client.fingerprint,
        });
    }
    return findings;
}
//# sourceMappingURL=clients.js.map
// EXTERNAL MODULE: ./lib/pki/index.js + 13 modules
var pki = __webpack_require__(5732);
// EXTERNAL MODULE: ./lib/workspace/collect.js
var collect = __webpack_require__(6927);
;// CONCATENATED MODULE: ./lib/pipeline/clients.js
/**
 * client-certificates: every listed client (leaf) certificate must chain to the new truststore.
 * Wiring only; the rule itself is src/pki/clients.ts.
 */



async function checkClients(settings, 
/** The new truststore, or, when it was refused, every certificate that was collected. */
truststore, policy, 
/** The revocation lists of revocation-files: a client one of them revokes is locked out too. */
revocations) {
    const collected = await (0,collect/* collectSources */.p)(settings.workspace, settings.clientCertificates, 'client-certificates');
    const findings = [...collected.findings];
    const clients = [];
    const located = [];
    for (const source of collected.sources) {
        const parsed = (0,pki/* parseSource */.PJ)(source);
        findings.push(...parsed.findings);
        clients.push(...parsed.certificates);
        located.push(...parsed.certificates.map((certificate) => ({ certificate, path: source.path })));
    }
    findings.push(...checkClientCertificates(clients, truststore, policy));
    if (revocations && revocations.length > 0) {
        const { revokedClientFindings } = await __webpack_require__.e(/* import() */ 896).then(__webpack_require__.bind(__webpack_require__, 9896));
        findings.push(...revokedClientFindings(revocations, located));
    }
    return { findings, checked: new Set(clients.map((c) => c.fingerprint)).size };
}
//# sourceMappingURL=clients.js.map

/***/ })

};
