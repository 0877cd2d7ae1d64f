/**
 * SARIF 2.1.0 for code scanning: one result per finding that has a file, located at the file and
 * the line where the certificate's block begins, under the rule of its finding code.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 * A finding without a file (a pattern that matches nothing) cannot be located in the repository:
 * it becomes a tool execution notification, and the invocation is marked unsuccessful.
 * mode diagnose's reasons use the same log (renderDiagnosisSarif), located at the client certificate.
 */
import type { DiagnoseResult } from '../pipeline/diagnose.js';
import type { Severity } from '../pki/model.js';
import type { ValidatedRun } from './outputs.js';

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

type Level = 'error' | 'warning' | 'note';

/** A rule of the driver; `id` is the finding or reason code. */
interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  defaultConfiguration?: { level: Level };
}

/** One result before its rule index is known (the builder adds `ruleIndex` after `ruleId`). */
interface SarifResult {
  ruleId: string;
  level: Level;
  text: string;
  file: string;
  line: number;
  partialFingerprints?: Record<string, string>;
}

interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications: { level: Level; message: { text: string }; descriptor: { id: string } }[];
}

/** The codes of `results`, each once, sorted: the driver's rules in this order. */
function ruleCodes(results: readonly SarifResult[]): string[] {
  return [...new Set(results.map((r) => r.ruleId))].sort();
}

/**
 * The one SARIF log this tool writes: a single run of the `mtls-truststore` driver with `rules`,
 * each result at its file and line under the rule at its index, pretty-printed with a final newline.
 */
function sarifLog(
  toolVersion: string,
  rules: readonly SarifRule[],
  results: readonly SarifResult[],
  invocations?: readonly SarifInvocation[],
): string {
  const ids = rules.map((r) => r.id);
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
        ...(invocations ? { invocations } : {}),
        results: results.map((r) => ({
          ruleId: r.ruleId,
          ruleIndex: ids.indexOf(r.ruleId),
          level: r.level,
          message: { text: r.text },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(r.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: r.line },
              },
            },
          ],
          ...(r.partialFingerprints ? { partialFingerprints: r.partialFingerprints } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function renderSarif(result: ValidatedRun, toolVersion: string): string {
  const findings = [...result.validation.findings, ...(result.plan?.liveFindings ?? [])];
  const located = findings.filter((f) => f.file);
  const unlocated = findings.filter((f) => !f.file);
  const results = located.map(
    (f): SarifResult => ({
      ruleId: f.code,
      level: LEVEL[f.severity],
      text: f.message,
      file: f.file!,
      line: f.line && f.line > 0 ? f.line : 1,
      // The certificate, not the line, identifies a finding across commits that move it.
      ...(f.fingerprint
        ? { partialFingerprints: { 'certificateSha256/v1': `${f.fingerprint}:${f.code}` } }
        : {}),
    }),
  );
  const rules = ruleCodes(results).map((code): SarifRule => {
    const worst = results.filter((r) => r.ruleId === code).map((r) => r.level);
    const level = worst.includes('error') ? 'error' : worst.includes('warning') ? 'warning' : 'note';
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase()),
      shortDescription: { text: `truststore: ${code}` },
      defaultConfiguration: { level },
    };
  });
  return sarifLog(toolVersion, rules, results, [
    {
      // A pattern that matched nothing means the check did not see what it was asked to.
      executionSuccessful: !unlocated.some((f) => f.severity === 'error'),
      toolExecutionNotifications: unlocated.map((f) => ({
        level: LEVEL[f.severity],
        message: { text: f.message },
        descriptor: { id: f.code },
      })),
    },
  ]);
}

/** mode diagnose: each reason at the client-certificate file, so code scanning shows it there. */
export function renderDiagnosisSarif(result: DiagnoseResult, toolVersion: string): string {
  const results = result.diagnosis.reasons.map(
    (r): SarifResult => ({
      ruleId: r.code,
      level: r.refuses ? 'error' : 'note',
      text: r.message,
      file: result.clientFile,
      line: 1,
    }),
  );
  const rules = ruleCodes(results).map(
    (code): SarifRule => ({ id: code, shortDescription: { text: `diagnose: ${code}` } }),
  );
  return sarifLog(toolVersion, rules, results);
}
