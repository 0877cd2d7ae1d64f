import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseMode, resolveMode } from '../src/action/main.js';
import { testSettings } from './support/settings.js';

let dir: string;
let pushPayload: string;
let dispatchPayload: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'events-'));
  pushPayload = path.join(dir, 'push.json');
  dispatchPayload = path.join(dir, 'dispatch.json');
  writeFileSync(
    dispatchPayload,
    JSON.stringify({ ref: 'refs/heads/feature', inputs: {}, repository: { default_branch: 'main' } }),
  );
  writeFileSync(
    pushPayload,
    JSON.stringify({ ref: 'refs/heads/main', repository: { default_branch: 'main' } }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mode: auto picks the mode from the event', () => {
  const auto = testSettings({ mode: 'auto' });
  const env = (name: string, extra: Record<string, string> = {}) => ({ GITHUB_EVENT_NAME: name, ...extra });

  it('plans a pull request (from the repository or pull_request_target)', () => {
    expect(resolveMode(auto, env('pull_request'))).toBe('plan');
    expect(resolveMode(auto, env('pull_request_target'))).toBe('plan');
  });

  it('deploys a push to the default branch and a manual dispatch on the default branch', () => {
    expect(
      resolveMode(auto, env('push', { GITHUB_EVENT_PATH: pushPayload, GITHUB_REF: 'refs/heads/main' })),
    ).toBe('deploy');
    expect(
      resolveMode(
        auto,
        env('workflow_dispatch', { GITHUB_EVENT_PATH: dispatchPayload, GITHUB_REF: 'refs/heads/main' }),
      ),
    ).toBe('deploy');
  });

  it('only plans a manual dispatch on another branch, and says why', () => {
    const choice = chooseMode(
      auto,
      env('workflow_dispatch', { GITHUB_EVENT_PATH: dispatchPayload, GITHUB_REF: 'refs/heads/feature' }),
    );
    expect(choice.mode).toBe('plan');
    expect(choice.why).toContain('refs/heads/feature');
    expect(choice.why).toContain('dispatch the workflow on main to deploy');
  });

  it('only plans a dispatch whose event names no default branch (it cannot tell where it runs)', () => {
    expect(resolveMode(auto, env('workflow_dispatch', { GITHUB_REF: 'refs/heads/main' }))).toBe('plan');
  });

  it('only validates a push to another branch, a tag, or any other event', () => {
    expect(
      resolveMode(auto, env('push', { GITHUB_EVENT_PATH: pushPayload, GITHUB_REF: 'refs/heads/feature' })),
    ).toBe('validate');
    expect(
      resolveMode(auto, env('push', { GITHUB_EVENT_PATH: pushPayload, GITHUB_REF: 'refs/tags/v1' })),
    ).toBe('validate');
    expect(resolveMode(auto, {})).toBe('validate');
  });

  it('audits on a schedule', () => {
    expect(resolveMode(auto, env('schedule'))).toBe('audit');
  });

  it('keeps a forced mode whatever the event', () => {
    expect(resolveMode(testSettings({ mode: 'deploy' }), env('pull_request'))).toBe('deploy');
    expect(resolveMode(testSettings({ mode: 'validate' }), env('workflow_dispatch'))).toBe('validate');
    expect(resolveMode(testSettings({ mode: 'plan' }), env('push'))).toBe('plan');
    expect(resolveMode(testSettings({ mode: 'audit' }), env('pull_request'))).toBe('audit');
  });
});
