/**
 * API Gateway custom domain names and the truststore version their mutual TLS is pinned to.
 *
 * The v1 API (`@aws-sdk/client-api-gateway`) reaches HTTP API domains too: a Regional custom
 * domain name is one resource shared by REST and HTTP APIs.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-custom-domain-names.html
 */
import {
  type APIGatewayClient,
  GetDomainNameCommand,
  type GetDomainNameCommandOutput,
  UpdateDomainNameCommand,
} from '@aws-sdk/client-api-gateway';
import type { Clock } from '../../aws/clock.js';
import { AwsError, errorCode, translateGatewayError } from '../../aws/errors.js';
import type { DomainState } from '../../plan/model.js';

export interface DomainGatewayOptions {
  region: string;
  clock: Clock;
  /** Least time between two UpdateDomainName calls. */
  updateIntervalMs: number;
  pollIntervalMs: number;
  /** How long one domain may take: waiting to be AVAILABLE, throttling retries, applying the update. */
  timeoutMs: number;
  log?: (message: string) => void;
}

/** What GetDomainName says, plus what the checks before a deploy need. */
export interface DomainDetails extends DomainState {
  endpointTypes: string[];
  statusMessage?: string;
  /** `TLS_1_0`, `TLS_1_2`, or an enhanced `SecurityPolicy_*` one (which cannot carry mutual TLS). */
  securityPolicy?: string;
  /** The ACM certificate that proves ownership when the domain uses an imported or private CA certificate. */
  ownershipVerificationCertificateArn?: string;
}

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
export class PinWaitError extends AwsError {
  override name = 'PinWaitError';
  constructor(
    message: string,
    code: string,
    readonly after: DomainDetails | undefined,
  ) {
    super(message, code);
  }
}

export class DomainGateway {
  private lastUpdateAt: number | undefined;

  constructor(
    private readonly client: APIGatewayClient,
    private readonly options: DomainGatewayOptions,
  ) {}

  /** A gateway that only reads (audit, diagnose): it never updates or waits, so it needs no pacing. */
  static reader(client: APIGatewayClient, region: string, clock: Clock): DomainGateway {
    return new DomainGateway(client, { region, clock, updateIntervalMs: 0, pollIntervalMs: 0, timeoutMs: 0 });
  }

