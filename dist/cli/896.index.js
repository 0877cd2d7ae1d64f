export const id = 896;
export const ids = [896];
export const modules = {

/***/ 7044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UF: () => (/* binding */ crlIssuedBy),
  Oz: () => (/* binding */ isCurrent),
  lD: () => (/* binding */ parseCrl)
});

// UNUSED EXPORTS: CRL_REASONS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/pki/der.js
var pki_der = __webpack_require__(599);
;// CONCATENATED MODULE: ./lib/pki/crl-entries.js
/**
 * The revokedCertificates list of a CRL (RFC 5280 5.1.2.6) and the extensions of a CRL and of its
 * entries (5.2, 5.3). Entries are walked with readElement directly, without an array of children
 * per entry: a CRL of half a million entries is read in one linear pass, one small object each.
 */

const ENUMERATED = 0x0a;
/** CRLReason values (RFC 5280 5.3.1); 7 is not used. */
const CRL_REASONS = {
    0: 'unspecified',
    1: 'keyCompromise',
    2: 'cACompromise',
    3: 'affiliationChanged',
    4: 'superseded',
    5: 'cessationOfOperation',
    6: 'certificateHold',
    8: 'removeFromCRL',
    9: 'privilegeWithdrawn',
    10: 'aACompromise',
};
const CRL_OID = {
    reasonCode: '2.5.29.21',
    crlNumber: '2.5.29.20',
    authorityKeyId: '2.5.29.35',
};
/** The DER content of an INTEGER, refused when empty or not minimally encoded. */
function integerContent(buf, el, what) {
    const bytes = (0,pki_der/* contentOf */.$E)(buf, (0,pki_der/* expectTag */.yi)(el, pki_der/* TAG */.Dk.INTEGER, what));
    if (bytes.length === 0)
        throw new pki_der/* DerError */.I4(`${what} is an empty INTEGER`);
    if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1] < 0x80) || (bytes[0] === 0xff && bytes[1] >= 0x80)))
        throw new pki_der/* DerError */.I4(`${what} is not minimally encoded (not DER)`);
    return bytes;
}
/** Calls `each` for every Extension of an Extensions SEQUENCE. */
function forEachExtension(buf, list, what, each) {
    (0,pki_der/* expectTag */.yi)(list, pki_der/* TAG */.Dk.SEQUENCE, what);
    for (let p = list.contentStart; p < list.end;) {
        const ext = (0,pki_der/* expectTag */.yi)((0,pki_der/* readElement */.RN)(buf, p, list.end), pki_der/* TAG */.Dk.SEQUENCE, `an extension of the ${what}`);
        p = ext.end;
        const idEl = (0,pki_der/* readElement */.RN)(buf, ext.contentStart, ext.end);
        const oid = (0,pki_der/* readOid */.fM)(buf, (0,pki_der/* expectTag */.yi)(idEl, pki_der/* TAG */.Dk.OID, 'an extension identifier'));
        let next = (0,pki_der/* readElement */.RN)(buf, idEl.end, ext.end);
        let critical = false;
        if (next.tag === pki_der/* TAG */.Dk.BOOLEAN) {
            critical = (0,pki_der/* readBoolean */.Vf)(buf, next, `the critical flag of ${oid}`);
            next = (0,pki_der/* readElement */.RN)(buf, next.end, ext.end);
        }
        const value = (0,pki_der/* expectTag */.yi)(next, pki_der/* TAG */.Dk.OCTET_STRING, `the value of extension ${oid}`);
        if (value.end !== ext.end)
            throw new pki_der/* DerError */.I4(`extension ${oid} has more than three parts`);
        each({ oid, critical, value });
    }
}
/** The one element an extension's OCTET STRING holds, which must fill it. */
function innerOf(buf, value, what) {
    const inner = (0,pki_der/* readElement */.RN)(buf, value.contentStart, value.end);
    if (inner.end !== value.end)
        throw new pki_der/* DerError */.I4(`${what} has trailing data`);
    return inner;
}
/** crlExtensions (RFC 5280 5.2): cRLNumber and authorityKeyIdentifier are decoded. */
function readCrlExtensions(buf, list, unhandledCritical) {
    const out = { extensions: [] };
    forEachExtension(buf, list, 'crlExtensions', ({ oid, critical, value }) => {
        out.extensions.push({ oid, critical });
        if (oid === CRL_OID.crlNumber) {
            out.crlNumber = (0,pki_der/* hexOf */.ZD)(integerContent(buf, innerOf(buf, value, 'cRLNumber'), 'cRLNumber'));
        }
        else if (oid === CRL_OID.authorityKeyId) {
            const aki = (0,pki_der/* expectTag */.yi)(innerOf(buf, value, 'authorityKeyIdentifier'), pki_der/* TAG */.Dk.SEQUENCE, 'authorityKeyIdentifier');
            for (let p = aki.contentStart; p < aki.end;) {
                const field = (0,pki_der/* readElement */.RN)(buf, p, aki.end);
                p = field.end;
                // keyIdentifier is [0] IMPLICIT OCTET STRING (RFC 5280 4.2.1.1).
                if (field.tag === 0x80)
                    out.authorityKeyId = (0,pki_der/* hexOf */.ZD)((0,pki_der/* contentOf */.$E)(buf, field));
            }
        }
        else if (critical) {
            unhandledCritical.push(oid);
        }
    });
    return out;
}
/** The reasonCode of one entry, or undefined; unknown critical entry extensions are recorded. */
function readEntryExtensions(buf, list, unhandledCritical) {
    let reason;
    forEachExtension(buf, list, 'crlEntryExtensions', ({ oid, critical, value }) => {
        if (oid === CRL_OID.reasonCode) {
            const code = (0,pki_der/* contentOf */.$E)(buf, (0,pki_der/* expectTag */.yi)(innerOf(buf, value, 'reasonCode'), ENUMERATED, 'reasonCode'));
            if (code.length !== 1)
                throw new pki_der/* DerError */.I4('reasonCode is not a one-byte ENUMERATED');
            reason = CRL_REASONS[code[0]];
            if (reason === undefined)
                throw new pki_der/* DerError */.I4(`reasonCode ${code[0]} is not a CRLReason`);
        }
        else if (critical && !unhandledCritical.includes(oid)) {
            unhandledCritical.push(oid);
        }
    });
    return reason;
}
/** Two ASCII digits at `p`, or NaN. */
function twoDigits(buf, p) {
    const a = buf[p] - 48;
    const b = buf[p + 1] - 48;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}
