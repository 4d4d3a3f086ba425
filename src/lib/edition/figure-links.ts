/**
 * Rehype plugin: in a report page, every figure that has an observation row
 * becomes a link to that observation (its indicator page, its row), so a
 * reader can go from the sentence to the data and back. The link carries the
 * figure's own id (routes.figureAnchor), so search results, indicator pages,
 * charts and downloads land on the figure itself. The words are not touched:
 * the printed figure is wrapped where its quote places it.
 */
import { basename } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import { figureAnchor } from '../routes.ts';
import { placeInQuotes } from '../data/figure-position.ts';
import { groupBy } from '../group.ts';

export interface LinkableFigure {
  id: string;
  /** Where the figure links to: its row on its indicator's pages. */
  href: string;
  anchor: string;
  quote: string;
  printed: string;
}

/** Parts of a block that are apparatus, not the author's text. */
function isApparatus(node: Element): boolean {
  const className = node.properties?.className;
  const classes = Array.isArray(className) ? className : [];
  if (classes.includes('permalink') || classes.includes('data-footnote-backref') || 'dataFootnoteBackref' in (node.properties ?? {}))
    return true;
  return node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && 'dataFootnoteRef' in (c.properties ?? {}));
}

interface Segment {
  node: Text;
  parent: Element;
  start: number;
}

function segments(block: Element): { text: string; parts: Segment[] } {
  const parts: Segment[] = [];
  let text = '';
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        parts.push({ node: child, parent, start: text.length });
        text += child.value;
      } else if (child.type === 'element' && !isApparatus(child) && child.tagName !== 'a') walk(child);
      else if (child.type === 'element' && child.tagName === 'a' && !isApparatus(child)) {
        // An existing link (a figure wrapped earlier): its text counts but is not re-wrapped.
        for (const inner of child.children) if (inner.type === 'text') text += inner.value;
      }
    }
  };
  walk(block);
  return { text, parts };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for text in which any run of whitespace matches any other (quotes are stored collapsed). */
const loosePattern = (s: string) => s.split(/\s+/).map(escapeRegExp).join('\\s+');

/** Where the figure `inner` characters into `quote` sits in `text`, whitespace-tolerant. */
function findInText(text: string, quote: string, inner: number, length: number): [number, number] | undefined {
  // Most blocks hold the quote with the same spacing: found without building a pattern.
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact + inner, exact + inner + length];
  const before = quote.slice(0, inner);
  const pattern = new RegExp(
    `${loosePattern(before)}(${escapeRegExp(quote.slice(inner, inner + length))})${loosePattern(quote.slice(inner + length))}`,
    'd',
  );
  const match = pattern.exec(text);
  return match?.indices?.[1];
}

/**
 * Wrap one figure, `inner` characters into its quote (see figure-position.ts);
 * returns false when the printed text is not inside a single text node.
 */
export function wrapFigure(block: Element, figure: LinkableFigure, inner: number | undefined): boolean {
  const { text, parts } = segments(block);
  if (inner === undefined) return false;
  const found = findInText(text, figure.quote, inner, figure.printed.length);
  if (!found) return false;
  const [start, end] = found;
  const part = parts.find((p) => p.start <= start && end <= p.start + p.node.value.length);
  if (!part) return false;
  const local = start - part.start;
  const link: Element = {
    type: 'element',
    tagName: 'a',
    // No title tooltip: 250 of them are a fifth of a long report's bytes, and the sentence around the figure says what it is.
    properties: { className: ['figure'], id: figureAnchor(figure.id), href: figure.href },
    children: [{ type: 'text', value: figure.printed }],
  };
  const before: Text = { type: 'text', value: part.node.value.slice(0, local) };
  const after: Text = { type: 'text', value: part.node.value.slice(local + figure.printed.length) };
  const replacement: ElementContent[] = [before, link, after].filter((n) => n.type !== 'text' || n.value !== '');
  part.parent.children.splice(part.parent.children.indexOf(part.node), 1, ...replacement);
  return true;
}

/** figuresFor(slug) gives the figures of a report; the plugin finds their blocks by id. */
export function rehypeFigureLinks(options: { figuresFor: (slug: string) => LinkableFigure[] }) {
  return (tree: Root, file: { path?: string }): void => {
    if (!file.path?.endsWith('.mdx')) return;
    const figures = options.figuresFor(basename(file.path, '.mdx'));
    if (!figures.length) return;
    const placed = placeInQuotes(figures);
    const byAnchor = groupBy(figures, (f) => f.anchor);
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const id = child.properties?.id;
        const here = typeof id === 'string' ? byAnchor.get(id) : undefined;
        if (here) for (const figure of here) wrapFigure(child, figure, placed.get(figure));
        visit(child);
      }
    };
    visit(tree);
  };
}
