export const id = 867;
export const ids = [867];
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

/***/ 1867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yy: () => (/* binding */ readPinnedVersions),
/* harmony export */   nM: () => (/* binding */ openLive),
/* harmony export */   p2: () => (/* binding */ liveVersion),
/* harmony export */   readLiveState: () => (/* binding */ readLiveState),
/* harmony export */   runPlanMode: () => (/* binding */ runPlanMode)
/* harmony export */ });
/* harmony import */ var _aws_parallel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7522);
/* harmony import */ var _aws_truststore_object_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2604);
/* harmony import */ var _plan_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6840);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6093);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4941);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7801);
/**
 * plan: read the live truststore and every target pinned to it, and say exactly what a merge would
 * change. Reads only: nothing here writes to S3 or to a target.
 */







/** One version of the live object, analysed with the engine (the path names the version). */
function liveVersion(object, uri, policy, deps) {
    const path = object.versionId === undefined ? uri : `${uri}?versionId=${object.versionId}`;
    return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}
/** Reads every target of every kind the settings name, at most 8 reads in flight. */
async function readTargets(settings, context, limiter) {
    const perKind = await (0,_aws_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .settleInOrder */ .pX)(_targets_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_KINDS */ .a.map(async (kind) => {
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
    const deps = (0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDeps */ .JC)(partial);
    const location = (0,_plan_diff_js__WEBPACK_IMPORTED_MODULE_1__.parseTruststoreUri)((0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .requireTruststoreUri */ .zs)(settings, stage));
    const { region, clients } = await (0,_region_js__WEBPACK_IMPORTED_MODULE_5__/* .awsFor */ .B)(settings, deps);
    const store = new _aws_truststore_object_js__WEBPACK_IMPORTED_MODULE_0__/* .TruststoreObjectStore */ .k0(clients.s3, location);
    return { deps, location, region, clients, store, policy: (0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .policyOf */ .US)(settings, new Date(deps.clock.now())) };
}
async function readLiveState(settings, validation, partial = {}) {
    const deps = (0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDeps */ .JC)(partial);
    const desired = validation.truststore;
    if (!validation.ok || desired === undefined) {
        throw new Error('the new truststore did not validate: fix the errors above before planning or deploying');
    }
    const { location, region, clients, store, policy } = await openLive(settings, deps, 'plan and deploy modes');
    const version = (object) => liveVersion(object, location.uri, policy, deps);
    // Every read is independent of the others until the targets say which versions they pin: the
    // bucket, the latest object and the targets are read together, then the pinned versions.
    const limiter = new _aws_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .ReadLimiter */ .Vh();
    const [, latestObject, targets] = await (0,_aws_parallel_js__WEBPACK_IMPORTED_MODULE_6__/* .settleInOrder */ .pX)([
        limiter.run(() => store.assertVersioningEnabled()),
        limiter.run(() => store.readLatest()),
        readTargets(settings, { clients, region, clock: deps.clock, log: deps.log }, limiter),
    ]);
    const latest = latestObject ? version(latestObject) : undefined;
    const unusable = targets.flatMap((t) => (t.unusable ? [t.unusable] : []));
    // A target that cannot use this truststore is a setting to fix (domain-names, truststore-uri).
    if (unusable.length > 0)
        throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(unusable.join('\n'));
    const pinnedIds = [...new Set(targets.flatMap((t) => t.state.truststoreVersion ?? []))];
    const read = await readPinnedVersions(pinnedIds, latest, store, version, limiter);
    const pinned = pinnedIds.flatMap((id) => read.get(id) ?? []);
    const plan = (0,_plan_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .Gg)({
        location,
        desired,
        desiredFindings: validation.findings,
        ...(latest ? { latest } : {}),
        pinned,
        domains: targets.map((t) => t.state),
    });
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
    };
}
/** Plan mode's stage: the plan against the live state; a target deploy would refuse is a warning now. */
async function runPlanMode(settings, validation, partial = {}) {
    const { plan } = await readLiveState(settings, validation, partial);
    // Deploy refuses these before any write; the plan says so now, while there is time to fix them.
    const { warn } = (0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDeps */ .JC)(partial);
    for (const b of plan.blockedDomains ?? [])
        warn(b.message, `truststore: ${b.status}`);
    return plan;
}
//# sourceMappingURL=plan.js.map

/***/ })

};
