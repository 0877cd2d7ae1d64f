/**
 * The private-key search stays cheap on hostile text: a 10 MiB CA file (the largest the action
 * reads) of random base64 or hex is scanned in well under a second of CPU, every other hostile
 * shape (hex dumps, prefixes, escapes, JSON, nesting, millions of short lines) in bounded time,
 * and a key placed after the noise is still found. Set KEY_SCAN_LIMIT_MS to measure without the
 * bound.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { scanSource } from '../../src/pki/index.js';

const SIZE = 10 * 1024 * 1024;

/** Lines from `line(i)` until the text reaches 10 MiB. */
function fill(line: (i: number) => string, sep = '\n'): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < SIZE; i++) {
    const l = line(i);
    parts.push(l);
    size += l.length + sep.length;
  }
  return parts.join(sep).slice(0, SIZE);
}

const pool = randomBytes(SIZE);
const b64 = pool.toString('base64');
const hex = pool.toString('hex');
const b64At = (i: number, n: number) => b64.substr((i * n) % (b64.length - n), n);
const hexAt = (i: number, n: number) => hex.substr((i * n) % (hex.length - n), n);

/** Hostile 10 MiB files, each aimed at one stage of the search. */
const hostile: Record<string, () => string> = {
  'random base64, 64-column lines': () => fill((i) => b64At(i, 64)),
  'random base64 lines that each claim a 4 KB DER SEQUENCE (MIIP...)': () =>
    fill((i) => `MIIP${b64At(i, 60)}`),
  'random base64 as one line': () => b64.slice(0, SIZE),
  'random base64 with blank lines between its lines': () => fill((i) => b64At(i, 64), '\n\n'),
  'random base64 behind "> " and "# " prefixes': () => fill((i) => `${i % 2 ? '> ' : '# '}${b64At(i, 64)}`),
  'random hex, 60-column lines (xxd -p)': () => fill((i) => hexAt(i, 60)),
  'xxd dump of random bytes': () =>
    fill((i) => {
      const h = hexAt(i, 32);
      const groups = h.match(/.{4}/g)!.join(' ');
      return `${(i * 16).toString(16).padStart(8, '0')}: ${groups}  ................`;
    }),
  'colon hex and 0x bytes': () =>
    fill((i) =>
      i % 2
        ? hexAt(i, 30).match(/../g)!.join(':')
        : hexAt(i, 24)
            .match(/../g)!
            .map((b) => `0x${b}`)
            .join(', '),
    ),
  'key: value lines of random base64': () => fill((i) => `key${i % 100}: ${b64At(i, 200)}`),
  'one JSON string of escaped random base64 lines': () =>
    `{"private_key": "${fill((i) => b64At(i, 64), '\\n').slice(0, SIZE - 40)}"}`,
  'nested JSON braces and "d"/"kty" members': () =>
    fill((i) => (i % 3 === 0 ? '{"kty": "RSA", "d": "' : i % 3 === 1 ? `${b64At(i, 40)}", {{{{` : '}}}"')),
  'base64 of base64 of random bytes': () =>
    Buffer.from(fill((i) => b64At(i, 64)).slice(0, (SIZE * 3) / 4))
      .toString('base64')
      .match(/.{1,76}/g)!
      .join('\n'),
  'short lines ("a")': () => fill(() => 'a'),
  'quotes and backslashes': () => fill((i) => (i % 2 ? '"\\"\\\\\\n' : '"\\u00')),
  'one line of short quoted strings, and an apostrophe': () => `it's ${'"ab" '.repeat(SIZE / 5)}`,
  'one line of { and "': () => '{"'.repeat(SIZE / 2),
  'one unterminated armour line, and one line of prefixes': () =>
    `-----BEGIN ${'PRIVATE KEY '.repeat(SIZE / 24)}\n${'> # '.repeat(SIZE / 8)}MIIB`,
};

/** CPU time of this process, in ms: the runner is shared, wall time measures its other jobs too. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The bound asserted: random base64 and hex "well under a second"; the rest catches a quadratic blow-up. */
const limitOf = (name: string) =>
  Number(process.env.KEY_SCAN_LIMIT_MS ?? (/^random (base64|hex)/.test(name) ? 1000 : 5000));

describe('the private-key search on a hostile 10 MiB file', () => {
  const times: Record<string, string> = {};
  for (const [name, make] of Object.entries(hostile)) {
    it(`scans ${name} in bounded time`, () => {
      const bytes = new Uint8Array(Buffer.from(make()));
      expect(bytes.length).toBeGreaterThan(SIZE * 0.9);
      // One warm-up run so the number measures the search, not the JIT.
      scanSource({ path: 'warm.pem', bytes: bytes.subarray(0, 65536) });
      const cpu = cpuMs();
      const start = performance.now();
      const { findings } = scanSource({ path: 'hostile.pem', bytes });
      const ms = cpuMs() - cpu;
      times[name] = `${Math.round(ms)} ms CPU (${Math.round(performance.now() - start)} ms wall)`;
      expect(findings.filter((f) => f.code === 'private-key')).toEqual([]);
      expect(ms).toBeLessThan(limitOf(name));
    });
  }

  it('still finds a key pasted after 9 MiB of random base64', () => {
    const key = execFileSync('openssl', [
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
    ]);
    const noise = fill((i) => b64At(i, 64)).slice(0, 9 * 1024 * 1024);
    const body = key
      .toString()
      .split('\n')
      .filter((l) => l && !l.startsWith('-----'));
    const text = `${noise}\n# pasted by mistake\n${body.join('\n\n')}\n`;
    const { findings } = scanSource({ path: 'late.pem', bytes: new Uint8Array(Buffer.from(text)) });
    expect(findings.map((f) => [f.code, f.line])).toEqual([['private-key', noise.split('\n').length + 2]]);
  });

  it('prints the times', () => {
    console.log(
      Object.entries(times)
        .map(([n, t]) => `${t.padEnd(28)} ${n}`)
        .join('\n'),
    );
  });
});
