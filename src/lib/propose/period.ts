/**
 * The period or the moment of a proposed figure, from the words of its
 * sentence (statedPeriods: "năm 2019", "trong 5 năm qua", "9 tháng đầu năm
 * 2022", "từ đầu nhiệm kỳ") and the report's date. Without such words, a
 * stock ("hiện có", "đến nay") is counted at the report's date and anything
 * else over the report's own period. The words it rests on go into the note,
 * so the editor sees why.
 */
import { periodFor, TERM_YEARS, type StatedPeriod } from '../text/duration.ts';

export interface ReportTime {
  /** The report's date, ISO partial ("2025-08-08", "2022-10", "2023"). */
  date?: string;
  /** The report's own period, when its frontmatter gives one. */
  period?: { start: string; end: string };
}

export interface ProposedPeriod {
  period_start: string;
  period_end: string;
  as_of: string;
  /** What the period rests on, for the note. */
  basis: string;
}

/** Words that make a figure a count at a moment rather than over a period. */
const STOCK = /(hiện có|hiện nay|đến nay|tính đến|hiện đang|toàn Đảng bộ có|Đảng bộ có|tổng số|có tổng|với tổng số)/iu;

const pad = (n: number) => String(n).padStart(2, '0');

/** Term of party committees: the five-year term a date falls in. A term ends with congresses in its last year, so a report in 2020 or 2025 looks back on the term then ending. */
export function termStart(year: number): number {
  const offset = year % TERM_YEARS;
  return offset === 0 ? year - TERM_YEARS : year - offset;
}

/** [year, month] of a partial date; month undefined for a year. */
function yearMonth(iso: string): [number, number | undefined] {
  const [y, m] = iso.split('-');
  return [Number(y), m ? Number(m) : undefined];
}

function fromStated(stated: StatedPeriod, time: ReportTime): ProposedPeriod | undefined {
  const basis = `kỳ theo “${stated.text.trim()}”`;
  const as = (start: string, end: string): ProposedPeriod => ({ period_start: start, period_end: end, as_of: '', basis });
  if (stated.kind === 'years') return as(String(stated.startYear), String(stated.endYear));
  if (!time.date) return undefined;
  const [year, month] = yearMonth(time.date);
  const end = month ? `${year}-${pad(month)}` : String(year);
  if (stated.kind === 'since-term-start' || stated.kind === 'half-term') return as(String(termStart(year)), end);
  const years = stated.years ?? 0;
  if (stated.fromYearStart) {
    const y = stated.startYear ?? year;
    return as(`${y}-01`, `${y}-${pad(Math.round(years * 12))}`);
  }
  if (Number.isInteger(years)) return as(String(year - years), String(year));
  const months = Math.round(years * 12);
  const endMonth = month ?? 12;
  const startIndex = year * 12 + endMonth - 1 - (months - 1);
  return as(`${Math.floor(startIndex / 12)}-${pad((startIndex % 12) + 1)}`, `${year}-${pad(endMonth)}`);
}

/** The period columns for a figure at `offset` in `text`. */
export function proposePeriod(text: string, offset: number, time: ReportTime, pointInTime = false): ProposedPeriod {
  const stated = periodFor(text, offset);
  const fromWords = stated && fromStated(stated, time);
  if (fromWords) return fromWords;
  const sentence = text.slice(Math.max(0, text.lastIndexOf('.', offset) + 1), offset);
  if ((pointInTime || STOCK.test(sentence)) && time.date)
    return { period_start: '', period_end: '', as_of: time.date, basis: 'số liệu tại ngày của văn bản' };
  if (time.period)
    return { period_start: time.period.start, period_end: time.period.end, as_of: '', basis: 'kỳ của văn bản (câu không nêu kỳ)' };
  return { period_start: '', period_end: '', as_of: time.date ?? '', basis: 'câu không nêu kỳ: lấy ngày của văn bản' };
}
