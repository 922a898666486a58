import type { ComponentProps } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Problem statements are Markdown written for DryRun; rendering them must stay safe even if
 * one were hostile. react-markdown builds React elements, never HTML strings, so:
 * - raw HTML in the Markdown is dropped (`skipHtml`; rehype-raw is deliberately absent);
 * - URLs pass react-markdown's default transform, which removes `javascript:`, `data:` and
 *   any other protocol than http(s), mailto, irc(s) and xmpp;
 * - links open in a new tab without an opener or referrer;
 * - images are not loaded (a statement must not make browsers fetch third-party URLs).
 * Headings are moved down a level, under the pane's own heading.
 */
const COMPONENTS: Components = {
  a: ExternalLink,
  h1: 'h3',
  h2: 'h3',
  h3: 'h4',
  h4: 'h5',
  h5: 'h6',
  h6: 'h6',
};

const REMARK_PLUGINS = [remarkGfm];
const NO_IMAGES = ['img'];

function ExternalLink({ node: _node, children, ...props }: ComponentProps<'a'> & ExtraProps) {
  // The URL transform empties an unsafe href: what is left is the link's text.
  if (!props.href) return <span>{children}</span>;
  return (
    <a {...props} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

export function SafeMarkdown({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={REMARK_PLUGINS} components={COMPONENTS} skipHtml disallowedElements={NO_IMAGES}>
      {text}
    </Markdown>
  );
}

/**
 * The statement without its leading `# Title` line when that repeats the problem's title,
 * which the pane already shows as its heading.
 */
export function withoutTitle(statement: string, title: string): string {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(statement);
  if (!match || match[1]?.trim().toLowerCase() !== title.trim().toLowerCase()) return statement;
  return statement.slice(match[0].length).replace(/^\s*\n/, '');
}
