/**
 * Stable ids for every citable block of a report edition.
 *
 * Paragraphs (and list items, photo captions) are numbered p-1, p-2, … in
 * document order; headings get a readable slug of their words. The same
 * function runs inside Astro's Markdown pipeline (parse.ts, remarkEdition) and in the
 * data validator, so an observation's anchor is checked against exactly the
 * ids the page will carry. Footnotes keep GFM's fn-N / fnref-N ids; figures
 * get so-lieu-<observation> (edition/figure-links.ts). A heading whose words
 * would spell one of these ids, or one of the page's own, is prefixed "muc-",
 * so no two ids collide.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { observationOfAnchor } from '../routes.ts';
import { collapseWhitespace, slugify } from '../text/fold.ts';

export interface EditionBlock {
  id: string;
  kind: 'heading' | 'paragraph' | 'footnote';
  /** Plain text as a reader sees it: no emphasis marks, no footnote numbers, single spaces. */
  text: string;
  depth?: number;
}

const CAPTION_COMPONENT = 'PhotoCaption';
/**
 * The ids the report page itself gives its parts (skip link, search box, contents, citation, notes, the footnotes'
 * heading): a heading "Mục lục" would otherwise repeat one. tests/site/report-ids.test.ts checks the list against the
 * built pages, so a new id on the page must be added here.
 */
export const REPORT_PAGE_IDS = [
  'noi-dung',
  'o-tim-kiem',
  'muc-luc',
  'trich-dan',
  'trich-dan-van-ban',
  'ghi-chu-bien-tap',
  'ghi-chu-du-lieu',
  'footnote-label',
];
/** Ids with a meaning of their own: paragraphs, footnotes and their markers, figures, data notes, the page's parts. A heading never takes one. */
export const isReservedId = (id: string): boolean =>
  /^(p|fn|fnref)-\d+(-\d+)?$/.test(id) ||
  /^ghi-chu-[a-z]+-\d+$/.test(id) ||
  observationOfAnchor(id) !== undefined ||
  REPORT_PAGE_IDS.includes(id);
const HEADING_SLUG_WORDS = 8;

function setId(node: Nodes, id: string): void {
  // JSX elements (captions) carry the id as a prop; Markdown nodes as an HTML property.
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'id'));
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
    return;
  }
  node.data ??= {};
  (node.data as { hProperties?: Record<string, unknown> }).hProperties = {
    ...(node.data as { hProperties?: Record<string, unknown> }).hProperties,
    id,
  };
}

function isCaption(node: Nodes): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === CAPTION_COMPONENT;
}

/** Walks the tree once, assigns ids in place and returns the blocks in document order. */
export function assignBlockIds(tree: Root): EditionBlock[] {
  const blocks: EditionBlock[] = [];
  const usedHeadingIds = new Set<string>();
  let paragraphCount = 0;

  const headingId = (heading: Heading): string => {
    const slug = slugify(toString(heading), HEADING_SLUG_WORDS) || 'muc';
    const base = isReservedId(slug) ? `muc-${slug}` : slug;
    let id = base;
    for (let n = 2; usedHeadingIds.has(id); n++) id = `${base}-${n}`;
    usedHeadingIds.add(id);
    return id;
  };

  const addParagraph = (node: RootContent): void => {
    const id = `p-${++paragraphCount}`;
    setId(node as Nodes, id);
    blocks.push({ id, kind: 'paragraph', text: collapseWhitespace(toString(node)) });
  };

  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const id = headingId(node);
        setId(node, id);
        blocks.push({ id, kind: 'heading', depth: node.depth, text: collapseWhitespace(toString(node)) });
      } else if (node.type === 'paragraph') {
        // A paragraph that only wraps a caption component is the caption itself.
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only && isCaption(only as Nodes)) addParagraph(only as RootContent);
        else addParagraph(node);
      } else if (node.type === 'listItem') {
        addParagraph(node);
      } else if (isCaption(node as Nodes)) {
        addParagraph(node);
      } else if (node.type === 'list' || node.type === 'blockquote') {
        visit(node.children);
      } else if (node.type === 'footnoteDefinition') {
        blocks.push({ id: `fn-${node.identifier}`, kind: 'footnote', text: collapseWhitespace(toString(node)) });
      }
    }
  };
  visit(tree.children);
  return blocks;
}
