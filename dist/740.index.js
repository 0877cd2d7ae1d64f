export const id = 740;
export const ids = [740];
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

/***/ 2604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ encryptionFrom),
/* harmony export */   k0: () => (/* binding */ TruststoreObjectStore)
/* harmony export */ });
/* unused harmony export sha256Base64 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6762);
/**
 * The live truststore: one object in a versioned S3 bucket. Domains pin an object version, so
 * every write must create a new version and nothing may overwrite a version someone else wrote.
 */



// https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (x-amz-server-side-encryption)
const SSE_ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];
/** Reads the `server-side-encryption` / `sse-kms-key-id` inputs; undefined keeps the bucket default. */
function encryptionFrom(algorithm, kmsKeyId) {
    if (algorithm === undefined) {
        if (kmsKeyId !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsError */ .Gy('input sse-kms-key-id is set but server-side-encryption is empty: set server-side-encryption to aws:kms (or aws:kms:dsse)', 'InvalidInput');
        }
        return undefined;
    }
    if (!SSE_ALGORITHMS.includes(algorithm)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsError */ .Gy(`input server-side-encryption is "${algorithm}": set it to one of ${SSE_ALGORITHMS.join(', ')}, or leave it empty for the bucket default`, 'InvalidInput');
    }
    if (kmsKeyId !== undefined && algorithm === 'AES256') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsError */ .Gy('input sse-kms-key-id is set but server-side-encryption is AES256: set server-side-encryption to aws:kms, or remove sse-kms-key-id', 'InvalidInput');
    }
    return { algorithm: algorithm, ...(kmsKeyId !== undefined ? { kmsKeyId } : {}) };
}
function sha256Base64(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('base64');
}
class TruststoreObjectStore {
    client;
    location;
    constructor(client, location) {
        this.client = client;
        this.location = location;
    }
    call(action, doing, onBucket = false) {
        const { bucket, key, uri } = this.location;
        return {
            action,
            doing,
            bucket,
            uri,
            resource: onBucket ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`,
        };
    }
    /** Fails unless versioning is Enabled: a domain can only pin a version of a versioned object. */
    async assertVersioningEnabled() {
        const { bucket } = this.location;
        let status;
        try {
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html (no Status: never enabled)
            status = (await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetBucketVersioningCommand */ ._rj({ Bucket: bucket }))).Status;
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateS3Error */ .PS)(error, this.call('s3:GetBucketVersioning', 'check that the bucket is versioned', true));
        }
        if (status === 'Enabled')
            return;
        const state = status === undefined ? 'never been enabled' : `status ${status}`;
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (truststoreVersion needs versioning)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsError */ .Gy(`bucket ${bucket} has versioning ${state}: enable versioning so the domains can pin a truststore version (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled)`, 'VersioningNotEnabled');
    }
    /** The newest version; undefined when there is none (first deployment, or a delete marker on top). */
    async readLatest() {
        try {
            return await this.get(undefined);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) === 'NoSuchKey')
                return undefined;
            const translated = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateS3Error */ .PS)(error, this.call('s3:GetObject', 'read the live truststore'));
            if (translated.code === 'AccessDenied') {
                // Without s3:ListBucket, S3 answers 403 instead of 404 for a key that does not exist.
                // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html#API_GetObject_RequestSyntax
                translated.message += ` If this is the first deployment (no object yet), also allow s3:ListBucket on arn:aws:s3:::${this.location.bucket} so S3 reports the object as missing instead of denied.`;
            }
            throw translated;
        }
    }
    /** One version; undefined when it no longer exists (deleted, or a delete marker). */
    async readVersion(versionId) {
        try {
            return await this.get(versionId);
        }
        catch (error) {
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
            // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (NoSuchVersion; 405 for a delete marker)
            if (code === 'NoSuchVersion' || code === 'NoSuchKey' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 405)
                return undefined;
            if (code === 'InvalidArgument')
                return undefined;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateS3Error */ .PS)(error, this.call('s3:GetObjectVersion', `read version ${versionId} of the truststore`));
        }
    }
    async get(versionId) {
        const out = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectCommand */ .jLs({
            Bucket: this.location.bucket,
            Key: this.location.key,
            ...(versionId !== undefined ? { VersionId: versionId } : {}),
            // The SDK validates the stored checksum against the bytes it receives, when there is one.
            ChecksumMode: 'ENABLED',
        }));
        const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
        return {
            bytes,
            ...(out.VersionId !== undefined ? { versionId: out.VersionId } : {}),
            ...(out.ETag !== undefined ? { etag: out.ETag } : {}),
        };
    }
    /**
     * Writes a new version only if the object is still the one the plan read (`ifMatch`), or does not
     * exist yet (no `ifMatch`): a concurrent writer is never overwritten.
     */
    async write(bytes, options) {
        const { bucket, key } = this.location;
        const input = {
            Bucket: bucket,
            Key: key,
            Body: bytes,
            ContentType: 'application/x-pem-file',
            // S3 rejects the upload when the bytes it got do not hash to this value.
            // https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html
            ChecksumAlgorithm: 'SHA256',
            ChecksumSHA256: sha256Base64(bytes),
            // https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
            ...(options.ifMatch !== undefined ? { IfMatch: options.ifMatch } : { IfNoneMatch: '*' }),
            ...(options.encryption ? { ServerSideEncryption: options.encryption.algorithm } : {}),
            ...(options.encryption?.kmsKeyId !== undefined ? { SSEKMSKeyId: options.encryption.kmsKeyId } : {}),
        };
        let out;
        try {
            out = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .PutObjectCommand */ .wKZ(input));
        }
        catch (error) {
            // https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html (If-Match on a missing object: 404 NoSuchKey)
            if (options.ifMatch !== undefined && (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) === 'NoSuchKey') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsError */ .Gy(`${this.location.uri} was deleted since the plan (its latest version is gone or a delete marker): nothing was written; re-run the job so that it plans against the bucket as it is now`, 'ObjectDeleted', (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error));
            }
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateS3Error */ .PS)(error, this.call('s3:PutObject', 'upload the new truststore'));
        }
        if (out.VersionId === undefined || out.VersionId === 'null') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsError */ .Gy(`S3 stored ${this.location.uri} without a version id: versioning is not enabled on bucket ${bucket}; enable it (aws s3api put-bucket-versioning --bucket ${bucket} --versioning-configuration Status=Enabled) and re-run`, 'VersioningNotEnabled');
        }
        return { versionId: out.VersionId, ...(out.ETag !== undefined ? { etag: out.ETag } : {}) };
    }
}
//# sourceMappingURL=truststore-object.js.map

/***/ }),

/***/ 8740:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eY: () => (/* binding */ readLiveState),
  JC: () => (/* binding */ resolveDeps),
  cu: () => (/* binding */ runPlanMode)
});

// UNUSED EXPORTS: domainProblems

// EXTERNAL MODULE: ./lib/action/runner.js
var runner = __webpack_require__(4918);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-api-gateway/dist-cjs/index.js
var dist_cjs = __webpack_require__(818);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./lib/aws/clients.js
/**
 * The SDK clients. Built with nothing but the region so that the SDK's default credential chain
 * and its standard endpoint variables (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_API_GATEWAY) apply.
 */


const createAwsClients = (region) => ({
    s3: new client_s3_dist_cjs/* S3Client */.YxF({ region }),
    apiGateway: new dist_cjs/* APIGatewayClient */.UR2({ region }),
});
//# sourceMappingURL=clients.js.map
;// CONCATENATED MODULE: ./lib/aws/clock.js
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    random: () => Math.random(),
};
//# sourceMappingURL=clock.js.map
// EXTERNAL MODULE: ./lib/aws/parallel.js
var parallel = __webpack_require__(7522);
// EXTERNAL MODULE: ./lib/aws/truststore-object.js
var truststore_object = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/pki/index.js + 9 modules
var pki = __webpack_require__(9865);
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __webpack_require__(3152);
// EXTERNAL MODULE: ./lib/targets/api-gateway/domains.js
var api_gateway_domains = __webpack_require__(9959);
// EXTERNAL MODULE: ./lib/targets/api-gateway/health.js
var health = __webpack_require__(426);
;// CONCATENATED MODULE: ./lib/pipeline/plan.js
/**
 * Plan mode: read the live truststore and the domains pinned to it, and say exactly what a merge
 * would change. Reads only: nothing here writes to S3 or API Gateway.
 */










function resolveDeps(deps = {}) {
    return {
        clients: deps.clients ?? createAwsClients,
        clock: deps.clock ?? systemClock,
        analyze: deps.analyze ?? pki/* analyze */.ns,
        log: deps.log ?? ((m) => runner/* info */.pq(m)),
        warn: deps.warn ?? ((m, title) => runner/* warning */.$e(m, title ? { title } : {})),
        ...(deps.onPlan ? { onPlan: deps.onPlan } : {}),
    };
}
function requireRegion(settings) {
    if (settings.awsRegion)
        return settings.awsRegion;
    throw new settings_settings/* InputError */.dz('no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION)');
}
/** Problems that make a domain unusable with this truststore, one sentence each. */
function domainProblems(domains, location) {
    const problems = [];
    for (const d of domains) {
        const policy = (0,health/* securityPolicyProblem */.g5)(d);
        if (policy) {
            problems.push(policy);
        }
        else if (!d.mtlsEnabled) {
            // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (Regional custom domains only)
            const why = d.endpointTypes.includes('EDGE')
                ? ' (it is edge-optimized: API Gateway supports mutual TLS only on Regional custom domain names)'
                : d.endpointTypes.includes('PRIVATE')
                    ? ' (it is private: private custom domain names do not support mutual TLS)'
                    : '';
            problems.push(`custom domain name ${d.domainName} has no mutual TLS${why}: enable mutual TLS on it with truststore ${location.uri}, or remove it from domain-names`);
        }
        else if (d.truststoreUri !== location.uri) {
            problems.push(`custom domain name ${d.domainName} uses truststore ${d.truststoreUri}, not ${location.uri}: set truststore-uri to the domain's truststore, or list in domain-names only the domains that use ${location.uri}`);
        }
    }
    return problems;
}
function liveVersion(object, location, policy, deps) {
    const path = object.versionId === undefined ? location.uri : `${location.uri}?versionId=${object.versionId}`;
    return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}
