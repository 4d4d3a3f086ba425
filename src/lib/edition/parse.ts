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
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = FRONTMATTER.exec(source);
  return { frontmatter: match?.[1] ?? '', body: match ? source.slice(match[0].length) : source };
}

export function parseEdition(source: string): ParsedEdition {
  const { frontmatter, body } = splitFrontmatter(source);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const tree = processor.runSync(processor.parse(body)) as Root;
  return { frontmatter, blocks: assignBlockIds(tree) };
}

export function parseEditionFile(path: string): ParsedEdition {
  return parseEdition(readFileSync(path, 'utf8'));
}
