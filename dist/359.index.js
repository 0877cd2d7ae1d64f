export const id = 359;
export const ids = [359];
export const modules = {

/***/ 5359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditAndPublish: () => (/* binding */ auditAndPublish),
  deployAndPublish: () => (/* binding */ deployAndPublish),
  planAndPublish: () => (/* binding */ planAndPublish),
  reportRefusedPlan: () => (/* binding */ reportRefusedPlan)
});

// EXTERNAL MODULE: ./lib/action/runner.js
var runner = __webpack_require__(4918);
// EXTERNAL MODULE: ./lib/targets/api-gateway/health.js
var health = __webpack_require__(426);
;// CONCATENATED MODULE: ./lib/audit/lifecycle.js
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
;// CONCATENATED MODULE: ./lib/audit/problems.js
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
    'ownership-certificate-expired': 'error',
    'ownership-certificate-expiring': 'warning',
    'ownership-certificate-unreadable': 'warning',
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
function expiry(facts) {
    const out = [];
    const now = facts.now.getTime();
    const limit = now + facts.expiryWarningDays * DAY;
    for (const { versionId, version, domains } of audited(facts)) {
        const { domain, text } = who(domains);
        for (const entry of version.analysis.entries) {
            const c = entry.certificate;
            const end = c.notAfter.getTime();
            const at = `${c.subject} (SHA-256 ${c.fingerprint.slice(0, 16)}…) in version ${versionId}, ${text}`;
            if (end <= now) {
                out.push(problem('ca-expired', domain, `CA certificate ${at} expired on ${c.notAfter.toISOString().slice(0, 10)} (${days(now - end)} ago): clients it issued are refused; replace or remove it in ca-files and deploy`));
            }
            else if (end <= limit) {
                out.push(problem('ca-expiring', domain, `CA certificate ${at} expires on ${c.notAfter.toISOString().slice(0, 10)} (in ${days(end - now)}): add its successor to ca-files and deploy before then`));
            }
        }
    }
    return out;
}
function domainProblems(facts) {
    const out = [];
    for (const m of facts.missingDomains)
        out.push(problem('domain-missing', m.domainName, m.message));
    for (const d of facts.domains) {
        const name = d.domainName;
        const state = (0,health/* domainStateProblem */.vL)(d);
        if (state)
            out.push(problem(state.code, name, state.message));
        if ((0,health/* isEnhancedSecurityPolicy */.Rr)(d.securityPolicy) && d.mtlsEnabled) {
            out.push(problem('security-policy-enhanced', name, `custom domain name ${name} has mutual TLS but the enhanced security policy ${d.securityPolicy}, which API Gateway does not allow with mutual TLS: set its security policy to TLS_1_2 (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html)`));
        }
        if (!d.mtlsEnabled) {
            out.push(problem('domain-not-mutual-tls', name, `custom domain name ${name} has no mutual TLS: clients are not asked for a certificate; enable mutual TLS with truststore ${facts.location.uri}, or remove it from domain-names`));
            continue;
        }
        if (d.truststoreUri !== facts.location.uri) {
            out.push(problem('domain-other-truststore', name, `custom domain name ${name} uses truststore ${d.truststoreUri}, not ${facts.location.uri}: point it at ${facts.location.uri}, or audit its truststore in a separate step`));
            continue;
        }
        for (const w of d.warnings) {
            // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
            out.push(problem('truststore-warnings', name, `API Gateway reports a truststore warning for ${name} on version ${d.truststoreVersion ?? '(unpinned)'}: ${w} — some clients may be refused; fix the certificate it names in ca-files and deploy`));
        }
        if (d.truststoreVersion === undefined || d.truststoreVersion === 'null') {
            out.push(problem('version-unpinned', name, d.truststoreVersion === 'null'
                ? `custom domain name ${name} is pinned to version "null" (written before versioning was enabled), which any write replaces in place: run deploy to pin it to a real version`
                : `custom domain name ${name} pins no truststore version: API Gateway keeps whatever it loaded last, and a change of the object can reach it unreviewed; run deploy to pin it`));
        }
        else if (facts.pinned.get(d.truststoreVersion) === null) {
            out.push(problem('pinned-version-missing', name, `custom domain name ${name} is pinned to version ${d.truststoreVersion} of ${facts.location.uri}, which S3 no longer has: the next update of the domain fails, and nothing can be rolled back to it; run deploy to pin a version that exists`));
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
        return [problem('ownership-certificate-unreadable', name, cert.unreadable)];
    const now = facts.now.getTime();
    const end = cert.notAfter ? Date.parse(cert.notAfter) : undefined;
    const renew = cert.renewalEligibility === 'INELIGIBLE'
        ? " ACM reports it INELIGIBLE for managed renewal: request a new public certificate for the domain and set it as the domain's ownershipVerificationCertificateArn."
        : " Check its renewal in ACM (DNS validation records in place), or request a new one and set it as the domain's ownershipVerificationCertificateArn.";
    const what = `the ownership verification certificate ${cert.arn} of ${name}`;
    if (cert.missing) {
        return [
            problem('ownership-certificate-expired', name, `${what} does not exist in ACM: API Gateway cannot verify ownership, and the domain becomes PENDING_OWNERSHIP_VERIFICATION.${renew}`),
        ];
    }
    if (cert.status === 'EXPIRED' || cert.status === 'REVOKED' || (end !== undefined && end <= now)) {
        return [
            problem('ownership-certificate-expired', name, `${what} is ${cert.status === 'REVOKED' ? 'revoked' : `expired${end !== undefined ? ` (since ${new Date(end).toISOString().slice(0, 10)})` : ''}`}: updates of the domain fail until it is replaced.${renew}`),
        ];
    }
    if (end !== undefined && end <= now + facts.expiryWarningDays * DAY) {
        return [
            problem('ownership-certificate-expiring', name, `${what} expires on ${new Date(end).toISOString().slice(0, 10)} (in ${days(end - now)}).${renew}`),
        ];
    }
    return [];
}
function drift(facts) {
    const out = [];
    const groups = pinnedBy(facts);
    if (groups.size > 1) {
        out.push(problem('versions-differ', null, `the domains are pinned to ${groups.size} different versions (${[...groups]
            .map(([v, names]) => `${list(names)} on ${v}`)
            .join('; ')}): clients meet different truststores depending on the domain; run deploy to roll every domain to one version`));
    }
    const latest = facts.latest?.versionId;
    if (latest !== undefined && facts.domains.length > 0 && !groups.has(latest)) {
        out.push(problem('latest-not-pinned', null, `the latest version ${latest} of ${facts.location.uri} is pinned by no domain: a deploy stopped or was rolled back, or someone wrote the object by hand; run deploy to roll the domains, or restore the object to the reviewed version`));
    }
    if (facts.latest === undefined) {
        out.push(problem('truststore-missing', null, `${facts.location.uri} has no current version (never written, or deleted: a delete marker is on top): the next deploy starts from nothing; run deploy, or remove the delete marker`));
    }
    return out;
}
function lifecycle(facts) {
    if (typeof facts.lifecycle === 'string')
        return [problem('lifecycle-unreadable', null, facts.lifecycle)];
    const out = [];
    const groups = pinnedBy(facts);
    for (const [versionId, domains] of groups) {
        const version = facts.pinned.get(versionId);
        if (!version)
            continue;
        const current = versionId === facts.latest?.versionId;
        const threats = lifecycleThreats(facts.lifecycle, {
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
                out.push(problem('lifecycle-may-expire-pinned', domain, `${t.what}, and may apply to ${subject}: its filter has tags and the version's tags could not be read (allow s3:GetObjectVersionTagging to be sure); ${fix}`));
            }
            else {
                out.push(problem(t.effect === 'delete' ? 'lifecycle-expires-pinned' : 'lifecycle-expires-current', domain, `${t.what}, and applies to ${subject}: ${fix}`));
            }
        }
    }
    return out;
}
function repository(facts) {
    if (!facts.desired) {
        return [
            problem('repository-invalid', null, 'the CA files in the repository (ca-files) do not validate, so they cannot be compared with what is live: fix the errors reported above'),
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
        out.push(problem('repository-differs', domain, `the CA files in the repository differ from version ${versionId}, ${text}: ${added} CA certificate${added === 1 ? '' : 's'} in the repository are not live, ${removed} live one${removed === 1 ? ' is' : 's are'} not in the repository (a merge that was never deployed, or the object changed by hand); run deploy, or bring ca-files in line with what is live`));
    }
    return out;
}
/** Healthy means no problem of any severity: a warning today is an outage in expiry-warning-days. */
function assessLiveState(facts) {
    const problems = facts.versioningProblem
        ? [problem('versioning-not-enabled', null, facts.versioningProblem)]
        : [];
    problems.push(...domainProblems(facts), ...expiry(facts), ...drift(facts), ...lifecycle(facts), ...repository(facts));
    const sorted = sortProblems(problems);
    return { healthy: sorted.length === 0, problems: sorted };
}
//# sourceMappingURL=checks.js.map
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
// EXTERNAL MODULE: ./lib/aws/truststore-object.js
var truststore_object = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
// EXTERNAL MODULE: ./lib/targets/api-gateway/domains.js
var api_gateway_domains = __webpack_require__(9959);
// EXTERNAL MODULE: ./lib/pipeline/plan.js + 2 modules
var pipeline_plan = __webpack_require__(8740);
;// CONCATENATED MODULE: ./lib/pipeline/audit.js
/**
 * Audit mode (what `auto` picks on `schedule`): read what is live — the versions the domains are
 * pinned to, the domains, the bucket's lifecycle rules, the ownership certificates — and report
 * every problem, with the fix. Reads only; reads run in parallel, 8 at a time.
 */










function liveVersion(object, uri, policy, deps) {
    const path = object.versionId === undefined ? uri : `${uri}?versionId=${object.versionId}`;
    return { ...object, analysis: deps.analyze([{ path, bytes: object.bytes }], policy) };
}
async function runAuditMode(settings, validation, partial = {}) {
    const deps = (0,pipeline_plan/* resolveDeps */.JC)(partial);
    if (settings.truststoreUri === undefined) {
        throw new Error('input truststore-uri is required in audit mode: set it to the live truststore, e.g. s3://my-truststores/api/truststore.pem');
    }
    const location = (0,diff/* parseTruststoreUri */.DO)(settings.truststoreUri);
    const region = settings.awsRegion;
    if (!region) {
        throw new Error('no AWS region: set the aws-region input, or aws-region in aws-actions/configure-aws-credentials (it exports AWS_REGION)');
    }
    const clients = deps.clients(region);
    const store = new truststore_object/* TruststoreObjectStore */.k0(clients.s3, location);
    const lifecycleReader = new LifecycleReader(clients.s3, location);
    const gateway = api_gateway_domains/* DomainGateway */.X.reader(clients.apiGateway, region, deps.clock);
    const now = new Date(deps.clock.now());
    const policy = {
        now,
        expiryWarningDays: settings.expiryWarningDays,
        maxCaDepth: settings.maxCaDepth,
    };
    const limiter = new parallel/* ReadLimiter */.Vh();
    const names = [...new Set(settings.domainNames)];
    const versioning = async () => {
        try {
            await store.assertVersioningEnabled();
            return undefined;
        }
        catch (error) {
            if (error instanceof errors/* AwsError */.Gy && error.code === 'VersioningNotEnabled')
                return error.message;
            throw error;
        }
    };
    const describe = async (name) => {
        try {
            return await gateway.describe(name);
        }
        catch (error) {
            if ((0,errors/* errorCode */.CA)(error) === 'NotFoundException')
                return { missing: error.message };
            throw error;
        }
    };
    const [versioningProblem, latestObject, lifecycle, described] = await (0,parallel/* settleInOrder */.pX)([
        limiter.run(versioning),
        limiter.run(() => store.readLatest()),
        limiter.run(() => lifecycleReader.rules()),
        limiter.map(names, describe),
    ]);
    const domains = described.filter((d) => !('missing' in d));
    const missingDomains = described.flatMap((d, i) => 'missing' in d ? [{ domainName: names[i], message: d.missing }] : []);
    const latest = latestObject ? liveVersion(latestObject, location.uri, policy, deps) : undefined;
    // The pinned versions (by id, even when one is the latest) and the ownership certificates.
    const pinnedIds = [
        ...new Set(domains.map((d) => d.truststoreVersion).filter((v) => v !== undefined && v !== 'null')),
    ];
    const arns = [
        ...new Set(domains.map((d) => d.ownershipVerificationCertificateArn).filter((a) => !!a)),
    ];
    const certificates = async () => {
        if (arns.length === 0)
            return [];
        // The ACM client loads only here: no other mode, and no audit without such a domain, needs it.
        const acm = await Promise.all(/* import() */[__webpack_require__.e(490), __webpack_require__.e(893)]).then(__webpack_require__.bind(__webpack_require__, 4893));
        const reader = new acm.OwnershipCertificates(partial.acm ?? acm.createAcmClient, region);
        return limiter.map(arns, (arn) => reader.describe(arn));
    };
    const [versions, described2] = await (0,parallel/* settleInOrder */.pX)([
        limiter.map(pinnedIds, async (versionId) => {
            if (latest && versionId === latest.versionId)
                return latest;
            const object = await store.readVersion(versionId);
            return object ? liveVersion({ ...object, versionId }, location.uri, policy, deps) : null;
        }),
        certificates(),
    ]);
    const pinned = new Map(pinnedIds.map((id, i) => [id, versions[i] ?? null]));
    // Tags only for versions a tag-filtered rule could delete (s3:GetObjectVersionTagging).
    const rules = typeof lifecycle === 'string' ? [] : lifecycle;
    const tagged = [...pinned].filter(([id, v]) => v !== null &&
        needsTags(rules, { key: location.key, size: v.bytes.length, current: id === latest?.versionId }));
    const tags = await limiter.map(tagged, ([id]) => lifecycleReader.tags(id));
    const versionTags = new Map(tagged.map(([id], i) => [id, tags[i]]));
    const facts = {
        now,
        expiryWarningDays: settings.expiryWarningDays,
        location,
        ...(versioningProblem ? { versioningProblem } : {}),
        ...(latest ? { latest } : {}),
        pinned,
        domains,
        missingDomains,
        lifecycle,
        versionTags,
        ownershipCertificates: new Map(described2.map((c) => [c.arn, c])),
        ...(validation.ok && validation.truststore ? { desired: validation.truststore } : {}),
    };
    const result = assessLiveState(facts);
    deps.log(`audit of ${location.uri}: ${result.healthy ? 'healthy' : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`}`);
    return {
        ...result,
        location,
        ...(latest?.versionId !== undefined ? { latestVersionId: latest.versionId } : {}),
        domains: domains.map((d) => ({
            domainName: d.domainName,
            ...(d.status !== undefined ? { status: d.status } : {}),
            ...(d.securityPolicy !== undefined ? { securityPolicy: d.securityPolicy } : {}),
            ...(d.truststoreVersion !== undefined ? { truststoreVersion: d.truststoreVersion } : {}),
        })),
        checkedAt: now.toISOString(),
        expiryWarningDays: settings.expiryWarningDays,
    };
}
/** healthy ("true"/"false") and problems (JSON array of {severity, code, domain, message}). */
function setAuditOutputs(report) {
    runner/* setOutput */.uH('healthy', String(report.healthy));
    runner/* setOutput */.uH('problems', JSON.stringify(report.problems.map((p) => ({
        severity: p.severity,
        code: p.code,
        domain: p.domain,
        message: p.message,
    }))));
}
/** One annotation per problem; the step fails on the first error-severity one. */
function reportAuditProblems(report) {
    for (const p of report.problems) {
        const props = { title: `truststore audit: ${p.code}` };
        if (p.severity === 'error')
            runner/* error */.z3(p.message, props);
        else
            runner/* warning */.$e(p.message, props);
    }
    const errors = report.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
        runner/* setOutput */.uH('failure-reason', 'audit-problems');
        runner/* setFailed */.C1(`truststore audit: ${errors.length} error${errors.length === 1 ? '' : 's'} in what is live. First: ${errors[0]?.message}`);
    }
}
//# sourceMappingURL=audit.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __webpack_require__(3152);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/pki/index.js + 9 modules
var pki = __webpack_require__(9865);
;// CONCATENATED MODULE: ./lib/probe/identities.js
/**
 * probe-identities: `NAME CERT_FILE KEY_FILE [accept|refuse]`, one per line. The certificates and
 * keys are a partner's stand-ins and come from outside the repository (secrets written to
 * RUNNER_TEMP by an earlier step): a key file that resolves into the workspace is refused, since a
 * private key must never live in the repository (our policy). A key is never printed.
 */





const FORMAT = 'write it as "NAME CERT_FILE KEY_FILE [accept|refuse]"';
/** Parses the input's lines (comments and blank lines already dropped keep their line numbers). */
function parseIdentityLines(raw) {
    const out = [];
    const names = new Set();
    for (const [i, text] of raw.split(/\r?\n/).entries()) {
        const trimmed = text.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const where = `probe-identities line ${i + 1}`;
        const fields = trimmed.split(/\s+/);
        if (fields.length < 3 || fields.length > 4) {
            throw new settings_settings/* InputError */.dz(`${where} has ${fields.length} field(s): ${FORMAT} (paths without spaces)`);
        }
        const [name, certFile, keyFile, expectation = 'accept'] = fields;
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
            throw new settings_settings/* InputError */.dz(`${where}: the name "${name}" is not a plain name: use letters, digits, ".", "_" or "-" (at most 64)`);
        }
        if (names.has(name))
            throw new settings_settings/* InputError */.dz(`${where}: the name "${name}" is used twice: give each identity its own name`);
        names.add(name);
        const expected = expectation.toLowerCase();
        if (expected !== 'accept' && expected !== 'refuse') {
            throw new settings_settings/* InputError */.dz(`${where}: the expectation is "${expectation}": ${FORMAT}`);
        }
        out.push({ line: i + 1, name, certFile, keyFile, expected });
    }
    return out;
}
async function readOrExplain(file, what, where) {
    try {
        return await (0,promises_.readFile)(file);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new settings_settings/* InputError */.dz(`${where}: cannot read the ${what} ${file} (${code}): write it in an earlier step of the job (for example from a secret into $RUNNER_TEMP) and give its path`);
    }
}
function inside(parent, child) {
    const rel = external_node_path_.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
/** Reads and checks every identity; nothing is deployed when one is wrong. */
async function loadIdentities(raw, workspace) {
    const lines = parseIdentityLines(raw);
    const workspaceReal = await (0,promises_.realpath)(workspace).catch(() => external_node_path_.resolve(workspace));
    const out = [];
    for (const entry of lines) {
        const where = `probe-identities line ${entry.line} (${entry.name})`;
        const keyPath = external_node_path_.resolve(workspace, entry.keyFile);
        const keyReal = await (0,promises_.realpath)(keyPath).catch(() => keyPath);
        if (inside(workspaceReal, keyReal)) {
            throw new settings_settings/* InputError */.dz(`${where}: the key file ${entry.keyFile} is inside the workspace: a private key must never be in the repository; write it from a secret to $RUNNER_TEMP in an earlier step and give that path`);
        }
        const certPath = external_node_path_.resolve(workspace, entry.certFile);
        const certBytes = await readOrExplain(certPath, 'certificate file', where);
        const parsed = (0,pki/* parseSource */.PJ)({ path: entry.certFile, bytes: certBytes });
        if (parsed.findings.some((f) => f.code === 'private-key')) {
            throw new settings_settings/* InputError */.dz(`${where}: the certificate file ${entry.certFile} holds a private key: give the certificate and the key as two files`);
        }
        // The probe presents the leaf alone, as the partners of the incident did.
        const leaf = parsed.certificates.find((c) => !(0,pki/* isCa */.Jm)(c)) ?? parsed.certificates[0];
        if (!leaf) {
            throw new settings_settings/* InputError */.dz(`${where}: no certificate in ${entry.certFile}: give the client certificate as PEM or DER`);
        }
        const keyBytes = await readOrExplain(keyPath, 'key file', where);
        let keyPem;
        try {
            const key = /-----BEGIN/.test(keyBytes.toString('latin1'))
                ? (0,external_node_crypto_.createPrivateKey)(keyBytes)
                : (0,external_node_crypto_.createPrivateKey)({ key: keyBytes, format: 'der', type: 'pkcs8' });
            if (!new external_node_crypto_.X509Certificate(leaf.der).checkPrivateKey(key)) {
                throw new settings_settings/* InputError */.dz(`${where}: the key in ${entry.keyFile} does not belong to the certificate "${leaf.subject}": give the key of that certificate`);
            }
            keyPem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
        }
        catch (error) {
            if (error instanceof settings_settings/* InputError */.dz)
                throw error;
            throw new settings_settings/* InputError */.dz(`${where}: the key file ${entry.keyFile} is not an unencrypted private key (PEM, or PKCS#8 DER): write the key without a passphrase`);
        }
        const b64 = Buffer.from(leaf.der)
            .toString('base64')
            .replace(/.{1,64}/g, '$&\n');
        out.push({
            name: entry.name,
            expected: entry.expected,
            subject: leaf.subject,
            certPem: `-----BEGIN CERTIFICATE-----\n${b64}-----END CERTIFICATE-----\n`,
            keyPem,
        });
    }
    return out;
}
//# sourceMappingURL=identities.js.map
// EXTERNAL MODULE: ./lib/settings/errors.js
var settings_errors = __webpack_require__(66);
;// CONCATENATED MODULE: ./lib/probe/classify.js
/**
 * TLS alerts a server sends when it does not accept the client certificate (RFC 8446 6.2):
 * handshake_failure, bad_certificate, unsupported_certificate, certificate_revoked,
 * certificate_expired, certificate_unknown, unknown_ca, access_denied, decrypt_error, certificate_required.
 */
const REFUSAL_ALERTS = /ALERT_(HANDSHAKE_FAILURE|BAD_CERTIFICATE|UNSUPPORTED_CERTIFICATE|CERTIFICATE_REVOKED|CERTIFICATE_EXPIRED|CERTIFICATE_UNKNOWN|UNKNOWN_CA|ACCESS_DENIED|DECRYPT_ERROR|CERTIFICATE_REQUIRED)$/;
/** The same alerts by number, as OpenSSL words a TLS 1.2 alert (`EPROTO ... SSL alert number 48`). */
const ALERT_NUMBERS = {
    '40': 'HANDSHAKE_FAILURE',
    '42': 'BAD_CERTIFICATE',
    '43': 'UNSUPPORTED_CERTIFICATE',
    '44': 'CERTIFICATE_REVOKED',
    '45': 'CERTIFICATE_EXPIRED',
    '46': 'CERTIFICATE_UNKNOWN',
    '48': 'UNKNOWN_CA',
    '49': 'ACCESS_DENIED',
    '51': 'DECRYPT_ERROR',
    '116': 'CERTIFICATE_REQUIRED',
};
function refusalAlert(o) {
    const byCode = REFUSAL_ALERTS.exec(o.code)?.[1];
    if (byCode)
        return byCode;
    const number = /SSL alert number (\d+)/.exec(o.message)?.[1];
    return number === undefined ? undefined : ALERT_NUMBERS[number];
}
/** Node's codes for a server certificate the probe does not trust (or that names another host). */
const SERVER_CERTIFICATE = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA']);
/** A connection that ends with no HTTP answer. */
const CLOSED = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_SOCKET_CLOSED']);
/**
 * API Gateway's own refusal: 403 with `x-amzn-errortype: ForbiddenException` (the header's value
 * may carry a `:namespace` suffix).
 * https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors
 */
function isGatewayForbidden(status, errorType) {
    return status === 403 && /^ForbiddenException(:|$)/.test(errorType ?? '');
}
function classify(o) {
    if (o.kind === 'http') {
        if (isGatewayForbidden(o.status, o.errorType)) {
            return {
                outcome: 'gateway-forbidden',
                status: o.status,
                detail: 'HTTP 403 ForbiddenException from API Gateway: it refused the client certificate',
            };
        }
        if (o.status === 401 || o.status === 403) {
            return {
                outcome: 'accepted',
                status: o.status,
                detail: `HTTP ${o.status} from behind the gateway (an authorizer or the application${o.errorType ? `, ${o.errorType}` : ''}): the TLS handshake and API Gateway accepted the certificate`,
            };
        }
        return {
            outcome: 'accepted',
            status: o.status,
            detail: `HTTP ${o.status}: the certificate was accepted`,
        };
    }
    const alert = refusalAlert(o);
    if (alert) {
        const when = o.afterHandshake
            ? " after the handshake completed on the client side (TLS 1.3 sends the server's verdict on the client certificate after the client's Finished)"
            : ' during the handshake';
        return {
            outcome: 'tls-refused',
            status: null,
            detail: `the server sent TLS alert ${alert.toLowerCase()}${when}`,
        };
    }
    if (SERVER_CERTIFICATE.has(o.code)) {
        return {
            outcome: 'error',
            status: null,
            detail: `the server certificate was not trusted (${o.code}: ${o.message}): set probe-ca-file to the CA of the domain's server certificate, or check probe-url`,
        };
    }
    if (DNS.has(o.code)) {
        return {
            outcome: 'error',
            status: null,
            detail: `DNS lookup failed (${o.code}): check probe-url, or that the domain resolves from the runner`,
        };
    }
    if ((CLOSED.has(o.code) || /socket hang up/i.test(o.message)) && o.afterHandshake) {
        // A server that drops the client certificate without an alert closes the connection right
        // after the handshake (Node's TLS server does so): nothing of HTTP ever comes back.
        return {
            outcome: 'tls-refused',
            status: null,
            detail: `the server closed the connection right after the TLS handshake without an HTTP answer (${o.code}): it did not accept the client certificate`,
        };
    }
    return { outcome: 'error', status: null, detail: `${o.code}: ${o.message}` };
}
/** Does `outcome` meet what the identity expects? */
function asExpected(expected, outcome) {
    return expected === 'accept'
        ? outcome === 'accepted'
        : outcome === 'tls-refused' || outcome === 'gateway-forbidden';
}
//# sourceMappingURL=classify.js.map
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./lib/probe/handshake.js
/**
 * One probe: a real mutual-TLS handshake and one HTTP request, as a partner that presents its
 * leaf certificate alone. The TLS server name (SNI), the server-certificate check and the Host
 * header are always the domain name, whatever host the URL connects to (an address in private
 * DNS setups and tests). Records what happened; classify.ts says what it means.
 */

/** One attempt, bounded by `timeoutMs`; never throws. */
function attemptHandshake(target, identity, serverCa, timeoutMs) {
    return new Promise((resolve) => {
        let settled = false;
        let afterHandshake = false;
        const finish = (o) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            req.destroy();
            resolve(o);
        };
        const req = external_node_https_.request({
            protocol: 'https:',
            host: target.url.hostname.replace(/^\[(.*)\]$/, '$1'),
            port: target.url.port === '' ? 443 : Number(target.url.port),
            path: `${target.url.pathname}${target.url.search}`,
            method: 'GET',
            servername: target.domain,
            headers: { host: target.domain, 'user-agent': 'mtls-truststore-action probe', accept: '*/*' },
            cert: identity.certPem,
            key: identity.keyPem,
            ...(serverCa !== undefined ? { ca: serverCa } : {}),
            rejectUnauthorized: true,
            // A fresh connection every time: a reused session could skip the client certificate.
            agent: false,
        });
        const timer = setTimeout(() => finish({
            kind: 'error',
            code: 'ETIMEDOUT',
            message: `no answer within ${Math.round(timeoutMs / 100) / 10} s`,
            afterHandshake,
        }), timeoutMs);
        req.on('socket', (socket) => {
            socket.once('secureConnect', () => {
                afterHandshake = true;
            });
        });
        req.on('response', (res) => {
            const errorType = res.headers['x-amzn-errortype'];
            finish({
                kind: 'http',
                status: res.statusCode ?? 0,
                ...(typeof errorType === 'string' ? { errorType } : {}),
            });
        });
        req.on('error', (error) => finish({ kind: 'error', code: error.code ?? 'ERROR', message: error.message, afterHandshake }));
        req.end();
    });
}
//# sourceMappingURL=handshake.js.map
;// CONCATENATED MODULE: ./lib/probe/run.js



/** First wait between two attempts; it doubles up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 8_000;
/** One handshake never waits longer than this, so a hung connection leaves time to retry. */
const MAX_ATTEMPT_MS = 15_000;
/** Nor less: a slow handshake near the deadline is given time rather than called a timeout. */
const MIN_ATTEMPT_MS = 1_000;
function probeUrl(template, domain) {
    const text = template.split('{domain}').join(domain);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new settings_errors/* InputError */.d(`probe-url "${template}" gives "${text}", which is not a URL: use e.g. https://{domain}/health`);
    }
    if (url.protocol !== 'https:') {
        throw new settings_errors/* InputError */.d(`probe-url "${template}" is not https: mutual TLS needs an https:// URL`);
    }
    return url;
}
async function probeIdentity(domain, identity, options) {
    const { clock } = options;
    const attempt = options.attempt ?? attemptHandshake;
    const target = { url: probeUrl(options.urlTemplate, domain), domain };
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    for (let n = 1;; n++) {
        const remaining = Math.max(MIN_ATTEMPT_MS, deadline - clock.now());
        const observed = await attempt(target, identity, options.serverCa, Math.min(MAX_ATTEMPT_MS, remaining));
        const { outcome, status, detail } = classify(observed);
        const result = {
            domain,
            identity: identity.name,
            expected: identity.expected,
            outcome,
            status,
            detail,
            attempts: n,
        };
        if (asExpected(identity.expected, outcome))
            return result;
        const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (n - 1));
        const delay = backoff + Math.floor(clock.random() * backoff * 0.1);
        if (clock.now() + delay >= deadline) {
            return {
                ...result,
                detail: `${detail} (still after ${n} attempt${n === 1 ? '' : 's'} in ${Math.round((clock.now() - started) / 1000)} s; raise probe-timeout-seconds if the new truststore takes longer to apply)`,
            };
        }
        options.log(`probe ${identity.name} → ${domain}: ${outcome} (${detail}); expected ${identity.expected}, retrying in ${delay} ms`);
        await clock.sleep(delay);
    }
}
/** Runs every identity against `domain` at once; the results come back in the identities' order. */
async function probeDomain(domain, identities, options) {
    const started = options.clock.now();
    const results = await Promise.all(identities.map((identity) => probeIdentity(domain, identity, options)));
    for (const r of results) {
        const mark = asExpected(r.expected, r.outcome) ? 'as expected' : `UNEXPECTED (expected ${r.expected})`;
        options.log(`probe ${r.identity} → ${domain}: ${r.outcome}, ${mark} (${r.attempts} attempt${r.attempts === 1 ? '' : 's'}): ${r.detail}`);
    }
    options.log(`probed ${domain} with ${identities.length} identit${identities.length === 1 ? 'y' : 'ies'} in ${options.clock.now() - started} ms`);
    return results;
}
function unexpected(results) {
    return results.filter((r) => !asExpected(r.expected, r.outcome));
}
//# sourceMappingURL=run.js.map
;// CONCATENATED MODULE: ./lib/probe/index.js
/**
 * The post-roll probe as deploy sees it: prepared (and every input checked) before anything is
 * written, then run against each domain right after it is rolled and its warnings are read.
 */






