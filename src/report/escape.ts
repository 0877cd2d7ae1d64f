/**
 * Escaping for text that reaches a pull-request comment. Certificate subjects, issuers, file names
 * and finding messages are attacker-controlled (anyone can open a pull request with a CA file), so
 * every such string goes through exactly one of these functions for the context it lands in.
 */
import { escapeUnsafe } from '../workspace/display-path.js';

/** Longest string shown for one certificate field; the fingerprint is the identity, not the name. */
export const MAX_FIELD_LENGTH = 200;

/**
 * Makes a string single-line and visible: control characters, line and paragraph separators and
 * bidirectional overrides (which can reorder what a reviewer reads) become `U+XXXX` text. The
 * character set is displayPath's (src/workspace/display-path.ts), so both escape the same ones.
 */
export function plainText(value: string, maxLength = MAX_FIELD_LENGTH): string {
  const shown = Array.from(value);
  const cut = shown.length > maxLength ? `${shown.slice(0, maxLength).join('')}…` : value;
  return escapeUnsafe(cut, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Text for plain lines of a GitHub runner's log. The runner reads any line that starts with `::`
 * (after spaces) as a workflow command, so a value from AWS or a certificate holding a line break
 * and `::warning …` could otherwise forge an annotation or set an output. Each line keeps its
 * break, every other control or bidi character becomes `U+XXXX`, and a leading `::` is shown as
 * `U+003A:`, which the runner prints instead of running.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export function logText(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => plainText(line, Number.POSITIVE_INFINITY).replace(/^(\s*):(?=:)/, '$1U+003A'))
    .join('\n');
}

// ASCII punctuation that never starts Markdown or HTML syntax in the middle of a line.
const MARKDOWN_SAFE = /[A-Za-z0-9 ,./:=-]/;

/**
 * Text for Markdown (paragraphs, list items, table cells) and for HTML element content
 * (`<summary>`): every other ASCII punctuation character becomes a numeric character reference,
 * which CommonMark treats as literal text, never as markup (so no `|`, `[`, `<`, `` ` ``, `*` ...
 * survives as syntax); `@` mentions, e-mail and `www.`/`scheme://` autolinks and `#123` references
 * are broken with a zero-width space so that GitHub links nothing and notifies nobody.
 */
export function markdownText(value: string, maxLength = MAX_FIELD_LENGTH): string {
  let out = '';
  for (const ch of plainText(value, maxLength)) {
    if (ch.length > 1 || ch.charCodeAt(0) > 0x7e || MARKDOWN_SAFE.test(ch)) out += ch;
    else out += `&#${ch.charCodeAt(0)};`;
  }
  return out
    .replace(/&#64;/g, '&#64;&#8203;')
    .replace(/&#35;/g, '&#35;&#8203;')
    .replace(/\b(https?|ftp):\/\//gi, '$1:&#8203;//')
    .replace(/(w)(ww\.)/gi, '$1&#8203;$2');
}

/**
 * A label inside a Mermaid flowchart node, to be written between double quotes: everything but
 * letters, digits, space, `,`, `.`, `=` and `_` becomes a Mermaid entity (`#60;`), so a label can
 * neither close its quotes, start a comment (`%%`), open a link or a `click` line, nor carry HTML.
 */
export function mermaidLabel(value: string, maxLength = 60): string {
  let out = '';
  for (const ch of plainText(value, maxLength)) {
    out += /[A-Za-z0-9 ,.=_]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}

/** A short fingerprint as an inline code span: hex only, so it needs no escaping. */
export function shortFingerprint(fingerprint: string): string {
  const hex = fingerprint.toLowerCase().replace(/[^0-9a-f]/g, '');
  return `\`${hex.slice(0, 16)}\``;
}
