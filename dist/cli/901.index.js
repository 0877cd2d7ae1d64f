export const id = 901;
export const ids = [901];
export const modules = {

/***/ 6345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d_: () => (/* binding */ DAY),
  n_: () => (/* binding */ certificateExpiry),
  _3: () => (/* binding */ days),
  $o: () => (/* binding */ judgeLiveState),
  Cy: () => (/* binding */ liveVersionOf)
});

// UNUSED EXPORTS: list

// EXTERNAL MODULE: ./lib/audit/lifecycle.js
var lifecycle = __webpack_require__(5563);
// EXTERNAL MODULE: ./lib/audit/problems.js
var audit_problems = __webpack_require__(187);
;// CONCATENATED MODULE: ./lib/audit/reverted.js

/** Where the recipes live (the same page plan and deploy name for a CloudFormation stack). */
const RECIPES = 'docs/infrastructure-as-code.md (mtls-truststore-action)';
function day(iso) {
    return iso ? iso.slice(0, 10) : '';
}
/** " on 2030-01-02, commit abc123def456, pull request #7": what is known of the deployed version. */
function deployedText(facts, deployed) {
    const version = facts.latest?.versionId === deployed.versionId ? facts.latest : facts.pinned.get(deployed.versionId);
    const from = version?.provenance;
    return [
        day(deployed.at) ? ` on ${day(deployed.at)}` : '',
        from?.commit ? `, commit ${from.commit.slice(0, 12)}` : '',
        from?.pullRequest !== undefined ? `, pull request #${from.pullRequest}` : '',
    ].join('');
}
/** One error per target pinned to a version older than the newest deployed one. */
function revertedPins(facts) {
    const deployed = facts.deployRecord?.deployed;
    if (!facts.deployRecord || !deployed)
        return [];
    const order = new Map(facts.deployRecord.versions.map((v, i) => [v.versionId, i]));
    const newest = order.get(deployed.versionId);
    if (newest === undefined)
        return [];
    const out = [];
    for (const d of facts.domains) {
        const pin = d.truststoreVersion;
        if (!d.mtlsEnabled || d.truststoreUri !== facts.location.uri || pin === undefined)
            continue;
        const at = order.get(pin);
        // A version S3 no longer has is pinned-version-missing; a newer one is not a step back.
        if (at === undefined || at <= newest)
            continue;
        const uploaded = day(facts.deployRecord.versions[at]?.lastModified);
        out.push((0,audit_problems/* problem */.CC)('pin-reverted', d.domainName, `custom domain name ${d.domainName} is pinned to version ${pin} of ${facts.location.uri}${uploaded ? ` (uploaded ${uploaded})` : ''}, older than version ${deployed.versionId} that this action deployed${deployedText(facts, deployed)}: something pinned it back after that deploy, usually an infrastructure-as-code apply (Terraform, CloudFormation) that manages truststoreVersion, and clients meet the older truststore. Stop the tool from managing truststoreVersion (recipes in ${RECIPES}), then re-run the deploy to pin ${deployed.versionId} again; if the older truststore is meant to stay, bring ca-files back to it and deploy.`));
    }
    return out;
}
//# sourceMappingURL=reverted.js.map
;// CONCATENATED MODULE: ./lib/audit/checks.js



const DAY = 86_400_000;
function list(names) {
    return names.join(', ');
}
function pinnedBy(facts) {
    const groups = new Map();
    for (const d of facts.domains) {
        if (d.truststoreVersion === undefined || d.truststoreVersion === 'null')
            continue;
        groups.set(d.truststoreVersion, [...(groups.get(d.truststoreVersion) ?? []), d.domainName]);
    }
    return groups;
}
/** The versions whose content clients meet: the pinned ones, or the latest when no domain is listed. */
function audited(facts) {
    const groups = pinnedBy(facts);
    const out = [];
    for (const [versionId, domains] of groups) {
        const version = facts.pinned.get(versionId);
        if (version)
            out.push({ versionId, version, domains });
    }
    if (facts.domains.length === 0 && facts.latest?.versionId !== undefined) {
        out.push({ versionId: facts.latest.versionId, version: facts.latest, domains: [] });
    }
    return out;
}
function who(domains) {
    if (domains.length === 0)
        return { domain: null, text: 'the latest version (no domain listed)' };
    return { domain: domains.length === 1 ? domains[0] : null, text: `pinned by ${list(domains)}` };
}
function days(ms) {
    const n = Math.floor(Math.abs(ms) / DAY);
    return `${n} day${n === 1 ? '' : 's'}`;
}
/**
 * Expired and expiring CA certificates: `at` says where each one is (which version, which target),
 * `domain` is the target the problems are about.
 */
