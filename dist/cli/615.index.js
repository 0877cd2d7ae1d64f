export const id = 615;
export const ids = [615];
export const modules = {

/***/ 6933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   NA: () => (/* binding */ sharedProfile),
/* harmony export */   U: () => (/* binding */ explainCredentials),
/* harmony export */   Zi: () => (/* binding */ awsContext)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(818);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _smithy_core_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6762);
/**
 * The SDK clients, and where AWS settings come from when no input names them, as the AWS CLI finds
 * them. The clients are built with nothing but the region, so the SDK's default credential chain
 * (environment, AWS_PROFILE in the shared credentials and config files, SSO, credential_process,
 * web identity, container and instance roles) and its standard endpoint variables
 * (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_API_GATEWAY) apply. A credentials failure is explained
 * for whoever reads it: `aws` commands in a terminal, workflow steps on a runner.
 */






/**
 * Reads the front-end's environment like the SDK reads process.env: AWS_PROFILE, AWS_CONFIG_FILE,
 * AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials. A terminal unless
 * GITHUB_ACTIONS is `true` (the runner sets it for the action and for a CLI run in a job); Settings
 * without an environment are the action's, so a runner too.
 */
function awsContext(environment) {
    const env = environment ?? {};
    const home = env.HOME || env.USERPROFILE || (env.HOMEPATH ? `${env.HOMEDRIVE || 'C:\\'}${env.HOMEPATH}` : undefined);
    const file = (variable, name) => env[variable] || (home ? node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.aws', name) : undefined);
    return {
        terminal: environment !== undefined && env.GITHUB_ACTIONS !== 'true',
        ...(env.AWS_PROFILE ? { profile: env.AWS_PROFILE } : {}),
        configFile: file('AWS_CONFIG_FILE', 'config'),
        credentialsFile: file('AWS_SHARED_CREDENTIALS_FILE', 'credentials'),
        configName: env.AWS_CONFIG_FILE || '~/.aws/config',
        credentialsName: env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials',
    };
}
/** The profile AWS_PROFILE names (else `default`) in the shared files, parsed by the SDK's own loader. */
async function sharedProfile(context) {
    if (!context.configFile && !context.credentialsFile)
        return { exists: false, region: undefined };
    const { configFile, credentialsFile } = await (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_3__.loadSharedConfigFiles)({
        configFilepath: context.configFile ?? node_os__WEBPACK_IMPORTED_MODULE_0__.devNull,
        filepath: context.credentialsFile ?? node_os__WEBPACK_IMPORTED_MODULE_0__.devNull,
        ignoreCache: true,
    });
    const name = context.profile ?? 'default';
    const inConfig = configFile[name];
    const inCredentials = credentialsFile[name];
    // The SDK's region lookup prefers the credentials file (NODE_REGION_CONFIG_FILE_OPTIONS).
    const region = _smithy_core_config__WEBPACK_IMPORTED_MODULE_3__.NODE_REGION_CONFIG_OPTIONS.configFileSelector({ ...inConfig, ...inCredentials }, configFile);
    return { exists: inConfig !== undefined || inCredentials !== undefined, region: region || undefined };
}
/** The SDK's error, or the AwsError that names the fix when it is a credentials problem. */
async function explained(error, context) {
    const name = error?.name;
    const provider = typeof name === 'string' && name.endsWith('ProviderError');
    const profileExists = context.profile && provider ? (await sharedProfile(context)).exists : undefined;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialsProblem */ .sL)(error, { ...context, profileExists }) ?? error;
}
/** Every call of the client: a credentials failure (no credentials, expired, rejected) leaves explained. */
function explainCredentials(stack, context) {
    stack.add((next) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            throw await explained(error, context);
        }
    }, { step: 'initialize', name: 'mtlsTruststoreCredentialsAdvice', override: true });
}
const createAwsClients = (region, environment) => {
    const context = awsContext(environment);
    const s3 = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .S3Client */ .YxF({ region });
    const apiGateway = new _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_5__/* .APIGatewayClient */ .UR2({ region });
    explainCredentials(s3.middlewareStack, context);
    explainCredentials(apiGateway.middlewareStack, context);
    return { s3, apiGateway };
};
//# sourceMappingURL=clients.js.map

