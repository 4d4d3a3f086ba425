/**
 * The periods a text states in words: "trong 5 năm qua", "hơn 2 năm thực
 * hiện", "9 tháng đầu năm 2022", "nửa đầu nhiệm kỳ", "từ đầu nhiệm kỳ",
 * "giai đoạn 2015 – 2020", "năm 2019". A figure's duration is what its
 * sentence says, not what calendar years suggest; this module finds those
 * words and what they mean, and the data, the charts and the draft rows of a
 * new report all read durations through it.
 */

export type StatedPeriodKind =
  /** A length of time: "trong 5 năm", "hơn 2 năm thực hiện", "9 tháng đầu năm". */
  | 'length'
  /** Calendar years named: "năm 2019", "giai đoạn 2015 – 2020", "nhiệm kỳ 2020-2025". */
  | 'years'
  /** From the start of the current term to the report's date: "từ đầu nhiệm kỳ". */
  | 'since-term-start'
  /** The first half of a five-year term: "nửa đầu nhiệm kỳ", "giữa nhiệm kỳ". */
  | 'half-term'
  /** A whole term, as a target's span: "chỉ tiêu nhiệm kỳ", "cả nhiệm kỳ", "toàn khóa". */
  | 'term';

export interface StatedPeriod {
  kind: StatedPeriodKind;
  /** The words as printed, to be recorded beside the figure. */
  text: string;
  /** Where the words start in the text. */
  index: number;
  /** Length in years for `length`, `half-term` and `term` (9 tháng = 0,75; 2 quý = 0,5). */
  years?: number;
  /** "hơn", "gần", "khoảng", "trên": the length is approximate in this direction. */
  qualifier?: 'hơn' | 'trên' | 'gần' | 'khoảng';
  /** First and last calendar year for `years`; the year of "9 tháng đầu năm 2022". */
  startYear?: number;
  endYear?: number;
  /** "9 tháng đầu năm", "9 tháng năm 2022": the length starts at January of its year. */
  fromYearStart?: boolean;
}

const NUMBER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** The length of a term of party committees and councils. */
export const TERM_YEARS = 5;

const QUALIFIER = '(?:(hơn|trên|gần|khoảng)\\s+)?';
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const readCount = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
const YEAR = '((?:19|20)\\d{2})';
const DASH = '\\s*[-–—]\\s*';

/** What a length phrase must have around it to be the period of a figure, not an age or an anniversary ("kỷ niệm 90 năm"). */
const LENGTH_CONTEXT = new RegExp(
  `(?<![\\p{L}\\d])(?:(trong|sau|qua|suốt)\\s+)?${QUALIFIER}${COUNT}\\s+(năm|tháng|quý)(\\s+(?:qua|vừa qua|(?:đầu\\s+)?năm(?:\\s+${YEAR})?|thực hiện|triển khai|gần đây))?(?![\\p{L}\\d])`,
  'giu',
);
const UNIT_YEARS: Record<string, number> = { năm: 1, tháng: 1 / 12, quý: 1 / 4 };
const ANNIVERSARY = /(kỷ niệm|tuổi|thành lập)\s*$/iu;

export function statedPeriods(text: string): StatedPeriod[] {
  const found: StatedPeriod[] = [];
  for (const m of text.matchAll(LENGTH_CONTEXT)) {
    const [whole, lead, qualifier, count, unit, tail] = m;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    // A bare "5 năm" with nothing around it could be an age or a term length in a title: require a marker word.
    if (!lead && !tail && !qualifier) continue;
    if (ANNIVERSARY.test(before)) continue;
    const n = readCount(count!);
    // "9 tháng đầu năm", "9 tháng năm 2022", "2 quý đầu năm": months of one year, counted from January.
    const yearOfStart = unit!.toLowerCase() !== 'năm' && /năm/.test(tail ?? '');
    // "5 năm năm 2019" does not occur; a tail "năm …" after years is not a period.
    if (unit!.toLowerCase() === 'năm' && /^\s+(?:đầu\s+)?năm/.test(tail ?? '')) continue;
    found.push({
      kind: 'length',
      text: whole,
      index: m.index,
      years: n * UNIT_YEARS[unit!.toLowerCase()]!,
      ...(qualifier ? { qualifier: qualifier.toLowerCase() as StatedPeriod['qualifier'] } : {}),
      ...(yearOfStart ? { fromYearStart: true } : {}),
      ...(m[6] ? { startYear: Number(m[6]), endYear: Number(m[6]) } : {}),
    });
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(giai đoạn|nhiệm kỳ|từ năm|thời kỳ)\\s+${YEAR}${DASH}${YEAR}`, 'giu'))) {
    found.push({ kind: 'years', text: m[0], index: m.index, startYear: Number(m[2]), endYear: Number(m[3]) });
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:trong\\s+)?năm\\s+${YEAR}(?![\\d\\-–])`, 'giu'))) {
    if (found.some((f) => f.index <= m.index && m.index < f.index + f.text.length)) continue;
    found.push({ kind: 'years', text: m[0], index: m.index, startYear: Number(m[1]), endYear: Number(m[1]) });
  }
  for (const m of text.matchAll(/(?:từ|kể từ)\s+đầu\s+nhiệm\s+kỳ(?:\s+(?:đến nay|tới nay))?/giu)) {
    found.push({ kind: 'since-term-start', text: m[0], index: m.index });
  }
  for (const m of text.matchAll(/(?:nửa\s+(?:đầu\s+)?|giữa\s+)nhiệm\s+kỳ/giu)) {
    found.push({ kind: 'half-term', text: m[0], index: m.index, years: TERM_YEARS / 2 });
  }
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:chỉ\s+tiêu\s+(?:cả\s+|của\s+)?nhiệm\s+kỳ|(?:cả|toàn)\s+nhiệm\s+kỳ|toàn\s+khóa)(?!\s+(?:19|20)\d{2})/giu,
  )) {
    found.push({ kind: 'term', text: m[0], index: m.index, years: TERM_YEARS });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The stated period that governs a figure at `offset` in `text`: the nearest
 * one in the same sentence, preferring one before the figure ("trong 5 năm
 * qua, … 261 lớp") to one after it.
 */
export function periodFor(text: string, offset: number): StatedPeriod | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('. ', offset - 1) + 1, text.lastIndexOf('; ', offset - 1) + 1, 0);
  const nextStop = text.slice(offset).search(/[.;](\s|$)/);
  const sentenceEnd = nextStop < 0 ? text.length : offset + nextStop;
  const inSentence = statedPeriods(text).filter((p) => p.index >= sentenceStart && p.index < sentenceEnd);
  const before = inSentence.filter((p) => p.index < offset);
  return before.at(-1) ?? inSentence.find((p) => p.index >= offset);
}
