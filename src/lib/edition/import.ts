/**
 * First draft of a faithful MDX edition from a converted source text.
 *
 * The sources are Word files and web pages turned into text. This repairs the
 * form that such conversions break and never touches a word:
 * - a sentence cut by a page break ("…triển khai một" / footnotes / "cách
 *   nghiêm túc") is rejoined;
 * - superscript footnote markers become GFM footnotes ([^n]) with their text;
 * - numbered lines that are headings (Phần, I., 1., 1.1., 5.2.1.) become
 *   Markdown headings one level per numbering depth;
 * - characters MDX would read as code are escaped.
 * The result is a draft: an editor reads it against the source, and the
 * fidelity test proves every sentence survived.
 */
import { FOOTNOTE_MARKER, parseFootnoteDefinition, superscriptToNumber } from '../text/superscript.ts';

export interface ImportResult {
  mdx: string;
  /** Places an editor must look at: fragments that could not be placed with certainty. */
  warnings: string[];
}

type Block =
  | { kind: 'heading'; depth: number; text: string; line: number }
  | { kind: 'text'; text: string; line: number }
  | { kind: 'footnote'; number: number; text: string; line: number };

const TERMINAL = /[.!?;:…”"')\]*]$/;
const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;
const NUMBERED_ITEM = /^\d+(\.\d+)*\.\s/;

/** Heading depth from the numbering scheme, or 0 when the line is not a heading. */
export function headingDepth(line: string): number {
  const text = line.replace(/\*+/g, '').trim();
  if (/^(Phần|PHẦN) (thứ|THỨ) \S+$/.test(text)) return 2;
  // A heading is one short statement: numbered items that run to several
  // sentences, or end in a comma or semicolon, are paragraphs of a list.
  if (
    text.length > 240 ||
    (text.endsWith('.') && text.length > 160) ||
    /[;,]$/.test(text) ||
    /\.\s+\p{Lu}/u.test(text.replace(/^[\dIVX.]+\s/, ''))
  )
    return 0;
  if (/^[IVX]+\.\s/.test(text)) return 3;
  if (/^\d+\.\d+\.\d+\.\s/.test(text)) return 6;
  if (/^\d+\.\d+\.\s/.test(text)) return 5;
  if (/^\d+\.\s/.test(text)) return 4;
  return 0;
}

/** Escape what MDX or Markdown would otherwise interpret, keeping emphasis asterisks. */
export function escapeMdx(text: string): string {
  return text
    .replace(/[{}<>]/g, (c) => `\\${c}`)
    .replace(/^(\d+)\.(\s)/, '$1\\.$2')
    .replace(/^([#>])/, '\\$1');
}

function toBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const footnote = parseFootnoteDefinition(line);
    if (footnote) {
      blocks.push({ kind: 'footnote', number: footnote.number, text: footnote.text, line: index + 1 });
      return;
    }
    const depth = headingDepth(line);
    if (depth) blocks.push({ kind: 'heading', depth, text: line.replace(/\*+/g, '').trim(), line: index + 1 });
    else blocks.push({ kind: 'text', text: line, line: index + 1 });
  });
  return blocks;
}

/** Rejoin body paragraphs that a page break (and the footnotes printed under it) cut in two. */
function rejoinPageBreaks(blocks: Block[], warnings: string[]): Block[] {
  const body: Block[] = [];
  const footnotes: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'footnote') {
      footnotes.push(block);
      continue;
    }
    const previous = body.at(-1);
    if (
      block.kind === 'text' &&
      previous?.kind === 'text' &&
      !TERMINAL.test(previous.text) &&
      STARTS_LOWER_OR_DIGIT.test(block.text) &&
      !NUMBERED_ITEM.test(block.text)
    ) {
      previous.text = `${previous.text} ${block.text}`;
      continue;
    }
    if (previous?.kind === 'text' && !TERMINAL.test(previous.text)) {
      warnings.push(`line ${previous.line}: paragraph ends without punctuation ("…${previous.text.slice(-30)}")`);
    }
    body.push(block);
  }
  return [...body, ...footnotes];
}

function renderInline(text: string): string {
  return escapeMdx(text).replace(FOOTNOTE_MARKER, (_, digits: string) => `[^${superscriptToNumber(digits)}]`);
}

export function importReport(source: string): ImportResult {
  const warnings: string[] = [];
  const blocks = rejoinPageBreaks(toBlocks(source), warnings);
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`${'#'.repeat(block.depth)} ${escapeMdx(block.text).replace(/^(\d+)\\\./, '$1.')}`);
    else if (block.kind === 'footnote') out.push(`[^${block.number}]: ${renderInline(block.text)}`);
    else out.push(renderInline(block.text));
  }
  return { mdx: `${out.join('\n\n')}\n`, warnings };
}
