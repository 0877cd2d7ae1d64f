/**
 * The plan as Markdown, for the sticky pull-request comment, the job summary and the
 * `plan-markdown` output. Pure: no GitHub, no I/O. Every string that comes from a certificate, a
 * file or AWS goes through `escape.ts`; only this file's own words are written raw.
 */
import type { Finding } from '../../pki/model.js';
import { changesForClients } from '../../plan/diff.js';
import type { CertificateSummary, Plan, Provenance, VersionDiff } from '../../plan/model.js';
import { shortFingerprint, markdownText as t } from '../escape.js';
import { renderHierarchy } from './mermaid.js';
import { sectionNames, targetSections } from './targets.js';
import { plural } from './words.js';

/** GitHub refuses comments over 65,536 characters; stay well under it. */
export const COMMENT_MAX_LENGTH = 60_000;

export interface RenderOptions {
  /** The instant "expiring soon" is counted from (default: now). */
  now?: Date;
  /** A CA certificate that expires within this many days counts as expiring soon (default 30). */
  expiryWarningDays?: number;
  /** Tells the comments of several truststores apart; shown in the heading. */
  label?: string;
  /** Longest output allowed; longer plans are shortened with a pointer to `fullPlanUrl`. */
  maxLength?: number;
  /** Where the full plan can be read (the run page that shows the job summary). */
  fullPlanUrl?: string;
  /** Written first and verbatim (the hidden comment marker); counts toward maxLength. */
  header?: string;
}

/** Rows shown per table and findings per list when a plan must be shortened to fit. */
const COMPACT_ROWS = 40;
/** Lists longer than this are folded into `<details>`. */
const FOLD_AFTER = 10;

/** A value that is a code-like identifier (version id, hash) in a code span, anything else as text. */
export function code(value: string): string {
  return /^[A-Za-z0-9+/=._-]{1,200}$/.test(value) ? `\`${value}\`` : t(value);
}

function days(options: RenderOptions): { now: Date; limit: number } {
  const now = options.now ?? new Date();
  return { now, limit: now.getTime() + (options.expiryWarningDays ?? 30) * 86_400_000 };
}

export function expiringSoon(certs: readonly CertificateSummary[], options: RenderOptions): number {
  const { limit } = days(options);
  return certs.filter((c) => Date.parse(c.notAfter) <= limit).length;
}

function pointer(options: RenderOptions, what: string): string {
  return options.fullPlanUrl
    ? `${what}: the [job summary](${options.fullPlanUrl}) has the full plan.`
    : `${what}: the job summary of this run has the full plan.`;
}