/** Undefined when probe-identities is empty. Throws InputError for any bad probe input. */
async function preparePostRollProbe(settings, deps) {
    const raw = settings.probeIdentities ?? '';
    if (raw.trim() === '')
        return undefined;
    const identities = await loadIdentities(raw, settings.workspace);
    if (identities.length === 0)
        return undefined;
    const urlTemplate = settings.probeUrl ?? 'https://{domain}/';
    try {
        for (const domain of settings.domainNames)
            probeUrl(urlTemplate, domain);
    }
    catch (error) {
        throw new settings_settings/* InputError */.dz(error.message);
    }
    let serverCa;
    if (settings.probeCaFile) {
        const file = external_node_path_.resolve(settings.workspace, settings.probeCaFile);
        try {
            serverCa = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            throw new settings_settings/* InputError */.dz(`probe-ca-file ${settings.probeCaFile} cannot be read (${error.code ?? 'error'}): give the PEM of the CA that issued the domains' server certificates, or leave it empty for the system's roots`);
        }
        if (!serverCa.includes('-----BEGIN CERTIFICATE-----')) {
            throw new settings_settings/* InputError */.dz(`probe-ca-file ${settings.probeCaFile} holds no PEM certificate: give the server CA as PEM`);
        }
    }
    for (const id of identities)
        deps.log(`probe identity ${id.name}: presents "${id.subject}" alone, expects ${id.expected}`);
    const options = {
        urlTemplate,
        ...(serverCa !== undefined ? { serverCa } : {}),
        timeoutMs: (settings.probeTimeoutSeconds ?? 120) * 1000,
        clock: deps.clock,
        log: deps.log,
        ...(deps.attempt ? { attempt: deps.attempt } : {}),
    };
    return { names: identities.map((i) => i.name), run: (domain) => probeDomain(domain, identities, options) };
}
/** One line for the step's failure message. */
function describeUnexpected(results) {
    return unexpected(results)
        .map((r) => `${r.identity} on ${r.domain} expected ${r.expected} but got ${r.outcome} (${r.detail})`)
        .join('; ');
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/pipeline/failure.js
var failure = __webpack_require__(8104);
;// CONCATENATED MODULE: ./lib/pipeline/deploy.js
/**
 * Deploy mode: upload the new truststore as a new object version and pin every domain to it, one
 * at a time, stopping at the first domain API Gateway reports warnings for. Idempotent: what is
 * already live is not written again, and a domain already on the version is not touched.
 */






/** A deploy that failed after it changed something: `deployment` says which domains moved. */
class DeploymentError extends Error {
    deployment;
    plan;
    reason;
    name = 'DeploymentError';
    constructor(message, deployment, 
    /** The plan the deploy was carrying out, for the summary and the pull-request note. */
    plan, 
    /** The failure-reason output. */
    reason = 'aws-error') {
        super(message);
        this.deployment = deployment;
        this.plan = plan;
        this.reason = reason;
    }
}
function deploy_list(names) {
    return names.length === 0 ? 'none' : names.join(', ');
}
/** Uploads the desired bytes unless the latest object already holds them; returns the version to pin. */
async function ensureVersion(state, encryption, deployment, deps) {
    const { plan, latest, store, desiredBytes, location } = state;
    if (!plan.upload && latest?.versionId !== undefined) {
        deps.log(`${location.uri}: the latest version ${latest.versionId} already holds this truststore; not uploading`);
        return latest.versionId;
    }
    let written;
    try {
        written = await store.write(desiredBytes, {
            ...(latest?.etag !== undefined ? { ifMatch: latest.etag } : {}),
            ...(encryption ? { encryption } : {}),
        });
        deps.log(`${location.uri}: uploaded version ${written.versionId}`);
    }
    catch (error) {
        const ours = (0,failure/* failureReasonOf */.M)(error) === 'conflict' ? await ownUploadAfterConflict(state) : undefined;
        if (ours === undefined)
            throw error;
        // The SDK retried a PutObject whose response was lost: the first attempt had written.
        deps.log(`${location.uri}: the upload was refused as a conflict (${error.message.split(':')[0]}), but the latest version ${ours} holds exactly these bytes: the response to our own PutObject was lost; continuing with version ${ours}`);
        written = { versionId: ours };
    }
    deployment.versionId = written.versionId;
    // Read the version back before any domain points at it: what API Gateway loads is what was planned.
    const back = await store.readVersion(written.versionId);
    if (!back || !(0,diff/* sameBytes */.er)(back.bytes, desiredBytes)) {
        throw new DeploymentError(`version ${written.versionId} of ${location.uri} does not read back as the bytes uploaded: no domain was changed; it was deleted or overwritten since the upload: check the bucket for lifecycle rules or other writers and re-run`, deployment, plan, 'conflict');
    }
    return written.versionId;
}
/** After a 412: the new latest version, when its bytes are the ones this run meant to upload. */
async function ownUploadAfterConflict(state) {
    try {
        const now = await state.store.readLatest();
        if (!now?.versionId || now.versionId === state.latest?.versionId)
            return undefined;
        return (0,diff/* sameBytes */.er)(now.bytes, state.desiredBytes) ? now.versionId : undefined;
    }
    catch {
        return undefined;
    }
}
async function rollBack(state, deployment, moved, previous, warn) {
    const failed = [];
    for (const name of [...moved].reverse()) {
        const target = previous[name] ?? deployment.previousVersionId;
        if (target === undefined) {
            failed.push(name);
            continue;
        }
        try {
            await state.gateway.pinVersion(name, target);
            deployment.rolledBackDomains.push(name);
        }
        catch (error) {
            if (error instanceof api_gateway_domains/* PinWaitError */.B && error.after?.truststoreVersion === target) {
                // Pinned back, only not AVAILABLE within the wait: the rollback itself happened.
                warn(`rollback of ${name} to version ${target}: ${error.message}`);
                deployment.rolledBackDomains.push(name);
                continue;
            }
            warn(`rollback of ${name} to version ${target} failed: ${error.message}`);
            failed.push(name);
        }
    }
    deployment.deployedDomains = moved.filter((n) => failed.includes(n));
    if (failed.length > 0)
        deployment.rollbackFailedDomains = failed;
}
async function runDeployMode(settings, validation, partial = {}, 
/** The reviewed-plan check (undefined: not asked, as in unit tests of the AWS steps). */
review) {
    const deps = (0,pipeline_plan/* resolveDeps */.JC)(partial);
    // Bad encryption inputs fail before anything is read or written.
    const encryption = (0,truststore_object/* encryptionFrom */.Sy)(settings.sseAlgorithm, settings.sseKmsKeyId);
    const state = await (0,pipeline_plan/* readLiveState */.eY)(settings, validation, deps);
    const { plan, latest, gateway, location } = state;
    // Bad probe inputs (a key in the workspace, a key that is not the certificate's) fail before any write.
    const probe = await preparePostRollProbe(settings, {
        clock: deps.clock,
        log: deps.log,
        ...(partial.probeAttempt ? { attempt: partial.probeAttempt } : {}),
    });
    const previousVersions = {};
    for (const d of state.domains)
        previousVersions[d.domainName] = d.truststoreVersion;
    const deployment = {
        upToDate: plan.upToDate,
        deployedDomains: [],
        rolledBackDomains: [],
        untouchedDomains: [],
        warnings: [],
        previousVersions,
        ...(probe ? { probes: [] } : {}),
    };
    // What clients met before this run: the version most domains pinned, else the latest object.
    const previousVersionId = plan.primary.versionId ?? latest?.versionId;
    if (previousVersionId !== undefined)
        deployment.previousVersionId = previousVersionId;
    if (plan.upToDate) {
        deployment.versionId = latest?.versionId;
        deps.log(`${location.uri} is up to date: version ${latest?.versionId ?? '?'} holds this truststore and every domain is pinned to it`);
        if (review?.status === 'refused')
            deps.warn(`Nothing to deploy, so no reviewed plan is needed; noted anyway: ${review.error.message}`);
        return { plan, deployment };
    }
    // The contract is checked before any write: only the reviewed bytes reach the bucket.
    if (review?.status === 'refused')
        throw review.error;
    if (review?.status === 'matched' &&
        review.live !== undefined &&
        review.live !== (latest?.versionId ?? '')) {
        // Drift does not block: the bytes are the contract, and the upload is conditional on what was read now.
        deps.warn(`the live truststore changed since the review in pull request #${review.pullRequest}: the plan was made against version ${review.live || '(none)'}, the latest is now ${latest?.versionId ?? '(none)'}. Deploying the reviewed truststore anyway; the job summary shows the plan against the live state.`);
    }
    // Before writing anything: every domain to roll must be AVAILABLE (waiting is bounded).
    const toRoll = state.domains.filter((d) => plan.domainsToRoll.includes(d.domainName));
    for (const d of toRoll) {
        if (d.status !== undefined && d.status !== 'AVAILABLE') {
            deps.log(`${d.domainName} is ${d.status}; waiting until it is AVAILABLE before deploying`);
            await gateway.waitUntilAvailable(d.domainName);
        }
    }
    const versionId = await ensureVersion(state, encryption, deployment, deps);
    deployment.versionId = versionId;
    const moved = [];
    let warned;
    let probeFailure;
    for (const [i, d] of toRoll.entries()) {
        if (d.truststoreVersion === versionId)
            continue;
        let after;
        try {
            deps.log(`${d.domainName}: pinning truststore version ${versionId} (was ${d.truststoreVersion ?? 'unpinned'})`);
            after = await gateway.pinVersion(d.domainName, versionId);
        }
        catch (error) {
            const readBack = error instanceof api_gateway_domains/* PinWaitError */.B ? error.after : undefined;
            // The update went through although the wait failed: the domain moved, and any rollback covers it.
            if (readBack?.truststoreVersion === versionId)
                moved.push(d.domainName);
            if (readBack?.truststoreVersion === versionId && readBack.warnings.length > 0) {
                deployment.warnings.push({ domainName: d.domainName, warnings: readBack.warnings });
                deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
                warned = readBack;
                break;
            }
            const message = error.message;
            deployment.failed = { domainName: d.domainName, message };
            deployment.deployedDomains = moved;
            deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
            const stoppedAt = moved.includes(d.domainName)
                ? `${d.domainName} (pinned to ${versionId}, but not AVAILABLE)`
                : `${d.domainName} (failed)`;
            throw new DeploymentError(`${message}\nDeploy stopped at ${stoppedAt}. Moved to version ${versionId}: ${deploy_list(moved)}; not moved: ${deploy_list(deployment.untouchedDomains)}. Re-run the deploy once fixed: it only rolls the domains not yet on ${versionId}.`, deployment, plan, (0,failure/* failureReasonOf */.M)(error));
        }
        moved.push(d.domainName);
        if (after.warnings.length > 0) {
            // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
            deployment.warnings.push({ domainName: d.domainName, warnings: after.warnings });
            deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
            warned = after;
            break;
        }
        if (probe) {
            // Proof that partners get in (or, for `refuse`, stay out) on the version now live.
            const results = await probe.run(d.domainName);
            deployment.probes?.push(...results);
            if (unexpected(results).length > 0) {
                probeFailure = `the mTLS probe of ${d.domainName} on version ${versionId} failed: ${describeUnexpected(results)}`;
                deployment.untouchedDomains = toRoll.slice(i + 1).map((x) => x.domainName);
                break;
            }
        }
    }
    deployment.deployedDomains = moved;
    if (warned || probeFailure) {
        const said = warned
            ? `API Gateway reported truststore warnings for ${warned.domainName} on version ${versionId}: ${warned.warnings.join('; ')}`
            : probeFailure;
        const rollbackInput = warned ? 'rollback-on-warnings' : 'rollback-on-probe-failure';
        const notMoved = `not moved: ${deploy_list(deployment.untouchedDomains)}`;
        if (warned ? settings.rollbackOnWarnings : settings.rollbackOnProbeFailure !== false) {
            await rollBack(state, deployment, moved, previousVersions, deps.warn);
            const failedBack = deployment.rollbackFailedDomains ?? [];
            throw new DeploymentError(`${said}.\nRolled back to their previous versions: ${deploy_list(deployment.rolledBackDomains)}${failedBack.length > 0 ? `; rollback FAILED for ${deploy_list(failedBack)} (still on ${versionId})` : ''}; ${notMoved}. ${warned ? 'Fix the certificates API Gateway names' : 'Fix the truststore (mode diagnose explains why a client is refused)'} and push again; until then the next plan shows version ${versionId} as drift.`, deployment, plan, warned ? 'warnings' : 'probe-failed');
        }
        throw new DeploymentError(`${said}.\n${rollbackInput} is false: ${deploy_list(moved)} stay on version ${versionId}; ${notMoved}. ${warned ? 'Fix the certificates API Gateway names' : 'Fix the truststore (mode diagnose explains why a client is refused)'} and push again.`, deployment, plan, warned ? 'warnings' : 'probe-failed');
    }
    deps.log(`deployed version ${versionId} to ${deploy_list(moved)}`);
    return { plan, deployment };
}
//# sourceMappingURL=deploy.js.map
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/github/event.js
var github_event = __webpack_require__(9607);
// EXTERNAL MODULE: ./lib/workspace/collect.js + 9 modules
var collect = __webpack_require__(5486);
;// CONCATENATED MODULE: ./lib/pipeline/fork-plan.js
/**
 * A pull request from a fork runs without AWS credentials and with a read-only token, so it
 * cannot read the live truststore. It is planned against the truststore built from the base
 * commit's CA files instead: that is what the live one was deployed from, read with git alone.
 */









const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** True for a pull request whose run has no secrets and a read-only token (fork or Dependabot). */
function isForkPullRequest() {
    return (0,github_event/* isReadOnlyPullRequest */.jB)((0,github_event/* readEvent */.j_)());
}
/** A fork or base-commit problem the user can fix, with the fix in the message. */
class BaseCommitError extends Error {
    name = 'BaseCommitError';
}
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
    return stdout.trim();
}
async function hasObject(cwd, spec) {
    try {
        await git(cwd, ['cat-file', '-e', spec]);
        return true;
    }
    catch {
        return false;
    }
}
/** The base commit, fetched on demand when actions/checkout made a shallow clone. */
async function ensureCommit(cwd, sha, pr) {
    if (await hasObject(cwd, `${sha}^{commit}`))
        return;
    try {
        await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    }
    catch {
        // Reported below: the fix is the same whatever made the fetch fail.
    }
    if (!(await hasObject(cwd, `${sha}^{commit}`))) {
        throw new BaseCommitError(`The base commit ${sha} of pull request #${pr} is not in the checkout and could not be fetched: use actions/checkout with "fetch-depth: 0" so that the plan can be made from the base commit's CA files.`);
    }
}
/** Writes `tree` (e.g. `<sha>:sub/dir`) into `dest` with git archive | tar. */
function extractTree(cwd, tree, dest) {
    return new Promise((resolve, reject) => {
        const archive = (0,external_node_child_process_.spawn)('git', ['archive', '--format=tar', tree], {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const tar = (0,external_node_child_process_.spawn)('tar', ['-x', '-f', '-', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
        let errors = '';
        archive.stderr.on('data', (d) => {
            errors += d.toString();
        });
        tar.stderr.on('data', (d) => {
            errors += d.toString();
        });
        archive.stdout.pipe(tar.stdin);
        let pending = 2;
        let failed = false;
        const done = (what) => (code) => {
            if (code !== 0 && !failed) {
                failed = true;
                reject(new BaseCommitError(`${what} of ${tree} failed (exit ${code}): ${errors.trim()}`));
            }
            if (--pending === 0 && !failed)
                resolve();
        };
        archive.on('error', reject).on('close', done('git archive'));
        tar.on('error', reject).on('close', done('tar -x'));
    });
}
function locationOf(settings) {
    if (settings.truststoreUri)
        return (0,diff/* parseTruststoreUri */.DO)(settings.truststoreUri);
    return { bucket: '', key: settings.outputFile, uri: settings.outputFile };
}
/** The base commit's truststore, or undefined when the base has no CA file yet. */
async function baseTruststore(settings, cwd, sha) {
    // The workspace may be a folder inside the repository (actions/checkout `path:`).
    const prefix = await git(cwd, ['rev-parse', '--show-prefix']);
    const tree = `${sha}:${prefix.replace(/\/$/, '')}`;
    if (!(await hasObject(cwd, tree)))
        return undefined;
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'truststore-base-'));
    try {
        await extractTree(cwd, tree, dir);
        const { sources } = await (0,collect/* collectSources */.p)(dir, settings.caFiles);
        // Patterns that match nothing in the base are normal (the pull request adds the files).
        if (sources.length === 0)
            return undefined;
        const policy = {
            ...(0,pki/* defaultPolicy */.G4)(),
            expiryWarningDays: settings.expiryWarningDays,
            maxCaDepth: settings.maxCaDepth,
        };
        const analysis = (0,pki/* analyze */.ns)(sources, policy);
        const pem = analysis.truststore?.pem ?? (0,pki/* renderPem */.Hl)(analysis.entries.map((e) => e.certificate));
        return { bytes: new TextEncoder().encode(pem), analysis };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function planFromBaseCommit(settings, validation) {
    const pr = (0,github_event/* pullRequestOf */._n)((0,github_event/* readEvent */.j_)());
    if (!pr)
        throw new BaseCommitError('planFromBaseCommit: the event is not a pull request');
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(pr.baseSha)) {
        throw new BaseCommitError(`The event of pull request #${pr.number} has no valid base commit ("${pr.baseSha}")`);
    }
    if (!validation.truststore)
        throw new BaseCommitError('planFromBaseCommit needs a valid truststore');
    const cwd = settings.workspace;
    if (!(await hasObject(cwd, 'HEAD'))) {
        throw new BaseCommitError(`${cwd} is not a git checkout: run actions/checkout (with "fetch-depth: 0") before this action so that a pull request from a fork can be planned against its base commit.`);
    }
    await ensureCommit(cwd, pr.baseSha, pr.number);
    const base = await baseTruststore(settings, cwd, pr.baseSha);
    return (0,diff/* buildPlan */.Gg)({
        location: locationOf(settings),
        desired: validation.truststore,
        desiredFindings: validation.findings,
        ...(base ? { latest: base } : {}),
        pinned: [],
        domains: [],
        offline: true,
    });
}
//# sourceMappingURL=fork-plan.js.map
;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The only place @actions/github is loaded, and only when a comment is written: its context
 * reads the event file at import time, and validate mode never needs it.
 */
async function githubClient(token) {
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    // GITHUB_API_URL points at GitHub Enterprise Server (or a test server); @actions/github reads it
    // too, but only once at import, so it is passed explicitly.
    return github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
}
//# sourceMappingURL=client.js.map
;// CONCATENATED MODULE: ./lib/github/identity.js
/** The author of comments written with the workflow's GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * GET /user names the user behind a personal or user-to-server token. An installation token
 * (GITHUB_TOKEN is one) may not call it: GitHub answers 403 "Resource not accessible by
 * integration", and the comments it writes are github-actions[bot]'s. A GitHub App's own
 * installation token also gets 403: `appSlug` (the app-slug output of
 * actions/create-github-app-token) then names its bot, `<slug>[bot]`.
 * https://docs.github.com/en/rest/users/users#get-the-authenticated-user
 */
async function tokenIdentity(client, appSlug) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login !== '')
            return data.login;
    }
    catch (error) {
        if (statusOf(error) !== 403)
            throw error;
    }
    return appSlug ? `${appSlug.replace(/\[bot\]$/, '')}[bot]` : ACTIONS_BOT;
}
//# sourceMappingURL=identity.js.map
;// CONCATENATED MODULE: ./lib/github/marker.js
const PREFIX = '<!-- mtls-truststore-action ';
const SUFFIX = ' -->';
/** Version 2 carries the contract; version 1 (no `v`) carried a hash of volatile text. */
const MARKER_VERSION = 2;
/** The JSON carries no `-`, `<` or `>`, so no label or URI can end the HTML comment early. */
function renderMarker(marker) {
    const json = JSON.stringify({ v: MARKER_VERSION, ...marker }).replace(/[-<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${PREFIX}${json}${SUFFIX}`;
}
const HEX = /^[0-9a-f]+$/;
function stringList(value, valid) {
    if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && valid(s)))
        return undefined;
    return value;
}
/** The marker a comment body starts with, or undefined (someone else's comment, or malformed). */
function parseMarker(body) {
    if (!body?.startsWith(PREFIX))
        return undefined;
    const end = body.indexOf(SUFFIX, PREFIX.length);
    if (end < 0)
        return undefined;
    let value;
    try {
        value = JSON.parse(body.slice(PREFIX.length, end));
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    if ((value.kind !== 'plan' && value.kind !== 'deployment') || typeof value.label !== 'string')
        return undefined;
    const hash = (v) => (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? v : undefined);
    const certs = stringList(value.certs, (s) => HEX.test(s) && s.length <= 64);
    const domains = stringList(value.domains, (s) => s.length <= 253);
    const marker = {
        kind: value.kind,
        label: value.label,
        uri: typeof value.uri === 'string' ? value.uri : '',
    };
    if (typeof value.v === 'number')
        marker.v = value.v;
    const contract = hash(value.contract);
    if (contract)
        marker.contract = contract;
    const truststore = hash(value.truststore);
    if (truststore)
        marker.truststore = truststore;
    if (certs)
        marker.certs = certs;
    if (typeof value.certCount === 'number' && Number.isSafeInteger(value.certCount))
        marker.certCount = value.certCount;
    if (domains)
        marker.domains = domains;
    if (typeof value.live === 'string')
        marker.live = value.live;
    if (typeof value.sha === 'string')
        marker.sha = value.sha;
    return marker;
}
//# sourceMappingURL=marker.js.map
;// CONCATENATED MODULE: ./lib/github/comment.js

async function findComments(client, target, author, wanted) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    const matching = [];
    for (const comment of comments) {
        const marker = parseMarker(comment.body);
        if (marker !== undefined && wanted(marker))
            matching.push({ comment, marker });
    }
    const own = matching.filter((m) => m.comment.user?.login === author);
    const latest = own.reduce((best, m) => best === undefined || (m.comment.updated_at ?? '') > (best.comment.updated_at ?? '') ? m : best, undefined);
    return {
        ...(latest ? { ours: latest.comment, marker: latest.marker } : {}),
        lookalikes: matching.filter((m) => m.comment.user?.login !== author).map((m) => m.comment),
    };
}
/** One sentence naming look-alike comments, for a warning. */
function describeLookalikes(lookalikes, author, issue) {
    const names = lookalikes
        .slice(0, 5)
        .map((c) => `${c.html_url ?? `comment ${c.id}`} by ${c.user?.login ?? 'an unknown user'}`)
        .join(', ');
    const more = lookalikes.length > 5 ? ` and ${lookalikes.length - 5} more` : '';
    return `Ignored ${lookalikes.length === 1 ? 'a comment' : `${lookalikes.length} comments`} on #${issue} that carry this action's marker but were not written by ${author} (the identity of github-token): ${names}${more}. Only ${author}'s comment is the plan; the others are not the action's and may say anything.`;
}
/** Updates the own comment carrying a matching marker, or creates one, as `policy` allows. */
async function upsertComment(client, target, existing, body, policy) {
    if (existing) {
        if (!policy.update)
            return { action: 'unchanged', id: existing.id };
        if (existing.body === body)
            return { action: 'unchanged', id: existing.id };
        await client.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: existing.id,
            body,
        });
        return { action: 'updated', id: existing.id };
    }
    if (!policy.create)
        return { action: 'skipped' };
    const { data } = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
    });
    return { action: 'created', id: data.id };
}
//# sourceMappingURL=comment.js.map
;// CONCATENATED MODULE: ./lib/github/reviewed-plan.js