async function readLiveState(settings, validation, partial = {}) {
    const deps = resolveDeps(partial);
    const desired = validation.truststore;
    if (!validation.ok || desired === undefined) {
        throw new Error('the new truststore did not validate: fix the errors above before planning or deploying');
    }
    if (settings.truststoreUri === undefined) {
        throw new settings_settings/* InputError */.dz('input truststore-uri is required in plan and deploy modes: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem');
    }
    const location = (0,diff/* parseTruststoreUri */.DO)(settings.truststoreUri);
    const region = requireRegion(settings);
    const clients = deps.clients(region);
    const store = new truststore_object/* TruststoreObjectStore */.k0(clients.s3, location);
    const gateway = new api_gateway_domains/* DomainGateway */.X(clients.apiGateway, {
        region,
        clock: deps.clock,
        updateIntervalMs: settings.domainUpdateIntervalSeconds * 1000,
        pollIntervalMs: settings.pollIntervalSeconds * 1000,
        timeoutMs: settings.waitTimeoutSeconds * 1000,
        log: deps.log,
    });
    const policy = {
        now: new Date(deps.clock.now()),
        expiryWarningDays: settings.expiryWarningDays,
        maxCaDepth: settings.maxCaDepth,
    };
    // Every read is independent of the others until the domains say which versions they pin: the
    // bucket, the latest object and the domains are read together, then the pinned versions.
    const limiter = new parallel/* ReadLimiter */.Vh();
    const names = [...new Set(settings.domainNames)];
    const [, latestObject, domains] = await (0,parallel/* settleInOrder */.pX)([
        limiter.run(() => store.assertVersioningEnabled()),
        limiter.run(() => store.readLatest()),
        limiter.map(names, (name) => gateway.describe(name)),
    ]);
    const latest = latestObject ? liveVersion(latestObject, location, policy, deps) : undefined;
    const problems = domainProblems(domains, location);
    if (problems.length > 0)
        throw new Error(problems.join('\n'));
    const pinnedIds = [...new Set(domains.map((d) => d.truststoreVersion).filter((v) => v !== undefined))];
    const others = pinnedIds.filter((id) => !(latest && id === latest.versionId));
    const read = await limiter.map(others, (versionId) => store.readVersion(versionId));
    const pinned = [];
    for (const versionId of pinnedIds) {
        if (latest && versionId === latest.versionId) {
            pinned.push(latest);
            continue;
        }
        const object = read[others.indexOf(versionId)];
        if (object)
            pinned.push(liveVersion({ ...object, versionId }, location, policy, deps));
    }
    const plan = (0,diff/* buildPlan */.Gg)({
        location,
        desired,
        desiredFindings: validation.findings,
        ...(latest ? { latest } : {}),
        pinned,
        // The plan carries DomainState only: the extra details stay with deploy.
        domains: domains.map(({ endpointTypes: _e, statusMessage: _s, securityPolicy: _p, ownershipVerificationCertificateArn: _o, ...state }) => state),
    });
    const blocked = domains.flatMap((d) => {
        const problem = (0,health/* domainStateProblem */.vL)(d);
        return problem ? [{ domainName: d.domainName, status: d.status ?? '', message: problem.message }] : [];
    });
    if (blocked.length > 0)
        plan.blockedDomains = blocked;
    deps.onPlan?.(plan);
    return {
        plan,
        location,
        desired,
        desiredBytes: new TextEncoder().encode(desired.pem),
        latest,
        domains,
        store,
        gateway,
    };
}
/** Plan mode's stage: the plan against the live state. Its outputs are set by the runner reporter. */
async function runPlanMode(settings, validation, deps = {}) {
    const { plan } = await readLiveState(settings, validation, deps);
    // Deploy refuses these before any write; the plan says so now, while there is time to fix them.
    const { warn } = resolveDeps(deps);
    for (const b of plan.blockedDomains ?? [])
        warn(b.message, `truststore: ${b.status}`);
    return plan;
}
//# sourceMappingURL=plan.js.map

