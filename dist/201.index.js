export const id = 201;
export const ids = [201,896];
export const modules = {

/***/ 7522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ ReadLimiter),
/* harmony export */   pX: () => (/* binding */ settleInOrder)
/* harmony export */ });
/* unused harmony export READ_CONCURRENCY */
/**
 * Reads run concurrently, but never more than a fixed number at once: 20 domains answering after
 * 200 ms each take ~0.6 s instead of ~4.4 s, without bursting past API Gateway's per-account
 * request rate. Writes (UpdateDomainName) never go through here: they keep their own spacing.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (GetDomainName is
 * rate-limited per account; 8 in flight is our own choice, well inside it)
 */
/** How many AWS reads one run keeps in flight at most. */
const READ_CONCURRENCY = 8;
/** A queue of tasks that runs at most `limit` of them at a time, in the order they were given. */
class ReadLimiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit = READ_CONCURRENCY) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`read limit must be >= 1, got ${limit}`);
    }
    async run(task) {
        // A finished task hands its slot straight to the next waiter, so no newcomer can slip in between.
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
    /**
     * Runs `task` for every item through the limiter; results in the order of `items`. When some
     * fail, the error of the first failing item (in `items` order) is thrown once all have settled.
     */
    async map(items, task) {
        return settleInOrder(items.map((item) => this.run(() => task(item))));
    }
}
/**
 * Waits for every promise, then throws the first rejection in the order given (not in the order
 * they failed), so that the same broken state always gives the same message.
 */
async function settleInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
    return settled.map((s) => s.value);
}
//# sourceMappingURL=parallel.js.map

/***/ }),

/***/ 9201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p2: () => (/* binding */ liveVersion),
  nM: () => (/* binding */ openLive),
  readLiveState: () => (/* binding */ readLiveState),
  Yy: () => (/* binding */ readPinnedVersions),
  runPlanMode: () => (/* binding */ runPlanMode)
});

// EXTERNAL MODULE: ./lib/aws/parallel.js
var parallel = __webpack_require__(7522);
// EXTERNAL MODULE: ./lib/aws/truststore-object.js
var truststore_object = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/plan/diff.js
var plan_diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/settings/errors.js
var errors = __webpack_require__(66);
// EXTERNAL MODULE: ./lib/targets/index.js + 7 modules
var targets = __webpack_require__(3901);
// EXTERNAL MODULE: ./lib/pipeline/deps.js + 1 modules
var pipeline_deps = __webpack_require__(4941);
// EXTERNAL MODULE: ./lib/pipeline/region.js
var pipeline_region = __webpack_require__(8552);
// EXTERNAL MODULE: ./lib/pki/crl.js + 1 modules
var pki_crl = __webpack_require__(7044);
// EXTERNAL MODULE: ./lib/targets/elb/revocation-files.js
var revocation_files = __webpack_require__(9896);
;// CONCATENATED MODULE: ./lib/targets/elb/revocation-plan.js
/**
 * What deploy would change in an ELB trust store's revocation lists: the desired CRL files
 * (revocation-files, checked) against the revocations the trust store holds. Pure: the caller reads
 * and parses the live content (parseCrl); nothing here talks to AWS.
 *
 * A live revocation is matched to a file by content first (same SHA-256 of the DER: kept), then by
 * scope (revocationScope: the same issuer, issuer key and issuingDistributionPoint, so a newer
 * version of the same list: replaced); a live revocation left over is removed, a file left over is
 * added. A live revocation whose content cannot be read has no scope: it is removed (and its serials
 * cannot be listed).
 */


/**
 * The scope of a live CRL. Without an authorityKeyIdentifier its key is the SPKI hash of the
 * truststore CA that verifies it, when `entries` are given and one does (as for the files).
 */
