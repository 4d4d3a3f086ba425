/**
 * First draft of a faithful MDX edition from a converted source text.
 *
 * The sources are Word files and web pages turned into text. This repairs the
 * form that such conversions break and never touches a word:
 * - the masthead (issuer, number, date, title; a web page's section, byline,
 *   counters and related links) leaves the body for the frontmatter or the
 *   `omitted` list (see masthead.ts);
 * - a sentence cut by a page break ("…triển khai một" / footnotes / "cách
 *   nghiêm túc") is rejoined;
 * - superscript footnote markers become GFM footnotes ([^n]) with their text;
 * - numbered lines that are headings (Phần, I., 1., 1.1., 5.2.1.) become
 *   Markdown headings one level per numbering depth; in a web article, a
 *   short unpunctuated line between paragraphs is a subheading, or a photo
 *   caption when it reads like one;
 * - characters MDX would read as code are escaped.
 * The result is a draft: an editor reads it against the source, the warnings
 * say where to look, and the fidelity test proves every sentence survived.
 */
import { FOOTNOTE_MARKER, parseFootnoteDefinition, superscriptToNumber } from '../text/superscript.ts';
import { headingDepth } from './heading-depth.ts';
import { readMasthead, type Masthead } from './masthead.ts';

export interface ImportResult {
  /** The body of the edition (no frontmatter). */
  mdx: string;
  /** Places an editor must look at: fragments that could not be placed with certainty. */
  warnings: string[];
  masthead: Masthead;
}

type Block =
  | { kind: 'heading'; depth: number; text: string; line: number; label?: string }
  | { kind: 'text'; text: string; line: number }
  | { kind: 'caption'; text: string; line: number }
  | { kind: 'footnote'; number: number; text: string; line: number };

