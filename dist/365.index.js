export const id = 365;
export const ids = [365];
export const modules = {

/***/ 6365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuditMode: () => (/* binding */ runAuditMode)
});

// EXTERNAL MODULE: ./lib/audit/checks.js + 1 modules
var checks = __webpack_require__(6345);
// EXTERNAL MODULE: ./lib/audit/lifecycle.js
var audit_lifecycle = __webpack_require__(5563);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./lib/aws/lifecycle.js
/**
 * The bucket's lifecycle rules and the tags of a truststore version, mapped to the pure model in
 * src/plan/lifecycle.ts. Audit only: neither call is needed to plan or deploy.
 */


/**
 * Every filter form S3 has: the rule's legacy top-level Prefix, Filter.Prefix, Filter.Tag,
 * Filter.ObjectSizeGreaterThan / LessThan, and Filter.And of several; conditions are ANDed.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRuleFilter.html
 */
function filterOf(rule) {
    const f = rule.Filter ?? {};
    const and = f.And ?? {};
    const prefix = f.Prefix ?? and.Prefix ?? rule.Prefix;
    const tags = [...(f.Tag ? [f.Tag] : []), ...(and.Tags ?? [])].map((t) => ({
        key: t.Key ?? '',
        value: t.Value ?? '',
    }));
    const greater = f.ObjectSizeGreaterThan ?? and.ObjectSizeGreaterThan;
    const less = f.ObjectSizeLessThan ?? and.ObjectSizeLessThan;
    return {
        // An empty prefix matches every key, like no prefix at all.
        ...(prefix ? { prefix } : {}),
        tags,
        ...(greater !== undefined ? { sizeGreaterThan: Number(greater) } : {}),
        ...(less !== undefined ? { sizeLessThan: Number(less) } : {}),
    };
}
function ruleOf(rule) {
    const exp = rule.Expiration;
    const nc = rule.NoncurrentVersionExpiration;
    return {
        ...(rule.ID ? { id: rule.ID } : {}),
        enabled: rule.Status === 'Enabled',
        filter: filterOf(rule),
        ...(exp?.Days !== undefined ? { expirationDays: exp.Days } : {}),
        ...(exp?.Date !== undefined ? { expirationDate: new Date(exp.Date).toISOString() } : {}),
        ...(nc?.NoncurrentDays !== undefined ? { noncurrentDays: nc.NoncurrentDays } : {}),
        ...(nc?.NewerNoncurrentVersions !== undefined
            ? { newerNoncurrentVersions: nc.NewerNoncurrentVersions }
            : {}),
    };
}
class LifecycleReader {
    client;
    location;
    constructor(client, location) {
        this.client = client;
        this.location = location;
    }
    /**
     * The rules, [] when the bucket has none; a sentence with the fix when they cannot be read (the
     * audit reports that instead of failing: everything else it checks is still worth knowing).
     */
    async rules() {
        const { bucket } = this.location;
        try {
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html
            const out = await this.client.send(new dist_cjs/* GetBucketLifecycleConfigurationCommand */.iQ1({ Bucket: bucket }));
            return (out.Rules ?? []).map(ruleOf);
        }
        catch (error) {
            if ((0,errors/* errorCode */.CA)(error) === 'NoSuchLifecycleConfiguration')
                return [];
            const translated = (0,errors/* translateS3Error */.PS)(error, {
                action: 's3:GetLifecycleConfiguration',
                resource: `arn:aws:s3:::${bucket}`,
                bucket,
                uri: this.location.uri,
                doing: 'read the bucket lifecycle rules',
            });
            if (translated.code === 'AccessDenied' || translated.status === 403) {
                return `the lifecycle rules of bucket ${bucket} could not be read, so a rule that deletes pinned versions would go unnoticed: ${translated.message}`;
            }
            throw translated;
        }
    }
    /** The tags of one version; undefined when they cannot be read (the rule then "may" apply). */
    async tags(versionId) {
        try {
            const out = await this.client.send(new dist_cjs/* GetObjectTaggingCommand */.u4b({
                Bucket: this.location.bucket,
                Key: this.location.key,
                VersionId: versionId,
            }));
            return (out.TagSet ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }));
        }
        catch (error) {
            // Expired or missing credentials fail the audit; a denial or anything else leaves "may apply".
            const creds = (0,errors/* credentialsProblem */.sL)(error);
            if (creds)
                throw creds;
            return undefined;
        }
    }
}
//# sourceMappingURL=lifecycle.js.map
// EXTERNAL MODULE: ./lib/aws/parallel.js
var parallel = __webpack_require__(7522);
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/targets/index.js + 7 modules
var targets = __webpack_require__(3901);
// EXTERNAL MODULE: ./lib/pipeline/plan.js + 2 modules
var plan = __webpack_require__(9201);
;// CONCATENATED MODULE: ./lib/pipeline/audit.js
/**
 * audit (what `auto` runs on a schedule): reads what is live — the bucket's versioning and
 * lifecycle rules, the latest object, every target of every kind and the versions they pin — and
 * judges it: the common checks (src/audit/checks.ts) and each kind's own. Reads only.
 */