/***/ }),

/***/ 6840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ parseTruststoreUri),
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   er: () => (/* binding */ sameBytes)
/* harmony export */ });
/* unused harmony exports TruststoreUriError, summarize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66);
/**
 * The plan: the desired truststore against the live one, by certificate fingerprint.
 * Pure: the live state is read by the AWS adapters (or, for a fork pull request, built from the
 * base commit) and handed in as data.
 */


/** A bad `truststore-uri`, with the fix in the message. */
class TruststoreUriError extends _settings_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d {
    name = 'TruststoreUriError';
}
/** Parses `s3://bucket/key`; the bucket follows the S3 general purpose bucket naming rules. */
function parseTruststoreUri(uri) {
    const trimmed = uri.trim();
    const example = 'set truststore-uri to s3://<bucket>/<key>, e.g. s3://my-truststores/api/truststore.pem';
    if (trimmed === '')
        throw new TruststoreUriError(`input truststore-uri is empty: ${example}`);
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(trimmed);
    if (!m)
        throw new TruststoreUriError(`input truststore-uri is "${trimmed}": ${example}`);
    const bucket = m[1];
    const key = m[2];
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
        throw new TruststoreUriError(`input truststore-uri names bucket "${bucket}", which is not a valid S3 bucket name: use 3-63 lowercase letters, digits, dots and hyphens (${example})`);
    }
    if (key.endsWith('/')) {
        throw new TruststoreUriError(`input truststore-uri "${trimmed}" ends with "/", which names a folder: add the object name (${example})`);
    }
    return { bucket, key, uri: `s3://${bucket}/${key}` };
}
function summarize(entry) {
    const c = entry.certificate;
    return {
        fingerprint: c.fingerprint,
        subject: c.subject,
        issuer: c.issuer,
        role: entry.role,
        depth: entry.depth,
        notAfter: c.notAfter.toISOString(),
        issuerFingerprint: entry.issuerFingerprint,
    };
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function diffVersion(desired, desiredBytes, live, domains) {
    const liveEntries = live?.analysis.entries ?? [];
    const liveByFp = new Map(liveEntries.map((e) => [e.certificate.fingerprint, e]));
    const desiredFps = new Set(desired.entries.map((e) => e.certificate.fingerprint));
    const added = desired.entries.filter((e) => !liveByFp.has(e.certificate.fingerprint)).map(summarize);
    const unchanged = desired.entries.filter((e) => liveByFp.has(e.certificate.fingerprint)).map(summarize);
    const removed = liveEntries.filter((e) => !desiredFps.has(e.certificate.fingerprint)).map(summarize);
    const identical = live !== undefined && sameBytes(live.bytes, desiredBytes);
    const diff = {
        versionId: live?.versionId,
        domains,
        added,
        removed,
        unchanged,
        reformat: live !== undefined && !identical && added.length === 0 && removed.length === 0,
        identical,
    };
    return diff;
}
function label(versionId) {
    return versionId === undefined ? 'an unknown version' : `version ${versionId}`;
}
/** Findings of the live object, each pointing at the object version it was found in. */
function liveFindingsOf(location, versions) {
    const seen = new Set();
    const out = [];
    for (const v of versions) {
        for (const f of v.analysis.findings) {
            const key = `${f.code}\u0000${f.fingerprint ?? ''}\u0000${f.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const file = v.versionId === undefined ? location.uri : `${location.uri}?versionId=${v.versionId}`;
            out.push({ ...f, file });
        }
    }
    return out;
}
function buildPlan(input) {
    const { location, desired, latest, domains } = input;
    const desiredBytes = new TextEncoder().encode(desired.pem);
    const byVersion = new Map();
    for (const v of input.pinned)
        if (v.versionId !== undefined)
            byVersion.set(v.versionId, v);
    if (latest?.versionId !== undefined)
        byVersion.set(latest.versionId, latest);
    // Domains grouped by the version they pin, in the order domains were given.
    const groups = new Map();
    const unpinned = [];
    for (const d of domains) {
        if (d.truststoreVersion === undefined)
            unpinned.push(d.domainName);
        else
            groups.set(d.truststoreVersion, [...(groups.get(d.truststoreVersion) ?? []), d.domainName]);
    }
    // What clients meet: the version most domains pin; with no pinned domain, the latest object.
    const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    const primaryVersionId = ranked[0]?.[0];
    const primaryLive = primaryVersionId === undefined ? latest : byVersion.get(primaryVersionId);
    const primary = diffVersion(desired, desiredBytes, primaryLive, groups.get(primaryVersionId ?? '') ?? []);
    if (primaryVersionId !== undefined)
        primary.versionId = primaryVersionId;
    const pinnedDiffs = ranked.length > 1
        ? ranked.map(([versionId, names]) => {
            const d = diffVersion(desired, desiredBytes, byVersion.get(versionId), names);
            d.versionId = versionId;
            return d;
        })
        : [];
    const drift = [];
    if (ranked.length > 1) {
        drift.push(`domains are pinned to ${ranked.length} different versions: ${ranked
            .map(([v, names]) => `${names.join(', ')} on ${label(v)}`)
            .join('; ')}`);
    }
    if (latest?.versionId !== undefined) {
        const behind = ranked.filter(([v]) => v !== latest.versionId).flatMap(([, names]) => names);
        if (behind.length > 0) {
            drift.push(`the latest object version ${latest.versionId} is not the one ${behind.join(', ')} ${behind.length === 1 ? 'is' : 'are'} pinned to (an earlier deploy was rolled back or stopped part-way, or someone wrote the object by hand)`);
        }
    }
    for (const name of unpinned) {
        drift.push(`${name} does not pin a truststore version: deploy will pin it`);
    }
    const missing = ranked.filter(([v]) => !byVersion.has(v));
    for (const [v, names] of missing) {
        drift.push(`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} pinned to ${label(v)}, which was not read`);
    }
    const latestIdentical = latest !== undefined && sameBytes(latest.bytes, desiredBytes);
    // An object written before versioning was enabled has version id "null": it cannot be pinned, so
    // deploy writes a real version even when the bytes already match.
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/AddingObjectstoVersioningEnabledBuckets.html
    const unpinnable = !input.offline && latest !== undefined && (latest.versionId ?? 'null') === 'null';
    const upload = !latestIdentical || unpinnable;
    const domainsToRoll = domains
        .filter((d) => upload || d.truststoreVersion === undefined || d.truststoreVersion !== latest?.versionId)
        .map((d) => d.domainName);
    const upToDate = !upload && domainsToRoll.length === 0;
    const liveVersions = [primaryLive, ...byVersion.values()].filter((v) => v !== undefined);
    return {
        location,
        desired: { sha256: desired.sha256, certificates: desired.entries.map(summarize) },
        ...(latest?.versionId !== undefined
            ? { latest: { versionId: latest.versionId, etag: latest.etag ?? '', sha256: sha256Hex(latest.bytes) } }
            : {}),
        primary,
        pinnedDiffs,
        domains,
        drift,
        findings: input.desiredFindings,
        liveFindings: liveFindingsOf(location, [...new Set(liveVersions)]),
        hasChanges: !upToDate,
        addedCount: primary.added.length,
        removedCount: primary.removed.length,
        upToDate,
        upload,
        domainsToRoll,
        ...(input.offline ? { offline: true } : {}),
    };
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
//# sourceMappingURL=diff.js.map

/***/ }),

/***/ 9959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ PinWaitError),
/* harmony export */   X: () => (/* binding */ DomainGateway)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(818);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);
/**
 * API Gateway custom domain names and the truststore version their mutual TLS is pinned to.
 *
 * The v1 API (`@aws-sdk/client-api-gateway`) reaches HTTP API domains too: a Regional custom
 * domain name is one resource shared by REST and HTTP APIs.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-custom-domain-names.html
 */


// https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html (domainNameStatus)
const TRANSIENT = new Set(['UPDATING', 'PENDING']);
const THROTTLED = new Set(['TooManyRequestsException', 'LimitExceededException']);
/** UpdateDomainName throttling backoff never waits longer than this at once. */
const MAX_BACKOFF_MS = 120_000;
/** A floor so that a zero poll interval (tests) does not spin. */
const MIN_POLL_MS = 50;
/**
 * UpdateDomainName was accepted but the wait after it failed. The domain was read back: `after`
 * says where its pin is now (undefined when even that read failed), so the deploy can count it
 * as moved and roll it back with the others.
 */
class PinWaitError extends _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy {
    after;
    name = 'PinWaitError';
    constructor(message, code, after) {
        super(message, code);
        this.after = after;
    }
}
class DomainGateway {
    client;
    options;
    lastUpdateAt;
    constructor(client, options) {
        this.client = client;
        this.options = options;
    }
    /** A gateway that only reads (audit, diagnose): it never updates or waits, so it needs no pacing. */
    static reader(client, region, clock) {
        return new DomainGateway(client, { region, clock, updateIntervalMs: 0, pollIntervalMs: 0, timeoutMs: 0 });
    }
    async describe(domainName) {
        let d;
        try {
            d = await this.client.send(new _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_1__/* .GetDomainNameCommand */ .Bqv({ domainName }));
        }
        catch (error) {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .translateGatewayError */ .fZ)(error, {
                action: 'apigateway:GET',
                domainName,
                region: this.options.region,
                doing: 'read the custom domain name',
            });
        }
        const mtls = d.mutualTlsAuthentication;
        return {
            domainName,
            ...(d.domainNameStatus !== undefined ? { status: d.domainNameStatus } : {}),
            ...(d.domainNameStatusMessage ? { statusMessage: d.domainNameStatusMessage } : {}),
            mtlsEnabled: mtls?.truststoreUri !== undefined && mtls.truststoreUri !== '',
            ...(mtls?.truststoreUri ? { truststoreUri: mtls.truststoreUri } : {}),
            ...(mtls?.truststoreVersion ? { truststoreVersion: mtls.truststoreVersion } : {}),
            warnings: mtls?.truststoreWarnings ?? [],
            endpointTypes: d.endpointConfiguration?.types ?? [],
            ...(d.securityPolicy ? { securityPolicy: d.securityPolicy } : {}),
            ...(d.ownershipVerificationCertificateArn
                ? { ownershipVerificationCertificateArn: d.ownershipVerificationCertificateArn }
                : {}),
        };
    }
    /**
     * Waits until the domain is AVAILABLE (and, when `version` is given, reports that version),
     * bounded by the timeout. Statuses that waiting cannot fix fail at once.
     */
    async waitUntilAvailable(domainName, version, deadline) {
        const { clock, pollIntervalMs, timeoutMs } = this.options;
        const started = clock.now();
        const until = deadline ?? started + timeoutMs;
        for (;;) {
            let state;
            try {
                state = await this.describe(domainName);
            }
            catch (error) {
                // A throttled poll is not a failure: poll again later.
                if (!(error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy && THROTTLED.has(error.code)))
                    throw error;
            }
            if (state) {
                const settled = state.status === undefined || state.status === 'AVAILABLE';
                if (settled && (version === undefined || state.truststoreVersion === version))
                    return state;
                if (state.status !== undefined && state.status !== 'AVAILABLE' && !TRANSIENT.has(state.status)) {
                    throw new _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`custom domain name ${domainName} is ${state.status}${state.statusMessage ? ` (${state.statusMessage})` : ''}: fix the domain in API Gateway (certificate, ownership verification) until it is AVAILABLE, then re-run`, 'DomainNotAvailable');
                }
            }
            if (clock.now() >= until) {
                const what = state?.status && state.status !== 'AVAILABLE'
                    ? `is still ${state.status}`
                    : `still reports truststore version ${state?.truststoreVersion ?? '(none)'} instead of ${version}`;
                throw new _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`custom domain name ${domainName} ${what} after ${Math.round(timeoutMs / 1000)} s: check it in the API Gateway console and re-run when it is AVAILABLE, or raise wait-timeout-seconds`, 'DomainWaitTimeout');
            }
            // Which domain, in which state, for how long: a wait can last minutes.
            this.options.log?.(`${domainName}: ${state?.status ?? 'not read'}${version !== undefined && state?.truststoreVersion !== version ? `, version ${state?.truststoreVersion ?? '(none)'} not yet ${version}` : ''}; waiting for AVAILABLE (${Math.round((clock.now() - started) / 1000)} s, at most ${Math.round((until - started) / 1000)} s)`);
            await clock.sleep(Math.max(MIN_POLL_MS, Math.min(pollIntervalMs, until - clock.now())));
        }
    }
    /**
     * Pins the domain's mutual TLS to `versionId` and waits until API Gateway has applied it.
     * UpdateDomainName is limited to one call per 30 seconds per account (not adjustable): calls are
     * spaced, and throttling is retried with backoff until the timeout.
     * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
     */
    async pinVersion(domainName, versionId) {
        const { clock, updateIntervalMs, timeoutMs, region } = this.options;
        const deadline = clock.now() + timeoutMs;
        for (let attempt = 1;; attempt++) {
            // Spacing counts from when the call returned: the SDK's retry strategy may itself have
            // retried a throttled call, so its last request went out at the end of send(), not the start.
            if (this.lastUpdateAt !== undefined) {
                const wait = this.lastUpdateAt + updateIntervalMs - clock.now();
                if (wait > 0)
                    await clock.sleep(wait);
            }
            try {
                // https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateDomainName.html
                await this.client.send(new _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_1__/* .UpdateDomainNameCommand */ .SoV({
                    domainName,
                    patchOperations: [
                        { op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: versionId },
                    ],
                }));
                this.lastUpdateAt = clock.now();
                break;
            }
            catch (error) {
                this.lastUpdateAt = clock.now();
                const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
                const translated = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .translateGatewayError */ .fZ)(error, {
                    action: 'apigateway:PATCH',
                    domainName,
                    region,
                    doing: `pin the truststore version ${versionId}`,
                });
                if (THROTTLED.has(code)) {
                    const base = Math.max(updateIntervalMs, 1000);
                    const retryAfter = Number(error.retryAfterSeconds ?? 0) * 1000;
                    const backoff = Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
                    const delay = Math.max(retryAfter, backoff) + Math.floor(clock.random() * base * 0.1);
                    if (clock.now() + delay > deadline) {
                        throw new _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`UpdateDomainName for ${domainName} was still throttled after ${attempt} attempts in ${Math.round(timeoutMs / 1000)} s: AWS allows one UpdateDomainName per 30 seconds per account and another job is using it; re-run later or raise wait-timeout-seconds`, code);
                    }
                    this.options.log?.(`UpdateDomainName throttled for ${domainName} (attempt ${attempt}); retrying in ${delay} ms`);
                    await clock.sleep(delay);
                    continue;
                }
                if (code === 'ConflictException') {
                    // Another change is being applied: wait for it, then try again.
                    this.options.log?.(`${domainName} is busy (ConflictException); waiting until it is AVAILABLE`);
                    await this.waitUntilAvailable(domainName, undefined, deadline);
                    continue;
                }
                throw translated;
            }
        }
        try {
            return await this.waitUntilAvailable(domainName, versionId, deadline);
        }
        catch (error) {
            throw await this.readBackAfterFailedWait(domainName, versionId, error);
        }
    }
    /** The update went through but the wait did not: where is the pin now? */
    async readBackAfterFailedWait(domainName, versionId, error) {
        const message = error instanceof Error ? error.message : String(error);
        const code = error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy ? error.code : 'Error';
        try {
            const after = await this.describe(domainName);
            const where = after.truststoreVersion === versionId
                ? `it IS pinned to version ${versionId} now (status ${after.status ?? 'unknown'})`
                : `it reports truststore version ${after.truststoreVersion ?? '(none)'}, not ${versionId} (status ${after.status ?? 'unknown'})`;
            return new PinWaitError(`${message} Read back after UpdateDomainName: ${where}.`, code, after);
        }
        catch (readError) {
            return new PinWaitError(`${message} UpdateDomainName was accepted, and reading the domain back failed too (${readError.message}): its pin is unknown; check it with aws apigateway get-domain-name --domain-name ${domainName}.`, code, undefined);
        }
    }
}
//# sourceMappingURL=domains.js.map

/***/ }),

/***/ 426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ isEnhancedSecurityPolicy),
/* harmony export */   g5: () => (/* binding */ securityPolicyProblem),
/* harmony export */   vL: () => (/* binding */ domainStateProblem)
/* harmony export */ });
/**
 * What a custom domain name's state means for a truststore rollout, one sentence with the fix.
 * Pure: plan reports these, deploy refuses on them before any write, audit turns them into problems.
 */
const STATUS_DOC = 'https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html';
function said(d) {
    return d.statusMessage ? ` (API Gateway says: ${d.statusMessage})` : '';
}
/**
 * FAILED and PENDING_* are states that waiting does not end: API Gateway will not apply a new
 * truststore version until someone fixes the domain. UPDATING and PENDING end on their own.
 * https://docs.aws.amazon.com/apigateway/latest/api/API_DomainName.html (domainNameStatus)
 */
function domainStateProblem(d) {
    switch (d.status) {
        case 'FAILED':
            return {
                code: 'domain-failed',
                message: `custom domain name ${d.domainName} is FAILED${said(d)}: API Gateway could not apply its last change; fix what the status message names (certificate, truststore, ownership verification) and update the domain until it is AVAILABLE, then re-run (${STATUS_DOC})`,
            };
        case 'PENDING_CERTIFICATE_REIMPORT':
            return {
                code: 'domain-pending',
                message: `custom domain name ${d.domainName} is PENDING_CERTIFICATE_REIMPORT${said(d)}: re-import its certificate into ACM (same ARN) so API Gateway can use it again, then re-run once the domain is AVAILABLE (${STATUS_DOC})`,
            };
        case 'PENDING_OWNERSHIP_VERIFICATION':
            return {
                code: 'domain-pending',
                message: `custom domain name ${d.domainName} is PENDING_OWNERSHIP_VERIFICATION${said(d)}: its ownership verification certificate (an ACM-issued public certificate for the same name) is missing, expired or not yet validated; renew or validate it in ACM and set ownershipVerificationCertificateArn, then re-run once the domain is AVAILABLE (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html)`,
            };
        default:
            if (d.status?.startsWith('PENDING_')) {
                return {
                    code: 'domain-pending',
                    message: `custom domain name ${d.domainName} is ${d.status}${said(d)}: API Gateway waits for an action on the domain; complete it in the API Gateway console until the domain is AVAILABLE, then re-run (${STATUS_DOC})`,
                };
            }
            return undefined;
    }
}
/**
 * "You can't enable mutual TLS on a domain name that uses an enhanced security policy": only the
 * legacy TLS_1_0 and TLS_1_2 policies carry mutual TLS; every SecurityPolicy_* one is enhanced.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
 */
function isEnhancedSecurityPolicy(policy) {
    return policy !== undefined && policy.startsWith('SecurityPolicy_');
}
function securityPolicyProblem(d) {
    if (!isEnhancedSecurityPolicy(d.securityPolicy))
        return undefined;
    return `custom domain name ${d.domainName} uses the enhanced security policy ${d.securityPolicy}, which API Gateway does not allow with mutual TLS: set its security policy to TLS_1_2 (or TLS_1_0), or remove it from domain-names (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html)`;
}
//# sourceMappingURL=health.js.map

/***/ })

};
