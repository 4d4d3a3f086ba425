/**
 * Draft rows for a report the project has never seen: one per number in its
 * paragraphs and footnotes, in document order. A figure's row has every
 * column of data/observations.csv (taken from the schema, so columns added
 * there appear here too): the sentence as quote, its paragraph as anchor,
 * printed text, value read the Vietnamese way, unit, period, and the
 * indicator guessed from the catalogue with its confidence and the next
 * guesses in the note. A guess is filled in only when its calibrated chance
 * is above the guesser's threshold; otherwise the row drafts a new indicator
 * (id, name, unit, topic from the sentence) for the editor to accept or merge
 * into one of the catalogue's. A number that is not a figure is a suggested
 * exclusion with its reason.
 */
import Papa from 'papaparse';
import type { EditionBlock } from '../edition/block-ids.ts';
import type { Indicator } from '../data/indicators.ts';
import { observationSchema } from '../data/observations.ts';
import { formatNumber } from '../numbers/format.ts';
import type { UnitFacts } from '../data/unit-list.ts';
import { isPrintedSuffix } from '../numbers/printed.ts';
import { isRate, unitScale } from '../numbers/units.ts';
import { findNumbers, sentenceAround, type FoundFigure } from './figures.ts';
import { IndicatorGuesser, type FigureContext, type IndicatorGuess } from './indicator-guess.ts';
import { slugify } from '../text/fold.ts';
import { proposePeriod, type ReportTime } from './period.ts';

/** What a draft row proposes: a figure, an exclusion the editor decides on, or a number the coverage rules already set aside. */
export type ProposalKind = 'figure' | 'exclusion' | 'rule';

/** A new indicator drafted for a figure no catalogue indicator fits with confidence. */
export const NEW_INDICATOR_COLUMNS = ['new_indicator_id', 'new_indicator_name', 'new_indicator_unit', 'new_indicator_topic'] as const;

/** The review's columns after the observation columns: what is proposed, why (exclusions), and the editor's decision. */
export const REVIEW_COLUMNS = ['proposal', 'reason', ...NEW_INDICATOR_COLUMNS, 'decision'] as const;
export const observationColumns = (): string[] => Object.keys(observationSchema.shape);
export const draftColumns = (): string[] => [...observationColumns(), ...REVIEW_COLUMNS];

export type DraftRow = Record<string, string>;

export interface Proposal {
  row: DraftRow;
  /** Where the number is in its block's text. */
  start: number;
  end: number;
  guesses: IndicatorGuess[];
}

export interface ProposeInput {
  report: string;
  area: string;
  blocks: EditionBlock[];
  indicators: Indicator[];
  /** What each count noun counts (data/units.csv): a guess is filed only under an indicator that counts the printed noun's thing. */
  units: UnitFacts;
  time: ReportTime;
  /** Id prefix of the new rows ("pvh" gives pvh-001). */
  prefix: string;
}

/** The marker around what the machine suggested in a note; the review removes it when the editor accepts. */
export const SUGGESTION = /\s*\[đề xuất:[^\]]*\]/u;

