/**
 * How every trust store call is made (./trust-stores.ts): its failure leaves explained, a listing
 * reads every page, and a change that ELB refuses with TrustStoreNotReady waits until the trust
 * store is ACTIVE again and retries, every wait of one change within one deadline, on the Clock.
 */
import type { Clock } from '../../aws/clock.js';
import { AwsError, sdkMessage } from '../../aws/errors.js';
import { type ElbCall, elbCode, isElbThrottled, translateElbError } from './errors.js';

export type Call = Omit<ElbCall, 'region'>;
/** A call's own refusals (by ELB code), named with what the call was given; undefined for the others. */
export type Refusal = (code: string, said: string) => AwsError | undefined;

/** When one change started and by when it must be done. */
export interface Deadline {
  started: number;
  until: number;
}

export interface CallOptions {
  region: string;
  clock: Clock;
  pollIntervalMs: number;
  timeoutMs: number;
  log: (message: string) => void;
}

/** A floor so that a zero poll interval (tests) does not spin. */
const MIN_POLL_MS = 50;
const WHERE = 'check it in the EC2 console (Load Balancing > Trust stores) and re-run when it is ACTIVE';

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A later batch failed: say which revocations the earlier ones of the same call already changed. */
export function partly(error: unknown, done: number[], verb: string, arn: string): unknown {
  if (done.length === 0 || !(error instanceof AwsError)) return error;
  return new AwsError(
    `${error.message} (revocations ${done.join(', ')} of trust store ${arn} were already ${verb} by this call)`,
    error.code,
    error.status,
  );
}

export class ElbCalls<D extends { status: string }> {
  constructor(
    private readonly options: CallOptions,
    /** DescribeTrustStores for one ARN, already explained. */
    private readonly describe: (arn: string) => Promise<D>,
  ) {}

  deadline(): Deadline {
    const started = this.options.clock.now();
    return { started, until: started + this.options.timeoutMs };
  }

  /** One call; its failure leaves explained (its own refusal first, else the general translation). */
  async send<T>(call: Call, request: () => Promise<T>, refused?: Refusal): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw (
        refused?.(elbCode(error), sdkMessage(error)) ??
        translateElbError(error, { ...call, region: this.options.region })
      );
    }
  }

  /** Every page: Marker from the previous NextMarker until there is none. */
  async allPages<T>(
    call: Call,
    page: (marker: string | undefined) => Promise<{ items: T[]; next: string | undefined }>,
  ): Promise<T[]> {
    const all: T[] = [];
    const seen = new Set<string>();
    let marker: string | undefined;
    do {
      const { items, next } = await page(marker);
      all.push(...items);
      if (next && seen.has(next)) {
        throw new AwsError(
          `Elastic Load Balancing answered the same NextMarker twice to ${call.doing} of trust store ${call.arn}: re-run the job`,
          'RepeatedMarker',
        );
      }
      if (next) seen.add(next);
      marker = next || undefined;
    } while (marker);
    return all;
  }

  /** The call, retried once the trust store is ACTIVE again while ELB answers TrustStoreNotReady. */
  async whenReady<T>(
    call: Call,
    deadline: Deadline,
    request: () => Promise<T>,
    refused?: Refusal,
  ): Promise<T> {
    const { clock } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send(call, request, refused);
      } catch (error) {
        if (elbCode(error) !== 'TrustStoreNotReady') throw error;
        if (clock.now() >= deadline.until) {
          throw new AwsError(
            `${call.action} on trust store ${call.arn} was refused with TrustStoreNotReady ${attempt} time${attempt === 1 ? '' : 's'} in ${this.seconds(deadline)} s: a change to it (by this job or another) is still being applied; ${WHERE}, or raise wait-timeout-seconds (now ${this.budget()})`,
            'TrustStoreWaitTimeout',
          );
        }
        this.options.log(
          `${call.action} on ${call.arn}: trust store not ready (attempt ${attempt}); waiting for ACTIVE`,
        );
        await this.pause(deadline);
        await this.activeBy(call.arn, deadline, ` (waiting to ${call.doing})`);
      }
    }
  }

  /** Polls until ACTIVE (a throttled poll is polled again); past the deadline: its status, how long. */
  async activeBy(arn: string, deadline: Deadline, context = ''): Promise<D> {
    for (;;) {
      let state: D | undefined;
      try {
        state = await this.describe(arn);
      } catch (error) {
        if (!isElbThrottled(error)) throw error;
      }
      if (state?.status === 'ACTIVE') return state;
      const status = state?.status ?? 'unread (DescribeTrustStores throttled)';
      if (this.options.clock.now() >= deadline.until) {
        throw new AwsError(
          `trust store ${arn} is still ${status} after ${this.seconds(deadline)} s${context}: ${WHERE}, or raise wait-timeout-seconds (now ${this.budget()})`,
          'TrustStoreWaitTimeout',
        );
      }
      this.options.log(
        `${arn}: ${status}; waiting for ACTIVE (${this.seconds(deadline)} s, at most ${this.budget()} s)`,
      );
      await this.pause(deadline);
    }
  }

  private pause(deadline: Deadline): Promise<void> {
    const { clock, pollIntervalMs } = this.options;
    return clock.sleep(Math.max(MIN_POLL_MS, Math.min(pollIntervalMs, deadline.until - clock.now())));
  }

  private seconds(deadline: Deadline): number {
    return Math.round((this.options.clock.now() - deadline.started) / 1000);
  }

  private budget(): number {
    return Math.round(this.options.timeoutMs / 1000);
  }
}
