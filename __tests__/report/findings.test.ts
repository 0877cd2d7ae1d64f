import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOTATIONS_PER_KIND, reportFindings } from '../../src/action/annotations.js';
import type { Finding } from '../../src/pki/model.js';
import { findingsJson } from '../../src/report/findings.js';

let stdout: string;
beforeEach(() => {
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const CODES = { error: 'expired', warning: 'expiring-soon', notice: 'duplicate' } as const;

const make = (severity: Finding['severity'], n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({
    severity,
    code: CODES[severity],
    message: `${severity} number ${i + 1}`,
    file: 'ca/bundle.pem',
    line: i + 1,
  }));

describe('the findings output', () => {
  it('is the full JSON array when it fits', () => {
    const findings = make('error', 3);
    expect(JSON.parse(findingsJson(findings))).toEqual(
      findings.map((f) => ({ ...f, subject: null, fingerprint: null })),
    );
  });

  it('stays valid JSON within the budget by dropping whole entries, ending with a marker that counts them', () => {
    const findings = make('error', 100_000);
    const json = findingsJson(findings, 64 * 1024);
    expect(2 * json.length).toBeLessThanOrEqual(64 * 1024);
    const parsed = JSON.parse(json) as { code: string; message: string }[];
    const kept = parsed.length - 1;
    expect(parsed.slice(0, kept)).toEqual(
      findings.slice(0, kept).map((f) => ({ ...f, subject: null, fingerprint: null })),
    );
    expect(parsed.at(-1)).toMatchObject({ severity: 'notice', code: 'findings-truncated' });
    expect(parsed.at(-1)!.message).toMatch(
      new RegExp(
        `^${100_000 - kept} more findings left out to stay within GitHub's output size limit: the step log lists every finding; findings-count has the total$`,
      ),
    );
  });
});

describe('annotations and the log', () => {
  const annotations = (kind: string) => stdout.split('\n').filter((l) => l.startsWith(`::${kind} `));

  it(`annotates the first ${ANNOTATIONS_PER_KIND} errors and warnings at file and line, then one notice for the rest; the log has every finding`, () => {
    const findings = [...make('error', 25), ...make('warning', 15), ...make('notice', 2)];
    reportFindings(findings);
    expect(annotations('error')).toHaveLength(10);
    expect(annotations('error')[0]).toBe(
      '::error title=truststore%3A expired,file=ca/bundle.pem,line=1::error number 1',
    );
    expect(annotations('warning')).toHaveLength(10);
    expect(annotations('notice')).toEqual([
      '::notice title=truststore%3A duplicate,file=ca/bundle.pem,line=1::notice number 1',
      '::notice title=truststore%3A duplicate,file=ca/bundle.pem,line=2::notice number 2',
      "::notice title=truststore%3A more findings::15 more errors, 5 more warnings not annotated (GitHub shows 10 annotations of each kind per step): every finding is in this step's log and in the `findings` output (`findings-count` has the total)",
    ]);
    for (const f of findings) expect(stdout).toContain(f.message);
    expect(stdout).toContain('error ca/bundle.pem:11 [expired] error number 11\n');
  });

  it('keeps an error annotation free for the failure message when asked', () => {
    reportFindings(make('error', 12), { error: 1 });
    expect(annotations('error')).toHaveLength(9);
    expect(annotations('notice')[0]).toMatch(/::3 more errors not annotated/);
  });

  it('adds no "more" notice when everything fits', () => {
    reportFindings([...make('error', 10), ...make('warning', 10)]);
    expect(annotations('notice')).toEqual([]);
  });

  it('a hostile message cannot start a workflow command of its own, annotated or not', () => {
    const hostile: Finding = {
      severity: 'error',
      code: 'unreadable',
      message: 'name\n::add-mask::secret\r::error::forged\u001b[31m',
    };
    reportFindings(Array.from({ length: 12 }, () => hostile));
    const lines = stdout.split('\n');
    expect(
      lines.filter((l) => l.startsWith('::') && !/^::(error|notice) title=truststore%3A /.test(l)),
    ).toEqual([]);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('error [unreadable] name\\n::add-mask::secret\\r::error::forged\\x1b[31m\n');
  });
});
