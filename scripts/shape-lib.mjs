/**
 * The shape of src/: which file imports which, the import cycles, the imports that break the folder
 * order, and a few size figures. Used by scripts/shape.mjs (prints them) and
 * __tests__/architecture.test.ts (asserts them). Every function takes the project root (the folder
 * that holds src/), so the tests can point them at a temporary project.
 *
 * Files are parsed with the Oxc parser that rolldown (Vite's bundler, installed with vitest) exposes
 * as `rolldown/parseAst`: TypeScript 7 is the native compiler and ships no JS parser API.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'rolldown/parseAst';

/**
 * The import order of src/'s folders, written here and nowhere else. A folder may import from itself
 * and from the folders before it, never from one after it. `action | cli` are the two front-ends on
 * the same, last level: neither may import the other. A sub-folder belongs to its top folder
 * (src/targets/api-gateway/ is in `targets`). A file directly in src/, or in a folder that is not
 * listed, is out of order.
 */
export const ORDER = [
  'settings',
  'pki',
  'plan',
  'audit',
  'workspace',
  'aws',
  'github',
  'probe',
  'targets',
  'pipeline',
  'report',
  'action | cli',
];

/** The runner protocol (stdout commands, GITHUB_OUTPUT, ...): only the action front-end speaks it. */
export const RUNNER = 'src/action/runner.ts';
/** A source file longer than this is too long. */
export const MAX_FILE_LINES = 350;
/** A function longer than LONG_FUNCTION_LINES is long; more than MAX_LONG_FUNCTIONS of them, or one longer than MAX_FUNCTION_LINES, is too many. */
export const LONG_FUNCTION_LINES = 80;
export const MAX_FUNCTION_LINES = 120;
export const MAX_LONG_FUNCTIONS = 3;

const LEVEL = new Map(ORDER.flatMap((level, i) => level.split('|').map((folder) => [folder.trim(), i])));

/** The top folder of a src/ file ('src/targets/api-gateway/x.ts' -> 'targets'); null directly in src/. */
export function folderOf(file) {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : null;
}

/** Every .ts file under root/src, sorted, with its text, line count and syntax tree (null and an error if it does not parse). */
export function readSources(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) files.push(full);
    }
  };
  walk(path.join(root, 'src'));
  return files.map((full) => {
    const file = path.relative(root, full).split(path.sep).join('/');
    const text = readFileSync(full, 'utf8');
    const lines = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    try {
      const lang = file.endsWith('.d.ts') ? 'dts' : 'ts';
      return { file, text, lines, ast: parseAst(text, { lang }, file), error: null };
    } catch (error) {
      const message = String(error.message ?? error);
      return { file, text, lines, ast: null, error: message.split('\n').slice(0, 2).join(' ') };
    }
  });
}

/** Calls visit(node, parent) on every node of a syntax tree, parents first. */
function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit, node);
    } else if (value && typeof value.type === 'string') walk(value, visit, node);
  }
}

/** Offset -> 1-based line number. */
function lineCounter(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The .ts file a relative specifier names ('./x.js' -> x.ts, './x' -> x.ts or x/index.ts), or null. */
function resolve(from, specifier, known) {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = [target, target.replace(/\.js$/, '.ts'), target.replace(/\.mjs$/, '.mts')];
  candidates.push(`${target}.ts`, `${target}/index.ts`);
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

/** The relative imports of one source: import, import type, export ... from, import(), typeof import(), import x = require(). */
export function importsOf(source, known) {
  if (!source.ast) return [];
  const line = lineCounter(source.text);
  const found = [];
  walk(source.ast, (node) => {
    let literal = null;
    let kind = null;
    if (node.type === 'ImportDeclaration') {
      literal = node.source;
      kind = node.importKind === 'type' ? 'import type' : 'import';
    } else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
      literal = node.source;
      kind = node.exportKind === 'type' ? 'export type' : 'export';
    } else if (node.type === 'ImportExpression') {
      literal = node.source;
      kind = 'import()';
    } else if (node.type === 'TSImportType') {
      literal = node.source ?? node.argument?.literal ?? node.argument;
      kind = 'type import()';
    } else if (node.type === 'TSExternalModuleReference') {
      literal = node.expression;
      kind = 'require';
    }
    const specifier = literal?.type === 'Literal' ? literal.value : null;
    if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
    const to = resolve(source.file, specifier, known);
    found.push({ from: source.file, specifier, kind, line: line(node.start), to });
  });
  return found;
}

/** The import graph: every relative import, the edges between files, and the imports that name no .ts file in src/. */
export function importGraph(sources) {
  const known = new Set(sources.map((s) => s.file));
  const imports = sources.flatMap((source) => importsOf(source, known));
  const edges = new Map(sources.map((s) => [s.file, new Set()]));
  for (const i of imports) if (i.to) edges.get(i.from).add(i.to);
  return { files: [...known], imports, edges, unresolved: imports.filter((i) => !i.to) };
}

/** Every import cycle: each strongly connected component of more than one file, and each file that imports itself. */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const connect = (file) => {
    index.set(file, index.size);
    low.set(file, index.get(file));
    stack.push(file);
    onStack.add(file);
    for (const next of graph.edges.get(file)) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file), low.get(next)));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.edges.get(file).has(file)) cycles.push(component.sort());
  };
  for (const file of [...graph.edges.keys()].sort()) if (!index.has(file)) connect(file);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/** Every import against the order, once per (file, imported file), plus every file outside the folders of the order. */
