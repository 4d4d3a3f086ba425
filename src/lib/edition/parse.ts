/**
 * Parse an MDX edition outside Astro (validator, tests) with the same
 * Markdown dialect the site renders: MDX + GFM footnotes, no smart quotes.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { assignBlockIds, type EditionBlock } from './block-ids.ts';

export interface ParsedEdition {
  frontmatter: string;
  blocks: EditionBlock[];
  /** The words of the document's closing (<Closing>: recipients, signature, signer), which are not citable blocks. */
  closing: string[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = FRONTMATTER.exec(source);
  return { frontmatter: match?.[1] ?? '', body: match ? source.slice(match[0].length) : source };
}

const CLOSING_COMPONENT = 'Closing';

/** Every string literal in an attribute expression (recipients={["…", "…"]}). */
function literals(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  if ((node as { type?: string }).type === 'Literal' && typeof (node as { value?: unknown }).value === 'string')
    return [(node as { value: string }).value];
  return Object.values(node).flatMap(literals);
}

function closingText(tree: Root): string[] {
  return tree.children.flatMap((node) =>
    node.type === 'mdxJsxFlowElement' && node.name === CLOSING_COMPONENT
      ? node.attributes.flatMap((a) =>
          a.type !== 'mdxJsxAttribute' ? [] : typeof a.value === 'string' ? [a.value] : literals(a.value?.data?.estree),
        )
      : [],
  );
}

export function parseEdition(source: string): ParsedEdition {
  const { frontmatter, body } = splitFrontmatter(source);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const tree = processor.runSync(processor.parse(body)) as Root;
  return { frontmatter, blocks: assignBlockIds(tree), closing: closingText(tree) };
}

export function parseEditionFile(path: string): ParsedEdition {
  return parseEdition(readFileSync(path, 'utf8'));
}
