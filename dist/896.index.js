export const id = 896;
export const ids = [896];
export const modules = {

/***/ 9896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ CRL_QUOTAS),
/* harmony export */   cd: () => (/* binding */ crlDigest),
/* harmony export */   checkRevocationFiles: () => (/* binding */ checkRevocationFiles),
/* harmony export */   i3: () => (/* binding */ normalSerial),
/* harmony export */   revokedClientFindings: () => (/* binding */ revokedClientFindings),
/* harmony export */   rw: () => (/* binding */ revocationScope),
/* harmony export */   sM: () => (/* binding */ crlPem)
/* harmony export */ });
/* unused harmony exports CRL_DOC, QUOTA_DOC, distributionPointOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _pki_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1142);
/* harmony import */ var _pki_crl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7044);
/* harmony import */ var _pki_der_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(599);
/* harmony import */ var _workspace_collect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6927);
/**
 * The revocation-files input of an ELB trust store: certificate revocation lists read from the
 * workspace, each checked against the CAs of the new truststore and ELB's quotas before anything is
 * uploaded. Pure: the only I/O is collectSources' bounded read of the workspace; nothing here talks
 * to AWS. Every problem is a finding naming the file, never a throw.
 *
 * Which CRL a file is (its scope) is RFC 5280's identity of a CRL series: the issuer name, the
 * issuer's key (the CRL's authorityKeyIdentifier, else the SPKI hash of the CA that verifies it) and
 * the issuingDistributionPoint (partitioned CRLs of one CA are different series). It is computed
 * from the CRL itself, so a CRL read back from a trust store has the same scope as the file it came
 * from, and a CA certificate renewed on the same key keeps its CRLs' scope.
 */





const CRL_QUOTAS = {
    entriesPerTrustStore: 500_000,
    listsPerTrustStore: 30,
    fileBytes: 50 * 1024 * 1024,
};
/**
 * Our own bound on all revocation files together (not AWS's): 500,000 entries take ~20 MB of DER,
 * so twice ELB's per-file quota leaves room for bulky entries and still bounds the runner's memory.
 */
const TOTAL_BYTES = 2 * CRL_QUOTAS.fileBytes;
const CRL_DOC = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html';
const QUOTA_DOC = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html';
const IDP_OID = '2.5.29.28';
/** Names of critical extensions a CRL may carry that this action does not process. */
const EXTENSION_NAMES = {
    '2.5.29.27': 'deltaCRLIndicator (a delta CRL)',
    '2.5.29.29': 'certificateIssuer (an indirect CRL)',
};
/** The issuingDistributionPoint's DER (lowercase hex), or '' when the CRL has none. */
function distributionPointOf(crl) {
    const tbs = crl.tbsCertList;
    try {
        const wrapper = (0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)(tbs, (0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .readElement */ .RN)(tbs, 0, tbs.length)).find((el) => el.tag === 0xa0);
        const list = wrapper && (0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)(tbs, wrapper)[0];
        for (const ext of list ? (0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)(tbs, list) : []) {
            const parts = (0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)(tbs, ext);
            if (parts[0] && (0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .readOid */ .fM)(tbs, parts[0]) === IDP_OID)
                return (0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .hexOf */ .ZD)((0,_pki_der_js__WEBPACK_IMPORTED_MODULE_3__/* .contentOf */ .$E)(tbs, parts.at(-1)));
        }
    }
    catch {
        // parseCrl has read this DER already; a CRL that got here cannot fail this walk.
    }
    return '';
}
/**
 * The identity of a CRL series: issuer name (matching form), issuer key (authorityKeyIdentifier,
 * else the SPKI hash of `signer` when known) and issuingDistributionPoint. Two CRLs with the same
 * scope are two versions of one list: the newer replaces the older.
 */
