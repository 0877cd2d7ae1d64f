/**
 * `mtls-truststore diagnose`: mode diagnose's stage (src/modes/diagnose.ts) with the CLI's
 * reporters. Exit 0 when API Gateway accepts the client certificate, 1 when it refuses it.
 */

import { type DiagnoseResult, runDiagnoseMode } from '../pipeline/diagnose.js';
import { plainText } from '../report/escape.js';
import { renderDiagnosisMarkdown } from '../report/markdown/diagnosis.js';
import { fileUri, SARIF_SCHEMA } from '../report/sarif.js';
import { PLAIN, type Style, safeLines } from '../report/text.js';
import type { Settings } from '../settings/settings.js';
import { VERSION } from '../settings/version.js';
import type { Format } from './args.js';

export async function diagnose(settings: Settings, log: (message: string) => void): Promise<DiagnoseResult> {
  return runDiagnoseMode(settings, { log });
}

function text(result: DiagnoseResult, style: Style): string {
  const { diagnosis: d, truststore } = result;
  const lines = [
    d.verdict === 'accepted'
      ? `${style.green('✓')} ${style.bold('API Gateway accepts')} "${plainText(d.leaf.subject)}"`
      : `${style.red('✗')} ${style.bold('API Gateway refuses')} "${plainText(d.leaf.subject)}" (403)`,
    `  against ${plainText(truststore.source, 500)} (${truststore.certificateCount} CA certificates)`,
  ];
  for (const r of d.reasons) {
    const tag = r.refuses ? style.red('refuses') : style.cyan('note   ');
    const [first = '', ...more] = safeLines(r.message);
    lines.push(`${tag} ${style.dim(r.code)}  ${first}`, ...more.map((l) => `        ${l}`));
  }
  if (d.verdict === 'refused') lines.push('', `What to do: ${safeLines(d.fix).join(' ')}`);
  return `${lines.join('\n')}\n`;
}

/** Each refusing reason at the client-certificate file, so code scanning shows it there. */
function sarif(result: DiagnoseResult): string {
  const { diagnosis: d } = result;
  const codes = [...new Set(d.reasons.map((r) => r.code))].sort();
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtls-truststore',
            version: VERSION,
            rules: codes.map((code) => ({ id: code, shortDescription: { text: `diagnose: ${code}` } })),
          },
        },
        results: d.reasons.map((r) => ({
          ruleId: r.code,
          ruleIndex: codes.indexOf(r.code),
          level: r.refuses ? 'error' : 'note',
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(result.clientFile), uriBaseId: '%SRCROOT%' },
                region: { startLine: 1 },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function renderDiagnosis(result: DiagnoseResult, format: Format, style: Style = PLAIN): string {
  switch (format) {
    case 'json':
      // The action's `diagnosis` output, and its failure-reason when refused.
      return `${JSON.stringify(
        {
          ok: result.diagnosis.verdict === 'accepted',
          mode: 'diagnose',
          diagnosis: { ...result.diagnosis, truststore: result.truststore },
          ...(result.diagnosis.verdict === 'refused' ? { 'failure-reason': 'client-refused' } : {}),
        },
        null,
        2,
      )}\n`;
    case 'markdown':
      return renderDiagnosisMarkdown(result);
    case 'sarif':
      return sarif(result);
    default:
      return text(result, style);
  }
}