/***/ }),

/***/ 2604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ encryptionFrom),
/* harmony export */   TZ: () => (/* binding */ sha256Base64),
/* harmony export */   k0: () => (/* binding */ TruststoreObjectStore)
/* harmony export */ });
/* unused harmony exports provenanceOf, DEPLOYED_TAG */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6762);
/**
 * The live truststore: one object in a versioned S3 bucket. Domains pin an object version, so
 * every write must create a new version and nothing may overwrite a version someone else wrote.
 */



/**
 * The provenance in S3 user metadata: `x-amz-meta-commit` and `x-amz-meta-pull-request`, written on
 * upload and read back on every plan, deploy and audit (the SDK gives the names without
 * `x-amz-meta-`, lowercased). https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html
 */
function provenanceOf(metadata) {
    if (!metadata)
        return undefined;
    const commit = metadata.commit?.trim().toLowerCase();
    const pr = metadata['pull-request']?.trim();
    const out = {
        ...(commit && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) ? { commit } : {}),
        ...(pr && /^[1-9][0-9]{0,9}$/.test(pr) ? { pullRequest: Number(pr) } : {}),
    };
    return out.commit !== undefined || out.pullRequest !== undefined ? out : undefined;
}
function metadataOf(provenance) {
    if (!provenance)
        return undefined;
    const out = {
        ...(provenance.commit ? { commit: provenance.commit } : {}),
        ...(provenance.pullRequest !== undefined ? { 'pull-request': String(provenance.pullRequest) } : {}),
    };
    return Object.keys(out).length > 0 ? out : undefined;
}
/**
 * The tag deploy writes on a version once every target was rolled to it and none was rolled back:
 * `<ISO time> <version id>`. It names its own version, so a copy of the version (CopyObject copies
 * tags and metadata alike) does not count as deployed. The audit reads it (pin-reverted).
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html
 */