/**
 * A valid UTCTime or GeneralizedTime read straight from its bytes, or undefined for readTime to
 * explain: readTime's strings cost more than the rest of an entry.
 */
function fastTime(buf, el) {
    let p = el.contentStart;
    let year;
    if (el.tag === pki_der/* TAG */.Dk.UTC_TIME && el.end - p === 13) {
        const yy = twoDigits(buf, p);
        year = yy >= 50 ? 1900 + yy : 2000 + yy;
        p += 2;
    }
    else if (el.tag === pki_der/* TAG */.Dk.GENERALIZED_TIME && el.end - p === 15) {
        year = twoDigits(buf, p) * 100 + twoDigits(buf, p + 2);
        p += 4;
    }
    else {
        return undefined;
    }
    if (buf[el.end - 1] !== 0x5a)
        return undefined; // 'Z'
    const [mo, d, h, mi, s] = [
        twoDigits(buf, p),
        twoDigits(buf, p + 2),
        twoDigits(buf, p + 4),
        twoDigits(buf, p + 6),
        twoDigits(buf, p + 8),
    ];
    const time = Date.UTC(year, mo - 1, d, h, mi, s);
    if (Number.isNaN(time) || h > 23 || mi > 59 || s > 59)
        return undefined;
    const date = new Date(time);
    return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}
/** The DER of the reasonCode extension's identifier, 2.5.29.21: compared without decoding. */
const REASON_OID = [0x06, 0x03, 0x55, 0x1d, 0x15];
/**
 * The reasonCode of an entry whose only extension is a non-critical reasonCode (what CAs write),
 * read without decoding the identifier; undefined sends the entry to readEntryExtensions.
 */
function fastReason(buf, exts) {
    // 30 0c | 30 0a 06 03 55 1d 15 04 03 0a 01 nn
    const p = exts.contentStart;
    if (exts.end - p !== 12 || buf[p] !== 0x30 || buf[p + 1] !== 10)
        return undefined;
    for (let i = 0; i < 5; i++)
        if (buf[p + 2 + i] !== REASON_OID[i])
            return undefined;
    if (buf[p + 7] !== 0x04 || buf[p + 8] !== 3 || buf[p + 9] !== ENUMERATED || buf[p + 10] !== 1)
        return undefined;
    return CRL_REASONS[buf[p + 11]];
}
/**
 * readElement's checks, into `into` rather than a new object: four elements per entry of a large
 * CRL are otherwise most of its garbage. The same errors as readElement for the same input.
 */
