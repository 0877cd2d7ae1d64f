/**
 * File names come from the repository, so they are attacker-controlled text: a name may hold a
 * newline (which would start a forged workflow command such as `::add-mask::` or `::error::` on the
 * next log line), a carriage return or ANSI escapes (which repaint what the log shows), or
 * bidirectional controls (which make `evil.pem` read as something else). Every path shown in a
 * message, annotation, summary or output goes through `displayPath`, which writes such characters
 * as visible escapes. The runner protocol's own escaping (%, CR, LF in src/runner.ts) still applies
 * on top, for the command syntax.
 */

// C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

function visibleEscape(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default: {
      const code = c.codePointAt(0) ?? 0;
      return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
    }
  }
}

/** The path as one safe line: control and reordering characters as `\n`, `\x1b`, `\u202e`. */
export function displayPath(name: string): string {
  return name.replace(UNSAFE, visibleEscape);
}