function revocationScope(crl, signer) {
    const key = crl.authorityKeyId !== undefined
        ? `aki:${crl.authorityKeyId}`
        : signer
            ? `spki:${signer.publicKeyHash}`
            : 'key:unknown';
    return JSON.stringify([crl.issuerKey, key, distributionPointOf(crl)]);
}
/** A serial as a number's hex digits: lowercase, no leading zero bytes (DER's sign byte included). */
function normalSerial(hex) {
    return hex.toLowerCase().replace(/^(?:00)+(?=[0-9a-f]{2})/, '');
}
/** A CRL's DER as PEM: `X509 CRL`, 64-column base64, `\n` line ends, a final newline. */
/** What names a CRL's content: the SHA-256 of its DER, hex (object keys, the contract, matching). */
function crlDigest(der) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex');
}
function crlPem(der) {
    const lines = Buffer.from(der.buffer, der.byteOffset, der.byteLength)
        .toString('base64')
        .match(/.{1,64}/g);
    return `-----BEGIN X509 CRL-----\n${(lines ?? []).join('\n')}\n-----END X509 CRL-----\n`;
}
function finding(code, file, message, subject) {
    const severity = _pki_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .FINDING_CODES */ .f2[code].severity;
    return { severity, code, message, file, ...(subject !== undefined ? { subject } : {}) };
}
const about = (code, crl, message) => finding(code, crl.path, message, crl.issuer);
const count = (n) => n.toLocaleString('en-US');
function tooLarge(file, quotas, pemBytes) {
    const size = pemBytes === undefined ? '' : ` (${count(pemBytes)} bytes once PEM-encoded for upload)`;
    const message = `${file} is larger than ELB's quota of ${count(quotas.fileBytes)} bytes per revocation file${size}: partition the CRL (issuingDistributionPoint) or drop entries of certificates that have expired (${QUOTA_DOC})`;
    return finding('crl-too-large', file, message);
}
/** The CRL in a source file, or a crl-unreadable finding. */
function readCrl(source) {
    const { crl, problem } = (0,_pki_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCrl */ .lD)(source.bytes, source.path);
    if (!crl) {
        const message = `${problem ?? `${source.path}: not a CRL`}; export it with "openssl crl -in <file> -outform PEM" and commit that file (${CRL_DOC})`;
        return finding('crl-unreadable', source.path, message);
    }
    const critical = crl.unhandledCriticalExtensions.filter((oid) => oid !== IDP_OID);
    if (critical.length === 0)
        return crl;
    const names = critical.map((oid) => EXTENSION_NAMES[oid] ?? oid).join(', ');
    const message = `${source.path} has critical extension ${names}, which this action cannot process: publish a complete CRL without it and export it with "openssl crl -outform PEM" (${CRL_DOC})`;
    return about('crl-unreadable', crl, message);
}
/** The truststore CA that signed `crl`, or the finding that says why there is none. */
function signerOf(crl, cas) {
    const named = cas.filter((ca) => ca.subjectKey === crl.issuerKey);
    const signer = named.find((ca) => (0,_pki_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .crlIssuedBy */ .UF)(crl, ca));
    if (signer)
        return signer;
    if (named.length === 0) {
        const message = `${crl.path} is issued by ${crl.issuer}, which is no CA of the truststore: add that CA certificate to ca-files, or remove the CRL from revocation-files (${CRL_DOC})`;
        return about('crl-unknown-issuer', crl, message);
    }
    const which = named.map((ca) => `sha256 ${ca.fingerprint.slice(0, 16)}…`).join(', ');
    const message = `${crl.path} names ${crl.issuer} as its issuer, but the truststore's CA of that name (${which}) did not sign it (a re-keyed CA, or a ${crl.signature.name} signature this action cannot check): add the CA certificate that signed it to ca-files, or publish the CRL again with the CA in the truststore (${CRL_DOC})`;
    return about('crl-bad-signature', crl, message);
}
/** crl-expired and crl-not-yet-valid. */
function timeFindings(crl, now) {
    const at = now.toISOString();
    if (crl.thisUpdate.getTime() > now.getTime()) {
        const message = `${crl.path} has thisUpdate ${crl.thisUpdate.toISOString()}, after now (${at}): check the clock of the CA that issued it and publish the CRL again, or wait until then (${CRL_DOC})`;
        return [about('crl-not-yet-valid', crl, message)];
    }
    if ((0,_pki_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .isCurrent */ .Oz)(crl, now))
        return [];
    const why = crl.nextUpdate
        ? `its nextUpdate ${crl.nextUpdate.toISOString()} has passed (now ${at})`
        : 'it has no nextUpdate, so nothing says when it goes stale';
    const message = `${crl.path} is not a current CRL: ${why}; publish a fresh CRL from ${crl.issuer} (with a nextUpdate) and commit it (${CRL_DOC})`;
    return [about('crl-expired', crl, message)];
}
/** The RevocationFile of a CRL whose signer is known. */
function describe(crl, signer) {
    return {
        path: crl.path,
        der: crl.der,
        pem: crlPem(crl.der),
        sha256: crlDigest(crl.der),
        crl,
        issuerFingerprint: signer.fingerprint,
        ...(signer.subjectKeyId !== undefined ? { issuerKeyId: signer.subjectKeyId } : {}),
        scope: revocationScope(crl, signer),
        serials: crl.revoked.map((r) => r.serial),
    };
}
/** crl-conflict: a second file of a scope already taken. */
function conflictFindings(files) {
    const first = new Map();
    const out = [];
    const number = (f) => (f.crl.crlNumber === undefined ? 'none' : `0x${f.crl.crlNumber}`);
    for (const file of files) {
        const earlier = first.get(file.scope);
        if (!earlier)
            first.set(file.scope, file);
        else {
            const message = `${file.path} and ${earlier.path} are two different CRLs of the same issuer ${file.crl.issuer} and scope (CRL numbers ${number(file)} and ${number(earlier)}), so deploy cannot tell which replaces the other: keep only the newer one in revocation-files (${CRL_DOC})`;
            out.push(about('crl-conflict', file.crl, message));
        }
    }
    return out;
}
/** crl-too-many-lists and crl-too-many-entries, each named on the first file past the quota. */
function quotaFindings(files, quotas) {
    const out = [];
    const lists = quotas.listsPerTrustStore;
    const extra = files[lists];
    if (extra) {
        const message = `${extra.path} is revocation file ${lists + 1} of ${files.length}, over ELB's quota of ${lists} revocation files per trust store: merge or remove CRLs until at most ${lists} are left (${QUOTA_DOC})`;
        out.push(finding('crl-too-many-lists', extra.path, message));
    }
    const total = files.reduce((sum, f) => sum + f.serials.length, 0);
    let running = 0;
    for (const file of files) {
        running += file.serials.length;
        if (running <= quotas.entriesPerTrustStore)
            continue;
        const message = `${file.path} takes the revocation files past ELB's quota of ${count(quotas.entriesPerTrustStore)} revoked entries per trust store (${count(total)} in all): drop entries of certificates that have expired from the CRLs, or remove CRLs (${QUOTA_DOC})`;
        out.push(finding('crl-too-many-entries', file.path, message));
        break;
    }
    return out;
}
function duplicateFinding(file, twin) {
    const message = `${file} holds the same CRL as ${twin} (identical DER): it is uploaded once; delete one of the two files`;
    return finding('crl-duplicate', file, message);
}
/**
 * Reads the revocation files the patterns match and checks each against the truststore's CAs
 * (`entries`), `now` and ELB's quotas (`quotas` lowers them, for tests). `files` holds every CRL
 * whose signing CA was found, the first of byte-identical ones only; deploy them only when
 * `findings` has no error.
 */
