export const id = 18;
export const ids = [18];
export const modules = {

/***/ 18:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployInputs: () => (/* binding */ deployInputs),
  deployLive: () => (/* binding */ deployLive)
});

// UNUSED EXPORTS: DeploymentError, runDeployMode

// EXTERNAL MODULE: ./lib/aws/truststore-object.js
var truststore_object = __webpack_require__(2604);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./lib/pki/index.js + 13 modules
var pki = __webpack_require__(5732);
// EXTERNAL MODULE: ./lib/settings/settings.js
var settings_settings = __webpack_require__(3152);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/workspace/inside.js
var inside = __webpack_require__(4053);
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
/**
 * The identity loaded into a real TLS context, as the probe's handshake will load it: OpenSSL's
 * security level refuses what the key match cannot see (an RSA-1024 key: "ee key too small", a
 * certificate signed with MD5 or SHA-1: "ca md too weak"). Found here, before anything is written.
 */
function assertLoadable(certPem, keyPem, where, certFile) {
    try {
        (0,external_node_tls_.createSecureContext)({ cert: certPem, key: keyPem });
    }
    catch (error) {
        const reason = error.reason;
        const said = typeof reason === 'string' && reason !== '' ? reason : error.message;
        throw new settings_settings/* InputError */.dz(`${where}: OpenSSL refuses to present the certificate in ${certFile} with its key (${said.split('\n')[0]}): give an identity that OpenSSL's default security level accepts (RSA of 2048 bits or more, or ECDSA P-256 or larger, signed with SHA-256 or better)`);
    }
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
        if ((0,inside/* isInside */.F)(workspaceReal, keyReal)) {
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
        const certPem = `-----BEGIN CERTIFICATE-----\n${b64}-----END CERTIFICATE-----\n`;
        assertLoadable(certPem, keyPem, where, entry.certFile);
        out.push({ name: entry.name, expected: entry.expected, subject: leaf.subject, certPem, keyPem });
    }
    return out;
}
//# sourceMappingURL=identities.js.map
// EXTERNAL MODULE: ./lib/settings/errors.js
var errors = __webpack_require__(66);
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
        throw new errors/* InputError */.dz(`probe-url "${template}" gives "${text}", which is not a URL: use e.g. https://{domain}/health`);
    }
    if (url.protocol !== 'https:') {
        throw new errors/* InputError */.dz(`probe-url "${template}" is not https: mutual TLS needs an https:// URL`);
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








/**
 * probe-ca-file as the handshake will use it: every PEM block a certificate (garbage inside a
 * block is refused now, not after the first domain was rolled), loaded into a real TLS context.
 */
async function readServerCa(workspace, probeCaFile) {
    const file = external_node_path_.resolve(workspace, probeCaFile);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        throw new settings_settings/* InputError */.dz(`probe-ca-file ${probeCaFile} cannot be read (${error.code ?? 'error'}): give the PEM of the CA that issued the domains' server certificates, or leave it empty for the system's roots`);
    }
    const text = bytes.toString('utf8');
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        throw new settings_settings/* InputError */.dz(`probe-ca-file ${probeCaFile} holds no PEM certificate: give the server CA as PEM`);
    }
    const parsed = (0,pki/* parseSource */.PJ)({ path: probeCaFile, bytes });
    const broken = parsed.findings.find((f) => f.severity === 'error');
    if (broken) {
        throw new settings_settings/* InputError */.dz(`probe-ca-file ${probeCaFile}${broken.line ? ` line ${broken.line}` : ''}: ${broken.message.split('\n')[0]} (${broken.code}): give the server CA as PEM certificates only`);
    }
    try {
        (0,external_node_tls_.createSecureContext)({ ca: text });
    }
    catch (error) {
        throw new settings_settings/* InputError */.dz(`probe-ca-file ${probeCaFile}: OpenSSL will not load it (${error.message.split('\n')[0]}): give the server CA as PEM certificates`);
    }
    return text;
}
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
        for (const host of deps.hosts ?? settings.domainNames)
            probeUrl(urlTemplate, host);
    }
    catch (error) {
        throw new settings_settings/* InputError */.dz(error.message);
    }
    const serverCa = settings.probeCaFile
        ? await readServerCa(settings.workspace, settings.probeCaFile)
        : undefined;
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
;// CONCATENATED MODULE: ./lib/pipeline/deployment-error.js