/** The indicator guesses a draft row's note lists, best first. */
export function suggestedIndicators(note: string): string[] {
  const suggestion = SUGGESTION.exec(note)?.[0] ?? '';
  return [...suggestion.matchAll(/(?:chỉ tiêu |khác: |, )([a-z0-9]+(?:-[a-z0-9]+)*) \(/g)].map((m) => m[1]!);
}

/** Little words after a number that are not what it counts. */
const NOT_A_NOUN =
  /^(và|của|với|trong|trên|để|là|so|theo|tại|ở|từ|đến|cho|được|đã|đạt|bằng|gồm|có|không|chưa|còn|thì|mà|nhưng|sẽ|số|người\/)$/u;

/** Count nouns of two syllables that the catalogue's units may not list. */
const COMMON_NOUNS = [
  'cá nhân',
  'tập thể',
  'quần chúng',
  'đại biểu',
  'hộ dân',
  'hộ gia đình',
  'gia đình',
  'lượt người',
  'cơ quan',
  'đơn vị',
  'tổ dân phố',
  'khu dân cư',
];

/**
 * Single-syllable nouns that count by themselves ("14 buổi đối thoại", "5 tỉnh", "19 người được…"); any other
 * noun is read as the compound of two syllables Vietnamese nouns mostly are ("327 chức việc", "2,7 triệu tín đồ").
 */
const CLASSIFIERS = new Set(
  'người hộ lượt lần buổi cuộc đợt lớp khóa nhóm tỉnh huyện xã phường thôn xóm bản làng tổ trường nhà căn con em suất tấn chiếc cái ca vụ bài tin ý điểm giờ ngày tháng năm tuần'.split(
    ' ',
  ),
);

/** Words that stand between a noun and what qualifies it, or carry no meaning of their own. */
const LITTLE = /^(các|những|mỗi|này|đó|nào|cũng|đều|sẽ|vẫn|còn|chỉ|rất|chưa|không|mới|tham|trực|thuộc|làm|được)$/u;

/** The noun a count is printed with: a catalogue unit ("đảng viên", "chi bộ") if one starts the words after it, else the counted noun. */
function countNoun(after: string, catalogueUnits: string[]): string | undefined {
  const units = [...catalogueUnits, ...COMMON_NOUNS];
  // Printed case is kept: a capitalised word after a number is a name ("Hà Nội"), not what it counts.
  const words = after
    .trim()
    .split(/\s+/)
    .slice(0, 4)
    .map((w) => w.replace(/[.,;:)]+$/, ''));
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const phrase = words.slice(0, n).join(' ').toLocaleLowerCase('vi');
    if (units.includes(phrase)) return phrase;
  }
  const noun = (w: string | undefined) => w !== undefined && /^\p{Ll}+$/u.test(w) && !NOT_A_NOUN.test(w);
  // "1 lần/quý", "2 buổi/tháng": a count per period is its own unit.
  if (/^\p{Ll}+\/\p{Ll}+$/u.test(words[0] ?? '') && noun(words[0]!.split('/')[0])) return words[0];
  const [first, second] = words;
  if (!noun(first)) return undefined;
  // A word ending in punctuation ends the noun ("46 thôn, xóm").
  const ended = /[.,;:)]$/.test(after.trim().split(/\s+/)[0] ?? '');
  return CLASSIFIERS.has(first!) || ended || !noun(second) || LITTLE.test(second!) ? first : `${first} ${second}`;
}

/** Verbs before a figure that say what was done to what it counts ("đã kết nạp 612", "khen thưởng 35"). */
const DONE =
  /(?:^|\s)(kết nạp|khen thưởng|kỷ luật|kiểm tra|giám sát|giới thiệu|đào tạo|bồi dưỡng|tổ chức|thành lập|xây dựng|hỗ trợ|tiếp nhận|giải quyết|khảo sát|trao|tặng|xét|thi hành)\s*$/u;

/**
 * What a figure counts, in the words of its sentence: the noun phrase after it up to the end of its clause (at most
 * eight words), or for a share "chiếm 1/4 dân số", "dân số theo đạo chiếm 1/4", the thing it is a share of.
 * Empty when the sentence names it only with an earlier figure ("trong đó có 589 ở xã…", "…, chiếm 39%").
 */
