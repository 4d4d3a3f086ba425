/**
 * Parse an MDX edition outside Astro (validator, tests) with the same
 * Markdown dialect the site renders: MDX + GFM footnotes, no smart quotes.
 * Inside Astro, remarkEdition does the same work on Astro's own tree (ids
 * for every block) and keeps what it read, so the search index, built at the
 * end of the build, does not parse every edition a second time.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { assignBlockIds, type EditionBlock } from './block-ids.ts';
import { contentOnlyProblems, UNREADABLE_FIX, type EditionProblem } from './content-only.ts';

export interface EditionParts {
  blocks: EditionBlock[];
  /** The words of the document's closing (<Closing>: recipients, signature, signer), which are not citable blocks. */
  closing: string[];
  /** What the file may not contain (content-only.ts), with lines in the file. */
  problems: EditionProblem[];
}

export interface ParsedEdition extends EditionParts {
  frontmatter: string;
}

// Editors on Windows save with a BOM and CRLF line ends; Astro reads those files, so the split must too.
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  return {
    frontmatter: match?.[1] ?? '',
    body: match ? source.slice(match[0].length) : source,
    bodyLine: match ? match[0].split('\n').length - 1 : 0,
  };
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

/** The tree's parts; linesBefore: the file's lines before the tree's text (the frontmatter's). */
function editionParts(tree: Root, linesBefore: number): EditionParts {
  // Checked before the blocks are read: nothing below looks at code it should not.
  const problems = contentOnlyProblems(tree).map((p) => ({ ...p, line: p.line + linesBefore }));
  return { blocks: assignBlockIds(tree), closing: closingText(tree), problems };
}

export function parseEdition(source: string): ParsedEdition {
  const { frontmatter, body, bodyLine } = splitFrontmatter(source);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(body)) as Root;
  } catch (error) {
    // MDX syntax errors (an unclosed { or <, a stray "import") carry the line in the text they were read from.
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    return {
      frontmatter,
      blocks: [],
      closing: [],
      problems: [{ line: (line ?? 1) + bodyLine, message: `văn bản không đọc được: ${reason ?? message}`, fix: UNREADABLE_FIX }],
    };
  }
  return { frontmatter, ...editionParts(tree, bodyLine) };
}

export function formatEditionProblems(file: string, problems: EditionProblem[]): string {
  return problems.map((p) => `${file}, dòng ${p.line}: ${p.message} — Sửa: ${p.fix}`).join('\n');
}

/** Editions read by Astro's Markdown pass in this process, by slug. */
const rendered = new Map<string, EditionParts>();

/** Remark plugin for Astro's unified processor: block ids on the tree, and the edition's parts kept by slug. */
export function remarkEdition() {
  return (tree: Root, file: { path?: string }): void => {
    // Astro blanks the frontmatter keeping its lines, so the tree's lines are the file's.
    const parts = editionParts(tree, 0);
    // Refused here too (validation refuses first), so a file that skipped validation is never compiled to code.
    if (parts.problems.length) throw new Error(formatEditionProblems(file.path ?? 'văn bản', parts.problems));
    if (file.path?.endsWith('.mdx')) rendered.set(basename(file.path, '.mdx'), parts);
  };
}

/** An edition as this build rendered it, when it did (undefined outside a build). */
export function renderedEdition(slug: string): EditionParts | undefined {
  return rendered.get(slug);
}

export function parseEditionFile(path: string): ParsedEdition {
  return parseEdition(readFileSync(path, 'utf8'));
}
