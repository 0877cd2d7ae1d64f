/**
 * `audit --format sarif`: each problem is a result under the rule of its code. A problem about a
 * CA certificate that is in the CA files (its SHA-256 prefix is in the message) is located at that
 * file and line; a problem about the CA files as a whole at the CA files; anything else (a domain,
 * the bucket, a lifecycle rule) has no place in the repository and is a tool execution
 * notification, as code scanning accepts no result without a location. The CA files' own findings
 * come first, located as validate's SARIF locates them.
 */
import type { AuditReport } from '../audit/checks.js';
import { PROBLEM_CODES, type Problem } from '../audit/problems.js';
import type { Finding } from '../pki/model.js';
import type { ValidatedRun } from '../report/outputs.js';
import { fileUri, SARIF_SCHEMA } from '../report/sarif.js';

type Level = 'error' | 'warning' | 'note';

interface Located {
  ruleId: string;
  level: Level;
  text: string;
  files: { file: string; line: number }[];
  fingerprint?: string;
}

const LEVEL: Record<Finding['severity'], Level> = { error: 'error', warning: 'warning', notice: 'note' };
/** Problems about the CA files as a whole: located at every CA file. */
const ABOUT_CA_FILES: ReadonlySet<string> = new Set(['repository-differs', 'repository-invalid']);
const MAX_FILES = 20;

/** The CA file and line of the certificate a problem names by its SHA-256 prefix, if it is in the CA files. */
function certificateOf(
  p: Problem,
  run: ValidatedRun,
): (Located['files'][number] & { fingerprint: string }) | undefined {
  const prefix = /SHA-256 ([0-9a-f]{16})/.exec(p.message)?.[1];
  if (!prefix) return undefined;
  const entry = run.validation.analysis.entries.find((e) => e.certificate.fingerprint.startsWith(prefix));
  if (!entry) return undefined;
  const { file, line } = entry.certificate.source;
  return { file, line: line > 0 ? line : 1, fingerprint: entry.certificate.fingerprint };
}

function locate(p: Problem, run: ValidatedRun): Located | undefined {
  const base = {
    ruleId: p.code,
    level: p.severity,
    text: p.domain ? `${p.domain}: ${p.message}` : p.message,
  };
  const at = certificateOf(p, run);
  if (at) return { ...base, files: [{ file: at.file, line: at.line }], fingerprint: at.fingerprint };
  if (ABOUT_CA_FILES.has(p.code) && run.validation.sources.length > 0) {
    return {
      ...base,
      files: run.validation.sources.slice(0, MAX_FILES).map((s) => ({ file: s.path, line: 1 })),
    };
  }
  return undefined;
}

function result(r: Located, ruleIndex: number) {
  return {
    ruleId: r.ruleId,
    ruleIndex,
    level: r.level,
    message: { text: r.text },
    locations: r.files.map((f) => ({
      physicalLocation: {
        artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' },
        region: { startLine: f.line },
      },
    })),
    ...(r.fingerprint
      ? { partialFingerprints: { 'certificateSha256/v1': `${r.fingerprint}:${r.ruleId}` } }
      : {}),
  };
}

export function renderAuditSarif(run: ValidatedRun & { audit: AuditReport }, toolVersion: string): string {
  const findings: Located[] = run.validation.findings
    .filter((f) => f.file)
    .map((f) => ({
      ruleId: f.code,
      level: LEVEL[f.severity],
      text: f.message,
      files: [{ file: f.file!, line: f.line && f.line > 0 ? f.line : 1 }],
      ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
    }));
  const unlocated: { level: Level; text: string; id: string }[] = run.validation.findings
    .filter((f) => !f.file)
    .map((f) => ({ level: LEVEL[f.severity], text: f.message, id: f.code }));
  const located = [...findings];
  for (const p of run.audit.problems) {
    const at = locate(p, run);
    if (at) located.push(at);
    else
      unlocated.push({
        level: p.severity,
        text: p.domain ? `${p.domain}: ${p.message}` : p.message,
        id: p.code,
      });
  }
  const ids = [...new Set(located.map((r) => r.ruleId))].sort();
  const rules = ids.map((id) => {
    const levels = located.filter((r) => r.ruleId === id).map((r) => r.level);
    const level: Level = levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : 'note';
    const kind = Object.hasOwn(PROBLEM_CODES, id) ? 'audit' : 'truststore';
    return { id, shortDescription: { text: `${kind}: ${id}` }, defaultConfiguration: { level } };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mtls-truststore', version: toolVersion, rules } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: unlocated.map((n) => ({
              level: n.level,
              message: { text: n.text },
              descriptor: { id: n.id },
            })),
          },
        ],
        results: located.map((r) => result(r, ids.indexOf(r.ruleId))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
