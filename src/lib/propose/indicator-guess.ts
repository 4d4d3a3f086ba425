/**
 * Which catalogue indicator a figure is, guessed from the words next to it.
 *
 * Only the catalogue is read (names, definitions, units), never the curated
 * observations: a new report's figures are guessed the way its editor would
 * look them up. The words right after a figure name what it counts ("86
 * quần chúng ưu tú", "345 chi bộ"), the words before it say what happened
 * ("đã kết nạp", "kiểm tra"); both are matched against each indicator's
 * name and definition as syllables and syllable pairs ("đảng viên", "kết
 * nạp"), weighted by how rare they are in the catalogue. Only indicators whose
 * unit the figure can take compete: a percentage is a rate, an amount of
 * money is money, a count is a count.
 */
import type { Indicator } from '../data/indicators.ts';
import { conversionFactor, unitScale } from '../numbers/units.ts';
import { foldVietnamese } from '../text/fold.ts';

export interface IndicatorGuess {
  id: string;
  /** Share of the top scores this guess holds, 0–1. */
  confidence: number;
}

export interface FigureContext {
  /** The clause before the figure, nearest words last. */
  before: string;
  /** The words after the figure up to the end of its clause. */
  after: string;
  /** The unit the figure was printed or read with ('%', 'đồng', 'ha', or a count noun). */
  unit: string;
}

/** Syllables, lower case with diacritics (they distinguish "đảng" from "đăng"), and adjacent pairs. */
function terms(text: string): string[] {
  const syllables = text
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s && !/^\d+$/.test(s));
  return [...syllables, ...syllables.slice(1).map((s, i) => `${syllables[i]} ${s}`)];
}

/** Words that say nothing about what a figure counts. */
const STOP = new Set(
  'của và các cho với trong được đã có là số tại theo về từ đến trên đạt những một này đó năm tổng hơn gần khoảng dưới người'.split(' '),
);

interface Entry {
  indicator: Indicator;
  name: Set<string>;
  definition: Set<string>;
}

/** A unit a figure in `unit` can be filed under: the same scale, or two count nouns. */
function compatible(figureUnit: string, indicatorUnit: string): boolean {
  if (conversionFactor(figureUnit, indicatorUnit) !== undefined) return true;
  return !unitScale(figureUnit) && !unitScale(indicatorUnit);
}

export class IndicatorGuesser {
  private readonly entries: Entry[];
  private readonly idf = new Map<string, number>();

  constructor(indicators: Indicator[]) {
    this.entries = indicators.map((indicator) => ({
      indicator,
      name: new Set(terms(indicator.name)),
      definition: new Set(terms(indicator.definition.replace(/\(category[^)]*\)/g, ''))),
    }));
    const documents = this.entries.length;
    const seen = new Map<string, number>();
    for (const e of this.entries) for (const t of new Set([...e.name, ...e.definition])) seen.set(t, (seen.get(t) ?? 0) + 1);
    for (const [t, n] of seen) this.idf.set(t, Math.log(1 + documents / n));
  }

  /** Indicators by score, best first, at most `limit`; empty when nothing in the catalogue fits. */
  guess(context: FigureContext, limit = 3): IndicatorGuess[] {
    // Nearest words weigh most: what the figure counts, then what was done.
    const weighted = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const t of terms(text)) if (!STOP.has(t)) weighted.set(t, Math.max(weighted.get(t) ?? 0, weight));
    };
    const beforeWords = context.before.split(/\s+/).filter(Boolean);
    add(beforeWords.slice(0, -6).join(' '), 0.4);
    add(beforeWords.slice(-6).join(' '), 1);
    add(context.after.split(/\s+/).slice(0, 5).join(' '), 1.5);
    const scored = this.entries
      .filter((e) => compatible(context.unit, e.indicator.unit))
      .map((e) => {
        let score = 0;
        for (const [t, w] of weighted) {
          const idf = this.idf.get(t) ?? 0;
          const pair = t.includes(' ') ? 1.5 : 1;
          if (e.name.has(t)) score += w * idf * pair;
          else if (e.definition.has(t)) score += 0.5 * w * idf * pair;
        }
        // The noun printed after the figure is the indicator's own unit ("345 chi bộ").
        if (foldVietnamese(context.unit) === foldVietnamese(e.indicator.unit) && !unitScale(context.unit)) score *= 1.3;
        return { id: e.indicator.id, score: score / Math.pow(1 + e.name.size, 0.25) };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
    const total = scored.reduce((sum, s) => sum + s.score, 0);
    return scored.map((s) => ({ id: s.id, confidence: total ? s.score / total : 0 }));
  }
}
