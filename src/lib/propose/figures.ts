/**
 * The numbers of a paragraph, each either a figure (with its printed text as
 * the data keeps it: "trên 96%", "559/700", "71 tỷ 952 triệu đồng", "3-5%")
 * or a number that is not a figure, with the reason an editor would give:
 * dates and years, document and phone numbers, heading numbers (by the same
 * rules coverage uses), and, as suggestions, names with numbers ("Ban Chỉ
 * đạo 35", "mô hình 5+1"), ordinals, ages, anniversaries and the lengths of
 * stated periods ("trong 5 năm qua").
 */
import { nonFigureSpans } from '../data/coverage.ts';
import { PrintedNumberError, readPrinted, type PrintedReading } from '../numbers/printed.ts';
import { statedPeriods } from '../text/duration.ts';
import { FURNITURE_REASONS, furnitureReason, NOTE_MARKER } from '../text/furniture.ts';

export interface FoundFigure {
  kind: 'figure';
  start: number;
  end: number;
  printed: string;
  reading: PrintedReading;
}

export interface FoundNonFigure {
  kind: 'rule' | 'suggested';
  start: number;
  end: number;
  printed: string;
  reason: string;
}

export type FoundNumber = FoundFigure | FoundNonFigure;

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const MULTIPLIER = String.raw`(?:tỷ|triệu|nghìn|ngàn)`;
/** "đồng" as money, not "đồng chí" (comrade) or "đ/c"; "đ" glued to the number ("20.214.833.000đ"). */
const MONEY_UNIT = String.raw`(?:\s*(?:đồng(?![\p{L}]|\s+(?:chí|bào|đội|hương|thời|loạt|bộ|nghiệp|tâm|ý))|đ(?![\p{L}\/])))`;
const MEASURE = String.raw`(?:\s*(?:%|‰)|\s*(?:ha|km2|km²|m2|m²)(?![\p{L}\d])|${MONEY_UNIT})`;
const QUALIFIER = String.raw`(?:(?:trên|hơn|gần|khoảng|dưới|Trên|Hơn|Gần|Khoảng|Dưới)\s+)`;

/** The longest printed figure starting at a number: ratio, range, money in words, or a number with its unit symbol. */
const FIGURE = new RegExp(
  [
    String.raw`${NUMBER}\s*\/\s*${NUMBER}(?!\s*\/\s*\d)${MEASURE}?`, // 559/700, 3370/3.432
    String.raw`${NUMBER}(?:\s*(?:%|‰))?\s*[-–]\s*${NUMBER}(?![-–\/]?\d)(?:\s*(?:%|‰))?`, // 10-12, 3-5%, 12%-13%
    String.raw`${NUMBER}\s+${MULTIPLIER}(?:\s+${NUMBER}\s+${MULTIPLIER})*(?:\s+${NUMBER}(?=${MONEY_UNIT}))?${MONEY_UNIT}?`, // 71 tỷ 952 triệu đồng
    String.raw`${NUMBER}${MEASURE}?`,
  ].join('|'),
  'uy',
);

