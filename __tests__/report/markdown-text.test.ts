/**
 * markdownText writes what GFM needs and nothing else, so the raw Markdown (the `plan-markdown`
 * output, forwarded as it is by some workflows) reads like the rendered text. The security side
 * (hostile subjects) is __tests__/plan/render-escape.test.ts; no GFM renderer is installed in this
 * repository, so the checks below read the Markdown the way CommonMark's inline rules do.
 */
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/report/escape.js';

const ZWSP = '\u200b';

describe('ordinary text reads verbatim in the raw Markdown', () => {
  it.each([
    'CN=Old Root CA, O=Old (EU); OU="Ops"',
    '"CN=Old Root CA, O=Old" expires on 2026-06-10 (in 9 days); renew it',
    'CN=Partner CA 2, O=Example Corp., C=DE',
    'CN=ops_team, O=A&B Co. + Partners, OU=50% / EMEA',
    "CN=O'Brien {test} ^ ? ' : = , .",
    'CN=Zürich Root – Ω',
    's3://trust/api/truststore.pem?versionId=3Lg.x_y-z',
    'C:\\Windows\\certs',
  ])('%j', (text) => {
    expect(markdownText(text)).toBe(text);
  });
});

describe('only what could start GFM syntax where it stands gets a backslash', () => {
  it.each([
    ['CN=a*b*c', 'CN=a\\*b\\*c'],
    ['CN=`x`', 'CN=\\`x\\`'],
    ['CN=[test]', 'CN=\\[test\\]'],
    ['CN=a | b', 'CN=a \\| b'],
    ['CN=~~gone~~', 'CN=\\~\\~gone\\~\\~'],
    ['CN=_em_ and snake_case', 'CN=\\_em\\_ and snake_case'],
    ['CN=a\\,b', 'CN=a\\\\,b'],
    ['ends with \\', 'ends with \\\\'],
    ['CN=x > y', 'CN=x \\> y'],
    ['CN=$x$', 'CN=\\$x\\$'],
    ['CN=!x ![img]', 'CN=!x \\!\\[img\\]'],
    ['CN=&amp; &#38; &#x26; & && &x', 'CN=\\&amp; \\&#38; \\&#x26; & && &x'],
    ['(a) [b](c) (d)', '(a) \\[b\\]\\(c\\) (d)'],
  ])('%j → %j', (text, expected) => {
    expect(markdownText(text).replaceAll(ZWSP, '')).toBe(expected);
  });

  it('keeps HTML inert: `<` becomes `&lt;`', () => {
    expect(markdownText('CN=<b>x</b>')).toBe('CN=&lt;b\\>x&lt;/b\\>');
  });

  it('escapes what would open a block when a value starts a line', () => {
    expect(markdownText('# heading')).toBe('\\# heading');
    expect(markdownText('  - item')).toBe('  \\- item');
    expect(markdownText('+ item')).toBe('\\+ item');
    expect(markdownText('12. item')).toBe('12\\. item');
    expect(markdownText('3) item')).toBe('3\\) item');
    expect(markdownText('---')).toBe('\\---');
    expect(markdownText('> quote')).toBe('\\> quote');
    // Not at the start, the same characters are text.
    expect(markdownText('CN=a - b + c #x 1. d')).toBe('CN=a - b + c #x 1. d');
  });

  it('breaks mentions, references and autolinks with a zero-width space only', () => {
    const out = markdownText('CN=@octocat #12 org/repo#3 http://x.example www.x.example a@b.example');
    expect(out).toBe(
      `CN=@${ZWSP}octocat #${ZWSP}12 org/repo#${ZWSP}3 http:${ZWSP}//x.example w${ZWSP}ww.x.example a@${ZWSP}b.example`,
    );
    // A scheme right after a character that GFM lets start an autolink is broken too.
    expect(markdownText('_https://x.example')).toBe(`\\_https:${ZWSP}//x.example`);
  });

  it('keeps a value on one line', () => {
    expect(markdownText('a\nb\r\nc')).toBe('aU+000AbU+000DU+000Ac');
  });
});

describe('in a table cell', () => {
  /** Cells of a GFM table row: split at pipes that are not backslash-escaped. */
  const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

  it('a subject full of pipes and code spans stays in its cell', () => {
    const subject = 'CN=| a | `b | c` | d \\| e';
    const row = `| ${markdownText(subject)} | next |`;
    expect(cells(row)).toHaveLength(2);
    expect(cells(row)[1]).toBe(' next ');
  });
});
