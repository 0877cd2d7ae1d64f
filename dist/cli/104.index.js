export const id = 104;
export const ids = [104];
export const modules = {

/***/ 6762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Gy: () => (/* binding */ AwsError),
/* harmony export */   PS: () => (/* binding */ translateS3Error),
/* harmony export */   fZ: () => (/* binding */ translateGatewayError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports credentialsProblem, unreachableAt, domainArn */
/**
 * Turns AWS SDK errors into one sentence that names the fix: the IAM action and resource for an
 * access denial, the input to change for a missing bucket or domain, the step to re-run for
 * expired credentials. The SDK's own message is kept at the end for the details.
 */
/** An AWS call failed; `code` is the AWS error code (`AccessDenied`, `NotFoundException`, ...). */
class AwsError extends Error {
    code;
    status;
    name = 'AwsError';
    constructor(message, code, status) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
function errorCode(error) {
    const e = error;
    return (typeof e?.Code === 'string' && e.Code) || (typeof e?.name === 'string' && e.name) || 'Error';
}
function httpStatus(error) {
    return error?.$metadata?.httpStatusCode;
}
function sdkMessage(error) {
    const m = error?.message;
    return typeof m === 'string' && m.length > 0 ? m : String(error);
}
function attempts(error) {
    const n = error?.$metadata?.attempts;
    return n && n > 1 ? ` after ${n} attempts` : '';
}
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const REJECTED = new Set([
    'InvalidAccessKeyId',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'SignatureDoesNotMatch',
    'InvalidToken',
    'InvalidSignatureException',
]);
/** Credential problems look the same on every service; undefined when the error is something else. */
function credentialsProblem(error) {
    const code = errorCode(error);
    const message = sdkMessage(error);
    if (EXPIRED.has(code) ||
        /security token included in the request is expired|token has expired/i.test(message)) {
        return new AwsError(`the AWS credentials have expired (${code}): run aws-actions/configure-aws-credentials right before this step, and raise its role-duration-seconds if a deploy (up to wait-timeout-seconds per domain) outlives the session`, 'ExpiredToken', httpStatus(error));
    }
    if (code === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
        return new AwsError('no AWS credentials were found: add aws-actions/configure-aws-credentials (role-to-assume, with `permissions: id-token: write`) before this step', 'CredentialsProviderError');
    }
    if (REJECTED.has(code)) {
        return new AwsError(`AWS rejected the credentials (${code}): check the aws-actions/configure-aws-credentials step (role, account, region) (${message})`, code, httpStatus(error));
    }
    return undefined;
}
/** Errors of the network itself (node's error codes), before any AWS service answered. */
const UNREACHABLE = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'TimeoutError',
]);
/** Where the request went, as node's network error says it (host:port, or the host it could not resolve). */
function unreachableAt(error) {
    const e = error;
    const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : '';
    if (!UNREACHABLE.has(code))
        return undefined;
    if (typeof e.address === 'string')
        return `${e.address}${typeof e.port === 'number' ? `:${e.port}` : ''} (${code})`;
    if (typeof e.hostname === 'string')
        return `${e.hostname} (${code})`;
    return `its endpoint (${code})`;
}
function isServerSide(error) {
    const status = httpStatus(error);
    return error?.$fault === 'server' || (status !== undefined && status >= 500);
}
function translateS3Error(error, call) {
    const creds = credentialsProblem(error);
    if (creds)
        return creds;
    const code = errorCode(error);
    const status = httpStatus(error);
    const said = sdkMessage(error);
    const unreachable = unreachableAt(error);
    if (unreachable) {
        return new AwsError(`could not reach S3 at ${unreachable} to ${call.doing}${attempts(error)}: check the network, region and endpoint (aws-region, AWS_ENDPOINT_URL_S3, proxy settings) and re-run`, 'Unreachable', status);
    }
    if (code === 'NoSuchBucket') {
        return new AwsError(`bucket ${call.bucket} does not exist: check truststore-uri (${call.uri}) and aws-region, or create the bucket with versioning enabled`, code, status);
    }
    if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301) {
        return new AwsError(`bucket ${call.bucket} is in another region than aws-region: set aws-region to the bucket's region (${said})`, code, status);
    }
    if (code === 'PreconditionFailed' || code === 'ConditionalRequestConflict' || status === 412) {
        return new AwsError(`the live truststore changed since this plan (${code} on ${call.uri}): someone else wrote it; re-run the job to plan against the new version`, code, status);
    }
    if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
        const kms = /kms/i.test(said)
            ? ' The object is encrypted with KMS: also allow kms:Decrypt (reads) and kms:GenerateDataKey (writes) on the key.'
            : '';
        return new AwsError(`access denied: ${call.action} on ${call.resource} is needed to ${call.doing}: allow it in the policy of the role this job assumes (and check the bucket policy for a Deny).${kms} (${said})`, code, status);
    }
    if (isServerSide(error)) {
        return new AwsError(`S3 failed to ${call.doing} (${code}, HTTP ${status ?? '?'})${attempts(error)}: an AWS-side problem; re-run the job (${said})`, code, status);
    }
    return new AwsError(`S3 refused to ${call.doing} ${call.uri} (${code}): ${said}`, code, status);
}
function domainArn(region, domainName) {
    return `arn:aws:apigateway:${region}::/domainnames/${domainName}`;
}
function translateGatewayError(error, call) {
    const creds = credentialsProblem(error);
    if (creds)
        return creds;
    const code = errorCode(error);
    const status = httpStatus(error);
    const said = sdkMessage(error);
    const unreachable = unreachableAt(error);
    if (unreachable) {
        return new AwsError(`could not reach API Gateway at ${unreachable} to ${call.doing} for ${call.domainName}${attempts(error)}: check the network, region and endpoint (aws-region, AWS_ENDPOINT_URL_API_GATEWAY, proxy settings) and re-run`, 'Unreachable', status);
    }
    if (code === 'AccessDeniedException' || code === 'AccessDenied' || status === 403) {
        // API Gateway reads the truststore with the caller's permissions when a domain is updated.
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
        const s3 = /s3/i.test(said)
            ? ' API Gateway reads the truststore as the caller: also allow s3:GetObject and s3:GetObjectVersion on the truststore object.'
            : '';
        return new AwsError(`access denied: ${call.action} on ${domainArn(call.region, call.domainName)} is needed to ${call.doing}: allow it in the policy of the role this job assumes.${s3} (${said})`, code, status);
    }
    if (code === 'NotFoundException' || status === 404) {
        return new AwsError(`custom domain name ${call.domainName} does not exist in ${call.region}: check domain-names and aws-region (mutual TLS needs a public Regional custom domain name) (${said})`, code, status);
    }
    if (code === 'ConflictException') {
        return new AwsError(`custom domain name ${call.domainName} is being changed by another operation (${said}): wait until it is AVAILABLE and re-run`, code, status);
    }
    if (code === 'TooManyRequestsException' || code === 'LimitExceededException' || status === 429) {
        return new AwsError(`API Gateway kept throttling ${call.doing} for ${call.domainName}${attempts(error)}: another job is calling API Gateway in this account; re-run later (${said})`, code, status);
    }
    if (isServerSide(error)) {
        return new AwsError(`API Gateway failed to ${call.doing} for ${call.domainName} (${code}, HTTP ${status ?? '?'})${attempts(error)}: an AWS-side problem; re-run the job (${said})`, code, status);
    }
    return new AwsError(`API Gateway refused to ${call.doing} for ${call.domainName} (${code}): ${said}`, code, status);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 8104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureReasonOf: () => (/* binding */ failureReasonOf)
/* harmony export */ });
/* unused harmony export ReasonedError */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6762);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3152);
/**
 * Why a run failed, as the `failure-reason` output: a workflow can branch on it (retry on
 * `conflict`, page someone on `warnings`, ...) without parsing messages. Empty on success.
 */


/** An error that knows its failure reason. */
class ReasonedError extends Error {
    reason;
    name = 'ReasonedError';
    constructor(message, reason) {
        super(message);
        this.reason = reason;
    }
}
/** S3 answers these when the object changed (or vanished) between the plan and the upload. */
const CONFLICT_CODES = new Set(['PreconditionFailed', 'ConditionalRequestConflict', 'ObjectDeleted']);
function failureReasonOf(error) {
    const reason = error?.reason;
    if (typeof reason === 'string' && reason !== '')
        return reason;
    if (error instanceof _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
        return 'invalid-input';
    if (error instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy) {
        if (CONFLICT_CODES.has(error.code) || error.status === 412)
            return 'conflict';
        if (error.code === 'InvalidInput')
            return 'invalid-input';
        return 'aws-error';
    }
    return 'error';
}
//# sourceMappingURL=failure.js.map

/***/ })

};