export function countedPhrase(context: FigureContext): string {
  const words = (text: string) =>
    text
      .trim()
      .split(/\s+/)
      .filter((w) => w && !/\d/.test(w));
  const after = words(context.after.split(/[,;:.()“”"]|\s(?:trong|so với|tại|ở|từ|đến|năm|vào|của|cho thấy)(?=\s)/u)[0]!);
  if (!isRate(context.unit)) return after.slice(0, 8).join(' ');
  const clause = context.before.split(/[,;:]/).at(-1) ?? '';
  // "Tỷ lệ đảng viên tham gia sinh hoạt đạt 87%", "Tỷ lệ … ở Bắc Ninh 30,3%": the share the sentence names.
  const named = /tỷ lệ\s+(.*?)(?:\s(?:ở|tại|đạt|chiếm|trong|năm|trên tổng số|so với)\s.*)?$/iu.exec(clause)?.[1];
  const subject = /(.*)\s(?:chiếm|bằng)(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ))?\s*$/u.exec(clause)?.[1];
  return (named !== undefined ? words(named) : subject !== undefined ? words(subject).slice(-8) : after).slice(0, 8).join(' ');
}

/**
 * A new indicator drafted from the sentence: "Số đảng viên là tín đồ (kết nạp)", "Tỷ lệ ý kiến đánh giá…". The
 * name is what the figure counts (or, for a figure that continues a series, what the figure before it counted),
 * with what was done to it; the topic is that of the nearest catalogue indicator. The editor accepts, renames or
 * merges it into a catalogue indicator.
 */
export function draftIndicator(
  context: FigureContext,
  phrase: string,
  nearestTopic: string,
): Record<(typeof NEW_INDICATOR_COLUMNS)[number], string> {
  const measured = isRate(context.unit);
  const done = measured ? undefined : DONE.exec(context.before.trimEnd())?.[1];
  const name = `${measured ? 'Tỷ lệ' : 'Số'} ${phrase || context.unit}${done ? ` (${done})` : ''}`.replace(/\s+/g, ' ').trim();
  return {
    new_indicator_id: slugify(name, 8),
    new_indicator_name: name,
    new_indicator_unit: context.unit,
    new_indicator_topic: nearestTopic,
  };
}

const vi = (n: number) => formatNumber(n, { decimals: 2 });

/**
 * "1/4 dân số", "2/3 số thôn": a fraction states a share, not a count of its top. A fraction has small parts
 * (a bottom of at most 5) or is "of the number of" something ("1/10 số hộ"); "04/10 Bí thư", "28/35 chi bộ" count
 * some of a known whole, and a leading zero is how counts are printed.
 */
function fractionShare(reading: FoundFigure['reading'], printed: string, after: string): number | undefined {
  const r = reading.ratio;
  if (!r || r.numerators.length !== 1 || reading.suffix || /(?:^|\D)0\d/.test(printed)) return undefined;
  const [top, bottom] = [r.numerators[0]!, r.denominators[0]!];
  const small = bottom <= 5 || (bottom <= 10 && /^\s*số\s/u.test(after));
  return Number.isInteger(top) && Number.isInteger(bottom) && top > 0 && top < bottom && small
    ? Math.round((10000 * top) / bottom) / 100
    : undefined;
}

/** The clause around a figure: the words before it in its sentence (after the last ";" or ":"), and after it to the next break. */
export function figureContext(text: string, quote: string, start: number, end: number): { before: string; after: string } {
  const sentenceStart = text.indexOf(quote);
  return {
    before: text.slice(Math.max(0, sentenceStart), start).split(/[;:]/).at(-1) ?? '',
    after: text.slice(end, sentenceStart + quote.length).split(/[;,:(]/)[0] ?? '',
  };
}

/** Draft rows for one report; a guesser built once can serve many reports. */
export function propose(input: ProposeInput, guesser = new IndicatorGuesser(input.indicators)): Proposal[] {
  const countUnits = [...new Set(input.indicators.map((i) => i.unit))];
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const proposals: Proposal[] = [];
  let counter = 0;
  const empty = () => Object.fromEntries(draftColumns().map((c) => [c, ''])) as DraftRow;

  for (const block of input.blocks) {
    if (block.kind === 'heading') continue;
    const ratios: { figure: FoundFigure; id: string }[] = [];
    let previous: { end: number; phrase: string; unit: string } | undefined;
    for (const found of findNumbers(block.text)) {
      let quote = sentenceAround(block.text, found.start, found.end);
      if (quote.length < 10) quote = block.text;
      const row = { ...empty(), report: input.report, anchor: block.id, quote, printed: found.printed };
      if (found.kind !== 'figure') {
        proposals.push({
          row: { ...row, proposal: found.kind === 'rule' ? 'rule' : 'exclusion', reason: found.reason },
          start: found.start,
          end: found.end,
          guesses: [],
        });
        continue;
      }
      const { reading } = found;
      const { before, after } = figureContext(block.text, quote, found.start, found.end);
      const share = fractionShare(reading, found.printed, after);
      const noun = share !== undefined ? '%' : reading.suffix || countNoun(after, countUnits);
      const context = { before, after, unit: noun ?? 'đơn vị' };
      const guesses = guesser.guess(context);
      const best = guesses[0] && byId.get(guesses[0].id);
      const shown = guesser.shown(guesses[0]) ? best : undefined;
      // A figure whose clause names what it counts only with the figure before it continues that figure's series
      // ("kết nạp 4.512 đảng viên …, trong đó có 589 ở xã …"): its unit and what it counts are that figure's.
      const series = previous && !/[;.!?]/.test(block.text.slice(previous.end, found.start)) ? previous : undefined;
      const unit = noun ?? (series?.unit && !isPrintedSuffix(series.unit) ? series.unit : undefined) ?? shown?.unit ?? '';
      // A guess that counts another thing than the printed noun ("đại biểu", "lượt" under "đảng viên") is not filed: that
      // conversion is the editor's to state (counted_thing, with the text's reason), so the row drafts an indicator of its own.
      const top = shown && (unitScale(unit) || input.units.thing(unit) === input.units.thing(shown.unit)) ? shown : undefined;
      const phrase = countedPhrase(context) || (series?.phrase ?? '');
      previous = { end: found.end, phrase, unit };
      const drafted = top ? undefined : draftIndicator({ ...context, unit: unit || 'đơn vị' }, phrase, best?.topic ?? '');
      const period = proposePeriod(block.text, found.start, input.time, top?.definition.includes('tại một thời điểm'));
      const id = `${input.prefix}-${String(++counter).padStart(3, '0')}`;
      let percentOf = '';
      if (reading.suffix === '%') {
        // "593/608 …, đạt 97,5%": a percentage that restates the ratio just before it.
        const ratio = ratios.findLast((r) => r.figure.start < found.start && block.text.slice(r.figure.end, found.start).length < 80);
        const r = ratio?.figure.reading.ratio;
        const share = r ? (r.numerators[0]! / r.denominators[0]!) * 100 : NaN;
        if (ratio && [share, share - 100].some((s) => Math.abs(s - reading.values[0]!) <= 1)) percentOf = ratio.id;
      }
      const suggestion = [
        top
          ? `chỉ tiêu ${guesses[0]!.id} (độ tin cậy ${vi(guesses[0]!.confidence)})`
          : `chỉ tiêu mới ${drafted!.new_indicator_id}${guesses[0] ? ` hoặc gộp vào ${guesses[0].id} (độ tin cậy ${vi(guesses[0].confidence)}, dưới ngưỡng)` : ''}`,
        top && guesses.length > 1
          ? `khác: ${guesses
              .slice(1)
              .map((g) => `${g.id} (${vi(g.confidence)})`)
              .join(', ')}`
          : '',
        period.basis,
      ].filter(Boolean);
      proposals.push({
        row: {
          ...row,
          id,
          indicator: top?.id ?? '',
          area: input.area,
          value: String(share ?? reading.values[0]),
          value_max: reading.maxValues ? String(reading.maxValues[0]) : '',
          unit,
          qualifier: reading.qualifier,
          numerator: reading.ratio ? String(reading.ratio.numerators[0]) : '',
          denominator: reading.ratio ? String(reading.ratio.denominators[0]) : '',
          period_start: period.period_start,
          period_end: period.period_end,
          as_of: period.as_of,
          percent_of: percentOf,
          note: `[đề xuất: ${suggestion.join('; ')}]`,
          proposal: 'figure',
          ...drafted,
        },
        start: found.start,
        end: found.end,
        guesses,
      });
      if (reading.ratio) ratios.push({ figure: found, id });
    }
  }
  return proposals;
}

/** The draft as CSV: observation columns, then proposal, reason and decision. */
export function draftCsv(proposals: Proposal[]): string {
  return `${Papa.unparse({ fields: draftColumns(), data: proposals.map((p) => draftColumns().map((c) => p.row[c] ?? '')) }, { newline: '\n' })}\n`;
}
