/**
 * The CLI's text report: one line per finding, then what was built, planned or deployed.
 * Certificate-derived text is attacker-controlled: every line goes through plainText, so no
 * escape sequence in a subject or file name reaches the terminal. Colour only when asked.
 */

import type { AuditReport } from '../audit/checks.js';
import type { Problem } from '../audit/problems.js';
import type { DiagnoseResult } from '../pipeline/diagnose.js';
import { FINDING_CODES, isFindingCode } from '../pki/codes.js';
import type { Finding } from '../pki/model.js';
import { changesForClients } from '../plan/diff.js';
import type { CertificateSummary, Plan, TargetSection } from '../plan/model.js';
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

/** Summary of one certificate in a plan line: subject, SHA-256 prefix and expiry date. */
function certificateText(c: CertificateSummary): string {
  return `${plainText(c.subject)}  sha256 ${plainText(c.fingerprint.slice(0, 16))}  expires ${plainText(c.notAfter.slice(0, 10))}`;
}

/** The findings of a plan that name clients the new truststore would refuse (src/pki/codes.ts, scope client). */
function lockOuts(plan: Plan): Finding[] {
  return plan.findings.filter((f) => isFindingCode(f.code) && FINDING_CODES[f.code].scope === 'client');
}

/** "2 added, 1 removed; uploads a new version; rolls 2 domains" or "up to date, nothing to do". */
function planSummary(plan: Plan): string {
  if (plan.upToDate) return 'up to date, nothing to do';
  const uploads = plan.upload
    ? plan.addedCount + plan.removedCount === 0
      ? 'uploads a new version (same CA certificates, new bytes)'
      : 'uploads a new version'
    : 'uploads nothing';
  const noun = (plan.targets ?? []).length > 0 ? 'target' : 'domain';
  const rolls =
    plan.domainsToRoll.length > 0 ? `rolls ${plural(plan.domainsToRoll.length, noun)}` : `rolls no ${noun}`;
  const lists = (plan.targets ?? []).filter((x) => x.revocations?.changed).length;
  const revocations = lists > 0 ? `; changes the revocation lists of ${plural(lists, 'trust store')}` : '';
  return `${plan.addedCount} added, ${plan.removedCount} removed; ${uploads}; ${rolls}${revocations}`;
}

/** Each target: from which version to which when it rolls, where it stays otherwise. */
function targetLines(plan: Plan, style: Style): string[] {
  const to = plan.upload ? 'the new version' : `version ${plainText(plan.latest?.versionId ?? '?')}`;
  return plan.domains.flatMap((d) => {
    const section = plan.targets?.find((x) => x.name === d.domainName);
    const from = d.truststoreVersion
      ? `version ${plainText(d.truststoreVersion)}`
      : section
        ? 'a bundle no version holds'
        : 'no version';
    const line = plan.domainsToRoll.includes(d.domainName)
      ? `  ${style.yellow('~')} ${plainText(d.domainName)}: rolls from ${from} to ${to}`
      : `  = ${plainText(d.domainName)}: stays on ${from}`;
    return section ? [line, ...sectionLines(section, style)] : [line];
  });
}

/** What a trust store's own clients see change: certificates against what it serves, revocation lists. */
function sectionLines(section: TargetSection, style: Style): string[] {
  const lines: string[] = [];
  if (section.added.length + section.removed.length > 0)
    lines.push(
      `      +${section.added.length} -${section.removed.length} CA certificates against what it serves now`,
    );
  const r = section.revocations;
  if (r?.changed) {
    const parts = [
      ...r.add.map((f) => `+ ${plainText(f)}`),
      ...r.replace.map((x) => `~ ${plainText(x.file)} (replaces list ${x.revocationId})`),
      ...r.remove.map((x) => `- list ${x.revocationId}`),
    ];
    lines.push(`      revocation lists: ${parts.join(', ')}`);
    if (r.serialsAdded.length > 0)
      lines.push(
        `      ${style.red('revokes')} ${r.serialsAdded.map((x) => plainText(x.serial)).join(', ')}`,
      );
    if (r.serialsRemoved.length > 0)
      lines.push(`      un-revokes ${r.serialsRemoved.map((x) => plainText(x.serial)).join(', ')}`);
  }
  return lines;
}

/**
 * The plan as terminal lines, like `terraform plan`: each CA added or removed (subject, SHA-256
 * prefix, expiry), each target and the versions it rolls between, the clients it would lock out,
 * drift and what is live, then the summary ("2 added, 1 removed; ..."). The CLI prints it, and
 * the action's log can print the same. Every line is plain text (no control characters); returns
 * the lines joined with "\n", without a final newline.
 */