async function findReviewedPlan(client, q) {
    const short = q.sha.slice(0, 12);
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: q.owner,
        repo: q.repo,
        commit_sha: q.sha,
    });
    // Only a pull request whose merge produced exactly this commit was reviewed as this commit: one
    // that merely contains it (an open one, or one merged into another branch) was not.
    const merged = data.find((p) => p.merged_at && p.merge_commit_sha === q.sha);
    if (!merged) {
        return {
            found: false,
            why: `commit ${short} was not produced by merging a pull request (a direct push, or a dispatch on a commit no pull request merged)`,
        };
    }
    const found = await findComments(client, { owner: q.owner, repo: q.repo, issueNumber: merged.number }, q.author, (m) => m.kind === 'plan' && m.label === q.label);
    if (found.lookalikes.length > 0)
        q.warn(describeLookalikes(found.lookalikes, q.author, merged.number));
    if (!found.ours || !found.marker) {
        return {
            found: false,
            why: `pull request #${merged.number} (merged as ${short}) has no plan comment by ${q.author} for label "${q.label}" (the plan workflow did not run on it, or ran with comment: never or another label)`,
        };
    }
    const { contract } = found.marker;
    if (contract === undefined) {
        return {
            found: false,
            why: `the plan comment on pull request #${merged.number} carries no contract: the last plan was refused (invalid truststore) or was written by an older version of this action`,
        };
    }
    return {
        found: true,
        pullRequest: merged.number,
        marker: { ...found.marker, contract },
        ...(found.ours.html_url ? { commentUrl: found.ours.html_url } : {}),
    };
}
//# sourceMappingURL=reviewed-plan.js.map
;// CONCATENATED MODULE: ./lib/plan/contract.js
/**
 * The reviewed plan as a contract: what a deploy may apply is fixed by the pull request's plan
 * comment. The contract hashes only what a deploy writes and where: the canonical truststore
 * bytes, the truststore URI, the label and the domain names. Nothing volatile (dates, "expires in
 * N days", domain status, the live version) goes in, so the same change gives the same contract
 * on the pull request and after the merge.
 */