function liveScope(crl, entries) {
    if (crl.authorityKeyId !== undefined)
        return (0,revocation_files/* revocationScope */.rw)(crl);
    const signer = entries.map((e) => e.certificate).find((ca) => (0,pki_crl/* crlIssuedBy */.UF)(crl, ca));
    return (0,revocation_files/* revocationScope */.rw)(crl, signer);
}
function describeLive(r, entries) {
    if (!r.crl)
        return { revocation: r };
    const sha256 = r.sha256 ?? (0,revocation_files/* crlDigest */.cd)(r.crl.der);
    return { revocation: r, sha256, scope: liveScope(r.crl, entries) };
}
/** Every (issuer, serial) pair of the CRLs, keyed for set difference. */
function pairsOf(crls) {
    const out = new Map();
    for (const crl of crls) {
        for (const r of crl.revoked)
            out.set(JSON.stringify([crl.issuer, r.serial]), { issuer: crl.issuer, serial: r.serial });
    }
    return out;
}
/** By issuer, then by serial as a number (its hex digits: shorter first), then as written. */
function comparePairs(a, b) {
    if (a.issuer !== b.issuer)
        return a.issuer < b.issuer ? -1 : 1;
    const [x, y] = [(0,revocation_files/* normalSerial */.i3)(a.serial), (0,revocation_files/* normalSerial */.i3)(b.serial)];
    if (x.length !== y.length)
        return x.length - y.length;
    if (x !== y)
        return x < y ? -1 : 1;
    return a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0;
}
function difference(from, without) {
    return [...from]
        .filter(([key]) => !without.has(key))
        .map(([, pair]) => pair)
        .sort(comparePairs);
}
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/**
 * The changes that take the trust store's revocations (`live`) to `desired`. `entries`, the CAs of
 * the truststore, give a scope to live CRLs without an authorityKeyIdentifier (else they can only be
 * kept by content, never replaced). Deterministic: every list is sorted.
 */
function planRevocations(desired, live, entries = []) {
    const pending = [...live]
        .sort((a, b) => a.revocationId - b.revocationId)
        .map((r) => describeLive(r, entries));
    const take = (match) => {
        const i = pending.findIndex(match);
        return i < 0 ? undefined : pending.splice(i, 1)[0];
    };
    const plan = {
        keep: [],
        add: [],
        replace: [],
        remove: [],
        serialsAdded: [],
        serialsRemoved: [],
        changed: false,
    };
    const unmatched = [];
    const wanted = new Set();
    for (const file of [...desired].sort(byPath)) {
        if (wanted.has(file.sha256))
            continue;
        wanted.add(file.sha256);
        const same = take((l) => l.sha256 === file.sha256);
        if (same)
            plan.keep.push({ file: file.path, revocationId: same.revocation.revocationId });
        else
            unmatched.push(file);
    }
    for (const file of unmatched) {
        const older = take((l) => l.scope === file.scope);
        if (older)
            plan.replace.push({ file, revocationId: older.revocation.revocationId });
        else
            plan.add.push(file);
    }
    for (const { revocation } of pending) {
        const issuer = revocation.crl?.issuer;
        plan.remove.push({ revocationId: revocation.revocationId, ...(issuer !== undefined ? { issuer } : {}) });
    }
    const want = pairsOf(desired.map((f) => f.crl));
    const have = pairsOf(live.flatMap((l) => (l.crl ? [l.crl] : [])));
    plan.serialsAdded = difference(want, have);
    plan.serialsRemoved = difference(have, want);
    plan.changed = plan.add.length + plan.replace.length + plan.remove.length > 0;
    return plan;
}
//# sourceMappingURL=revocation-plan.js.map
;// CONCATENATED MODULE: ./lib/pipeline/served.js
/**
 * Targets that serve a bundle of their own (an ELB trust store): which object version they hold,
 * their section of the plan against what they serve, and the revocation lists deploy would change.
 * A trust store does not say which version it loaded; this action tags it with the version it
 * pointed it at, and the tag is believed only when that version holds the certificates served.
 */




/** The certificates of a version, by fingerprint. */
const certificatesOf = (v) => v.analysis.entries.map((e) => e.certificate);
/**
 * For each target that serves its own bundle: the bundle analysed, and its state's version set to
 * the version that holds exactly those certificates (the tagged one first, then the latest, then
 * any other read), or cleared when none does. Returns the analysed bundles by target name.
 */
