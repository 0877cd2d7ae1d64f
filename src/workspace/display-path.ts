/**
 * File names come from the repository, so they are attacker-controlled text: a name may hold a
 * newline (which would start a forged workflow command such as `::add-mask::` or `::error::` on the
 * next log line), a carriage return or ANSI escapes (which repaint what the log shows), or
 * bidirectional controls (which make `evil.pem` read as something else). Every path shown in a
 * message, annotation, summary or output goes through `displayPath`, which writes such characters
 * as visible escapes. The runner protocol's own escaping (%, CR, LF in src/runner.ts) still applies
 * on top, for the command syntax.
 */

/**
 * The one set of characters never shown as themselves, in a log line, a terminal or a comment:
 * C0 controls, DEL and C1 controls, U+061C (Arabic letter mark), U+200B–200F (zero-width space,
 * joiners, LRM/RLM), U+2028/2029 (line and paragraph separators), U+202A–202E (bidi embeddings and
 * overrides), U+2060–2069 (word joiner, invisible operators, bidi isolates) and U+FEFF (BOM).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * `text` with every control and reordering character (the set above) replaced by `notation(c)`.
 * Each output context chooses its own notation: `\x1b` for paths (displayPath), `U+001B` for
 * comment and terminal text (plainText in src/report/escape.ts).
 */
export function escapeUnsafe(text: string, notation: (c: string) => string): string {
  return text.replace(UNSAFE, notation);
}

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
  return escapeUnsafe(name, visibleEscape);
}
