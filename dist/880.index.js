export const id = 880;
export const ids = [880];
export const modules = {

/***/ 4880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TrustStores: () => (/* binding */ TrustStores),
  VERSION_TAG: () => (/* binding */ VERSION_TAG)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
;// CONCATENATED MODULE: ./lib/targets/elb/errors.js
/**
 * Elastic Load Balancing (v2) errors in one sentence that names the fix, like the S3 and API Gateway
 * ones in src/aws/errors.ts: the IAM action (`elasticloadbalancing:<Action>`, the API action's own
 * name) and its resource for an access denial, the input to check for a trust store that does not
 * exist. The SDK's own message is kept at the end for the details.
 */

/** ELB's wire code (`TrustStoreNotReady`), from a wire error (`Code`) or a modelled one (`...Exception`). */
function elbCode(error) {
    if (error instanceof errors/* AwsError */.Gy)
        return error.code;
    return (0,errors/* errorCode */.CA)(error).replace(/Exception$/, '');
}
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequests']);
function isElbThrottled(error) {
    return THROTTLED.has(elbCode(error));
}
/** The message for an ARN that names no trust store in the region (failure-reason invalid-input). */
function trustStoreNotFound(arn, region, said) {
    return new errors/* AwsError */.Gy(`trust store ${arn} does not exist in ${region}: check elb-trust-store-arns and aws-region (aws elbv2 describe-trust-stores lists them)${said ? ` (${said})` : ''}`, 'TrustStoreNotFound', 400);
}
/** Who may call it: the Describe actions are granted on "*" (no resource-level permissions). */
function accessDenied(error, call, code) {
    const said = (0,errors/* sdkMessage */.UC)(error);
    const iam = `elasticloadbalancing:${call.action}`;
    const needed = call.action.startsWith('Describe')
        ? `${iam} (on resource "*": the Describe actions take no resource-level permissions) is needed to ${call.doing} of trust store ${call.arn}`
        : `${iam} on ${call.arn} is needed to ${call.doing}`;
    // ELB reads the bundle and the revocation lists from S3 as the caller.
    const s3 = /\bs3\b|bucket/i.test(said)
        ? ' ELB reads the S3 objects as the caller: also allow s3:GetObject and s3:GetObjectVersion on them.'
        : '';
    return new errors/* AwsError */.Gy(`access denied: ${needed}: allow it in the policy of the role this job assumes.${s3} (${said})`, code, (0,errors/* httpStatus */.nG)(error));
}
/** Every ELB SDK error leaves through here; an AwsError (already explained) passes unchanged. */
function translateElbError(error, call) {
    if (error instanceof errors/* AwsError */.Gy)
        return error;
    const doing = `${call.doing} of trust store ${call.arn}`;
    const unanswered = (0,errors/* unansweredCall */.bl)(error, 'Elastic Load Balancing', doing, 'AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2');
    if (unanswered)
        return unanswered;
    const code = elbCode(error);
    const status = (0,errors/* httpStatus */.nG)(error);
    const said = (0,errors/* sdkMessage */.UC)(error);
    if (code === 'AccessDenied' || code === 'AccessDeniedException' || status === 403) {
        return accessDenied(error, call, code);
    }
    if (code === 'TrustStoreNotFound')
        return trustStoreNotFound(call.arn, call.region, said);
    if (isElbThrottled(error)) {
        return new errors/* AwsError */.Gy(`Elastic Load Balancing kept throttling the calls to ${doing}${(0,errors/* attempts */.r2)(error)}: another job is calling ELB in this account; re-run later (${said})`, code, status);
    }
    if ((0,errors/* isServerSide */.fL)(error)) {
        return new errors/* AwsError */.Gy(`Elastic Load Balancing failed to ${doing} (${code}, HTTP ${status ?? '?'})${(0,errors/* attempts */.r2)(error)}: an AWS-side problem; re-run the job (${said})`, code, status);
    }
    return new errors/* AwsError */.Gy(`Elastic Load Balancing refused to ${doing} (${code}): ${said}`, code, status);
}
const objectName = (o) => `s3://${o.bucket}/${o.key} version ${o.versionId}`;
const READ_AS_CALLER = 'ELB reads it with the permissions of the caller: check that the version exists and that the role this job assumes may read it (s3:GetObject and s3:GetObjectVersion)';
/** ModifyTrustStore's own refusals, naming the bundle version; undefined for the others. */
function bundleRefused(code, said, arn, bundle) {
    if (code === 'InvalidCaCertificatesBundle') {
        return new errors/* AwsError */.Gy(`Elastic Load Balancing refused the CA bundle ${objectName(bundle)} for trust store ${arn} (InvalidCaCertificatesBundle): a trust store bundle must hold only PEM CA certificates (no keys, no other blocks) within ELB's trust store quotas; fix the bundle, upload it as a new version and re-run (${said})`, code, 400);
    }
    if (code === 'CaCertificatesBundleNotFound') {
        return new errors/* AwsError */.Gy(`Elastic Load Balancing could not read the CA bundle ${objectName(bundle)} for trust store ${arn} (CaCertificatesBundleNotFound): ${READ_AS_CALLER} (${said})`, code, 400);
    }
    return undefined;
}
/** AddTrustStoreRevocations' own refusals, naming the revocation lists of the call. */
function revocationsRefused(code, said, arn, lists) {
    const names = lists.map(objectName).join(', ');
    const fix = {
        InvalidRevocationContent: 'each must be a CRL (PEM or DER) in a format and with a signature algorithm ELB accepts; fix it, upload it as a new version and re-run',
        RevocationContentNotFound: READ_AS_CALLER,
        TooManyTrustStoreRevocationEntries: 'the trust store would hold more revoked entries than ELB allows per trust store; shorten the CRLs, or ask for a quota increase',
    };
    const advice = fix[code];
    if (!advice)
        return undefined;
    return new errors/* AwsError */.Gy(`Elastic Load Balancing refused the revocation list${lists.length === 1 ? '' : 's'} ${names} for trust store ${arn} (${code}): ${advice} (${said})`, code, 400);
}
/** A revocation ID that a list just showed is gone: someone else changed the trust store. */
function revocationIdRefused(code, said, arn, ids) {
    if (code !== 'RevocationIdNotFound')
        return undefined;
    return new errors/* AwsError */.Gy(`revocation ${ids.join(', ')} is no longer in trust store ${arn} (RevocationIdNotFound): the trust store was changed since it was read; re-run the job to plan against it as it is now (${said})`, code, 400);
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./lib/targets/elb/calls.js


/** A floor so that a zero poll interval (tests) does not spin. */
const MIN_POLL_MS = 50;
const WHERE = 'check it in the EC2 console (Load Balancing > Trust stores) and re-run when it is ACTIVE';
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** A later batch failed: say which revocations the earlier ones of the same call already changed. */
function partly(error, done, verb, arn) {
    if (done.length === 0 || !(error instanceof errors/* AwsError */.Gy))
        return error;
    return new errors/* AwsError */.Gy(`${error.message} (revocations ${done.join(', ')} of trust store ${arn} were already ${verb} by this call)`, error.code, error.status);
}
class ElbCalls {
    options;
    describe;
    constructor(options, 
    /** DescribeTrustStores for one ARN, already explained. */
    describe) {
        this.options = options;
        this.describe = describe;
    }
    deadline() {
        const started = this.options.clock.now();
        return { started, until: started + this.options.timeoutMs };
    }
    /** One call; its failure leaves explained (its own refusal first, else the general translation). */
    async send(call, request, refused) {
        try {
            return await request();
        }
        catch (error) {
            throw (refused?.(elbCode(error), (0,errors/* sdkMessage */.UC)(error)) ??
                translateElbError(error, { ...call, region: this.options.region }));
        }
    }
    /** Every page: Marker from the previous NextMarker until there is none. */
    async allPages(call, page) {
        const all = [];
        const seen = new Set();
        let marker;
        do {
            const { items, next } = await page(marker);
            all.push(...items);
            if (next && seen.has(next)) {
                throw new errors/* AwsError */.Gy(`Elastic Load Balancing answered the same NextMarker twice to ${call.doing} of trust store ${call.arn}: re-run the job`, 'RepeatedMarker');
            }
            if (next)
                seen.add(next);
            marker = next || undefined;
        } while (marker);
        return all;
    }
    /** The call, retried once the trust store is ACTIVE again while ELB answers TrustStoreNotReady. */
    async whenReady(call, deadline, request, refused) {
        const { clock } = this.options;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.send(call, request, refused);
            }
            catch (error) {
                if (elbCode(error) !== 'TrustStoreNotReady')
                    throw error;
                if (clock.now() >= deadline.until) {
                    throw new errors/* AwsError */.Gy(`${call.action} on trust store ${call.arn} was refused with TrustStoreNotReady ${attempt} time${attempt === 1 ? '' : 's'} in ${this.seconds(deadline)} s: a change to it (by this job or another) is still being applied; ${WHERE}, or raise wait-timeout-seconds (now ${this.budget()})`, 'TrustStoreWaitTimeout');
                }
                this.options.log(`${call.action} on ${call.arn}: trust store not ready (attempt ${attempt}); waiting for ACTIVE`);
                await this.pause(deadline);
                await this.activeBy(call.arn, deadline, ` (waiting to ${call.doing})`);
            }
        }
    }
    /** Polls until ACTIVE (a throttled poll is polled again); past the deadline: its status, how long. */
    async activeBy(arn, deadline, context = '') {
        for (;;) {
            let state;
            try {
                state = await this.describe(arn);
            }
            catch (error) {
                if (!isElbThrottled(error))
                    throw error;
            }
            if (state?.status === 'ACTIVE')
                return state;
            const status = state?.status ?? 'unread (DescribeTrustStores throttled)';
            if (this.options.clock.now() >= deadline.until) {
                throw new errors/* AwsError */.Gy(`trust store ${arn} is still ${status} after ${this.seconds(deadline)} s${context}: ${WHERE}, or raise wait-timeout-seconds (now ${this.budget()})`, 'TrustStoreWaitTimeout');
            }
            this.options.log(`${arn}: ${status}; waiting for ACTIVE (${this.seconds(deadline)} s, at most ${this.budget()} s)`);
            await this.pause(deadline);
        }
    }
    pause(deadline) {
        const { clock, pollIntervalMs } = this.options;
        return clock.sleep(Math.max(MIN_POLL_MS, Math.min(pollIntervalMs, deadline.until - clock.now())));
    }
    seconds(deadline) {
        return Math.round((this.options.clock.now() - deadline.started) / 1000);
    }
    budget() {
        return Math.round(this.options.timeoutMs / 1000);
    }
}
//# sourceMappingURL=calls.js.map
;// CONCATENATED MODULE: ./lib/targets/elb/presigned.js
/**
 * Downloads what Elastic Load Balancing hands out as a presigned URL (the `Location` of
 * GetTrustStoreCaCertificatesBundle and GetTrustStoreRevocationContent): a plain GET with no
 * credentials (the signature is in the query string), bounded in time and in size. Messages name
 * the host and path, never the query: it carries the signature.
 */

