/**
 * x509-limbo conformance of the engine's path validation. Prints `N passed, N failed, N skipped`,
 * the skip classes, and every failure with its reason. The failures are pinned: a new failure is
 * a regression, and a pinned one that starts passing must be taken off the list (so the list
 * never overstates what is wrong).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Evaluation,
  evaluate,
  isDenialOfService,
  type LimboCase,
  limboPath,
  loadLimbo,
  skipReason,
} from './harness.js';

/** Cases the engine answers differently from limbo, and why. */
const KNOWN_FAILURES: Record<string, { kind: 'deliberate' | 'not implemented'; why: string }> = {
  'webpki::forbidden-rsa-not-divisible-by-8-in-root': {
    kind: 'deliberate',
    why: "API Gateway asks only for RSA of 2048 bits or more; the multiple-of-8 rule is the CA/Browser Forum's",
  },
  'pathlen::max-chain-depth-1-self-issued': {
    kind: 'not implemented',
    why: 'self-issued intermediates count against the depth limit (OpenSSL exempts them)',
  },
  'rfc5280::validity::notafter-fractional': {
    kind: 'not implemented',
    why: 'validity is compared in milliseconds; RFC 5280 times have whole seconds, so notAfter holds through its last second',
  },
  'rfc5280::aki::leaf-missing-aki': {
    kind: 'not implemented',
    why: 'authorityKeyIdentifier presence not required',
  },
  'rfc5280::nc::permitted-dns-match-noncritical': {
    kind: 'deliberate',
    why: 'OpenSSL applies name constraints whether or not the extension is critical, and so does the lock-out check: it answers what the verifier will do',
  },
  'rfc5280::nc::invalid-dnsname-leading-period': {
    kind: 'deliberate',
    why: 'OpenSSL reads a dNSName constraint with a leading period as "subdomains only", and so does the lock-out check',
  },
  'rfc5280::nc::not-allowed-in-ee-noncritical': {
    kind: 'not implemented',
    why: 'nameConstraints on an end-entity certificate is not rejected (a profile rule, not a path rule)',
  },
  'rfc5280::nc::not-allowed-in-ee-critical': {
    kind: 'not implemented',
    why: 'nameConstraints on an end-entity certificate is not rejected (a profile rule, not a path rule)',
  },
  'rfc5280::ca-empty-subject': { kind: 'not implemented', why: 'an empty CA subject is not rejected' },
  'rfc5280::root-non-critical-basic-constraints': {
    kind: 'not implemented',
    why: 'basicConstraints criticality on CAs is not checked',
  },
  'rfc5280::leaf-ku-keycertsign': {
    kind: 'not implemented',
    why: 'a non-CA leaf asserting keyCertSign is not rejected',
  },
  'webpki::aki::root-with-aki-missing-keyidentifier': {
    kind: 'not implemented',
    why: "the form of a root's AKI is not checked",
  },
  'webpki::aki::root-with-aki-authoritycertissuer': {
    kind: 'not implemented',
    why: "the form of a root's AKI is not checked",
  },
  'webpki::aki::root-with-aki-authoritycertserialnumber': {
    kind: 'not implemented',
    why: "the form of a root's AKI is not checked",
  },
  'webpki::aki::root-with-aki-all-fields': {
    kind: 'not implemented',
    why: "the form of a root's AKI is not checked",
  },
  'webpki::aki::root-with-aki-ski-mismatch': {
    kind: 'not implemented',
    why: 'a root whose AKI differs from its SKI is accepted',
  },
};

const DOS_BOUND_MS = 1000;

/** Reasons quote subjects, and the pathological cases have subjects of thousands of attributes. */
function short(reason: string | undefined): string {
  return reason && reason.length > 240 ? `${reason.slice(0, 240)}…` : String(reason);
}

const cases = loadLimbo();

