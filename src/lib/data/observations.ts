/**
 * One row per figure printed in a report. The row keeps the figure as printed
 * and an explicit canonical value; checkObservation proves the two agree.
 */
import { z } from 'zod';
import { QUALIFIERS, readPrinted, sameNumber, PrintedNumberError } from '../numbers/printed.ts';
import { partialDate, slugPattern } from '../reports/schema.ts';

const number = z.string().regex(/^-?\d+(\.\d+)?$/, 'không phải số: dùng dấu "." cho phần thập phân, không dùng dấu phân cách hàng nghìn');
const optionalNumber = z.union([z.literal(''), number]);
const optionalDate = z.union([z.literal(''), partialDate]);
const observationId = z.string().regex(/^[a-z]+-\d+$/, 'id dạng tiền-tố-số, ví dụ ntl-001');
const optionalObservationId = z.union([z.literal(''), observationId]);

export const observationSchema = z.object({
  id: observationId,
  indicator: z.string().regex(slugPattern),
  area: z.string().regex(slugPattern),
  value: number,
  value_max: optionalNumber,
  unit: z.string().min(1, 'cần đơn vị'),
  qualifier: z.union([z.literal(''), z.enum(QUALIFIERS)]),
  printed: z.string().min(1, 'cần con số như được in'),
  numerator: optionalNumber,
  denominator: optionalNumber,
  category: z.string(),
  period_start: optionalDate,
  period_end: optionalDate,
  as_of: optionalDate,
  report: z.string().regex(slugPattern),
  anchor: z.string().regex(/^(p|fn)-\d+$/, 'mã đoạn dạng p-12 hoặc chú thích fn-5'),
  quote: z.string().min(10, 'trích dẫn phải là cả câu hoặc mệnh đề'),
  part_of: optionalObservationId,
  percent_of: optionalObservationId,
  note: z.string(),
});
export type ObservationRow = z.infer<typeof observationSchema>;

export interface Observation {
  id: string;
  indicator: string;
  area: string;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: string;
  printed: string;
  numerator?: number;
  denominator?: number;
  category: string;
  periodStart?: string;
  periodEnd?: string;
  asOf?: string;
  report: string;
  anchor: string;
  quote: string;
  partOf?: string;
  percentOf?: string;
  note: string;
}

/** When a figure stops: its as-of date or the end of its period; ISO partial dates sort as text ('' when unknown). */
export const observationEnd = (o: Observation): string => o.asOf ?? o.periodEnd ?? '';

const opt = (s: string): number | undefined => (s === '' ? undefined : Number(s));
const optStr = (s: string): string | undefined => (s === '' ? undefined : s);

export function toObservation(row: ObservationRow): Observation {
  return {
    id: row.id,
    indicator: row.indicator,
    area: row.area,
    value: Number(row.value),
    valueMax: opt(row.value_max),
    unit: row.unit,
    qualifier: row.qualifier,
    printed: row.printed,
    numerator: opt(row.numerator),
    denominator: opt(row.denominator),
    category: row.category,
    periodStart: optStr(row.period_start),
    periodEnd: optStr(row.period_end),
    asOf: optStr(row.as_of),
    report: row.report,
    anchor: row.anchor,
    quote: row.quote,
    partOf: optStr(row.part_of),
    percentOf: optStr(row.percent_of),
    note: row.note,
  };
}

export interface RowProblem {
  column: keyof ObservationRow;
  message: string;
  fix: string;
}

const SUFFIX_UNITS: Record<string, string> = { '%': '%', '‰': '‰', đồng: 'đồng', ha: 'ha', km2: 'km2', m2: 'm2' };

