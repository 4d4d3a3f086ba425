/**
 * One row per figure printed in a report. The row keeps the figure as printed
 * and an explicit canonical value; checkObservation proves the two agree.
 */
import { z } from 'zod';
import { formatNumber } from '../numbers/format.ts';
import { QUALIFIERS, readPrinted, sameNumber, PrintedNumberError } from '../numbers/printed.ts';
import { isRate } from '../numbers/units.ts';
import { pastDate, slugPattern } from '../reports/schema.ts';
import { statedPeriods } from '../text/duration.ts';

const number = z.string().regex(/^-?\d+(\.\d+)?$/, 'không phải số: dùng dấu "." cho phần thập phân, không dùng dấu phân cách hàng nghìn');
const optionalNumber = z.union([z.literal(''), number]);
const optionalDate = z.union([z.literal(''), pastDate]);
const observationId = z.string().regex(/^[a-z]+-\d+$/, 'id dạng tiền-tố-số, ví dụ ntl-001');
const optionalObservationId = z.union([z.literal(''), observationId]);
/** Text cells have a ceiling: each is printed on the indicator page beside every figure, so a pasted page would weigh on all of them. */
const text = (max: number, advice: string) =>
  z.string().max(max, { error: (issue) => `dài ${String(issue.input).length} ký tự, tối đa ${max}: ${advice}` });

export const DATE_FORMAT = 'Ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD';

interface Column {
  schema: z.ZodType<string>;
  type: 'string' | 'number';
  required?: true;
  /** Free text, where an empty cell means "nothing to say" and reads as '' rather than as absent. */
  keepsEmpty?: true;
  description: string;
}

/**
 * The columns of data/observations.csv, each defined once: how a cell is checked, the type and description the data
 * package and the data dictionary give it (export.ts), whether a file may leave it out (an optional column absent from
 * the header reads as empty everywhere), and its line in the README's table (a test compares the two).
 */
export const OBSERVATION_COLUMNS = {
  id: { schema: observationId, type: 'string', required: true, description: 'Mã số liệu, duy nhất' },
  indicator: { schema: z.string().regex(slugPattern), type: 'string', required: true, description: 'Mã chỉ tiêu (bảng indicators)' },
  area: { schema: z.string().regex(slugPattern), type: 'string', required: true, description: 'Mã địa bàn (bảng areas)' },
  value: {
    schema: number,
    type: 'number',
    required: true,
    description: 'Giá trị chuẩn hóa: số thuần, dấu "." cho phần thập phân; tiền tính bằng đồng',
  },
  value_max: { schema: optionalNumber, type: 'number', description: 'Cận trên khi văn bản in một khoảng ("10-12")' },
  unit: { schema: z.string().min(1, 'cần đơn vị'), type: 'string', required: true, description: 'Đơn vị của value (trùng đơn vị của chỉ tiêu)' },
  counted_thing: {
    schema: z.string(),
    type: 'string',
    description:
      'Thứ con số đếm theo đơn vị của chỉ tiêu, khi danh từ in đếm thứ khác ("08 trường hợp" bị xóa tên là 08 "đảng viên"); lý do ghi ở note. Trống: đếm đúng thứ danh từ in đếm',
  },
  qualifier: {
    schema: z.union([z.literal(''), z.enum(QUALIFIERS)]),
    type: 'string',
    keepsEmpty: true,
    description: 'Từ chỉ mức gần đúng in trước con số: trên, hơn, gần, khoảng, dưới',
  },
  printed: {
    schema: z.string().min(1, 'cần con số như được in'),
    type: 'string',
    required: true,
    description: 'Con số đúng như được in ("11.361", "92,1%", "559/700")',
  },
  numerator: { schema: optionalNumber, type: 'number', description: 'Tử số khi văn bản in dạng a/b' },
  denominator: { schema: optionalNumber, type: 'number', description: 'Mẫu số khi văn bản in dạng a/b' },
  category: { schema: text(200, 'tên nhóm ngắn gọn'), type: 'string', keepsEmpty: true, description: 'Nhóm trong một phân tổ (ví dụ hình thức kỷ luật)' },
  period_start: { schema: optionalDate, type: 'string', description: `Đầu kỳ số liệu. ${DATE_FORMAT}` },
  period_end: { schema: optionalDate, type: 'string', description: `Cuối kỳ số liệu. ${DATE_FORMAT}` },
  as_of: { schema: optionalDate, type: 'string', description: `Thời điểm của số liệu tại một thời điểm. ${DATE_FORMAT}` },
  report: { schema: z.string().regex(slugPattern), type: 'string', required: true, description: 'Mã văn bản nguồn' },
  anchor: {
    schema: z.string().regex(/^(p|fn)-\d+$/, 'mã đoạn dạng p-12 hoặc chú thích fn-5'),
    type: 'string',
    required: true,
    description: 'Mã đoạn văn (p-N) hoặc chú thích (fn-N) chứa câu trích',
  },
  quote: {
    schema: text(1000, 'trích câu hoặc mệnh đề chứa con số, không cả đoạn').min(10, 'trích dẫn phải là cả câu hoặc mệnh đề'),
    type: 'string',
    required: true,
    description: 'Câu hoặc mệnh đề trích nguyên văn',
  },
  part_of: { schema: optionalObservationId, type: 'string', description: 'Mã số liệu tổng mà số liệu này là một phần' },
  percent_of: { schema: optionalObservationId, type: 'string', description: 'Mã số liệu tỷ số mà tỷ lệ phần trăm này diễn đạt lại' },
  note: {
    schema: text(600, 'ghi chú ngắn gọn; điều dài hơn thuộc về ghi chú biên tập của văn bản'),
    type: 'string',
    keepsEmpty: true,
    description: 'Ghi chú biên tập' },
  scope: {
    schema: text(200, 'phạm vi ngắn gọn'),
    type: 'string',
    keepsEmpty: true,
    description:
      'Số liệu đếm gì khi định nghĩa chỉ tiêu còn để ngỏ: ai quyết định, đối với ai, loại nào ("Quận ủy, UBKT Quận ủy"). Trống: văn bản không nói. Biểu đồ không đặt cạnh nhau hai số khác phạm vi nếu không ghi rõ',
  },
  duration_years: {
    schema: optionalNumber,
    type: 'number',
    description:
      'Độ dài kỳ số liệu theo lời văn bản, tính bằng năm (5; 2,5 cho "nửa đầu nhiệm kỳ"; 0,75 cho "9 tháng"). Trống: văn bản không nói, kỳ tính theo lịch và biểu đồ ghi là giả định',
  },
  duration_words: {
    schema: z.string(),
    type: 'string',
    description: 'Các chữ nói độ dài kỳ, nguyên văn trong câu trích hoặc đoạn văn ("trong 5 năm qua")',
  },
  target_years: {
    schema: optionalNumber,
    type: 'number',
    description: 'Với số dạng "đạt/chỉ tiêu": số năm chỉ tiêu bao trùm khi dài hơn kỳ kết quả (5 cho chỉ tiêu cả nhiệm kỳ)',
  },
  target_words: {
    schema: z.string(),
    type: 'string',
    description: 'Các chữ cho biết mẫu số là chỉ tiêu, kế hoạch ("chỉ tiêu nhiệm kỳ", "KH"), nguyên văn',
  },
} as const satisfies Record<string, Column>;