/** A deploy that failed after it changed something: `deployment` says which targets moved. */
class DeploymentError extends errors/* ReasonedError */.O$ {
    deployment;
    plan;
    name = 'DeploymentError';
    constructor(message, deployment, 
    /** The plan the deploy was carrying out, for the summary and the pull-request note. */
    plan, reason = 'aws-error') {
        super(message, reason);
        this.deployment = deployment;
        this.plan = plan;
    }
}
//# sourceMappingURL=deployment-error.js.map
// EXTERNAL MODULE: ./lib/pipeline/deps.js + 1 modules
var pipeline_deps = __webpack_require__(4941);
// EXTERNAL MODULE: ./lib/pipeline/plan.js + 2 modules
var plan = __webpack_require__(9201);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./lib/aws/errors.js
var aws_errors = __webpack_require__(6762);
;// CONCATENATED MODULE: ./lib/aws/revocation-objects.js
/**
 * Revocation lists as S3 objects: each CRL is uploaded PEM-encoded under a key of its own, named
 * by the SHA-256 of its DER beside the truststore object (`<key>.crl/<sha256>.pem`), never over the
 * truststore object. A trust store loads it by bucket, key and explicit object version.
 */



/** Where the revocation list with this DER SHA-256 lives, beside the truststore object. */
function revocationKey(location, sha256) {
    if (!/^[0-9a-f]{64}$/.test(sha256))
        throw new Error(`not a SHA-256: ${sha256}`);
    return `${location.key}.crl/${sha256}.pem`;
}
/** Uploads one CRL (PEM) under its own key; returns the version a trust store is pointed at. */
async function writeRevocationList(client, location, list, encryption) {
    const key = revocationKey(location, list.sha256);
    const bytes = new TextEncoder().encode(list.pem);
    let out;
    try {
        out = await client.send(new dist_cjs/* PutObjectCommand */.wKZ({
            Bucket: location.bucket,
            Key: key,
            Body: bytes,
            ContentType: 'application/pkix-crl',
            ChecksumAlgorithm: 'SHA256',
            ChecksumSHA256: (0,truststore_object/* sha256Base64 */.TZ)(bytes),
            ...(encryption ? { ServerSideEncryption: encryption.algorithm } : {}),
            ...(encryption?.kmsKeyId !== undefined ? { SSEKMSKeyId: encryption.kmsKeyId } : {}),
        }));
    }
    catch (error) {
        throw (0,aws_errors/* translateS3Error */.PS)(error, {
            action: 's3:PutObject',
            resource: `arn:aws:s3:::${location.bucket}/${location.key}.crl/*`,
            bucket: location.bucket,
            uri: `s3://${location.bucket}/${key}`,
            doing: 'upload a revocation list',
        });
    }
    if (out.VersionId === undefined || out.VersionId === 'null') {
        throw new aws_errors/* AwsError */.Gy(`S3 stored s3://${location.bucket}/${key} without a version id: versioning is not enabled on bucket ${location.bucket}; enable it and re-run`, 'VersioningNotEnabled');
    }
    return { bucket: location.bucket, key, versionId: out.VersionId };
}
//# sourceMappingURL=revocation-objects.js.map
// EXTERNAL MODULE: ./lib/pki/crl.js + 1 modules
var pki_crl = __webpack_require__(7044);
// EXTERNAL MODULE: ./lib/targets/elb/revocation-files.js
var revocation_files = __webpack_require__(9896);
;// CONCATENATED MODULE: ./lib/pipeline/rollback.js
/** The warning for a target left where it is: what went wrong, where it is, how to restore it by hand. */
function notRestored(name, target, session, now, why) {
    const what = target === undefined
        ? `rollback of ${name} was not possible`
        : `rollback of ${name} to version ${target} failed`;
    const version = target ?? '<version-id>';
    const command = session?.restoreCommand?.(name, version);
    const fix = command
        ? `restore it by hand once nothing else is changing it: ${command}`
        : `point it back at version ${version} by hand`;
    return `${what}: ${why.replace(/\.?$/, '.')} ${name} stays on version ${now ?? '(unknown)'}; ${fix}`;
}
async function rollBack(state, deployment, moved, warn) {
    const failed = [];
    const previous = deployment.previousVersions ?? {};
    for (const name of [...moved].reverse()) {
        const planned = state.targets.find((t) => t.state.domainName === name);
        const session = planned?.session;
        // A target that served a bundle no version holds has nothing to go back to; a domain that
        // pinned nothing goes back to what clients met before.
        const target = previous[name] ?? (planned?.served ? undefined : deployment.previousVersionId);
        if (target === undefined || session === undefined) {
            const why = target === undefined
                ? planned?.served
                    ? 'it served a bundle that no object version holds, so there is no version to point it back at'
                    : 'no version before this run is known'
                : 'it was not read before the deploy';
            warn(notRestored(name, target, session, deployment.versionId, why));
            failed.push(name);
            continue;
        }
        try {
            await session.apply(name, target);
            deployment.rolledBackDomains.push(name);
        }
        catch (error) {
            const after = error.after;
            if (after?.truststoreVersion === target) {
                // Pinned back, only not AVAILABLE within the wait: the rollback itself happened.
                warn(`rollback of ${name} to version ${target}: ${error.message}`);
                deployment.rolledBackDomains.push(name);
                continue;
            }
            const now = after ? (after.truststoreVersion ?? '(none)') : deployment.versionId;
            warn(notRestored(name, target, session, now, error.message));
            failed.push(name);
        }
    }
    deployment.deployedDomains = moved.filter((n) => failed.includes(n));
    if (failed.length > 0)
        deployment.rollbackFailedDomains = failed;
}
/** Names, or `none`. */
function list(names) {
    return names.length === 0 ? 'none' : names.join(', ');
}
/** What a rollback did, in one clause: the targets back on their previous versions, and those that are not. */
function rolledBackClause(deployment, versionId) {
    const failedBack = deployment.rollbackFailedDomains ?? [];
    return `Rolled back to their previous versions: ${list(deployment.rolledBackDomains)}${failedBack.length > 0 ? `; rollback FAILED for ${list(failedBack)} (still on ${versionId ?? '?'})` : ''}`;
}
//# sourceMappingURL=rollback.js.map
;// CONCATENATED MODULE: ./lib/pipeline/revocations.js
/**
 * The revocation lists of a deploy (revocation-files). Every changed trust store first gets its
 * new lists, each uploaded once under its own key and added with an explicit object version; only
 * once every addition went through are the lists they replace, and those whose file left the
 * repository, removed: a revoked certificate is never accepted in between. A change to the lists
 * alone does not touch the CA bundle. A rollback removes what this run added and adds back what it
 * removed (from the content the plan read).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/mutual-authentication.html
 */






