import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CertificateSummary, Deployment, Plan } from '../../src/plan/model.js';
import { renderDeploymentMarkdown } from '../../src/report/markdown/deployment.js';
import {
  COMMENT_MAX_LENGTH,
  fitToLength,
  renderInvalidMarkdown,
  renderPlanMarkdown,
} from '../../src/report/markdown/plan.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const HOSTILE = 'CN=<img src=x onerror=alert(1)> @org/team [x](javascript:1)';

function fp(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

function cert(name: string, extra: Partial<CertificateSummary> = {}): CertificateSummary {
  return {
    fingerprint: fp(name),
    subject: `CN=${name}, O=Example`,
    issuer: `CN=${name}, O=Example`,
    role: 'root',
    depth: 1,
    notAfter: '2030-01-01T00:00:00.000Z',
    ...extra,
  };
}

function plan(over: Partial<Plan> = {}): Plan {
  const root = cert('Root A');
  const inter = cert('Issuing A', {
    role: 'intermediate',
    issuerFingerprint: root.fingerprint,
    issuer: root.subject,
  });
  const added = cert('Root B', { notAfter: '2026-06-10T00:00:00.000Z' });
  const removed = cert('Old Root');
  return {
    location: { bucket: 'trust', key: 'api/truststore.pem', uri: 's3://trust/api/truststore.pem' },
    desired: { sha256: fp('desired'), certificates: [root, inter, added] },
    latest: { versionId: 'v2.abc', etag: '"e"', sha256: fp('live') },
    primary: {
      versionId: 'v2.abc',
      domains: ['api.example.com'],
      added: [added],
      removed: [removed],
      unchanged: [root, inter],
      reformat: false,
      identical: false,
    },
    pinnedDiffs: [],
    domains: [
      {
        domainName: 'api.example.com',
        status: 'AVAILABLE',
        mtlsEnabled: true,
        truststoreUri: 's3://trust/api/truststore.pem',
        truststoreVersion: 'v2.abc',
        warnings: [],
      },
    ],
    drift: [],
    findings: [
      { severity: 'warning', code: 'expiring-soon', message: 'CN=Root B expires in 9 days: renew it' },
    ],
    liveFindings: [],
    hasChanges: true,
    addedCount: 1,
    removedCount: 1,
    upToDate: false,
    upload: true,
    domainsToRoll: ['api.example.com'],
    ...over,
  };
}

function hostilePlan(): Plan {
  const p = plan();
  const evil = cert('evil', { subject: HOSTILE, issuer: 'CN=`x` | y </details> <!-- -->\n# h %% ]] @admin' });
  p.desired.certificates.push(evil);
  p.primary.added.push(evil);
  p.findings.push({
    severity: 'warning',
    code: 'duplicate',
    message: `${HOSTILE} is odd`,
    file: 'pki/<b>@x.pem',
    line: 3,
  });
  return p;
}

/** Every table row (a line starting with `|`) has as many cells as its header. */
function tableShapes(md: string): number[] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) => l.split('|').length);
}