function readInto(buf, offset, limit, into) {
    const length = buf[offset + 1];
    if (offset + 2 > limit || length === undefined || length >= 0x80 || (buf[offset] & 0x1f) === 0x1f) {
        const el = (0,pki_der/* readElement */.RN)(buf, offset, limit);
        into.tag = el.tag;
        into.start = el.start;
        into.contentStart = el.contentStart;
        into.end = el.end;
        return into;
    }
    if (offset + 2 + length > limit)
        throw new pki_der/* DerError */.I4(`element at byte ${offset} runs past its container`);
    into.tag = buf[offset];
    into.start = offset;
    into.contentStart = offset + 2;
    into.end = offset + 2 + length;
    return into;
}
const scratch = () => ({ tag: 0, start: 0, contentStart: 0, end: 0 });
/** revokedCertificates: SEQUENCE OF SEQUENCE { userCertificate, revocationDate, crlEntryExtensions }. */
function readRevoked(buf, list, version, unhandledCritical) {
    const out = [];
    const what = () => `revoked certificate ${out.length + 1}`;
    const [entry, serialEl, dateEl, exts] = [scratch(), scratch(), scratch(), scratch()];
    for (let p = list.contentStart; p < list.end;) {
        readInto(buf, p, list.end, entry);
        if (entry.tag !== pki_der/* TAG */.Dk.SEQUENCE)
            throw new pki_der/* DerError */.I4(`${what()} is not a SEQUENCE`);
        p = entry.end;
        readInto(buf, entry.contentStart, entry.end, serialEl);
        if (serialEl.tag !== pki_der/* TAG */.Dk.INTEGER)
            integerContent(buf, serialEl, `the serial number of ${what()}`);
        const serial = (0,pki_der/* hexOf */.ZD)(integerContent(buf, serialEl, 'a serial number'));
        readInto(buf, serialEl.end, entry.end, dateEl);
        const revocationDate = fastTime(buf, dateEl) ?? (0,pki_der/* readTime */.aQ)(buf, dateEl, `the revocation date of ${what()}`);
        let reason;
        if (dateEl.end < entry.end) {
            if (version < 2)
                throw new pki_der/* DerError */.I4(`${what()} has extensions in a version 1 CRL`);
            readInto(buf, dateEl.end, entry.end, exts);
            if (exts.end !== entry.end)
                throw new pki_der/* DerError */.I4(`${what()} has more than three parts`);
            reason = fastReason(buf, exts) ?? readEntryExtensions(buf, exts, unhandledCritical);
        }
        out.push(reason === undefined ? { serial, revocationDate } : { serial, revocationDate, reason });
    }
    return out;
}
//# sourceMappingURL=crl-entries.js.map
// EXTERNAL MODULE: ./lib/pki/names.js
var names = __webpack_require__(3660);
// EXTERNAL MODULE: ./lib/pki/signatures.js
var signatures = __webpack_require__(8101);
;// CONCATENATED MODULE: ./lib/pki/crl.js
/**
 * X.509 certificate revocation lists (RFC 5280 section 5), read from PEM (`BEGIN X509 CRL`) or DER
 * with the strict reader in der.ts. Parsing never throws: a problem is one sentence that names the
 * file. The issuer name is described as certificates' names are (names.ts), so a CRL's issuerKey
 * compares with a CA certificate's subjectKey; signatures are checked with node:crypto.
 */






