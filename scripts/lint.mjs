#!/usr/bin/env node
// Lints and format-checks the sources with Biome's WebAssembly build (@biomejs/js-api +
// @biomejs/wasm-nodejs). The Biome CLI ships one native binary per platform as optional
// dependencies, and a lockfile written where some of them cannot be fetched makes `npm ci` fail
// (npm/cli#4828); the WebAssembly build is one platform-independent package.
// Usage: node scripts/lint.mjs [--write]   (--write applies safe fixes and formatting)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Biome } from '@biomejs/js-api/nodejs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const write = process.argv.includes('--write');
const FOLDERS = ['src', '__tests__', 'scripts'];
const SOURCE = /\.(ts|mts|js|mjs)$/;

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') continue;
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (SOURCE.test(name)) yield full;
  }
}

const {
  $schema: _schema,
  files: _files,
  ...configuration
} = JSON.parse(readFileSync(path.join(root, 'biome.json'), 'utf8'));
const biome = new Biome();
const { projectKey } = biome.openProject(root);
biome.applyConfiguration(projectKey, configuration);

let problems = 0;
let checked = 0;
for (const folder of FOLDERS) {
  for (const file of walk(path.join(root, folder))) {
    const filePath = path.relative(root, file);
    const source = readFileSync(file, 'utf8');
    checked++;
    const linted = biome.lintContent(projectKey, source, {
      filePath,
      ...(write ? { fixFileMode: 'safeFixes' } : {}),
    });
    const fixed = write ? linted.content : source;
    const formatted = biome.formatContent(projectKey, fixed, { filePath });
    const remaining = write
      ? biome.lintContent(projectKey, formatted.content, { filePath }).diagnostics
      : linted.diagnostics;
    const diagnostics = [...remaining, ...formatted.diagnostics].filter(
      (d) => d.severity === 'error' || d.severity === 'fatal',
    );
    if (diagnostics.length > 0) {
      problems += diagnostics.length;
      process.stdout.write(
        biome.printDiagnostics(diagnostics, { filePath, fileSource: write ? formatted.content : source }),
      );
    }
    if (write && formatted.content !== source) writeFileSync(file, formatted.content);
    else if (!write && formatted.content !== source) {
      problems++;
      console.log(`${filePath}: not formatted (run npm run format)`);
    }
  }
}
biome.shutdown();
console.log(`lint: ${checked} files checked, ${problems} problem${problems === 1 ? '' : 's'}`);
process.exit(problems > 0 ? 1 : 0);
