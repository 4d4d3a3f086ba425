/**
 * Draft rows for a report the project has never seen: one per number in its
 * paragraphs and footnotes, in document order. A figure's row has every
 * column of data/observations.csv (taken from the schema, so columns added
 * there appear here too): the sentence as quote, its paragraph as anchor,
 * printed text, value read the Vietnamese way, unit, period, and the
 * indicator guessed from the catalogue with its confidence and the next
 * guesses in the note. A number that is not a figure is a suggested
 * exclusion with its reason. Nothing here reads the curated observations.
 */
import Papa from 'papaparse';
import type { EditionBlock } from '../edition/block-ids.ts';
import type { Indicator } from '../data/indicators.ts';
import { observationSchema } from '../data/observations.ts';
import { formatNumber } from '../numbers/format.ts';
import { findNumbers, sentenceAround, type FoundFigure } from './figures.ts';
import { IndicatorGuesser, type IndicatorGuess } from './indicator-guess.ts';
import { proposePeriod, type ReportTime } from './period.ts';

/** What a draft row proposes: a figure, an exclusion the editor decides on, or a number the coverage rules already set aside. */
export type ProposalKind = 'figure' | 'exclusion' | 'rule';

/** The review's columns after the observation columns: what is proposed, why (exclusions), and the editor's decision. */
export const REVIEW_COLUMNS = ['proposal', 'reason', 'decision'] as const;
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

const MEASURED: Record<string, string> = { '%': '%', '‰': '‰', đồng: 'đồng', ha: 'ha', km2: 'km2', m2: 'm2' };
/** Little words after a number that are not what it counts. */
const NOT_A_NOUN = /^(và|của|với|trong|trên|để|là|so|theo|tại|ở|từ|đến|cho|được|đã|đạt|bằng|gồm|có|số|người\/)$/u;

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

/** The noun a count is printed with: a catalogue unit ("đảng viên", "chi bộ") if one starts the words after it, else the first word. */
function countNoun(after: string, catalogueUnits: string[]): string | undefined {
  const units = [...catalogueUnits, ...COMMON_NOUNS];
  const words = after.trim().split(/\s+/).slice(0, 4);
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const phrase = words
      .slice(0, n)
      .join(' ')
      .toLocaleLowerCase('vi')
      .replace(/[.,;:)]+$/, '');
    if (units.includes(phrase)) return phrase;
  }
  const first = words[0]?.replace(/[.,;:)]+$/, '') ?? '';
  return /^\p{Ll}+$/u.test(first) && !NOT_A_NOUN.test(first) ? first : undefined;
}

const vi = (n: number) => formatNumber(n, { decimals: 2 });

/** "1/4", "2/3 số thôn": a fraction (small whole numbers, the top below the bottom) states a share, not a count of its top. */
function fractionShare(reading: FoundFigure['reading']): number | undefined {
  const r = reading.ratio;
  if (!r || r.numerators.length !== 1 || reading.suffix) return undefined;
  const [top, bottom] = [r.numerators[0]!, r.denominators[0]!];
  return Number.isInteger(top) && Number.isInteger(bottom) && top > 0 && top < bottom && bottom <= 10
    ? Math.round((10000 * top) / bottom) / 100
    : undefined;
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
      const sentenceStart = block.text.indexOf(quote);
      const before = block.text.slice(Math.max(0, sentenceStart), found.start).split(/[;:]/).at(-1) ?? '';
      const after = block.text.slice(found.end, sentenceStart + quote.length).split(/[;,:(]/)[0] ?? '';
      const share = fractionShare(reading);
      const noun = share !== undefined ? '%' : (MEASURED[reading.suffix] ?? countNoun(after, countUnits));
      const guesses = guesser.guess({ before, after, unit: noun ?? 'đơn vị' });
      const top = guesses[0] && byId.get(guesses[0].id);
      const unit = noun ?? top?.unit ?? '';
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
        top ? `chỉ tiêu ${guesses[0]!.id} (độ tin cậy ${vi(guesses[0]!.confidence)})` : 'không đoán được chỉ tiêu',
        guesses.length > 1
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
