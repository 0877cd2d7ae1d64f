export const id = 959;
export const ids = [959];
export const modules = {

/***/ 9959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DomainGateway: () => (/* binding */ DomainGateway)
/* harmony export */ });
/* unused harmony export PinWaitError */
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
            ...(d.tags && Object.keys(d.tags).length > 0 ? { tags: d.tags } : {}),
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
     * spaced. Throttling, ConflictException and server-side errors are retried with backoff, every
     * retry and wait within one budget (`timeoutMs`) from this domain's first call.
     * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
     */
    async pinVersion(domainName, versionId) {
        // Waiting out the spacing the previous domain left is not this domain's time.
        await this.sleepUntil(this.nextUpdateAt());
        const started = this.options.clock.now();
        const deadline = started + this.options.timeoutMs;
        const tries = { started, deadline, attempts: 0, busy: 0, answers: new Map() };
        while (!(await this.tryUpdate(domainName, versionId, tries))) {
            // Refused, and retryLater waited until the next attempt may go out.
        }
        try {
            return await this.waitUntilAvailable(domainName, versionId, tries.deadline);
        }
        catch (error) {
            throw await this.readBackAfterFailedWait(domainName, versionId, error);
        }
    }
    /**
     * When the next UpdateDomainName may go out. Spacing counts from when the last call returned: the
     * SDK may itself have retried a throttled call, so its last request went out at the end of send().
     */
    nextUpdateAt() {
        return this.lastUpdateAt === undefined ? 0 : this.lastUpdateAt + this.options.updateIntervalMs;
    }
    async sleepUntil(at) {
        const wait = at - this.options.clock.now();
        if (wait > 0)
            await this.options.clock.sleep(wait);
    }
    /** One UpdateDomainName: true when it (or an earlier attempt) went through, false to try again. */
    async tryUpdate(domainName, versionId, tries) {
        const { clock, region } = this.options;
        tries.attempts++;
        try {
            // https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateDomainName.html
            await this.client.send(new _aws_sdk_client_api_gateway__WEBPACK_IMPORTED_MODULE_1__/* .UpdateDomainNameCommand */ .SoV({
                domainName,
                patchOperations: [
                    { op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: versionId },
                ],
            }));
            this.lastUpdateAt = clock.now();
            return true;
        }
        catch (error) {
            this.lastUpdateAt = clock.now();
            const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
            const status = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error);
            const serverSide = error.$fault === 'server' || (status ?? 0) >= 500;
            if (!THROTTLED.has(code) && code !== 'ConflictException' && !serverSide) {
                const doing = `pin the truststore version ${versionId}`;
                throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .translateGatewayError */ .fZ)(error, { action: 'apigateway:PATCH', domainName, region, doing });
            }
            const answer = serverSide ? `${code} (HTTP ${status ?? '?'})` : code;
            tries.answers.set(answer, (tries.answers.get(answer) ?? 0) + 1);
            tries.ambiguous ||= serverSide;
            const state = await this.retryLater(domainName, versionId, error, code, tries);
            return state?.truststoreVersion === versionId;
        }
    }
    /**
     * Waits until a refused UpdateDomainName may be tried again, or throws when the budget is spent.
     * Throttling backs off from the spacing (or what AWS asks for) and gives up when that passes the
     * deadline. ConflictException first waits until the domain is AVAILABLE; it and server-side errors
     * (already retried inside send() by the SDK) back off from the poll interval, the last attempt at
     * the deadline. Never sooner than the spacing. Returns the domain if read: it may have the version.
     */
    async retryLater(domainName, versionId, error, code, tries) {
        const { clock, pollIntervalMs, updateIntervalMs } = this.options;
        const refusedAt = clock.now();
        const throttled = THROTTLED.has(code);
        tries.last = code;
        let state;
        if (code === 'ConflictException') {
            this.options.log?.(`${domainName} is busy (ConflictException); waiting until it is AVAILABLE`);
            state = await this.waitUntilAvailable(domainName, undefined, tries.deadline).catch(async (e) => {
                if (!(e instanceof _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy && e.code === 'DomainWaitTimeout'))
                    throw e;
                tries.status = 'never said AVAILABLE again';
                throw await this.giveUp(domainName, versionId, tries);
            });
            tries.status = `said ${state.status ?? 'no status'}`;
            if (state.truststoreVersion === versionId)
                return state;
        }
        const base = throttled
            ? Math.max(updateIntervalMs, 1000)
            : Math.max(code === 'ConflictException' ? MIN_POLL_MS : 1000, pollIntervalMs);
        const retryAfter = Number(error.retryAfterSeconds ?? 0) * 1000;
        const backoff = Math.min(MAX_BACKOFF_MS, base * 2 ** ((throttled ? tries.attempts : ++tries.busy) - 1));
        const spacedAt = this.nextUpdateAt();
        let at = Math.max(spacedAt, refusedAt + Math.max(retryAfter, backoff) + Math.floor(clock.random() * base * 0.1));
        if (at > tries.deadline) {
            if (throttled || refusedAt >= tries.deadline || spacedAt > tries.deadline) {
                throw await this.giveUp(domainName, versionId, tries);
            }
            at = tries.deadline;
        }
        this.options.log?.(`UpdateDomainName ${throttled ? 'throttled' : `refused (${code})`} for ${domainName} (attempt ${tries.attempts}); retrying in ${Math.max(0, at - clock.now())} ms`);
        await this.sleepUntil(at);
        return state;
    }
    /** The budget is spent: how many attempts in how long, what AWS answered, and the fix. */
    async giveUp(domainName, versionId, tries) {
        const budget = Math.round(this.options.timeoutMs / 1000);
        const error = tries.last && THROTTLED.has(tries.last)
            ? new _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`UpdateDomainName for ${domainName} was still throttled after ${tries.attempts} attempts in ${budget} s: AWS allows one UpdateDomainName per 30 seconds per account and another job is using it; re-run later or raise wait-timeout-seconds`, tries.last)
            : this.busyDeadline(domainName, versionId, tries, budget);
        // A server-side error leaves it unknown whether an update went through: say where the pin is.
        return tries.ambiguous ? this.readBackAfterFailedWait(domainName, versionId, error, false) : error;
    }
    busyDeadline(domainName, versionId, tries, budget) {
        const fix = tries.last === 'ConflictException'
            ? `another change to the domain is still being applied (or API Gateway has not finished one it reports as done): wait until it finishes (aws apigateway get-domain-name --domain-name ${domainName}), then re-run the job, or raise wait-timeout-seconds (now ${budget})`
            : `an AWS-side problem: re-run the job later, or raise wait-timeout-seconds (now ${budget})`;
        const seconds = Math.round((this.options.clock.now() - tries.started) / 1000);
        return new _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(`UpdateDomainName for ${domainName} (truststore version ${versionId}) did not go through after ${tries.attempts} attempt${tries.attempts === 1 ? '' : 's'} in ${seconds} s: AWS answered ${[...tries.answers].map(([a, n]) => (n > 1 ? `${a} ${n} times` : a)).join(', ')}${tries.status ? `, and GetDomainName ${tries.status}` : ''}: ${fix}.`, 'DomainUpdateDeadline');
    }
    /** The update went through but the wait did not: where is the pin now? */
    async readBackAfterFailedWait(domainName, versionId, error, accepted = true) {
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
            return new PinWaitError(`${message} UpdateDomainName ${accepted ? 'was accepted' : 'may have gone through'}, and reading the domain back failed too (${readError.message}): its pin is unknown; check it with aws apigateway get-domain-name --domain-name ${domainName}.`, code, undefined);
        }
    }
}
//# sourceMappingURL=domains.js.map

/***/ })

};
