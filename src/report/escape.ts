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
 * break, every other control or bidi character becomes `U+XXXX`, a leading `::` is shown as
 * `U+003A:` and `##[` (the older command syntax, read anywhere in a line) as `#U+0023[`, which the
 * runner prints instead of running.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export function logText(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) =>
      plainText(line, Number.POSITIVE_INFINITY)
        .replace(/^(\s*):(?=:)/, '$1U+003A')
        // The runner's older syntax, `##[command]`, is read anywhere in a line.
        .replace(/##\[/g, '#U+0023['),
    )
    .join('\n');
}

/** What a backslash escapes in CommonMark: the ASCII punctuation characters. */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
/** Characters that open or close inline syntax, a table cell or GitHub's math wherever they stand. */
const ALWAYS_ESCAPED = new Set(['`', '*', '[', ']', '>', '|', '~', '$']);
/** `&` that, with what follows, a renderer would read as a character reference. */
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const WORD = /^[\p{L}\p{N}]$/u;
/** Breaks a mention, a reference or an autolink without changing what a reader sees. */
const ZWSP = '\u200b';

/**
 * Text for Markdown: paragraphs, list items, table cells, headings. Ordinary text stays as it is,
 * so the raw Markdown (the `plan-markdown` output) reads like the rendered one; only what could
 * start GFM syntax where it stands is escaped, with a backslash: `` ` `` `*` `[` `]` `>` `|` `~`
 * `$` (GitHub's math) everywhere, `_` unless inside a word, `\` before punctuation or at the end,
 * `&` when it would form a character reference, `!` before `[`, a block marker (`#`, `-`, `+`,
 * `=`, `1.`) at the start (a value may start a line), and, after a `]`, the parentheses of what
 * would be a link destination. `<` becomes `&lt;`, so no HTML survives. `@` mentions, e-mail and
 * `www.`/`scheme://` autolinks and `#123` references are broken with a zero-width space, so that
 * GitHub links nothing and notifies nobody. Not for raw HTML blocks, where backslashes show.
 */
export function markdownText(value: string, maxLength = MAX_FIELD_LENGTH): string {
  const chars = Array.from(plainText(value, maxLength));
  const lead = leadingMarker(chars);
  let out = '';
  let destination = 0;
  chars.forEach((ch, i) => {
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    if (i === lead || ALWAYS_ESCAPED.has(ch)) out += `\\${ch}`;
    else if (ch === '<') out += '&lt;';
    else if (ch === '\\') out += next === '' || ASCII_PUNCTUATION.test(next) ? '\\\\' : ch;
    else if (ch === '_') out += WORD.test(prev) && WORD.test(next) ? ch : '\\_';
    else if (ch === '&') out += ENTITY.test(chars.slice(i, i + 42).join('')) ? '\\&' : ch;
    else if (ch === '!') out += next === '[' ? '\\!' : ch;
    else if (ch === '(' && (prev === ']' || destination > 0)) {
      destination++;
      out += '\\(';
    } else if (ch === ')' && destination > 0) {
      destination--;
      out += '\\)';
    } else out += ch;
  });
  return out
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/(https?|ftp):\/\//gi, `$1:${ZWSP}//`)
    .replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`);
}

/** Where a value would open a block if it started a line (`# `, `- `, `1. `): the index to escape. */
function leadingMarker(chars: readonly string[]): number {
  let i = 0;
  while (i < 3 && chars[i] === ' ') i++;
  if (chars[i] !== undefined && '#-+='.includes(chars[i]!)) return i;
  let j = i;
  while (j < i + 9 && /^[0-9]$/.test(chars[j] ?? '')) j++;
  return j > i && (chars[j] === '.' || chars[j] === ')') ? j : -1;
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
