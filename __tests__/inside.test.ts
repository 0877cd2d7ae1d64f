import { describe, expect, it } from 'vitest';
import { isInside } from '../src/workspace/inside.js';

describe('the workspace boundary check', () => {
  it('counts the root itself and anything under it as inside', () => {
    expect(isInside('/ws', '/ws')).toBe(true);
    expect(isInside('/ws', '/ws/pki/root.pem')).toBe(true);
  });

  it('counts a file whose name starts with two dots as inside (a key hidden as ..key.pem is still caught)', () => {
    expect(isInside('/ws', '/ws/..key.pem')).toBe(true);
    expect(isInside('/ws', '/ws/pki/...pem')).toBe(true);
  });

  it('counts the parent, a sibling and other absolute paths as outside', () => {
    expect(isInside('/ws', '/')).toBe(false);
    expect(isInside('/ws', '/ws-other/key.pem')).toBe(false);
    expect(isInside('/ws', '/ws/../etc/passwd')).toBe(false);
    expect(isInside('/ws', '/etc/passwd')).toBe(false);
  });
});
