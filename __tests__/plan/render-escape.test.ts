import { describe, expect, it } from 'vitest';
import { markdownText, mermaidLabel, plainText, shortFingerprint } from '../../src/report/escape.js';

/** What a browser shows for text made of numeric character references. */
function decodeHtml(s: string): string {
  return s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

/**
 * Reads inline Markdown text the way CommonMark does: a backslash before ASCII punctuation makes
 * it literal, `&lt;` is `<`. Returns what a reader sees, and every character left live (able to
 * act as syntax), with `_` inside a word left out (it opens no emphasis) and `&` that would form a
 * character reference shown as `&ref`.
 */
function readMarkdown(md: string): { text: string; live: string } {
  let text = '';
  let live = '';
  const word = /[\p{L}\p{N}]/u;
  for (let i = 0; i < md.length; i++) {
    const ch = md[i]!;
    if (ch === '\\' && /[!-/:-@[-`{-~]/.test(md[i + 1] ?? '')) {
      text += md[++i];
    } else if (md.startsWith('&lt;', i)) {
      text += '<';
      i += 3;
    } else {
      text += ch;
      if (ch === '_' && word.test(md[i - 1] ?? '') && word.test(md[i + 1] ?? '')) continue;
      live += ch === '&' && /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(md.slice(i)) ? '&ref' : ch;
    }
  }
  return { text, live };
}

function decodeMermaid(s: string): string {
  return s.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

const HOSTILE = [
  'CN=<img src=x onerror=alert(1)> @org/team [x](javascript:1)',
  'CN=`code` **bold** _em_ ~~strike~~ | pipe | \\backslash',
  'CN=</details><details open><summary>fake</summary>',
  'CN=<!-- hidden --> --> <script>alert(1)</script>',
  'CN=line one\nline two\r\n# heading\n- item',
  'CN=%% comment ]] ]) click c0 call alert() "quoted" \'single\'',
  'CN=https://evil.example/x www.evil.example ca@example.com #123 org/repo#9',
  'CN=right\u202eto-left\u2066isolate\u0000nul\u0085nel',
  'CN=&lt;already&gt; &amp; entities &#64;x',
];

describe('text from certificates in Markdown and HTML', () => {
  it.each(HOSTILE)('renders %j as the same text and nothing else', (subject) => {
    const out = markdownText(subject);
    const { text, live } = readMarkdown(out);
    // No character that can start Markdown or HTML syntax is left live: each is backslash-escaped
    // (`<` is `&lt;`), and no `](` can open a link destination.
    expect(live).not.toMatch(/[<>[\]`*_~|$\n\r]/);
    expect(out).not.toContain('](');
    // No `&` forms a character reference but ours (so `&lt;` in a subject shows as "&lt;").
    expect(live).not.toContain('&ref');
    // Read back, it is the subject, with zero-width spaces only where links or mentions would start.
    expect(text.replace(/\u200b/g, '')).toBe(plainText(subject));
  });

  it('mentions nobody: every @ is followed by a zero-width space', () => {
    const out = decodeHtml(markdownText('CN=x @org/team @octocat ca@example.com'));
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out.match(/@\u200b/g)).toHaveLength(3);
  });

  it('links nowhere: URLs, www. autolinks and #123 references are broken', () => {
    const out = decodeHtml(markdownText('CN=https://evil.example WWW.evil.example #42 javascript:alert(1)'));
    expect(out).not.toMatch(/:\/\//);
    expect(out).not.toMatch(/www\./i);
    expect(out).not.toMatch(/#\d/);
    expect(markdownText('[x](javascript:1)')).not.toContain('](');
  });

  it('keeps one line: newlines and bidi overrides become visible code points', () => {
    expect(plainText('a\nb\u202ec')).toBe('aU+000AbU+202Ec');
  });

  it('cuts very long names', () => {
    const out = plainText('A'.repeat(5000));
    expect(Array.from(out)).toHaveLength(201);
    expect(out.endsWith('…')).toBe(true);
  });

  it('keeps ordinary distinguished names readable', () => {
    expect(markdownText('CN=Partner CA 2, O=Example Corp., C=DE')).toBe(
      'CN=Partner CA 2, O=Example Corp., C=DE',
    );
    expect(markdownText('CN=Zürich Root – Ω')).toBe('CN=Zürich Root – Ω');
  });
});

describe('text from certificates in Mermaid labels', () => {
  it.each(HOSTILE)('encodes %j so it cannot leave its quoted label', (subject) => {
    const out = mermaidLabel(subject, 1000);
    expect(out).toMatch(/^[A-Za-z0-9 ,.=_#;]*$/);
    expect(out).not.toContain('%%');
    expect(decodeMermaid(out)).toBe(plainText(subject, 1000));
  });

  it('encodes non-ASCII letters as code points', () => {
    expect(mermaidLabel('Zürich')).toBe('Z#252;rich');
  });
});

describe('fingerprints', () => {
  it('shows 16 hex digits in a code span, whatever the input holds', () => {
    expect(shortFingerprint('ABCDEF0123456789abcdef`|<')).toBe('`abcdef0123456789`');
  });
});