/** Bumped when the hashed fields change: an older contract then never matches by accident. */
const CONTRACT_FORMAT = 'mtls-truststore-contract/1';
/** How many certificates the marker lists by fingerprint prefix (our policy: keeps a comment small). */
const MAX_LISTED_CERTIFICATES = 256;
/** How many domain names the marker lists, and in how many characters (our policy: keeps a comment small). */
const MAX_LISTED_DOMAINS = 100;
const MAX_LISTED_DOMAIN_CHARS = 2000;
/** 16 hex digits (64 bits) name a certificate unambiguously in a message; the hash is the check. */
const FINGERPRINT_PREFIX = 16;
function sortedDomains(names) {
    return [...new Set(names.map((n) => n.toLowerCase()))].sort();
}
function contractOf(input) {
    const domains = sortedDomains(input.domainNames);
    const contract = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([CONTRACT_FORMAT, input.truststoreSha256, input.uri, input.label, domains]))
        .digest('hex');
    const certs = [...new Set(input.fingerprints.map((f) => f.slice(0, FINGERPRINT_PREFIX)))].sort();
    return {
        contract,
        truststore: input.truststoreSha256,
        ...(certs.length <= MAX_LISTED_CERTIFICATES ? { certs } : {}),
        certCount: input.fingerprints.length,
        ...(domains.length <= MAX_LISTED_DOMAINS && domains.join('').length <= MAX_LISTED_DOMAIN_CHARS
            ? { domains }
            : {}),
    };
}
function listed(items, max = 10) {
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
/**
 * One sentence per difference between the reviewed contract and the one about to be applied.
 * `subjectOf` names a certificate of the current truststore by its fingerprint prefix.
 */
function describeDifferences(reviewed, current, subjectOf) {
    if (reviewed.contract === current.contract)
        return [];
    const out = [];
    if (reviewed.certs && current.certs) {
        const before = new Set(reviewed.certs);
        const now = new Set(current.certs);
        const added = current.certs.filter((c) => !before.has(c));
        const removed = reviewed.certs.filter((c) => !now.has(c));
        if (added.length > 0) {
            const names = added.map((c) => `${subjectOf(c) ?? 'certificate'} (SHA-256 ${c}…)`);
            out.push(`certificates added since the review: ${listed(names)}`);
        }
        if (removed.length > 0) {
            out.push(`certificates removed since the review: ${listed(removed.map((c) => `SHA-256 ${c}…`))} (their subjects are in the reviewed plan comment)`);
        }
    }
    else if (reviewed.truststore !== undefined && reviewed.truststore !== current.truststore) {
        out.push(`the truststore has ${current.certCount} certificates now and ${reviewed.certCount ?? '?'} in the review (too many to list in the marker: compare the plan comment with the job summary)`);
    }
    if (out.length === 0 && reviewed.truststore !== undefined && reviewed.truststore !== current.truststore) {
        out.push(`the truststore bytes differ (SHA-256 ${reviewed.truststore.slice(0, 16)}… reviewed, ${current.truststore.slice(0, 16)}… now) although the certificates are the same`);
    }
    if (reviewed.uri !== undefined && reviewed.uri !== current.uri)
        out.push(`truststore-uri was ${reviewed.uri} in the review and is ${current.uri} now`);
    if (reviewed.label !== undefined && reviewed.label !== current.label)
        out.push(`label was ${reviewed.label} in the review and is ${current.label} now`);
    if (reviewed.domains && current.domains) {
        const before = new Set(reviewed.domains);
        const now = new Set(current.domains);
        const added = current.domains.filter((d) => !before.has(d));
        const removed = reviewed.domains.filter((d) => !now.has(d));
        if (added.length > 0)
            out.push(`domain-names added since the review: ${listed(added)}`);
        if (removed.length > 0)
            out.push(`domain-names removed since the review: ${listed(removed)}`);
    }
    if (out.length === 0)
        out.push('the contract differs although nothing the marker lists does (the domain-names were too many to list, or the plan was made by another version of this action)');
    return out;
}
/** The contract of a canonical truststore deployed to `uri` under `label` for `domainNames`. */
function contractForTruststore(truststore, target) {
    return {
        ...contractOf({
            truststoreSha256: truststore.sha256,
            uri: target.uri,
            label: target.label,
            domainNames: target.domainNames,
            fingerprints: truststore.entries.map((e) => e.certificate.fingerprint),
        }),
        uri: target.uri,
        label: target.label,
    };
}
//# sourceMappingURL=contract.js.map
;// CONCATENATED MODULE: ./lib/github/permissions.js
const FORK_RECIPE = 'To comment on pull requests from forks, upload the plan-markdown output as an artifact and post it from a workflow triggered by workflow_run, which gets a write token (see "Pull requests from forks" in the README).';
function permissions_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function reasonOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0]?.slice(0, 300) ?? '';
}
function explainCommentFailure(error, context) {
    const status = permissions_statusOf(error);
    const reason = reasonOf(error);
    const where = `pull request #${context.pullRequest}`;
    if (context.readOnly && (status === 403 || status === 404)) {
        return {
            level: 'warning',
            message: `Cannot comment on ${where}: it comes from a fork (or Dependabot), so the token is read-only (GitHub said: ${reason}). The plan is in the job summary. ${FORK_RECIPE}`,
        };
    }
    const level = context.afterDeploy ? 'warning' : 'error';
    if (status === 403 && /not accessible by integration|permission/i.test(reason)) {
        return {
            level,
            message: `Cannot comment on ${where}: the token lacks the permission (GitHub said: ${reason}). Add "permissions: pull-requests: write" to the job (keep "contents: read"), or set comment: never.`,
        };
    }
    if (status === 401) {
        return {
            level,
            message: `Cannot comment on ${where}: github-token was refused (GitHub said: ${reason}). Pass a valid token, or leave github-token at its default \${{ github.token }}.`,
        };
    }
    if (status === 404) {
        return {
            level,
            message: `Cannot comment on ${where}: GitHub answered 404 (${reason}), which means the token cannot see this repository's pull requests. Give the job "permissions: pull-requests: write", or use a token with access to the repository.`,
        };
    }
    // Rate limits, outages, network: the plan is still in the job summary; the next push retries.
    return {
        level: 'warning',
        message: `Cannot comment on ${where}${status ? ` (HTTP ${status})` : ''}: ${reason}. The plan is in the job summary.`,
    };
}
//# sourceMappingURL=permissions.js.map
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/markdown/plan.js + 1 modules
var markdown_plan = __webpack_require__(2127);
;// CONCATENATED MODULE: ./lib/report/markdown/probes.js
/**
 * The post-roll probes as a Markdown table, for the job summary and the post-merge note. Pure.
 * Domain and identity names come from the workflow, details from the network: all escaped.
 */