function listSessionOf(target) {
    const session = target?.session;
    const { addRevocations: add, removeRevocations: remove } = session ?? {};
    if (!session || !add || !remove)
        return undefined;
    return {
        addRevocations: (name, objects) => add.call(session, name, objects),
        removeRevocations: (name, ids) => remove.call(session, name, ids),
    };
}
/** The targets whose lists change, with their sessions (a kind without lists cannot have any). */
function changedTargets(state) {
    const out = [];
    for (const section of state.plan.targets ?? []) {
        if (!section.revocations?.changed)
            continue;
        const lists = listSessionOf(state.targets.find((t) => t.state.domainName === section.name));
        if (!lists) {
            throw new Error(`${section.name} cannot carry revocation lists, yet the plan changes them: report this`);
        }
        out.push({ section: section, lists });
    }
    return out;
}
function recordOf(deployment, target) {
    deployment.revocations ??= [];
    let record = deployment.revocations.find((r) => r.target === target);
    if (!record) {
        record = { target, added: [], removed: [] };
        deployment.revocations.push(record);
    }
    return record;
}
/** Adds every new list to every changed trust store, then removes the replaced and the left ones. */
async function applyRevocations(state, encryption, deployment, deps) {
    const changed = changedTargets(state);
    if (changed.length === 0)
        return;
    const files = new Map((state.revocationFiles ?? []).map((f) => [f.path, f]));
    const uploads = new Map();
    const upload = (path) => {
        const file = files.get(path);
        if (!file)
            throw new Error(`revocation list ${path} was planned but not validated: re-run the job`);
        let once = uploads.get(file.sha256);
        if (!once) {
            once = writeRevocationList(state.s3, state.location, file, encryption);
            uploads.set(file.sha256, once);
        }
        return once;
    };
    const remove = async ({ section, lists }, why) => {
        const ids = [
            ...section.revocations.replace.map((r) => r.revocationId),
            ...section.revocations.remove.map((r) => r.revocationId),
        ].filter((id) => !recordOf(deployment, section.name).removed.includes(id));
        if (ids.length === 0)
            return;
        deps.log(`${section.name}: removing revocation lists ${ids.join(', ')} (${why})`);
        await lists.removeRevocations(section.name, ids);
        recordOf(deployment, section.name).removed.push(...ids);
    };
    for (const changedTarget of changed) {
        const { section, lists } = changedTarget;
        const paths = [...section.revocations.add, ...section.revocations.replace.map((r) => r.file)];
        if (paths.length === 0)
            continue;
        // Adding first would pass ELB's quotas for a moment: then the old lists go first, and for that
        // moment the certificates only they revoke are not refused.
        const over = overQuota(section, paths.map((p) => files.get(p)));
        if (over)
            await remove(changedTarget, `first, to stay within ${over}`);
        const objects = [];
        for (const path of paths)
            objects.push(await upload(path));
        deps.log(`${section.name}: adding revocation lists ${paths.join(', ')}`);
        const ids = await lists.addRevocations(section.name, objects);
        recordOf(deployment, section.name).added.push(...ids);
    }
    for (const changedTarget of changed)
        await remove(changedTarget, 'replaced, or their file left the repository');
}
/** The quota adding `files` before removing the replaced lists would exceed, named; undefined when none. */
function overQuota(section, files) {
    const live = section.revocations.live;
    const lists = live.length + files.length;
    if (lists > revocation_files/* CRL_QUOTAS */.YJ.listsPerTrustStore)
        return `the quota of ${revocation_files/* CRL_QUOTAS */.YJ.listsPerTrustStore} revocation lists per trust store`;
    const entries = live.reduce((n, l) => n + l.entries, 0) + files.reduce((n, f) => n + (f?.serials.length ?? 0), 0);
    if (entries > revocation_files/* CRL_QUOTAS */.YJ.entriesPerTrustStore)
        return `the quota of ${revocation_files/* CRL_QUOTAS */.YJ.entriesPerTrustStore.toLocaleString('en-US')} revoked entries per trust store`;
    return undefined;
}
/** A list a trust store carried before this run, as it was read (the content to add back). */
function contentOf(target, revocationId) {
    const content = target.revocations?.find((r) => r.revocationId === revocationId)?.content;
    const crl = content
        ? (0,pki_crl/* parseCrl */.lD)(content, `${target.state.domainName} revocation ${revocationId}`).crl
        : undefined;
    return crl ? { sha256: (0,revocation_files/* crlDigest */.cd)(crl.der), pem: (0,revocation_files/* crlPem */.sM)(crl.der) } : undefined;
}
/**
 * Undoes this run's changes to revocation lists, newest first: removes the lists it added and adds
 * back those it removed. What cannot be undone is named with the fix, and counted as failed.
 */
