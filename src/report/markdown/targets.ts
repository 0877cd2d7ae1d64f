/**
 * The plan's sections for targets that serve their own bundle (ELB trust stores): what each one
 * serves and what a merge changes for its clients, its listeners, and its revocation lists.
 * Pure; every value from AWS or a file goes through escape.ts.
 */
import type { CertificateSummary, Plan, RevocationChanges, TargetSection } from '../../plan/model.js';
import { shortFingerprint, markdownText as t } from '../escape.js';
import { plural } from './words.js';

const code = (value: string) => (/^[\w.:/=+-]{1,200}$/.test(value) ? `\`${value}\`` : t(value));

function certificateLines(section: TargetSection, limit: number): string[] {
  const rows: [string, CertificateSummary][] = [
    ...section.added.map((c): [string, CertificateSummary] => ['➕', c]),
    ...section.removed.map((c): [string, CertificateSummary] => ['➖', c]),
  ];
  const lines = rows
    .slice(0, limit)
    .map(
      ([sign, c]) =>
        `  - ${sign} ${t(c.subject)} (${c.role}, expires ${c.notAfter.slice(0, 10)}, ${shortFingerprint(c.fingerprint)})`,
    );
  if (rows.length > limit) lines.push(`  - … ${plural(rows.length - limit, 'more certificate')}`);
  return lines;
}

function serials(list: RevocationChanges['serialsAdded'], limit: number): string {
  const shown = list.slice(0, limit).map((s) => `${code(s.serial)} (${t(s.issuer)})`);
  return `${shown.join(', ')}${list.length > limit ? ` and ${list.length - limit} more` : ''}`;
}

function revocationLines(r: RevocationChanges, limit: number): string[] {
  const lines: string[] = [];
  if (!r.changed) {
    lines.push(`- Revocation lists: unchanged (${plural(r.live.length, 'list')}).`);
    return lines;
  }
  lines.push('- Revocation lists:');
  for (const file of r.add) lines.push(`  - ➕ ${t(file)} (new list)`);
  for (const x of r.replace) lines.push(`  - 🔁 ${t(x.file)} replaces list ${x.revocationId}`);
  for (const x of r.remove) {
    lines.push(
      `  - ➖ list ${x.revocationId}${x.issuer ? ` (${t(x.issuer)})` : ''}: its file left the repository`,
    );
  }
  if (r.serialsAdded.length > 0) {
    lines.push(
      `  - **Newly revoked** (${r.serialsAdded.length}, refused once deployed): ${serials(r.serialsAdded, limit)}`,
    );
  }
  if (r.serialsRemoved.length > 0) {
    lines.push(`  - No longer revoked (${r.serialsRemoved.length}): ${serials(r.serialsRemoved, limit)}`);
  }
  return lines;
}

function sectionOf(section: TargetSection, limit: number): string {
  const name = section.facts.find((f) => f.label === 'Name')?.value;
  const lines = [`##### ${name ? `${t(name)} · ` : ''}${code(section.name)}`];
  const serves = section.versionId
    ? `version ${code(section.versionId)}`
    : 'a bundle that no object version holds';
  lines.push(
    `- Serves ${serves}; ${section.roll ? '**deploy points it at the new version**' : 'deploy does not touch its CA bundle'}.`,
  );
  for (const f of section.facts) if (f.label !== 'Name') lines.push(`- ${t(f.label)}: ${t(f.value, 2000)}`);
  const change = section.added.length + section.removed.length;
  lines.push(
    change === 0
      ? `- Its clients: no change (${section.unchanged} CA certificate${section.unchanged === 1 ? ' stays' : 's stay'}).`
      : `- Its clients: +${section.added.length} −${section.removed.length} CA certificates against what it serves now:`,
  );
  lines.push(...certificateLines(section, limit));
  if (section.revocations) lines.push(...revocationLines(section.revocations, limit));
  return lines.join('\n');
}

/** The `#### Trust stores` part of the plan, or '' when no target serves its own bundle. */
export function targetSections(plan: Plan, limit: number): string {
  const sections = plan.targets ?? [];
  if (sections.length === 0) return '';
  return ['#### Trust stores', ...sections.map((s) => sectionOf(s, limit))].join('\n\n');
}

/** The names of the targets the trust store sections speak for (the domain table leaves them out). */
export function sectionNames(plan: Plan): Set<string> {
  return new Set((plan.targets ?? []).map((s) => s.name));
}