  async describe(domainName: string): Promise<DomainDetails> {
    let d: GetDomainNameCommandOutput;
    try {
      d = await this.client.send(new GetDomainNameCommand({ domainName }));
    } catch (error) {
      throw translateGatewayError(error, {
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
  async waitUntilAvailable(domainName: string, version?: string, deadline?: number): Promise<DomainDetails> {
    const { clock, pollIntervalMs, timeoutMs } = this.options;
    const started = clock.now();
    const until = deadline ?? started + timeoutMs;
    for (;;) {
      let state: DomainDetails | undefined;
      try {
        state = await this.describe(domainName);
      } catch (error) {
        // A throttled poll is not a failure: poll again later.
        if (!(error instanceof AwsError && THROTTLED.has(error.code))) throw error;
      }
      if (state) {
        const settled = state.status === undefined || state.status === 'AVAILABLE';
        if (settled && (version === undefined || state.truststoreVersion === version)) return state;
        if (state.status !== undefined && state.status !== 'AVAILABLE' && !TRANSIENT.has(state.status)) {
          throw new AwsError(
            `custom domain name ${domainName} is ${state.status}${state.statusMessage ? ` (${state.statusMessage})` : ''}: fix the domain in API Gateway (certificate, ownership verification) until it is AVAILABLE, then re-run`,
            'DomainNotAvailable',
          );
        }
      }
      if (clock.now() >= until) {
        const what =
          state?.status && state.status !== 'AVAILABLE'
            ? `is still ${state.status}`
            : `still reports truststore version ${state?.truststoreVersion ?? '(none)'} instead of ${version}`;
        throw new AwsError(
          `custom domain name ${domainName} ${what} after ${Math.round(timeoutMs / 1000)} s: check it in the API Gateway console and re-run when it is AVAILABLE, or raise wait-timeout-seconds`,
          'DomainWaitTimeout',
        );
      }
      // Which domain, in which state, for how long: a wait can last minutes.
      this.options.log?.(
        `${domainName}: ${state?.status ?? 'not read'}${version !== undefined && state?.truststoreVersion !== version ? `, version ${state?.truststoreVersion ?? '(none)'} not yet ${version}` : ''}; waiting for AVAILABLE (${Math.round((clock.now() - started) / 1000)} s, at most ${Math.round((until - started) / 1000)} s)`,
      );
      await clock.sleep(Math.max(MIN_POLL_MS, Math.min(pollIntervalMs, until - clock.now())));
    }
  }

  /**
   * Pins the domain's mutual TLS to `versionId` and waits until API Gateway has applied it.
   * UpdateDomainName is limited to one call per 30 seconds per account (not adjustable): calls are
   * spaced, and throttling is retried with backoff until the timeout.
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
   */
  async pinVersion(domainName: string, versionId: string): Promise<DomainDetails> {
    const { clock, updateIntervalMs, timeoutMs, region } = this.options;
    const deadline = clock.now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      // Spacing counts from when the call returned: the SDK's retry strategy may itself have
      // retried a throttled call, so its last request went out at the end of send(), not the start.
      if (this.lastUpdateAt !== undefined) {
        const wait = this.lastUpdateAt + updateIntervalMs - clock.now();
        if (wait > 0) await clock.sleep(wait);
      }
      try {
        // https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateDomainName.html
        await this.client.send(
          new UpdateDomainNameCommand({
            domainName,
            patchOperations: [
              { op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: versionId },
            ],
          }),
        );
        this.lastUpdateAt = clock.now();
        break;
      } catch (error) {
        this.lastUpdateAt = clock.now();
        const code = errorCode(error);
        const translated = translateGatewayError(error, {
          action: 'apigateway:PATCH',
          domainName,
          region,
          doing: `pin the truststore version ${versionId}`,
        });
        if (THROTTLED.has(code)) {
          const base = Math.max(updateIntervalMs, 1000);
          const retryAfter = Number((error as { retryAfterSeconds?: string }).retryAfterSeconds ?? 0) * 1000;
          const backoff = Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
          const delay = Math.max(retryAfter, backoff) + Math.floor(clock.random() * base * 0.1);
          if (clock.now() + delay > deadline) {
            throw new AwsError(
              `UpdateDomainName for ${domainName} was still throttled after ${attempt} attempts in ${Math.round(
                timeoutMs / 1000,
              )} s: AWS allows one UpdateDomainName per 30 seconds per account and another job is using it; re-run later or raise wait-timeout-seconds`,
              code,
            );
          }
          this.options.log?.(
            `UpdateDomainName throttled for ${domainName} (attempt ${attempt}); retrying in ${delay} ms`,
          );
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
    } catch (error) {
      throw await this.readBackAfterFailedWait(domainName, versionId, error);
    }
  }

  /** The update went through but the wait did not: where is the pin now? */
  private async readBackAfterFailedWait(
    domainName: string,
    versionId: string,
    error: unknown,
  ): Promise<PinWaitError> {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof AwsError ? error.code : 'Error';
    try {
      const after = await this.describe(domainName);
      const where =
        after.truststoreVersion === versionId
          ? `it IS pinned to version ${versionId} now (status ${after.status ?? 'unknown'})`
          : `it reports truststore version ${after.truststoreVersion ?? '(none)'}, not ${versionId} (status ${after.status ?? 'unknown'})`;
      return new PinWaitError(`${message} Read back after UpdateDomainName: ${where}.`, code, after);
    } catch (readError) {
      return new PinWaitError(
        `${message} UpdateDomainName was accepted, and reading the domain back failed too (${(readError as Error).message}): its pin is unknown; check it with aws apigateway get-domain-name --domain-name ${domainName}.`,
        code,
        undefined,
      );
    }
  }
}