if (!cases) {
  describe('x509-limbo conformance', () => {
    it.skip(`skipped: ${limboPath} is absent (x509-limbo lives next to the project, in ../shared/x509-limbo; it is never copied in)`, () => {});
  });
} else {
  describe('x509-limbo conformance', () => {
    const results = new Map<string, { c: LimboCase; skip?: string; evaluation?: Evaluation }>();

    beforeAll(() => {
      for (const c of cases) {
        const skip = skipReason(c);
        // Denial-of-service cases always run: the time bound holds even where the answer is skipped.
        const evaluation = !skip || isDenialOfService(c) ? evaluate(c) : undefined;
        results.set(c.id, { c, ...(skip ? { skip } : {}), ...(evaluation ? { evaluation } : {}) });
      }
    });

    it('answers every case whose features the engine implements, and prints the conformance line', () => {
      const passed: string[] = [];
      const failed: string[] = [];
      const skipped = new Map<string, number>();
      for (const { c, skip, evaluation } of results.values()) {
        if (skip) skipped.set(skip, (skipped.get(skip) ?? 0) + 1);
        else if (evaluation?.result === c.expected_result) passed.push(c.id);
        else failed.push(c.id);
      }
      const skippedCount = [...skipped.values()].reduce((a, b) => a + b, 0);
      const lines = [`x509-limbo: ${passed.length} passed, ${failed.length} failed, ${skippedCount} skipped`];
      lines.push('skipped, by class:');
      for (const [reason, n] of [...skipped.entries()].sort((a, b) => b[1] - a[1]))
        lines.push(`  ${String(n).padStart(3)}  ${reason}`);
      for (const kind of ['deliberate', 'not implemented'] as const) {
        const ids = failed.filter((id) => KNOWN_FAILURES[id]?.kind === kind);
        lines.push(`failed, ${kind} (${ids.length}):`);
        for (const id of ids) {
          const r = results.get(id)!;
          lines.push(
            `  ${id}: expected ${r.c.expected_result}, engine ${r.evaluation?.result} (${short(r.evaluation?.reason)}): ${KNOWN_FAILURES[id]?.why}`,
          );
        }
      }
      const unexpected = failed.filter((id) => !KNOWN_FAILURES[id]);
      for (const id of unexpected) {
        const r = results.get(id)!;
        lines.push(
          `  UNEXPECTED ${id}: expected ${r.c.expected_result}, engine ${r.evaluation?.result} (${short(r.evaluation?.reason)})`,
        );
      }
      console.log(lines.join('\n'));

      expect(passed.length + failed.length + skippedCount).toBe(cases.length);
      // Most of the chain questions must be answered right, not merely answered.
      expect(passed.length).toBeGreaterThan(2 * failed.length);
      expect(
        unexpected,
        `new failures (${unexpected.join(', ')}): fix the engine, or pin them here with the reason`,
      ).toEqual([]);
      const nowPassing = Object.keys(KNOWN_FAILURES).filter((id) => results.has(id) && !failed.includes(id));
      expect(
        nowPassing,
        `pinned failures that pass now (${nowPassing.join(', ')}): take them off KNOWN_FAILURES`,
      ).toEqual([]);
    });

    it.each(cases.filter(isDenialOfService).map((c) => [c.id, c] as const))(
      `finishes the denial-of-service case %s in under ${DOS_BOUND_MS} ms`,
      (_id, c) => {
        const evaluation = results.get(c.id)?.evaluation;
        expect(evaluation).toBeDefined();
        console.log(
          `${c.id}: ${evaluation?.ms.toFixed(0)} ms, ${evaluation?.result} (${short(evaluation?.reason)})`,
        );
        expect(evaluation!.ms).toBeLessThan(DOS_BOUND_MS);
        // Every pathological case in limbo expects FAILURE; a DoS input must never be accepted
        // unless its answer is skipped.
        if (!results.get(c.id)?.skip) expect(evaluation?.result).toBe(c.expected_result);
      },
    );
  });
}
