/**
 * What a release needs (docs/release.md): the files a team adopting it looks for, a package.json npm
 * publishes as `mtls-truststore` with provenance, `engines` that tell the truth about everything
 * installed, and a release workflow that checks before it publishes. The workflow is read as text:
 * the point is that its essential lines are there, not to run it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** Does `version` satisfy an engines range (`||` of space-separated comparators, ^, >=, >, <=, <, x.y.z)? */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  const parse = (s: string) => [...s.split('.').map(Number), 0, 0].slice(0, 3) as number[];
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  const ok = (comparator: string): boolean => {
    const m = /^(\^|>=|<=|>|<|=)?\s*v?(\d+(?:\.\d+){0,2})$/.exec(comparator.trim());
    if (!m) throw new Error(`unknown comparator "${comparator}" in "${range}"`);
    const [, op = '', bare = ''] = m;
    const b = parse(bare);
    const parts = bare.split('.').length;
    if (op === '^') return cmp(v, b) >= 0 && v[0] === b[0];
    if (op === '>=') return cmp(v, b) >= 0;
    if (op === '>') return cmp(v, b) > 0;
    if (op === '<=') return cmp(v, b) <= 0;
    if (op === '<') return cmp(v, b) < 0;
    // A bare "20" or "20.1" is every version it starts.
    return v.slice(0, parts).every((n, i) => n === b[i]);
  };
  return range.split('||').some((set) =>
    set
      .trim()
      .replace(/(>=|<=|>|<)\s+/g, '$1')
      .split(/\s+/)
      .every(ok),
  );
}

describe('the files a team adopting a release looks for', () => {
  it('LICENSE is MIT for the contributors, as package.json says', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} the mtls-truststore-action contributors\n/,
    );
  });

  it('CHANGELOG.md keeps a changelog: Unreleased, then a section for the version package.json has', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
    expect(changelog.indexOf('## [Unreleased]')).toBeLessThan(changelog.indexOf(`## [${pkg.version}]`));
  });

  it('SECURITY.md says how to report privately and what is in scope', () => {
    const security = read('SECURITY.md');
    expect(security).toContain('private vulnerability reporting');
    expect(security).toContain('deploy CA certificates nobody reviewed');
    expect(security).toContain('print or upload a private key');
    expect(security).toContain('read or write outside the workspace');
  });
});

describe('package.json, as npm publishes it', () => {
  it('is the public package mtls-truststore, with provenance and its repository', () => {
    expect(pkg.name).toBe('mtls-truststore');
    expect(pkg.private).not.toBe(true);
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    expect(pkg.bin).toEqual({ 'mtls-truststore': 'dist/cli.js' });
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('npm pack ships dist/, action.yml, README.md, LICENSE and package.json, nothing else', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    expect(files.filter((f) => !f.startsWith('dist/')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'action.yml',
      'package.json',
    ]);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/index.js');
  });
});

describe('engines', () => {
  const engines: string = pkg.engines.node;
  /** The oldest version of each supported line. */
  const oldest = ['22.13.0', '24.0.0'];

  it('is Node 22 from 22.13, and 24 or later; .node-version is a supported version', () => {
    expect(engines).toBe('^22.13.0 || >=24');
    for (const v of ['22.13.0', '22.20.0', '24.0.0', '24.11.1', '26.0.0'])
      expect(satisfies(v, engines)).toBe(true);
    for (const v of ['20.19.0', '22.12.0', '23.11.0']) expect(satisfies(v, engines)).toBe(false);
    expect(satisfies(`${read('.node-version').trim()}.0.0`, engines)).toBe(true);
  });

  it('every package npm ci installs accepts the oldest supported versions (package-lock.json)', () => {
    const lock = JSON.parse(read('package-lock.json'));
    const refused: string[] = [];
    for (const [where, entry] of Object.entries<{ engines?: { node?: string } | string[] }>(lock.packages)) {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (where === '' || range === undefined) continue;
      for (const v of oldest) if (!satisfies(v, range)) refused.push(`${where} (${range}) refuses ${v}`);
    }
    expect(refused).toEqual([]);
  });

  it('the bundled AWS SDK prints no NodeVersionSupportWarning on a supported version', () => {
    const dir = path.join(root, 'node_modules', '@aws-sdk', 'core', 'dist-cjs', 'submodules', 'client');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .find((text) => text.includes('NodeVersionSupportWarning'));
    expect(source, 'the SDK no longer has NodeVersionSupportWarning where this test looks').toBeDefined();
    const m = /const (\w+) = (\d+);\s*if \(userMajorVersion < \1\)/.exec(source!);
    expect(m, 'the threshold of the SDK warning').not.toBeNull();
    for (const v of oldest) expect(Number(v.split('.')[0])).toBeGreaterThanOrEqual(Number(m![2]));
  });
});

describe('.github/workflows/release.yml', () => {
  const file = '.github/workflows/release.yml';
  const workflow = existsSync(path.join(root, file)) ? read(file) : '';

  it('runs on a vX.Y.Z tag and checks the tag against package.json and CHANGELOG.md', () => {
    expect(workflow).toMatch(/^on:\n {2}push:\n {4}tags: \['v\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+'\]$/m);
    expect(workflow).toContain(`require("./package.json").version`);
    expect(workflow).toContain('CHANGELOG.md');
  });

  it('refuses a dist/ that is not a fresh build, and runs the tests, before publishing', () => {
    const verify = workflow.slice(workflow.indexOf('  verify:'), workflow.indexOf('  publish:'));
    expect(verify).toContain('- run: npm ci');
    const build = verify.indexOf('npm run build');
    expect(build).toBeGreaterThan(0);
    expect(verify.indexOf('git diff --exit-code', build)).toBeGreaterThan(build);
    expect(verify).toMatch(/git diff --exit-code.* -- dist/);
    expect(verify).toContain('- run: npm test');
    expect(workflow.slice(workflow.indexOf('  publish:'))).toMatch(/^ {4}needs: verify$/m);
  });

  it('publishes to npm with provenance, from the NPM_TOKEN secret, with id-token and contents write', () => {
    const publish = workflow.slice(workflow.indexOf('  publish:'));
    expect(publish).toContain('npm publish --provenance --access public');
    expect(publish).toMatch(/NODE_AUTH_TOKEN: \$\{\{ secrets\.NPM_TOKEN \}\}/);
    expect(publish).toContain('registry-url: https://registry.npmjs.org');
    expect(publish).toMatch(/^ {6}contents: write/m);
    expect(publish).toMatch(/^ {6}id-token: write/m);
    expect(workflow).toMatch(/^permissions:\n {2}contents: read$/m);
  });

  it('creates the GitHub release from the CHANGELOG section and moves the major tag', () => {
    expect(workflow).toContain('gh release create "$TAG" --verify-tag');
    expect(workflow).toMatch(/major="\$\{TAG%%\.\*\}"/);
    expect(workflow).toContain('git tag --force "$major" "$GITHUB_SHA"');
    expect(workflow).toContain('git push --force origin "refs/tags/$major"');
  });

  it('pins every action to a major that runs on Node 24, like the other workflows', () => {
    const uses = [...workflow.matchAll(/uses: ([^\s#]+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^actions\/(checkout|setup-node)@v6$/);
  });
});