/** Versioning Suspended (or never enabled) is a problem to report, not a reason to stop the audit. */
async function versioningProblem(store) {
    try {
        await store.assertVersioningEnabled();
        return undefined;
    }
    catch (error) {
        if (error instanceof errors/* AwsError */.Gy && error.code === 'VersioningNotEnabled')
            return error.message;
        throw error;
    }
}
/** Tags only for versions a tag-filtered rule could delete (s3:GetObjectVersionTagging). */
async function tagsOfPinned(reader, lifecycle, pinned, facts, limiter) {
    const rules = typeof lifecycle === 'string' ? [] : lifecycle;
    const tagged = [...pinned].filter(([id, v]) => v !== null &&
        (0,audit_lifecycle/* needsTags */.B)(rules, {
            key: facts.location.key,
            size: v.bytes.length,
            current: id === facts.latest?.versionId,
        }));
    const tags = await limiter.map(tagged, ([id]) => reader.tags(id));
    return new Map(tagged.map(([id], i) => [id, tags[i]]));
}
/** Tag reads in flight while the newest deployed version is looked for. */
const TAG_BATCH = 8;
/**
 * The versions, newest first, and the newest one deploy recorded as deployed, looked for only among
 * the versions newer than the oldest pin (an older one cannot make a pin a step back). Not read when
 * every target pins the latest version. Without s3:ListBucketVersions or s3:GetObjectVersionTagging,
 * a warning: the rest of the audit stands.
 */
async function deployRecordOf(store, pinnedIds, latestId, limiter, warn) {
    if (pinnedIds.every((id) => id === latestId))
        return undefined;
    try {
        const versions = await store.listVersions();
        const ids = versions.map((v) => v.versionId);
        const oldestPin = Math.max(-1, ...pinnedIds.map((id) => ids.indexOf(id)));
        for (let from = 0; from < oldestPin; from += TAG_BATCH) {
            const batch = ids.slice(from, Math.min(oldestPin, from + TAG_BATCH));
            const at = await limiter.map(batch, (id) => store.deployedAt(id));
            const hit = at.findIndex((a) => a !== undefined);
            if (hit >= 0)
                return { versions, deployed: { versionId: batch[hit], at: at[hit] } };
        }
        return { versions };
    }
    catch (error) {
        if (!(error instanceof errors/* AwsError */.Gy && (error.code === 'AccessDenied' || error.status === 403)))
            throw error;
        warn(`the audit could not check for pins put back since the last deploy (pin-reverted): ${error.message}`, 'truststore audit: pin-reverted not checked');
        return undefined;
    }
}
function liveProvenanceOf(facts) {
    const live = (0,checks/* liveVersionOf */.Cy)(facts);
    if (!live?.provenance)
        return {};
    return { liveProvenance: { ...live.provenance, ...(live.versionId ? { versionId: live.versionId } : {}) } };
}
/** A target as the audit report lists it. */
function reportedDomain(d) {
    return {
        domainName: d.domainName,
        ...(d.status !== undefined ? { status: d.status } : {}),
        ...(d.securityPolicy !== undefined ? { securityPolicy: d.securityPolicy } : {}),
        ...(d.truststoreVersion !== undefined ? { truststoreVersion: d.truststoreVersion } : {}),
    };
}
async function runAuditMode(settings, validation, partial = {}) {
    const { deps, location, region, clients, store, policy } = await (0,plan/* openLive */.nM)(settings, partial, 'audit mode');
    const lifecycleReader = new LifecycleReader(clients.s3, location);
    const now = policy.now;
    const context = { settings, clients, region, clock: deps.clock, log: deps.log };
    const limiter = new parallel/* ReadLimiter */.Vh();
    const [versioning, latestObject, lifecycle, kinds] = await (0,parallel/* settleInOrder */.pX)([
        limiter.run(() => versioningProblem(store)),
        limiter.run(() => store.readLatest()),
        limiter.run(() => lifecycleReader.rules()),
        (0,parallel/* settleInOrder */.pX)(targets/* TARGET_KINDS */.a.map((kind) => kind.audit(context, kind.names(settings), limiter))),
    ]);
    const latest = latestObject ? (0,plan/* liveVersion */.p2)(latestObject, location.uri, policy, deps) : undefined;
    const states = kinds.flatMap((k) => k.states);
    const pinnedIds = [...new Set(states.flatMap((d) => d.truststoreVersion ?? []))].filter((v) => v !== 'null');
    const analysed = (object) => (0,plan/* liveVersion */.p2)(object, location.uri, policy, deps);
    const pinned = await (0,plan/* readPinnedVersions */.Yy)(pinnedIds, latest, store, analysed, limiter);
    const facts = {
        now,
        expiryWarningDays: settings.expiryWarningDays,
        location,
        ...(versioning ? { versioningProblem: versioning } : {}),
        ...(latest ? { latest } : {}),
        pinned,
        domains: states,
        lifecycle,
        versionTags: await tagsOfPinned(lifecycleReader, lifecycle, pinned, { location, ...(latest ? { latest } : {}) }, limiter),
        ...(validation.ok && validation.truststore ? { desired: validation.truststore } : {}),
    };
    const record = await deployRecordOf(store, pinnedIds, latest?.versionId, limiter, deps.warn);
    if (record)
        facts.deployRecord = record;
    const common = { now, expiryWarningDays: settings.expiryWarningDays, location, pinned };
    const result = (0,checks/* judgeLiveState */.$o)(facts, kinds.flatMap((k) => k.problems(common)));
    deps.log(`audit of ${location.uri}: ${result.healthy ? 'healthy' : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`}`);
    return {
        ...result,
        location,
        ...(latest?.versionId !== undefined ? { latestVersionId: latest.versionId } : {}),
        ...liveProvenanceOf(facts),
        domains: states.map(reportedDomain),
        checkedAt: now.toISOString(),
        expiryWarningDays: settings.expiryWarningDays,
    };
}
//# sourceMappingURL=audit.js.map

/***/ })

};