function certificateExpiry(certificates, at, domain, context) {
    const out = [];
    const now = context.now.getTime();
    const limit = now + context.expiryWarningDays * DAY;
    for (const c of certificates) {
        const end = c.notAfter.getTime();
        if (end <= now) {
            out.push((0,audit_problems/* problem */.CC)('ca-expired', domain, `CA certificate ${at(c)} expired on ${c.notAfter.toISOString().slice(0, 10)} (${days(now - end)} ago): clients it issued are refused; replace or remove it in ca-files and deploy`));
        }
        else if (end <= limit) {
            out.push((0,audit_problems/* problem */.CC)('ca-expiring', domain, `CA certificate ${at(c)} expires on ${c.notAfter.toISOString().slice(0, 10)} (in ${days(end - now)}): add its successor to ca-files and deploy before then`));
        }
    }
    return out;
}
function expiry(facts) {
    return audited(facts).flatMap(({ versionId, version, domains }) => {
        const { domain, text } = who(domains);
        return certificateExpiry(version.analysis.entries.map((e) => e.certificate), (c) => `${c.subject} (SHA-256 ${c.fingerprint.slice(0, 16)}…) in version ${versionId}, ${text}`, domain, facts);
    });
}
function drift(facts) {
    const out = [];
    const groups = pinnedBy(facts);
    if (groups.size > 1) {
        out.push((0,audit_problems/* problem */.CC)('versions-differ', null, `the domains are pinned to ${groups.size} different versions (${[...groups]
            .map(([v, names]) => `${list(names)} on ${v}`)
            .join('; ')}): clients meet different truststores depending on the domain; run deploy to roll every domain to one version`));
    }
    const latest = facts.latest?.versionId;
    if (latest !== undefined && facts.domains.length > 0 && !groups.has(latest)) {
        out.push((0,audit_problems/* problem */.CC)('latest-not-pinned', null, `the latest version ${latest} of ${facts.location.uri} is pinned by no domain: a deploy stopped or was rolled back, or someone wrote the object by hand; run deploy to roll the domains, or restore the object to the reviewed version`));
    }
    if (facts.latest === undefined) {
        out.push((0,audit_problems/* problem */.CC)('truststore-missing', null, `${facts.location.uri} has no current version (never written, or deleted: a delete marker is on top): the next deploy starts from nothing; run deploy, or remove the delete marker`));
    }
    return out;
}
function checks_lifecycle(facts) {
    if (typeof facts.lifecycle === 'string')
        return [(0,audit_problems/* problem */.CC)('lifecycle-unreadable', null, facts.lifecycle)];
    const out = [];
    const groups = pinnedBy(facts);
    for (const [versionId, domains] of groups) {
        const version = facts.pinned.get(versionId);
        if (!version)
            continue;
        const current = versionId === facts.latest?.versionId;
        const threats = (0,lifecycle/* lifecycleThreats */.s)(facts.lifecycle, {
            key: facts.location.key,
            size: version.bytes.length,
            current,
            tags: facts.versionTags.has(versionId) ? facts.versionTags.get(versionId) : [],
        });
        const { domain } = who(domains);
        for (const t of threats) {
            const subject = `version ${versionId} of ${facts.location.uri} (pinned by ${list(domains)}${current ? ', the current version' : ', noncurrent'})`;
            const fix = 'exclude the truststore key from the rule (a prefix or tag filter), or lengthen its days beyond how long a version stays pinned; a deleted pinned version breaks the next update of the domain and any rollback to it';
            // https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html
            if (t.certainty === 'possible') {
                out.push((0,audit_problems/* problem */.CC)('lifecycle-may-expire-pinned', domain, `${t.what}, and may apply to ${subject}: its filter has tags and the version's tags could not be read (allow s3:GetObjectVersionTagging to be sure); ${fix}`));
            }
            else {
                out.push((0,audit_problems/* problem */.CC)(t.effect === 'delete' ? 'lifecycle-expires-pinned' : 'lifecycle-expires-current', domain, `${t.what}, and applies to ${subject}: ${fix}`));
            }
        }
    }
    return out;
}
function repository(facts) {
    if (!facts.desired) {
        return [
            (0,audit_problems/* problem */.CC)('repository-invalid', null, 'the CA files in the repository (ca-files) do not validate, so they cannot be compared with what is live: fix the errors reported above'),
        ];
    }
    const desired = new Set(facts.desired.entries.map((e) => e.certificate.fingerprint));
    const out = [];
    for (const { versionId, version, domains } of audited(facts)) {
        const live = new Set(version.analysis.entries.map((e) => e.certificate.fingerprint));
        const added = [...desired].filter((f) => !live.has(f)).length;
        const removed = [...live].filter((f) => !desired.has(f)).length;
        if (added + removed === 0)
            continue;
        const { domain, text } = who(domains);
        out.push((0,audit_problems/* problem */.CC)('repository-differs', domain, `the CA files in the repository differ from version ${versionId}, ${text}: ${added} CA certificate${added === 1 ? '' : 's'} in the repository are not live, ${removed} live one${removed === 1 ? ' is' : 's are'} not in the repository (a merge that was never deployed, or the object changed by hand); run deploy, or bring ca-files in line with what is live`));
    }
    return out;
}
/** The version clients meet: the one most targets pin, else the latest. */
function liveVersionOf(facts) {
    const counts = new Map();
    for (const d of facts.domains) {
        if (d.truststoreVersion)
            counts.set(d.truststoreVersion, (counts.get(d.truststoreVersion) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return (top !== undefined ? facts.pinned.get(top) : undefined) ?? facts.latest;
}
/**
 * The verdict: the common checks and the targets' own problems. Healthy means no problem of any
 * severity: a warning today is an outage in expiry-warning-days.
 */
function judgeLiveState(facts, targetProblems) {
    const problems = facts.versioningProblem
        ? [(0,audit_problems/* problem */.CC)('versioning-not-enabled', null, facts.versioningProblem)]
        : [];
    problems.push(...targetProblems, ...expiry(facts), ...drift(facts), ...revertedPins(facts), ...checks_lifecycle(facts), ...repository(facts));
    const sorted = (0,audit_problems/* sortProblems */.dS)(problems);
    return { healthy: sorted.length === 0, problems: sorted };
}
//# sourceMappingURL=checks.js.map

/***/ }),

/***/ 5563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ needsTags),
/* harmony export */   s: () => (/* binding */ lifecycleThreats)
/* harmony export */ });
/**
 * Which S3 lifecycle rules can delete a truststore version a domain is pinned to. Pure: the rules
 * come from GetBucketLifecycleConfiguration, already mapped to this model by src/aws/lifecycle.ts.
 *
 * A rule applies to an object when every condition of its filter holds (prefix, each tag, size
 * bounds); an empty filter applies to every object in the bucket.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html
 * In a versioned bucket, Expiration only puts a delete marker over the current version (which then
 * becomes noncurrent); NoncurrentVersionExpiration permanently deletes noncurrent versions.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html
 */
