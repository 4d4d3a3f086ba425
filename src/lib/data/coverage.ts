/**
 * Coverage: which numbers printed in a report have an observation row.
 *
 * Every digit group in the paragraphs and footnotes of an edition is a
 * candidate figure, except what is a number but not a figure by rule: dates
 * and times, years, document numbers ("15-NQ/TU", "Nghị quyết 15"), list and
 * heading numbers. Other non-figures ("SEA Games 31") are listed, with a
 * reason, in data/coverage-exclusions.csv. The fidelity test guarantees the
 * edition holds every sentence of the source, so this is coverage of the source.
 */
import { z } from 'zod';
import type { EditionBlock } from '../edition/block-ids.ts';
import { collapseWhitespace } from '../text/fold.ts';
import { slugPattern } from '../reports/schema.ts';
import { placeInQuotes, printedOffsets } from './figure-position.ts';

export const exclusionSchema = z.object({
  report: z.string().regex(slugPattern),
  printed: z.string().min(1),
  quote: z.string().min(3),
  reason: z.string().min(1, 'cần lý do vì sao đây không phải số liệu'),
});
export type Exclusion = z.infer<typeof exclusionSchema>;

export interface NumberToken {
  block: string;
  start: number;
  end: number;
  text: string;
}

const DOCUMENT_WORDS = '(?:Nghị quyết|Chỉ thị|Quy định|Kết luận|Thông tri|Quyết định|Hướng dẫn|Đề án|Kế hoạch|Chương trình|Thông báo|Nghị định|Công văn|Luật|Trung ương|Quy chế)';

export interface NonFigureSpan {
  start: number;
  end: number;
  /** Why this is a number but not a figure, as an editor would write it in data/coverage-exclusions.csv. */
  reason: string;
}

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
/** Words that put a day-month without a year ("Sáng 8-8", "ngày 15/7") in a newspaper's dateline. */
const DAY_WORDS = '(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm|Quốc khánh|[Tt]ết|[Ll]ễ)';

/** Spans of a block's text that are numbers but not figures, by rule, with the reason. */
export function nonFigureSpans(text: string): NonFigureSpan[] {
  const spans: NonFigureSpan[] = [];
  const add = (re: RegExp, reason: string, group = 0) => {
    for (const m of text.matchAll(re)) {
      const start = m.index! + (group ? m[0].indexOf(m[group]!) : 0);
      spans.push({ start, end: start + (group ? m[group]!.length : m[0].length), reason });
    }
  };
  add(/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}/g, 'ngày tháng'); // 10/4/2023
  add(/\d{1,2}-\d{1,2}-\d{4}/g, 'ngày tháng'); // 16-1-2012
  add(new RegExp(`(?<![\\d.,])${DAY}\\.${MONTH}\\.(?:19|20)\\d{2}(?!\\d)`, 'g'), 'ngày tháng'); // 19.4.2019
  add(new RegExp(`${DAY_WORDS}\\s+(${DAY}[-/.]${MONTH})(?![\\d/.-]\\d)`, 'gu'), 'ngày tháng', 1); // Sáng 8-8, ngày 15/7
  add(/\d{1,2}:\d{2}/g, 'giờ'); // 13:50
  add(/(?:tháng|Tháng|T)\s*\d{1,2}(?:\s*\/\s*\d{4})?/g, 'tháng'); // tháng 3/2023
  add(/(?:ngày|Ngày)\s+\d{1,2}(?!\d)/g, 'ngày tháng'); // ngày 10 tháng 4
  add(/(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d|\s*%)/g, 'năm'); // years, also before a comma or full stop
  add(/(?<![\d.,])(?:0\d{2,3}|1[89]00)(?:[. ]?\d{3,4}){2}(?![\d.,]\d)/g, 'số điện thoại'); // 0243.8253.536, 0904 123 456
  add(/\d[\d.]*\s*[-–]\s*(?=[A-ZĐ][A-Za-zĐđ]*\/)/g, 'số hiệu văn bản'); // 15-NQ/TU, 274/BC/QU below
  add(/\d+\/(?:\d{4}\/)?[A-ZĐ][A-ZĐa-z0-9]*(?:\/[A-ZĐa-z0-9]+)*/g, 'số hiệu văn bản'); // 274/BC/QU, 97/2019/QH14
  add(/(?<=\p{L}-)\d+/gu, 'tên riêng có số'); // Covid-19
  add(new RegExp(`${DOCUMENT_WORDS}(?: số)? (\\d+)(?![\\d.,]*\\s*(?:%|lớp|cuộc|người|đảng viên|trường hợp|đồng chí|tổ chức|lượt))`, 'giu'), 'số hiệu văn bản', 1);
  add(/^[-+]?\s*\d+(?:\.\d+)*\.(?=\s)/g, 'số thứ tự đề mục'); // 4.1. list and heading numbers
  return spans;
}