describe('the plan comment', () => {
  it('opens with a one-line verdict: valid, added, removed, expiring soon', () => {
    const md = renderPlanMarkdown(plan(), { now: NOW, label: 'api' });
    expect(md).toContain('### 🔐 mTLS truststore plan: api');
    expect(md).toMatch(/✅ \*\*Valid\*\* · \+1 added, −1 removed · 1 expiring soon · 3 CA certificates/);
  });

  it('tables the added and removed CA certificates with role, expiry and a short fingerprint', () => {
    const md = renderPlanMarkdown(plan(), { now: NOW });
    expect(md).toContain(
      `| ➕ added | CN=Root B, O=Example | CN=Root B, O=Example | root | 2026-06-10 | \`${fp('Root B').slice(0, 16)}\` |`,
    );
    expect(md).toContain(`| ➖ removed | CN=Old Root, O=Example |`);
    expect(md).toContain('against version `v2.abc`');
  });

  it('says what clients will feel and which domains are rolled', () => {
    const md = renderPlanMarkdown(plan(), { now: NOW });
    expect(md).toContain('chain only to the 1 CA certificate (1 root) removed are refused');
    expect(md).toContain('Deploy uploads a new object version and rolls 1 domain: api.example.com.');
    expect(md).toContain('| api.example.com | AVAILABLE | `v2.abc` | rolled to the new version | +1 −1 |');
  });

  it('draws the hierarchy with added and removed certificates marked', () => {
    const md = renderPlanMarkdown(plan(), { now: NOW });
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    expect(chart).toContain('flowchart TD');
    expect(chart).toMatch(/c0 --> c1/);
    expect(chart).toMatch(/class c2 added/);
    expect(chart).toMatch(/class c3 removed/);
    expect(chart).toContain('#43; Root B');
  });

  it('reports an up-to-date truststore without a change table', () => {
    const p = plan({
      upToDate: true,
      hasChanges: false,
      addedCount: 0,
      removedCount: 0,
      upload: false,
      domainsToRoll: [],
    });
    p.primary = { ...p.primary, added: [], removed: [], identical: true };
    const md = renderPlanMarkdown(p, { now: NOW });
    expect(md).toContain('up to date');
    expect(md).toContain('Nothing to deploy');
    expect(md).not.toContain('| Change |');
  });

  it('explains an offline plan made from the base commit of a fork pull request', () => {
    const md = renderPlanMarkdown(plan({ offline: true, domains: [], latest: undefined }), { now: NOW });
    expect(md).toContain('pull request from a fork');
    expect(md).toContain('(against the base commit)');
    expect(md).not.toContain('Deploy uploads');
  });

  it('heads the base commit’s findings "in the base commit" for a fork’s offline plan', () => {
    const live = {
      severity: 'warning' as const,
      code: 'expiring-soon' as const,
      message: 's3://trust/api/truststore.pem:1: "CN=Old Root" expires in 9 days: renew it',
      file: 's3://trust/api/truststore.pem',
      line: 1,
    };
    const offline = renderPlanMarkdown(plan({ offline: true, domains: [], liveFindings: [live] }), {
      now: NOW,
    });
    expect(offline).toContain('#### Findings in the base commit (1)');
    expect(offline).not.toContain('live truststore');
    // A base-commit finding names its file in the base commit: that location, once.
    const base = { ...live, message: 'ca/old.pem:3: "CN=Old Root" expires in 9 days: renew it' };
    const fork = renderPlanMarkdown(plan({ offline: true, domains: [], liveFindings: [base] }), {
      now: NOW,
    });
    expect(fork).toContain('- ⚠️ **warning** `expiring-soon` ca/old.pem:3: "CN=Old Root" expires in 9 days');
    const online = renderPlanMarkdown(plan({ liveFindings: [live] }), { now: NOW });
    expect(online).toContain('#### Findings in the live truststore (1)');
    // The location is said once, in front of the message.
    expect(online).toContain(
      '- ⚠️ **warning** `expiring-soon` s3://trust/api/truststore.pem:1: "CN=Old Root" expires in 9 days: renew it',
    );
  });

  it('says an offline plan with nothing to change matches the base commit, not the live truststore', () => {
    const p = plan({ offline: true, domains: [], upToDate: true, hasChanges: false, upload: false });
    p.primary = { ...p.primary, added: [], removed: [], identical: true };
    const md = renderPlanMarkdown(p, { now: NOW });
    expect(md).toContain('byte-identical to the one built from the base commit');
    expect(md).not.toContain('live truststore');
  });

  it('counts one of a thing in the singular', () => {
    const p = plan();
    p.desired.certificates = p.desired.certificates.slice(0, 1);
    p.findings = [{ severity: 'error', code: 'expired', message: 'expired' }];
    const md = renderPlanMarkdown(p, { now: NOW });
    expect(md).toContain('❌ **Invalid** (1 error)');
    expect(md).toContain('· 1 CA certificate in s3://trust/api/truststore.pem');
    expect(md).not.toMatch(/\b1 (CA certificates|errors|domains|findings)\b/);
  });

  it('shows drift and each drifted domain’s own change', () => {
    const p = plan({ drift: ['domains are pinned to 2 different versions'] });
    p.domains.push({
      domainName: 'old.example.com',
      mtlsEnabled: true,
      truststoreVersion: 'v1',
      warnings: ['W1 @x'],
    });
    p.pinnedDiffs = [
      { ...p.primary },
      {
        versionId: 'v1',
        domains: ['old.example.com'],
        added: [],
        removed: [],
        unchanged: [],
        reformat: true,
        identical: false,
      },
    ];
    const md = renderPlanMarkdown(p, { now: NOW });
    expect(md).toContain('#### Drift');
    expect(md).toContain('| old.example.com | unknown | `v1` | unchanged | none |');
    expect(md).toContain('| ↳ warning | W1 @\u200bx | | | |');
  });

  it('renders hostile subjects as text: no HTML, no mention, no link, no broken table or diagram', () => {
    const md = renderPlanMarkdown(hostilePlan(), { now: NOW });
    expect(md).not.toMatch(/<img|<script|<b>|<!--/i);
    expect(md).not.toMatch(/@[A-Za-z0-9]/);
    expect(md).not.toContain('](');
    expect(md).not.toContain('javascript:1)');
    const shapes = tableShapes(md.split('```mermaid')[0] ?? '');
    expect(new Set(shapes.filter((n) => n === 7))).toEqual(new Set([7]));
    expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    for (const line of chart.trim().split('\n').slice(1)) {
      expect(line).toMatch(
        /^ {2}(c\d+(\(\["|\[")[A-Za-z0-9 ,.=_#;]*<br>[A-Za-z0-9 ,.=_#;]*("\]\)|"\])|c\d+ -(->|\.->) c\d+|classDef (added|removed) [a-z0-9:#,.\- ]+|class [c0-9,]+ (added|removed))$/,
      );
    }
    expect(chart).not.toMatch(/%%|javascript:|\bclick c/i);
  });

  it('keeps every row of every table as wide as its header, hostile subjects included', () => {
    const md = renderPlanMarkdown(hostilePlan(), { now: NOW });
    // GFM splits a row at pipes that are not backslash-escaped.
    const width = (row: string) => row.split(/(?<!\\)\|/).length;
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const [header = '', ...rows] = table.split('\n');
      for (const row of rows) expect(width(row), row).toBe(width(header));
    }
    expect(md).toContain('\\`x\\` \\| y &lt;/details\\>');
  });

  it('stays under 60,000 characters for a huge plan and points to the job summary', () => {
    const p = plan();
    const many = Array.from({ length: 600 }, (_, i) =>
      cert(`Partner ${i} ${'Long Organisational Unit Name '.repeat(6)}`, { role: 'intermediate' }),
    );
    p.desired.certificates.push(...many);
    p.primary.added.push(...many);
    p.addedCount = p.primary.added.length;
    p.findings = many.map((c) => ({
      severity: 'warning' as const,
      code: 'expiring-soon',
      message: `${c.subject} expires`,
    }));
    const url = 'https://github.com/o/r/actions/runs/1';
    const full = renderPlanMarkdown(p, { now: NOW, maxLength: 10_000_000, fullPlanUrl: url });
    expect(full.length).toBeGreaterThan(COMMENT_MAX_LENGTH);
    const md = renderPlanMarkdown(p, { now: NOW, fullPlanUrl: url, header: '<!-- marker -->' });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(md.startsWith('<!-- marker -->')).toBe(true);
    expect(md).toContain(`[job summary](${url})`);
    expect(md).toMatch(/✅ \*\*Valid\*\* · \+601 added/);
    expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });

  it('cuts inside a diagram or details and still closes them', () => {
    const md = `<details><summary>x</summary>\n\n\`\`\`mermaid\n${'  a --> b\n'.repeat(500)}\`\`\`\n</details>\n`;
    const cut = fitToLength(md, 800, 'TAIL');
    expect(cut.length).toBeLessThanOrEqual(800);
    expect(cut).toMatch(/```\n\n<\/details>\n\nTAIL\n$/);
  });
});

describe('an invalid truststore', () => {
  it('says invalid and lists the findings, escaped', () => {
    const md = renderInvalidMarkdown(
      [
        {
          severity: 'error',
          code: 'private-key',
          message: 'a private key: remove it',
          file: 'pki/@bad.pem',
          line: 1,
        },
      ],
      { label: 'api' },
    );
    expect(md).toContain('❌ **Invalid** (1 error)');
    expect(md).toContain('- ❌ **error** `private-key` pki/@\u200bbad.pem:1: a private key: remove it');
  });
});

describe('the deployment note', () => {
  const deployment: Deployment = {
    upToDate: false,
    versionId: 'v3',
    previousVersionId: 'v2.abc',
    deployedDomains: ['api.example.com', 'b.example.com'],
    rolledBackDomains: [],
    untouchedDomains: [],
    warnings: [],
  };

  it('names the version, the domains rolled and "none" for warnings', () => {
    const md = renderDeploymentMarkdown(plan(), deployment, { label: 'api', runUrl: 'https://x/runs/1' });
    expect(md).toContain('### 🚀 mTLS truststore deployed: api');
    expect(md).toContain(
      'Version `v3` of s3://trust/api/truststore.pem (+1 added, −1 removed; previous version `v2.abc`).',
    );
    expect(md).toContain('- Domains rolled: api.example.com, b.example.com');
    expect(md).toContain('- Truststore warnings from API Gateway: none');
  });

  it('reports a failed deploy with its rollback and warnings', () => {
    const md = renderDeploymentMarkdown(
      plan(),
      {
        ...deployment,
        deployedDomains: [],
        rolledBackDomains: ['api.example.com'],
        untouchedDomains: ['b.example.com'],
        warnings: [{ domainName: 'api.example.com', warnings: ['Certificate <x> @ops expired'] }],
      },
      { failure: 'api.example.com reported truststore warnings' },
    );
    expect(md).toContain('### ❌ mTLS truststore deploy failed');
    expect(md).toContain('- **Rolled back** to `v2.abc`: api.example.com');
    expect(md).toContain('- Not touched: b.example.com');
    expect(md).toContain('  - api.example.com: Certificate &lt;x\\> @\u200bops expired');
  });
});
