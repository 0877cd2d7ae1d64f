import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/action-runner.js';

describe('the Node that end-to-end tests run dist/ with', () => {
  it('is Node 24, what GitHub runs the action on (runs.using: node24)', () => {
    const run = spawnSync(inject('node24'), ['-p', 'process.versions.node'], { encoding: 'utf8' });
    expect(run.stdout.trim()).toMatch(/^24\./);
  });

  it('refuses a NODE24 that is not a runnable node binary, naming the fix', () => {
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'node24.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, NODE24: path.join(projectRoot, 'no-such-node') },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not a runnable node binary: point it at a Node 24 binary or unset it');
    expect(run.stdout).toBe('');
  });
});