function parseLocation(location, what) {
    let url;
    try {
        url = new URL(location);
    }
    catch {
        url = undefined;
    }
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
        throw new errors/* AwsError */.Gy(`Elastic Load Balancing answered a Location for ${what} that is not an http(s) URL (${url?.protocol ?? 'unparseable'}): refusing to download it; re-run the job, and report it if it persists`, 'InvalidLocation');
    }
    return url;
}
function tooLarge(what, where, size, maxBytes) {
    return new errors/* AwsError */.Gy(`${what} at ${where} is larger than ${maxBytes} bytes (${size}): refusing to read it; check the trust store in the EC2 console (Load Balancing > Trust stores)`, 'DownloadTooLarge');
}
function downloadFailed(error, get, where) {
    const name = error?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
        return new errors/* AwsError */.Gy(`downloading ${get.what} from ${where} did not finish within ${Math.round(get.timeoutMs / 1000)} s: check the network (proxy settings) and re-run`, 'DownloadTimeout');
    }
    const cause = error?.cause;
    const unreachable = (0,errors/* unreachableAt */._W)(cause) ?? (0,errors/* unreachableAt */._W)(error);
    const detail = unreachable ?? (cause instanceof Error ? cause.message : String(error));
    return new errors/* AwsError */.Gy(`could not download ${get.what} from ${where} (${detail}): check the network and proxy settings and re-run`, 'DownloadFailed');
}
/** The body, read chunk by chunk so that an oversized answer stops at the cap. */
async function readCapped(response, get, where) {
    const chunks = [];
    let total = 0;
    const reader = response.body?.getReader();
    if (!reader)
        return new Uint8Array();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > get.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge(get.what, where, `more than ${get.maxBytes} bytes received`, get.maxBytes);
        }
        chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return bytes;
}
/** GETs `location` without credentials; non-2xx, too large, too slow and unreachable each name the fix. */
async function presignedGet(location, get) {
    const url = parseLocation(location, get.what);
    const where = `${url.protocol}//${url.host}${url.pathname}`;
    const signal = AbortSignal.timeout(get.timeoutMs);
    try {
        const response = await (get.fetch ?? fetch)(url, { method: 'GET', signal });
        if (!response.ok) {
            await response.body?.cancel().catch(() => undefined);
            const fix = response.status === 403
                ? 'the presigned URL was refused (expired, or a clock far off): re-run the job, ELB signs a new one each time'
                : 're-run the job, and check the trust store in the EC2 console (Load Balancing > Trust stores) if it persists';
            throw new errors/* AwsError */.Gy(`downloading ${get.what} from ${where} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: ${fix}`, 'DownloadFailed', response.status);
        }
        const declared = Number(response.headers.get('content-length') ?? Number.NaN);
        if (declared > get.maxBytes) {
            await response.body?.cancel().catch(() => undefined);
            throw tooLarge(get.what, where, `${declared} bytes declared`, get.maxBytes);
        }
        return await readCapped(response, get, where);
    }
    catch (error) {
        throw error instanceof errors/* AwsError */.Gy ? error : downloadFailed(error, get, where);
    }
}
//# sourceMappingURL=presigned.js.map
;// CONCATENATED MODULE: ./lib/targets/elb/trust-stores.js
/**
 * Elastic Load Balancing (v2) trust stores: what they hold (the CA bundle, the revocation lists),
 * who uses them (listener associations), and the calls that change them. A change is applied
 * asynchronously (the trust store is CREATING until it is ACTIVE again) and ELB may refuse a call
 * while one is in progress (TrustStoreNotReady): such a call waits and retries, every wait of one
 * change within one deadline (`timeoutMs`), on the injected Clock.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Operations.html
 */





