/**
 * Word files (.docx), the form reports usually arrive in. mammoth reads the
 * document's own structure (heading styles, footnotes, bold and italic
 * runs, lists); from it come two texts that agree line for line:
 * - the plain-text source kept under data/sources/ (footnote markers as
 *   superscript digits and footnotes at the end, as in the other sources),
 *   which the fidelity test compares the page with;
 * - the MDX body: Word headings become Markdown headings, footnotes real
 *   footnotes, emphasis ** and *.
 * The masthead (issuer, number, date, title) is read from the plain text the
 * same way as for any other source, and leaves the body for the frontmatter.
 */
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { collapseWhitespace } from '../text/fold.ts';
import { assembleDraft, type DraftOptions } from './draft.ts';
import { cutOffWarning, escapeMdx } from './import.ts';
import { readMasthead } from './masthead.ts';

/** Word's "Title" and "Subtitle" styles carry the masthead; the rest is mammoth's default map. */
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p.doc-subtitle:fresh"];

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

type DocxBlock =
  { kind: 'heading'; depth: number } | { kind: 'paragraph' } | { kind: 'item' } | { kind: 'footnote'; number: number } | { kind: 'table' };

interface Rendered {
  block: DocxBlock;
  /** The line as the plain-text source has it. */
  text: string;
  /** The same line as MDX. */
  mdx: string;
}

export interface DocxImport {
  /** The plain-text source, to keep byte for byte under data/sources/. */
  source: string;
  /** The draft edition: frontmatter and body. */
  mdx: string;
  warnings: string[];
}

/** Inline content as plain text and as MDX: emphasis kept in MDX only, footnote references as markers. */
function inline(node: Node, notes: Map<string, number>): { text: string; mdx: string } {
  let text = '';
  let mdx = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      text += child.textContent ?? '';
      mdx += escapeMdx(child.textContent ?? '').replace(/^(\d+)\\\./, '$1.');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const reference = element.tagName === 'SUP' ? element.querySelector('a[id^="footnote-ref-"], a[id^="endnote-ref-"]') : null;
    if (reference) {
      const number = notes.get(reference.getAttribute('href')!.slice(1))!;
      text += superscript(number);
      mdx += `[^${number}]`;
      continue;
    }
    if (element.tagName === 'A' && element.textContent === '↑') continue; // mammoth's back link from a footnote
    const inner = inline(element, notes);
    const mark = element.tagName === 'STRONG' ? '**' : element.tagName === 'EM' ? '*' : '';
    text += inner.text;
    mdx += inner.mdx.trim() && mark ? `${mark}${inner.mdx}${mark}` : inner.mdx;
  }
  return { text, mdx };
}

function render(html: string): { blocks: Rendered[]; warnings: string[] } {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const warnings: string[] = [];
  const body = document.body;
  // mammoth writes the footnotes as the last <ol>, items with id="footnote-N", numbered in order of reference.
  const notes = new Map<string, number>();
  for (const ref of body.querySelectorAll('a[id^="footnote-ref-"], a[id^="endnote-ref-"]')) {
    const id = ref.getAttribute('href')!.slice(1);
    if (!notes.has(id)) notes.set(id, notes.size + 1);
  }
  const blocks: Rendered[] = [];
  const add = (block: DocxBlock, node: Node, prefix = '') => {
    const { text, mdx } = inline(node, notes);
    const line = collapseWhitespace(text);
    if (line) blocks.push({ block, text: `${prefix}${line}`, mdx: mdx.trim() });
  };
  const walk = (nodes: Iterable<Element>) => {
    for (const element of nodes) {
      const tag = element.tagName;
      if (/^H[1-6]$/.test(tag)) {
        // The document title is the page's h1: Word's Heading 1 is the first level inside it.
        add(
          element.classList.contains('doc-title') ? { kind: 'paragraph' } : { kind: 'heading', depth: Math.min(6, Number(tag[1]) + 1) },
          element,
        );
      } else if (tag === 'P') add({ kind: 'paragraph' }, element);
      else if ((tag === 'UL' || tag === 'OL') && element.querySelector(':scope > li[id^="footnote-"], :scope > li[id^="endnote-"]')) {
        for (const li of element.children) {
          const number = notes.get(li.id);
          if (number !== undefined) add({ kind: 'footnote', number }, li, `${superscript(number)} `);
        }
      } else if (tag === 'UL' || tag === 'OL') {
        for (const li of element.children) add({ kind: 'item' }, li, '- ');
      } else if (tag === 'TABLE') {
        for (const row of element.querySelectorAll('tr')) {
          const cells = [...row.querySelectorAll('td, th')].map((c) => collapseWhitespace(c.textContent ?? ''));
          blocks.push({
            block: { kind: 'table' },
            text: cells.join(' | '),
            mdx: `| ${cells.map((c) => escapeMdx(c).replace(/\|/g, '\\|')).join(' | ')} |`,
          });
        }
        warnings.push('bảng trong văn bản: chuyển thành bảng Markdown; số liệu trong ô bảng không có mã đoạn riêng, cần xem lại');
      } else if (tag === 'DL' || tag === 'DIV') walk(element.children);
    }
  };
  walk(body.children);
  return { blocks, warnings };
}

/** The MDX of the blocks the masthead did not take, footnotes last. */
function bodyMdx(blocks: Rendered[], skip: ReadonlySet<number>): string {
  const out: string[] = [];
  const footnotes: string[] = [];
  let table: string[] = [];
  const flushTable = () => {
    if (!table.length) return;
    const width = table[0]!.split(' | ').length;
    out.push([table[0], `|${' --- |'.repeat(width)}`, ...table.slice(1)].join('\n'));
    table = [];
  };
  blocks.forEach(({ block, mdx }, index) => {
    if (skip.has(index * 2)) return;
    if (block.kind === 'table') {
      table.push(mdx);
      return;
    }
    flushTable();
    if (block.kind === 'heading') out.push(`${'#'.repeat(block.depth)} ${mdx.replace(/^\*\*(.*)\*\*$/, '$1')}`);
    else if (block.kind === 'item') out.push(`- ${mdx}`);
    else if (block.kind === 'footnote') footnotes.push(`[^${block.number}]: ${mdx}`);
    else out.push(mdx);
  });
  flushTable();
  return `${[...out, ...footnotes].join('\n\n')}\n`;
}

export async function importDocx(docx: Buffer, options: DraftOptions): Promise<DocxImport> {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: docx }, { styleMap: STYLE_MAP });
  const { blocks, warnings } = render(html);
  warnings.push(...messages.map((m) => `Word: ${m.message}`));
  // One block per line, a blank line between: block i is on line 2i.
  const source = `${blocks.map((b) => b.text).join('\n\n')}\n`;
  const masthead = readMasthead(source);
  const last = blocks.findLastIndex((b, i) => b.block.kind === 'paragraph' && !masthead.lines.has(i * 2));
  const cutOff = last >= 0 ? cutOffWarning(blocks[last]!.text, `đoạn cuối (dòng ${2 * last + 1} của bản chữ)`) : undefined;
  if (cutOff) warnings.push(cutOff);
  const draft = assembleDraft({ mdx: bodyMdx(blocks, masthead.lines), masthead, warnings }, source, options);
  return { source, mdx: draft.mdx, warnings: draft.warnings };
}