function identifyServed(targets, versions, latest, analysed) {
    const out = new Map();
    for (const t of targets) {
        if (!t.served)
            continue;
        const served = analysed(t);
        out.set(t.state.domainName, served);
        const want = certificatesOf(served);
        const tagged = t.state.truststoreVersion;
        const candidates = [...(tagged ? [versions.get(tagged)] : []), latest, ...versions.values()].filter((v) => v !== undefined && v !== null && v.versionId !== undefined);
        const holder = candidates.find((v) => (0,plan_diff/* sameCertificates */.$6)(certificatesOf(v), want));
        if (holder?.versionId)
            t.state.truststoreVersion = holder.versionId;
        else
            delete t.state.truststoreVersion;
    }
    return out;
}
/** A target's live revocation lists, parsed for the diff; an unreadable one is removed by deploy. */
function liveLists(t) {
    return (t.revocations ?? []).map((r) => {
        const base = { revocationId: r.revocationId, entries: r.entries };
        if (!r.content)
            return { ...base, problem: 'its content was not read' };
        const { crl, problem } = (0,pki_crl/* parseCrl */.lD)(r.content, `${t.state.domainName} revocation ${r.revocationId}`);
        if (!crl)
            return { ...base, problem: problem ?? 'unreadable' };
        return { ...base, crl, sha256: (0,revocation_files/* crlDigest */.cd)(crl.der) };
    });
}
/** What deploy would change in a target's revocation lists, as the plan shows it. */
function revocationChanges(t, desired, entries) {
    const live = liveLists(t);
    const planned = planRevocations(desired, live, entries);
    const kept = new Map(planned.keep.map((k) => [k.revocationId, k.file]));
    return {
        live: live.map((l) => ({
            revocationId: l.revocationId,
            entries: l.entries,
            ...(l.crl ? { issuer: l.crl.issuer } : {}),
            ...(kept.has(l.revocationId) ? { file: kept.get(l.revocationId) } : {}),
        })),
        add: planned.add.map((f) => f.path),
        replace: planned.replace.map((r) => ({ file: r.file.path, revocationId: r.revocationId })),
        remove: planned.remove.map((r) => ({
            revocationId: r.revocationId,
            ...(r.issuer ? { issuer: r.issuer } : {}),
        })),
        serialsAdded: planned.serialsAdded,
        serialsRemoved: planned.serialsRemoved,
        changed: planned.changed,
    };
}
/**
 * The plan's section of each target that serves its own bundle, and the plan's totals made against
 * each target's live bundle: `added-count` and `removed-count` count the certificates added to or
 * removed from any target, and a change to revocation lists alone is a change.
 */
function addSections(plan, targets, served, desired, revocations) {
    const sections = [];
    for (const t of targets) {
        const bundle = served.get(t.state.domainName);
        if (!bundle)
            continue;
        const diff = (0,plan_diff/* diffVersion */.gk)(desired, new TextEncoder().encode(desired.pem), bundle, [t.state.domainName]);
        sections.push({
            kind: t.kind.id,
            name: t.state.domainName,
            ...(t.state.status ? { status: t.state.status } : {}),
            ...(t.state.truststoreVersion ? { versionId: t.state.truststoreVersion } : {}),
            facts: t.facts ?? [],
            added: diff.added,
            removed: diff.removed,
            unchanged: diff.unchanged.length,
            roll: plan.domainsToRoll.includes(t.state.domainName),
            ...(revocations !== undefined && t.revocations
                ? { revocations: revocationChanges(t, revocations, desired.entries) }
                : {}),
        });
    }
    if (sections.length === 0)
        return;
    plan.targets = sections;
    const changes = (0,plan_diff/* changesForClients */.f_)(plan);
    plan.addedCount = changes.added.length;
    plan.removedCount = changes.removed.length;
    if (sections.some((s) => s.revocations?.changed)) {
        plan.upToDate = false;
        plan.hasChanges = true;
    }
}
//# sourceMappingURL=served.js.map
;// CONCATENATED MODULE: ./lib/pipeline/plan.js








/** One version of the live object, analysed with the engine (the path names the version). */
function liveVersion(object, uri, policy, deps) {
    const path = object.versionId === undefined ? uri : `${uri}?versionId=${object.versionId}`;
    return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}
