/**
 * The shape of src/: no import cycle, folders import only from folders earlier in the order (ORDER in
 * scripts/shape-lib.mjs), only the action front-end speaks the runner protocol, only the front-ends
 * read process.env, and no function or file grows past its limit. `node scripts/shape.mjs` prints
 * the same figures. The second half checks the checker on small made-up projects.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FunctionLength,
  formatViolation,
  importGraph,
  LONG_FUNCTION_LINES,
  listFunctions,
  MAX_FILE_LINES,
  MAX_FUNCTION_LINES,
  MAX_LONG_FUNCTIONS,
  ORDER,
  RUNNER,
  readSources,
  type Shape,
  shape,
} from '../scripts/shape-lib.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const list = (lines: string[]) => lines.map((line) => `  ${line}`).join('\n');
const describeFunction = (f: FunctionLength) => `${f.file}:${f.line} ${f.name} (${f.length} lines)`;

describe('the shape of src/', () => {
  let actual: Shape;
  beforeAll(() => {
    actual = shape(projectRoot);
  });

  it('parses every source file', () => {
    expect(actual.parseErrors).toEqual([]);
  });

  it('src has no import cycle', () => {
    const cycles = actual.cycles.map((cycle) => cycle.join(' <-> '));
    expect(cycles, `import cycles in src/:\n${list(cycles)}`).toEqual([]);
  });

  it('no folder imports a folder later in the order, and the front-ends do not import each other', () => {
    const violations = actual.upward.map(formatViolation);
    const message = `${violations.length} imports against the order ${ORDER.join(' < ')}:\n${list(violations)}`;
    expect(violations, message).toEqual([]);
  });

  it('only the action front-end speaks the runner protocol', () => {
    const outside = actual.runnerImporters.filter((file) => !file.startsWith('src/action/'));
    expect(outside, `files outside src/action/ that import ${RUNNER}:\n${list(outside)}`).toEqual([]);
  });

  it('only the front-ends and the runner protocol read process.env', () => {
    const outside = actual.envReaders.filter(
      (f) => !f.startsWith('src/action/') && !f.startsWith('src/cli/'),
    );
    expect(
      outside,
      `files outside src/action/ and src/cli/ that read process.env:\n${list(outside)}`,
    ).toEqual([]);
  });

  it('no function is over 120 lines and at most three are over 80', () => {
    const tooLong = actual.tooLongFunctions.map(describeFunction);
    const long = actual.longFunctions.map(describeFunction);
    expect.soft(tooLong, `functions over ${MAX_FUNCTION_LINES} lines:\n${list(tooLong)}`).toEqual([]);
    expect
      .soft(
        long.length,
        `functions over ${LONG_FUNCTION_LINES} lines (at most ${MAX_LONG_FUNCTIONS}):\n${list(long)}`,
      )
      .toBeLessThanOrEqual(MAX_LONG_FUNCTIONS);
  });

  it('no source file is over 350 lines', () => {
    const long = actual.longFiles.map((f) => `${f.file} (${f.lines} lines)`);
    expect(long, `files over ${MAX_FILE_LINES} lines:\n${list(long)}`).toEqual([]);
  });
});

describe('the shape checker', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  /** A throw-away project whose src/ holds these files. */
  function project(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'shape-'));
    roots.push(root);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  }

  it('finds a cycle through type-only, dynamic and re-export imports, and a file that imports itself', () => {
    const root = project({
      'src/pki/a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
      'src/pki/b.ts': "export const b = () => import('./c.js');\nexport type B = 1;\n",
      'src/pki/c.ts': "export * from './a.js';\n",
      'src/pki/d.ts': "import type { A } from './a.js';\nexport type D = A;\n",
      'src/pki/self.ts': "import { x } from './self.js';\nexport const x = 1;\nexport const y = x;\n",
    });
    expect(shape(root).cycles).toEqual([
      ['src/pki/a.ts', 'src/pki/b.ts', 'src/pki/c.ts'],
      ['src/pki/self.ts'],
    ]);
  });

  it('finds no cycle in a graph without one, and resolves ./x.js, ./x and ./dir to .ts files', () => {
    const root = project({
      'src/pki/a.ts': "import { b } from './b.js';\nimport { c } from './c';\nimport { i } from './dir';\n",
      'src/pki/b.ts':
        "import { c } from './c.js';\nimport pkg from '../../package.json';\nexport const b = 1;\n",
      'src/pki/c.ts': "import { readFileSync } from 'node:fs';\nexport const c = readFileSync;\n",
      'src/pki/dir/index.ts': 'export const i = 1;\n',
    });
    const graph = importGraph(readSources(root));
    expect(Object.fromEntries([...graph.edges].map(([file, to]) => [file, [...to]]))).toEqual({
      'src/pki/a.ts': ['src/pki/b.ts', 'src/pki/c.ts', 'src/pki/dir/index.ts'],
      'src/pki/b.ts': ['src/pki/c.ts'],
      'src/pki/c.ts': [],
      'src/pki/dir/index.ts': [],
    });
    expect(graph.unresolved.map((i) => `${i.from}:${i.line} ${i.specifier}`)).toEqual([
      'src/pki/b.ts:2 ../../package.json',
    ]);
    expect(shape(root).cycles).toEqual([]);
  });

  it('reports imports of later folders, between the front-ends, and files outside the order', () => {
    const root = project({
      'src/settings/s.ts': "export const s = 1;\nimport { p } from '../pki/p.js';\n",
      'src/pki/p.ts': "import { s } from '../settings/s.js';\nexport const p = s;\n",
      'src/pki/q.ts': "import { loose } from '../loose.js';\nexport const q = loose;\n",
      'src/targets/local.ts': 'export const local = 1;\n',
      'src/targets/api-gateway/t.ts':
        "import { p } from '../../pki/p.js';\nimport { local } from '../local.js';\n",
      'src/report/r.ts': "import type { T } from '../targets/api-gateway/t.js';\n",
      'src/action/a.ts': "import { r } from '../report/r.js';\n",
      'src/cli/c.ts': "import { r } from '../report/r.js';\nimport type { A } from '../action/a.js';\n",
      'src/extra/e.ts': "import { a } from '../action/a.js';\n",
      'src/loose.ts': 'export const loose = 1;\n',
    });
    expect(shape(root).upward.map(formatViolation)).toEqual([
      'src/cli/c.ts:2 -> src/action/a.ts (front-end cli imports front-end action)',
      'src/extra/e.ts (folder extra is not in the order)',
      'src/loose.ts (file directly in src/)',
      'src/pki/q.ts:1 -> src/loose.ts (pki imports a file directly in src/)',
      'src/settings/s.ts:2 -> src/pki/p.ts (settings imports pki, which comes later in the order)',
    ]);
  });

  it('measures each function from its first line to its closing brace, and flags the long ones', () => {
    const long = `export function long(x: number): number {\n${'  x++;\n'.repeat(80)}  return x;\n}\n`;
    const arrow = 'const arrow = async (\n  a: number,\n): Promise<number> => {\n  return a;\n};\n';
    const klass = 'class K {\n  method(): void {\n    [1].forEach((n) => {\n      void n;\n    });\n  }\n}\n';
    const root = project({ 'src/pki/f.ts': long + arrow + klass });
    const [source] = readSources(root);
    expect(listFunctions(source!)).toEqual([
      { name: 'long', file: 'src/pki/f.ts', line: 1, length: 83 },
      { name: 'arrow', file: 'src/pki/f.ts', line: 84, length: 5 },
      { name: 'K.method', file: 'src/pki/f.ts', line: 90, length: 5 },
      { name: 'callback of [1].forEach', file: 'src/pki/f.ts', line: 91, length: 3 },
    ]);
    const measured = shape(root);
    expect(measured.longFunctions.map((f) => f.name)).toEqual(['long']);
    expect(measured.tooLongFunctions).toEqual([]);
  });

  it('counts files and lines, and flags files over the line limit', () => {
    const root = project({
      'src/pki/short.ts': 'export const a = 1;\nexport const b = 2;\n',
      'src/pki/long.ts': 'export const a = 1;\n'.repeat(MAX_FILE_LINES + 1),
      'src/pki/no-final-newline.ts': 'export const a = 1;',
    });
    const measured = shape(root);
    expect([measured.files, measured.lines]).toEqual([3, MAX_FILE_LINES + 4]);
    expect(measured.longFiles).toEqual([{ file: 'src/pki/long.ts', lines: MAX_FILE_LINES + 1 }]);
  });

  it('reports a file that does not parse, and still measures the others', () => {
    const root = project({
      'src/pki/broken.ts': 'export const = ;\n',
      'src/pki/fine.ts': "import { x } from './broken.js';\n",
    });
    const measured = shape(root);
    expect(measured.parseErrors).toEqual([
      { file: 'src/pki/broken.ts', error: expect.stringContaining('Parse failed') },
    ]);
    expect(measured.graph.imports.map((i) => i.to)).toEqual(['src/pki/broken.ts']);
  });

  it('finds who imports the runner protocol and who reads process.env, ignoring comments and strings', () => {
    const root = project({
      'src/action/runner.ts': 'export const env = process.env;\n',
      'src/pipeline/p.ts':
        "import * as runner from '../action/runner.js';\n// process.env\nconst s = 'process.env';\n",
      'src/settings/s.ts': 'const { env } = process;\n',
      'src/github/g.ts': "export const t = globalThis.process['env'].TOKEN;\n",
      'src/probe/n.ts': "import { env } from 'node:process';\n",
      'src/pki/k.ts': '/** Reads no process.env.X */\nexport const k = `process.env`;\n',
    });
    const measured = shape(root);
    expect(measured.runnerImporters).toEqual(['src/pipeline/p.ts']);
    expect(measured.envReaders).toEqual([
      'src/action/runner.ts',
      'src/github/g.ts',
      'src/probe/n.ts',
      'src/settings/s.ts',
    ]);
  });
});
