#!/usr/bin/env node
// Prints the shape of src/: files, lines, import cycles, imports against the folder order (see ORDER
// in scripts/shape-lib.mjs), who speaks the runner protocol, who reads process.env, and the longest
// functions and files. Always exits 0: __tests__/architecture.test.ts is the check that fails.
// Usage: node scripts/shape.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatViolation,
  LONG_FUNCTION_LINES,
  MAX_FILE_LINES,
  MAX_FUNCTION_LINES,
  ORDER,
  RUNNER,
  shape,
} from './shape-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const s = shape(root);
const fn = (f) => `${f.file}:${f.line}  ${f.name}  (${f.length} lines)`;

const sections = [
  ['files', s.files, null],
  ['lines', s.lines, null],
  ['import cycles', s.cycles.length, s.cycles.map((c) => c.join('  <->  '))],
  ['upward imports', s.upward.length, s.upward.map(formatViolation)],
  [`runner importers (${RUNNER})`, s.runnerImporters.length, s.runnerImporters],
  ['process.env readers', s.envReaders.length, s.envReaders],
  [`functions > ${LONG_FUNCTION_LINES} lines`, s.longFunctions.length, s.longFunctions.map(fn)],
  [`functions > ${MAX_FUNCTION_LINES} lines`, s.tooLongFunctions.length, s.tooLongFunctions.map(fn)],
  [
    `files > ${MAX_FILE_LINES} lines`,
    s.longFiles.length,
    s.longFiles.map((f) => `${f.file}  (${f.lines} lines)`),
  ],
];
if (s.parseErrors.length > 0) {
  sections.push([
    'files that do not parse',
    s.parseErrors.length,
    s.parseErrors.map((e) => `${e.file}: ${e.error}`),
  ]);
}
if (s.graph.unresolved.length > 0) {
  const unresolved = s.graph.unresolved.map((i) => `${i.from}:${i.line}  ${i.kind} '${i.specifier}'`);
  sections.push(['imports of no .ts file in src/', unresolved.length, unresolved]);
}

const width = Math.max(...sections.map(([label]) => label.length));
const out = [`Shape of src/  (order: ${ORDER.join(' < ')})`, ''];
for (const [label, count] of sections) out.push(`  ${label.padEnd(width)}  ${String(count).padStart(6)}`);
for (const [label, , items] of sections) {
  if (items === null) continue;
  out.push('', `${label}:`);
  if (items.length === 0) out.push('  (none)');
  items.forEach((item, i) => {
    out.push(`  ${String(i + 1).padStart(2)}. ${item}`);
  });
}
console.log(out.join('\n'));
