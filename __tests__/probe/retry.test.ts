/**
 * How the probe waits for a new truststore to take effect: scripted gateway answers and a fake
 * clock, so the backoff and the timeout are checked exactly and instantly.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/probe/classify.js';
import { classify } from '../../src/probe/classify.js';
import type { ProbeIdentity } from '../../src/probe/identities.js';
import { probeDomain, probeUrl } from '../../src/probe/run.js';
import { FakeClock } from '../aws/support.js';

const forbidden: Observation = { kind: 'http', status: 403, errorType: 'ForbiddenException' };
const ok: Observation = { kind: 'http', status: 200 };
const identity = (name: string, expected: 'accept' | 'refuse' = 'accept'): ProbeIdentity => ({
  name,
  expected,
  subject: `CN=${name}`,
  certPem: 'unused',
  keyPem: 'unused',
});

function scripted(answers: Observation[]) {
  const calls: { host: string; domain: string; timeoutMs: number }[] = [];
  return {
    calls,
    attempt: async (target: { url: URL; domain: string }, _id: unknown, _ca: unknown, timeoutMs: number) => {
      calls.push({ host: target.url.host, domain: target.domain, timeoutMs });
      return answers.length > 1 ? answers.shift()! : answers[0]!;
    },
  };
}

describe('probe retries', () => {
  it('retries with doubling backoff until the new version answers, then stops', async () => {
    const clock = new FakeClock();
    const gateway = scripted([forbidden, forbidden, forbidden, ok]);
    const logs: string[] = [];
    const [result] = await probeDomain('api.example.com', [identity('partner')], {
      urlTemplate: 'https://{domain}/health',
      timeoutMs: 120_000,
      clock,
      log: (m) => logs.push(m),
      attempt: gateway.attempt,
    });
    expect(result).toMatchObject({ outcome: 'accepted', status: 200, attempts: 4, expected: 'accept' });
    expect(clock.sleeps).toEqual([250, 500, 1000]);
    expect(gateway.calls.map((c) => c.host)).toEqual(Array(4).fill('api.example.com'));
    expect(logs.filter((l) => l.includes('retrying'))).toHaveLength(3);
  });

  it('gives up at probe-timeout-seconds and says how long it tried', async () => {
    const clock = new FakeClock();
    const [result] = await probeDomain('api.example.com', [identity('partner')], {
      urlTemplate: 'https://10.0.0.7:8443/',
      timeoutMs: 10_000,
      clock,
      log: () => {},
      attempt: scripted([forbidden]).attempt,
    });
    expect(result?.outcome).toBe('gateway-forbidden');
    // 250+500+1000+2000+4000 = 7,750 ms; the next wait (8,000 ms) would pass the deadline.
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000, 4000]);
    expect(result?.attempts).toBe(6);
    expect(result?.detail).toContain('still after 6 attempts in 8 s; raise probe-timeout-seconds');
  });

  it('a refuse identity stops at the first refusal, and every identity is judged on its own', async () => {
    const clock = new FakeClock();
    const results = await probeDomain('api.example.com', [identity('removed', 'refuse'), identity('kept')], {
      urlTemplate: 'https://{domain}/',
      timeoutMs: 60_000,
      clock,
      log: () => {},
      attempt: async (_t, id) => ((id as ProbeIdentity).name === 'removed' ? forbidden : ok),
    });
    expect(results.map((r) => [r.identity, r.outcome, r.attempts])).toEqual([
      ['removed', 'gateway-forbidden', 1],
      ['kept', 'accepted', 1],
    ]);
    expect(clock.sleeps).toEqual([]);
  });

  it('one attempt waits at most what is left of the timeout, and at least a second', async () => {
    const clock = new FakeClock();
    const gateway = scripted([{ kind: 'error', code: 'ETIMEDOUT', message: 'slow', afterHandshake: false }]);
    await probeDomain('api.example.com', [identity('partner')], {
      urlTemplate: 'https://{domain}/',
      timeoutMs: 5_000,
      clock,
      log: () => {},
      attempt: gateway.attempt,
    });
    expect(gateway.calls[0]?.timeoutMs).toBe(5_000);
    expect(gateway.calls.at(-1)?.timeoutMs).toBeLessThan(5_000);
    expect(Math.min(...gateway.calls.map((c) => c.timeoutMs))).toBeGreaterThanOrEqual(1_000);
  });

  it('refuses a probe-url that is not https', () => {
    expect(() => probeUrl('http://{domain}/', 'api.example.com')).toThrow(
      /not https: mutual TLS needs an https/,
    );
    expect(() => probeUrl('{domain}/health', 'api.example.com')).toThrow(/is not a URL/);
    expect(probeUrl('https://127.0.0.1:8443/{domain}/ping', 'a.example.com').href).toBe(
      'https://127.0.0.1:8443/a.example.com/ping',
    );
  });
});

describe('what each answer means', () => {
  it('403 with x-amzn-errortype ForbiddenException is the gateway; any other 403 is behind it', () => {
    expect(classify(forbidden).outcome).toBe('gateway-forbidden');
    expect(
      classify({ kind: 'http', status: 403, errorType: 'ForbiddenException:http://internal' }).outcome,
    ).toBe('gateway-forbidden');
    const behind = classify({ kind: 'http', status: 403, errorType: 'AccessDeniedException' });
    expect(behind.outcome).toBe('accepted');
    expect(behind.detail).toContain('from behind the gateway');
    expect(classify({ kind: 'http', status: 401 }).outcome).toBe('accepted');
    expect(classify({ kind: 'http', status: 502 }).outcome).toBe('accepted');
  });

  it('TLS alerts about the client certificate are tls-refused, other failures are errors', () => {
    const tls13 = classify({
      kind: 'error',
      code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
      message: 'alert',
      afterHandshake: true,
    });
    expect(tls13.outcome).toBe('tls-refused');
    expect(tls13.detail).toContain('certificate_required after the handshake completed');
    expect(
      classify({ kind: 'error', code: 'EPROTO', message: 'x SSL alert number 42', afterHandshake: false })
        .outcome,
    ).toBe('tls-refused');
    expect(
      classify({ kind: 'error', code: 'EPROTO', message: 'x SSL alert number 70', afterHandshake: false })
        .outcome,
    ).toBe('error');
    expect(
      classify({ kind: 'error', code: 'ENOTFOUND', message: 'dns', afterHandshake: false }).detail,
    ).toContain('DNS lookup failed');
    expect(
      classify({ kind: 'error', code: 'ECONNRESET', message: 'socket hang up', afterHandshake: true })
        .outcome,
    ).toBe('tls-refused');
    expect(
      classify({ kind: 'error', code: 'ECONNRESET', message: 'socket hang up', afterHandshake: false })
        .outcome,
    ).toBe('error');
    expect(
      classify({ kind: 'error', code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'x', afterHandshake: false })
        .detail,
    ).toContain('probe-ca-file');
  });
});