/** Whether the prefix and size conditions of a filter hold (tags are checked apart). */
function matchesWithoutTags(filter, v) {
    if (filter.prefix !== undefined && !v.key.startsWith(filter.prefix))
        return false;
    if (filter.sizeGreaterThan !== undefined && !(v.size > filter.sizeGreaterThan))
        return false;
    if (filter.sizeLessThan !== undefined && !(v.size < filter.sizeLessThan))
        return false;
    return true;
}
function tagsMatch(filter, v) {
    if (filter.tags.length === 0)
        return true;
    if (v.tags === undefined)
        return undefined;
    const tags = v.tags;
    return filter.tags.every((want) => tags.some((t) => t.key === want.key && t.value === want.value));
}
/** True when a rule could need the version's tags to decide (so the adapter reads them). */
function needsTags(rules, v) {
    return rules.some((r) => r.enabled && r.filter.tags.length > 0 && deletes(r, v.current) && matchesWithoutTags(r.filter, v));
}
function deletes(rule, current) {
    if (!current)
        return rule.noncurrentDays !== undefined;
    return rule.expirationDays !== undefined || rule.expirationDate !== undefined;
}
function ruleName(rule) {
    return rule.id ? `lifecycle rule "${rule.id}"` : 'an unnamed lifecycle rule';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** The rules that will (or, with unreadable tags, may) remove this version. */
function lifecycleThreats(rules, v) {
    const threats = [];
    for (const rule of rules) {
        if (!rule.enabled || !deletes(rule, v.current) || !matchesWithoutTags(rule.filter, v))
            continue;
        const tags = tagsMatch(rule.filter, v);
        if (tags === false)
            continue;
        const certainty = tags === undefined ? 'possible' : 'certain';
        const keep = rule.newerNoncurrentVersions !== undefined
            ? ` once ${plural(rule.newerNoncurrentVersions, 'newer noncurrent version')} exist (S3 keeps that many)`
            : '';
        if (!v.current && rule.noncurrentDays !== undefined) {
            threats.push({
                rule,
                certainty,
                effect: 'delete',
                what: `${ruleName(rule)} permanently deletes noncurrent versions ${plural(rule.noncurrentDays, 'day')} after they become noncurrent${keep}`,
            });
            continue;
        }
        if (v.current && (rule.expirationDays !== undefined || rule.expirationDate !== undefined)) {
            const when = rule.expirationDays !== undefined
                ? `${plural(rule.expirationDays, 'day')} after it was written`
                : `on ${rule.expirationDate?.slice(0, 10)}`;
            const then = rule.noncurrentDays !== undefined
                ? `, and the same rule permanently deletes it ${plural(rule.noncurrentDays, 'day')} later${keep}`
                : '';
            threats.push({
                rule,
                certainty,
                effect: rule.noncurrentDays !== undefined ? 'delete' : 'delete-marker',
                what: `${ruleName(rule)} expires the current version ${when} (S3 puts a delete marker over it)${then}`,
            });
        }
    }
    return threats;
}
//# sourceMappingURL=lifecycle.js.map

/***/ }),

/***/ 187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ problem),
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   zB: () => (/* binding */ PROBLEM_CODES)
/* harmony export */ });
/**
 * What the audit reports: one problem per thing wrong with what is live, each with a code the
 * README documents and the fix in the message. Plain data, rendered by reporters.
 */
/** Every code the audit can report, with its severity; README "Audit problems" lists each one. */
const PROBLEM_CODES = {
    'ca-expired': 'error',
    'ca-expiring': 'warning',
    'truststore-warnings': 'error',
    'versions-differ': 'warning',
    'latest-not-pinned': 'warning',
    'version-unpinned': 'warning',
    'pinned-version-missing': 'error',
    'pin-reverted': 'error',
    'lifecycle-expires-pinned': 'error',
    'lifecycle-may-expire-pinned': 'warning',
    'lifecycle-expires-current': 'warning',
    'lifecycle-unreadable': 'warning',
    'domain-failed': 'error',
    'domain-pending': 'error',
    'domain-missing': 'error',
    'domain-not-mutual-tls': 'error',
    'domain-other-truststore': 'error',
    'security-policy-enhanced': 'error',
    'cloudformation-managed': 'warning',
    'ownership-certificate-expired': 'error',
    'ownership-certificate-expiring': 'warning',
    'ownership-certificate-unreadable': 'warning',
    'trust-store-missing': 'error',
    'trust-store-drift': 'warning',
    'crl-expired': 'error',
    'versioning-not-enabled': 'error',
    'truststore-missing': 'error',
    'repository-differs': 'warning',
    'repository-invalid': 'error',
};
/** A problem with the severity its code has. */
function problem(code, domain, message) {
    return { severity: PROBLEM_CODES[code], code, domain, message };
}
/** Errors first, then warnings; otherwise in the order they were found. */
function sortProblems(problems) {
    const rank = (p) => (p.severity === 'error' ? 0 : 1);
    return problems
        .map((p, i) => ({ p, i }))
        .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
        .map(({ p }) => p);
}
//# sourceMappingURL=problems.js.map

/***/ }),

/***/ 6762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Gy: () => (/* binding */ AwsError),
/* harmony export */   PS: () => (/* binding */ translateS3Error),
/* harmony export */   UC: () => (/* binding */ sdkMessage),
/* harmony export */   X5: () => (/* binding */ profileNotFound),
/* harmony export */   _W: () => (/* binding */ unreachableAt),
/* harmony export */   bl: () => (/* binding */ unansweredCall),
/* harmony export */   fL: () => (/* binding */ isServerSide),
/* harmony export */   fZ: () => (/* binding */ translateGatewayError),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   r2: () => (/* binding */ attempts),
/* harmony export */   sL: () => (/* binding */ credentialsProblem)
/* harmony export */ });
/* unused harmony export domainArn */
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66);
/**
 * Turns AWS SDK errors into one sentence that names the fix: the IAM action and resource for an
 * access denial, the input to change for a missing bucket or domain, the step to re-run for
 * expired credentials. The SDK's own message is kept at the end for the details.
 */