type Columns = typeof OBSERVATION_COLUMNS;
export const observationSchema = z.object(
  Object.fromEntries(Object.entries(OBSERVATION_COLUMNS).map(([name, column]) => [name, column.schema])) as { [K in keyof Columns]: Columns[K]['schema'] },
);
export type ObservationRow = z.infer<typeof observationSchema>;

type CellValue<C extends Column> = C['type'] extends 'number' ? number : string;
type AlwaysPresent<C extends Column> = C extends { required: true } | { keepsEmpty: true } ? true : false;
/** A column's name as an Observation property: as_of -> asOf, duration_years -> durationYears. */
type Property<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Property<Tail>>}` : S;
const property = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * One figure as the code reads it, derived from OBSERVATION_COLUMNS: camel-case properties, numbers as numbers, and
 * an empty cell absent (undefined) unless the column is required or keeps its empty text.
 */
export type Observation = Flat<
  { -readonly [K in keyof Columns as AlwaysPresent<Columns[K]> extends true ? Property<K> : never]: CellValue<Columns[K]> } & {
    -readonly [K in keyof Columns as AlwaysPresent<Columns[K]> extends true ? never : Property<K>]?: CellValue<Columns[K]>;
  }
>;
/** One object type instead of an intersection, so editors show the properties themselves. */
type Flat<T> = { [K in keyof T]: T[K] };

/** When a figure stops: its as-of date or the end of its period; ISO partial dates sort as text ('' when unknown). */
export const observationEnd = (o: Observation): string => o.asOf ?? o.periodEnd ?? '';

const PROPERTIES = Object.entries(OBSERVATION_COLUMNS as Record<string, Column>).map(([column, definition]) => ({
  column: column as keyof ObservationRow,
  property: property(column) as keyof Observation,
  number: definition.type === 'number',
  alwaysPresent: 'required' in definition || 'keepsEmpty' in definition,
}));

export function toObservation(row: ObservationRow): Observation {
  const observation: Record<string, string | number | undefined> = {};
  for (const { column, property, number, alwaysPresent } of PROPERTIES) {
    const cell = row[column];
    observation[property] = cell === '' && !alwaysPresent ? undefined : number ? Number(cell) : cell;
  }
  return observation as Observation;
}

/** An observation back as its CSV columns (an absent value stays undefined: an empty cell, a key JSON leaves out). */
export function observationCells(o: Observation): Record<keyof ObservationRow, string | number | undefined> {
  return Object.fromEntries(PROPERTIES.map(({ column, property }) => [column, o[property]])) as Record<keyof ObservationRow, string | number | undefined>;
}

export interface RowProblem {
  column: keyof ObservationRow;
  message: string;
  fix: string;
}

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
  const suffixUnit = reading.suffix;
  if (suffixUnit && o.unit !== suffixUnit) {
    problems.push({ column: 'unit', message: `"${o.printed}" có đơn vị ${suffixUnit} nhưng unit là "${o.unit}"`, fix: `ghi unit là ${suffixUnit}` });
  }
  // "giảm từ 0,77 xuống 0,32%": one symbol serves two figures; the note must say so.
  if (!suffixUnit && isRate(o.unit) && !/ký hiệu (%|‰) in ở số sau/.test(o.note)) {
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
  return [...problems, ...checkDuration(o), ...checkTarget(o)];
}

const years = (n: number) => `${formatNumber(n, 'years')} năm`;

/** The years a phrase states, if it states one length ("trong 5 năm qua" → 5, "9 tháng năm 2022" → 0,75). */
function statedYears(words: string): number | undefined {
  const lengths = statedPeriods(words).filter((p) => p.years !== undefined);
  return lengths.length === 1 ? lengths[0]!.years : undefined;
}

/** A stated duration needs its words, a period, and words that say that many years. */
function checkDuration(o: Observation): RowProblem[] {
  if (o.durationYears === undefined && o.durationWords === undefined) return [];
  if (o.durationWords === undefined)
    return [{ column: 'duration_words', message: 'có duration_years nhưng thiếu các chữ nói độ dài kỳ', fix: 'chép vào duration_words các chữ trong câu nói độ dài kỳ ("trong 5 năm qua"), hoặc để trống cả hai cột' }];
  const stated = statedYears(o.durationWords);
  if (stated === undefined)
    return [{ column: 'duration_words', message: `"${o.durationWords}" không nói một độ dài kỳ (như "trong 5 năm", "hơn 2 năm", "9 tháng năm 2022", "nửa đầu nhiệm kỳ")`, fix: 'chép đúng cụm chữ nói độ dài kỳ, hoặc để trống duration_years và duration_words (khi đó kỳ tính theo lịch và biểu đồ ghi là giả định)' }];
  if (o.durationYears === undefined || !sameNumber(o.durationYears, stated))
    return [{ column: 'duration_years', message: `"${o.durationWords}" là ${years(stated)}, duration_years là ${o.durationYears ?? 'trống'}`, fix: `ghi duration_years là ${stated}` }];
  if (o.asOf !== undefined) return [{ column: 'duration_years', message: 'số liệu tại một thời điểm (as_of) không có độ dài kỳ', fix: 'để trống duration_years và duration_words, hoặc ghi kỳ bằng period_start và period_end' }];
  return [];
}

/** Target words belong to a ratio a/b whose b is the target; a target's span must agree with its words. */
function checkTarget(o: Observation): RowProblem[] {
  if (o.targetWords === undefined)
    return o.targetYears === undefined ? [] : [{ column: 'target_words', message: 'có target_years nhưng thiếu các chữ nói chỉ tiêu', fix: 'chép vào target_words các chữ như "chỉ tiêu nhiệm kỳ", hoặc để trống target_years' }];
  if (o.denominator === undefined)
    return [{ column: 'target_words', message: 'target_words chỉ dùng cho số in dạng "đạt/chỉ tiêu" (a/b)', fix: 'để trống target_words và target_years' }];
  const stated = statedYears(o.targetWords);
  if (stated !== undefined && (o.targetYears === undefined || !sameNumber(o.targetYears, stated)))
    return [{ column: 'target_years', message: `"${o.targetWords}" là chỉ tiêu ${years(stated)}, target_years là ${o.targetYears ?? 'trống'}`, fix: `ghi target_years là ${stated}` }];
  if (o.targetYears !== undefined && stated === undefined)
    return [{ column: 'target_words', message: `"${o.targetWords}" không nói chỉ tiêu kéo dài bao lâu, mà target_years là ${o.targetYears}`, fix: 'chép các chữ nói độ dài của chỉ tiêu ("chỉ tiêu nhiệm kỳ"), hoặc để trống target_years' }];
  return [];
}