/** What stands before a number that makes it part of a name, an ordinal, an age or a level. */
const SUGGESTIONS: [RegExp, string][] = [
  [
    /(?:Ban [Cc]hỉ đạo|BCĐ|[Tt]ổ dân phố|[Tt]ổ công tác|[Đđ]ội|[Tt]ổ|[Kk]hu|[Cc]ụm|[Kk]hối|Đoàn|[Nn]gõ|[Nn]gách|[Ss]ố nhà|Bệnh viện|Trường)(?: số)? $/u,
    'tên riêng có số (tổ chức, đơn vị, địa chỉ)',
  ],
  [
    /(?:phương châm|tiêu chuẩn|ISO|TCVN|đối tượng|nhóm) [“"]?$/iu,
    'tên (phương châm, tiêu chuẩn, nhóm đối tượng) có số, không phải số liệu',
  ],
  // A Latin-script name: "SEA Games 31", "Seagames 31". A word Vietnamese spelling can make ("Trong 8 năm", "Bắc Ninh 30,3%") is not one:
  // it has no f, j, w or z and ends in a vowel or in c, ch, m, n, ng, nh, p, t.
  [
    /(?<![\p{L}])(?=[A-Za-z]*(?:[fjwzFJWZ]|[^aeiouycmnptghAEIOUY ]|[^n]g|[^cn]h) $)[A-Z][A-Za-z]*[a-z][A-Za-z]* $/u,
    'tên riêng có số (sự kiện, sản phẩm)',
  ],
  [/(?:thứ|lần thứ|số thứ tự) $/u, 'số thứ tự, không phải số liệu'],
  // "Báo cáo tổng kết năm 2014, tr. 12": the page a note cites.
  [/(?:^|\s)(?:tr|trang)\.? $/u, 'số trang trong trích dẫn, không phải số liệu'],
  [/(?:mức độ|mức|cấp độ|cấp|hạng|loại|phiên bản) $/u, 'mức, cấp độ hoặc phiên bản: một cái tên, không phải số liệu'],
  [/kỷ niệm $/u, 'số năm kỷ niệm (tên sự kiện)'],
  [/tuổi $/u, 'độ tuổi, không phải số liệu'],
  [/(?:sơ kết|tổng kết) $/u, 'tên đợt sơ kết, tổng kết, không phải số liệu'],
];
const AGE_AFTER = /^\s*tuổi/u;
/** "90 năm ngày thành lập": the years of an anniversary. */
const ANNIVERSARY_AFTER = /^\s*năm ngày/u;
/** A bare length of time ("chi ngân sách 5 năm"): how long, not how many. */
const DURATION_AFTER = /^\s*(?:năm|tháng|quý|tuần|ngày)(?![\p{L}])/u;
/** "đường 13,5m": metres name a road or a work, they are not a result. */
const METRES_AFTER = /^m(?![\p{L}\d²2])/u;
/** What joins a number to a non-figure before it, making it the same kind ("tổ 21, 22", "quyết định số 217, 218"). */
const CONTINUES = /^\s*(?:,|và|&)\s*$/u;
/** "5+1", "3+": the name of a model or a team, not a count. */
const MODEL = /^\s*\+\s*\d*/u;

/** A short phrase in quotation marks ("4 không, 5 có", “3 tốt”): a slogan or a name, whatever numbers it holds. */
const SHORT_QUOTE = /[“"]([^“”"\n]{1,40})[”"]/gu;

/** A measured figure ("Bắc Ninh 30,3%", "Năm 2019, 92,5%", "15 tỷ đồng") is a result whatever stands before it. */
const isMeasured = (printed: string) => /(?:%|‰|đồng|đ|ha)$/u.test(printed);

function suggestion(text: string, start: number, end: number): string | undefined {
  if (isMeasured(text.slice(start, end))) return undefined;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 12);
  if (MODEL.test(after) || /\d\s*\+\s*$/.test(before)) return 'tên mô hình, đội hình (có dấu +), không phải số liệu';
  if (AGE_AFTER.test(after)) return 'độ tuổi, không phải số liệu';
  if (ANNIVERSARY_AFTER.test(after)) return 'số năm kỷ niệm (tên sự kiện)';
  if (METRES_AFTER.test(after)) return 'chiều dài, bề rộng (mét), thường là tên công trình: kiểm tra';
  if ([...text.matchAll(SHORT_QUOTE)].some((m) => m.index < start && end < m.index + m[0].length))
    return 'khẩu hiệu, phương châm trong ngoặc kép (một cái tên), không phải số liệu';
  const named = SUGGESTIONS.find(([re]) => re.test(before))?.[1];
  if (named) return named;
  if (DURATION_AFTER.test(after)) return 'độ dài thời gian, không phải số liệu';
  return undefined;
}