async function undoRevocations(state, encryption, deployment, warn) {
    let complete = true;
    for (const record of [...(deployment.revocations ?? [])].reverse()) {
        const target = state.targets.find((t) => t.state.domainName === record.target);
        const session = listSessionOf(target);
        if (!target || !session)
            continue;
        try {
            if (record.removed.length > 0) {
                const lists = record.removed.map((id) => contentOf(target, id));
                const readable = lists.filter((l) => l !== undefined);
                const objects = [];
                for (const list of readable)
                    objects.push(await writeRevocationList(state.s3, state.location, list, encryption));
                if (objects.length > 0)
                    await session.addRevocations(record.target, objects);
                if (readable.length < lists.length) {
                    complete = false;
                    warn(`rollback of ${record.target}: ${lists.length - readable.length} removed revocation list(s) could not be read before the deploy and are not restored: add them back with aws elbv2 add-trust-store-revocations`);
                }
                record.removed = [];
            }
            if (record.added.length > 0) {
                await session.removeRevocations(record.target, record.added);
                record.added = [];
            }
        }
        catch (error) {
            complete = false;
            warn(`rollback of the revocation lists of ${record.target} failed: ${error.message.split('\n')[0]}. It carries lists added by this run (${record.added.join(', ') || 'none'}) and lacks lists it removed (${record.removed.join(', ') || 'none'}): compare aws elbv2 describe-trust-store-revocations with revocation-files and fix it by hand, or re-run the deploy`);
        }
    }
    return complete;
}
/**
 * The revocation step of a deploy, after every target was rolled: on any failure, what this run
 * changed in the lists is undone and every target it moved is rolled back, trust stores and
 * domains alike.
 */
