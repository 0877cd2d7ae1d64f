import { describe, expect, it } from 'vitest';
import { logText } from '../../src/report/escape.js';

/** Lines the runner would read as workflow commands: `::` first, after leading spaces. */
const commandLines = (text: string) => text.split('\n').filter((line) => /^\s*::/.test(line));

describe('plain runner log lines', () => {
  it('never let a value from AWS start a line with a workflow command', () => {
    const version = 'v1\n::warning::forged\n  ::set-output name=version-id::evil\r::error::x';
    const line = logText(`api.example.com: pinning truststore version ${version} (was v0)`);
    expect(commandLines(line)).toEqual([]);
    expect(line).toContain('U+003A:warning::forged');
    expect(line).toContain('  U+003A:set-output');
  });

  it("never let a value carry the runner's older ##[command] syntax, which it reads anywhere in a line", () => {
    const line = logText('pinning truststore version v1 ##[warning]forged (was v0)');
    expect(line).not.toContain('##[');
    expect(line).toContain('#U+0023[warning]forged');
  });

  it('keeps ordinary text, and the line breaks of a multi-line message, as they are', () => {
    expect(logText('deployed version v2 to api.example.com, b2b.example.com')).toBe(
      'deployed version v2 to api.example.com, b2b.example.com',
    );
    expect(logText('first\nsecond')).toBe('first\nsecond');
  });

  it('shows other control and bidi characters as U+XXXX', () => {
    expect(logText('a\u001b[31mred\u202eb')).toBe('aU+001B[31mredU+202Eb');
  });
});