const DEPLOYED_TAG = 'mtls-truststore-deployed';
/** ListObjectVersions pages read at most (1,000 versions each). */
const MAX_VERSION_PAGES = 20;
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
        const provenance = provenanceOf(out.Metadata);
        return {
            bytes,
            ...(provenance ? { provenance } : {}),
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
            ...(metadataOf(options.provenance) ? { Metadata: metadataOf(options.provenance) } : {}),
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
    /** This key's versions, newest first as S3 lists them; delete markers are left out. */
    async listVersions() {
        const { bucket, key } = this.location;
        const out = [];
        let marker = {};
        for (let page = 0; page < MAX_VERSION_PAGES; page++) {
            let listed;
            try {
                // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html (s3:ListBucketVersions)
                listed = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .ListObjectVersionsCommand */ .uc$({ Bucket: bucket, Prefix: key, ...marker }));
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateS3Error */ .PS)(error, this.call('s3:ListBucketVersions', 'list the versions of the truststore', true));
            }
            for (const v of listed.Versions ?? []) {
                if (v.Key !== key || !v.VersionId)
                    continue;
                out.push({
                    versionId: v.VersionId,
                    ...(v.LastModified ? { lastModified: v.LastModified.toISOString() } : {}),
                });
            }
            // Keys come in order: a page that reached a later key holds all of this key's versions.
            const past = (listed.Versions ?? []).some((v) => (v.Key ?? '') > key);
            if (!listed.IsTruncated || past)
                break;
            marker = { KeyMarker: listed.NextKeyMarker, VersionIdMarker: listed.NextVersionIdMarker };
        }
        return out;
    }
    /** When deploy recorded `versionId` as deployed (DEPLOYED_TAG); undefined when it did not, or the version is gone. */
    async deployedAt(versionId) {
        let tags;
        try {
            tags = await this.tagSet(versionId);
        }
        catch (error) {
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
            if (code === 'NoSuchVersion' || code === 'NoSuchKey' || (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 405)
                return undefined;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateS3Error */ .PS)(error, this.call('s3:GetObjectVersionTagging', `read the tags of version ${versionId}`));
        }
        const value = tags.find((t) => t.Key === DEPLOYED_TAG)?.Value?.trim() ?? '';
        const space = value.indexOf(' ');
        // Only a tag that names this very version: a copy of a deployed version carries the original's.
        return space > 0 && value.slice(space + 1) === versionId ? value.slice(0, space) : undefined;
    }
    /**
     * Records that every target was rolled to `versionId` and stayed there: DEPLOYED_TAG, merged with
     * the version's other tags (a lifecycle rule may filter on them). Never throws: the deploy is done
     * by then, so a failure is the warning it returns, naming the permission to add.
     */
    async markDeployed(versionId, at) {
        const { bucket, key } = this.location;
        let step = this.call('s3:GetObjectVersionTagging', `read the tags of version ${versionId}`);
        try {
            const kept = (await this.tagSet(versionId)).filter((t) => t.Key !== DEPLOYED_TAG);
            step = this.call('s3:PutObjectVersionTagging', `tag version ${versionId} as deployed`);
            const TagSet = [...kept, { Key: DEPLOYED_TAG, Value: `${at.toISOString()} ${versionId}` }];
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .PutObjectTaggingCommand */ .nVn({ Bucket: bucket, Key: key, VersionId: versionId, Tagging: { TagSet } }));
            return undefined;
        }
        catch (error) {
            return `version ${versionId} is deployed, but it could not be recorded as deployed (tag ${DEPLOYED_TAG}), so the audit cannot tell a pin put back later (pin-reverted): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .translateS3Error */ .PS)(error, step).message}`;
        }
    }
    async tagSet(versionId) {
        const { bucket, key } = this.location;
        // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html (s3:GetObjectVersionTagging)
        const out = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectTaggingCommand */ .u4b({ Bucket: bucket, Key: key, VersionId: versionId }));
        return out?.TagSet ?? [];
    }
}
//# sourceMappingURL=truststore-object.js.map

/***/ }),

/***/ 8552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ awsFor)
/* harmony export */ });
/* unused harmony export requireRegion */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6933);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6762);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66);
/**
 * Where the online stages reach AWS: the region and the SDK clients. Loaded only by the stages
 * that call AWS (plan, deploy, audit, diagnose), so that validate never loads the AWS SDK.
 */



/**
 * The AWS region of every online stage, found like the AWS CLI finds it: the aws-region input (or
 * flag), AWS_REGION, AWS_DEFAULT_REGION (settings.awsRegion), then the `region` of the profile
 * AWS_PROFILE names (else `default`) in the shared config and credentials files. Else the one
 * bad-input error that says what was tried and where to set it, for a terminal or a runner.
 */
async function requireRegion(settings) {
    if (settings.awsRegion)
        return settings.awsRegion;
    const context = (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .awsContext */ .Zi)(settings.environment);
    const profile = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedProfile */ .NA)(context);
    if (profile.region)
        return profile.region;
    if (context.profile && !profile.exists)
        throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .profileNotFound */ .X5)(context));
    const name = context.profile ?? 'default';
    const tried = `AWS_REGION, AWS_DEFAULT_REGION and the region of profile '${name}' in ${context.configName}`;
    throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(context.terminal
        ? `no AWS region: set --aws-region or AWS_REGION, or region in profile '${name}' (aws configure --profile ${name}); tried --aws-region, ${tried}`
        : `no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION); tried the aws-region input, ${tried}`);
}
/** The region and the clients of a stage that calls AWS (tests inject the clients). */
async function awsFor(settings, deps) {
    const region = await requireRegion(settings);
    return { region, clients: (deps.clients ?? _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClients */ .Gv)(region, settings.environment) };
}
//# sourceMappingURL=region.js.map

/***/ })

};