async function revocationsOrRollBack(state, encryption, deployment, moved, deps) {
    try {
        await applyRevocations(state, encryption, deployment, deps);
    }
    catch (error) {
        const said = error.message.split('\n')[0];
        const listsBack = await undoRevocations(state, encryption, deployment, deps.warn);
        await rollBack(state, deployment, moved, deps.warn);
        const failedBack = deployment.rollbackFailedDomains ?? [];
        throw new DeploymentError(`the revocation lists of version ${deployment.versionId ?? '?'} could not be applied (${said}).\nRevocation lists ${listsBack ? 'restored' : 'NOT fully restored (see the warnings)'}; targets rolled back to their previous versions: ${list(deployment.rolledBackDomains)}${failedBack.length > 0 ? `; rollback FAILED for ${list(failedBack)}` : ''}. Fix the cause and re-run the deploy.`, deployment, state.plan, (0,errors/* failureReasonOf */.M3)(error));
    }
}
//# sourceMappingURL=revocations.js.map
// EXTERNAL MODULE: ./lib/plan/diff.js
var diff = __webpack_require__(6840);
;// CONCATENATED MODULE: ./lib/pipeline/upload.js



/** Uploads the desired bytes unless the latest object already holds them; returns the version to pin. */
async function ensureVersion(state, write, deployment, deps) {
    const { plan, latest, store, desiredBytes, location } = state;
    if (!plan.upload && latest?.versionId !== undefined) {
        deps.log(`${location.uri}: the latest version ${latest.versionId} already holds this truststore; not uploading`);
        return latest.versionId;
    }
    let written;
    try {
        written = await store.write(desiredBytes, {
            ...(latest?.etag !== undefined ? { ifMatch: latest.etag } : {}),
            ...(write.encryption ? { encryption: write.encryption } : {}),
            ...(write.provenance ? { provenance: write.provenance } : {}),
        });
        deps.log(`${location.uri}: uploaded version ${written.versionId}`);
    }
    catch (error) {
        const ours = (0,errors/* failureReasonOf */.M3)(error) === 'conflict' ? await ownUploadAfterConflict(state) : undefined;
        if (ours === undefined)
            throw error;
        // The SDK retried a PutObject whose response was lost: the first attempt had written.
        deps.log(`${location.uri}: the upload was refused as a conflict (${error.message.split(':')[0]}), but the latest version ${ours} holds exactly these bytes: the response to our own PutObject was lost; continuing with version ${ours}`);
        written = { versionId: ours };
    }
    deployment.versionId = written.versionId;
    // Read the version back before any target points at it: what AWS loads is what was planned.
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
//# sourceMappingURL=upload.js.map
;// CONCATENATED MODULE: ./lib/pipeline/deploy.js
/**
 * deploy: upload the new truststore as a new object version and roll every target to it, one at a
 * time, stopping at the first one that reports warnings or fails its probe, and rolling back what
 * moved. Idempotent: what is already live is not written again, and a target already on the
 * version is not touched.
 */










/** Bad encryption inputs fail before anything is read or written. */
function deployInputs(settings, probeAttempt) {
    const encryption = (0,truststore_object/* encryptionFrom */.Sy)(settings.sseAlgorithm, settings.sseKmsKeyId);
    return { ...(encryption ? { encryption } : {}), ...(probeAttempt ? { probeAttempt } : {}) };
}
/** What the new version records about where it came from: GITHUB_SHA and its pull request. */
function builtFrom(settings, review, provenance) {
    const sha = (settings.environment?.GITHUB_SHA ?? '').toLowerCase();
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return undefined;
    const pullRequest = review?.status === 'matched'
        ? review.pullRequest
        : provenance?.status === 'proven'
            ? provenance.pullRequest
            : undefined;
    return { commit: sha, ...(pullRequest !== undefined ? { pullRequest } : {}) };
}
/** What the deploy starts from: every target's version before this run, nothing moved yet. */
function startDeployment(state, probe) {
    const { plan, latest } = state;
    const previousVersions = {};
    for (const t of state.targets)
        previousVersions[t.state.domainName] = t.state.truststoreVersion;
    const deployment = {
        upToDate: plan.upToDate,
        deployedDomains: [],
        rolledBackDomains: [],
        untouchedDomains: [],
        warnings: [],
        previousVersions,
        ...(probe ? { probes: [] } : {}),
    };
    // What clients met before this run: the version most targets pinned, else the latest object.
    const previousVersionId = plan.primary.versionId ?? latest?.versionId;
    if (previousVersionId !== undefined)
        deployment.previousVersionId = previousVersionId;
    return deployment;
}
/** The reviewed plan allows this write, or the deploy is refused before it (see review.ts). */
function enforceReview(state, review, deps) {
    if (review?.status === 'refused')
        throw review.error;
    const latestId = state.latest?.versionId;
    if (review?.status === 'matched' && review.live !== undefined && review.live !== (latestId ?? '')) {
        // Drift does not block: the bytes are the contract, and the upload is conditional on what was read now.
        deps.warn(`the live truststore changed since the review in pull request #${review.pullRequest}: the plan was made against version ${review.live || '(none)'}, the latest is now ${latestId ?? '(none)'}. Deploying the reviewed truststore anyway; the job summary shows the plan against the live state.`);
    }
}
/** Rolls the targets one at a time; returns why it stopped early, if it did. Throws when a roll fails. */
async function rollTargets(roll) {
    const { state, toRoll, versionId, probe, deployment, moved, deps } = roll;
    const rest = (i) => toRoll.slice(i + 1).map((x) => x.state.domainName);
    for (const [i, t] of toRoll.entries()) {
        const name = t.state.domainName;
        if (t.state.truststoreVersion === versionId)
            continue;
        let after;
        try {
            deps.log(`${name}: pinning truststore version ${versionId} (was ${t.state.truststoreVersion ?? 'unpinned'})`);
            after = await t.session.apply(name, versionId);
        }
        catch (error) {
            const readBack = error.after;
            // The update went through although the wait failed: the target moved, and any rollback covers it.
            if (readBack?.truststoreVersion === versionId)
                moved.push(name);
            deployment.untouchedDomains = rest(i);
            if (readBack?.truststoreVersion === versionId && readBack.warnings.length > 0) {
                deployment.warnings.push({ domainName: name, warnings: readBack.warnings });
                return { warned: readBack };
            }
            deployment.failed = { domainName: name, message: error.message };
            throw error;
        }
        moved.push(name);
        if (after.warnings.length > 0) {
            // https://docs.aws.amazon.com/apigateway/latest/api/API_MutualTlsAuthentication.html (truststoreWarnings)
            deployment.warnings.push({ domainName: name, warnings: after.warnings });
            deployment.untouchedDomains = rest(i);
            return { warned: after };
        }
        if (probe && t.session.probeHost) {
            // Proof that partners get in (or, for `refuse`, stay out) on the version now live. A probe
            // that cannot run proves nothing: the version stays unproven and is rolled back like a failure.
            let results;
            try {
                results = await probe.run(t.session.probeHost(name));
            }
            catch (error) {
                deployment.untouchedDomains = rest(i);
                return {
                    probeFailure: `the mTLS probe of ${name} on version ${versionId} could not run (${error.message.split('\n')[0]}), so the version is unproven`,
                };
            }
            deployment.probes?.push(...results);
            if (unexpected(results).length > 0) {
                deployment.untouchedDomains = rest(i);
                return {
                    probeFailure: `the mTLS probe of ${name} on version ${versionId} failed: ${describeUnexpected(results)}`,
                };
            }
        }
    }
    return undefined;
}
/** Warnings or a failed probe: roll back what moved (unless told not to), and say what happened. */
async function stopped(state, settings, stop, deployment, moved, versionId, deps) {
    const warned = 'warned' in stop ? stop.warned : undefined;
    const said = warned
        ? `API Gateway reported truststore warnings for ${warned.domainName} on version ${versionId}: ${warned.warnings.join('; ')}`
        : stop.probeFailure;
    const fix = warned
        ? 'Fix the certificates API Gateway names'
        : 'Fix the truststore (mode diagnose explains why a client is refused)';
    const reason = warned ? 'warnings' : 'probe-failed';
    const notMoved = `not moved: ${list(deployment.untouchedDomains)}`;
    if (warned ? settings.rollbackOnWarnings : settings.rollbackOnProbeFailure !== false) {
        await rollBack(state, deployment, moved, deps.warn);
        return new DeploymentError(`${said}.\n${rolledBackClause(deployment, versionId)}; ${notMoved}. ${fix} and push again; until then the next plan shows version ${versionId} as drift.`, deployment, state.plan, reason);
    }
    const rollbackInput = warned ? 'rollback-on-warnings' : 'rollback-on-probe-failure';
    return new DeploymentError(`${said}.\n${rollbackInput} is false: ${list(moved)} stay on version ${versionId}; ${notMoved}. ${fix} and push again.`, deployment, state.plan, reason);
}
/** Before writing anything: every target to roll must be ready (waiting is bounded). */
async function readyToRoll(state, deps) {
    const toRoll = state.targets.filter((t) => state.plan.domainsToRoll.includes(t.state.domainName));
    for (const t of toRoll) {
        const ready = t.kind.readyStatus;
        if (t.state.status !== undefined && t.state.status !== ready) {
            deps.log(`${t.state.domainName} is ${t.state.status}; waiting until it is ${ready} before deploying`);
            await t.session.waitUntilReady(t.state.domainName);
        }
    }
    return toRoll;
}
/**
 * After the first write: roll the targets. Any failure (an AWS error on a target, a wait that ran
 * out, anything else) leaves the version unproven, so every target this run moved is rolled back,
 * whatever its kind: a deploy never leaves the targets split.
 */
async function rollOrRollBack(roll) {
    const { state, versionId, deployment, moved, deps } = roll;
    try {
        return await rollTargets(roll);
    }
    catch (error) {
        deployment.deployedDomains = [...moved];
        const failed = deployment.failed?.domainName;
        const ready = state.targets.find((t) => t.state.domainName === failed)?.kind.readyStatus ?? 'ready';
        const said = failed
            ? `${error.message}\nDeploy stopped at ${moved.includes(failed)
                ? `${failed} (pinned to ${versionId}, but not ${ready})`
                : `${failed} (failed)`}`
            : `the deploy of version ${versionId} failed after it changed targets (${error.message.split('\n')[0]})`;
        await rollBack(state, deployment, moved, deps.warn);
        throw new DeploymentError(`${said}.\n${rolledBackClause(deployment, versionId)}; not moved: ${list(deployment.untouchedDomains)}. Fix the cause and re-run the deploy.`, deployment, state.plan, (0,errors/* failureReasonOf */.M3)(error));
    }
}
/** The deploy of a plan that was read (readLiveState) and reviewed (checkReviewedPlan). */
async function deployLive(state, settings, inputs, partial, review, provenance) {
    const deps = (0,pipeline_deps/* resolveDeps */.JC)(partial);
    const { plan, latest, location } = state;
    // Bad probe inputs (a key in the workspace, a key that is not the certificate's) fail before any write.
    const probe = await preparePostRollProbe(settings, {
        clock: deps.clock,
        log: deps.log,
        hosts: state.targets.flatMap((t) => t.session.probeHost?.(t.state.domainName) ?? []),
        ...(inputs.probeAttempt ? { attempt: inputs.probeAttempt } : {}),
    });
    const deployment = startDeployment(state, probe);
    if (plan.upToDate) {
        deployment.versionId = latest?.versionId;
        deps.log(`${location.uri} is up to date: version ${latest?.versionId ?? '?'} holds this truststore and every domain is pinned to it`);
        if (review?.status === 'refused')
            deps.warn(`Nothing to deploy, so no reviewed plan is needed; noted anyway: ${review.error.message}`);
        return deployment;
    }
    // The contract is checked before any write: only the reviewed bytes reach the bucket.
    enforceReview(state, review, deps);
    if (provenance?.status === 'replay') {
        // A re-run of an older deploy: what is live is newer and already holds this commit.
        deps.log(provenance.summary);
        deployment.upToDate = true;
        deployment.replayOf = provenance.liveCommit;
        deployment.versionId = deployment.previousVersionId;
        return deployment;
    }
    const toRoll = await readyToRoll(state, deps);
    const built = builtFrom(settings, review, provenance);
    if (built)
        deployment.provenance = built;
    const versionId = await ensureVersion(state, { ...inputs, ...(built ? { provenance: built } : {}) }, deployment, deps);
    deployment.versionId = versionId;
    const moved = [];
    const stop = await rollOrRollBack({ state, toRoll, versionId, probe, deployment, moved, deps });
    deployment.deployedDomains = moved;
    if (stop)
        throw await stopped(state, settings, stop, deployment, moved, versionId, deps);
    await revocationsOrRollBack(state, inputs.encryption, deployment, moved, deps);
    deps.log(`deployed version ${versionId} to ${list(moved)}`);
    // Every target rolled and none rolled back: record it on the version (the audit's pin-reverted).
    const unrecorded = await state.store.markDeployed(versionId, new Date(deps.clock.now()));
    if (unrecorded)
        deps.warn(unrecorded, 'truststore: deploy not recorded');
    return deployment;
}
/** The deploy stage from the settings: check the inputs, read what is live, then deploy it. */
async function runDeployMode(settings, validation, partial = {}, 
/** The reviewed-plan check (undefined: not asked, as in unit tests of the AWS steps). */
review) {
    const inputs = deployInputs(settings, partial.probeAttempt);
    const state = await readLiveState(settings, validation, partial);
    return { plan: state.plan, deployment: await deployLive(state, settings, inputs, partial, review) };
}
//# sourceMappingURL=deploy.js.map

/***/ })

};