/** S3 answers these when the object changed (or vanished) between the plan and the upload. */
const CONFLICT_CODES = new Set(['PreconditionFailed', 'ConditionalRequestConflict', 'ObjectDeleted']);
function reasonOf(code, status) {
    if (CONFLICT_CODES.has(code) || status === 412)
        return 'conflict';
    // Bad input too (exit 2 in the CLI): AWS's own "invalid input", a trust store ARN that names none.
    if (code === 'InvalidInput' || code === 'TrustStoreNotFound')
        return 'invalid-input';
    return 'aws-error';
}
/** An AWS call failed; `code` is the AWS error code (`AccessDenied`, `NotFoundException`, ...). */
class AwsError extends _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReasonedError */ .O$ {
    code;
    status;
    name = 'AwsError';
    constructor(message, code, status) {
        super(message, reasonOf(code, status));
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
const HOME_FILES = { configName: '~/.aws/config', credentialsName: '~/.aws/credentials' };
/** The codes of the AwsErrors below: an error already explained passes through unchanged. */
const EXPLAINED = /^(ExpiredToken|CredentialsProviderError|ProfileNotFound|SsoSession)$/;
function profileNotFound(context) {
    const where = `AWS profile '${context.profile}' not found in ${context.configName} or ${context.credentialsName}`;
    return context.terminal
        ? `${where}: check AWS_PROFILE (aws configure list-profiles)`
        : `${where}: check AWS_PROFILE in the workflow, or remove it and add aws-actions/configure-aws-credentials before this step`;
}
/** The error a credential provider threw: the profile is missing, its SSO session is over, or nothing was found. */
function providerProblem(message, context) {
    const profile = context.profile ?? 'default';
    if (context.profile && context.profileExists === false) {
        return new AwsError(profileNotFound(context), 'ProfileNotFound');
    }
    if (/aws sso login|SSO session|SSO token/i.test(message)) {
        const state = /expired|cannot refresh/i.test(message) ? 'has expired' : 'is not signed in';
        return new AwsError(context.terminal
            ? `the SSO session of profile '${profile}' ${state}: run aws sso login --profile ${profile}`
            : `the SSO session of profile '${profile}' ${state}: a runner cannot sign in to SSO; use aws-actions/configure-aws-credentials (role-to-assume) instead of AWS_PROFILE`, 'SsoSession');
    }
    if (!context.terminal) {
        return new AwsError('no AWS credentials were found: add aws-actions/configure-aws-credentials (role-to-assume, with `permissions: id-token: write`) before this step', 'CredentialsProviderError');
    }
    const files = `${context.configName} and ${context.credentialsName}`;
    const tried = context.profile
        ? `profile '${profile}' in ${files} (keys, SSO, credential_process; AWS_PROFILE set, so not AWS_ACCESS_KEY_ID)`
        : `the environment (AWS_ACCESS_KEY_ID), profile 'default' in ${files} (keys, SSO, credential_process)`;
    const fix = context.profile
        ? `run aws configure --profile ${profile} or aws sso login --profile ${profile}, or export another AWS_PROFILE`
        : 'run aws configure, aws sso login, or export AWS_PROFILE';
    return new AwsError(`no AWS credentials: tried ${tried}, web identity, and the container and instance roles: ${fix}`, 'CredentialsProviderError');
}
/** Credential problems look the same on every service; undefined when the error is something else. */
function credentialsProblem(error, context = { terminal: false, ...HOME_FILES }) {
    if (error instanceof AwsError)
        return EXPLAINED.test(error.code) || REJECTED.has(error.code) ? error : undefined;
    const code = errorCode(error);
    const message = sdkMessage(error);
    const profile = context.profile ? ` --profile ${context.profile}` : '';
    if (EXPIRED.has(code) ||
        /security token included in the request is expired|token has expired/i.test(message)) {
        return new AwsError(context.terminal
            ? `the AWS credentials have expired (${code}): refresh them (aws sso login${profile}, or export new keys) and run it again`
            : `the AWS credentials have expired (${code}): run aws-actions/configure-aws-credentials right before this step, and raise its role-duration-seconds if a deploy (up to wait-timeout-seconds per domain) outlives the session`, 'ExpiredToken', httpStatus(error));
    }
    if (/^(CredentialsProviderError|TokenProviderError)$/.test(code) ||
        /could not load credentials/i.test(message)) {
        return providerProblem(message, context);
    }
    if (REJECTED.has(code)) {
        return new AwsError(context.terminal
            ? `AWS rejected the credentials (${code}): check which identity they are (aws sts get-caller-identity${profile}) (${message})`
            : `AWS rejected the credentials (${code}): check the aws-actions/configure-aws-credentials step (role, account, region) (${message})`, code, httpStatus(error));
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
/**
 * What every service's translation starts with: a credential problem, or a network that never
 * reached `service` (`doing` is what the call was for; `endpointVariable` overrides its endpoint).
 * Undefined when the service answered, for the service's own codes.
 */
function unansweredCall(error, service, doing, endpointVariable) {
    const creds = credentialsProblem(error);
    if (creds)
        return creds;
    const unreachable = unreachableAt(error);
    if (unreachable) {
        return new AwsError(`could not reach ${service} at ${unreachable} to ${doing}${attempts(error)}: check the network, region and endpoint (aws-region, ${endpointVariable}, proxy settings) and re-run`, 'Unreachable', httpStatus(error));
    }
    return undefined;
}
function translateS3Error(error, call) {
    const unanswered = unansweredCall(error, 'S3', call.doing, 'AWS_ENDPOINT_URL_S3');
    if (unanswered)
        return unanswered;
    const code = errorCode(error);
    const status = httpStatus(error);
    const said = sdkMessage(error);
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
    const unanswered = unansweredCall(error, 'API Gateway', `${call.doing} for ${call.domainName}`, 'AWS_ENDPOINT_URL_API_GATEWAY');
    if (unanswered)
        return unanswered;
    const code = errorCode(error);
    const status = httpStatus(error);
    const said = sdkMessage(error);
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

/***/ 3901:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ TARGET_KINDS),
  t: () => (/* binding */ contractTargets)
});

// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/audit/checks.js + 1 modules
var checks = __webpack_require__(6345);
// EXTERNAL MODULE: ./lib/audit/problems.js
var problems = __webpack_require__(187);
;// CONCATENATED MODULE: ./lib/targets/api-gateway/health.js
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
;// CONCATENATED MODULE: ./lib/targets/api-gateway/infrastructure-as-code.js
const CLOUDFORMATION_STACK_TAG = 'aws:cloudformation:stack-name';
/** Where the recipes live, named in every message about infrastructure as code. */
const IAC_RECIPES = 'docs/infrastructure-as-code.md (mtls-truststore-action)';
/** The CloudFormation stack that manages the domain, from its tags; undefined when none says so. */
function cloudFormationStackOf(d) {
    const stack = d.tags?.[CLOUDFORMATION_STACK_TAG]?.trim();
    return stack ? stack : undefined;
}
/** The warning for a domain a CloudFormation stack manages, with the fix; undefined for any other. */
function cloudFormationNote(d) {
    const stack = cloudFormationStackOf(d);
    if (stack === undefined)
        return undefined;
    return {
        domainName: d.domainName,
        code: 'cloudformation-managed',
        message: `custom domain name ${d.domainName} belongs to CloudFormation stack ${stack} (tag ${CLOUDFORMATION_STACK_TAG}): if its template sets MutualTlsAuthentication TruststoreVersion, the stack's next update of the domain puts the template's truststore version back over the one this action pinned. Leave TruststoreVersion out of the template (SAM: Domain MutualTlsAuthentication; CDK: mtls without version) so that this action owns the pin: see "CloudFormation and SAM" in ${IAC_RECIPES}`,
    };
}
//# sourceMappingURL=infrastructure-as-code.js.map
;// CONCATENATED MODULE: ./lib/targets/api-gateway/audit.js
/**
 * What the audit checks of API Gateway custom domain names: their status and security policy,
 * whether they use this truststore and pin a version that exists, the warnings API Gateway
 * reports, and the ACM certificates that prove their ownership. Pure: the facts are read by
 * ./index.ts.
 */




/** API Gateway's own audit problems for each listed domain. */
function domainProblems(facts) {
    const out = [];
    for (const m of facts.missingDomains)
        out.push((0,problems/* problem */.CC)('domain-missing', m.domainName, m.message));
    for (const d of facts.domains) {
        const name = d.domainName;
        const state = domainStateProblem(d);
        if (state)
            out.push((0,problems/* problem */.CC)(state.code, name, state.message));
        if (isEnhancedSecurityPolicy(d.securityPolicy) && d.mtlsEnabled) {
            out.push((0,problems/* problem */.CC)('security-policy-enhanced', name, `custom domain name ${name} has mutual TLS but the enhanced security policy ${d.securityPolicy}, which API Gateway does not allow with mutual TLS: set its security policy to TLS_1_2 (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html)`));
        }
        if (!d.mtlsEnabled) {
            out.push((0,problems/* problem */.CC)('domain-not-mutual-tls', name, `custom domain name ${name} has no mutual TLS: clients are not asked for a certificate; enable mutual TLS with truststore ${facts.location.uri}, or remove it from domain-names`));
            continue;
        }
        if (d.truststoreUri !== facts.location.uri) {
            out.push((0,problems/* problem */.CC)('domain-other-truststore', name, `custom domain name ${name} uses truststore ${d.truststoreUri}, not ${facts.location.uri}: point it at ${facts.location.uri}, or audit its truststore in a separate step`));
            continue;
        }
        const managed = cloudFormationNote(d);
        if (managed)
            out.push((0,problems/* problem */.CC)('cloudformation-managed', name, managed.message));
        for (const w of d.warnings) {
            // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
            out.push((0,problems/* problem */.CC)('truststore-warnings', name, `API Gateway reports a truststore warning for ${name} on version ${d.truststoreVersion ?? '(unpinned)'}: ${w} — some clients may be refused; fix the certificate it names in ca-files and deploy`));
        }
        if (d.truststoreVersion === undefined || d.truststoreVersion === 'null') {
            out.push((0,problems/* problem */.CC)('version-unpinned', name, d.truststoreVersion === 'null'
                ? `custom domain name ${name} is pinned to version "null" (written before versioning was enabled), which any write replaces in place: run deploy to pin it to a real version`
                : `custom domain name ${name} pins no truststore version: API Gateway keeps whatever it loaded last, and a change of the object can reach it unreviewed; run deploy to pin it`));
        }
        else if (facts.pinned.get(d.truststoreVersion) === null) {
            out.push((0,problems/* problem */.CC)('pinned-version-missing', name, `custom domain name ${name} is pinned to version ${d.truststoreVersion} of ${facts.location.uri}, which S3 no longer has: the next update of the domain fails, and nothing can be rolled back to it; run deploy to pin a version that exists`));
        }
        const arn = d.ownershipVerificationCertificateArn;
        const cert = arn ? facts.ownershipCertificates.get(arn) : undefined;
        if (cert)
            out.push(...ownership(facts, name, cert));
    }
    return out;
}
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (ownership verification certificate)
function ownership(facts, name, cert) {
    if (cert.unreadable)
        return [(0,problems/* problem */.CC)('ownership-certificate-unreadable', name, cert.unreadable)];
    const now = facts.now.getTime();
    const end = cert.notAfter ? Date.parse(cert.notAfter) : undefined;
    const renew = cert.renewalEligibility === 'INELIGIBLE'
        ? " ACM reports it INELIGIBLE for managed renewal: request a new public certificate for the domain and set it as the domain's ownershipVerificationCertificateArn."
        : " Check its renewal in ACM (DNS validation records in place), or request a new one and set it as the domain's ownershipVerificationCertificateArn.";
    const what = `the ownership verification certificate ${cert.arn} of ${name}`;
    if (cert.missing) {
        return [
            (0,problems/* problem */.CC)('ownership-certificate-expired', name, `${what} does not exist in ACM: API Gateway cannot verify ownership, and the domain becomes PENDING_OWNERSHIP_VERIFICATION.${renew}`),
        ];
    }
    if (cert.status === 'EXPIRED' || cert.status === 'REVOKED' || (end !== undefined && end <= now)) {
        return [
            (0,problems/* problem */.CC)('ownership-certificate-expired', name, `${what} is ${cert.status === 'REVOKED' ? 'revoked' : `expired${end !== undefined ? ` (since ${new Date(end).toISOString().slice(0, 10)})` : ''}`}: updates of the domain fail until it is replaced.${renew}`),
        ];
    }
    if (end !== undefined && end <= now + facts.expiryWarningDays * checks/* DAY */.d_) {
        return [
            (0,problems/* problem */.CC)('ownership-certificate-expiring', name, `${what} expires on ${new Date(end).toISOString().slice(0, 10)} (in ${(0,checks/* days */._3)(end - now)}).${renew}`),
        ];
    }
    return [];
}
/** The whole verdict on an audit of domains: the common checks and the domains' own. */
function assessLiveState(facts) {
    return judgeLiveState(facts, domainProblems(facts));
}
//# sourceMappingURL=audit.js.map
;// CONCATENATED MODULE: ./lib/targets/shell.js
/** Commands printed for a person to paste into a POSIX shell. */
/** A word for a POSIX shell: bare when it is safe, else single-quoted (a wildcard domain `*.example.com`). */
function shellWord(word) {
    return /^[\w.,:=/@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
//# sourceMappingURL=shell.js.map
;// CONCATENATED MODULE: ./lib/targets/api-gateway/shell.js
/** Commands printed for a person to paste into a POSIX shell. */


/** The command that pins a domain to a truststore version by hand (after a failed rollback). */
function restoreCommand(region, domainName, versionId) {
    const patch = `op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=${versionId}`;
    return `aws apigateway update-domain-name --region ${shellWord(region)} --domain-name ${shellWord(domainName)} --patch-operations ${shellWord(patch)}`;
}
//# sourceMappingURL=shell.js.map
;// CONCATENATED MODULE: ./lib/targets/api-gateway/index.js
/**
 * API Gateway custom domain names as a target kind: `domain-names` lists them, each pins a version
 * of the truststore object through its mutual TLS settings, UpdateDomainName rolls it, and the
 * probe connects to the domain itself.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
 */






/** What the plan shows of a domain: DomainState only, the extra details stay here. */
function stateOf(d) {
    const { endpointTypes: _e, statusMessage: _s, securityPolicy: _p, ownershipVerificationCertificateArn: _o, tags: _t, ...state } = d;
    return state;
}
/** Why a domain cannot use this truststore at all, one sentence with the fix. */
function unusableDomain(d, location) {
    const policy = securityPolicyProblem(d);
    if (policy)
        return policy;
    if (!d.mtlsEnabled) {
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html (Regional custom domains only)
        const why = d.endpointTypes.includes('EDGE')
            ? ' (it is edge-optimized: API Gateway supports mutual TLS only on Regional custom domain names)'
            : d.endpointTypes.includes('PRIVATE')
                ? ' (it is private: private custom domain names do not support mutual TLS)'
                : '';
        return `custom domain name ${d.domainName} has no mutual TLS${why}: enable mutual TLS on it with truststore ${location.uri}, or remove it from domain-names`;
    }
    if (d.truststoreUri !== location.uri) {
        return `custom domain name ${d.domainName} uses truststore ${d.truststoreUri}, not ${location.uri}: set truststore-uri to the domain's truststore, or list in domain-names only the domains that use ${location.uri}`;
    }
    return undefined;
}
/**
 * The SDK wrapper, loaded on first use: the registry of kinds is imported by validate and the
 * contract, which must not load the AWS SDK.
 */
async function gatewayOf(context, paced) {
    const { DomainGateway } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(818), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 9959));
    const { settings, clients, region, clock, log } = context;
    if (!paced)
        return DomainGateway.reader(clients.apiGateway, region, clock);
    return new DomainGateway(clients.apiGateway, {
        region,
        clock,
        updateIntervalMs: settings.domainUpdateIntervalSeconds * 1000,
        pollIntervalMs: settings.pollIntervalSeconds * 1000,
        timeoutMs: settings.waitTimeoutSeconds * 1000,
        log,
    });
}
function api_gateway_open(context) {
    // One paced gateway per session: its spacing of UpdateDomainName calls spans every domain.
    let paced;
    const gateway = () => {
        paced ??= gatewayOf(context, true);
        return paced;
    };
    const uri = context.settings.truststoreUri;
    const location = uri === undefined ? undefined : (0,diff.parseTruststoreUri)(uri);
    return {
        async read(name) {
            const d = await (await gateway()).describe(name);
            const unusable = location && unusableDomain(d, location);
            const blocked = domainStateProblem(d);
            const managed = cloudFormationNote(d);
            return {
                state: stateOf(d),
                ...(unusable ? { unusable } : {}),
                ...(blocked ? { blocked: { status: d.status ?? '', message: blocked.message } } : {}),
                ...(managed ? { notes: [managed] } : {}),
            };
        },
        async waitUntilReady(name) {
            await (await gateway()).waitUntilAvailable(name);
        },
        apply: async (name, versionId) => (await gateway()).pinVersion(name, versionId),
        probeHost: (name) => name,
        restoreCommand: (name, versionId) => restoreCommand(context.region, name, versionId),
    };
}
async function audit(context, names, limiter) {
    const gateway = await gatewayOf(context, false);
    const described = await limiter.map(names, async (name) => {
        try {
            return await gateway.describe(name);
        }
        catch (error) {
            if ((0,errors/* errorCode */.CA)(error) === 'NotFoundException')
                return { missing: error.message };
            throw error;
        }
    });
    const domains = described.filter((d) => !('missing' in d));
    const missingDomains = described.flatMap((d, i) => 'missing' in d ? [{ domainName: names[i], message: d.missing }] : []);
    const arns = [
        ...new Set(domains.map((d) => d.ownershipVerificationCertificateArn).filter((a) => !!a)),
    ];
    let certificates = [];
    if (arns.length > 0) {
        // The ACM client loads only here: no other mode, and no audit without such a domain, needs it.
        const acm = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(490), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 8812));
        const reader = new acm.OwnershipCertificates(acm.createAcmClient, context.region);
        certificates = await limiter.map(arns, (arn) => reader.describe(arn));
    }
    const ownershipCertificates = new Map(certificates.map((c) => [c.arn, c]));
    return {
        states: domains,
        problems: (common) => domainProblems({
            ...common,
            domains,
            missingDomains,
            ownershipCertificates,
            lifecycle: [],
            versionTags: new Map(),
        }),
    };
}
const apiGatewayDomains = {
    id: 'api-gateway',
    noun: 'custom domain name',
    readyStatus: 'AVAILABLE',
    names: (settings) => [...new Set(settings.domainNames)],
    contractName: (name) => name,
    open: api_gateway_open,
    audit,
};
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/pki/crl.js + 1 modules
var pki_crl = __webpack_require__(7044);
// EXTERNAL MODULE: ./lib/pki/index.js + 13 modules
var pki = __webpack_require__(5732);
// EXTERNAL MODULE: ./lib/settings/errors.js
var settings_errors = __webpack_require__(66);
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings = __webpack_require__(3152);
;// CONCATENATED MODULE: ./lib/targets/elb/index.js
/**
 * Elastic Load Balancing trust stores as a target kind: `elb-trust-store-arns` lists them. A trust
 * store loads the truststore object through ModifyTrustStore (bucket, key and an explicit object
 * version) and does not say later which version it loaded: the plan reads the bundle it serves
 * (GetTrustStoreCaCertificatesBundle) and the version this action tagged it with, and trusts the
 * tag only when that version holds the certificates served. Trust stores also carry revocation
 * lists, and the listeners that use them are shown in the plan.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html
 */