function met(r) {
    return r.expected === 'accept'
        ? r.outcome === 'accepted'
        : r.outcome === 'tls-refused' || r.outcome === 'gateway-forbidden';
}
function renderProbesMarkdown(probes) {
    if (probes.length === 0)
        return '';
    const rows = probes.map((r) => `| ${met(r) ? '✅' : '❌'} | ${(0,report_escape/* markdownText */.p7)(r.domain)} | ${(0,report_escape/* markdownText */.p7)(r.identity)} | ${r.expected} | ${r.outcome} | ${r.status ?? '–'} | ${(0,report_escape/* markdownText */.p7)(r.detail, 400)} |`);
    return [
        '**Live mTLS probe** (each identity presents its leaf certificate alone):',
        '',
        '| | Domain | Identity | Expected | Outcome | HTTP | Detail |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}
//# sourceMappingURL=probes.js.map
;// CONCATENATED MODULE: ./lib/report/markdown/deployment.js
/**
 * What a deploy did, as Markdown: the job summary of a deploy run and the short note on the
 * merged pull request. Pure, like `render.ts`.
 */



function names(list) {
    return list.length === 0 ? 'none' : list.map((n) => (0,report_escape/* markdownText */.p7)(n)).join(', ');
}
function renderDeploymentMarkdown(plan, deployment, options = {}) {
    const label = options.label ? `: ${(0,report_escape/* markdownText */.p7)(options.label)}` : '';
    const lines = [];
    if (options.header)
        lines.push(options.header);
    if (options.failure !== undefined) {
        lines.push(`### ❌ mTLS truststore deploy failed${label}`, `**${(0,report_escape/* markdownText */.p7)(options.failure, 2000)}**`);
    }
    else if (deployment.upToDate) {
        lines.push(`### ✅ mTLS truststore up to date${label}`, `Nothing deployed: every domain is already pinned to ${deployment.versionId ? `version ${(0,markdown_plan/* code */.aY)(deployment.versionId)}` : 'the same truststore'} of ${(0,report_escape/* markdownText */.p7)(plan.location.uri)}.`);
    }
    else {
        lines.push(`### 🚀 mTLS truststore deployed${label}`, `Version ${deployment.versionId ? (0,markdown_plan/* code */.aY)(deployment.versionId) : 'unknown'} of ${(0,report_escape/* markdownText */.p7)(plan.location.uri)}` +
            ` (+${plan.addedCount} added, −${plan.removedCount} removed; previous version ${deployment.previousVersionId ? (0,markdown_plan/* code */.aY)(deployment.previousVersionId) : 'none'}).`);
    }
    const facts = [`- Domains rolled: ${names(deployment.deployedDomains)}`];
    if (deployment.rolledBackDomains.length > 0) {
        facts.push(`- **Rolled back** to ${deployment.previousVersionId ? (0,markdown_plan/* code */.aY)(deployment.previousVersionId) : 'the previous version'}: ${names(deployment.rolledBackDomains)}`);
    }
    if (deployment.untouchedDomains.length > 0)
        facts.push(`- Not touched: ${names(deployment.untouchedDomains)}`);
    const warned = deployment.warnings.filter((w) => w.warnings.length > 0);
    if (warned.length === 0)
        facts.push('- Truststore warnings from API Gateway: none');
    else {
        facts.push('- Truststore warnings from API Gateway:');
        for (const w of warned) {
            for (const message of w.warnings)
                facts.push(`  - ${(0,report_escape/* markdownText */.p7)(w.domainName)}: ${(0,report_escape/* markdownText */.p7)(message, 1000)}`);
        }
    }
    lines.push(facts.join('\n'));
    if (deployment.probes && deployment.probes.length > 0)
        lines.push(renderProbesMarkdown(deployment.probes));
    if (options.runUrl)
        lines.push(`<sub>[Workflow run](${options.runUrl})</sub>`);
    const max = options.maxLength ?? 60_000;
    return (0,markdown_plan/* fitToLength */.bD)(`${lines.join('\n\n')}\n`, max, 'The rest was cut: see the job summary of the run.');
}
//# sourceMappingURL=deployment.js.map
;// CONCATENATED MODULE: ./lib/report/github/publish.js
/**
 * Where a plan or a deployment is shown: the `plan-markdown` output, the job summary (always the
 * full text) and, on pull requests, the sticky comment. Commenting never fails the run except for
 * a missing permission on a pull request from this repository, which only the user can fix.
 */










/** A step summary may hold 1 MiB; leave room for what other steps write. */
const SUMMARY_MAX_LENGTH = 800_000;
/** Tells the comments of several truststores apart (action.yml: label, else truststore-uri, else output-file). */
function labelOf(settings) {
    return settings.label ?? settings.truststoreUri ?? settings.outputFile;
}
/** The contract a plan comment carries and a deploy checks: truststore bytes, URI, label, domains. */
function contractOfSettings(settings, truststore) {
    return contractForTruststore(truststore, {
        uri: settings.truststoreUri ?? '',
        label: labelOf(settings),
        domainNames: settings.domainNames,
    });
}
async function writeJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        runner/* info */.pq('GITHUB_STEP_SUMMARY is not set (not on a runner): no job summary written');
        return;
    }
    try {
        await runner/* appendSummary */.fe(markdown, true);
    }
    catch (error) {
        runner/* warning */.$e(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}
async function writeSticky(settings, note) {
    if (settings.githubToken === '') {
        runner/* warning */.$e(`github-token is empty: no pull-request comment. Leave github-token at its default \${{ github.token }}.`);
        return;
    }
    try {
        const client = await githubClient(settings.githubToken);
        const target = { ...(0,github_event/* repositoryOf */._M)(), issueNumber: note.issueNumber };
        const author = await tokenIdentity(client, settings.githubAppSlug);
        const found = await findComments(client, target, author, note.wanted);
        if (found.lookalikes.length > 0)
            runner/* warning */.$e(describeLookalikes(found.lookalikes, author, note.issueNumber));
        const result = await upsertComment(client, target, found.ours, note.body, note.policy);
        runner/* info */.pq(result.action === 'skipped'
            ? `comment: ${settings.comment}: nothing to say on pull request #${note.issueNumber}`
            : `comment ${result.id} on pull request #${note.issueNumber}: ${result.action}`);
    }
    catch (error) {
        const problem = explainCommentFailure(error, {
            readOnly: note.readOnly,
            pullRequest: note.issueNumber,
            afterDeploy: note.afterDeploy,
        });
        if (problem.level === 'error') {
            runner/* setOutput */.uH('failure-reason', 'github-error');
            runner/* setFailed */.C1(problem.message);
        }
        else
            runner/* warning */.$e(problem.message);
    }
}
function renderOptions(settings, label) {
    return { expiryWarningDays: settings.expiryWarningDays, label, fullPlanUrl: (0,github_event/* runUrlOf */.Qm)() };
}
async function commentOnPullRequest(settings, label, body, hasChanges) {
    const event = (0,github_event/* readEvent */.j_)();
    const pr = (0,github_event/* pullRequestOf */._n)(event);
    if (!pr || settings.comment === 'never')
        return;
    await writeSticky(settings, {
        issueNumber: pr.number,
        readOnly: (0,github_event/* isReadOnlyPullRequest */.jB)(event),
        afterDeploy: false,
        wanted: (m) => m.kind === 'plan' && m.label === label,
        body,
        policy: { create: settings.comment === 'always' || hasChanges, update: true },
    });
}
async function publishPlan(settings, validation, plan) {
    const label = labelOf(settings);
    const options = renderOptions(settings, label);
    const contract = validation.truststore ? contractOfSettings(settings, validation.truststore) : undefined;
    const header = renderMarker({
        kind: 'plan',
        label,
        uri: plan.location.uri,
        ...(contract ? { ...contract, uri: plan.location.uri, label } : {}),
        // The version the plan was read against ('' before the first upload); unknown on a fork's offline plan.
        ...(plan.offline ? {} : { live: plan.latest?.versionId ?? '' }),
    });
    const comment = (0,markdown_plan/* renderPlanMarkdown */.d$)(plan, { ...options, header });
    runner/* setOutput */.uH('plan-markdown', comment);
    await writeJobSummary((0,markdown_plan/* renderPlanMarkdown */.d$)(plan, { ...options, maxLength: SUMMARY_MAX_LENGTH }));
    await commentOnPullRequest(settings, label, comment, plan.hasChanges);
}
/**
 * Plan mode with an invalid truststore: the pull request still hears why (validate mode has
 * written the job summary and failed the step already).
 */
async function publishInvalid(settings, validation) {
    const label = labelOf(settings);
    // No contract: a refused truststore is no plan a deploy may apply.
    const header = renderMarker({ kind: 'plan', label, uri: settings.truststoreUri ?? '' });
    const comment = (0,markdown_plan/* renderInvalidMarkdown */.PJ)(validation.findings, { ...renderOptions(settings, label), header });
    runner/* setOutput */.uH('plan-markdown', comment);
    await commentOnPullRequest(settings, label, comment, true);
}
async function publishDeployment(settings, plan, deployment, failure) {
    const label = labelOf(settings);
    const options = { ...renderOptions(settings, label), runUrl: (0,github_event/* runUrlOf */.Qm)(), failure: failure?.message };
    await writeJobSummary(`${renderDeploymentMarkdown(plan, deployment, { ...options, maxLength: 100_000 })}\n${(0,markdown_plan/* renderPlanMarkdown */.d$)(plan, {
        ...options,
        maxLength: SUMMARY_MAX_LENGTH,
    })}`);
    const event = (0,github_event/* readEvent */.j_)();
    if (event.name !== 'push' || settings.comment === 'never')
        return;
    if (settings.comment === 'changes-only' && deployment.upToDate && !failure)
        return;
    const sha = process.env.GITHUB_SHA ?? '';
    if (!/^[0-9a-f]{40,64}$/i.test(sha) || settings.githubToken === '')
        return;
    let issueNumber;
    try {
        const client = await githubClient(settings.githubToken);
        const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
            ...(0,github_event/* repositoryOf */._M)(),
            commit_sha: sha,
        });
        // Only the pull request whose merge is this commit: the one whose plan was deployed.
        issueNumber = data.find((p) => p.merged_at && p.merge_commit_sha === sha)?.number;
    }
    catch (error) {
        runner/* warning */.$e(`Could not find the pull request merged as ${sha.slice(0, 12)}: ${error instanceof Error ? error.message : String(error)}. The deployment is in the job summary.`);
        return;
    }
    if (issueNumber === undefined) {
        runner/* info */.pq(`No merged pull request for commit ${sha.slice(0, 12)}: no deployment note`);
        return;
    }
    const marker = {
        kind: 'deployment',
        label,
        uri: plan.location.uri,
        truststore: plan.desired.sha256,
        sha,
    };
    await writeSticky(settings, {
        issueNumber,
        readOnly: false,
        afterDeploy: true,
        wanted: (m) => m.kind === 'deployment' && m.label === label && m.sha === sha,
        body: renderDeploymentMarkdown(plan, deployment, { ...options, header: renderMarker(marker) }),
        // A re-run that found nothing to do keeps the note of the run that deployed.
        policy: { create: true, update: !deployment.upToDate || failure !== undefined },
    });
}
//# sourceMappingURL=publish.js.map
;// CONCATENATED MODULE: ./lib/pipeline/review.js
/**
 * The reviewed plan is the contract: a deploy applies only the truststore, URI, label and domain
 * names that a reviewer saw in the plan comment of the pull request merged as GITHUB_SHA.
 * Anything else is refused before any AWS write; `require-reviewed-plan: false` is the
 * break-glass, and says so loudly.
 */