/** Spans of stated period lengths ("trong 5 năm qua", "9 tháng đầu năm"): the number is the length of a period, not a figure. */
function periodLengthSpans(text: string): [number, number][] {
  return statedPeriods(text)
    .filter((p) => p.kind === 'length')
    .map((p) => [p.index, p.index + p.text.length]);
}

const overlaps = (a: { start: number; end: number }, b: [number, number]) => a.start < b[1] && b[0] < a.end;

function footnoteSpans(text: string): { start: number; end: number; reason: string }[] {
  return [...text.matchAll(NOTE_MARKER)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1, reason: 'số chú thích' }));
}

/** Every number in the text, in order, as a figure or a non-figure; none in a line of page furniture. */
export function findNumbers(text: string): FoundNumber[] {
  // A phone number inside a paragraph does not make the paragraph furniture; the phone rule sets the number aside.
  const furniture = [furnitureReason(text)].find((r) => r !== FURNITURE_REASONS.hotline);
  const rules = furniture ? [] : [...footnoteSpans(text), ...nonFigureSpans(text)];
  const lengths = periodLengthSpans(text);
  const found: FoundNumber[] = [];
  const digits = /(?<![\p{L}\p{N}])\d/gu;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const start = m.index;
    const rule = furniture
      ? { start, end: start + /^[\d.,]+/.exec(text.slice(start))![0].replace(/[.,]$/, '').length, reason: furniture }
      : rules.find((r) => r.start <= start && start < r.end);
    if (rule) {
      const end = Math.max(rule.end, start + /^[\d.,]+/.exec(text.slice(start))![0].replace(/[.,]$/, '').length);
      found.push({ kind: 'rule', start, end, printed: text.slice(start, end).replace(/[\s\-–]+$/u, ''), reason: rule.reason });
      digits.lastIndex = end;
      continue;
    }
    FIGURE.lastIndex = start;
    const figure = FIGURE.exec(text)!;
    let end = start + figure[0].trimEnd().length;
    const qualifier = new RegExp(`${QUALIFIER}$`, 'u').exec(text.slice(Math.max(0, start - 10), start));
    const from = qualifier ? start - qualifier[0].length : start;
    let printed = text.slice(from, end);
    let reading: PrintedReading | undefined;
    try {
      reading = readPrinted(printed);
    } catch (error) {
      if (!(error instanceof PrintedNumberError)) throw error;
      // A shape the reader does not take ("1.2.3"): the leading number alone.
      end = start + /^\d+/.exec(text.slice(start))![0].length;
      printed = text.slice(from, end);
      reading = readPrinted(printed);
    }
    digits.lastIndex = end;
    const span = { start, end };
    const previous = found.at(-1);
    const continued =
      previous && previous.kind !== 'figure' && !isMeasured(printed) && CONTINUES.test(text.slice(previous.end, start))
        ? previous.reason
        : undefined;
    const why =
      suggestion(text, start, end) ??
      continued ??
      (lengths.some((l) => overlaps(span, l)) ? 'độ dài thời gian của kỳ (trong câu nêu kỳ), không phải số liệu' : undefined);
    if (why) found.push({ kind: 'suggested', start, end, printed: text.slice(start, end), reason: why });
    else found.push({ kind: 'figure', start: from, end, printed, reading });
  }
  return found;
}

/**
 * The sentence around a position, as the quote of a figure: from the last
 * sentence end before it to the next one after it. A sentence longer than
 * `maxLength` is cut at the semicolons around the figure, so the quote stays
 * the clause that states it.
 */
export function sentenceAround(text: string, start: number, end: number, maxLength = 400): string {
  const boundary = /[.!?…](?=\s+[\p{Lu}\d“"(-])|[.!?…]$/gu;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  const sentence = text.slice(from, to);
  if (sentence.length <= maxLength) return sentence.trim();
  const clauseStart = sentence.lastIndexOf(';', start - from - 1) + 1;
  const next = sentence.indexOf(';', end - from);
  return sentence.slice(clauseStart, next < 0 ? undefined : next + 1).trim();
}