/** The SDK wrapper, loaded on first use (validate and the contract import the registry of kinds). */
async function storesOf(context) {
    const [{ TrustStores }, { createElbClient }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586), __webpack_require__.e(880)]).then(__webpack_require__.bind(__webpack_require__, 4880)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(818), __webpack_require__.e(711), __webpack_require__.e(586), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 7153)),
    ]);
    const { settings, region, clock, log } = context;
    return new TrustStores(createElbClient(region, settings.environment), {
        region,
        clock,
        log,
        pollIntervalMs: settings.pollIntervalSeconds * 1000,
        timeoutMs: settings.waitTimeoutSeconds * 1000,
    });
}
/** The region an ARN names (the settings checked its form). */
function regionOfTrustStore(arn) {
    return settings/* TRUST_STORE_ARN */.ZR.exec(arn)?.[1];
}
/** Why a trust store cannot be reached from this run, with the fix; undefined when it can. */
function unreachableTrustStore(arn, region) {
    const own = regionOfTrustStore(arn);
    if (own === undefined || own === region)
        return undefined;
    return `trust store ${arn} is in ${own}, and this run works in ${region}: set aws-region to ${own}, or list in elb-trust-store-arns only the trust stores of ${region} (run the action once per region)`;
}
/** What the plan shows of a trust store besides its certificates. */
function factsOf(d, listeners, revocations) {
    return [
        { label: 'Name', value: d.name },
        { label: 'Status', value: d.status },
        { label: 'CA certificates', value: String(d.caCertificates) },
        { label: 'Revocation lists', value: `${revocations.length} (${d.revokedEntries} revoked entries)` },
        {
            label: 'Listeners',
            value: listeners.length === 0 ? 'none (no listener uses it yet)' : listeners.join(', '),
        },
    ];
}
/** A trust store read for a plan: what it serves, the version tagged, its lists and listeners. */
async function readTrustStore(stores, arn, withContent) {
    const d = await stores.describe(arn);
    const [served, tagged, records, listeners] = await Promise.all([
        stores.bundle(arn),
        stores.versionTag(arn),
        stores.revocations(arn),
        stores.associations(arn),
    ]);
    const revocations = [];
    for (const r of records) {
        const content = withContent ? await stores.revocationContent(arn, r.revocationId) : undefined;
        revocations.push({ revocationId: r.revocationId, entries: r.entries, ...(content ? { content } : {}) });
    }
    const state = {
        domainName: arn,
        status: d.status,
        mtlsEnabled: true,
        warnings: [],
        ...(tagged ? { truststoreVersion: tagged } : {}),
    };
    return { state, served, revocations, facts: factsOf(d, listeners, revocations) };
}
/** The command that points a trust store at a version by hand (a failed rollback names it). */
function restoreTrustStoreCommand(region, arn, location, versionId) {
    return [
        'aws elbv2 modify-trust-store',
        `--region ${shellWord(region)}`,
        `--trust-store-arn ${shellWord(arn)}`,
        `--ca-certificates-bundle-s3-bucket ${shellWord(location.bucket)}`,
        `--ca-certificates-bundle-s3-key ${shellWord(location.key)}`,
        `--ca-certificates-bundle-s3-object-version ${shellWord(versionId)}`,
    ].join(' ');
}
function elb_open(context) {
    let opened;
    const stores = () => {
        opened ??= storesOf(context);
        return opened;
    };
    const { settings, region } = context;
    const location = settings.truststoreUri === undefined ? undefined : (0,diff.parseTruststoreUri)(settings.truststoreUri);
    const where = () => {
        if (!location)
            throw new Error('truststore-uri is required to point a trust store at an object version');
        return location;
    };
    return {
        async read(arn) {
            const unreachable = unreachableTrustStore(arn, region);
            if (unreachable) {
                return { state: { domainName: arn, mtlsEnabled: true, warnings: [] }, unusable: unreachable };
            }
            return readTrustStore(await stores(), arn, settings.revocationFiles.length > 0);
        },
        async waitUntilReady(arn) {
            await (await stores()).waitUntilActive(arn);
        },
        async apply(arn, versionId) {
            const s = await stores();
            // Never a write while the trust store is CREATING: wait first, rollbacks included.
            await s.waitUntilActive(arn);
            let after;
            try {
                after = await s.modify(arn, { ...where(), versionId });
            }
            catch (error) {
                // Accepted, then the wait or the tag failed: the trust store holds the version (ApplyFailure).
                if (error.accepted) {
                    Object.assign(error, {
                        after: { domainName: arn, mtlsEnabled: true, truststoreVersion: versionId, warnings: [] },
                    });
                }
                throw error;
            }
            return {
                domainName: arn,
                status: after.status,
                mtlsEnabled: true,
                truststoreVersion: versionId,
                warnings: [],
            };
        },
        restoreCommand: (arn, versionId) => restoreTrustStoreCommand(region, arn, where(), versionId),
        async addRevocations(arn, objects) {
            const s = await stores();
            await s.waitUntilActive(arn);
            return s.addRevocations(arn, [...objects]);
        },
        async removeRevocations(arn, ids) {
            const s = await stores();
            await s.waitUntilActive(arn);
            await s.removeRevocations(arn, [...ids]);
        },
    };
}
/** A live CRL whose nextUpdate has passed: clients it should refuse may still get in (our policy). */
function staleLists(arn, lists, now) {
    return lists.flatMap((r) => {
        if (!r.content)
            return [];
        const { crl } = (0,pki_crl/* parseCrl */.lD)(r.content, `${arn} revocation ${r.revocationId}`);
        if (!crl || (crl.nextUpdate && crl.nextUpdate.getTime() >= now.getTime()))
            return [];
        const due = crl.nextUpdate
            ? `was due for renewal on ${crl.nextUpdate.toISOString().slice(0, 10)}`
            : 'has no nextUpdate';
        return [
            (0,problems/* problem */.CC)('crl-expired', arn, `revocation list ${r.revocationId} of trust store ${arn} (issuer ${crl.issuer}) ${due}: publish a fresh CRL into revocation-files and deploy, so that certificates revoked since are refused (our policy)`),
        ];
    });
}
/** A trust store that serves what no version holds: its own CAs' expiry, judged on what it serves. */
function servedExpiry(arn, served, context) {
    const at = (c) => `${c.subject} (SHA-256 ${c.fingerprint.slice(0, 16)}…), served by trust store ${arn}`;
    return (0,checks/* certificateExpiry */.n_)(served, at, arn, context);
}
async function elb_audit(context, names, limiter) {
    for (const arn of names) {
        const unreachable = unreachableTrustStore(arn, context.region);
        if (unreachable)
            throw new settings_errors/* InputError */.dz(unreachable);
    }
    const stores = await storesOf(context);
    const read = await limiter.map(names, async (arn) => {
        try {
            return await readTrustStore(stores, arn, true);
        }
        catch (error) {
            // The wrapper's AwsError keeps the AWS code in `code`; an SDK error names it.
            const code = error instanceof errors/* AwsError */.Gy ? error.code : (0,errors/* errorCode */.CA)(error);
            if (code === 'TrustStoreNotFound')
                return { missing: error.message };
            throw error;
        }
    });
    const found = read.filter((t) => !('missing' in t));
    return {
        states: found.map((t) => t.state),
        problems: (common) => [
            ...read.flatMap((t, i) => 'missing' in t
                ? [
                    (0,problems/* problem */.CC)('trust-store-missing', names[i] ?? null, `${t.missing}: remove it from elb-trust-store-arns, or create it`),
                ]
                : []),
            ...found.flatMap((t) => {
                const arn = t.state.domainName;
                const out = staleLists(arn, t.revocations ?? [], common.now);
                const tagged = t.state.truststoreVersion ? common.pinned.get(t.state.truststoreVersion) : undefined;
                const served = (0,pki/* parseSource */.PJ)({ path: arn, bytes: t.served ?? new Uint8Array() }).certificates;
                const held = tagged?.analysis.entries.map((e) => e.certificate);
                if (held && (0,diff/* sameCertificates */.$6)(held, served))
                    return out;
                // What it serves is judged on its own: the common checks judged the tagged version.
                out.push(...servedExpiry(arn, served, common));
                out.push((0,problems/* problem */.CC)('trust-store-drift', arn, `trust store ${arn} serves a CA bundle that no version of ${common.location.uri} this action deployed holds (it was changed by hand, or never deployed by this action): run a deploy so that it serves the reviewed truststore`));
                return out;
            }),
        ],
    };
}
const elbTrustStores = {
    id: 'elb',
    noun: 'trust store',
    readyStatus: 'ACTIVE',
    names: (settings) => [...settings.elbTrustStoreArns],
    contractName: (arn) => `elb:${arn}`,
    open: elb_open,
    audit: elb_audit,
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/targets/index.js
/**
 * The kinds of target this action rolls, in the order plan and deploy visit them. A new kind is a
 * folder beside api-gateway/ and one line here.
 */


const TARGET_KINDS = [apiGatewayDomains, elbTrustStores];
/** Every target the settings name, as the reviewed-plan contract lists them. */
function contractTargets(settings) {
    return TARGET_KINDS.flatMap((kind) => kind.names(settings).map((name) => kind.contractName(name)));
}
//# sourceMappingURL=index.js.map

/***/ })

};