/** The trust store tag that records which S3 object version its CA bundle came from. */
const VERSION_TAG = 'mtls-truststore:object-version';
/** DescribeTrustStoreRevocations and DescribeTrustStoreAssociations: PageSize 1 to 400. */
const PAGE_SIZE_MAX = 400;
/**
 * AddTrustStoreRevocations and RemoveTrustStoreRevocations document no limit per call; a trust
 * store holds at most 30 revocation lists (ELB quota), so a call never needs to carry more.
 */
const REVOCATION_BATCH = 30;
const BUNDLE_MAX_BYTES = 1024 * 1024;
/** A revocation list is at most 50 MB (ELB quota); the margin covers MB against MiB and PEM. */
const REVOCATION_MAX_BYTES = 51 * 1024 * 1024;
const BUNDLE_DOWNLOAD_MS = 60_000;
const REVOCATION_DOWNLOAD_MS = 300_000;
class TrustStores {
    client;
    options;
    calls;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.calls = new ElbCalls(options, (arn) => this.describe(arn));
    }
    async describe(arn) {
        const out = await this.calls.send({ action: 'DescribeTrustStores', arn, doing: 'read the status' }, () => this.client.send(new dist_cjs/* DescribeTrustStoresCommand */.x_Q({ TrustStoreArns: [arn] })));
        const store = out.TrustStores?.find((s) => s.TrustStoreArn === arn);
        if (!store)
            throw trustStoreNotFound(arn, this.options.region);
        return {
            arn,
            name: store.Name ?? '',
            status: store.Status ?? 'UNKNOWN',
            caCertificates: store.NumberOfCaCertificates ?? 0,
            revokedEntries: store.TotalRevokedEntries ?? 0,
        };
    }
    /** The CA bundle ELB holds, downloaded from the presigned URL it answers (at most 1 MiB). */
    async bundle(arn) {
        const call = { action: 'GetTrustStoreCaCertificatesBundle', arn, doing: 'download the CA bundle' };
        const out = await this.calls.send(call, () => this.client.send(new dist_cjs/* GetTrustStoreCaCertificatesBundleCommand */.Zik({ TrustStoreArn: arn })));
        return this.download(out.Location, `the CA bundle of trust store ${arn}`, BUNDLE_MAX_BYTES, BUNDLE_DOWNLOAD_MS);
    }
    /** Every revocation list of the trust store, all pages. */
    async revocations(arn) {
        const call = { action: 'DescribeTrustStoreRevocations', arn, doing: 'list the revocations' };
        return this.calls.allPages(call, async (Marker) => {
            const out = await this.calls.send(call, () => this.client.send(new dist_cjs/* DescribeTrustStoreRevocationsCommand */.bPH({ TrustStoreArn: arn, PageSize: this.pageSize, Marker })));
            const items = (out.TrustStoreRevocations ?? []).flatMap((r) => r.RevocationId === undefined
                ? []
                : [
                    {
                        revocationId: r.RevocationId,
                        type: r.RevocationType ?? 'CRL',
                        entries: r.NumberOfRevokedEntries ?? 0,
                    },
                ]);
            return { items, next: out.NextMarker };
        });
    }
    /** One revocation list's content (the CRL ELB holds), from its presigned URL. */
    async revocationContent(arn, revocationId) {
        const call = {
            action: 'GetTrustStoreRevocationContent',
            arn,
            doing: `download revocation ${revocationId}`,
        };
        const out = await this.calls.send(call, () => this.client.send(new dist_cjs/* GetTrustStoreRevocationContentCommand */._xt({ TrustStoreArn: arn, RevocationId: revocationId })), (code, said) => revocationIdRefused(code, said, arn, [revocationId]));
        const what = `revocation ${revocationId} of trust store ${arn}`;
        return this.download(out.Location, what, REVOCATION_MAX_BYTES, REVOCATION_DOWNLOAD_MS);
    }
    /** The ARNs of the resources (listeners) using the trust store, all pages. */
    async associations(arn) {
        const call = { action: 'DescribeTrustStoreAssociations', arn, doing: 'list the associations' };
        return this.calls.allPages(call, async (Marker) => {
            const out = await this.calls.send(call, () => this.client.send(new dist_cjs/* DescribeTrustStoreAssociationsCommand */.q2k({ TrustStoreArn: arn, PageSize: this.pageSize, Marker })));
            const items = (out.TrustStoreAssociations ?? []).flatMap((a) => (a.ResourceArn ? [a.ResourceArn] : []));
            return { items, next: out.NextMarker };
        });
    }
    /** The S3 object version VERSION_TAG records (the last modify's), if any. */
    async versionTag(arn) {
        const out = await this.calls.send({ action: 'DescribeTags', arn, doing: 'read the tags' }, () => this.client.send(new dist_cjs/* DescribeTagsCommand */.yRM({ ResourceArns: [arn] })));
        const tags = out.TagDescriptions?.find((d) => d.ResourceArn === arn)?.Tags;
        return tags?.find((t) => t.Key === VERSION_TAG)?.Value;
    }
    /**
     * Replaces the CA bundle with that exact S3 object version, waits until the trust store is ACTIVE
     * again, then records the version in VERSION_TAG; all within one deadline.
     */
    async modify(arn, source) {
        const deadline = this.calls.deadline();
        const call = {
            action: 'ModifyTrustStore',
            arn,
            doing: `replace the CA bundle with ${objectName(source)}`,
        };
        const input = {
            TrustStoreArn: arn,
            CaCertificatesBundleS3Bucket: source.bucket,
            CaCertificatesBundleS3Key: source.key,
            CaCertificatesBundleS3ObjectVersion: source.versionId,
        };
        await this.calls.whenReady(call, deadline, () => this.client.send(new dist_cjs/* ModifyTrustStoreCommand */.bpk(input)), (code, said) => bundleRefused(code, said, arn, source));
        try {
            return await this.afterModify(arn, source, deadline);
        }
        catch (error) {
            // The write went through: whoever rolls back must count this trust store as moved.
            throw Object.assign(error, { accepted: true });
        }
    }
    /** After ModifyTrustStore was accepted: ACTIVE again within the same deadline, then the tag. */
    async afterModify(arn, source, deadline) {
        const details = await this.calls.activeBy(arn, deadline, ` (ModifyTrustStore to ${objectName(source)} was accepted)`);
        const tag = { action: 'AddTags', arn, doing: `record version ${source.versionId} in ${VERSION_TAG}` };
        try {
            await this.calls.send(tag, () => this.client.send(new dist_cjs/* AddTagsCommand */.yjM({ ResourceArns: [arn], Tags: [{ Key: VERSION_TAG, Value: source.versionId }] })));
        }
        catch (error) {
            const e = error;
            throw new errors/* AwsError */.Gy(`trust store ${arn} holds ${objectName(source)} now, but ${e.message}`, e.code, e.status);
        }
        return details;
    }
    /** Polls DescribeTrustStores until the trust store is ACTIVE, for at most `timeoutMs`. */
    waitUntilActive(arn) {
        return this.calls.activeBy(arn, this.calls.deadline());
    }
    /** Adds the CRLs (exact object versions); returns their new revocation IDs, in order. */
    async addRevocations(arn, contents) {
        const deadline = this.calls.deadline();
        const added = [];
        for (const batch of chunks(contents, this.options.revocationBatch ?? REVOCATION_BATCH)) {
            const doing = `add ${batch.map(objectName).join(', ')} to the revocations`;
            const RevocationContents = batch.map((c) => ({
                S3Bucket: c.bucket,
                S3Key: c.key,
                S3ObjectVersion: c.versionId,
                RevocationType: 'CRL',
            }));
            const out = await this.calls
                .whenReady({ action: 'AddTrustStoreRevocations', arn, doing }, deadline, () => this.client.send(new dist_cjs/* AddTrustStoreRevocationsCommand */.pwt({ TrustStoreArn: arn, RevocationContents })), (code, said) => revocationsRefused(code, said, arn, batch))
                .catch((error) => {
                throw partly(error, added, 'added', arn);
            });
            for (const r of out.TrustStoreRevocations ?? [])
                if (r.RevocationId !== undefined)
                    added.push(r.RevocationId);
        }
        return added;
    }
    async removeRevocations(arn, ids) {
        const deadline = this.calls.deadline();
        const removed = [];
        for (const batch of chunks(ids, this.options.revocationBatch ?? REVOCATION_BATCH)) {
            await this.calls
                .whenReady({
                action: 'RemoveTrustStoreRevocations',
                arn,
                doing: `remove ${batch.join(', ')} from the revocations`,
            }, deadline, () => this.client.send(new dist_cjs/* RemoveTrustStoreRevocationsCommand */.quz({ TrustStoreArn: arn, RevocationIds: batch })), (code, said) => revocationIdRefused(code, said, arn, batch))
                .catch((error) => {
                throw partly(error, removed, 'removed', arn);
            });
            removed.push(...batch);
        }
    }
    get pageSize() {
        return this.options.pageSize ?? PAGE_SIZE_MAX;
    }
    download(location, what, maxBytes, timeoutMs) {
        if (!location) {
            return Promise.reject(new errors/* AwsError */.Gy(`Elastic Load Balancing answered no Location for ${what}: re-run the job`, 'NoLocation'));
        }
        const fetch = this.options.fetch;
        return presignedGet(location, { what, maxBytes, timeoutMs, ...(fetch ? { fetch } : {}) });
    }
}
//# sourceMappingURL=trust-stores.js.map

/***/ })

};
