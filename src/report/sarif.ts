/**
 * SARIF 2.1.0 for code scanning: one result per finding that has a file, located at the file and
 * the line where the certificate's block begins, under the rule of its finding code.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 * A finding without a file (a pattern that matches nothing) cannot be located in the repository:
 * it becomes a tool execution notification, and the invocation is marked unsuccessful.
 */
import type { Finding, Severity } from '../pki/model.js';
import type { RunResult } from './outputs.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/** A repository-relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function fileUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function location(f: Finding) {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(f.file!), uriBaseId: '%SRCROOT%' },
      region: { startLine: f.line && f.line > 0 ? f.line : 1 },
    },
  };
}

export function renderSarif(result: RunResult, toolVersion: string): string {
  const findings = [...result.validation.findings, ...(result.plan?.liveFindings ?? [])];
  const located = findings.filter((f) => f.file);
  const unlocated = findings.filter((f) => !f.file);
  const codes = [...new Set(located.map((f) => f.code))].sort();
  const rules = codes.map((code) => {
    const worst = located.filter((f) => f.code === code).map((f) => LEVEL[f.severity]);
    const level = worst.includes('error') ? 'error' : worst.includes('warning') ? 'warning' : 'note';
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase()),
      shortDescription: { text: `truststore: ${code}` },
      defaultConfiguration: { level },
    };
  });
  const results = located.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f)],
    // The certificate, not the line, identifies a finding across commits that move it.
    ...(f.fingerprint
      ? { partialFingerprints: { 'certificateSha256/v1': `${f.fingerprint}:${f.code}` } }
      : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtls-truststore',
            version: toolVersion,
            rules,
          },
        },
        invocations: [
          {
            // A pattern that matched nothing means the check did not see what it was asked to.
            executionSuccessful: !unlocated.some((f) => f.severity === 'error'),
            toolExecutionNotifications: unlocated.map((f) => ({
              level: LEVEL[f.severity],
              message: { text: f.message },
              descriptor: { id: f.code },
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