const SIGNATURE_NAMES = {
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
    '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
    '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
    '1.2.840.113549.1.1.10': 'RSASSA-PSS',
    '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
    '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
    '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
    '1.3.101.112': 'Ed25519',
    '1.3.101.113': 'Ed448',
};
const PEM_BEGIN = '-----BEGIN X509 CRL-----';
const PEM_END = '-----END X509 CRL-----';
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;
/** The DER of the input: itself when it starts like DER, else the one X509 CRL PEM block it holds. */
function derOf(bytes) {
    if (bytes[0] === pki_der/* TAG */.Dk.SEQUENCE)
        return bytes;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const begin = text.indexOf(PEM_BEGIN);
    if (begin < 0) {
        return text.includes('-----BEGIN ')
            ? 'holds no "BEGIN X509 CRL" block (another PEM label)'
            : 'is neither DER nor PEM with a "BEGIN X509 CRL" block';
    }
    const end = text.indexOf(PEM_END, begin);
    if (end < 0)
        return 'has a "BEGIN X509 CRL" line with no "END X509 CRL" line: the file is truncated';
    if (text.includes(PEM_BEGIN, end))
        return 'holds more than one X509 CRL block: keep one CRL per file';
    const body = text.slice(begin + PEM_BEGIN.length, end);
    if (!BASE64.test(body))
        return 'has characters other than base64 inside its X509 CRL block';
    const der = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    if (der.length === 0)
        return 'has an empty X509 CRL block';
    return new Uint8Array(der.buffer, der.byteOffset, der.byteLength);
}
function algorithmOf(buf, alg) {
    const idEl = (0,pki_der/* readElement */.RN)(buf, (0,pki_der/* expectTag */.yi)(alg, pki_der/* TAG */.Dk.SEQUENCE, 'signature algorithm').contentStart, alg.end);
    const oid = (0,pki_der/* readOid */.fM)(buf, (0,pki_der/* expectTag */.yi)(idEl, pki_der/* TAG */.Dk.OID, 'signature algorithm identifier'));
    return { oid, name: SIGNATURE_NAMES[oid] ?? oid };
}
/** The elements of a constructed element, refusing more than `max` (bounded work on hostile input). */
function fewChildren(buf, parent, max, what) {
    const out = [];
    for (let p = parent.contentStart; p < parent.end;) {
        if (out.length === max)
            throw new pki_der/* DerError */.I4(`${what} has more than ${max} parts`);
        const child = (0,pki_der/* readElement */.RN)(buf, p, parent.end);
        out.push(child);
        p = child.end;
    }
    return out;
}
/** The fields of tbsCertList (RFC 5280 5.1.2), in order, with the optional ones told apart. */
function readTbs(der, tbs) {
    const fields = fewChildren(der, tbs, 7, 'tbsCertList');
    let i = 0;
    let version = 1;
    if (fields[0]?.tag === pki_der/* TAG */.Dk.INTEGER) {
        version = (0,pki_der/* readSmallInteger */.ih)(der, fields[i++], 'version') + 1;
        if (version !== 2)
            throw new pki_der/* DerError */.I4(`version field ${version - 1} is not 1 (v2)`);
    }
    const innerAlg = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'the inner signature algorithm');
    const issuerName = (0,pki_der/* expectTag */.yi)(fields[i++], pki_der/* TAG */.Dk.SEQUENCE, 'issuer');
    const thisUpdate = (0,pki_der/* readTime */.aQ)(der, expectPresent(fields[i++], 'thisUpdate'), 'thisUpdate');
    let nextUpdate;
    const next = fields[i];
    if (next && (next.tag === pki_der/* TAG */.Dk.UTC_TIME || next.tag === pki_der/* TAG */.Dk.GENERALIZED_TIME)) {
        nextUpdate = (0,pki_der/* readTime */.aQ)(der, next, 'nextUpdate');
        i++;
    }
    const revokedList = fields[i]?.tag === pki_der/* TAG */.Dk.SEQUENCE ? fields[i++] : undefined;
    const extWrapper = fields[i]?.tag === 0xa0 ? fields[i++] : undefined;
    if (fields[i])
        throw new pki_der/* DerError */.I4(`tbsCertList has an unexpected field with tag 0x${fields[i].tag.toString(16)}`);
    if (extWrapper && version < 2)
        throw new pki_der/* DerError */.I4('a version 1 CRL has crlExtensions');
    return { version, innerAlg, issuerName, thisUpdate, nextUpdate, revokedList, extWrapper };
}
function expectPresent(el, what) {
    if (!el)
        throw new pki_der/* DerError */.I4(`${what} is missing`);
    return el;
}
function readCrl(der, path) {
    const top = (0,pki_der/* expectTag */.yi)((0,pki_der/* readElement */.RN)(der, 0, der.length), pki_der/* TAG */.Dk.SEQUENCE, 'the CRL');
    if (top.end !== der.length)
        throw new pki_der/* DerError */.I4(`${der.length - top.end} bytes of trailing data after the CRL`);
    const [tbs, outerAlg, signatureEl] = fewChildren(der, top, 3, 'the CRL');
    (0,pki_der/* expectTag */.yi)(tbs, pki_der/* TAG */.Dk.SEQUENCE, 'tbsCertList');
    (0,pki_der/* expectTag */.yi)(outerAlg, pki_der/* TAG */.Dk.SEQUENCE, 'signatureAlgorithm');
    const bits = (0,pki_der/* contentOf */.$E)(der, (0,pki_der/* expectTag */.yi)(signatureEl, pki_der/* TAG */.Dk.BIT_STRING, 'signatureValue'));
    if (bits.length < 2 || bits[0] !== 0)
        throw new pki_der/* DerError */.I4('signatureValue is empty or has unused bits');
    const f = readTbs(der, tbs);
    // RFC 5280 5.1.1.2: the two AlgorithmIdentifiers must be the same, parameters included.
    if (Buffer.compare((0,pki_der/* encodedOf */.EX)(der, f.innerAlg), (0,pki_der/* encodedOf */.EX)(der, outerAlg)) !== 0)
        throw new pki_der/* DerError */.I4('the signature algorithm inside tbsCertList differs from the outer one');
    const issuer = (0,names/* describeName */.T)(der, f.issuerName, 'issuer');
    const unhandledCritical = [];
    const revoked = f.revokedList ? readRevoked(der, f.revokedList, f.version, unhandledCritical) : [];
    let exts = { extensions: [] };
    if (f.extWrapper) {
        const [list] = fewChildren(der, f.extWrapper, 1, 'the crlExtensions wrapper');
        exts = readCrlExtensions(der, expectPresent(list, 'crlExtensions'), unhandledCritical);
    }
    return {
        path,
        version: f.version,
        signature: algorithmOf(der, outerAlg),
        issuer: issuer.display,
        issuerKey: issuer.key,
        thisUpdate: f.thisUpdate,
        ...(f.nextUpdate ? { nextUpdate: f.nextUpdate } : {}),
        revoked,
        ...(exts.crlNumber !== undefined ? { crlNumber: exts.crlNumber } : {}),
        ...(exts.authorityKeyId !== undefined ? { authorityKeyId: exts.authorityKeyId } : {}),
        extensions: exts.extensions,
        unhandledCriticalExtensions: unhandledCritical,
        der,
        tbsCertList: (0,pki_der/* encodedOf */.EX)(der, tbs),
        signatureValue: bits.subarray(1),
    };
}
/**
 * Parses one CRL from PEM or DER. Returns the CRL, or a problem sentence that names `path` and
 * says what is wrong. Never throws; work is linear in the input's size.
 */