const FIXES = 'Merge the change through a pull request on which this action planned and commented (mode auto or plan on pull_request, comment not never, same label), or, to deploy without a review in an emergency, set require-reviewed-plan: false (break-glass: it is written into the job summary).';
function noReviewedPlan(why, uri) {
    return new failure/* ReasonedError */.O(`No reviewed plan for this deploy: ${why}. Nothing was written to ${uri}. ${FIXES}`, 'no-reviewed-plan');
}
function describeGitHubError(error) {
    const status = error?.status;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300);
    return `${typeof status === 'number' ? `HTTP ${status}: ` : ''}${message}`;
}
async function checkReviewedPlan(settings, truststore, env = process.env) {
    const uri = settings.truststoreUri ?? '';
    if (!settings.requireReviewedPlan) {
        runner/* warning */.$e(`BREAK-GLASS: require-reviewed-plan is false: this deploy of ${uri} is NOT checked against a reviewed plan. Set it back to true once the emergency is over.`);
        return { status: 'break-glass' };
    }
    if (settings.githubToken === '') {
        return {
            status: 'refused',
            error: noReviewedPlan('github-token is empty, so the plan comment of the merged pull request cannot be read (leave github-token at its default ${{ github.token }})', uri),
        };
    }
    const sha = env.GITHUB_SHA ?? '';
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
        return { status: 'refused', error: noReviewedPlan(`GITHUB_SHA ("${sha}") is not a commit`, uri) };
    }
    const current = contractOfSettings(settings, truststore);
    let found;
    try {
        const client = await githubClient(settings.githubToken);
        const author = await tokenIdentity(client, settings.githubAppSlug);
        found = await findReviewedPlan(client, {
            ...(0,github_event/* repositoryOf */._M)(env),
            sha,
            label: current.label,
            author,
            warn: (m) => runner/* warning */.$e(m),
        });
    }
    catch (error) {
        return {
            status: 'refused',
            error: noReviewedPlan(`GitHub could not be asked for the pull request merged as ${sha.slice(0, 12)} and its plan comment (${describeGitHubError(error)}); the job needs "permissions: contents: read, pull-requests: read" (or write)`, uri),
        };
    }
    if (!found.found)
        return { status: 'refused', error: noReviewedPlan(found.why, uri) };
    const where = `pull request #${found.pullRequest}${found.commentUrl ? ` (${found.commentUrl})` : ''}`;
    const subjects = new Map(truststore.entries.map((e) => [
        e.certificate.fingerprint.slice(0, FINGERPRINT_PREFIX),
        e.certificate.subject,
    ]));
    const differences = describeDifferences(found.marker, current, (p) => subjects.get(p));
    if (differences.length > 0) {
        return {
            status: 'refused',
            error: new failure/* ReasonedError */.O(`The truststore about to be deployed is not the one reviewed in ${where}: ${differences.join('; ')}. Nothing was written to ${uri}. This happens when another merge changed the CA files after the review, or when the deploy workflow's inputs differ from the plan workflow's. Open a pull request with the current CA files so that its plan is reviewed (branch protection's "require branches to be up to date before merging" prevents this), or set require-reviewed-plan: false to deploy anyway (break-glass).`, 'plan-changed'),
        };
    }
    runner/* info */.pq(`deploying the plan reviewed in ${where} (contract ${found.marker.contract.slice(0, 16)}…)`);
    return {
        status: 'matched',
        pullRequest: found.pullRequest,
        contract: found.marker.contract,
        ...(found.marker.live !== undefined ? { live: found.marker.live } : {}),
        ...(found.commentUrl ? { commentUrl: found.commentUrl } : {}),
    };
}
//# sourceMappingURL=review.js.map
;// CONCATENATED MODULE: ./lib/github/audit-issue.js
const audit_issue_PREFIX = '<!-- mtls-truststore-audit ';
const audit_issue_SUFFIX = ' -->';
/** GitHub refuses issue bodies over 65,536 characters. */
const ISSUE_MAX_LENGTH = 60_000;
/** The JSON carries no `-`, `<` or `>`, so no label can end the HTML comment early. */
function renderAuditMarker(label) {
    const json = JSON.stringify({ label }).replace(/[-<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${audit_issue_PREFIX}${json}${audit_issue_SUFFIX}`;
}
/** The label in an issue body's audit marker, or undefined. */
function auditMarkerLabel(body) {
    if (!body?.startsWith(audit_issue_PREFIX))
        return undefined;
    const end = body.indexOf(audit_issue_SUFFIX, audit_issue_PREFIX.length);
    if (end < 0)
        return undefined;
    try {
        const value = JSON.parse(body.slice(audit_issue_PREFIX.length, end));
        return typeof value.label === 'string' ? value.label : undefined;
    }
    catch {
        return undefined;
    }
}
function audit_issue_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Our open issue for this label: marker and author both match; the oldest when there are several. */
async function findAuditIssue(client, target) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner: target.owner,
        repo: target.repo,
        state: 'open',
        per_page: 100,
    });
    return issues
        .filter((i) => i.pull_request === undefined &&
        i.user?.login === target.author &&
        auditMarkerLabel(i.body) === target.label)
        .sort((a, b) => a.number - b.number)[0];
}
async function syncAuditIssue(client, target, content) {
    const existing = await findAuditIssue(client, target);
    const repo = { owner: target.owner, repo: target.repo };
    if (content.healthy) {
        if (!existing)
            return { action: 'none' };
        await client.rest.issues.createComment({
            ...repo,
            issue_number: existing.number,
            body: content.closingComment,
        });
        await client.rest.issues.update({
            ...repo,
            issue_number: existing.number,
            state: 'closed',
            state_reason: 'completed',
        });
        return { action: 'closed', number: existing.number };
    }
    const body = `${renderAuditMarker(target.label)}\n${content.body}`;
    if (!existing) {
        const { data } = await client.rest.issues.create({ ...repo, title: content.title, body });
        return { action: 'opened', number: data.number };
    }
    if (existing.body === body && existing.title === content.title) {
        return { action: 'unchanged', number: existing.number };
    }
    await client.rest.issues.update({ ...repo, issue_number: existing.number, title: content.title, body });
    return { action: 'updated', number: existing.number };
}
/** Why the issue could not be written, with the fix; never fails the audit itself. */
function explainIssueFailure(error) {
    const status = audit_issue_statusOf(error);
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300);
    if (status === 403 || status === 404) {
        return `Cannot write the audit issue: the token lacks the permission (GitHub said: ${reason}). Add "permissions: issues: write" to the audit job, or set comment: never to skip the issue. The problems are in the job summary.`;
    }
    if (status === 401) {
        return `Cannot write the audit issue: github-token was refused (GitHub said: ${reason}). Pass a valid token, or leave github-token at its default \${{ github.token }}.`;
    }
    return `Cannot write the audit issue${status ? ` (HTTP ${status})` : ''}: ${reason}. The problems are in the job summary; the next run tries again.`;
}
//# sourceMappingURL=audit-issue.js.map
;// CONCATENATED MODULE: ./lib/report/markdown/audit.js
/**
 * The audit as Markdown: the job summary, and the body of the audit issue. Pure, like render.ts;
 * every string from AWS or a certificate goes through the escaper.
 */


const ICONS = { error: '❌', warning: '⚠️' };
function count(problems, severity) {
    return problems.filter((p) => p.severity === severity).length;
}
/** "2 errors, 1 warning" */
function problemCounts(problems) {
    const e = count(problems, 'error');
    const w = count(problems, 'warning');
    return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}
/** The issue title: short, stable while the same kind of problems remain. */
function auditTitle(report, label) {
    return `mTLS truststore audit: ${problemCounts(report.problems)} in ${label}`.slice(0, 250);
}
function renderAuditMarkdown(report, options = {}) {
    const label = options.label ? `: ${(0,report_escape/* markdownText */.p7)(options.label)}` : '';
    const parts = [];
    parts.push(report.healthy
        ? `### ✅ mTLS truststore audit healthy${label}`
        : `### ❌ mTLS truststore audit found ${problemCounts(report.problems)}${label}`);
    parts.push(`Checked ${(0,report_escape/* markdownText */.p7)(report.location.uri)}${report.latestVersionId ? ` (latest version ${(0,markdown_plan/* code */.aY)(report.latestVersionId)})` : ''} and ${report.domains.length} custom domain name${report.domains.length === 1 ? '' : 's'} on ${(0,report_escape/* markdownText */.p7)(report.checkedAt.slice(0, 16).replace('T', ' '))} UTC; certificates expiring within ${report.expiryWarningDays} days count as expiring.`);
    if (report.problems.length > 0) {
        const rows = ['| | Code | Domain | Problem and fix |', '| --- | --- | --- | --- |'];
        for (const p of report.problems) {
            rows.push(`| ${ICONS[p.severity]} ${p.severity} | \`${p.code}\` | ${p.domain ? (0,report_escape/* markdownText */.p7)(p.domain) : '—'} | ${(0,report_escape/* markdownText */.p7)(p.message, 1500)} |`);
        }
        parts.push('#### Problems', rows.join('\n'));
    }
    if (report.domains.length > 0) {
        const rows = ['| Domain | Status | Security policy | Pinned to |', '| --- | --- | --- | --- |'];
        for (const d of report.domains) {
            rows.push(`| ${(0,report_escape/* markdownText */.p7)(d.domainName)} | ${(0,report_escape/* markdownText */.p7)(d.status ?? 'unknown')} | ${(0,report_escape/* markdownText */.p7)(d.securityPolicy ?? 'unknown')} | ${d.truststoreVersion ? (0,markdown_plan/* code */.aY)(d.truststoreVersion) : 'not pinned'} |`);
        }
        parts.push('#### Domains', rows.join('\n'));
    }
    if (options.runUrl)
        parts.push(`<sub>[Audit run](${options.runUrl})</sub>`);
    const max = options.maxLength ?? 60_000;
    return (0,markdown_plan/* fitToLength */.bD)(`${parts.join('\n\n')}\n`, max, 'The rest was cut: see the job summary of the audit run.');
}
//# sourceMappingURL=audit.js.map
;// CONCATENATED MODULE: ./lib/report/github/publish-audit.js
/**
 * Where an audit is shown: the job summary (always) and the audit issue (unless comment: never).
 * Writing the issue never fails the audit: the problems are in the summary either way.
 */








async function publishAudit(settings, report) {
    const label = labelOf(settings);
    const runUrl = (0,github_event/* runUrlOf */.Qm)();
    const options = { label, ...(runUrl ? { runUrl } : {}) };
    await writeJobSummary(renderAuditMarkdown(report, { ...options, maxLength: SUMMARY_MAX_LENGTH }));
    if (settings.comment === 'never')
        return;
    if (settings.githubToken === '') {
        runner/* warning */.$e('github-token is empty: no audit issue. Leave github-token at its default ${{ github.token }} and give the job "permissions: issues: write".');
        return;
    }
    try {
        const client = await githubClient(settings.githubToken);
        const author = await tokenIdentity(client, settings.githubAppSlug);
        const result = await syncAuditIssue(client, { ...(0,github_event/* repositoryOf */._M)(), label, author }, {
            healthy: report.healthy,
            title: auditTitle(report, label),
            body: renderAuditMarkdown(report, { ...options, maxLength: ISSUE_MAX_LENGTH }),
            closingComment: `✅ The audit of ${(0,report_escape/* markdownText */.p7)(label)} is healthy again${runUrl ? ` ([run](${runUrl}))` : ''}: closing.`,
        });
        runner/* info */.pq(result.action === 'none'
            ? 'audit issue: none open, nothing to report'
            : `audit issue #${result.number}: ${result.action}`);
    }
    catch (error) {
        runner/* warning */.$e(explainIssueFailure(error));
    }
}
//# sourceMappingURL=publish-audit.js.map
;// CONCATENATED MODULE: ./lib/action/online.js
/**
 * The modes that talk to AWS and GitHub, behind one lazy import from main.ts: validate never
 * loads them, and the bundle keeps their shared code in one chunk instead of one copy per import.
 */










/** The pull request still hears why when the new truststore is refused. */
async function reportRefusedPlan(settings, validation) {
    await publishInvalid(settings, validation);
}
/** plan: against the live state, or against the base commit on a fork (no AWS there). */
async function planAndPublish(settings, validation, onPlan) {
    let plan;
    if (isForkPullRequest()) {
        runner/* info */.pq('pull request from a fork: planning against the base commit (no AWS credentials here)');
        plan = await planFromBaseCommit(settings, validation);
    }
    else {
        plan = await (0,pipeline_plan/* runPlanMode */.cu)(settings, validation, { onPlan });
    }
    onPlan(plan);
    await publishPlan(settings, validation, plan);
    return plan;
}
/**
 * deploy: only what the merged pull request's plan reviewed (see review.ts); a failure part-way is
 * still reported (which domains moved) before the step fails.
 */
async function deployAndPublish(settings, validation, onPlan) {
    const review = validation.truststore ? await checkReviewedPlan(settings, validation.truststore) : undefined;
    if (review?.status === 'break-glass') {
        await writeJobSummary(`> [!CAUTION]\n> **BREAK-GLASS DEPLOY: require-reviewed-plan is false.** This deploy of ${settings.truststoreUri ?? 'the truststore'} was not checked against a reviewed plan. Set require-reviewed-plan back to true once the emergency is over.\n`);
    }
    if (review?.status === 'matched') {
        await writeJobSummary(`Deploying the plan reviewed in pull request #${review.pullRequest} (contract \`${review.contract.slice(0, 16)}…\`).\n`);
    }
    try {
        const { plan, deployment } = await runDeployMode(settings, validation, { onPlan }, review);
        await publishDeployment(settings, plan, deployment);
        return { plan, deployment };
    }
    catch (error) {
        if (error instanceof DeploymentError)
            await publishDeployment(settings, error.plan, error.deployment, error);
        else if (error instanceof failure/* ReasonedError */.O)
            await writeJobSummary(`### ⛔ mTLS truststore deploy refused (${error.reason})\n\n${(0,report_escape/* markdownText */.p7)(error.message, 4000)}\n`);
        throw error;
    }
}
/** audit: outputs, job summary and issue first, then the step fails on any error-severity problem. */
async function auditAndPublish(settings, validation) {
    const report = await runAuditMode(settings, validation);
    setAuditOutputs(report);
    await publishAudit(settings, report);
    reportAuditProblems(report);
}
//# sourceMappingURL=online.js.map

/***/ })

};
