/**
 * `--format sarif` against the SARIF 2.1.0 schema (the OASIS file, vendored under fixtures) and
 * against what GitHub code scanning reads: rule ids, levels, and every finding located at its
 * file and line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { fileUri } from '../../src/report/sarif.js';
import { validateJsonSchema } from '../support/json-schema.js';
import { type TestCert, TestPki } from '../support/pki.js';

const schema = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
);

let pki: TestPki;
let root: TestCert;
let dir: string;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function sarif(argv: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli([...argv, '--format', 'sarif'], { stdout, stderr, cwd: dir, env: {} });
  return { code, log: JSON.parse(stdout.text), stderr: stderr.text };
}

beforeAll(() => {
  pki = TestPki.create();
  root = pki.root('SARIF Root');
  const leaf = pki.leaf('SARIF Leaf', root);
  const soon = pki.root('SARIF Soon', { notAfter: new Date(Date.now() + 3 * 86_400_000) });
  dir = path.join(pki.dir, 'repo');
  mkdirSync(path.join(dir, 'pki', 'with space'), { recursive: true });
  writeFileSync(path.join(dir, 'pki', 'root.pem'), root.pem);
  writeFileSync(path.join(dir, 'pki', 'with space', 'bundle.pem'), `${root.pem}${leaf.pem}`);
  writeFileSync(path.join(dir, 'pki', 'soon.pem'), soon.pem);
});
afterAll(() => pki.cleanup());

describe('SARIF for code scanning', () => {
  it('is valid against the SARIF 2.1.0 schema, with findings located at file and line', async () => {
    const { code, log } = await sarif(['validate', 'pki/**/*.pem']);
    expect(code).toBe(1);
    expect(validateJsonSchema(schema, log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('mtls-truststore');
    const leafLine = root.pem.split('\n').length;
    const notCa = run.results.find((r: { ruleId: string }) => r.ruleId === 'not-a-ca');
    expect(notCa).toMatchObject({
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'pki/with%20space/bundle.pem', uriBaseId: '%SRCROOT%' },
            region: { startLine: leafLine },
          },
        },
      ],
    });
    expect(notCa.message.text).toContain('SARIF Leaf');
    const soon = run.results.find((r: { ruleId: string }) => r.ruleId === 'expiring-soon');
    expect(soon.level).toBe('warning');
    // Every result names a rule the driver declares, at its index.
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.partialFingerprints['certificateSha256/v1']).toMatch(/^[0-9a-f]{64}:/);
    }
  });

  it('the schema check catches what code scanning would refuse', () => {
    const broken = { version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] };
    const errors = validateJsonSchema(schema, broken);
    expect(errors).toContain('$.runs[0].tool.driver: missing required property "name"');
    expect(errors).toContain('$.runs[0].results[0]: missing required property "message"');
    expect(errors.some((e) => e.startsWith('$.runs[0].results[0].level: "fatal" is not one of'))).toBe(true);
  });

  it('a pattern that matches nothing is a tool notification, not a result without a location', async () => {
    const { code, log } = await sarif(['validate', 'pki/root.pem', 'missing/*.pem']);
    expect(code).toBe(1);
    expect(validateJsonSchema(schema, log)).toEqual([]);
    const run = log.runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('missing/*.pem');
  });

  it('a valid folder is an empty, successful run', async () => {
    const { code, log } = await sarif(['validate', 'pki/root.pem']);
    expect(code).toBe(0);
    expect(validateJsonSchema(schema, log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('encodes each path segment of a file as a URI reference', () => {
    expect(fileUri('pki/a b/#1%.pem')).toBe('pki/a%20b/%231%25.pem');
    expect(fileUri('ca\\win.pem')).toBe('ca/win.pem');
  });
});
