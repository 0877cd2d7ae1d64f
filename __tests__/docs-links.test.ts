/**
 * README.md is the users' front door and docs/ the reference it points into. Every relative Markdown link in
 * them must land on a file of the repository, and every #anchor (in the same page or into another .md file) on a
 * heading of its target, with the anchors GitHub renders. External http(s) links are not fetched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README_MAX_LINES = 400;

/** The Markdown files checked: README.md and every .md under docs/, relative to the repository. */
function markdownFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.md')) found.push(rel);
    }
  };
  walk('docs');
  return ['README.md', ...found.sort()];
}

/** The Markdown text with every line of a fenced code block (fences included) blanked, so line numbers stay. */
function outsideFences(markdown: string): string {
  let fence: { char: string; length: number } | undefined;
  return markdown
    .split('\n')
    .map((text) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text);
      if (fence === undefined && marker) {
        fence = { char: marker[1]![0]!, length: marker[1]!.length };
        return '';
      }
      if (fence === undefined) return text;
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      return '';
    })
    .join('\n');
}

/**
 * Inline code spans (which may wrap lines, never across a blank line) blanked, as a renderer sees no links in
 * them; line breaks are kept, so offsets and line numbers stay.
 */
function withoutCodeSpans(text: string): string {
  return text.replace(/(`+)((?:(?!\n[ \t]*\n)[^`]|`(?!\1))*?[^`])\1(?!`)/g, (span) =>
    span.replace(/[^\n]/g, ' '),
  );
}

/** The text a heading renders to: links and images become their text, code and emphasis marks go. */
function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/[*~]/g, '')
    .replace(/(^|[^\p{L}\p{N}])_{1,2}(?=\S)(.*?\S)_{1,2}(?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .trim();
}

/**
 * GitHub's anchor for a heading's text (github-slugger): lowercase, every character that is not a letter, a
 * number, a mark, an underscore, a hyphen or a space removed, then each space a hyphen.
 */
function slug(text: string): string {
  return headingText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown text's headings get on GitHub: a repeated heading gets -1, -2, … */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const text of outsideFences(markdown).split('\n')) {
    const heading = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(text);
    if (!heading) continue;
    const base = slug(heading[1] ?? '');
    let anchor = base;
    if (seen.has(base)) {
      do {
        const count = seen.get(base)! + 1;
        seen.set(base, count);
        anchor = `${base}-${count}`;
      } while (seen.has(anchor));
    }
    seen.set(anchor, 0);
    out.add(anchor);
  }
  return out;
}

interface Link {
  target: string;
  line: number;
}

/** Inline links and images `[text](target "title")` and reference definitions `[id]: target`, outside code. */
function links(markdown: string): Link[] {
  const text = withoutCodeSpans(outsideFences(markdown));
  const lineOf = (index: number): number => text.slice(0, index).split('\n').length;
  const out: Link[] = [];
  const inline = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>\n]*>|[^\s()]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
  for (const m of text.matchAll(inline))
    out.push({ target: m[1]!.replace(/^<|>$/g, ''), line: lineOf(m.index) });
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm))
    out.push({ target: m[1]!.replace(/^<|>$/g, ''), line: lineOf(m.index) });
  return out.sort((a, b) => a.line - b.line);
}

/** What is wrong with each link of one file, as `file:line: target: problem`; empty when every link lands. */
function brokenLinks(file: string): string[] {
  const problems: string[] = [];
  const markdown = readFileSync(path.join(root, file), 'utf8');
  for (const { target, line } of links(markdown)) {
    const where = `${file}:${line}: ${target}`;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target);
    if (scheme) {
      if (!['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase()))
        problems.push(`${where}: unexpected scheme`);
      continue;
    }
    const hash = target.indexOf('#');
    const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
    const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const resolved =
      pathPart === ''
        ? path.join(root, file)
        : pathPart.startsWith('/')
          ? path.join(root, pathPart)
          : path.resolve(path.dirname(path.join(root, file)), pathPart);
    const relative = path.relative(root, resolved);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      problems.push(`${where}: leads outside the repository`);
      continue;
    }
    let isFile: boolean;
    try {
      isFile = statSync(resolved).isFile();
    } catch {
      problems.push(`${where}: no such file`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!isFile || !resolved.endsWith('.md')) {
      problems.push(`${where}: an anchor into ${relative}, which is not a Markdown file`);
      continue;
    }
    if (!anchors(readFileSync(resolved, 'utf8')).has(anchor))
      problems.push(
        `${where}: no heading of ${relative.split(path.sep).join('/')} has the anchor #${anchor}`,
      );
  }
  return problems;
}

describe('GitHub heading anchors', () => {
  it('slug the way GitHub does', () => {
    expect(slug("Diagnose a partner's 403")).toBe('diagnose-a-partners-403');
    expect(slug('Deploy: how it rolls the gateway, and how to roll back')).toBe(
      'deploy-how-it-rolls-the-gateway-and-how-to-roll-back',
    );
    expect(slug('pull_request_target')).toBe('pull_request_target');
    expect(slug('What `auto` does on each event')).toBe('what-auto-does-on-each-event');
    expect(slug('Example: plan on pull request')).toBe('example-plan-on-pull-request');
    expect(slug('A — B [link](x.md) **bold**')).toBe('a--b-link-bold');
  });

  it('number repeated headings and ignore headings in code blocks', () => {
    const text = ['# Setup', '## Setup', '```sh', '# Setup', '```', '### Setup', '## Setup-1 ##'].join('\n');
    expect([...anchors(text)]).toEqual(['setup', 'setup-1', 'setup-2', 'setup-1-1']);
  });

  it('find links outside code only', () => {
    const text = ['[a](a.md#x) `[b](b.md)` ![c](c.png "title")', '```', '[d](d.md)', '```', '[e]: e.md'].join(
      '\n',
    );
    expect(links(text).map((l) => l.target)).toEqual(['a.md#x', 'c.png', 'e.md']);
  });
});

describe('links in README.md and docs/', () => {
  const files = markdownFiles();

  it('checks README.md and the docs, and finds their links', () => {
    expect(files).toContain('README.md');
    expect(files.length).toBeGreaterThan(1);
    const relative = links(readFileSync(path.join(root, 'README.md'), 'utf8')).filter(
      (l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.target),
    );
    expect(relative.length).toBeGreaterThan(10);
  });

  it.each(files)('%s: every relative link lands on a file, every #anchor on a heading', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it(`README.md has at most ${README_MAX_LINES} lines`, () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const lines = readme.endsWith('\n') ? readme.split('\n').length - 1 : readme.split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });
});
