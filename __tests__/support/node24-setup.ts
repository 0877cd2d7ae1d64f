/**
 * Vitest global setup: finds Node 24 once (installing it into .cache/node24 on first use, see
 * scripts/node24.mjs) before any test file runs, so parallel workers never race to install it.
 */
import type { TestProject } from 'vitest/node';
import { findNode24 } from '../../scripts/node24.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Node binary the e2e tests run dist/ with (Node 24 unless none could be found). */
    node24: string;
  }
}

export default function setup(project: TestProject): void {
  const found = findNode24();
  if (found.note) console.warn(found.note);
  project.provide('node24', found.path);
}