const TERMINAL = /[.!?;:…”"')\]*]$/;
const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;
const NUMBERED_ITEM = /^\d+(\.\d+)*\.\s/;
/** How photo captions in news pages begin: who is pictured, or the scene. */
const CAPTION_START = /^(Đ\/c|Đồng chí|Các đồng chí|Quang cảnh|Toàn cảnh|Lãnh đạo|Các đại biểu|Đại biểu|Ảnh|Bí thư|Chủ tịch)\b/u;
const SUBHEADING_MAX = 120;
const PART = /^(Phần|PHẦN) (thứ|THỨ) \S+$/u;
const isCapitals = (text: string) =>
  text === text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(text) && !TERMINAL.test(text.replace(/\*+$/, ''));

/** Escape what MDX or Markdown would otherwise interpret, keeping emphasis asterisks. */
export function escapeMdx(text: string): string {
  return (
    text
      .replace(/[{}<>]/g, (c) => `\\${c}`)
      .replace(/^(\d+)\.(\s)/, '$1\\.$2')
      .replace(/^([#>])/, '\\$1')
      // A paragraph starting "import " or "export " is read by MDX as a module statement; a character reference keeps it a word.
      .replace(/^(?=(?:import|export)\s)./, (c) => `&#x${c.charCodeAt(0).toString(16)};`)
  );
}

/**
 * "Phần thứ hai**NHIỆM VỤ…****I. DỰ BÁO…**": headings the conversion glued
 * together with the bold marks between them, split apart again. A line is
 * split only when every piece reads as a heading.
 */
export function splitGluedHeadings(line: string): string[] {
  if (!/\S\*{2,}\S/.test(line)) return [line];
  const pieces = line
    .split(/\*{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const heading = (p: string) => headingDepth(p) > 0 || PART.test(p) || (isCapitals(p) && p.length <= 200);
  return pieces.length > 1 && pieces.every(heading) ? pieces : [line];
}

function toBlocks(source: string, skip: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim() || skip.has(index)) return;
    for (const line of splitGluedHeadings(raw.trim())) addLine(blocks, line, index);
  });
  return blocks;
}

function addLine(blocks: Block[], line: string, index: number): void {
  const footnote = parseFootnoteDefinition(line);
  const depth = headingDepth(line);
  if (footnote) blocks.push({ kind: 'footnote', number: footnote.number, text: footnote.text, line: index + 1 });
  else if (depth) blocks.push({ kind: 'heading', depth, text: line.replace(/\*+/g, '').trim(), line: index + 1 });
  else blocks.push({ kind: 'text', text: line, line: index + 1 });
}

const excerpt = (text: string) => `“…${text.slice(-40)}”`;

/** The warning for a text whose last paragraph stops without a full stop, or undefined. */
export function cutOffWarning(text: string, where: string): string | undefined {
  if (TERMINAL.test(text)) return undefined;
  return `${where}: đoạn cuối dừng mà không có dấu câu kết thúc (${excerpt(text)}): bản gốc có thể bị cắt giữa chừng; đối chiếu với nguồn và ghi vào editorialNotes`;
}

/**
 * Rejoin body paragraphs that a page break (and the footnotes printed under
 * it) cut in two. In a web article, an unpunctuated short line that is not
 * continued is a subheading or a caption.
 */
function rejoinPageBreaks(blocks: Block[], web: boolean, warnings: string[]): Block[] {
  const body: Block[] = [];
  const footnotes: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'footnote') {
      footnotes.push(block);
      continue;
    }
    const previous = body.at(-1);
    // "PHẦN THỨ NHẤT" / "ĐÁNH GIÁ KẾT QUẢ…": the part's name and its title are one heading.
    if (previous?.kind === 'heading' && PART.test(previous.text) && !previous.label && block.kind === 'text' && isCapitals(block.text)) {
      body[body.length - 1] = { ...previous, label: previous.text, text: block.text.replace(/\*+/g, '').trim() };
      continue;
    }
    const open = previous?.kind === 'text' && !TERMINAL.test(previous.text);
    if (open && block.kind === 'text' && STARTS_LOWER_OR_DIGIT.test(block.text) && !NUMBERED_ITEM.test(block.text)) {
      previous.text = `${previous.text} ${block.text}`;
      continue;
    }
    if (open && web && previous.text.length <= SUBHEADING_MAX && body.length > 1) {
      const caption = CAPTION_START.test(previous.text);
      body[body.length - 1] = caption
        ? { kind: 'caption', text: previous.text, line: previous.line }
        : { kind: 'heading', depth: 2, text: previous.text.replace(/\*+/g, '').trim(), line: previous.line };
      warnings.push(
        `dòng ${previous.line}: dòng ngắn không có dấu câu, coi là ${caption ? 'chú thích ảnh' : 'đề mục'} (“${previous.text}”): kiểm tra`,
      );
    } else if (open) {
      warnings.push(`dòng ${previous.line}: đoạn kết thúc không có dấu câu (${excerpt(previous.text)}) mà không nối được với đoạn sau`);
    }
    body.push(block);
  }
  const last = body.at(-1);
  const cutOff = last?.kind === 'text' ? cutOffWarning(last.text, `dòng ${last.line}`) : undefined;
  if (cutOff) warnings.push(cutOff);
  return [...body, ...footnotes];
}

function renderInline(text: string): string {
  return escapeMdx(text).replace(FOOTNOTE_MARKER, (_, digits: string) => `[^${superscriptToNumber(digits)}]`);
}

export function importReport(source: string): ImportResult {
  const warnings: string[] = [];
  const masthead = readMasthead(source);
  const blocks = rejoinPageBreaks(toBlocks(source, masthead.lines), masthead.web || masthead.outletMark !== undefined, warnings);
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const label = block.label ? `<span class="part-label">${escapeMdx(block.label)}</span> ` : '';
      out.push(`${'#'.repeat(block.depth)} ${label}${escapeMdx(block.text).replace(/^(\d+)\\\./, '$1.')}`);
    } else if (block.kind === 'footnote') out.push(`[^${block.number}]: ${renderInline(block.text)}`);
    else if (block.kind === 'caption') out.push(`<PhotoCaption>${renderInline(block.text)}</PhotoCaption>`);
    else out.push(renderInline(block.text));
  }
  if (!blocks.some((b) => b.kind === 'heading')) warnings.push('văn bản không có đề mục: trang sẽ không có mục lục');
  return { mdx: `${out.join('\n\n')}\n`, warnings, masthead };
}
