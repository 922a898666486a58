import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown, withoutTitle } from './Markdown.tsx';

const render = (text: string) => renderToStaticMarkup(createElement(SafeMarkdown, { text }));

const HOSTILE = `# Totally normal problem

<script>alert(1)</script>

<img src=x onerror="alert(2)">

<div onclick="alert(3)">click</div>

<a href="https://example.com" onmouseover="alert(4)">raw link</a>

[click me](javascript:alert(5)) and [also](JAVASCRIPT:alert(6)) and [data](data:text/html,<script>alert(7)</script>)
and [vb](vbscript:msgbox(8)) and <javascript:alert(9)>

![pixel](https://tracker.example/pixel.png "tracking")

<iframe src="https://evil.example"></iframe><style>body{display:none}</style>
`;

describe('SafeMarkdown', () => {
  it('renders no raw HTML, event handler, script URL or image from hostile Markdown', () => {
    const html = render(HOSTILE);
    expect(html).not.toMatch(/<script|<iframe|<style|<img|<div/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toContain('tracker.example');
    // Links to unsafe URLs are left as their text; no attribute holds a script URL.
    expect(html).not.toMatch(/<a /);
    expect(html).not.toMatch(/="\s*(javascript|vbscript|data):/i);
    expect(html).toContain('<span>click me</span>');
  });

  it('opens links in a new tab without opener or referrer', () => {
    const html = render('See [the docs](https://developer.mozilla.org/) and https://example.com/x.');
    const links = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toContain('target="_blank"');
      expect(link).toContain('rel="noreferrer noopener"');
    }
  });

  it('renders GFM tables, code and lists, with headings under the pane heading', () => {
    const html = render('## Constraints\n\n- `n ≥ 1`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```\nf(1) → 2\n```');
    expect(html).toContain('<h3>Constraints</h3>');
    expect(html).toContain('<code>n ≥ 1</code>');
    expect(html).toMatch(/<table>.*<td>1<\/td><td>2<\/td>.*<\/table>/s);
    expect(html).toContain('<pre><code>f(1) → 2\n</code></pre>');
    expect(html).not.toMatch(/<h[12]/);
  });
});

describe('withoutTitle', () => {
  it('drops a leading heading that repeats the title', () => {
    expect(withoutTitle('# Two Sum\n\nYou are given…', 'Two Sum')).toBe('You are given…');
    expect(withoutTitle('\n#  two sum  \nText', 'Two Sum')).toBe('Text');
  });

  it('keeps anything else', () => {
    expect(withoutTitle('# Introduction\n\nText', 'Two Sum')).toBe('# Introduction\n\nText');
    expect(withoutTitle('## Two Sum\nText', 'Two Sum')).toBe('## Two Sum\nText');
    expect(withoutTitle('Text first\n# Two Sum', 'Two Sum')).toBe('Text first\n# Two Sum');
  });
});