export function findUpwardImports(graph) {
  const violations = [];
  for (const file of [...graph.files].sort()) {
    const folder = folderOf(file);
    if (folder === null) violations.push({ file, line: null, to: null, reason: 'file directly in src/' });
    else if (!LEVEL.has(folder))
      violations.push({ file, line: null, to: null, reason: `folder ${folder} is not in the order` });
  }
  const seen = new Set();
  for (const { from, to, line } of graph.imports) {
    const [a, b] = [folderOf(from), to && folderOf(to)];
    if (!to || !LEVEL.has(a) || a === b || seen.has(`${from} ${to}`)) continue;
    let reason = null;
    if (!LEVEL.has(b))
      reason = b === null ? `${a} imports a file directly in src/` : `${b} is not in the order`;
    else if (LEVEL.get(b) === LEVEL.get(a)) reason = `front-end ${a} imports front-end ${b}`;
    else if (LEVEL.get(b) > LEVEL.get(a)) reason = `${a} imports ${b}, which comes later in the order`;
    if (reason === null) continue;
    seen.add(`${from} ${to}`);
    violations.push({ file: from, line, to, reason });
  }
  return violations.sort((x, y) => x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0));
}

/** One line per violation: 'src/pki/x.ts:3 -> src/report/y.ts (pki imports report, which comes later in the order)'. */
export function formatViolation({ file, line, to, reason }) {
  return to ? `${file}:${line} -> ${to} (${reason})` : `${file} (${reason})`;
}

/** A short name for the function `node` whose parent is `parent`, and the offset its first line counts from. */
function nameFunction(node, parent, source, className) {
  const text = (n) => source.text.slice(n.start, n.end).replace(/\s+/g, ' ');
  const key = (n) => (n.key?.type === 'Identifier' ? n.key.name : text(n.key));
  if (node.id?.name) return { name: node.id.name, start: node.start };
  switch (parent?.type) {
    case 'VariableDeclarator':
      return { name: text(parent.id).split(':')[0], start: parent.start };
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return { name: className ? `${className}.${key(parent)}` : key(parent), start: parent.start };
    case 'Property':
      return { name: key(parent), start: parent.start };
    case 'AssignmentExpression':
      return { name: text(parent.left), start: parent.start };
    case 'CallExpression':
    case 'NewExpression':
      return { name: `callback of ${text(parent.callee).slice(0, 40)}`, start: node.start };
    default:
      return { name: '<anonymous>', start: node.start };
  }
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Every function with a body (declaration, method, function expression, arrow function), measured from its first line to its closing brace. */
export function listFunctions(source) {
  if (!source.ast) return [];
  const line = lineCounter(source.text);
  const functions = [];
  const classes = [];
  walk(source.ast, (node, parent) => {
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
      classes.push({ end: node.end, name: node.id?.name ?? parent?.id?.name ?? null });
    }
    while (classes.length > 0 && classes.at(-1).end <= node.start) classes.pop();
    if (!FUNCTIONS.has(node.type) || !node.body) return;
    const { name, start } = nameFunction(node, parent, source, classes.at(-1)?.name);
    const first = line(start);
    functions.push({ name, file: source.file, line: first, length: line(node.end - 1) - first + 1 });
  });
  return functions;
}

/** True for `process.env`, `process['env']` and `globalThis.process.env`. */
function isProcessEnv(node) {
  if (node.type !== 'MemberExpression') return false;
  const property = node.computed ? node.property.value : node.property.name;
  const object = node.object.type === 'MemberExpression' ? node.object.property : node.object;
  return property === 'env' && object.type === 'Identifier' && object.name === 'process';
}

/** True if the source reads the environment: process.env, `const { env } = process`, or `env` from node:process. */
export function readsProcessEnv(source) {
  let reads = false;
  if (!source.ast) return false;
  walk(source.ast, (node) => {
    if (isProcessEnv(node)) reads = true;
    const fromProcess = node.type === 'VariableDeclarator' && node.init?.type === 'Identifier';
    if (fromProcess && node.init.name === 'process' && node.id.type === 'ObjectPattern') {
      if (node.id.properties.some((p) => p.key?.name === 'env')) reads = true;
    }
    if (node.type === 'ImportDeclaration' && /^(node:)?process$/.test(node.source.value)) {
      if (node.specifiers.some((s) => s.imported?.name === 'env')) reads = true;
    }
  });
  return reads;
}

/** Everything at once, for the root that holds src/. */
export function shape(root) {
  const sources = readSources(root);
  const graph = importGraph(sources);
  const functions = sources.flatMap(listFunctions).sort((a, b) => b.length - a.length);
  const byLength = (a, b) => b.lines - a.lines || a.file.localeCompare(b.file);
  return {
    files: sources.length,
    lines: sources.reduce((sum, s) => sum + s.lines, 0),
    parseErrors: sources.filter((s) => s.error).map((s) => ({ file: s.file, error: s.error })),
    graph,
    cycles: findCycles(graph),
    upward: findUpwardImports(graph),
    runnerImporters: [...new Set(graph.imports.filter((i) => i.to === RUNNER).map((i) => i.from))].sort(),
    envReaders: sources.filter(readsProcessEnv).map((s) => s.file),
    longFiles: sources
      .filter((s) => s.lines > MAX_FILE_LINES)
      .map(({ file, lines }) => ({ file, lines }))
      .sort(byLength),
    functions,
    longFunctions: functions.filter((f) => f.length > LONG_FUNCTION_LINES),
    tooLongFunctions: functions.filter((f) => f.length > MAX_FUNCTION_LINES),
  };
}
