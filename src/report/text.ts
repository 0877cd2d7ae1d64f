/**
 * The CLI's text report: one line per finding, then what was built, planned or deployed.
 * Certificate-derived text is attacker-controlled: every line goes through plainText, so no
 * escape sequence in a subject or file name reaches the terminal. Colour only when asked.
 */

import type { DiagnoseResult } from '../pipeline/diagnose.js';
import type { Finding } from '../pki/model.js';
import type { Plan } from '../plan/model.js';
import { plainText } from './escape.js';
import type { ValidatedRun } from './outputs.js';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOUR: Style = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  bold: sgr(1, 22),
  dim: sgr(2, 22),
};
const same = (s: string) => s;
export const PLAIN: Style = { red: same, yellow: same, green: same, cyan: same, bold: same, dim: same };

/** Colour on a terminal only, and never with NO_COLOR set to anything but '' (no-color.org). */
export function styleFor(isTTY: boolean, env: NodeJS.ProcessEnv): Style {
  return isTTY && !env.NO_COLOR ? COLOUR : PLAIN;
}

/** The plan for a terminal: what changes, each target and where it is pinned, drift, what is live. */
function planLines(plan: Plan, style: Style): string[] {
  const lines: string[] = [];
  lines.push(
    `${style.bold('plan')} for ${plainText(plan.location.uri, 500)}: ${
      plan.upToDate
        ? 'up to date, nothing to do'
        : `${plan.addedCount} added, ${plan.removedCount} removed; ${plan.upload ? 'uploads a new version' : 'uploads nothing'}; rolls ${
            plan.domainsToRoll.length > 0
              ? plan.domainsToRoll.map((d) => plainText(d)).join(', ')
              : 'no domain'
          }`
    }`,
  );
  for (const d of plan.domains) {
    lines.push(`  ${plainText(d.domainName)}: pinned to ${plainText(d.truststoreVersion ?? 'no version')}`);
  }
  const live = plan.liveProvenance;
  if (live) {
    lines.push(
      `  live version ${plainText(live.versionId ?? '?')}: built from commit ${plainText(live.commit?.slice(0, 12) ?? '(unrecorded)')}${live.pullRequest !== undefined ? ` (pull request #${live.pullRequest})` : ''}`,
    );
  }
  for (const sentence of plan.drift)
    lines.push(`  ${style.yellow('drift')} ${safeLines(sentence).join(' ')}`);
  for (const f of plan.liveFindings) lines.push(`  live: ${findingLine(f, style)}`);
  return lines;
}

/** A message as safe terminal lines: control characters shown as U+XXXX, each line on its own. */
export function safeLines(message: string): string[] {
  return message.split(/\r?\n/).map((line) => plainText(line, 4000));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function findingLine(f: Finding, style: Style): string {
  const tag =
    f.severity === 'error'
      ? style.red('error  ')
      : f.severity === 'warning'
        ? style.yellow('warning')
        : style.cyan('notice ');
  const [first = '', ...more] = safeLines(f.message);
  return [`${tag} ${style.dim(plainText(f.code))}  ${first}`, ...more.map((l) => `        ${l}`)].join('\n');
}

export function renderText(result: ValidatedRun, style: Style = PLAIN): string {
  const { validation, plan, deployment } = result;
  const lines: string[] = [];
  for (const f of validation.findings) lines.push(findingLine(f, style));
  if (validation.findings.length > 0) lines.push('');

  const errors = validation.findings.filter((f) => f.severity === 'error').length;
  const warnings = validation.findings.filter((f) => f.severity === 'warning').length;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  const { truststore } = validation;
  if (truststore) {
    const roots = truststore.entries.filter((e) => e.role === 'root').length;
    const where = validation.outputPath
      ? `written to ${plainText(validation.outputPath, 500)}`
      : 'not written (--output-file FILE writes it)';
    lines.push(
      `${style.green('✓')} ${style.bold(`valid: ${plural(truststore.entries.length, 'CA certificate')}`)} (${plural(roots, 'root')}), sha256 ${truststore.sha256.slice(0, 16)}…, ${where}; ${counts}`,
    );
  } else {
    lines.push(`${style.red('✗')} ${style.bold('invalid')}: ${counts}; no truststore was written`);
  }

  if (plan) lines.push('', ...planLines(plan, style));

  if (deployment) {
    const version = deployment.versionId ?? '?';
    lines.push(
      '',
      deployment.upToDate
        ? `${style.green('✓')} up to date: version ${plainText(version)}, nothing deployed`
        : `${style.bold('deployed')} version ${plainText(version)} to ${
            deployment.deployedDomains.length > 0
              ? deployment.deployedDomains.map((d) => plainText(d)).join(', ')
              : 'no domain'
          }${deployment.previousVersionId ? ` (previous version ${plainText(deployment.previousVersionId)})` : ''}`,
    );
    if (deployment.provenance?.commit) {
      lines.push(
        `  new version built from commit ${plainText(deployment.provenance.commit.slice(0, 12))}${deployment.provenance.pullRequest !== undefined ? ` (pull request #${deployment.provenance.pullRequest})` : ''}`,
      );
    }
    if (deployment.rolledBackDomains.length > 0) {
      lines.push(`  rolled back: ${deployment.rolledBackDomains.map((d) => plainText(d)).join(', ')}`);
    }
    for (const w of deployment.warnings) {
      lines.push(
        `  ${style.yellow('warning')} ${plainText(w.domainName)}: ${safeLines(w.warnings.join('; ')).join(' ')}`,
      );
    }
  }

  // A refused truststore is said above; any other failure (AWS, deploy) is said here.
  if (result.failure !== undefined && result.failure !== validation.failure) {
    lines.push(
      '',
      ...safeLines(result.failure).map((l, i) => (i === 0 ? `${style.red('✗')} ${l}` : `  ${l}`)),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `diagnose` for a terminal: the verdict, each reason, and what to do. */
export function renderDiagnosisText(result: DiagnoseResult, style: Style = PLAIN): string {
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