async function checkRevocationFiles(input) {
    const quotas = { ...CRL_QUOTAS, ...input.quotas };
    if (input.patterns.length === 0)
        return { files: [], findings: [] };
    const collected = await (0,_workspace_collect_js__WEBPACK_IMPORTED_MODULE_4__/* .collectSources */ .p)(input.workspace, input.patterns, 'revocation-files', {
        fileBytes: quotas.fileBytes,
        totalBytes: Math.max(TOTAL_BYTES, quotas.fileBytes),
    });
    const findings = collected.findings.map((f) => f.code === 'file-too-large' && f.file !== undefined ? tooLarge(f.file, quotas) : f);
    const cas = input.entries.map((e) => e.certificate);
    const files = [];
    const seen = new Map();
    for (const source of collected.sources) {
        const crl = readCrl(source);
        if ('code' in crl) {
            findings.push(crl);
            continue;
        }
        const digest = crlDigest(crl.der);
        const twin = seen.get(digest);
        if (twin !== undefined) {
            findings.push(duplicateFinding(source.path, twin));
            continue;
        }
        seen.set(digest, source.path);
        const signer = signerOf(crl, cas);
        if ('code' in signer) {
            findings.push(signer);
            continue;
        }
        const file = describe(crl, signer);
        files.push(file);
        findings.push(...timeFindings(crl, input.now));
        if (file.pem.length > quotas.fileBytes)
            findings.push(tooLarge(file.path, quotas, file.pem.length));
    }
    findings.push(...conflictFindings(files), ...quotaFindings(files, quotas));
    return { files, findings };
}
/** `client` was issued by the CA that signed `file`: same issuer name, and same key id when both say. */
function issuedUnder(client, file) {
    if (client.issuerKey !== file.crl.issuerKey)
        return false;
    const caKeyId = file.issuerKeyId ?? file.crl.authorityKeyId;
    return client.authorityKeyId === undefined || caKeyId === undefined || client.authorityKeyId === caKeyId;
}
/**
 * client-revoked: one error per distinct client certificate (by fingerprint) whose serial is on a
 * CRL of the CA that issued it (see issuedUnder). Serials are compared as numbers' hex digits.
 */
function revokedClientFindings(files, clients) {
    const lists = files.map((file) => ({ file, serials: new Set(file.serials.map(normalSerial)) }));
    const seen = new Set();
    const out = [];
    for (const { certificate: client, path } of clients) {
        if (seen.has(client.fingerprint))
            continue;
        seen.add(client.fingerprint);
        const serial = normalSerial(client.serialNumber);
        const hit = lists.find((l) => l.serials.has(serial) && issuedUnder(client, l.file));
        if (!hit)
            continue;
        out.push({
            ...finding('client-revoked', path, `client certificate ${client.subject} in ${path} (serial ${serial}) is revoked by CRL file ${hit.file.path}: the load balancer will refuse it; remove it from client-certificates if it should be locked out, or take it off the CRL (${CRL_DOC})`, client.subject),
            fingerprint: client.fingerprint,
        });
    }
    return out;
}
//# sourceMappingURL=revocation-files.js.map

/***/ })

};
