/**
 * The finding codes are one table (src/pki/codes.ts), and the table of codes in docs/rules.md is the
 * user's copy of it: every code documented, with the severity it is reported at, and no other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/pki/codes.js';
import { projectRoot } from '../support/action-runner.js';

function documentedCodes(): Map<string, string> {
  const rules = readFileSync(path.join(projectRoot, 'docs', 'rules.md'), 'utf8');
  const section = rules.slice(rules.indexOf('## Finding codes'));
  const table = section.slice(section.indexOf('| Code | Severity | When |'));
  const rows = table.split('\n').slice(2);
  const out = new Map<string, string>();
  for (const row of rows) {
    if (!row.startsWith('|')) break;
    const [, codes, severity] = row.split('|').map((c) => c.trim());
    for (const code of codes!.matchAll(/`([a-z0-9-]+)`/g)) out.set(code[1]!, severity!);
  }
  return out;
}

describe('finding codes', () => {
  it('documents every finding code in the docs/rules.md table with its severity, and no code that does not exist', () => {
    const documented = documentedCodes();
    const table = new Map(Object.entries(FINDING_CODES).map(([code, info]) => [code, info.severity]));
    expect([...documented.keys()].sort()).toEqual([...table.keys()].sort());
    for (const [code, severity] of table)
      expect(`${code}: ${documented.get(code)}`).toBe(`${code}: ${severity}`);
  });
});