export function renderPlanText(plan: Plan, style: Style = PLAIN): string {
  const lines = [`${style.bold('plan')} for ${plainText(plan.location.uri, 500)}`];
  const changes = changesForClients(plan);
  for (const c of changes.added) lines.push(`  ${style.green('+')} ${certificateText(c)}`);
  for (const c of changes.removed) lines.push(`  ${style.red('-')} ${certificateText(c)}`);
  lines.push(...targetLines(plan, style));
  for (const b of plan.blockedDomains ?? []) {
    lines.push(
      `  ${style.red('!')} ${plainText(b.domainName)} (${plainText(b.status)}): ${safeLines(b.message).join(' ')}`,
    );
  }
  for (const n of plan.notes ?? []) {
    lines.push(
      `  ${style.yellow('note')} ${plainText(n.domainName)} [${plainText(n.code)}]: ${safeLines(n.message).join(' ')}`,
    );
  }
  for (const f of lockOuts(plan)) {
    lines.push(`  ${style.red('✗')} locks out: ${safeLines(f.message).join(' ')}`);
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
  lines.push(style.bold(planSummary(plan)));
  return lines.join('\n');
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

export interface TextOptions {
  /** False when the plan was shown already (deploy asked about it): only what was done follows. */
  plan?: boolean;
}

export function renderText(result: ValidatedRun, style: Style = PLAIN, options: TextOptions = {}): string {
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

  if (plan && options.plan !== false) lines.push('', renderPlanText(plan, style));

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
    `  against ${plainText(truststore.source, 500)} (${plural(truststore.certificateCount, 'CA certificate')})`,
  ];
  for (const r of d.reasons) {
    const tag = r.refuses ? style.red('refuses') : style.cyan('note   ');
    const [first = '', ...more] = safeLines(r.message);
    lines.push(`${tag} ${style.dim(r.code)}  ${first}`, ...more.map((l) => `        ${l}`));
  }
  if (d.verdict === 'refused') lines.push('', `What to do: ${safeLines(d.fix).join(' ')}`);
  return `${lines.join('\n')}\n`;
}

function problemLine(p: Problem, style: Style): string {
  const tag = p.severity === 'error' ? style.red('error  ') : style.yellow('warning');
  const [first = '', ...more] = safeLines(p.message);
  const where = p.domain ? `${plainText(p.domain)}: ` : '';
  return [
    `${tag} ${style.dim(plainText(p.code))}  ${where}${first}`,
    ...more.map((l) => `        ${l}`),
  ].join('\n');
}

/** `audit` for a terminal: the CA files' findings, the verdict, each problem with its severity and code, each domain. */
export function renderAuditText(result: ValidatedRun & { audit: AuditReport }, style: Style = PLAIN): string {
  const { audit, validation } = result;
  const lines: string[] = validation.findings.map((f) => findingLine(f, style));
  if (lines.length > 0) lines.push('');
  const errors = audit.problems.filter((p) => p.severity === 'error').length;
  const counts = `${plural(errors, 'error')}, ${plural(audit.problems.length - errors, 'warning')}`;
  const uri = plainText(audit.location.uri, 500);
  lines.push(
    audit.healthy
      ? `${style.green('✓')} ${style.bold(`audit of ${uri}: healthy`)}`
      : `${errors > 0 ? style.red('✗') : style.yellow('!')} ${style.bold(`audit of ${uri}: ${counts}`)}`,
    `  ${audit.latestVersionId ? `latest version ${plainText(audit.latestVersionId)}` : 'no latest version'}; ${plural(audit.domains.length, 'domain')} checked on ${plainText(audit.checkedAt.slice(0, 16).replace('T', ' '))} UTC; CA certificates expiring within ${plural(audit.expiryWarningDays, 'day')} count as expiring`,
  );
  const live = audit.liveProvenance;
  if (live?.commit) {
    lines.push(
      `  live version ${plainText(live.versionId ?? '?')}: built from commit ${plainText(live.commit.slice(0, 12))}${live.pullRequest !== undefined ? ` (pull request #${live.pullRequest})` : ''}`,
    );
  }
  for (const p of audit.problems) lines.push(problemLine(p, style));
  for (const d of audit.domains) {
    lines.push(
      `  ${plainText(d.domainName)}: ${plainText(d.status ?? 'status unknown')}, ${plainText(d.securityPolicy ?? 'security policy unknown')}, ${d.truststoreVersion ? `pinned to version ${plainText(d.truststoreVersion)}` : 'not pinned'}`,
    );
  }
  if (
    result.failure !== undefined &&
    result.failureReason !== 'audit-problems' &&
    result.failureReason !== 'validation-failed'
  ) {
    lines.push(
      '',
      ...safeLines(result.failure).map((l, i) => (i === 0 ? `${style.red('✗')} ${l}` : `  ${l}`)),
    );
  }
  return `${lines.join('\n')}\n`;
}