/** Reads every target of every kind the settings name, at most 8 reads in flight. */
async function readTargets(settings, context, limiter) {
    const perKind = await (0,parallel/* settleInOrder */.pX)(targets/* TARGET_KINDS */.a.map(async (kind) => {
        const session = kind.open({ ...context, settings });
        const live = await limiter.map(kind.names(settings), (name) => session.read(name));
        return live.map((target) => ({ ...target, kind, session }));
    }));
    return perKind.flat();
}
/** The versions `ids` names, read once each (the latest is not read again); null when S3 no longer has it. */
async function readPinnedVersions(ids, latest, store, analysed, limiter) {
    const versions = await limiter.map(ids, async (versionId) => {
        if (latest && versionId === latest.versionId)
            return latest;
        const object = await store.readVersion(versionId);
        return object ? analysed({ ...object, versionId }) : null;
    });
    return new Map(ids.map((id, i) => [id, versions[i] ?? null]));
}
/** What every stage that reads what is live opens first: where, which region, the clients, the object. */
async function openLive(settings, partial, stage) {
    const deps = (0,pipeline_deps/* resolveDeps */.JC)(partial);
    const location = (0,plan_diff/* parseTruststoreUri */.DO)((0,pipeline_deps/* requireTruststoreUri */.zs)(settings, stage));
    const { region, clients } = await (0,pipeline_region/* awsFor */.B)(settings, deps);
    const store = new truststore_object/* TruststoreObjectStore */.k0(clients.s3, location);
    return { deps, location, region, clients, store, policy: (0,pipeline_deps/* policyOf */.US)(settings, new Date(deps.clock.now())) };
}
async function readLiveState(settings, validation, partial = {}) {
    const deps = (0,pipeline_deps/* resolveDeps */.JC)(partial);
    const desired = validation.truststore;
    if (!validation.ok || desired === undefined) {
        throw new Error('the new truststore did not validate: fix the errors above before planning or deploying');
    }
    const { location, region, clients, store, policy } = await openLive(settings, deps, 'plan and deploy modes');
    const version = (object) => liveVersion(object, location.uri, policy, deps);
    // Every read is independent of the others until the targets say which versions they pin: the
    // bucket, the latest object and the targets are read together, then the pinned versions.
    const limiter = new parallel/* ReadLimiter */.Vh();
    const [, latestObject, targets] = await (0,parallel/* settleInOrder */.pX)([
        limiter.run(() => store.assertVersioningEnabled()),
        limiter.run(() => store.readLatest()),
        readTargets(settings, { clients, region, clock: deps.clock, log: deps.log }, limiter),
    ]);
    const latest = latestObject ? version(latestObject) : undefined;
    const unusable = targets.flatMap((t) => (t.unusable ? [t.unusable] : []));
    // A target that cannot use this truststore is a setting to fix (domain-names, truststore-uri).
    if (unusable.length > 0)
        throw new errors/* InputError */.dz(unusable.join('\n'));
    const claimedIds = [...new Set(targets.flatMap((t) => t.state.truststoreVersion ?? []))];
    const read = await readPinnedVersions(claimedIds, latest, store, version, limiter);
    // A trust store's tag is believed only when that version holds what it serves.
    const served = identifyServed(targets, read, latest, (t) => liveVersion({ bytes: t.served ?? new Uint8Array() }, t.state.domainName, policy, deps));
    const pinnedIds = [...new Set(targets.flatMap((t) => t.state.truststoreVersion ?? []))];
    const pinned = pinnedIds.flatMap((id) => read.get(id) ?? []);
    const unidentified = targets.filter((t) => served.has(t.state.domainName) && !t.state.truststoreVersion);
    const plan = (0,plan_diff/* buildPlan */.Gg)({
        location,
        desired,
        desiredFindings: validation.findings,
        ...(latest ? { latest } : {}),
        pinned,
        domains: targets.map((t) => t.state),
        ...(unidentified.length > 0 ? { unidentified: unidentified.map((t) => t.state.domainName) } : {}),
    });
    addSections(plan, targets, served, desired, validation.revocations);
    const blocked = targets.flatMap((t) => t.blocked
        ? [{ domainName: t.state.domainName, status: t.blocked.status, message: t.blocked.message }]
        : []);
    if (blocked.length > 0)
        plan.blockedDomains = blocked;
    // Warnings that do not stop a deploy (a CloudFormation stack that manages a domain): plan and
    // deploy both read the live state here, so both say it; the plan carries them for its comment.
    const notes = targets.flatMap((t) => t.notes ?? []);
    for (const n of notes)
        deps.warn(n.message, `truststore: ${n.code}`);
    if (notes.length > 0)
        plan.notes = notes;
    // Where what clients meet came from, as this action recorded it when it uploaded that version.
    const liveId = plan.primary.versionId ?? latest?.versionId;
    const live = [...pinned, ...(latest ? [latest] : [])].find((v) => v.versionId === liveId);
    if (live?.provenance)
        plan.liveProvenance = { ...live.provenance, ...(liveId ? { versionId: liveId } : {}) };
    deps.onPlan?.(plan);
    return {
        plan,
        location,
        desired,
        desiredBytes: new TextEncoder().encode(desired.pem),
        ...(latest ? { latest } : {}),
        targets,
        store,
        s3: clients.s3,
        ...(validation.revocations ? { revocationFiles: validation.revocations } : {}),
    };
}
/** Plan mode's stage: the plan against the live state; a target deploy would refuse is a warning now. */
async function runPlanMode(settings, validation, partial = {}) {
    const { plan } = await readLiveState(settings, validation, partial);
    // Deploy refuses these before any write; the plan says so now, while there is time to fix them.
    const { warn } = (0,pipeline_deps/* resolveDeps */.JC)(partial);
    for (const b of plan.blockedDomains ?? [])
        warn(b.message, `truststore: ${b.status}`);
    return plan;
}
//# sourceMappingURL=plan.js.map

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