function fold(summary: string, body: string, count: number, open = false): string {
  if (count <= FOLD_AFTER) return body;
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function limitRows<T>(rows: readonly T[], limit: number): { shown: readonly T[]; hidden: number } {
  return rows.length <= limit
    ? { shown: rows, hidden: 0 }
    : { shown: rows.slice(0, limit), hidden: rows.length - limit };
}

function certificateTable(diff: VersionDiff, limit: number, options: RenderOptions): string {
  const rows = [
    ...diff.added.map((c) => ({ c, change: '➕ added' })),
    ...diff.removed.map((c) => ({ c, change: '➖ removed' })),
  ];
  const { shown, hidden } = limitRows(rows, limit);
  const lines = [
    '| Change | Subject | Issuer | Role | Expires | SHA-256 |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { c, change } of shown) {
    lines.push(
      `| ${change} | ${t(c.subject)} | ${t(c.issuer)} | ${c.role} | ${t(c.notAfter.slice(0, 10))} | ${shortFingerprint(c.fingerprint)} |`,
    );
  }
  if (hidden > 0) lines.push('', pointer(options, `${plural(hidden, 'more row')} not shown here`));
  return fold(`${plural(rows.length, 'CA certificate')} change`, lines.join('\n'), rows.length, true);
}

function consequences(plan: Plan): string[] {
  const out: string[] = [];
  const p = plan.primary;
  if (plan.offline) {
    out.push(
      'Planned without AWS (pull request from a fork): compared with the truststore built from the base commit’s CA files. The live object and the domains were not read.',
    );
  } else if (plan.latest === undefined && p.versionId === undefined) {
    out.push(`First deployment: ${t(plan.location.uri)} does not exist yet.`);
  }
  if (plan.upToDate) {
    out.push(
      plan.offline
        ? 'Nothing changes: the truststore is byte-identical to the one built from the base commit.'
        : 'Nothing to deploy: the live truststore is byte-identical and every domain is pinned to it.',
    );
    return out;
  }
  const cas = (list: CertificateSummary[]) =>
    `${plural(list.length, 'CA certificate')} (${plural(list.filter((c) => c.role === 'root').length, 'root')})`;
  // For every target's clients: the domains' pinned version and what each trust store serves.
  const changes = changesForClients(plan);
  const rolled = plan.targets?.length ? 'the targets are rolled' : 'the domains are rolled';
  if (changes.added.length > 0) {
    out.push(
      `Clients whose certificates chain to the ${cas(changes.added)} added are accepted once ${rolled}.`,
    );
  }
  if (changes.removed.length > 0) {
    out.push(
      `**Clients whose certificates chain only to the ${cas(changes.removed)} removed are refused** once ${rolled}.`,
    );
  }
  if (p.reformat) out.push('Same certificates, different bytes (order or encoding): clients notice nothing.');
  if (!plan.offline) {
    const roll = plan.domainsToRoll ?? [];
    out.push(
      `${plan.upload ? 'Deploy uploads a new object version' : 'Deploy uploads nothing'}${
        roll.length > 0
          ? ` and rolls ${plural(roll.length, roll.some((n) => sectionNames(plan).has(n)) ? 'target' : 'domain')}: ${roll.map((n) => t(n)).join(', ')}`
          : ''
      }.`,
    );
  }
  return out;
}

function domainTable(plan: Plan): string {
  const own = sectionNames(plan);
  const domains = plan.domains.filter((d) => !own.has(d.domainName));
  if (domains.length === 0) return '';
  const diffOf = (name: string) => plan.pinnedDiffs.find((d) => d.domains.includes(name)) ?? plan.primary;
  const lines = [
    '| Domain | Status | Pinned to | After merge | Change for its clients |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const d of domains) {
    const diff = diffOf(d.domainName);
    const rolled = (plan.domainsToRoll ?? []).includes(d.domainName);
    const change = diff.identical || diff.reformat ? 'none' : `+${diff.added.length} −${diff.removed.length}`;
    lines.push(
      `| ${t(d.domainName)} | ${t(d.status ?? 'unknown')}${d.mtlsEnabled ? '' : ' (mTLS off)'} | ${
        d.truststoreVersion ? code(d.truststoreVersion) : 'not pinned'
      } | ${rolled ? 'rolled to the new version' : 'unchanged'} | ${change} |`,
    );
    for (const w of d.warnings) lines.push(`| ↳ warning | ${t(w, 500)} | | | |`);
  }
  return lines.join('\n');
}

const ICONS: Record<string, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** A finding code as a code span (codes are kebab-case words), linked to nothing. */
export function findingCode(value: string): string {
  return /^[a-z0-9-]{1,60}$/.test(value) ? `\`${value}\`` : t(value, 60);
}

/**
 * Where a finding is (`file:line`), said once, in front of the message: most messages start with
 * the same location, which is taken off them. A message that starts with another `file:line` (a
 * fork's base-commit finding, whose file is the truststore's name) keeps its own.
 */
function located(f: Finding): string {
  if (!f.file) return t(f.message, 1000);
  const where = `${f.file}${f.line ? `:${f.line}` : ''}`;
  const prefix = [`${where}: `, `${f.file}: `].find((p) => f.message.startsWith(p));
  if (prefix === undefined && /^[^\s:]+:\d+: /.test(f.message)) return t(f.message, 1000);
  return `${t(where, 300)}: ${t(f.message.slice(prefix?.length ?? 0), 1000)}`;
}

export function findingList(findings: readonly Finding[], limit: number, options: RenderOptions): string {
  const { shown, hidden } = limitRows(findings, limit);
  const lines = shown.map(
    (f) => `- ${ICONS[f.severity] ?? ''} **${f.severity}** ${findingCode(f.code)} ${located(f)}`,
  );
  if (hidden > 0) lines.push('', pointer(options, `${plural(hidden, 'more finding')} not shown here`));
  return lines.join('\n');
}

function verdict(plan: Plan, options: RenderOptions): string {
  const errors = plan.findings.filter((f) => f.severity === 'error').length;
  const soon = expiringSoon(plan.desired.certificates, options);
  const status = errors > 0 ? `❌ **Invalid** (${plural(errors, 'error')})` : '✅ **Valid**';
  const change = plan.upToDate ? 'up to date' : `+${plan.addedCount} added, −${plan.removedCount} removed`;
  return `${status} · ${change} · ${soon} expiring soon · ${plural(plan.desired.certificates.length, 'CA certificate')} in ${t(plan.location.uri)}`;
}

function heading(icon: string, what: string, options: RenderOptions): string {
  return `### ${icon} ${what}${options.label ? `: ${t(options.label)}` : ''}`;
}

function renderAt(plan: Plan, options: RenderOptions, rows: number, diagram: boolean): string {
  const parts: string[] = [];
  if (options.header) parts.push(options.header);
  parts.push(heading('🔐', 'mTLS truststore plan', options), verdict(plan, options));
  parts.push(
    consequences(plan)
      .map((s) => `- ${s}`)
      .join('\n'),
  );
  const p = plan.primary;
  // With trust stores only, each section diffs against what it serves; the primary speaks for domains.
  const forDomains = !plan.targets?.length || plan.domains.some((d) => !sectionNames(plan).has(d.domainName));
  if (forDomains && p.added.length + p.removed.length > 0) {
    const against = plan.offline
      ? 'the base commit'
      : p.versionId
        ? `version ${code(p.versionId)}`
        : 'nothing';
    parts.push(`#### CA certificates (against ${against})`, certificateTable(p, rows, options));
  }
  const domains = domainTable(plan);
  if (domains) parts.push('#### Domains', domains);
  parts.push(targetSections(plan, rows));
  const blocked = plan.blockedDomains ?? [];
  if (blocked.length > 0) {
    parts.push(
      '#### Domains deploy would refuse',
      blocked.map((b) => `- ❌ ${t(b.message, 2000)}`).join('\n'),
    );
  }
  const notes = plan.notes ?? [];
  if (notes.length > 0) {
    parts.push('#### Notes', notes.map((n) => `- ⚠️ ${code(n.code)} ${t(n.message, 2000)}`).join('\n'));
  }
  if (plan.drift.length > 0) parts.push('#### Drift', plan.drift.map((d) => `- ⚠️ ${t(d, 2000)}`).join('\n'));
  if (plan.findings.length > 0) {
    const n = plan.findings.length;
    parts.push(
      `#### Findings (${n})`,
      fold(plural(n, 'finding'), findingList(plan.findings, rows, options), n),
    );
  }
  if (plan.liveFindings.length > 0) {
    const n = plan.liveFindings.length;
    // A fork's plan compares with the base commit's CA files: the live object was not read.
    const where = plan.offline ? 'the base commit' : 'the live truststore';
    parts.push(
      `#### Findings in ${where} (${n})`,
      fold(plural(n, 'finding'), findingList(plan.liveFindings, rows, options), n),
    );
  }
  const chart = diagram ? renderHierarchy(plan) : undefined;
  if (chart) {
    parts.push(
      '#### CA hierarchy',
      `<details><summary>Diagram: ➕ added, ➖ removed (dashed)</summary>\n\n${chart}\n\n</details>`,
    );
  } else if (!diagram) {
    parts.push(pointer(options, 'This plan was shortened to fit in a comment'));
  }
  parts.push(
    `<sub>Truststore SHA-256 ${code(plan.desired.sha256)}${plan.latest ? ` · live version ${code(plan.latest.versionId)}` : ''}${
      plan.liveProvenance ? ` · live version ${provenanceText(plan.liveProvenance)}` : ''
    }</sub>`,
  );
  return `${parts.filter((s) => s !== '').join('\n\n')}\n`;
}

/**
 * Where a version came from, as this action recorded it: "built from commit `abc…` (pull request #12)".
 * Both values were checked when read (hex; digits), so they need no escaping beyond a code span.
 */
export function provenanceText(p: Provenance): string {
  const commit = p.commit
    ? `built from commit ${code(p.commit.slice(0, 12))}`
    : 'built from an unrecorded commit';
  return `${commit}${p.pullRequest !== undefined ? ` (pull request #${p.pullRequest})` : ''}`;
}

/** Renders a plan; over `maxLength` it drops the diagram and long rows, then cuts at a line. */
export function renderPlanMarkdown(plan: Plan, options: RenderOptions = {}): string {
  const max = options.maxLength ?? COMMENT_MAX_LENGTH;
  const full = renderAt(plan, options, Number.POSITIVE_INFINITY, true);
  if (full.length <= max) return full;
  const compact = renderAt(plan, options, COMPACT_ROWS, false);
  return fitToLength(compact, max, pointer(options, '**The plan was cut here to fit in a comment**'));
}

/** Renders findings when there is no plan: the new truststore is invalid. */
export function renderInvalidMarkdown(findings: readonly Finding[], options: RenderOptions = {}): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const max = options.maxLength ?? COMMENT_MAX_LENGTH;
  const body = [
    ...(options.header ? [options.header] : []),
    heading('🔐', 'mTLS truststore plan', options),
    `❌ **Invalid** (${plural(errors, 'error')}): nothing can be deployed until the errors are fixed.`,
    `#### Findings (${findings.length})`,
    findingList(findings, Number.POSITIVE_INFINITY, options),
  ].join('\n\n');
  return fitToLength(
    `${body}\n`,
    max,
    pointer(options, '**The findings were cut here to fit in a comment**'),
  );
}

/**
 * Cuts Markdown at a line boundary so that it and `tail` fit in `max` characters, closing any
 * code fence or `<details>` left open so that the tail renders outside them.
 */
export function fitToLength(markdown: string, max: number, tail: string): string {
  if (markdown.length <= max) return markdown;
  const closing = '\n```\n' + '\n</details>\n'.repeat(8);
  const budget = Math.max(0, max - tail.length - closing.length - 4);
  const cut = markdown.slice(0, budget);
  const lines = cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))).split('\n');
  let fence = false;
  let open = 0;
  for (const line of lines) {
    if (/^\s*```/.test(line)) fence = !fence;
    else if (!fence)
      open += (line.match(/<details/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
  }
  let out = lines.join('\n');
  if (fence) out += '\n```';
  for (let i = 0; i < Math.min(open, 8); i++) out += '\n\n</details>';
  return `${out}\n\n${tail}\n`;
}