function parseCrl(bytes, path) {
    if (bytes.length === 0)
        return { problem: `${path}: the file is empty, not a CRL` };
    try {
        const der = derOf(bytes);
        if (typeof der === 'string')
            return { problem: `${path}: the file ${der}` };
        return { crl: readCrl(der, path) };
    }
    catch (error) {
        const reason = error instanceof pki_der/* DerError */.I4 ? error.message : `it cannot be read (${String(error)})`;
        return { problem: `${path}: not a valid X.509 CRL: ${reason}` };
    }
}
/**
 * The CRL's issuer name equals `ca`'s subject and its signature verifies with `ca`'s public key
 * (RSA PKCS #1 v1.5 and ECDSA with SHA-256/384/512; other algorithms are refused).
 */
function crlIssuedBy(crl, ca) {
    if (crl.issuerKey !== ca.subjectKey)
        return false;
    const hash = signatures/* FAST_HASHES */.yM[crl.signature.oid];
    if (!hash)
        return false;
    const needs = crl.signature.oid.startsWith('1.2.840.113549.') ? 'RSA' : 'EC';
    if (ca.publicKey.algorithm !== needs)
        return false;
    try {
        const [s0, s1] = (0,signatures/* layoutOf */.aH)(ca).spki;
        const key = (0,signatures/* keyFromSpki */.x5)(ca.der.subarray(s0, s1));
        return key !== null && (0,external_node_crypto_.verify)(hash, crl.tbsCertList, key, crl.signatureValue);
    }
    catch {
        return false;
    }
}
/** nextUpdate is present and after `now`. */
function isCurrent(crl, now) {
    return crl.nextUpdate !== undefined && crl.nextUpdate.getTime() > now.getTime();
}
//# sourceMappingURL=crl.js.map

/***/ }),

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