/** Checks within one row: the value agrees with the printed text, periods make sense. */
export function checkObservation(o: Observation): RowProblem[] {
  const problems: RowProblem[] = [];
  let reading;
  try {
    reading = readPrinted(o.printed);
  } catch (error) {
    if (!(error instanceof PrintedNumberError)) throw error;
    return [{ column: 'printed', message: error.message, fix: 'ghi đúng con số như in, chỉ kèm %, ‰, đ, đồng, tỷ, triệu' }];
  }
  if (!reading.values.some((v) => sameNumber(v, o.value))) {
    problems.push({
      column: 'value',
      message: `giá trị ${o.value} không khớp với "${o.printed}" (đọc được: ${reading.values.join(' hoặc ')})`,
      fix: 'sửa value cho đúng con số in (tiền tính bằng đồng: "27,6 tỷ đồng" = 27600000000)',
    });
  }
  // "11.361" reads as 11361 (Vietnamese) or 11.361 (dot as decimal point): the
  // thousands reading comes first; choosing another must be explained.
  else if (reading.values.length > 1 && !sameNumber(reading.values[0]!, o.value) && !/thập phân/.test(o.note)) {
    problems.push({
      column: 'note',
      message: `"${o.printed}" thường đọc là ${reading.values[0]}; value ${o.value} dùng dấu chấm làm dấu thập phân mà không giải thích`,
      fix: 'nếu đúng là số thập phân, ghi vào note "dấu chấm dùng làm dấu thập phân"; nếu không, sửa value',
    });
  }
  if (reading.maxValues) {
    if (o.valueMax === undefined || !reading.maxValues.some((v) => sameNumber(v, o.valueMax!))) {
      problems.push({ column: 'value_max', message: `"${o.printed}" là khoảng, value_max phải là ${reading.maxValues.join(' hoặc ')}`, fix: 'điền cận trên của khoảng' });
    }
  } else if (o.valueMax !== undefined) {
    problems.push({ column: 'value_max', message: 'chỉ dùng value_max cho khoảng như "10-12"', fix: 'để trống value_max' });
  }
  if (reading.ratio) {
    if (o.numerator === undefined || !reading.ratio.numerators.some((v) => sameNumber(v, o.numerator!))) {
      problems.push({ column: 'numerator', message: `"${o.printed}" là tỷ số, tử số phải là ${reading.ratio.numerators.join(' hoặc ')}`, fix: 'điền tử số như in' });
    }
    if (o.denominator === undefined || !reading.ratio.denominators.some((v) => sameNumber(v, o.denominator!))) {
      problems.push({ column: 'denominator', message: `"${o.printed}" là tỷ số, mẫu số phải là ${reading.ratio.denominators.join(' hoặc ')}`, fix: 'điền mẫu số như in' });
    }
  } else if (o.numerator !== undefined || o.denominator !== undefined) {
    problems.push({ column: 'numerator', message: 'tử số/mẫu số chỉ dùng khi văn bản in dạng "a/b"', fix: 'để trống numerator và denominator' });
  }
  const suffixUnit = SUFFIX_UNITS[reading.suffix];
  if (suffixUnit && o.unit !== suffixUnit) {
    problems.push({ column: 'unit', message: `"${o.printed}" có đơn vị ${suffixUnit} nhưng unit là "${o.unit}"`, fix: `ghi unit là ${suffixUnit}` });
  }
  // "giảm từ 0,77 xuống 0,32%": one symbol serves two figures; the note must say so.
  if (!suffixUnit && ['%', '‰'].includes(o.unit) && !/ký hiệu (%|‰) in ở số sau/.test(o.note)) {
    problems.push({ column: 'unit', message: `unit là ${o.unit} nhưng "${o.printed}" không in ${o.unit}`, fix: `ghi printed kèm ký hiệu, hoặc sửa unit; nếu ký hiệu chỉ in ở số sau ("0,77 xuống 0,32%"), ghi vào note "ký hiệu ${o.unit} in ở số sau"` });
  }
  if (reading.qualifier !== o.qualifier) {
    problems.push({ column: 'qualifier', message: `qualifier "${o.qualifier}" khác từ in trước con số "${reading.qualifier}"`, fix: 'qualifier phải là từ đứng đầu printed (trên, hơn, gần, khoảng, dưới) hoặc để trống' });
  }
  if (!o.quote.includes(o.printed)) {
    problems.push({ column: 'printed', message: `"${o.printed}" không có trong trích dẫn`, fix: 'printed phải nằm nguyên văn trong quote' });
  }
  const hasPeriod = o.periodStart !== undefined || o.periodEnd !== undefined;
  if (hasPeriod === (o.asOf !== undefined)) {
    problems.push({ column: 'as_of', message: 'cần đúng một trong hai: kỳ (period_start + period_end) hoặc thời điểm (as_of)', fix: 'số liệu thời kỳ: điền period_start và period_end; số liệu tại một thời điểm: điền as_of' });
  } else if (hasPeriod && (o.periodStart === undefined || o.periodEnd === undefined)) {
    problems.push({ column: o.periodStart === undefined ? 'period_start' : 'period_end', message: 'kỳ cần cả ngày đầu và ngày cuối', fix: 'điền cả period_start và period_end' });
  } else if (hasPeriod && o.periodStart! > o.periodEnd!) {
    problems.push({ column: 'period_end', message: `period_end ${o.periodEnd} trước period_start ${o.periodStart}`, fix: 'đổi lại thứ tự' });
  }
  return problems;
}
