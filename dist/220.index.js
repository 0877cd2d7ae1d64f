export const id = 220;
export const ids = [220];
export const modules = {

/***/ 6220:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiagnoseMode: () => (/* binding */ runDiagnoseMode)
});

// EXTERNAL MODULE: ./lib/aws/truststore-object.js
var truststore_object = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/pki/chains.js + 1 modules
var chains = __webpack_require__(3402);
// EXTERNAL MODULE: ./lib/pki/parse.js + 1 modules
var parse = __webpack_require__(5223);
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
// EXTERNAL MODULE: ./lib/pki/issuer-index.js + 1 modules
var issuer_index = __webpack_require__(2661);
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
    const trusted = {
        anchors: truststore.filter((e) => e.role === 'root').map((e) => e.certificate),
        intermediates: truststore.filter((e) => e.role === 'intermediate').map((e) => e.certificate),
        policy,
        budget: 64 + 8 * (truststore.length + presented.length),
    };
    const reasons = [];
    const fixes = [];
    // Order first: it never refuses by itself, and the partner reads it before the chain story.
    const order = bundleOrderReason(presented, leaf);
    if (order)
        reasons.push(order);
    reasons.push(...leafChecks(leaf, policy));
    const result = searchPath(leaf, trusted, Math.max(0, policy.maxCaDepth - 1));
    if (result.ok)
        reasons.push(...caAlgorithmChecks(result.path));
    else
        reasons.push(...pathRefusalReasons(result, leaf, presented, reasons, trusted, fixes));
    return conclude(leaf, result.ok ? result.path : undefined, reasons, fixes);
}
/** A path from `leaf` through the truststore (and `extra` intermediates) at the policy's instant. */
function searchPath(leaf, trusted, maxIntermediates, extra = []) {
    return (0,chains/* verifyPath */.xJ)(leaf, {
        anchors: trusted.anchors,
        intermediates: extra.length > 0 ? [...trusted.intermediates, ...extra] : trusted.intermediates,
        at: trusted.policy.now,
        maxIntermediates,
        maxSignatureChecks: trusted.budget,
    });
}
/** A bundle that does not start at the leaf or does not go up issuer by issuer (never refuses). */
function bundleOrderReason(presented, leaf) {
    const orderedFromLeaf = [leaf, ...presented.filter((c) => c !== leaf)];
    if (presented.length <= 1 || (presented[0] === leaf && inTlsOrder(orderedFromLeaf)))
        return undefined;
    return {
        code: 'bundle-order',
        refuses: false,
        message: `the bundle is not in TLS order (the leaf first, then each certificate's issuer: RFC 8446 4.4.2); it reads ${presented
            .map(quote)
            .join(' → ')}. API Gateway checks the leaf against the truststore, not against what the client sends, so the order is harmless once the truststore holds the intermediates; the partner should still put the leaf first so their client presents the right certificate`,
    };
}
/**
 * Why the path search refused the leaf, in the partner's terms (nothing when `earlier` reasons
 * already say the certificate has expired). Adds the fix to make first, when there is one.
 */
function pathRefusalReasons(result, leaf, presented, earlier, trusted, fixes) {
    if (result.code === 'too-deep')
        return [tooDeepReason(leaf, trusted, fixes)];
    if (result.code === 'expired' || result.code === 'not-yet-valid') {
        if (earlier.some((r) => r.code === 'expired' || r.code === 'not-yet-valid'))
            return [];
        return [
            {
                code: 'expired',
                refuses: true,
                message: `${result.reason}: renew that CA certificate and add the new one to the truststore`,
            },
        ];
    }
    if (result.code === 'missing-issuer')
        return missingIssuer(leaf, presented, trusted, fixes);
    return [{ code: 'chain-refused', refuses: true, message: `${result.reason} (${result.code})` }];
}
/** The path is longer than API Gateway follows: how long it is, searched without that bound. */
function tooDeepReason(leaf, trusted, fixes) {
    const { maxCaDepth } = trusted.policy;
    const deeper = searchPath(leaf, trusted, 16);
    const cas = deeper.ok ? deeper.path.length - 1 : undefined;
    fixes.push(`have the partner's certificate issued from a CA at most ${maxCaDepth - 1} levels below the root`);
    return {
        code: 'path-too-deep',
        refuses: true,
        message: `the path from ${quote(leaf)} to its root has ${cas ?? 'more than ' + maxCaDepth} CA certificates; API Gateway follows at most ${maxCaDepth}, root included: the partner must be issued from a CA closer to the root`,
    };
}
/** The verdict: refused when there is no path or a reason refuses; else accepted, through `path`. */
function conclude(leaf, path, reasons, fixes) {
    const refused = !path || reasons.some((r) => r.refuses);
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
function missingIssuer(leaf, presented, trusted, fixes) {
    const { anchors, intermediates, policy, budget } = trusted;
    const index = new issuer_index/* IssuerIndex */.I6([...anchors, ...intermediates], budget);
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
    const withCarried = searchPath(leaf, trusted, Math.max(0, policy.maxCaDepth - 1), carriedIntermediates);
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
// EXTERNAL MODULE: ./lib/pki/index.js + 13 modules
var pki = __webpack_require__(5732);
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __webpack_require__(3152);
// EXTERNAL MODULE: ./lib/targets/index.js + 7 modules
var lib_targets = __webpack_require__(3901);
// EXTERNAL MODULE: ./lib/workspace/collect.js
var collect = __webpack_require__(6927);
// EXTERNAL MODULE: ./lib/pipeline/deps.js + 1 modules
var pipeline_deps = __webpack_require__(4941);
// EXTERNAL MODULE: ./lib/pipeline/region.js
var pipeline_region = __webpack_require__(8552);
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
    const targets = lib_targets/* TARGET_KINDS */.a.flatMap((kind) => kind.names(settings).map((name) => ({ kind, name })));
    if (targets.length !== 1) {
        throw new settings_settings/* InputError */.dz(`diagnose with truststore-uri needs exactly one domain-names entry (it has ${targets.length}): name the domain the partner calls, whose pinned truststore version is diagnosed (or one elb-trust-store-arns entry, whose served bundle is)`);
    }
    const { kind, name: domainName } = targets[0];
    const { region, clients } = await (0,pipeline_region/* awsFor */.B)(settings, deps);
    const location = (0,diff/* parseTruststoreUri */.DO)(uri);
    const session = kind.open({ settings, clients, region, clock: deps.clock, log: deps.log });
    const live = await session.read(domainName);
    if (live.unusable)
        throw new settings_settings/* InputError */.dz(live.unusable);
    // A trust store says what it serves: that bundle is what the load balancer checks clients with.
    if (live.served)
        return servedTruststore(domainName, live.served, policy, deps);
    const domain = live.state;
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
function servedTruststore(name, served, policy, deps) {
    const source = `the CA bundle trust store ${name} serves`;
    const analysis = deps.analyze([{ path: source, bytes: served }], policy);
    return {
        entries: analysis.entries,
        truststore: {
            source,
            domainName: name,
            certificateCount: analysis.entries.length,
        },
    };
}
async function runDiagnoseMode(settings, partial = {}) {
    const deps = (0,pipeline_deps/* resolveDeps */.JC)(partial);
    const policy = (0,pipeline_deps/* policyOf */.US)(settings, new Date(deps.clock.now()));
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
//# sourceMappingURL=diagnose.js.map

/***/ })

};