/** Spans of a block's text that are numbers but not figures, by rule. */
export function ruleSpans(text: string): [number, number][] {
  return nonFigureSpans(text).map((s) => [s.start, s.end]);
}

export function numberTokens(block: EditionBlock): NumberToken[] {
  return [...block.text.matchAll(/(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*/gu)].map((m) => ({
    block: block.id,
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
  }));
}

/** Where a quote sits in a block, after the whitespace collapsing the editions apply. */
function quoteStart(blockText: string, quote: string): number {
  return blockText.indexOf(collapseWhitespace(quote));
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export interface CoverageResult {
  report: string;
  figures: number;
  covered: number;
  excluded: number;
  uncovered: { block: string; text: string; context: string }[];
  /** Exclusion rows whose quote or printed text was not found: stale entries. */
  staleExclusions: Exclusion[];
}

export function measureCoverage(
  report: string,
  blocks: EditionBlock[],
  observations: { anchor: string; quote: string; printed: string }[],
  exclusions: Exclusion[],
): CoverageResult {
  const covered = new Map<string, [number, number][]>();
  const excluded = new Map<string, [number, number][]>();
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const push = (map: Map<string, [number, number][]>, id: string, span: [number, number]) => {
    const spans = map.get(id);
    if (spans) spans.push(span);
    else map.set(id, [span]);
  };

  const placed = placeInQuotes(observations.map((o) => ({ ...o, quote: collapseWhitespace(o.quote) })));
  for (const [o, inner] of placed) {
    const block = byId.get(o.anchor);
    const at = block ? quoteStart(block.text, o.quote) : -1;
    if (at >= 0 && inner !== undefined) push(covered, o.anchor, [at + inner, at + inner + o.printed.length]);
  }
  const staleExclusions: Exclusion[] = [];
  for (const e of exclusions) {
    let found = false;
    const quote = collapseWhitespace(e.quote);
    for (const b of blocks) {
      const at = quoteStart(b.text, quote);
      const offsets = at < 0 ? [] : printedOffsets(quote, e.printed);
      // An exclusion names a kind of non-figure in its quote: every whole-number occurrence.
      for (const inner of offsets) push(excluded, b.id, [at + inner, at + inner + e.printed.length]);
      if (offsets.length) found = true;
    }
    if (!found) staleExclusions.push(e);
  }

  const result: CoverageResult = { report, figures: 0, covered: 0, excluded: 0, uncovered: [], staleExclusions };
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const rules = ruleSpans(block.text);
    for (const token of numberTokens(block)) {
      const span: [number, number] = [token.start, token.end];
      if (rules.some((r) => overlaps(r, span))) continue;
      if ((excluded.get(block.id) ?? []).some((r) => overlaps(r, span))) {
        result.excluded++;
        continue;
      }
      result.figures++;
      if ((covered.get(block.id) ?? []).some((r) => overlaps(r, span))) result.covered++;
      else result.uncovered.push({ block: block.id, text: token.text, context: block.text.slice(Math.max(0, token.start - 50), token.end + 30) });
    }
  }
  return result;
}
